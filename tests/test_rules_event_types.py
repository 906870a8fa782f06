"""Event types that generalise beyond the seeds' vocabulary (issue 15).

Every sentence here is written for the test. Each error kind the typing made on news outside
the seeds has a case next to hard negatives: sentences that share the word but must keep (or
never get) the type.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping, rules

PUBLISHED = "2025-03-14"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger
assert_type = _AT.assert_type


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # "Jailed" and "imprisoned" tell a sentence passed, not an arrest.
        ("A former treasurer was jailed for six years on Thursday.", "jailed", "sentencing"),
        ("The driver was imprisoned for 18 months for dangerous driving.", "imprisoned", "sentencing"),
        ("Police arrested two men in Camden on Monday night.", "arrested", "arrest"),
        ("Border guards detained the reporter for nine hours.", "detained", "arrest"),
        # Verdicts: a conviction and an acquittal are different news.
        ("The builder was found guilty of fraud by a jury on Friday.", "found guilty", "conviction"),
        ("The jury acquitted the nurse of all charges.", "acquitted", "acquittal"),
        ("The court convicted the pair of bribery.", "convicted", "conviction"),
        ("The man was remanded in custody until his trial.", "remanded in custody", "custody"),
        # People made to leave a country.
        ("Moscow expelled three British diplomats on Tuesday.", "expelled", "expulsion"),
    ],
)
def test_courts_and_police(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A result told with a tally or against a named side is the match (session 5: the match is
        # the happening, "beat", "lost" and "drew" tell how it went).
        ("Harwick United beat Dunmore Rovers 3-1 on Saturday.", "beat", "match"),
        ("Leeds defeated Millwall 2-0 on Sunday.", "defeated", "match"),
        ("Arsenal lost 3-2 to Brentford on Saturday.", "lost", "match"),
        # Goals, red cards ("sending-off", football's noun) and signings have names of their own.
        ("Striker Tom Kell scored twice in the second half.", "scored", "goal"),
        ("The visitors equalised in the 89th minute.", "equalised", "goal"),
        ("The Rovers manager was sent off after the break.", "sent off", "sending-off"),
        ("The club signed midfielder Luca Ferrante for £12 million.", "signed", "transfer"),
        # A match that ends is the match; a ceremony that begins is the ceremony (Session 10: any
        # happening that begins or ends names the event), a coach who begins only a start.
        ("The match ended in a 1-1 draw on Sunday.", "ended", "match"),
        ("The ceremony will begin at noon.", "begin", "ceremony"),
        ("The coach will begin at noon.", "begin", "start"),
        # Results beating forecasts stay earnings news.
        ("Quarterly sales beat analysts' estimates.", "beat", "earnings"),
    ],
)
def test_sport_results(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Money lost is a result, seats lost an election; a match lost a defeat (above).
        ("The airline lost $120 million in the first quarter.", "lost", "loss"),
        ("The governing party lost 40 seats in the election.", "lost", "election"),
        # A business adding routes or branches grows; ordering aircraft is an order (session 24: every set's gold
        # labels goods ordered an order, none a purchase).
        ("The carrier will add 14 routes from Manchester this summer.", "add", "expansion"),
        ("The carrier ordered 50 new aircraft from Airbus.", "ordered", "order"),
        ("The judge ordered the firm to pay compensation.", "ordered", "order"),
        # A sale completed is the sale; a pier completed is a completion.
        ("The group completed the sale of its cargo unit for $300 million.", "completed", "sale"),
        ("The builders completed the pier in May.", "completed", "completion"),
        # "trimmed" (doubled m) is a cut; a consultation held is an event of its own.
        ("The company trimmed its prices by 4%.", "trimmed", "cut"),
        (
            "The council will hold a public consultation on the tower in May.",
            "hold a public consultation",
            "consultation",
        ),
        # Jobs shed and sanctions imposed.
        ("The company laid off 500 workers last month.", "laid off", "layoffs"),
        ("The bloc imposed sanctions on three banks on Monday.", "imposed sanctions", "sanctions"),
        # Permission granted is a decision; money granted is a grant.
        ("The council granted planning permission for a stadium.", "granted", "decision"),
        ("The foundation granted $2 million to the hospital.", "granted", "grant"),
        # Agreeing a rise decides it; agreeing a deal is an agreement.
        ("Councillors agreed a 5% rise in council tax on Monday.", "agreed", "decision"),
        ("The two sides agreed a truce on Sunday.", "agreed", "agreement"),
        # A return to profit is a result; a return home is a return.
        ("The carrier expects to return to profit next year.", "return", "earnings"),
        ("The crew will return to port on Friday.", "return", "return"),
        # "record" modifies the result it qualifies.
        ("The company posted record revenue of $3 billion.", "posted record revenue", "earnings"),
        # Pulling down is not building; renovating is told by its own noun.
        ("The school will be demolished next year.", "demolished", "demolition"),
        ("The school will be renovated next year.", "renovated", "renovation"),
        # Troops sent are a deployment; letters sent are a delivery.
        ("The government sent 3,000 troops to the border.", "sent", "deployment"),
        ("The agency sent 2,000 letters to tenants.", "sent", "delivery"),
    ],
)
def test_business_and_government(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A disaster is told by its own name.
        ("A fire destroyed a warehouse in Leicester early on Tuesday.", "fire", "fire"),
        ("A powerful earthquake hit the region on Sunday.", "earthquake", "earthquake"),
        # A bomb attack stays an attack; an offensive launched or strikes carried out are attacks.
        ("A bombing hit the market on Friday.", "bombing", "attack"),
        ("The army launched an offensive in the north.", "launched", "attack"),
        ("Jets carried out air strikes on the port overnight.", "carried out", "attack"),
        ("The regulator launched a probe into the bank.", "launched", "investigation"),
        ("The firm launched a new phone on Monday.", "launched", "launch"),
        # Summits that end are the summit (talks are "talks": Session 15); talks that collapse, as a pier, a collapse
        # (Session 32: every "collapsed" the sets label is a collapse, dev11's "Talks between the hospitals collapsed" too).
        ("The talks collapsed after three days.", "collapsed", "collapse"),
        ("The summit ended without an agreement.", "ended", "summit"),
        ("The old pier collapsed in the storm.", "collapsed", "collapse"),
    ],
)
def test_disasters_by_name(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


def test_british_doubled_l_forms_are_events() -> None:
    # "cancelled" (British) was no event while "canceled" (American) was.
    for text, trigger in (
        ("The airline cancelled 200 flights on Friday.", "cancelled"),
        ("The airline canceled 200 flights on Friday.", "canceled"),
    ):
        assert_type(text, trigger, "cancellation")


def test_hard_negatives_get_no_new_event() -> None:
    # A fire of questions, a model that is labelled: no event of the new kinds.
    for text in (
        "The minister came under fire from backbenchers.",
        "The striker is a fine player with a good goal record.",
    ):
        types = {e.type for e in by_trigger(text).values()}
        assert not types & {"fire", "goal", "transfer", "sentencing"}, types


def test_a_relative_clause_verb_leaves_the_main_verb_its_event() -> None:
    # The relative clause ends at its comma; the sentence's own verb after it is an event too.
    got = by_trigger(
        "The ferry firm, which had banned 40 sailings during the storm, resumed service on Monday."
    )
    assert got["banned"].type == "ban"
    assert got["resumed"].summary == "The ferry firm resumed service on Monday."
    # Hard negative: a relative clause with two verbs of its own joined by no comma is one event.
    got = by_trigger("The firm, which banned sailings, said on Monday it was sorry.")
    assert set(got) == {"banned"}, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Truces: agreed to, taking effect; one party agreeing to act is an agreement (session 24: dev5, dev6,
        # dev18 and dev20 label a party's agreeing to act so), the members of a body agreeing a decision.
        ("The rebels agreed to a 72-hour truce on Monday.", "agreed", "agreement"),
        ("The rebels agreed to free the hostages.", "agreed", "agreement"),
        ("Foreign ministers agreed to free the frozen funds.", "agreed", "decision"),
        ("The truce took effect at midnight on Sunday.", "took effect", "agreement"),
        ("The new speed limit took effect on Monday.", "took effect", "regulation"),
        # Fighting that resumes is the clash; a service that resumes is a resumption.
        ("Fighting resumed on Tuesday in the north.", "resumed", "clash"),
        ("The ferry service resumed on Tuesday.", "resumed", "resumption"),
        # Shots fired are an attack; a branch opened is an opening.
        ("Soldiers opened fire on the crowd on Friday.", "opened fire", "attack"),
        ("The bank opened a branch in Leeds on Friday.", "opened", "opening"),
        # A final hosted is a match; a summit hosted a meeting.
        ("The city hosted the final on Saturday.", "hosted", "match"),
        ("The president hosted the summit on Saturday.", "hosted", "meeting"),
        ("The central bank governor was reappointed on Monday.", "reappointed", "appointment"),
    ],
)
def test_diplomacy_and_conflict(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A verb whose own noun names the happening gives that noun (session 5).
        ("Councillors approved the budget on Tuesday.", "approved", "approval"),
        ("The committee rejected the plan last month.", "rejected", "rejection"),
        ("The group acquired a rival for $2 billion.", "acquired", "acquisition"),
        ("The bank sold its insurance arm for £1.2 billion.", "sold", "sale"),
        ("The company was sued by three former employees.", "sued", "lawsuit"),
        ("The airline hired 2,000 cabin crew this year.", "hired", "hiring"),
        ("The government evacuated 3,000 residents.", "evacuated", "evacuation"),
        ("A train derailed near Leeds on Friday.", "derailed", "derailment"),
        ("The bridge reopened to traffic on Monday.", "reopened", "reopening"),
        ("Harbour City were promoted last season.", "promoted", "promotion"),
        ("Researchers recruited 1,200 adults aged 60 to 79.", "recruited", "recruitment"),
        # Hard negatives: families told by one noun stay whole.
        ("The general was assassinated in 2020.", "assassinated", "killing"),
        ("Artillery shelled the town overnight.", "shelled", "attack"),
        ("Passenger numbers tripled from a year earlier.", "tripled", "rise"),
        ("The chief executive resigned on Monday.", "resigned", "resignation"),
        # What the verb acts on still comes first: permission granted is a decision.
        ("The council granted planning permission for a stadium.", "granted", "decision"),
    ],
)
def test_verbs_named_by_their_own_noun(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Draws are results only before a score or an opponent.
        ("Harbour City drew 2-2 with Westport on Saturday.", "drew", "match"),
        ("City drew with Dunmore last week.", "drew", "match"),
        ("The motion passed 7-3 on Tuesday.", "passed", "vote"),
        ("Harbour City came from behind to beat Westport 3-2 on Saturday.", "beat", "match"),
        ("Dara Quinn netted twice in the second half.", "netted", "goal"),
        ("The fund netted a $5 million profit.", "netted", "earnings"),
        ("Quinn limped off with a hamstring injury.", "limped off", "injury"),
        ("The goalkeeper saved a penalty in the second half.", "saved a penalty", "save"),
        # Results: dividends declared, swings to profit, rises reported with their size.
        ("The board declared a dividend of 10 cents a share.", "declared", "dividend"),
        ("Dividends were declared at the meeting.", "declared", "dividend"),
        ("ISIS was declared defeated in 2017.", "declared", "declaration"),
        ("The airline swung to a profit of €80 million.", "swung to a profit", "earnings"),
        ("Aeronord reported a 12% rise in revenue for the quarter.", "reported a 12% rise", "rise"),
        ("Aeronord posted a €1.2 billion loss for the year.", "posted a €1.2 billion loss", "earnings"),
        ("The company missed analysts' estimates.", "missed", "earnings"),
        ("The company bought back shares worth $500 million.", "bought back", "buyback"),
        ("The airline will take delivery of 12 new aircraft next year.", "take delivery", "delivery"),
        # Courts: penalties handed down, verdicts told with "cleared of".
        ("His co-defendant was given a suspended sentence.", "given a suspended sentence", "sentencing"),
        ("He was handed a three-year driving ban.", "handed a three-year driving ban", "ban"),
        ("The man was cleared of all charges.", "cleared of all charges", "acquittal"),
        ("The judge adjourned the case until June.", "adjourned", "adjournment"),
        ("Officers searched the house on Wednesday.", "searched", "search"),
        ("Police stopped his van on the M1 in March.", "stopped", "stop"),
        # Session 19: a stop is named by its own noun, as a halt is (docs/events.md, "Session 19: event types").
        ("The plant stopped production in May.", "stopped", "stop"),
        # Halting a happening is news of its own; a summit ended without a deal is the summit.
        ("Divers suspended the search for the trawler at dusk.", "suspended", "suspension"),
        ("The summit ended without an agreement.", "ended", "summit"),
        # Diplomacy and disasters.
        ("The rebels exchanged 50 prisoners on Sunday.", "exchanged", "prisoner exchange"),
        ("The two armies exchanged fire across the river.", "exchanged", "clash"),
        ("The truce was violated within hours.", "violated", "violation"),
        ("Troops pulled back from the front line on Friday.", "pulled back", "withdrawal"),
        ("The river burst its banks on Thursday.", "burst its banks", "flood"),
        ("The developer applied for a permit in 2022.", "applied for", "application"),
    ],
)
def test_events_the_rules_missed(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    "text",
    [
        # "drew" without a score or an opponent, "declared that", "on one hand", "passed" alone.
        "The plan drew criticism from residents.",
        "The council drew up plans for a new school.",
        "He declared that the war was over.",
        "On one hand, the city's budget increase seems necessary.",
        "The rules applied to all tenants.",
        "Three years passed before the case came to court.",
    ],
)
def test_hard_negatives_of_the_new_triggers(text: str) -> None:
    got = by_trigger(text)
    assert not {"drew", "declared", "hand", "applied", "passed"} & {t.split()[0] for t in got}, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Killed "in" a happening is that happening, with or without an article ...
        ("At least 14 civilians were killed in shelling overnight.", "killed", "attack"),
        ("Two people died in a crash on the A1.", "died", "crash"),
        ("Three firefighters were injured in the blaze.", "injured", "fire"),
        # ... but a killing the subject carried out stays a killing (the seeds' Soleimani strike).
        ("The army killed the rebel commander in an air strike on Monday.", "killed", "killing"),
    ],
)
def test_casualties_in_a_named_happening(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Nouns of happening by their own names, as their verbs are.
        ("The regulator opened an investigation into the bank.", "opened", "investigation"),
        ("The trial opened at Leeds Crown Court on Monday.", "opened", "trial"),
        ("Shareholders backed a takeover of the chain.", "takeover", "takeover"),
        ("Residents filed a lawsuit against the council.", "filed", "lawsuit"),
        ("Talks between the two sides opened in Geneva on Monday.", "opened", "talks"),
        ("The ministry issued a statement on Friday.", "issued", "statement"),
        # Session 32: a filing, the verb's own noun (dev22, the one set with "filed for Chapter 7 bankruptcy", labels it so).
        ("The company filed for bankruptcy in May.", "filed", "filing"),
        # Hard negative: an announcement of something else stays an announcement.
        ("The mayor announced a new budget on Friday.", "announced", "announcement"),
    ],
)
def test_nouns_named_by_themselves(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Verbs of many senses that are happenings before the right words only.
        ("Harbour City will play away at Ostley Town on Tuesday.", "play", "match"),
        ("The defendant appeared in Leeds Crown Court on Monday.", "appeared", "hearing"),
        ("Ibekwe joined Harbour City from a Dutch club in January.", "joined", "transfer"),
        ("A neighbour called the police at 2 a.m.", "called", "call"),
        ("The defendant is due back in court on 6 October.", "due back in court", "hearing"),
        # Match play: goals told by how the ball went in, shots that are not shootings.
        ("Marsh levelled five minutes before half-time.", "levelled", "goal"),
        ("Kell fired home from the edge of the area.", "fired home", "goal"),
        ("The substitute added a third goal in stoppage time.", "added a third goal", "goal"),
        ("The captain will serve a two-match ban.", "serve a two-match ban", "ban"),
        # Courts and police: requests denied, suspects identified, comment declined.
        ("The judge denied the request for bail.", "denied", "denial"),
        ("Police identified the driver from camera footage.", "identified", "identification"),
        ("The owner declined to comment.", "comment", "comment"),
        ("The ministry did not respond to a request for comment.", "respond", "response"),
        ("Researchers ran a trial in 38 schools.", "ran a trial", "trial"),
    ],
)
def test_context_verbs_and_match_play(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # The same verbs in their other senses tell no happening.
        ("The mayor appeared in a video posted on Friday.", "appeared"),
        ("Hundreds joined the protest outside the town hall.", "joined"),
        ("Residents called for a new crossing.", "called"),
        ("The volunteers played a key role in the rescue.", "played"),
        ("Ibekwe shot low past the goalkeeper.", "shot"),
        ("Vale finished with 10 men.", "finished"),
        ("Prices levelled off in the spring.", "levelled"),
        ("The minister denied that the plan had been dropped.", "denied"),
        ("Prices headed in the opposite direction.", "headed"),
        ("Netanyahu was heading home after the talks.", "heading"),
        ("Steering clear of the row, the mayor stayed silent.", "Steering"),
        ("He was levelling sharp criticism at his colleagues.", "levelling"),
        ("Devine declared the need for a new approach.", "declared"),
    ],
)
def test_context_verbs_hard_negatives(text: str, absent: str) -> None:
    got = by_trigger(text)
    assert not any(t.split()[0] == absent for t in got), got


def test_a_shooting_is_still_a_killing() -> None:
    # The shot at goal is told by where it went; a man shot dead is a killing.
    assert_type("A man was shot dead outside a pub on Friday.", "shot", "killing")


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "status"),
    [
        # Payouts and jobs by their own names; fires that start are the fire.
        ("The company raised its quarterly dividend by 10%.", "raised", "dividend", "occurred"),
        ("The company will cut 1,200 jobs by 2027.", "cut", "cut", "planned"),
        # A share of their value lost is a fall by its direction (Session 16; it was a loss, never a defeat).
        ("Shares have lost a quarter of their value this year.", "lost", "fall", "occurred"),
        ("The fire started in dry brush near a campground.", "started", "fire", "occurred"),
        ("Residents were ordered to leave their homes on Friday.", "ordered", "evacuation", "occurred"),
        ("The mayor signed an emergency order on Friday.", "signed", "order", "occurred"),
        # "under investigation": a happening going on.
        ("The cause of the fire is under investigation.", "investigation", "investigation", "ongoing"),
        # Hard negative: an order to pay stays an order.
        ("The judge ordered the firm to pay compensation.", "ordered", "order", "occurred"),
    ],
)
def test_dividends_jobs_fires_and_orders(text: str, trigger: str, type_: str, status: str) -> None:
    assert_type(text, trigger, type_)
    assert by_trigger(text)[trigger].status == status


def test_under_alone_is_no_event() -> None:
    # "under" before a noun that is no happening ("under pressure", "under the bridge") tells nothing.
    assert by_trigger("The council is under pressure to act.") == {}


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # What a verb acts on names the happening: a ruling issued, a verdict returned, an
        # evacuation ordered, an emergency declared (a truce that collapses is a collapse since Session 32: every
        # "collapsed" the sets label is one, dev22's "a rescue deal ... had collapsed" too).
        ("The court issued a ruling on Friday.", "issued", "ruling"),
        ("The jury returned a verdict after six hours.", "returned", "verdict"),
        ("The government ordered an evacuation of the coast.", "ordered", "evacuation"),
        ("The governor declared a state of emergency on Monday.", "declared", "state of emergency"),
        ("The ceasefire collapsed after two days.", "collapsed", "collapse"),
        ("Gusts grounded the firefighting aircraft for three hours.", "grounded", "grounding"),
        ("Police raided three properties in Luton.", "raided", "raid"),
        # A win earned is the match with its tally, a win otherwise (primaries, awards).
        ("City earned a 3-1 win over Leeds on Saturday.", "earned", "match"),
        ("The senator earned her latest win in the primaries.", "earned", "win"),
    ],
)
def test_objects_that_name_the_happening(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


def test_grounds_and_reviews_are_no_events() -> None:
    # "on the grounds that" is a reason; "a review of filings" as often a document as a happening.
    assert by_trigger("The appeal was refused on the grounds that it came too late.").keys() <= {"refused"}
    assert "review" not in by_trigger("According to a review of election filings, donors gave more.")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # "by" giving the amount of a change is no passive agent ("a deadline set by the UN" is).
        ("Hospital admissions dropped by a quarter last year.", "dropped", "drop"),
        ("Prices rose by 12% in May.", "rose", "rise"),
        ("The walks also improved balance and mood.", "improved", "improvement"),
        ("Councillor Rita Shah moved the motion on Tuesday.", "moved", "motion"),
        ("Sam Cole headed in from a corner in the 12th minute.", "headed in from", "goal"),
        ("The goalkeeper was hurt after a collision in the first half.", "collision", "collision"),
    ],
)
def test_changes_by_an_amount_and_other_happenings(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


def test_a_deadline_set_by_someone_is_still_no_event() -> None:
    assert "set" not in by_trigger("A deadline set by the UN passed on Friday.")


def test_a_second_verb_of_intending_after_and_is_its_own_event() -> None:
    got = by_trigger("The airline will take delivery of six jets next year and plans to open 12 routes.")
    assert got["open"].type == "expansion"
    assert got["open"].summary == "The airline plans to open 12 routes."


def test_a_fronted_phrase_is_not_the_subject() -> None:
    from service.backends.rules.summaries import noun_phrase_of

    # "Under the agreement, Halden Homes will pay ...": the subject a later clause borrows is the company.
    assert noun_phrase_of("Under the agreement, Halden Homes will") == "Halden Homes"
    assert noun_phrase_of("Last year, the firm") == "the firm"
    # Hard negative: an appositive after the subject is still cut off.
    assert (
        noun_phrase_of("NATO’s training mission, initially confined to Baghdad, was")
        == "NATO’s training mission"
    )


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A participle clause after a day ("on Friday, cutting ..."); power cut to homes.
        # Session 33: power cut to homes is a cut, the bare noun (dev13, dev29).
        ("The storm hit the coast on Friday, cutting power to 40,000 homes.", "cutting", "cut"),
        ("The team observed the planet for 40 hours last year.", "observed", "observation"),
        ("Shell agreed to buy the rival for $4 billion.", "agreed", "acquisition"),
        ("The union will fight the closures.", "fight", "fight"),
        ("About 400 firefighters are fighting the fire.", "fighting", "firefighting"),
        # Hard negatives: "to buy" late in the object names no deal; a contract signed is an agreement.
        # Session 34: an agreement signed is its signing (the guide's first rule; dev9-dev28 label it so)
        ("Tech firms signed contracts to buy power from new nuclear plants.", "signed", "signing"),
        ("The rebels agreed to free the hostages.", "agreed", "agreement"),
    ],
)
def test_storms_science_and_deals(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


def test_a_fall_onto_something_is_no_decrease() -> None:
    assert "fell" not in by_trigger("A tree fell on his car near Oban.")
    assert_type("Profits fell 12% in the quarter.", "fell", "fall")


def test_a_verb_after_and_shares_the_modality_before_it() -> None:
    got = by_trigger("The brewer would close two breweries and cut about 300 jobs.")
    assert got["close"].status == "planned"
    assert got["cut"].status == "planned"
    # Hard negative: a verb with its own tense keeps it.
    got = by_trigger("The brewer closed two breweries and will cut 300 jobs.")
    assert (got["closed"].status, got["cut"].status) == ("occurred", "planned")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 6: the verb's own noun is derived by English word formation (``own_noun``), so a
        # verb no list names still gets the head noun a reader writes. -ate -> -ation:
        ("The ministry negotiated a new contract with the junior doctors.", "negotiated", "negotiation"),
        ("Customs officers confiscated 40 kilos of ivory at the port.", "confiscated", "confiscation"),
        # -ise/-ize -> -isation/-ization, in the text's own spelling:
        ("The regulator authorised the merger of the two dairies.", "authorised", "authorisation"),
        ("The regulator authorized the merger of the two dairies.", "authorized", "authorization"),
        # -ct -> -ction, -mn -> -mnation, -opt -> -option:
        ("Voters in Ostrava elected a new mayor on Sunday.", "elected", "election"),
        ("Safety officers inspected the stand before the match.", "inspected", "inspection"),
        ("The foreign minister condemned the shelling of the port.", "condemned", "condemnation"),
        ("The assembly adopted the budget on Monday.", "adopted", "adoption"),
        # -ment and zero derivation (the noun is the verb):
        ("The former clerk embezzled £90,000 from the parish fund.", "embezzled", "embezzlement"),
        ("The gardener was murdered in his shed in 2019.", "murdered", "murder"),
        ("Regulators probed the lender's accounts last year.", "probed", "probe"),
        # Irregular stems and other words: a deportation, a choice, a fraud, a re-election.
        ("The government deported 60 people on a charter flight.", "deported", "deportation"),
        ("The board chose a site near the ring road for the depot.", "chose", "choice"),
        ("The company defrauded its customers of £3 million.", "defrauded", "fraud"),
        ("Voters re-elected the governor by a wide margin.", "re-elected", "election"),
        ("The minister criticised the plan on Friday.", "criticised", "criticism"),
        # Hard negatives: families told by one noun keep it though a suffix rule would apply.
        ("The general was assassinated in 2020.", "assassinated", "killing"),
        ("Growth accelerated in the third quarter.", "accelerated", "increase"),
        # Session 18: an amount raised is a rise, the noun English makes of "raise" for an amount.
        ("The bakery raised its prices by 5%.", "raised", "rise"),
        ("The visitors equalised in the 89th minute.", "equalised", "goal"),
        ("Police detained two protesters outside parliament.", "detained", "arrest"),
        # Session 8: "reduced" is a reduction and "welcomed" a welcome (their own nouns); a verb with no
        # rule keeps its family: "soared" is an increase.
        ("The council reduced parking fines on Monday.", "reduced", "reduction"),
        ("The union welcomed the offer on Monday.", "welcomed", "welcome"),
        ("Rents soared in the city last year.", "soared", "increase"),
    ],
)
def test_the_verbs_own_noun_by_word_formation(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("lemma", "noun"),
    [
        # Each word-formation family on verbs of its own (not all in the lexicon): the rules are English.
        ("evacuate", "evacuation"),
        ("nationalise", "nationalisation"),
        ("notify", "notification"),
        ("evict", "eviction"),
        ("approve", "approval"),
        ("deny", "denial"),
        ("acquit", "acquittal"),
        ("seize", "seizure"),
        ("stab", "stabbing"),
        ("hire", "hiring"),
        ("discover", "discovery"),
        ("sell", "sale"),
        # Session 8: a change is its own noun (zero derivation), not the family's "increase".
        ("rise", "rise"),
        # Hard negatives: a short stem is no suffix ("prise" is no -ise verb), an unknown verb no noun.
        ("prise", None),
        ("walk", None),
        # Session 18: "raise" has an irregular noun for an amount (a rise), not the -ise suffix's.
        ("raise", "rise"),
    ],
)
def test_own_noun_follows_english_word_formation(lemma: str, noun: str | None) -> None:
    from service.backends.rules.event_words import own_noun

    assert own_noun(lemma) == noun


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 6: a verb of beginning, carrying out, finishing or halting whose object is a noun of
        # happening is that happening (``ASPECT_TYPES``, ``EVENT_NOUNS``).
        ("The carmaker launched a recall of 12,000 vans on Monday.", "launched a recall", "recall"),
        ("Officials began the evacuation of the valley on Sunday.", "began", "evacuation"),
        ("Engineers carried out an inspection of the viaduct.", "carried out", "inspection"),
        ("The club completed the signing of the goalkeeper on Friday.", "completed", "signing"),
        # Light verbs of doing with such a noun: the noun is the happening.
        ("Detectives conducted a search of the flat on Tuesday.", "conducted a search", "search"),
        ("Farmers staged a blockade of the port on Monday.", "staged a blockade", "blockade"),
        # Hard negatives: the object is no happening, or a change told by a noun keeps its verb's type.
        ("The firm launched a new phone on Monday.", "launched", "launch"),
        ("The builders completed the pier in May.", "completed", "completion"),
        ("The plant stopped production in May.", "stopped", "stop"),  # Session 19: its own noun
        # Halting a happening is news of its own; a summit ended without a deal is the summit.
        ("Divers suspended the search for the trawler at dusk.", "suspended", "suspension"),
        ("The summit ended without an agreement.", "ended", "summit"),
        # A disaster that kills is the disaster; a killing by people stays a killing.
        ("The storm killed 12 people on the coast.", "killed", "storm"),
        ("The earthquake injured 300 people.", "injured", "earthquake"),
        ("Gunmen killed two guards at the mine.", "killed", "killing"),
    ],
)
def test_the_happening_begun_or_done_names_the_event(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    "text",
    [
        # "hold back" with a noun of happening is no light-verb event; "hold" takes a verb's noun only
        # as an occasion new to the story ("hold another march", Session 10), not one kept back.
        "Customers will hold back spending this year.",
        "The fund will hold the transfer until Monday.",
    ],
)
def test_light_verbs_that_take_no_noun_of_happening(text: str) -> None:
    got = by_trigger(text)
    assert not any(t.split()[0] == "hold" for t in got), got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 6: happenings the lexicon had no verb or noun for.
        ("The toy maker recalled 30,000 cots on Friday.", "recalled", "recall"),
        ("Millstone is recalling 2,500 vans because of a faulty brake.", "recalling", "recall"),
        ("Councillors debated the proposal for two hours.", "debated", "debate"),
        ("Six members abstained on Tuesday.", "abstained", "abstention"),
        ("The government nationalised the steelworks in 2020.", "nationalised", "nationalisation"),
        ("The insurer settled the lawsuit for $4 million.", "settled", "settlement"),
        ("The pair were married in June.", "married", "wedding"),
        ("The pier was rebuilt in 2019.", "rebuilt", "reconstruction"),
        # Votes told by their tally, in British as in American form.
        ("The bill passed by 61 votes to 38 on Wednesday.", "passed", "vote"),
        ("The motion was carried by 7 votes to 4.", "carried", "vote"),
        # Talks that break down are a breakdown, the phrase's own noun (session 30, the lead's note 3; was the talks);
        # a noun of happening introduced as new is its own event.
        ("Talks with the landlord broke down on Friday.", "broke down", "breakdown"),
        ("The plan was approved after a four-hour debate.", "debate", "debate"),
        ("Members backed the offer in a ballot last month.", "ballot", "ballot"),
    ],
)
def test_happenings_the_lexicon_lacked(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Memory, moving house and passing by are no recall, settlement or vote.
        ("She recalled that the plant had flooded twice.", "recalled"),
        ("He recalled the day the mill closed.", "recalled"),
        ("The family settled in Leeds in 1990.", "settled"),
        ("The convoy passed by the station at noon.", "passed"),
        # A noun of happening before a generic predicate is any such thing, not one that happened.
        ("A strike is a last resort for the union.", "strike"),
    ],
)
def test_new_triggers_hard_negatives(text: str, absent: str) -> None:
    got = by_trigger(text)
    assert not any(t.split()[0] == absent for t in got), got


def test_a_scheduled_noun_of_happening_is_planned() -> None:
    got = by_trigger("Drivers walked out on Monday. A second strike is planned for next week.")
    assert got["strike"].status == "planned"
    assert got["walked out"].status == "occurred"


def test_a_fire_told_again_by_its_definite_noun_is_one_event() -> None:
    # "the fire broke out" tells the fire the story opened with: one event with two evidence spans.
    text = "A fire destroyed a warehouse in Leith. Police said the fire broke out shortly after midnight."
    got = rules(text, PUBLISHED)
    fires = [e for e in got.events if e.type == "fire"]
    assert len(fires) == 1 and len(fires[0].evidence) == 2, got.events
    # Hard negative: a second fire introduced as new stays its own event.
    text = "A fire destroyed a warehouse in Leith. A fire broke out at a school in Perth a day later."
    got = rules(text, PUBLISHED)
    assert len([e for e in got.events if e.type == "fire"]) == 2, got.events


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 6: the subject a relative or appositive clause parts from its verb names the
        # happening: the fire that started, the trial that began.
        ("The Holm fire, which started in dry grass, had burned 600 acres by Friday.", "started", "fire"),
        ("The trial, run by doctors at Kelso, began in March 2024.", "began", "trial"),
        # Hard negative: a company that started is no happening of its own name.
        ("The bakery, which started in 1990, has 40 staff.", "started", "start"),
        # Asking for an act ("asked that bail be reduced") is the request, not the act asked for.
        ("Her lawyer asked that bail be reduced to $5,000.", "asked", "request"),
    ],
)
def test_the_word_that_names_the_happening(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


def test_asked_that_without_an_act_is_no_request() -> None:
    # "asked that question": a question put, not a request; no event (hard negative).
    assert by_trigger("He asked that question twice.") == {}
    got = by_trigger("Her lawyer asked that bail be reduced to $5,000.")
    assert set(got) == {"asked"}, got  # the reduction asked for is not an event of its own


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 6: a deal brokered is mediation; protesters who gather are a protest (people who
        # gather otherwise, a gathering); red cards shown and scores opened are match events.
        ("The truce was brokered by Qatar in May.", "brokered", "mediation"),
        ("Protesters gathered outside the ministry on Friday.", "gathered", "protest"),
        ("Families gathered outside the ministry on Friday.", "gathered", "gathering"),
        ("The captain was shown a red card in the 70th minute.", "shown a red card", "sending-off"),
        ("Ade opened the scoring after ten minutes.", "opened the scoring", "goal"),
        # Hard negative: a shop opened stays an opening.
        ("The chain opened a shop in Derby on Friday.", "opened", "opening"),
    ],
)
def test_who_gathers_and_match_events(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 6: a candidate conceding is a concession (a goal conceded stays a goal); a firm
        # rescued is a bailout; an incident declared a declaration; a challenge launched a challenge.
        ("The senator conceded defeat on Sunday night.", "conceded", "concession"),
        ("The visitors conceded twice in the second half.", "conceded", "goal"),
        ("The state bailed out two regional banks in 2023.", "bailed out", "bailout"),
        ("The hospital declared a critical incident on Tuesday.", "declared", "declaration"),
        ("Residents launched a legal challenge against the plan.", "launched", "challenge"),
        # Disasters by their own names.
        ("An avalanche buried four climbers on Saturday.", "avalanche", "avalanche"),
        ("A tornado destroyed 30 homes in the county.", "tornado", "tornado"),
        # A second clause with its own subject after "and" is its own event (an inquiry ordered, told as
        # done, is an order: Session 20; Session 8 had named it the inquiry).
        ("The resort closed two runs and the county ordered an inquiry.", "ordered", "order"),
        ("Ade opened the scoring and Marsh doubled the lead before half-time.", "doubled the lead", "goal"),
    ],
)
def test_concessions_bailouts_and_second_subjects(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Hard negatives: a participle before its preposition describes a noun after "and"; a web
        # search is no happening.
        ("Police arrested the driver and the man injured in the crash.", "injured"),
        ("The board approved the budget and the sums allocated to it.", "allocated"),
        ("A chatbot answer uses more power than a web search.", "search"),
    ],
)
def test_second_subject_hard_negatives(text: str, absent: str) -> None:
    got = by_trigger(text)
    assert absent not in got, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 6: money raised is fundraising; prices, dividends raised keep their types (prices raised are
        # a rise since session 18).
        ("The start-up raised $40 million from investors in May.", "raised", "fundraising"),
        ("The charity raised £2m for the hospital.", "raised", "fundraising"),
        ("The bakery raised prices by 5%.", "raised", "rise"),
        ("The bank raised its dividend to 44 cents.", "raised", "dividend"),
        # Outbreaks, infections and sit-ins by their own names.
        ("Officials confirmed an outbreak of mumps at a college.", "outbreak", "outbreak"),
        ("Nine pupils have been infected since Monday.", "infected", "infection"),
        ("Students staged a sit-in outside the dean's office.", "staged a sit-in", "sit-in"),
    ],
)
def test_money_raised_outbreaks_and_sit_ins(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 6: a verb of starting before another verb is that verb's happening.
        ("The senator began attacking his rival on Monday.", "began attacking", "attack"),
        ("The agency started to publish the index in 2012.", "started to publish", "publication"),
        # Hard negatives: starting a happening named by a noun, moving something or somewhere.
        ("The trial began on Monday.", "began", "trial"),
        ("The firm moved its headquarters to Leeds.", "moved", "relocation"),
        ("The firm moved to Denver in 2019.", "moved", "relocation"),
    ],
)
def test_verbs_of_starting_before_another_verb(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    "text",
    [
        # No happening: a start of something that is none, moving on or forward, ending up somewhere.
        "Officials started to portray the crash as an accident.",
        "Republicans moved to distance themselves from the bill.",  # Session 10: "to block" is a block now
        "His rivals moved on after the vote.",
        "The campaign moved forward without him.",
        "The city ended up mired in debt.",
    ],
)
def test_aspect_and_motion_verbs_without_a_happening(text: str) -> None:
    got = by_trigger(text)
    assert not any(t.split()[0] in ("started", "moved", "ended") for t in got), got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 6: agreeing with a party on terms is an agreement; agreeing to act a decision.
        ("The bloc agreed with Ankara on a deal to return migrants.", "agreed", "agreement"),
        ("Ministers agreed to expand the mission.", "agreed", "decision"),
        ("The mayor asked the council for more money.", "asked", "request"),
    ],
)
def test_agreements_and_requests_that_are_events(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    "text",
    [
        # Opinions shared and questions put are no agreements or requests.
        "The former governor agreed with the analysis.",
        "Analysts agreed that the shift was a matter of geography.",
        "Voters did not agree with him on taxes.",
        "The host asked, “What happens now?”",
        "She asked rhetorically.",
    ],
)
def test_opinions_and_questions_are_no_events(text: str) -> None:
    got = by_trigger(text)
    assert not any(t.split()[0] in ("agreed", "agree", "asked") for t in got), got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 6: a law passed is its passage, by a tally a vote; a bill signed its signing.
        ("The Senate passed the bill on Tuesday.", "passed", "passage"),
        ("The council passed the annual budget on Monday.", "passed", "passage"),
        ("The council passed the budget by 7 votes to 4.", "passed", "vote"),
        ("The governor signed the bill on Friday.", "signed", "signing"),
        # Hard negative: prices raised to an amount are a rise, not money raised.
        ("The firm raised prices to $2 million a unit.", "raised", "rise"),
    ],
)
def test_laws_passed_and_signed(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    "text",
    [
        # Memory with a year and an election won by a wide margin are no recall and no landslide.
        "The host recalled in 2008 that the race was close.",
        "Volunteers from her 2016 landslide waved from the stage.",
    ],
)
def test_recall_and_landslide_hard_negatives(text: str) -> None:
    got = by_trigger(text)
    assert not {"recalled", "landslide"} & set(got), got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 7: a court gives or hands a penalty to someone named first, however long the name
        # set off by commas; the penalty's noun is the happening ("sales" in "sales director" is a job).
        (
            "The tribunal also gave the bakery's former finance manager, Ruth Okoro, 49, a suspended "
            "sentence of two years.",
            "gave the bakery's former finance manager, Ruth Okoro, 49, a suspended sentence",
            "sentencing",
        ),
        (
            "The judge handed the cyclist, 31, a two-year riding ban.",
            "handed the cyclist, 31, a two-year riding ban",
            "ban",
        ),
        ("Magistrates gave him a £750 fine on Thursday.", "gave him a £750 fine", "fine"),
        # Results are reported or posted by a company. Session 29 (the lead's note 1): a profit or a loss made is
        # that profit or loss, the text's noun (dev20's gold: "has not made an annual profit" is a profit; no set
        # writes earnings for "made"), so this case, earnings since session 7, now asserts "profit".
        ("The brewer reported a loss of $12 million for the half.", "reported a loss", "report"),
        ("The chain made a profit of £3 million last year.", "made a profit", "profit"),
    ],
)
def test_penalties_given_and_results_reported(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: a penalty word as an adjective, a gift, a result noun naming a job.
        "The charity gave every family in the valley a fine meal, volunteers said.",
        "The coach gave the squad a day off and a warning about their diet.",
        "The firm gave its sales director a company car.",
    ],
)
def test_things_given_are_no_penalties_or_results(text: str) -> None:
    got = by_trigger(text)
    assert not [e for e in got.values() if e.type in ("fine", "ban", "sentencing", "earnings")], got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 7: losing power is a power cut (as power cut to homes is); losing a relative or
        # one's life is a death, not a defeat ("lost her daughter" was typed defeat).
        ("About 12,000 homes lost power overnight.", "lost", "power cut"),
        ("Two villages lost electricity for three days.", "lost", "power cut"),
        ("The singer lost her daughter in a road accident in 2011.", "lost", "death"),
        ("He lost his father to cancer last spring.", "lost", "death"),
        ("Four climbers lost their lives on the ridge.", "lost", "death"),
        # Hard negatives: seats, money and matches lost keep their own types.
        ("The Greens lost nine seats in the election.", "lost", "election"),
        ("The carrier lost $80 million in the quarter.", "lost", "loss"),
        ("Dunmore lost 2-0 to Harwick on Saturday.", "lost", "match"),
    ],
)
def test_what_is_lost(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 7: lawmakers who sign on to a bill back it: an endorsement, not its signing.
        ("Nine senators have signed on to the bill.", "signed on to", "endorsement"),
        ("Two more councillors signed onto the motion on Monday.", "signed onto", "endorsement"),
        # Hard negatives: a bill signed into law, a player signed.
        ("The governor signed the bill on Friday.", "signed", "signing"),
        ("The club signed winger Pol Arnau from Girona.", "signed", "transfer"),
    ],
)
def test_signing_on_is_support(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 7: speaking is a speech, to the press an interview, with someone a conversation.
        ("The defendant did not speak during the hearing.", "speak", "speech"),
        ("The bishop spoke at the rally on Sunday.", "spoke", "speech"),
        ("The minister spoke to reporters after the vote.", "spoke", "interview"),
        ("The coach spoke to the local paper on Tuesday.", "spoke", "interview"),
        ("The premier spoke with her Danish counterpart on Monday.", "spoke", "conversation"),
        ("The nurse testified before the committee.", "testified", "testimony"),
    ],
)
def test_speaking(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 7: the head of a subject "X of Y" names what began, however long the words set off
        # after it; commas between modifiers do not end an object.
        (
            "Construction of the new pier, expected to cost £40 million, began in May.",
            "began",
            "start",
        ),
        ("The trial of the three men, all from Ormsby, began on Tuesday.", "began", "trial"),
        ("The agency issued a brief, blunt statement on Monday.", "issued", "statement"),
        # Hard negatives: a person's office and a price are no happenings.
        ("The mayor of the town, a former nurse, resigned on Friday.", "resigned", "resignation"),
        ("The price of milk, already high, rose again in May.", "rose", "rise"),
        ("The ministry issued the figures, warning that debt would rise.", "issued", "announcement"),
    ],
)
def test_subject_heads_and_modifier_commas(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 7: the vehicle of someone's words is an occasion of speech, an event named by its
        # noun ("said in a statement", "In a statement, X said", "said in a tribute", "in a ruling").
        ("The bakery said in a statement that it would appeal.", "statement", "statement"),
        ("In a statement, the ferry operator said it regretted the delays.", "statement", "statement"),
        ("Her former partner said in a tribute on Sunday that she was fearless.", "tribute", "tribute"),
        ("“The tenders were a sham,” the judge said in a ruling read out on Friday.", "ruling", "ruling"),
        # A broadcaster or newspaper told is an interview; a news conference told is that occasion.
        ("The chief executive told local radio on Monday that the ward would reopen.", "told", "interview"),
        ("She told a regional newspaper that she would stand again.", "told", "interview"),
        ("“Prices will ease,” the governor told a news conference.", "conference", "news conference"),
        # Tribute paid is a tribute; a memorial service is a kind of its own, planned when "will be held".
        ("Hundreds paid tribute to the lifeboat crew on Sunday.", "paid", "tribute"),
        ("A memorial service will be held at St Anne's Church on 3 June.", "service", "memorial service"),
    ],
)
def test_occasions_of_speech(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


def test_a_memorial_service_to_be_held_is_planned() -> None:
    got = by_trigger("A memorial service will be held at St Anne's Church on 3 June.")
    assert got["service"].status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: a statement cited as a source, reporters told (a plain attribution), a
        # story told, the ruling party, a bus service.
        "The minister will resign, according to a statement from her office.",
        "The minister told reporters on Monday that the plan was sound.",
        "He told the story of the flood many times.",
        "Members of the ruling party met in secret.",
        "A bus service links the two villages.",
    ],
)
def test_no_occasion_of_speech(text: str) -> None:
    got = by_trigger(text)
    assert not [
        e
        for e in got.values()
        if e.type in ("statement", "interview", "ruling", "memorial service", "tribute")
    ], got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 7: the happenings of a life and a career, by their own nouns.
        ("Born in 1941 in the port of Ellinge, Marsh left school at 15.", "Born", "birth"),
        ("Born in 1941 in the port of Ellinge, Marsh left school at 15.", "left school", "departure"),
        ("The poet was born on a farm near Tullow.", "born", "birth"),
        ("He left office in 2019 after two terms.", "left office", "departure"),
        ("In 1980 he founded the charity with two friends.", "founded", "founding"),
        ("She became the first woman to qualify as a surveyor in the county.", "qualify", "qualification"),
        ("She turned down a knighthood in 2001.", "turned down", "refusal"),
        ("The regulator, which brought the case, welcomed the ruling.", "brought the case", "case"),
        # Offers made, inspections failed, currencies weakening.
        ("Patients who have waited more than a year will be offered surgery abroad.", "offered", "offer"),
        ("The school failed a fire-safety inspection last year.", "failed", "inspection"),
        ("The lorry failed two brake tests in March.", "failed", "test"),
        ("Talks on the merger failed on Friday.", "failed", "failure"),
        ("The krona weakened 0.5% against the euro.", "weakened", "weakening"),
        ("The dollar strengthened against the yen on Monday.", "strengthened", "strengthening"),
    ],
)
def test_lives_careers_and_offers(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: "found" is find's past, "born" an adjective or a compound, an app's standing
        # offer, a failure to act (a negation of the act, not a failure), a building left.
        "Police found the body on Tuesday.",
        "The first-born son inherited the farm.",
        "The app offers users a discount.",
        "The council failed to act.",
        "He left the building at noon.",
        "Friday is the last chance to vote on the plan.",
        "It was the only way to win the cup.",
    ],
)
def test_no_life_event(text: str) -> None:
    got = by_trigger(text)
    assert not [
        e
        for e in got.values()
        if e.type in ("founding", "birth", "offer", "failure", "departure", "qualification", "vote", "win")
    ], got


def test_a_later_plan_joined_by_and_is_planned() -> None:
    # "began in March and is due to be completed by 2028": the completion is a second, planned event.
    got = by_trigger("Work on the pier began in May and is due to be completed by 2028.")
    assert got["completed"].status == "planned"
    assert got["began"].status == "occurred"


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 7: things moved are a move; a firm's operations moved (or anything relocated) a
        # relocation; a motion moved a motion.
        ("Staff moved three cars away from the flames.", "moved", "move"),
        ("Rangers moved the herd to higher ground on Sunday.", "moved", "move"),
        ("The company will move its production to a plant in Poland.", "move", "relocation"),
        ("The bank moved its headquarters to Dublin in 2019.", "moved", "relocation"),
        ("The insurer relocated to Leeds last year.", "relocated", "relocation"),
        ("The councillor who moved the motion voted against it.", "moved", "motion"),
        # A review, an inspection or a test that found something is that happening.
        ("After a routine review flagged 60 payments, the bank froze the account.", "flagged", "review"),
        ("An inspection uncovered damp in six classrooms.", "uncovered", "inspection"),
        # Hard negative: people who uncover something are a discovery.
        ("Investigators uncovered a second account.", "uncovered", "discovery"),
        # A killing told by its noun with whom it befell is the killing, whatever it was done with.
        (
            "Protests followed the assassination of General Omar Vance in a drone strike in 2020.",
            "assassination",
            "killing",
        ),
        ("Tensions grew after the killing of Ana Ruiz in March.", "killing", "killing"),
        # Hard negative: someone killed in an attack is told as the attack.
        ("Two guards were killed in a rocket attack on Monday.", "killed", "attack"),
    ],
)
def test_moves_findings_and_named_killings(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


def test_a_definite_killing_without_a_name_refers_back() -> None:
    # "The killing of the mayor" names no one new: a noun referring back, no event of its own.
    assert "killing" not in by_trigger("The killing of the mayor shocked the town.")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 7: court orders obtained or secured are the order, the injunction, the warrant.
        (
            "His former partner obtained a protective order against him in May.",
            "obtained a protective order",
            "order",
        ),
        ("The council secured an injunction against the camp.", "secured an injunction", "injunction"),
        ("Detectives obtained a search warrant on Friday.", "obtained a search warrant", "warrant"),
    ],
)
def test_orders_obtained(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: a degree obtained, a loan secured, an order placed by a customer.
        "She obtained a degree in law in 1990.",
        "The firm secured a £2 million loan from the bank.",
        "The café obtained its coffee from a local roaster.",
    ],
)
def test_things_obtained_are_no_orders(text: str) -> None:
    got = by_trigger(text)
    assert not [e for e in got.values() if e.type in ("order", "injunction", "warrant")], got


def test_a_day_given_to_a_meeting_schedules_it() -> None:
    # Session 7: "X's next meeting is on <a day>" is a planned meeting, not any meeting.
    got = by_trigger("The board's next meeting is on 14 April.")
    assert got["meeting"].type == "meeting"
    assert got["meeting"].status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: "on" that gives no day is no schedule.
        "A strike is on the cards, union leaders warned.",
        "A meeting is on the agenda for the spring.",
    ],
)
def test_on_without_a_day_schedules_nothing(text: str) -> None:
    assert not by_trigger(text), by_trigger(text)
