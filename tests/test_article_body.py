"""The body finder on scraped plain text: furniture of many kinds, written from invented pages."""

from __future__ import annotations

import asyncio

from schemas import ArticleRequest
from service import create_backend, extract
from service.pipeline.article_body import classify_blocks, split_blocks
from service.pipeline.normalize import normalize_text


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
PROSE3 = (
    "Engineers expect the first new pipes to be laid in the autumn, once the tender for the pumping "
    "stations has closed and the contracts have been signed."
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


def test_site_navigation_is_not_the_headline() -> None:
    page = f"Home | World | Business | Culture\n\nPort strike ends after nine days\n\n{PROSE}"
    assert [k for k, _ in kinds(page)] == ["nav", "headline", "body"]


def test_a_headline_with_one_separator_is_not_navigation() -> None:
    page = f"Markets rally | Oil slips on supply news\n\n{PROSE}"
    assert kinds(page)[0][0] == "headline"


def test_long_published_and_updated_line() -> None:
    page = f"Port strike ends\n\nPublished 7:40 a.m. CT March 2, 2024 | Updated 9:15 a.m. CT March 2, 2024\n\n{PROSE}"
    assert [k for k, _ in kinds(page)][1] == "date"


def test_byline_with_the_writers_role_and_closing_wire_credit() -> None:
    page = (
        f"Port strike ends\n\nOwen Prideaux, Transport Correspondent\n\n{PROSE}\n\n{PROSE2}\n\n"
        "(Writing by Lena Ortiz; Editing by Paul Marr)"
    )
    assert [k for k, _ in kinds(page)] == ["headline", "byline", "body", "body", "byline"]


def test_one_line_teasers_do_not_end_the_story() -> None:
    page = (
        f"{PROSE}\n\nRead more: Harbour fees to rise 8% as dredging bill hits $40 million\n\n{PROSE2}\n\n"
        f"Related: Union ballot set for June\n\n{PROSE3}"
    )
    assert [k for k, _ in kinds(page)] == ["body", "sidebar", "body", "sidebar", "body"]


def test_a_sentence_that_starts_with_read_is_body() -> None:
    line = "Read the full ruling and you will find the judge never mentions the contract at all."
    assert [k for k, _ in kinds(f"{PROSE}\n\n{line}")] == ["body", "body"]


def test_most_read_box_in_mid_article_ends_where_the_story_resumes() -> None:
    page = (
        f"{PROSE}\n\n{PROSE2}\n\nMost read\n\n1. Ferry fares frozen for 2025\n\n2. Bridge closes for repairs\n\n"
        f"{PROSE3}\n\nSign up for our morning newsletter\n\nComments are closed."
    )
    got = [k for k, _ in kinds(page)]
    assert got == ["body", "body", "sidebar", "sidebar", "sidebar", "body", "promo", "promo"]


def test_a_long_comment_policy_opens_the_comments() -> None:
    policy = (
        "Comments are moderated. Please stay on topic and be civil; comments with insults, spam or links to "
        "unrelated sites will be deleted without notice."
    )
    page = f"{PROSE}\n\n{PROSE2}\n\n{policy}\n\n{PROSE3}"
    assert [k for k, _ in kinds(page)] == ["body", "body", "comments", "comments"]


def test_share_line_caption_credit_and_reporter_bio() -> None:
    page = (
        f"{PROSE}\n\nDockers picket the gates at dawn. Photograph: Ines Dorado\n\n{PROSE2}\n\n"
        "Share this article: Facebook | WhatsApp | Email\n\n"
        "Owen Prideaux covers transport and ports for the Gazette. Reach him at oprideaux@gazette.example.\n\n"
        "Owen Prideaux is transport correspondent."
    )
    assert [k for k, _ in kinds(page)] == ["body", "credit", "body", "share", "author", "author"]


def test_a_sentence_about_coverage_is_not_a_bio() -> None:
    line = (
        "The insurer covers flood damage for most homes in the valley, according to the regulator, "
        "but not for the farms along the river."
    )
    assert [k for k, _ in kinds(f"{PROSE}\n\n{line}")] == ["body", "body"]


def test_tickers_stats_widgets_and_corrections() -> None:
    page = (
        f"{PROSE}\n\nNRTH.L +1.85% £4.12\n\nPossession: 61% - 39%\n\nAttendance: 21,480\n\n{PROSE2}\n\n"
        "Correction: An earlier version of this article gave the wrong date for the vote."
    )
    assert [k for k, _ in kinds(page)] == ["body", "ticker", "stats", "stats", "body", "correction"]


def test_a_bar_of_labelled_statistics_between_pipes_is_furniture() -> None:
    page = (
        f"{PROSE}\n\nMatch stats | Possession: Harbour 58% Vale 42% | Shots: 17-6 | Corners: 9-3\n\n"
        f"Turnout: 61% | Seats: 40 of 52\n\n{PROSE2}"
    )
    assert [k for k, _ in kinds(page)] == ["body", "stats_bar", "stats_bar", "body"]
    # hard negatives: one pipe and one label in a sentence, or no labels at all
    for line in (
        "The score: Harbour won 2-1 | a result nobody expected after the first half was over.",
        "Harbour won 2-1 | Vale lost again | the league table tightened at the top.",
    ):
        assert [k for k, _ in kinds(f"{PROSE}\n\n{line}")] == ["body", "body"], line


def test_a_sentence_with_a_colon_and_a_number_is_still_body() -> None:
    line = "The verdict: 12 jurors agreed after three days of deliberation, the court heard on Friday."
    assert [k for k, _ in kinds(f"{PROSE}\n\n{line}")] == ["body", "body"]


def test_a_labelled_market_strip_is_a_ticker() -> None:
    page = f"{PROSE}\n\nMarkets: BRW +2.6% | FTSE 100 -0.4% | DAX +0.2%\n\nTickers: NRTH.L +1.85% £4.12\n\n{PROSE2}"
    assert [k for k, _ in kinds(page)] == ["body", "ticker", "ticker", "body"]


def test_a_sentence_about_markets_with_a_colon_is_still_body() -> None:
    line = "Markets: the FTSE 100 fell 0.4% on Tuesday as investors weighed the Bank of England's decision."
    assert [k for k, _ in kinds(f"{PROSE}\n\n{line}")] == ["body", "body"]


def test_an_acronym_with_a_range_of_percentages_is_not_a_ticker() -> None:
    page = f"{PROSE}\n\nWHO data show 2–3% of cases need care.\n\n{PROSE2}"
    assert [k for k, _ in kinds(page)] == ["body", "body", "body"]


def test_a_byline_s_job_is_no_author() -> None:
    """Session 17: the page's byline "By Sana Iqbal, Transport Correspondent" gave two authors, the job one of them."""
    page = (
        "<html><head><title>Bridge to close | Tarnwick Post</title></head><body><article>"
        "<h1>Old Bridge to close for repairs</h1>"
        '<p class="byline">By Sana Iqbal, Transport Correspondent | 14 October 2026</p>'
        f"<p>{PROSE}</p><p>{PROSE2}</p><p>{PROSE3}</p></article></body></html>"
    )
    got = asyncio.run(extract(ArticleRequest(html=page), create_backend("rules")))
    assert got.metadata.authors == ["Sana Iqbal"]
