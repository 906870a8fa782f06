"""What news reports as happening: event verbs by type, phrasal and nominal triggers, modal cues.

Lemmas only; ``inflect.forms`` gives every form. A verb is listed when, as
the main verb of a clause, it almost always reports a happening in news
writing ("voted", "sentenced", "rose", "opened"). Verbs whose usual sense is a
state ("has", "needs", "runs"), speech ("said", "warned": attributions) or too
many things at once ("make", "take", "get", "go") are left out; a few of them
count inside a fixed phrase (``PHRASAL``).
"""

from __future__ import annotations

from service.backends.rules.lexicon import words

# Event type -> lemmas (British and American spellings both listed).
EVENT_VERBS: dict[str, frozenset[str]] = {
    # Decisions of councils, courts, boards and parliaments.
    "vote": words("vote elect re-elect reelect"),
    "decision": words(
        "decide approve reject adopt veto endorse authorise authorize ratify overturn uphold "
        "choose select greenlight rule"
    ),
    "agreement": words("agree sign negotiate"),
    # Meetings and the speech occasions the gold treats as events.
    "meeting": words("meet convene host visit discuss gather"),
    "interview": words("speak testify"),
    "announcement": words("announce unveil publish issue circulate propose submit file table"),
    "launch": words("launch introduce"),
    "apology": words("apologise apologize"),
    # Reactions without content of their own ("welcomed NATO's decision"): events as well as speech.
    "statement": words("welcome condemn praise criticise criticize denounce"),
    # Courts, police and crime.
    "sentencing": words("sentence"),
    "charge": words("charge indict prosecute sue"),
    "plea": words("plead admit"),
    "conviction": words("convict acquit"),
    "arrest": words("arrest detain jail imprison extradite"),
    "order": words("order"),
    "ban": words("ban bar"),
    "seizure": words("seize confiscate"),
    "investigation": words("investigate probe audit review inspect"),
    "discovery": words("uncover discover flag detect"),
    "theft": words("steal embezzle siphon defraud launder smuggle"),
    "fine": words("fine"),
    "appeal": words("appeal"),
    # People in and out of office.
    "appointment": words("appoint nominate hire promote"),
    "resignation": words("resign quit retire"),
    "dismissal": words("sack dismiss oust"),
    # Money, markets and companies.
    "increase": words(
        "raise lift boost increase rise climb jump surge soar gain grow widen double triple quadruple "
        "expand accelerate rebound recover add increment"
    ),
    "decrease": words(
        "cut lower reduce decrease fall drop slump plunge tumble slide decline shrink narrow halve slow"
    ),
    "beat": words("beat"),
    "miss": words("miss"),
    "earnings": words("earn"),
    "booking": words("book"),
    "payment": words("pay spend invest fund finance donate award grant allocate"),
    "transaction": words("buy sell acquire purchase merge borrow lend"),
    "default": words("default"),
    # Operations of governments and firms.
    "opening": words("open reopen inaugurate"),
    "closure": words("close shut"),
    "construction": words("build construct demolish install renovate repair upgrade"),
    "start": words("begin start resume initiate"),
    "completion": words("complete finish end"),
    "suspension": words("suspend pause halt stop freeze"),
    "delay": words("delay postpone"),
    "cancellation": words("cancel scrap abandon"),
    "relocation": words("move relocate transfer"),
    "deployment": words("deploy station reinforce"),
    "withdrawal": words("withdraw evacuate"),
    "delivery": words("send deliver ship export import"),
    "restoration": words("restore"),
    "test": words("test trial"),
    # Conflict, disaster and harm.
    "attack": words("attack bomb shell invade raid ambush storm"),
    "killing": words("kill murder assassinate execute shoot"),
    "death": words("die drown"),
    "injury": words("injure wound hurt"),
    "capture": words("capture occupy seize"),
    "clash": words("clash"),
    "explosion": words("explode"),
    "accident": words("crash derail collide"),
    "disaster": words("collapse flood burn erupt destroy damage"),
    "rescue": words("rescue"),
    "release": words("free release"),
    "escape": words("flee escape"),
    "kidnapping": words("kidnap abduct hijack"),
    # Contests, protests and other happenings.
    "win": words("win"),
    # Matches and races: "scored in the 89th minute", "equalised before half-time".
    "score": words("score equalise equalize concede"),
    "defeat": words("defeat lose"),
    "protest": words("protest march boycott"),
    "strike": words("strike"),
    "survey": words("survey poll"),
    "request": words("request seek ask"),
    "threat": words("threaten"),
    "wait": words("wait"),
    "treatment": words("treat discharge vaccinate"),
    "arrival": words("arrive land"),
    "departure": words("depart"),
    "return": words("return"),
    "award": words("honour honor"),
}

# Multiword triggers: a lemma and the words that must follow it ("took over", "stepped down").
PHRASAL: dict[tuple[str, str], str] = {
    ("take", "over"): "appointment",
    ("step", "down"): "resignation",
    ("take", "effect"): "regulation",
    ("come", "into force"): "regulation",
    ("come", "online"): "commissioning",
    ("go", "online"): "commissioning",
    ("set", "aside"): "allocation",
    ("set", "up"): "establishment",
    ("hand", "over"): "transfer",
    ("roll", "out"): "launch",
    ("phase", "out"): "withdrawal",
    ("pull", "out"): "withdrawal",
    ("carry", "out"): "operation",
    ("swear", "in"): "appointment",
    ("take", "into custody"): "custody",
    ("take", "office"): "appointment",
    ("break", "out"): "outbreak",
    ("call", "off"): "cancellation",
    ("walk", "out"): "strike",
    ("go", "on strike"): "strike",
    ("hold", "talks"): "meeting",
    ("hold", "a meeting"): "meeting",
    ("hold", "an election"): "election",
    ("make", "an arrest"): "arrest",
}

# Nouns naming a happening. Alone they count only when introduced as new ("a closed-door
# session", "in a survey of 5,200 members", "her first earnings call"): "the vote" refers back.
NOMINAL_TRIGGERS: dict[str, str] = {
    "meeting": "meeting",
    "session": "meeting",
    "summit": "meeting",
    "conference": "meeting",
    "briefing": "meeting",
    "call": "conference call",
    "interview": "interview",
    "hearing": "hearing",
    "trial": "trial",
    "survey": "survey",
    "poll": "survey",
    "referendum": "vote",
    "election": "election",
    "attack": "attack",
    "bombing": "attack",
    "bombings": "attack",
    "shelling": "attack",
    "airstrike": "attack",
    "airstrikes": "attack",
    "raid": "attack",
    "explosion": "explosion",
    "blast": "explosion",
    "crash": "accident",
    "protest": "protest",
    "rally": "protest",
    "investigation": "investigation",
    "inquiry": "investigation",
    "audit": "investigation",
    "ceremony": "ceremony",
    "visit": "meeting",
    "ceasefire": "agreement",
    "merger": "transaction",
    "takeover": "transaction",
    "acquisition": "transaction",
    "lawsuit": "charge",
    "strike": "strike",
    "walkout": "strike",
    "shooting": "killing",
    "earthquake": "disaster",
    "storm": "disaster",
    "flood": "disaster",
    "wildfire": "disaster",
    "fire": "disaster",
    "fight": "dispute",
    "dispute": "dispute",
    "row": "dispute",
    "standoff": "dispute",
    "decision": "decision",
    "request": "request",
    "announcement": "announcement",
    "assassination": "killing",
    "killing": "killing",
    "withdrawal": "withdrawal",
    "deployment": "deployment",
    "expansion": "expansion",
    "arrest": "arrest",
    "rise": "increase",
    "increase": "increase",
    "jump": "increase",
    "surge": "increase",
    "fall": "decrease",
    "drop": "decrease",
    "decline": "decrease",
    "cut": "decrease",
    "vote": "vote",
    "deal": "agreement",
    "agreement": "agreement",
    "talks": "meeting",
    "negotiations": "meeting",
    "meetings": "meeting",
    "elections": "election",
    "attacks": "attack",
    "protests": "protest",
}

# Verbs that are events only with a noun of happening after them ("held talks", "made no
# decision", "conducted a survey", "staged a protest"); alone they mean too many things.
LIGHT_VERBS = words("hold make conduct stage carry give reach strike launch mount report post record")

# Results a company reports or posts: objects of the light verbs only ("reported a profit of ..."),
# never events on their own ("profit rose" is told by its verb).
LIGHT_ONLY_OBJECTS: dict[str, str] = {
    "profit": "earnings",
    "loss": "earnings",
    "losses": "earnings",
    "revenue": "earnings",
    "revenues": "earnings",
    "earnings": "earnings",
    "results": "earnings",
    "sales": "earnings",
    "deficit": "earnings",
    "surplus": "earnings",
    "record": "record",
}

# Occasions a story usually tells once, however often it comes back to them ("voted 5-2",
# "who voted with the majority", "voted against"): their tellings merge into one event.
OCCASION_TYPES = frozenset(
    {
        "vote",
        "meeting",
        "election",
        "hearing",
        "trial",
        "sentencing",
        "conference call",
        "interview",
        "announcement",
    }
)

# Event types whose casualties are figures of the same happening: "a bombing, which killed 32
# people and injured at least 110" is one attack (its deaths and injuries are figures).
ATTACK_TYPES = frozenset({"attack", "explosion", "accident", "disaster", "killing"})
CASUALTY_TYPES = frozenset({"killing", "injury", "death"})

# Verbs that report speech and are events only as a refusal or a non-response
# ("would not disclose", "declined to comment", "did not respond"): negated events.
NEGATED_SPEECH = words("comment disclose elaborate confirm say respond reply answer specify")

# Verbs whose past form reports speech ("she added"): events only after a modal or as an
# intended act ("plans to add more forces").
BASE_ONLY = words("add")

# Modifiers that make a definite noun of happening new: "the upcoming election".
NEW_EVENT_MODIFIERS = words("upcoming coming planned proposed scheduled forthcoming recent latest first")

# Openers of a purpose or goal: what follows in the clause is not a happening
# ("in order to support ... and ensure that ISIS does not return").
PURPOSE = r"\b(?:in order to|so as to|so that|to ensure|ensure that|ensuring|to prevent|aimed at|intended to|designed to|meant to)\b"

# Verbs and adjectives whose to-infinitive is the (planned) happening itself:
# "would seek to seize", "hopes to put", "is due to publish", "plans to open".
# After any other word the infinitive is a purpose ("invested $5m to cut waits").
CONTROL_VERBS = words(
    "seek seeks sought seeking hope hopes hoped hoping plan plans planned planning expect expects expected "
    "intend intends intended aim aims aimed want wants wanted try tries tried attempt attempts attempted "
    "prepare prepares prepared preparing due set going about able likely unlikely poised scheduled slated "
    "promise promised pledge pledged vow vowed threaten threatened threatens ready"
)

# Nouns that name a state or a thing, not a happening, however they are inflected:
# "the trial period", "a strike rate". Used to keep nominal triggers from firing on compounds.
NOMINAL_BLOCKERS = words("period rate price zone line date number level")
