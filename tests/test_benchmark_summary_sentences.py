"""The summary-sentence checker (benchmarks/summary_sentences.py): each kind flags the summary it names
and passes a sentence that only looks like it; the samples are the documented halves of the sorted names;
sample B is never shown. Summaries here are written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import summary_sentences as ss

PEOPLE = ["Dale Kimbrough", "Greta Holm"]

# (kind, a summary the kind must flag, a sentence it must pass)
CASES = [
    ("pronoun", "He pleaded not guilty on Friday.", "Dale Kimbrough pleaded not guilty on Friday."),
    ("pronoun", "This is the largest strike in a decade.", "This strike is the largest in a decade."),
    ("pronoun", "A letter he wrote was published.", "A letter Greta Holm wrote was published."),
    ("pronoun", "It closed two breweries.", "It is unclear whether the brewery will reopen."),
    ("pronoun", "The council suspended his licence.", "The Iowa senator ended his campaign on Friday."),
    ("first-person", "I was sentenced to five years.", "Greta Holm said “I was sentenced” in 1998."),
    ("first-person", "The council owes us an answer.", "The US Senate passed the bill."),
    ("subject", "Was introduced by the mayor.", "Greta Holm was introduced by the mayor."),
    ("subject", "Kimbrough appeared in court.", "Dale Kimbrough appeared in court."),
    ("subject", "Several were injured in the crash.", "Several passengers were injured in the crash."),
    ("subject", "who won the seat in 2020.", "“We won,” the mayor told the crowd."),
    ("no-verb", "A man who was injured in the crash.", "A man who was injured in the crash was rescued."),
    ("no-verb", "In a press conference on Thursday.", "Greta Holm, whom voters know, beat the mayor."),
    ("reporting", "The tax is unlawful, the union’s lawyer said.", "The union said the tax was unlawful."),
    ("reporting", "Greta Holm told.", "Greta Holm was told."),
    ("verb-form", "Dale Kimbrough is only won two races.", "Dale Kimbrough has only won two races."),
    ("verb-form", "The council would has voted.", "The council would have voted."),
    ("verb-form", "Greta Holm are seeking the seat.", "Greta Holm is seeking the seat."),
    (
        "dangling",
        "Of the money the council spent went to roads.",
        "Of the bridges, two were closed.",
    ),
    ("dangling", "The council approved the plan that.", "The council approved more than that."),
    ("dangling", "Because the bridge had collapsed.", "Because the bridge had collapsed, the road closed."),
    ("dangling", "Greta Holm said “the vote was rigged.", "Greta Holm said “the vote was rigged.”"),
    ("dangling", "A vote for either candidate was held.", "A vote for either Holm or Kimbrough was held."),
    ("dangling", "And the council voted for the plan.", "So far, the council has voted for the plan."),
    (
        "splice",
        "The storm hit the coast, they closed the port.",
        "The storm hit the coast, and they closed the port.",
    ),
    ("splice", "The ferry was late, it missed the tide.", "The ferry was late, the captain said."),
    (
        "question",
        "Will the council reopen the bridge?",
        "Greta Holm asked whether the council would reopen the bridge.",
    ),
    # Session 15: what a reader found the kinds above miss.
    ("subject", "Who’s chairing the ferry board, opened the pier.", "That’s a higher toll than in May."),
    ("subject", "Reportedly sent the photos to a reporter.", "Finally, the council voted for the plan."),
    ("subject", "Also won the seat in Ames.", "Even had they known, the council would have voted."),
    (
        "join",
        "The ferry is only the third boat has been refitted.",
        "There are two ways the council can raise the money.",
    ),
    (
        "join",
        "The pier the council has rebuilt in is now being painted.",
        "Drivers who paid the toll should be refunded.",
    ),
    (
        "join",
        "Its ferry line makes money -- closed 40 depots last year.",
        "Greta Holm -- who won in May -- has resigned.",
    ),
    ("join", "Greta Holm was mayor could have lost the files.", "Dale Kimbrough said the plan is sound."),
    ("agreement", "She are planning a new ferry route.", "If he were elected, the port would close."),
    (
        "agreement",
        "Greta Holm, who won the seat, are seeking a second term.",
        "Greta Holm and Dale Kimbrough, who won their seats, are seeking a second term.",
    ),
    ("no-happening", "A debate co-moderator took place.", "A rally in Ames took place."),
    ("no-happening", "A harbour permit she signed took place.", "The flood in Ames took place."),
    ("no-happening", "A photo posted took place.", "A phone briefing Monday was held."),
    (
        "no-happening",
        "A permit Greta Holm once signed took place.",
        "A Harvest Monday fair in Ames took place.",
    ),
    # Session 16: what a reader found the kinds above miss.
    (
        "run-on",
        "Greta Holm sold her boat in April, opened a cafe on the quay.",
        "Greta Holm closed the office, fired two managers, and sold the boats.",
    ),
    (
        "run-on",
        "The harbour budget passed in May, cuts the dredging fund.",
        "The toll rose in May, officials said.",
    ),
    (
        "run-on",
        "The toll rises in May, drivers will pay more.",
        "The ferry will leave at noon, followed by a cargo boat.",
    ),
    (
        "run-on",
        "Dale Kimbrough criticized the toll, was reluctant to expand the shop.",
        "The report, printed in May, was read as a rebuke.",
    ),
    (
        "run-on",
        "The ferry line was not expected to outlast the winter, exposed the cost of repairs.",
        "Tom Hale sailed to Ames on Tuesday, then drove home to Dover.",
    ),
    (
        "fragment",
        "Warning the bakers that flour would cost more.",
        "Warning the bakers about flour cost Greta Holm the seat.",
    ),
    (
        "fragment",
        "Warning the bakers that flour would cost more.",
        "Warning that flour would cost more, the bakers raised their prices.",
    ),
    (
        "fragment",
        "According to a study by the port rose 3 percent.",
        "According to a study by the port, tolls rose 3 percent.",
    ),
    ("points-back", "Those boats were sold in May.", "Those who sailed early were turned away."),
    ("points-back", "The regatta took place.", "The regatta in Ames took place."),
    # Session 17: what session 16's reader found the kinds above pass.
    (
        "comma-clause",
        "The mill closed, the town lost 300 jobs.",
        "The mill closed, and the town lost 300 jobs.",
    ),
    (
        "comma-clause",
        "The toll rose in May, ferry operators cut their sailings.",
        "Greta Holm won the seat, a result welcomed by the port.",
    ),
    (
        "comma-clause",
        "Greta Holm closed the bakery, the ferry company followed.",
        "Greta Holm sold the ferry, a boat she had built in 1990.",
    ),
    ("unnamed", "Greta Holm hired him.", "Greta Holm hired a lawyer and paid him."),
    ("unnamed", "Greta Holm said it would appeal.", "The port authority said it would appeal."),
    ("unnamed", "Greta Holm said its shares fell.", "Greta Holm said it was important to vote."),
    ("vague-subject", "Two were arrested on Friday.", "Two men were arrested on Friday."),
    (
        "vague-subject",
        "The spokesman declined to comment.",
        "The spokesman for Greta Holm declined to comment.",
    ),
    ("vague-subject", "41 moved to Ames in 2010.", "Dale Kimbrough, 41, moved to Ames in 2010."),
    ("no-main-verb", "The boat Greta Holm sold in April.", "The boat Greta Holm sold in April sank."),
    ("no-main-verb", "The plan the council approved in May.", "The council approved the plan in May."),
    ("no-main-verb", "The plan the council approved in May.", "The same year the council sold the pier."),
    # Session 18: what session 17's reader found the kinds above pass.
    (
        "happening-np",
        "A poll in May found Greta Holm ahead was carried out.",
        "A poll conducted in May was carried out.",
    ),
    ("happening-np", "A safety session on how was held.", "A safety session on steering was held."),
    ("happening-np", "A vote was expected took place.", "A hastily called meeting took place."),
    ("nothing-named", "A decision was made.", "A decision on the Dover ferry was made."),
    ("nothing-named", "Last month’s vote was held.", "November’s election was held."),
    ("nothing-named", "A short interview took place.", "Greta Holm spoke in a short interview."),
    (
        "list-only",
        "Including the ferry, the pier and the quay.",
        "Including the ferry, the port lost three boats.",
    ),
    (
        "comma-subject",
        "The Harbour Book, spoke with the mayor.",
        "Kestrel Shipping, founded by Greta Holm, closed.",
    ),
    ("comma-subject", "Greta Holm, has won the seat.", "Greta Holm, 74, has won the seat."),
    ("pronoun-inside", "Later he sold Greta Holm’s boat.", "Later Dale Kimbrough sold Greta Holm’s boat."),
    (
        "pronoun-inside",
        "The case against them collapsed in May.",
        "Ferry operators said the case against them collapsed.",
    ),
    ("pronoun-inside", "Greta Holm hired them in May.", "Voters backed Greta Holm, who thanked them."),
    # Session 19: what session 18's reader found the kinds above pass.
    ("parenthesised", "(The ferry was refloated on Monday.).", "The ferry was refloated on Monday."),
    (
        "parenthesised",
        "(The ferry was refloated on Monday.).",
        "(See the chart) The ferry was refloated on Monday.",
    ),
    ("parenthesised", "(The ferry was refloated on Monday.).", "The toll (£4 a car) was scrapped in May."),
    (
        "not-only",
        "The toll raised costs for not only the ferry line.",
        "The toll raised costs for not only the ferry line but the bakers too.",
    ),
    (
        "not-only",
        "The toll raised costs for not only the ferry line.",
        "The toll raised costs only for the ferry line.",
    ),
    (
        "not-only",
        "The council, in May, not only closed the pier.",
        "Not only did the council close the pier, it also sold the land.",
    ),
    (
        "aside-only",
        "Greta Holm, later claiming that the toll was unfair.",
        "Greta Holm, claiming the toll was unfair, sold the boat.",
    ),
    (
        "aside-only",
        "Greta Holm, later claiming that the toll was unfair.",
        "Tom Hale won the seat, beating Greta Holm.",
    ),
    (
        "aside-only",
        "Greta Holm, saying that the toll was unfair and that she would resign.",
        "In the vote that began the night, marking the end, 72 members voted.",
    ),
    (
        "the-description",
        "The front-runner did offer a view.",
        "Greta Holm, the front-runner, did offer a view.",
    ),
    ("the-description", "The senator from Dover voted no.", "The senator from Dover, Greta Holm, voted no."),
    ("the-description", "The incumbent lost the seat.", "The incumbent’s boat sank in May."),
    (
        "the-description",
        "The Dover senator barely qualified for the debate.",
        "The Kestrel Shipping spokesman declined to comment.",
    ),
    (
        "the-description",
        "The Dover senator barely qualified for the debate.",
        "The Dover Harbour Trust reported a loss.",
    ),
    # Session 20: a body told only by "the" and its kind (which company, which agency?).
    ("the-body", "The company cut 300 jobs in May.", "Kestrel Foods cut 300 jobs in May."),
    (
        "the-body",
        "The frozen food company quietly closed two plants.",
        "The company, Kestrel Foods, cut 300 jobs.",
    ),
    ("the-body", "The agency published 4,200 pages.", "The government cut taxes in May."),
    ("the-body", "The campaign declined to say more.", "The charity shop closed in May."),
    ("the-body", "The bank is due to repay the loan.", "The bank’s chief executive resigned."),
    # Session 21
    ("object-it", "A long strike could delay it.", "A long strike could delay the vote."),
    ("object-it", "Greta Holm sold it.", "Greta Holm found the letter and published it."),
    ("object-it", "Dale Kimbrough imposed new limits on it again.", "Dale Kimbrough said that it."),
    (
        "title-end",
        "Greta Holm resigned from the board after Sen.",
        "Greta Holm resigned after Sen. Dale Kimbrough quit.",
    ),
    ("title-end", "Dale Kimbrough attacked the plan after Mrs.", "Dale Kimbrough met Dr. Holm."),
    ("cut-end", "The council did not sell the pier, even.", "The ferry line broke even."),
    ("cut-end", "The toll rose even.", "The toll rose even further."),
    (
        "cut-end",
        "The levy worried shopkeepers and both the Dover Traders Guild.",
        "Both the Dover Traders Guild and the Harbour Union backed the levy.",
    ),
    ("cut-end", "Greta Holm thanked both Dale Kimbrough.", "The council sold both boats."),
    (
        "said-nothing",
        "A letter was sent by the council.",
        "Greta Holm spoke in an interview with the Dover Gazette.",
    ),
    (
        "said-nothing",
        "A statement was released by Greta Holm.",
        "Kestrel Foods issued a statement denying the claim.",
    ),
    ("said-nothing", "Dover Radio issued a statement.", "The council made a request for funds."),
    # Session 22
    (
        "same-person",
        "Greta Holm endorsed Greta Holm this month.",
        "Greta Holm endorsed Dale Kimbrough this month.",
    ),
    ("same-person", "Greta Holm spoke to Holm at the meeting.", "Greta Holm criticized the Holm name."),
    (
        "same-person",
        "Dale Kimbrough criticized Kimbrough in May.",
        "Dale Kimbrough said Kimbrough’s plan was fair.",
    ),
    (
        "comparison-cut",
        "The committee would meet to pick a nominee at least.",
        "The committee would meet at least 10 days before the vote.",
    ),
    ("comparison-cut", "The board met for more than.", "Turnout was more than 60% in May."),
    (
        "prep-subject",
        "Ahead of last week's vote spoke briefly with the mayor.",
        "In August Greta Holm met the mayor.",
    ),
    (
        "prep-subject",
        "Following the vote sold the ferry.",
        "In a string of new ads released Wednesday, the council sold the ferry.",
    ),
    (
        "prep-subject",
        "In recent months has launched a new ferry.",
        "In a speech that lasted an hour, Greta Holm resigned.",
    ),
    ("prep-subject", "In the middle of the harbour sank on Monday.", "After the storm the ferry sank."),
    (
        "demonstrative",
        "Greta Holm lost that district by 40 votes.",
        "Greta Holm said that inflation in May rose.",
    ),
    ("demonstrative", "The council rejected that idea.", "The ferry line that runs to Dover was sold."),
    ("demonstrative", "Greta Holm won four of those states.", "Greta Holm will sell the pier this week."),
    (
        "demonstrative",
        "Dale Kimbrough asked for the transcripts of these speeches.",
        "Dale Kimbrough declined to comment for this story.",
    ),
    # Session 23
    (
        "spoke-only",
        "Greta Holm spoke in an interview with the Dover Gazette.",
        "Greta Holm said in an interview with the Dover Gazette that the pier would reopen.",
    ),
    (
        "spoke-only",
        "Greta Holm spoke at a rally in Dover on Friday.",
        "Greta Holm spoke about the levy at a rally in Dover.",
    ),
    (
        "spoke-only",
        "Greta Holm told her supporters, to loud cheers.",
        "Greta Holm told her supporters that the levy would go.",
    ),
    ("spoke-only", "Dale Kimbrough told the council.", "Dale Kimbrough spoke with the mayor."),
    (
        "contact-clause",
        "Many of the dockers she’s spent the last year criticizing.",
        "Greta Holm has spent the last year criticizing many of the dockers.",
    ),
    (
        "contact-clause",
        "The dockers she had been courting.",
        "The dockers praised the plans they had drafted.",
    ),
    # Session 24
    (
        "fronted-body",
        "Thus far, the foundation has refused to comment on the donations.",
        "Thus far, the Dover Harbour Foundation has refused to comment on the donations.",
    ),
    ("fronted-body", "On Monday, the bank closed 12 branches.", "On Monday, the council's plan was dropped."),
    # Session 25
    (
        "participle-opening",
        "On Thursday, apologising for what it called an error.",
        "On Thursday, the museum apologised for what it called an error.",
    ),
    (
        "participle-opening",
        "Last week, citing rising costs.",
        "Speaking on Thursday, Greta Holm apologised for the delay.",
    ),
    (
        "and-verb-end",
        "Greta Holm found the coins in May and reported.",
        "Greta Holm found the coins in May and reported them to the police.",
    ),
    (
        "held-twice",
        "A Dover Gazette poll conducted on Thursday was carried out.",
        "A Dover Gazette poll was conducted on Thursday.",
    ),
    (
        "held-twice",
        "A rally held in Dover on Friday took place.",
        "A rally in Dover on Friday drew 2,000 people.",
    ),
    # Session 26
    (
        "demonstrative-phrase",
        "Greta Holm descended on this struggling harbour town on Friday.",
        "Greta Holm descended on the harbour town of Marlport this week.",
    ),
    (
        "demonstrative-phrase",
        "The council bought these rotting wooden piers.",
        "The council sold these three piers to those who bid.",
    ),
    # Session 27
    (
        "body-possessive",
        "The group’s sale of the harbour land angered residents.",
        "The Dover Harbour Trust’s sale of the harbour land angered residents.",
    ),
    (
        "body-possessive",
        "Greta Holm, the company’s finance director, resigned on Friday.",
        "Greta Holm, the Kestrel Foods company’s finance director, resigned on Friday.",
    ),
    (
        "here",
        "Greta Holm opened a bakery here in 1998.",
        "Greta Holm said “we are here to stay” and opened a bakery in Marlport.",
    ),
    (
        "here",
        "A rally was held here on Friday.",
        "Here’s what the council decided: the pier will close in May.",
    ),
]


@pytest.mark.parametrize(("kind", "flagged", "passing"), CASES)
def test_each_kind_flags_its_summary_and_passes_the_sentence(kind: str, flagged: str, passing: str) -> None:
    assert kind in ss.kinds_of(flagged, PEOPLE)
    assert kind not in ss.kinds_of(passing, PEOPLE)


def test_every_kind_is_tested() -> None:
    assert {c[0] for c in CASES} == set(ss.KINDS)


def test_whole_sentences_pass_every_kind() -> None:
    for sentence in (
        "Dale Kimbrough pleaded not guilty on Friday.",
        "Greta Holm’s campaign raised $2 million in March.",
        "If the strike goes ahead, the airline will cancel 300 flights.",
        "A man who lived nearby was rescued.",
    ):
        assert ss.kinds_of(sentence, PEOPLE) == [], sentence


def _fake_snapshot(root: Path, n: int) -> Path:
    text = root / "data" / "train" / "text"
    text.mkdir(parents=True)
    for i in range(n):
        (text / f"outlet_2016-01-{i + 1:02d}_story-{i:03d}.txt").write_text("Greta Holm won the seat.\n")
    return root


def test_samples_are_the_even_and_odd_positions_of_the_sorted_names(tmp_path: Path) -> None:
    snap = ss._snapshot(_fake_snapshot(tmp_path, 7))
    a = ss.sample_names(snap, "A")
    b = ss.sample_names(snap, "B")
    names = sorted(snap.listing(ss.TRAIN_TEXT, ".txt"))
    assert a == names[0::2] and b == names[1::2]
    assert not set(a) & set(b)


def test_samples_stop_at_two_hundred_each(tmp_path: Path) -> None:
    snap = ss._snapshot(_fake_snapshot(tmp_path, 405))
    a = ss.sample_names(snap, "A")
    b = ss.sample_names(snap, "B")
    assert len(a) == len(b) == ss.SAMPLE_SIZE
    names = sorted(snap.listing(ss.TRAIN_TEXT, ".txt"))
    assert a[-1] == names[398] and b[-1] == names[399]


def test_show_refuses_sample_b_before_reading_anything(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        ss.main(["--data", str(tmp_path / "nowhere"), "--sample", "B", "--show", "pronoun"])
    assert exc.value.code == 2


def test_without_a_snapshot_it_skips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ss.main(["--data", str(tmp_path / "nowhere")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_a_run_counts_the_summaries_of_the_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ss.main(["--data", str(_fake_snapshot(tmp_path, 3)), "--sample", "B"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("sample B:") and "summaries flagged" in out


def test_first_person_leaves_abbreviations_names_and_quotations() -> None:
    for sentence in (
        "Dale Kimbrough, I-Ore., won the primary.",
        "A.I.G. economists published a study.",
        "Our Future Fund raised $2 million.",
        "Dale Kimbrough said ''the tax hurts us,'' on Wednesday.",
    ):
        assert "first-person" not in ss.kinds_of(sentence, PEOPLE), sentence
