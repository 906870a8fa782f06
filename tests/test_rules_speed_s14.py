"""Session 14's speed changes to the rules: the same answers, computed once."""

from __future__ import annotations

from service.backends.rules import events

# Our own sentence: a report, a subordinate clause, a relative clause and a second verb.
SENTENCE = (
    "After the storm passed, the mayor said that crews, which worked overnight, had cleared the roads "
    "and reopened two schools."
)


def test_a_sentences_clauses_are_read_once_and_no_caller_can_change_them() -> None:
    first = events._clauses(SENTENCE)
    # the triggers' purposes, the context's clause starts and the segments ask for the same text's clauses
    assert events._clauses(SENTENCE) is first
    assert isinstance(first, tuple)
    assert [SENTENCE[a:b] for a, b in first][:2] == ["After the storm passed", "the mayor said"]
    # another text is read on its own
    other = events._clauses("The council met on Monday.")
    assert other is not first and len(other) == 1
