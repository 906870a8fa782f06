"""Session 17's speed changes to the rules: each cheap test put before a pattern says yes wherever the
pattern finds something, so the answers are the ones the pattern alone gave. Guards: they pass on the
code before the change as well, and fail if a hint or a pattern drifts from the other."""

from __future__ import annotations

from service.backends.rules import attributions

# Sentences of our own: the forms each pattern reads, with every kind of space, and near misses.
_SENTENCES = [
    "",
    "Okafor's claim that the port would close was denied.",
    "Okafor’s claim that the port would close was denied.",
    "Mayor Ana Ruiz’s repeated pledge to cut fares, which won votes, failed.",
    "His pledge to cut fares was popular.",
    "Her warning about the floods came late; nobody listened.",
    "her\tpromise of aid arrived",
    "Okafor's\nclaim that the pier was unsafe",
    "Okafor’s\u00a0claim that the pier was unsafe",
    "this claim that the pier was unsafe is new",  # "his" inside "this": no possessor
    "HIS claim that the pier was unsafe",
    "The claim that the pier was unsafe was denied.",
    "Claims by the agency that the files were secret were denied.",
    "A demand, by the union's leader, that the pier close was refused.",
    "the suggestion by a senator to delay the vote",
    "the suggestion\nby\ta senator that the vote wait",
    "the suggestion\u00a0by\u00a0a senator that the vote wait",
    "by the agency that the files were secret",  # no noun before "by"
    "the claims,by the agency that it lied",
    "the claims by",
    "Nearby residents said the road was closed.",
    "A report by the Gazette that the mill would shut proved false.",
]


def test_noun_cue_hints_say_yes_wherever_the_patterns_find_a_cue() -> None:
    """Guard: ``_NOUN_CUE_HINT`` and ``_NOUN_BY_CUE_HINT`` find something in every text their pattern
    finds a match in (at every offset the text is cut at), and the patterns do match here."""
    pairs = (
        (attributions._NOUN_CUE_HINT, attributions.NOUN_CUE),
        (attributions._NOUN_BY_CUE_HINT, attributions.NOUN_BY_CUE),
    )
    matched = {pattern.pattern: 0 for _hint, pattern in pairs}
    for sentence in _SENTENCES:
        for cut in range(len(sentence) + 1):
            text = sentence[cut:]
            for hint, pattern in pairs:
                if pattern.search(text) is not None:
                    matched[pattern.pattern] += 1
                    assert hint.search(text) is not None, (hint.pattern, text)
    assert all(matched.values())
