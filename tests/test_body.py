"""The body finder on scraped plain text: furniture of many kinds, written from invented pages."""

from __future__ import annotations

from service.body import classify_blocks, split_blocks
from service.normalize import normalize_text


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in classify_blocks(normalize_text(text))]


PROSE = (
    "The regional council approved the new water plan on Tuesday after a four-hour debate, "
    "with most members backing the proposal."
)
PROSE2 = (
    "Opposition members said the plan would raise bills for families in the north, "
    "and promised to challenge it in court before the summer."
)


def test_split_blocks_gives_line_offsets() -> None:
    text = "one\n\ntwo\nthree"
    assert [text[s:e] for s, e in split_blocks(text)] == ["one", "two", "three"]


def test_headline_byline_date_and_widgets_in_the_header() -> None:
    page = f"Council backs water plan\n\nBy Anna Novak\n\nMarch 8, 2022\n\nShare on Facebook\n\nTweet\n\n{PROSE}\n\n{PROSE2}"
    got = kinds(page)
    assert got[0] == ("headline", "Council backs water plan")
    assert [k for k, _ in got[1:5]] == ["byline", "date", "share", "share"]
    assert [k for k, _ in got[5:]] == ["body", "body"]


def test_a_bare_name_next_to_the_date_line_is_a_byline() -> None:
    page = f"Council backs water plan\n\n08-03-2022\n\nPetra Lindqvist\n\n{PROSE}"
    assert [k for k, _ in kinds(page)] == ["headline", "date", "byline", "body"]


def test_a_bare_name_inside_the_story_is_body() -> None:
    page = f"Council backs water plan\n\n{PROSE}\n\nPetra Lindqvist\n\n{PROSE2}"
    assert [k for k, _ in kinds(page)][2] == "body"


def test_glossary_blurb_before_the_byline() -> None:
    page = (
        "Council backs water plan\n\n"
        "The Regional Water Authority (RWA) is a public body that manages reservoirs in four provinces.\n\n"
        f"By Anna Novak\n\n{PROSE}"
    )
    assert [k for k, _ in kinds(page)] == ["headline", "sidebar", "byline", "body"]


def test_comment_section_and_everything_after_it() -> None:
    page = (
        f"{PROSE}\n\n{PROSE2}\n\n12 Comments\n\nPlease keep comments civil.\n\nI think the council is right."
    )
    assert [k for k, _ in kinds(page)] == ["body", "body", "comments", "comments", "comments"]


def test_related_sidebar_with_teasers_and_read_more() -> None:
    page = (
        f"{PROSE}\n\n{PROSE2}\n\nRelated Stories\n\nFloods return to the delta\n\n"
        "Thousands were evacuated as the river rose for a third day...\n\nRead more"
    )
    got = kinds(page)
    assert [k for k, _ in got[2:]] == ["sidebar"] * 4


def test_republication_note_ends_the_article_with_its_author_box() -> None:
    page = (
        f"{PROSE}\n\n{PROSE2}\n\nThis article was first published by Grist and is republished with permission.\n\n"
        "Sam Ortiz\n\nSam Ortiz is a staff writer at Grist.\n\nOur Podcasts\n\nListen now"
    )
    got = kinds(page)
    assert [k for k, _ in got[:2]] == ["body", "body"]
    assert all(k != "body" for k, _ in got[2:])


def test_a_republication_note_opening_the_article_does_not_swallow_it() -> None:
    page = f"This story originally appeared in The Tyee.\n\n{PROSE}\n\n{PROSE2}"
    got = kinds(page)
    assert [k for k, _ in got[1:]] == ["body", "body"]


def test_captions_with_credits() -> None:
    page = (
        f"{PROSE}\n\n"
        "Workers inspect the dam outside Tarnow on Monday. (Photo: Piotr Nowak/AFP)\n\n"
        "A pumping station in the north. REUTERS/Jan Kowal\n\n"
        f"{PROSE2}"
    )
    assert [k for k, _ in kinds(page)] == ["body", "credit", "credit", "body"]


def test_shop_promotions_after_the_story() -> None:
    page = f"{PROSE}\n\n{PROSE2}\n\nShop our new climate atlas\n\n20 maps"
    assert [k for k, _ in kinds(page)][2:] == ["promo", "promo"]


def test_repeated_headline_stays_a_headline_but_other_repeats_are_furniture() -> None:
    page = f"Council backs water plan\n\nby | Mar 8, 2022\n\nCouncil backs water plan\n\nby | Mar 8, 2022\n\n{PROSE}"
    got = [k for k, _ in kinds(page)]
    assert got[0] == "headline" and got[2] == "headline"
    assert got[1] == "byline" and got[3] != "body"


def test_subheadings_inside_the_story_are_body() -> None:
    page = f"{PROSE}\n\nWhat happens next\n\n{PROSE2}"
    assert [k for k, _ in kinds(page)] == ["body", "body", "body"]


def test_a_long_paragraph_starting_like_furniture_is_still_body() -> None:
    long_para = "Share prices " + PROSE
    page = f"{PROSE}\n\n{long_para}"
    assert [k for k, _ in kinds(page)] == ["body", "body"]
