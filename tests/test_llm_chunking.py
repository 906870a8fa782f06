"""Chunking long articles at sentence boundaries, and merging the chunks' drafts."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import ArticleRequest, EntityDraft, ExtractionDraft, FigureDraft, QuoteDraft
from service import prepare
from service.backends.llm.chunking import (
    CHARS_PER_TOKEN,
    BodyMap,
    estimate_tokens,
    halve,
    sentence_spans,
    split_into_chunks,
)
from service.backends.llm.merge import merge_drafts


def long_text(paragraphs: int = 20) -> str:
    return "\n\n".join(
        f"Phase {i} of the works finished on time. The crews employed {100 + i} workers. "
        f"“We are pleased,” said engineer Dana Whitfield of phase {i}."
        for i in range(paragraphs)
    )


def test_token_estimate_is_chars_over_four() -> None:
    assert CHARS_PER_TOKEN == 4
    assert estimate_tokens("") == 0 and estimate_tokens("abcd") == 1 and estimate_tokens("abcde") == 2


def test_sentences_tile_the_text_and_keep_abbreviations() -> None:
    text = "The U.S. drone struck at night. “It is over,” he said. Mr. Smith left!\n\nA new day? Yes."
    spans = sentence_spans(text)
    assert "".join(text[a:b] for a, b in spans) == text
    pieces = [text[a:b].strip() for a, b in spans]
    assert pieces[0] == "The U.S. drone struck at night."
    assert "“It is over,” he said." in pieces
    assert pieces[-2:] == ["A new day?", "Yes."]


def test_short_text_is_one_chunk() -> None:
    assert [c.text for c in split_into_chunks("One sentence.", 200, 20)] == ["One sentence."]


def test_long_text_chunks_fit_the_budget_end_on_sentences_and_overlap() -> None:
    text = long_text()
    chunks = split_into_chunks(text, max_tokens=200, overlap_tokens=40)
    assert len(chunks) >= 4
    for c in chunks:
        assert text[c.start : c.end] == c.text
        assert estimate_tokens(c.text) <= 200
        assert c.text.endswith((".", "!", "?"))
    for prev, nxt in itertools.pairwise(chunks):
        assert prev.start < nxt.start <= prev.end  # progress, and overlap (or adjacency)
        assert prev.end - nxt.start <= 40 * CHARS_PER_TOKEN
    assert chunks[0].start == 0 and chunks[-1].end == len(text.rstrip())
    overlapping = [(p, n) for p, n in itertools.pairwise(chunks) if n.start < p.end]
    assert overlapping, "with an overlap budget, consecutive chunks share sentences"


def test_no_overlap_means_adjacent_chunks() -> None:
    chunks = split_into_chunks(long_text(), max_tokens=200, overlap_tokens=0)
    for prev, nxt in itertools.pairwise(chunks):
        assert nxt.start >= prev.end


def test_a_sentence_longer_than_the_budget_is_cut_at_spaces() -> None:
    text = " ".join(["word"] * 600) + "."
    chunks = split_into_chunks(text, max_tokens=200, overlap_tokens=0)
    assert len(chunks) >= 3
    assert all(estimate_tokens(c.text) <= 200 for c in chunks)
    assert all(not c.text.startswith(" ") for c in chunks)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Alpha beta.", "Gamma delta!", "“Quote,” he said.", "\n\n", "x" * 50]), max_size=80
    ),
    st.integers(min_value=20, max_value=120),
    st.integers(min_value=0, max_value=40),
)
def test_chunks_cover_every_sentence(parts: list[str], budget: int, overlap: int) -> None:
    text = " ".join(parts).strip()
    chunks = split_into_chunks(text, budget, overlap)
    covered: set[int] = set()
    for c in chunks:
        assert text[c.start : c.end] == c.text
        covered.update(range(c.start, c.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_halve_cuts_near_the_middle_at_a_sentence() -> None:
    (chunk,) = split_into_chunks("First sentence here. Second one here. Third is here. Fourth ends.", 2000, 0)
    left, right = halve(chunk) or (None, None)
    assert left is not None and right is not None
    assert left.text == "First sentence here. Second one here."
    assert right.text == "Third is here. Fourth ends."
    assert right.start == chunk.text.index("Third")
    assert halve(split_into_chunks("Only one sentence.", 2000, 0)[0]) is None


def test_body_map_points_into_the_document() -> None:
    doc = prepare(
        ArticleRequest(text="Headline of the day\n\nBy Jane Doe\n\nFirst body paragraph.\n\nSecond one.")
    )
    body = doc.body_text
    assert "Jane Doe" not in body  # the byline is boilerplate, not shown to the model
    mapping = BodyMap(doc)
    for needle in ("First body", "Second one", "Headline"):
        at = body.index(needle)
        start = mapping.to_doc(at)
        assert start is not None and doc.text[start : start + len(needle)] == needle


def test_merge_drops_overlap_duplicates_and_keeps_distinct_items() -> None:
    quote = QuoteDraft(text="We are pleased,", speaker="Dana Whitfield", evidence=["We are pleased,"])
    fig = FigureDraft(text="105", value=105, unit="workers", kind="count", evidence=["employed 105 workers"])
    # The same figure reported again from the overlap, in slightly different words.
    fig_again = fig.model_copy(
        update={"measure": "workers in phase 5", "evidence": ["employed 105  workers"]}
    )
    other = FigureDraft(
        text="106", value=106, unit="workers", kind="count", evidence=["employed 106 workers"]
    )
    a = ExtractionDraft(
        entities=[EntityDraft(name="Whitfield", type="person")], quotes=[quote], figures=[fig]
    )
    b = ExtractionDraft(
        entities=[
            EntityDraft(name="Dana Whitfield", type="person", aliases=["Whitfield"], titles=["engineer"])
        ],
        quotes=[quote.model_copy(update={"speaker": "Whitfield"})],
        figures=[fig_again, other],
    )
    merged = merge_drafts([a, b])
    assert [q.text for q in merged.quotes] == ["We are pleased,"]
    assert [f.value for f in merged.figures] == [105, 106]
    assert merged.figures[0].evidence == ["employed 105 workers", "employed 105  workers"]
    (person,) = merged.entities
    assert (
        person.name == "Dana Whitfield" and person.aliases == ["Whitfield"] and person.titles == ["engineer"]
    )


def test_merge_keeps_two_figures_that_share_an_evidence_sentence() -> None:
    sentence = "from 500 personnel to around 4,000"
    low = FigureDraft(text="500 personnel", value=500, unit="personnel", kind="count", evidence=[sentence])
    high = FigureDraft(text="around 4,000", value=4000, unit="personnel", kind="count", evidence=[sentence])
    merged = merge_drafts([ExtractionDraft(figures=[low]), ExtractionDraft(figures=[high, low])])
    assert [f.value for f in merged.figures] == [500, 4000]
