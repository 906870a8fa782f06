"""Quote speakers, issue 14 session 12. Kinds read by structure on half of PolNeAR train's misses (the
other half kept unread), tested on sentences of our own, each with a hard negative:

- a headline repeating a body quote names no speaker; the one quote the two merge into keeps the body's
  speaker (the headline came first and its empty speaker was kept).
"""

from __future__ import annotations

from tests.rules_support import run

# --------------------------------------------------------------------------- a headline's quote


HEADLINE = "‘Nobody here wants the levy, friends’\n\n"


def test_a_headline_quote_takes_the_speaker_of_the_same_words_in_the_body() -> None:
    ex = run(
        HEADLINE + "At a rally in Dover on Friday, Ruiz called Tom Marsh, a former harbour chief, onto the "
        "stage. “Nobody here wants the levy, friends,” Marsh told the quiet crowd."
    )
    (q,) = [q for q in ex.quotes if q.text.startswith("Nobody here")]
    assert (q.speaker, q.speaker_mention, q.cue) == ("Tom Marsh", "Marsh", "told")
    assert len(q.evidence) == 2  # the headline and the body: one quote


def test_a_headline_quote_repeated_by_no_speaker_stays_without_one() -> None:
    # Hard negative: the body's banners say the words with no person named; the merged quote names no one.
    ex = run(
        HEADLINE + "At a rally in Dover on Friday, banners along the quay read: “Nobody here wants the levy, "
        "friends.” The crowd was quiet."
    )
    (q,) = [q for q in ex.quotes if q.text.startswith("Nobody here")]
    assert q.speaker is None and q.speaker_mention is None
