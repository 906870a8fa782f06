"""People, organisations, places and groups, and how the article refers to them.

A mention is a run of capitalised words ("NATO Secretary-General Jens
Stoltenberg"). A title is split off at its last role word; the rest is the
name, typed by title (person), by head word ("... Organization",
"... Square"), by the small lexicons of well-known names, or by shape
(acronyms, two or three name-like words). The book merges mentions into
entities with aliases: surnames, acronyms in parentheses ("Islamic State
(IS)"), and descriptors such as "the NATO chief" that resolve to the person
holding that role. Pronouns resolve to the subject of the latest sentence
that names a person.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from schemas import EntityDraft
from service.backends.rules.inflect import PASTS
from service.backends.rules.lexicon import (
    COMMON_CAPITALISED,
    DEMONYMS,
    DOCUMENT_HEADS,
    GOVERNMENT_HEADS,
    GROUP_NAMES,
    HEAD_ROLES,
    LOWER_ROLE_HEADS,
    MEDIA_HEADS,
    MEDIA_NAMES,
    NAME_HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NEWSPAPER_TAILS,
    ORG_HEADS,
    ORG_NAMES,
    PLACE_HEADS,
    PLACE_NAME_TAILS,
    PLACE_NAMES,
    PUBLIC_BODY_HEADS,
    PUBLIC_MODIFIED_HEADS,
    PUBLIC_MODIFIERS,
    PUBLIC_SERVICE_PHRASES,
    REPORTING_VERBS,
    ROLE_WORDS,
    SPEECH_VERBS,
    words,
)
from service.backends.rules.numbers import compile_case_blind
from service.backends.rules.people import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    PLACE_PREFIXES,
    gender_of,
    looks_like_place,
)
from service.backends.rules.phrases import occupation_then_name, title_name_split
from service.backends.rules.sentences import PERSON_TITLE_ABBREVIATIONS, Sentence, Token, tokens
from service.grounding.linking import drop_accents, name_key
from service.pipeline.normalize import fold_key

# Prepositions after which an unknown single capitalised word is a place: "in Erbil".
PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "to", "near", "into", "across", "outside", "inside", "toward", "towards"}
)
# Lowercase organisation heads that extend a capitalised run: "the Iraqi parliament", "the U.S. military".
LOWER_ORG_HEADS = frozenset(
    {
        "parliament",
        "government",
        "military",
        "army",
        "embassy",
        "ministry",
        "police",
        "navy",
        "cabinet",
        "administration",
        "forces",
        "media",
        "secretariat",
        "delegation",
        "mission",
    }
)
# Words after a company's short name in its full name: "Brightwell Stores Inc.", "Acme Holdings plc".
CORPORATE_TAILS = words(
    "inc incorporated ltd limited plc llc corp corporation co company group holdings stores airlines airways "
    "motors bank financial industries international partners capital ag sa nv gmbh se"
)
# Last words of a business's name that no person's name ends in after a word that is no first name
# ("Korvane Industries", "Quillfen Systems", "Vantry Steel", "Halden Homes"; "Danielle Steel" keeps
# her first name): the firm is what "it" and "its" stand for, never "he" or "she".
COMPANY_NAME_TAILS = words(
    "industries systems tramways railways rail steel shipping transport logistics energy mining metals "
    "technologies technology software pharmaceuticals foods bakeries breweries homes construction "
    "telecom communications electric electronics chemicals textiles motors engineering insurance "
    "water airlines airways studios entertainment "
    # session 12: companies of our sets typed person ("Harnmoor Minerals", "Pellingham Therapeutics",
    # "Pendlewick Labs"); not surnames that are also words ("Power", "Mills", "Glass")
    "minerals turbines labs laboratories therapeutics biotech biosciences pharma semiconductors robotics "
    "aerospace automotive fisheries cement plastics cosmetics analytics freight shipyards distillers "
    "petroleum resources events media networks salt "
    # session 13: firms typed person, then taken for "he" ("Compaq Computer", a bare "Compaq" joining it)
    "computer computers footwear apparel "
    # session 17: clubs and carriers typed person, then taken for "he" ("Harbour United signed X. He scored ..."
    # named the club); not "City", "Town" (places)
    "united athletic rovers wanderers lines ferries "
    # session 18 (lead): "Medwell Pharmacies said it had suspended the supplier" took the chain for a person, so
    # "it" went to the sentence before's subject
    "pharmacies pharmacy supermarkets hotels utilities "
    # session 21: firms of our sets typed person, so typed "person" as sources ("Tarrow Markets said it ...", a
    # transit operator, a water works, a games maker, a film studio); not surnames
    "markets transit works interactive pictures "
    # session 24 (the lead's article): a builder typed person ("Ortega Build said")
    "build builders "
    # session 25 (the lead's article): a pipeline operator typed person ("operated by Redline Midstream")
    "midstream pipelines lotteries "
    # session 26 (probe of our own): "Harbour Cruises apologised" typed person, so "the company" named no one;
    # "Brightmere Dental Care said it ..." (dev22) a person: no surname after a word that is no first name
    "cruises tours care "
    # session 27 (probe of our own; dev23's "The city's processor, Greywell Materials, told the city" typed person):
    # the trades a firm's name ends in that no surname is
    "materials estates properties developments investments solutions services supplies products mutual "
    "assurance trading securities realty farms dairies packaging recycling couriers haulage research consulting "
    "economics "
    # session 29 (probe of our own: "Norvia Bikes denied that it was for sale" typed person): trades of our probe's
    # firms that no surname is
    "bikes scooters cycles mobility auctions brewing restaurants clinics"
)
# Session 31 (s31-ent): the trades written out as a family from English, not from one set (dev24's "Pallowa Distribution"
# and dev27's "Tullagorm Seafoods" were typed person, so "it" named no one); none is a surname. Read only as a name's
# last word (``_trade_tail``): inside a longer name many are adjectives ("the Retail Sales Survey" is a document).
# The trades a prefix may grow (``COMPOUND_TAILS``); ``TRADE_TAILS`` adds the whole-word ones below.
GROWABLE_TRADE_TAILS = COMPANY_NAME_TAILS | words(
    "distribution distributors wholesale wholesalers retail imports importers exports exporters brands outfitters "
    "garments fashions furniture furnishings appliances hardware machinery equipment instruments devices electrical "
    "plumbing roofing glazing joinery timber lumber printing containers storage warehousing shipbuilders fuels "
    "renewables solar hydro biofuels agritech fertilisers fertilizers grains milling flour confectionery meats poultry "
    "seafood seafoods beverages distilleries vineyards catering hospitality leisure gaming diagnostics biologics "
    "genomics vaccines quarries aggregates concrete asphalt aluminium aluminum alloys fabrication automation telecoms "
    "broadband wireless cellular computing fintech payments lending reinsurance brokerage leasing rentals lettings "
    "interiors staffing recruitment aviation maritime"
)
# Session 32: the singular places of a trade, money, technology and produce, written out as families (four first
# sights had a firm so named typed person or place: dev19 "... Brewery", "... Mobile", "... Capital", dev26
# "... Agro", dev27 "... Dairy", "... Milk", dev28 "... Coffee", "... Equities", "... Capital"); none a common
# surname ("Power", "Mills", "Glass", "Gold", "Cotton", "Lamb", "Fish" stay out). Whole words only: not grown by a
# prefix (``COMPOUND_TAILS``: "Commonwealth", "Automobile").
WHOLE_TRADE_TAILS = words(
    "brewery bakery distillery winery creamery dairy fishery foundry refinery cannery tannery pottery sawmill smelter "
    "hatchery roastery roasters abattoir bottlers "
    "capital equities ventures investors advisers advisors advisory wealth finance financial credit savings funds "
    "bancorp "
    "mobile digital online data cloud apps games "
    "agro agri agrifoods milk coffee tea cocoa chocolate sugar produce seeds oils gas"
)
# Session 31: a trade's word grown by a prefix is the same trade ("Seafoods", "Agrichemicals", "Petrochemicals",
# "Biosystems", "Geoenergy", "Microelectronics", "Aquafarms"): a tail of five letters or more after three or more.
# Not "water" ("Bridgewater", "Goodwater": surnames).
COMPOUND_TAILS = tuple(sorted(t for t in GROWABLE_TRADE_TAILS if len(t) >= 5 and t != "water"))
TRADE_TAILS = GROWABLE_TRADE_TAILS | WHOLE_TRADE_TAILS


# A network is media only after a word of broadcasting ("the Harbour Television Network"); a network of volunteers,
# tenants or campaigners is a body of its own (session 32: dev12 and dev28 gave such networks' sources "media").
_BROADCAST_WORDS = words(
    "tv television radio news broadcasting broadcast cable sports satellite media business"
)


def _newspaper_name(words_: list[str]) -> bool:
    """True when the lowercase words of a name end in a newspaper's title word (``lexicon.NEWSPAPER_TAILS``, the
    "alone" words of ``lexicon.NEWSPAPER_TAIL_WORDS``) after a word that is no first name ("Vestby Posten"; not
    "Michael Courier")."""
    return len(words_) >= 2 and words_[-1] in NEWSPAPER_TAILS and words_[0] not in _FIRST_NAMES


def _trade_tail(word: str) -> bool:
    """True when ``word`` (lowercase) is a trade's word that ends a business's name (``TRADE_TAILS``), alone or after
    a prefix of three letters or more (``COMPOUND_TAILS``)."""
    if word in TRADE_TAILS:
        return True
    return (
        len(word) >= 8
        and word.endswith(COMPOUND_TAILS)
        and any(word.endswith(t) and len(word) - len(t) >= 3 for t in COMPOUND_TAILS)
    )


# Roles a firm holds, before a comma and its name: "a dispute with the main contractor, Brightrail," (session 25, the
# lead's article: typed person, so "Brightrail said" was a person). Not "owner" or "developer" (people's roles too), and
# only where the sentence then speaks of it as a thing (``_spoken_of_as_a_thing``).
FIRM_ROLES_BEFORE_NAME = words(
    "contractor subcontractor supplier operator builder insurer lender carrier retailer manufacturer bidder "
    "maker consultancy firm company"
)
# What a firm named in apposition is then called: "which", "it", "its"; a person "he", "she" (the review of session 25:
# "The crane operator, Hughes, said he had not seen the warning").
_THING_PRONOUNS = words("which it its")
_PERSON_PRONOUNS = words("who whom whose he she his her him")


def _spoken_of_as_a_thing(toks: list[Token], j: int) -> bool:
    """Whether the rest of the sentence after a name (ending before token ``j``) speaks of it as a thing."""
    after = {t.lower for t in toks[j:]}
    return bool(after & _THING_PRONOUNS) and not after & _PERSON_PRONOUNS


# Verbs that agree with a plural after a name: "Linwood Athletic have signed", "Skerry Lines are": a team or a firm
# in British usage, never one person (whose name takes "has", "is").
PLURAL_AGREEMENT = words("have are were")
# What stands before a name opening its sentence.
_SENTENCE_OPENING = frozenset({"", ".", "!", "?", ":", "“", '"', "—"})
# Titles written before a first name alone ("Dame Philippa", "Sir Tomas"): that name is the person's first.
FIRST_NAME_TITLES = words("sir dame")
# Heads of an appositive that make the name before it an organisation:
# "Blue Ledger, a Brussels-based campaign group,", "Northline, the low-cost carrier,".
ORG_APPOSITIVE_HEADS = frozenset(
    {
        "group",
        "organisation",
        "organization",
        "company",
        "firm",
        "charity",
        "agency",
        "body",
        "association",
        "union",
        "coalition",
        "campaign",
        "network",
        "institute",
        "foundation",
        "think-tank",
        "thinktank",
        "tank",
        "carrier",
        "airline",
        "retailer",
        "bank",
        "lender",
        "insurer",
        "manufacturer",
        "maker",
        "operator",
        "developer",
        "publisher",
        "broadcaster",
        "consultancy",
        "regulator",
        "watchdog",
        "party",
        "club",
        "observatory",
        "authority",
        "utility",
        "chain",
        "startup",
        "start-up",
        "outlet",
    }
)
# The same nouns right before a name make it a firm or a body: "the grid operator Vestlinje said ... It blamed
# ..." (session 16: the operator was a person, so "it" went to the institute named before). Not the nouns a
# person's trade is also called by ("developer", "publisher", "broadcaster": "the developer Tom Ruiz").
ORG_NOUNS_BEFORE_NAME = ORG_APPOSITIVE_HEADS - words("developer publisher broadcaster campaign tank party")
# Kinds of body written before a name in a source phrase (``source_type_for``): a service too ("the
# flight-tracking service Skytally", session 20), which before a name in the text is often no body's kind.
ORG_KIND_HEADS = ORG_APPOSITIVE_HEADS | words("service firm consultancy")
# A preposition inside such an appositive: its head is before it ("Michael Ruiz, an expert at the
# institute," is a person; "Blue Ledger, a group based in Brussels," stays unsure).
_PREPOSITION_IN = re.compile(r"\s(?:at|of|for|in|with|on|from|to|who|that|which)\s")
# A kin word set before a name ("her son, Idris Penhallow", "his wife Ana"): the person's gender.
_MALE_KIN = words("son husband father brother nephew grandson uncle widower stepson")
_KIN_BEFORE = compile_case_blind(
    r"\b(?:his|her|their)\s+(?:(?:late|eldest|elder|younger|youngest|only|former)\s+)?(?P<kin>son|husband|father|"
    r"brother|nephew|grandson|uncle|widower|stepson|daughter|wife|mother|sister|niece|granddaughter|aunt|widow|"
    r"stepdaughter),?\s+$",
)
# The last letters of every kin word above ("grandson" ends in "son"), lowercased.
_KIN_ENDINGS = tuple(
    sorted(
        words("son husband father brother nephew uncle widower daughter wife mother sister niece aunt widow")
    )
)


def _kin_before(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_KIN_BEFORE.search(text, lo, hi)``, asked only where the words before ``hi`` end in a kin word, a comma
    maybe and a space, as every match does (session 28, speed: asked before every name, and most have none).
    Case-blind, the pattern's "s" and "i" also match "ſ", "ı" and "İ", which lowercase to no "s" or "i": a kin
    word holding one is searched for in full."""
    t = text[lo:hi].rstrip()
    if len(t) == hi - lo:
        return None  # no space before the name
    tail = (t[:-1] if t.endswith(",") else t)[-8:]
    if not tail.lower().endswith(_KIN_ENDINGS) and not ("ſ" in tail or "ı" in tail or "İ" in tail):
        return None
    return _KIN_BEFORE.search(text, lo, hi)


# What every ``DESCRIPTOR`` match holds (its role; the pattern is case-sensitive): asked first of a sentence (session
# 28, speed).
_DESCRIPTOR_ROLES = ("chief", "head", "leader", "secretary", "president", "director", "chairman", "spokes")


# Nouns of a settlement or area a name after "of" is the name of.
SETTLEMENT_NOUNS = words(
    "town city village port county region province district parish borough suburb island"
)
_WHICH_AFTER = re.compile(r",\s+which\s")
# What a body does after "it" opening its own claim: an auxiliary or a verb of intent, then a verb that is no
# expletive's or weather's ("it would appeal", "it had hired"; not "it would be hard to", "it would take weeks",
# "it will rain"). Shared with ``attributions.IT_IS_THE_SOURCE`` (session 18), which names the body in the claim.
BODY_IT_REST = (
    r"\s+(?:would|will|had|has|could|can|may|might|should|must|did|does|plans|planned|intends|intended|"
    r"expects|expected|hopes|hoped|aims|aimed|wants|wanted|needs|needed)\s+(?!(?:be|been|take|cost|seem|appear|"
    r"make|mean|require|depend|cause|become|help|matter|affect|happen|rain|snow|freeze|thaw|pour|hail|drizzle|"
    r"clear|get\s+(?:colder|warmer|worse|better))\b)[a-z]"
)
# A name that speaks as a body does (session 20): a relative "which" set off before its reporting verb ("Tollerby,
# which employs about 18,000 people, said"; people take "who"), or "it" opening what it said, with a venue or
# "that" between ("Quenby denied that it would try ...", "Dunhollow Line said in a statement that it had hired").
# A number's comma stays inside the relative clause.
_WHICH_THEN_VERB = re.compile(
    r",\s+which\s+(?:[^,.;:“”\"]|(?<=\d)[,.](?=\d)){1,120},\s+(?:[a-z]+ly\s+)?(?P<v>[a-z]+)\b"
)
_VERB_THEN_IT = re.compile(
    r"(?:\s*,(?!\s*who)[^,.;:“”\"]{1,90},)?\s+(?:[a-z]+ly\s+)?(?P<v>[a-z]+)"
    r"(?:\s+(?:in|on)\s+(?:a|an|its|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)?(?:\s+that)?\s+it"
    + BODY_IT_REST
)
# An indefinite description whose head a post-modifier follows, then a comma right before a name (session 33; the
# shape of ``speakers._POSTMODIFIED_DESCRIPTION``): "A group opposed to vaccine mandates, ", "a charity that runs
# shelters, ", "A union representing bus drivers, ".
_POSTMODIFIED_KIND_BEFORE = re.compile(
    r"(?:^|(?<=[\s(“\"]))[Aa]n?\s+(?:[\w’'-]+\s+){0,2}?(?P<head>[a-z][\w’'-]*)\s+"
    r"(?:[a-z]+ing|[a-z]+ed|that|which|who|based|set|known|made|run|led|held|built|founded)\s+[^,;:“”\"]{1,80}?,\s+$"
)
_APPOSITIVE_HEAD_THEN_OF = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\s+(?:for|of|representing)\s"
)
APPOSITIVE_ORG = re.compile(r"^,\s+(?:a|an|the)\s+[^,.;]{0,60}?\b(?P<head>[a-z][\w-]*)\s*(?:,|\.|$)")
# Honorifics written with a period before a name: "Mr. Lind" is one run, titled "Mr.". Not every title of the
# table: with "Rev." in the run a person became "Rev. NAME" typed "other", and the others moved names of PolNeAR
# train's unread sample (session 21), so they stay out; nor "det" (session 33), a title only before another rank ("Det.
# Insp."): "Det. Brenn" became one run typed "other".
HONORIFIC_ABBREVIATIONS = PERSON_TITLE_ABBREVIATIONS - words("prof maj adm rev hon fr pres det")
# Acronym or alternative name right after a name: "Islamic State (IS)", "ISIS [Islamic State]".
PAREN_ALIAS = re.compile(r"^,?\s*[(\[](?P<alias>[A-Z][\w.’' -]{0,60}?)[)\]]")
# Appositive after a name: "Lloyd Austin, the United States’ Secretary of Defence,".
APPOSITIVE = re.compile(
    r"^(?:\s*\([A-Z]\))?,\s+(?P<app>(?:the|a|an)\s+[^,.;“”\"]{3,80}?)(?=,|\s+(?:said|says|told|added)\b)"
)
# Possessor opening a title: "the United States’ ", "NATO's ".
POSSESSOR = re.compile(
    r"^(?:the|a|an)\s+(?:(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*(?:’s|'s|’|')\s+)?", re.IGNORECASE
)
# Lowercase role phrase right before a name: "supreme leader Ayatollah Khamenei", "top general, Qasem Soleimani".
ROLE_BEFORE = re.compile(r"(?:^|[\s(])(?P<role>(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*))\s*,?\s*$")
# "the NATO chief", "the NATO secretary general", "the alliance chief".
# "[Tt](?<!\w.)he" is "\b[Tt]he" led by its first letter, which the engine skips to in C (a leading
# "\b" is tried at every character): half the scan's time, the same matches.
DESCRIPTOR = re.compile(
    r"(?P<the>[Tt](?<!\w.)he)\s+(?P<org>[A-Z][\w.-]*)\s+(?P<role>chief|head|leader|secretary[- ]general|president|director|chairman|spokesman|spokeswoman|spokesperson)\b"
)


# Short forms every reader expands; the entity is named by the full form.
KNOWN_SHORT_FORMS: dict[str, str] = {
    "u.s.": "United States",
    "us": "United States",
    "usa": "United States",
    "u.k.": "United Kingdom",
    "uk": "United Kingdom",
    "u.n.": "United Nations",
    "un": "United Nations",
    "eu": "European Union",
    "e.u.": "European Union",
    "uae": "United Arab Emirates",
}


# "the head of the military alliance", "the chief of NATO".
HEAD_OF = re.compile(
    r"\b[Tt]he\s+(?P<role>head|chief|leader|president|director|secretary[- ]general)\s+of\s+(?:the\s+)?(?P<org>[\w.’' -]{2,60})$"
)


# A definite description names the person last named with its office within this many characters
# before it ("Sen. Alan Ford responded first. ... “...,” the Ohio senator said").
TITLED_REACH = 1200
# Offices as titles write them and as descriptions do: abbreviations and their words are one office.
# An office is one person's at a time in a story, so "the senator" after "Sen. Alan Ford" is Ford.
OFFICE_FORMS: dict[str, str] = {
    "sen": "senator",
    "senator": "senator",
    "gov": "governor",
    "governor": "governor",
    "rep": "representative",
    "representative": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "mayor": "mayor",
    "president": "president",
    "pres": "president",
    "candidate": "candidate",
    "nominee": "nominee",
    "front-runner": "front-runner",
    "frontrunner": "front-runner",
    "minister": "minister",
    "secretary": "secretary",
    "chancellor": "chancellor",
    "ambassador": "ambassador",
    "judge": "judge",
    "justice": "justice",
    "sheriff": "sheriff",
    "prosecutor": "prosecutor",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "chair": "chair",
    "councillor": "councillor",
    "councilman": "councillor",
    "councilwoman": "councillor",
    # Offices of firms, unions, teams and schools (session 12): "The airline's chief executive, Tomas
    # Ruhl, ..." then "“...,” the executive said" left the quote to "the executive". Offices a story
    # gives to several people at once (officer, lawyer, analyst, detective) stay out.
    "executive": "executive",
    "ceo": "executive",
    "chief": "chief",
    "director": "director",
    "manager": "manager",
    "coach": "coach",
    "captain": "captain",
    "founder": "founder",
    "owner": "owner",
    "principal": "principal",
    "headteacher": "headteacher",
    "headmaster": "headteacher",
    "headmistress": "headteacher",
    "leader": "leader",
    "commissioner": "commissioner",
    "superintendent": "superintendent",
    "administrator": "administrator",
    "premier": "premier",
}


def _former(text: str) -> bool:
    """True for a title or description of an office once held: "former", "ex-", "then"."""
    return re.search(r"\b(?:former|ex-|then|onetime|one-time|retired|late)\b", text.lower()) is not None


def title_roles(text: str) -> frozenset[str]:
    """The offices a title or description names: "Sen." -> senator, "the Ohio senator and Republican
    candidate" -> senator, candidate."""
    return frozenset(OFFICE_FORMS[w] for w in re.findall(r"[a-z][\w-]*", text.lower()) if w in OFFICE_FORMS)


def descriptor_person(text: str, book: EntityBook) -> str | None:
    """The person a role description names: "the NATO chief", "the head of the alliance"."""
    d = DESCRIPTOR.search(text)
    if d:
        return book.person_by_role(d.group("org"), d.group("role"))
    h = HEAD_OF.search(text)
    if h:
        return book.person_by_role(h.group("org").split()[-1], h.group("role"))
    return None


@dataclass
class Mention:
    start: int  # absolute offset of the name (title excluded)
    end: int
    text: str
    type: str
    title: str | None = None
    key: str = ""  # entity key after merging
    in_quote: bool = False


@dataclass
class EntityRecord:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)


def _is_cap(tok: Token) -> bool:
    t = tok.text
    if t[:1].isupper():
        return True
    if "-" not in t:
        return False  # most words: no particle can be glued to a name (session 17, speed)
    # "al-Kadhimi": a particle glued to a capitalised name
    head, dash, rest = t.partition("-")
    return bool(dash) and head.lower() in NAME_PARTICLES and rest[:1].isupper()


def _strip_possessive(text: str) -> tuple[str, bool]:
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            return text[: -len(suffix)], True
    return text, False


def strip_possessive(text: str) -> str:
    """The word or name without a closing possessive: "Council’s" -> "Council"."""
    return _strip_possessive(text)[0]


_NAME_WORD = re.compile(r"[\w’'-]+")


def _person_key(name: str) -> str:
    words = [w for w in _NAME_WORD.findall(name.lower()) if len(w) > 1 and w not in NAME_SUFFIXES]
    if len(words) < 2:
        return ""
    return f"{words[0]} {words[-1]}"


_THE_HEAD = re.compile(r"(?:the|this)\s+(?P<head>[a-z][\w-]*)", re.IGNORECASE)
# A sentence's opening subject: "The bank," / "The company said", or a capitalised name of one to four words, then a
# comma or a verb (a word in -ed, a reporting verb, an auxiliary); "Corvessin shares fell" opens with no subject here.
# Session 32: the irregular pasts too ("Arden Housing Association bought land from Velton District Council. It said"),
# and the other modals, so the body opening a sentence with such a verb is what "It" opening the next stands for.
# A group of the public opening a sentence as its subject (head in ``PUBLIC_GROUPS``, checked by the reader): "Some
# residents of Eastfield have objected", "Local farmers were angry", "Many parents at the school said" (session 33).
_PEOPLE_OPENING = re.compile(
    r"(?P<np>(?:(?:Some|Many|Most|Several|Other|Local|Angry|Worried|Dozens\s+of|Hundreds\s+of)\s+)?"
    r"(?:[a-z][\w-]*\s+)?(?P<head>[A-Za-z][a-z]+)"
    r"(?:\s+(?:of|in|from|at|near|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)"
    r"\s+(?:have|has|had|were|are|said|say|says|told|will|would|could|[a-z]+ed)\b"
)
_OPENING_SUBJECT = re.compile(
    r"(?P<np>The\s+[a-z][\w-]*|(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'&.-]*){0,3})"
    r"(?=,|\s+(?:said|says|told|has|had|have|is|was|were|are|will|would|could|can|may|might|must|should|[a-z]+ed|"
    + "|".join(sorted(PASTS, key=len, reverse=True))
    + r")\b)"
)


class Referent(NamedTuple):
    """What a pronoun stands for (``EntityBook.pronoun_referent``, session 32).

    ``name``: the canonical name of a person or body of the book, or, for a thing, the phrase as written ("the
    ship"). ``kind``: "person", "body" or "thing". ``how``: "subject" (the subject opening the sentence before, or a
    pronoun there resolved the same way), "earlier" (the body opening the sentence before that one, when the
    sentence before opens with a description no name ends in), "latest" (the latest body named before the pronoun)
    or "person" (``subject_before``'s person)."""

    name: str
    kind: str
    how: str


# What may stand between a sentence's start and its pronoun subject for the pronoun still to open the sentence
# (``EntityBook.pronoun_referent``): a coordinator or a sentence adverb ("But it said", "However, it said"), or a
# short fronted phrase set off by a comma ("On Tuesday, it said", "In a statement, they said") or a time without
# one ("Last year it hired").
_PRONOUN_LEAD_IN = re.compile(
    r"(?:(?:And|But|So|Yet|Still|Instead|However|Meanwhile|Separately|Later|Earlier|Previously|Since\s+then|"
    r"Now|Then|Also|Indeed|Overall)\s*,?\s+"
    r"|(?:On|In|At|By|After|Before|Last|This|Since|Until|During|Over|Within|Under|Through|For|From|Earlier|Later)"
    r"(?:\s+[\w’'-]+){1,6}?\s*,\s+"
    r"|(?:Last|This|Earlier|Later|On)\s+[\w-]+(?:\s+[\w-]+)?\s+)"
)
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
_BODY_PRONOUNS = frozenset({"it", "its"})
_PLURAL_PRONOUNS = frozenset({"they", "their", "them"})
# "The <noun>" opening the sentence before, read as a thing when no body of the book answers it (``things``).
_THE_NOUN = re.compile(r"The\s+(?P<head>[a-z][\w-]*)")
# A closing cue whose subject is a body's kind: ", the club said." / ", the company said on Monday." (what "It" opening
# the next sentence stands for when the sentence opens with no body, session 32).
_CLOSING_BODY_CUE = re.compile(
    r",\s+the\s+(?P<head>[a-z][\w-]*)\s+(?:said|says|added|confirmed|announced)(?:\s+on\s+[A-Z][a-z]+)?[.!]?\s*$"
)
# How many pronouns opening sentences one after another ``pronoun_referent`` follows back ("It said ... It added").
_PRONOUN_CHAIN = 4


# Session 28 (the lead's reading): a person brought in by an indefinite description ("One buyer, a retired surgeon
# from Bath, said he had spent his savings"; "A neighbour said she heard a bang") is someone new, never a person named
# before; the "he"/"she" of their own report, and of the quote that goes on with it, is that person. Before, the
# pronoun went to the last person named ("Laurent Vessiere had spent his savings", the quote given to him). Session
# 30: moved from ``speakers`` into the book, which ``EntityBook.subject_before`` asks (``said_before``).
_UNNAMED_SAYER = re.compile(
    r"(?:^|(?<=[.!?])[”\"’']?\s+)(?P<who>(?:One|A|An|Another)\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*))"
    r"(?:,\s+[^,.;“”\"]{1,80},)?\s+(?:said|says|told|added|explained|recalled)\s+(?:[a-z]+\s+){0,2}?(?:that\s+)?"
    r"(?P<pron>[Hh]e|[Ss]he)\b"
)
# Heads an indefinite description of one person cannot have: bodies, and nouns of many people.
UNNAMED_NOT_ONE_PERSON = ORG_HEADS | words(
    "company firm group business bank council agency board union team crew family staff police people government "
    "report study survey statement letter document spokesperson"
)


def unnamed_sayer(text: str, pronoun: str) -> tuple[int, str] | None:
    """The indefinite description of one person whose report in ``text`` (the words before a pronoun's sentence, or
    before the pronoun in its own) opens with ``pronoun``, the last such in ``text``, with its offset in ``text``;
    None when there is none."""
    if "said" not in text and "says" not in text and "told" not in text and "added" not in text:
        return None  # (the cheap test first: most sentences name no such sayer)
    found = None
    for m in _UNNAMED_SAYER.finditer(text):
        head = m.group("head").lower()
        if m.group("pron").lower() != pronoun.lower() or head in UNNAMED_NOT_ONE_PERSON:
            continue
        if head.endswith("s") and not head.endswith("ss"):
            continue  # "One of the workers' ..." / a plural head: no one person
        found = (m.start("who"), m.group("who"))
    return found


class EntityBook:
    """Entities found in the body, with their mentions in reading order."""

    def __init__(self) -> None:
        self.records: dict[str, EntityRecord] = {}
        # Whether the mention being added may be a first name alone of a person named in full (``add_mention``'s
        # caller clears it after a kin word or a description: "Her daughter Sarah" is no "Sarah Jones").
        self.first_name_may_link = True
        # Whether the mention being added speaks as a body does ("Corvale said it had halted ...", ``_speaks_as_body``):
        # a bare word then may be the short name of a multi-word name the tables typed a person (session 30).
        self.speaks_as_body = False
        self.mentions: list[Mention] = []
        self._by_key: dict[str, str] = {}  # name_key of any form -> record key
        self._by_person: dict[str, str] = {}
        self._mention_starts: list[int] = []
        self._subject_starts: list[int] = []
        self._subjects: list[
            tuple[int, int, str]
        ] = []  # (sentence start, sentence end, record key of first person)
        # Every sentence's people outside quotes, in reading order: (sentence start, [(mention start, key)]).
        self._people: list[tuple[int, list[tuple[int, str]]]] = []
        self._people_starts: list[int] = []
        self._gender: dict[str, str | None] = {}
        # The genders the article's own "he"/"she" give a person whose name says none ("Kelly Ayotte ...,
        # saying she was appalled"): read where the person opens a sentence and its next pronoun follows
        # with no one named between (see ``note_said_gender``).
        self._said_gender: dict[str, set[str]] = {}
        # Where each body sentence starts, and the people found speaking in one (the quote finder
        # notes them): "he said" after "“...,” Sarandon, 69, told MSNBC" is the one who spoke.
        self._sentence_starts: list[int] = []
        # The subject opening each sentence, by sentence start, when it is "The <head>" or a capitalised name before
        # a verb or a comma (``_OPENING_SUBJECT``): what "It" opening the next sentence stands for (session 31).
        self.openings: dict[int, str] = {}
        self._speaking: set[tuple[int, str]] = set()  # (sentence start, record key)
        # Where "he" and "she" stand outside quotes, by sentence start: (offset, "m" or "f").
        self._pronouns: dict[int, list[tuple[int, str]]] = {}
        # Starts of person mentions that qualify another person's role ("Obama consultant Cornell Belcher"):
        # no subject, so a pronoun prefers their sentence's other people (session 12).
        self._minor: set[int] = set()
        # name_key of every name the book has compared, for this article: the lookups scan the
        # records and key each record's name again per mention (a few names, hundreds of times).
        self._keys: dict[str, str] = {}
        # Where each record is first named (built at the first lookup that needs it, after the book is read).
        self._first_seen: dict[str, int] | None = None
        # People named as a body's spokesperson, by record key: the body's type, "government" or "organization"
        # ("A spokeswoman for the department, Lina Marrow, said": session 22, ``spokesperson_body_type``).
        self._spokespeople: dict[str, str] = {}
        # Bodies named outside quotes, in reading order: (mention start, paragraph, record key, whether the body is
        # the subject of a reporting verb there). ``body_that_spoke`` reads them (session 27).
        self._bodies_named: list[tuple[int, int, str, bool]] = []
        self._sentence_blocks: list[int] = []  # the paragraph of each sentence in ``_sentence_starts``
        self._sentence_texts: list[str] = []  # the text of each sentence in ``_sentence_starts``
        # Keys of capitalised words the article uses only as common nouns opening a sentence ("Beet from about 900
        # farms ...", ``_common_noun_opening``): no short name of anyone, so ``canonical`` leaves them (session 30).
        self.common_openings: set[str] = set()
        # Starts of bodies named inside a person's appositive ("Dr Ines Maro, a marine biologist at the Tessaly
        # Institute, said"): where the person works, never what a later "It" opening a sentence stands for.
        self.aside_bodies: set[int] = set()

    def _name_key(self, name: str) -> str:
        k = self._keys.get(name)
        if k is None:
            k = self._keys[name] = name_key(name)
        return k

    # ------------------------------------------------------------------ building

    def _record_for(self, name: str, etype: str) -> str:
        k = self._name_key(name)
        if k in self._by_key:
            return self._by_key[k]
        if etype == "person":
            pk = _person_key(name)
            if pk and pk in self._by_person:
                rk = self._by_person[pk]
                self._alias(rk, name)
                return rk
            # A single word that is the surname of a known person is that person; a hyphenated surname is one
            # written word of two key words ("Ellin-Varr" after "Marcus Ellin-Varr", session 19: dev13's
            # quote speaker stayed the bare surname).
            if len(name.split()) == 1 and k:
                hits = {
                    rk
                    for rk, r in self.records.items()
                    if r.type == "person"
                    and (
                        self._name_key(r.name).split()[-1:] == [k]
                        if " " not in k
                        else len(r.name.split()) > 1 and self._name_key(r.name.split()[-1]) == k
                    )
                }
                if len(hits) == 1:
                    rk = hits.pop()
                    self._alias(rk, name)
                    return rk
                if (
                    not hits
                    and self.first_name_may_link
                    and (full := self.person_by_first_name(name)) is not None
                ):
                    # "Amira Haddad ... Amira, who said": a first name alone, of one person named in full, is that
                    # person (session 26, the lead's reading: a record of its own, typed "other" as a source)
                    rk = self._by_key[self._name_key(full)]
                    self._alias(rk, name)
                    return rk
                # ... and one that opens the name of exactly one company named before is its short name:
                # "Quillfen Systems said ... Quillfen said" made Quillfen a person (session 12: on our sets
                # 19 company sources were typed person this way)
                orgs = {
                    rk
                    for rk, r in self.records.items()
                    if (
                        r.type == "organization"
                        # Session 30 (the lead's note): "Corvale Nutrition has recalled ... Corvale said it had
                        # halted ...": a name whose last word no table knows was typed a person; its first word
                        # speaking as a body is its short name (and the body retypes it, ``_bodies_typed_as_people``)
                        or (
                            self.speaks_as_body
                            and r.type == "person"
                            and k not in _FIRST_NAMES
                            and not r.titles
                        )
                    )
                    and self._name_key(r.name).split()[:1] == [k]
                    and " " in r.name
                }
                if not hits and len(orgs) == 1:
                    rk = orgs.pop()
                    self._alias(rk, name)
                    return rk
        self.records[k] = EntityRecord(name=name, type=etype)
        self._by_key[k] = k
        if etype == "person" and (pk := _person_key(name)):
            self._by_person.setdefault(pk, k)
        return k

    def _alias(self, rk: str, form: str) -> None:
        rec = self.records[rk]
        if self._name_key(form) == self._name_key(rec.name):
            return
        # The fullest form is the canonical name.
        looks_like_name = all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in form.split())
        if rec.type == "person" and looks_like_name and len(form.split()) > len(rec.name.split()):
            rec.aliases.append(rec.name)
            rec.name = form
        elif form not in rec.aliases:
            rec.aliases.append(form)
        self._by_key.setdefault(self._name_key(form), rk)

    def add_mention(self, m: Mention) -> None:
        full = KNOWN_SHORT_FORMS.get(fold_key(m.text))
        if full is not None:
            rk_full = self._record_for(full, m.type)
            self._alias(rk_full, m.text)
        rk = self._first_name_after_title(m) or self._record_for(m.text, m.type)
        m.key = rk
        if m.title:
            rec = self.records[rk]
            if m.title not in rec.titles:
                rec.titles.append(m.title)
        self.mentions.append(m)

    def _first_name_after_title(self, m: Mention) -> str | None:
        """The person a British honour's title and a first name stand for: "Dame Philippa" after "Dame
        Philippa Ormsgill" (session 16: a second person "Philippa" was the quote's speaker). Only titles
        written before a first name (``FIRST_NAME_TITLES``), and only when one person has that first name."""
        if (
            m.type != "person"
            or " " in m.text
            or (m.title or "").lower().rstrip(".") not in FIRST_NAME_TITLES
        ):
            return None
        k = self._name_key(m.text)
        hits = {
            rk
            for rk, r in self.records.items()
            if r.type == "person" and len(r.name.split()) >= 2 and self._name_key(r.name).split()[0] == k
        }
        if len(hits) != 1:
            return None
        rk = hits.pop()
        self._alias(rk, m.text)
        return rk

    # ------------------------------------------------------------------ lookups

    def record(self, key: str) -> EntityRecord | None:
        return self.records.get(key)

    def body_that_spoke(self, phrase: str, pos: int) -> str | None:
        """The one firm a generic description ("the company", "the firm", "the group") stands for at ``pos`` in
        paragraph ``block``: the paragraph and the one before name exactly one body of that kind before ``pos``, and
        it is the subject of a reporting verb there ("Bramwell Shipping said ... “...,” the company said"). Two
        bodies, or one only bought, sold or sued ("Halden Bank agreed to buy Corrie Savings"), leave the
        description as written (session 27; session 26 took the last firm named, the one bought)."""
        kinds = GENERIC_BODY_DESCRIPTIONS.get(fold_key(phrase.strip()))
        if kinds is None or not self._bodies_named:
            return None
        j = bisect.bisect_right(self._sentence_starts, pos) - 1
        if j < 0:
            return None
        block = self._sentence_blocks[j]
        named: set[str] = set()
        spoke = False
        for start, b, key, said in self._bodies_named:
            if start >= pos:
                break
            if b < block - 1 or b > block:
                continue
            rec = self.records.get(key)
            if rec is None or rec.type not in kinds:
                continue
            low = _DOTTED_WORD.findall(rec.name.lower())
            if _public_body(low) or (low and low[-1] in MEDIA_HEADS) or rec.name.lower() in MEDIA_NAMES:
                return None  # a ministry, a court or an outlet in reach: no company the writer means for sure
            named.add(key)
            spoke = spoke or said
        if len(named) != 1 or not spoke:
            return None
        return self.records[named.pop()].name

    def firm_described(self, description: str, pos: int) -> str | None:
        """The one firm a description by no name of its own stands for at absolute offset ``pos``, or None: "the
        company", "the firm", "the business", "the group" (``GENERIC_BODY_DESCRIPTIONS``) and a firm by its trade, "the
        lender", "the club", "the airline" (``TRADE_DESCRIPTIONS``; session 31). The one name in the
        ``FIRM_DESCRIBED_REACH`` characters before ``pos`` (outside quotes) of a record of the description's kinds that
        ``source_type_for`` types an organisation (no body of the state, no outlet), whose name is not all kind words
        ("Board" of "Board chair Lorraine Quaintance"), and that opens a sentence there ("Kelda Foods will shut its
        bakery ... The firm said"). None when a second such firm is in reach ("Marrow Energy agreed to buy Selby Power
        Systems. The company said"), or a name the book typed a person with no title and no first name ("Halden Motors
        and its rival Pexa Cars"), which may be the firm meant. One method for every reader of a description (session
        31: ``attributions._generic_body`` of session 30, and the summaries' ``_description_named`` next), so that one
        article's "the company" is never two firms."""
        key = fold_key(description.strip())
        kinds = GENERIC_BODY_DESCRIPTIONS.get(key) or (
            ("organization",) if key in TRADE_DESCRIPTIONS else None
        )
        if kinds is None:
            return None
        firms: set[str] = set()
        opening: set[str] = set()
        for m in self.mentions_between(max(0, pos - FIRM_DESCRIBED_REACH), pos):
            rec = self.record(m.key)
            if m.in_quote or rec is None:
                continue
            if rec.type == "person" and not rec.titles and rec.name.split()[0].lower() not in _FIRST_NAMES:
                return None
            if rec.type not in kinds or source_type_for(rec.name, self) != "organization":
                continue
            if all(w in _FIRM_KIND_WORDS for w in rec.name.lower().split()):
                continue
            firms.add(rec.name)
            if self.opens_sentence(m.start):
                opening.add(rec.name)
        return opening.pop() if len(firms) == 1 and len(opening) == 1 else None

    def opens_sentence(self, pos: int) -> bool:
        """Whether ``pos`` is where a sentence of the article starts (session 30: a firm opening its sentence)."""
        i = bisect.bisect_left(self._sentence_starts, pos)
        return i < len(self._sentence_starts) and self._sentence_starts[i] == pos

    def organisation_before(self, pos: int) -> str | None:
        """What "it" stands for as a speaker: the latest organisation named before ``pos``, not one named only as
        where a person works in the person's appositive (``aside_bodies``, session 30).

        Session 31 (the lead's note): at a sentence's start, the body that is the subject of the sentence before
        comes first ("The bank, which did not dispute the findings, received a discount. It said ...": the bank,
        not the regulator named two sentences before; "The company said divers had found ... when the ship struck
        ... It will hire ...": the company), when that subject opens its sentence and names one body of the book
        (its name, or "the <head>" of one body named before, ``by_head``)."""
        # Session 32: the steps are ``pronoun_referent``'s for "it" (at the sentence's very start only, no lead-in).
        ref = self._opening_referent(pos, False, False, _PRONOUN_CHAIN, lead_in=False)
        return ref.name if ref is not None else self._latest_body(pos)

    def _opening_body(self, opening: str, at: int) -> str | None:
        """The organisation the subject ``opening`` of the sentence at ``at`` names (see ``organisation_before``)."""
        if opening[:1].islower() or opening.split()[0].lower() in ("the", "this"):
            return self.by_head(opening, at)
        rk = self._by_key.get(self._name_key(self.canonical(opening)))
        rec = self.records.get(rk) if rk is not None else None
        return rec.name if rec is not None and rec.type in ("organization", "group") else None

    def pronoun_referent(self, pos: int, pronoun: str, things: bool = False) -> Referent | None:
        """What the pronoun ``pronoun`` at absolute offset ``pos`` stands for, or None (session 32: the one resolver
        the attributions', the speakers' and the summaries' pronouns share; before, each had its own and they
        disagreed on one article).

        - "he", "she", "him", "his", "her": ``subject_before`` (the gender, place and pronoun-first checks), kind
          "person".
        - "it", "its", "they", "their", "them" opening a sentence (nothing before them in it, or only a coordinator,
          a sentence adverb or a short fronted phrase: ``_PRONOUN_LEAD_IN``): first the subject opening the sentence
          before (``openings``) when it names one body of the book (its name, or "the <head>" of one body named
          before, ``by_head``); a pronoun opening that sentence is followed back the same way (up to
          ``_PRONOUN_CHAIN`` sentences); then, when that subject is "The <head>" no body answers and the sentence
          before it in the same paragraph opens with a name, the body that name is ("earlier"); with ``things``, a
          "The <noun>" subject no body answers is returned as written, kind "thing" (the ship struck ... It will be
          towed).
        - Then, for "it"/"its" only, the latest organisation or group named before ``pos`` outside quotes, not one
          named only as where a person works (``aside_bodies``): ``organisation_before``'s answer ("latest").

        Agreement: "it"/"its" takes an organisation or a group, "they"/"their"/"them" only a group (a body of people:
        "The Harbour Guild"'s members are no "they" here, a company's "they" is left) or, with ``things``, a plural
        "The <noun>s"; "they" has no "latest" step."""
        w = pronoun.lower()
        if w in _PERSONAL_PRONOUNS:
            who = self.subject_before(pos, pronoun=w)
            return Referent(who, "person", "person") if who else None
        if w not in _BODY_PRONOUNS and w not in _PLURAL_PRONOUNS:
            return None
        found = self._opening_referent(pos, w in _PLURAL_PRONOUNS, things, _PRONOUN_CHAIN)
        if found is not None:
            return found
        if w in _PLURAL_PRONOUNS:
            return None
        latest = self._latest_body(pos)
        return Referent(latest, "body", "latest") if latest is not None else None

    def _opening_referent(
        self, pos: int, plural: bool, things: bool, chain: int, lead_in: bool = True
    ) -> Referent | None:
        """``pronoun_referent``'s steps for a pronoun opening its sentence at ``pos`` (None elsewhere; with
        ``lead_in`` False, only at the sentence's very start)."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i < 1:
            return None
        start = self._sentence_starts[i]
        if pos > start and not lead_in:
            return None
        if pos > start:
            lead = self._sentence_texts[i][: pos - start]
            if len(lead) > 60 or _PRONOUN_LEAD_IN.fullmatch(lead) is None:
                return None
            if any(m.type in ("organization", "group", "person") for m in self.mentions_between(start, pos)):
                return None  # "After Tenby Water's warning, it ...": a name in the lead-in may be meant
        prev = self._sentence_starts[i - 1]
        opening = self.openings.get(prev)
        if (
            opening is None
            and plural
            and (people := _PEOPLE_OPENING.match(self._sentence_texts[i - 1])) is not None
            and people.group("head").lower() in PUBLIC_GROUPS
        ):
            # "Some residents of Eastfield have objected. They said ...": a group of the public opening the sentence
            # before, as written (session 33, the lead's note 3: "they" named no one, or the organisers of the sentence
            # before that)
            return Referent(people.group("np"), "group", "subject")
        if opening is None:
            return None if plural else self._closing_body(i - 1)
        first = opening.split()[0]
        if first.lower() in _BODY_PRONOUNS | _PLURAL_PRONOUNS and len(opening.split()) == 1:
            # "Tenby Water said ... It has handed out ... It said ...": the pronoun before stands for the same body
            if chain <= 0 or (first.lower() in _PLURAL_PRONOUNS) != plural:
                return None
            return self._opening_referent(prev, plural, things, chain - 1, lead_in)
        named = self._opening_body(opening, prev)
        if named is None and first == "The" and len(opening) > 4 and opening[4:5].isupper():
            # "The Marlow Shipping Company said": the name after "The"
            named = self._opening_body(opening[4:], prev)
        if named is not None:
            return Referent(named, "body", "subject") if self._agrees(named, plural) else None
        if (
            first == "The"
            and ((head := opening.split()[-1].lower()) in ORG_KIND_HEADS or head in ORG_HEADS)
            and i > 1
            and self._sentence_blocks[i - 2] == self._sentence_blocks[i - 1]
            and (earlier := self.openings.get(self._sentence_starts[i - 2])) is not None
            and earlier.split()[0] != "The"
            and (named := self._opening_body(earlier, self._sentence_starts[i - 2])) is not None
        ):
            # "Corbin Mutual was warned by the regulator. The insurer, which ..., settled. It said ...": a description
            # of a body ("The insurer", "The lender"; not "The barge") no name ends in stands for the body opening the
            # sentence before it.
            return Referent(named, "body", "earlier") if self._agrees(named, plural) else None
        if not plural and (closing := self._closing_body(i - 1)) is not None:
            return closing
        if things and (noun := _THE_NOUN.fullmatch(opening)) is not None:
            head = noun.group("head")
            if (head.endswith("s") and not head.endswith("ss")) == plural:
                return Referent("the " + head, "thing", "subject")
        return None

    def _closing_body(self, i: int) -> Referent | None:
        """The body whose words the sentence ``i`` reports by a closing cue with its kind as subject: "Dale Prior has
        left after six years, the club said. It thanked him ..." (the lead's note 1, session 32): the one body of that
        kind named before (``by_head``), else the description itself ("the club")."""
        closing = _CLOSING_BODY_CUE.search(self._sentence_texts[i])
        if closing is None:
            return None
        head = closing.group("head").lower()
        named = self.by_head("the " + head, self._sentence_starts[i])
        if named is not None:
            return Referent(named, "body", "subject")
        if head in ORG_KIND_HEADS or head in ORG_HEADS:
            return Referent("the " + head, "body", "subject")
        return None

    def _agrees(self, name: str, plural: bool) -> bool:
        """Whether the body ``name`` can be "they" (``plural``: a group) or "it" (an organisation or a group)."""
        if not plural:
            return True
        rk = self._by_key.get(self._name_key(name))
        return rk is not None and self.records[rk].type == "group"

    def _latest_body(self, pos: int) -> str | None:
        """The latest organisation or group named before ``pos`` outside quotes, not in a person's appositive."""
        j = bisect.bisect_left(self._mention_starts, pos) - 1
        while j >= 0:
            m = self.mentions[j]
            if not m.in_quote and m.end <= pos and m.start not in self.aside_bodies:
                rec = self.records.get(m.key)
                if rec is not None and rec.type in ("organization", "group"):
                    return rec.name
            j -= 1
        return None

    def by_head(self, phrase: str, pos: int | None = None) -> str | None:
        """The one organisation a definite description names by its head: "the observatory".

        With ``pos`` (where the description stands), only organisations named before it count, and a
        name that opens with the head before "of" has it too: "the bank" after "the Bank of Corvenia" is
        that bank, not "Kessimer Bank" named further on (session 16)."""
        described = phrase.strip().lower()
        if described.startswith(("the ", "this ")):
            # A body's kind written with its name before: "the operator", "the ferry operator" (session 18).
            form = "the " + described.split(" ", 1)[1]
            kinds = {
                r.name
                for rk, r in self.records.items()
                if r.type in ("organization", "group")
                and (pos is None or self._seen_before(rk, pos))
                and any(
                    al.startswith("the ") and (al == form or al.split()[-1] == form.split()[-1] == form[4:])
                    for al in (x.lower() for x in r.aliases)
                )
            }
            if len(kinds) == 1:
                return kinds.pop()
        m = _THE_HEAD.fullmatch(phrase.strip())
        if m is None:
            return None
        head = m.group("head").lower()
        if pos is None:
            hits = {
                r.name
                for r in self.records.values()
                if r.type in ("organization", "group")
                and r.name.split()
                and r.name.split()[-1].lower() == head
            }
            return hits.pop() if len(hits) == 1 else None
        if self._first_seen is None:
            self._first_seen = {}
            for mn in self.mentions:
                self._first_seen[mn.key] = min(mn.start, self._first_seen.get(mn.key, mn.start))
        hits = set()
        for rk, r in self.records.items():
            if r.type not in ("organization", "group") or self._first_seen.get(rk, pos) >= pos:
                continue
            low = r.name.lower().split()
            if low == [head] and head in _KIND_WORD_NAMES:
                # session 34 (the lead's note 1): the kind alone capitalised ("Hospital opens new MRI scanner" in a
                # headline, "Authority chairman X") names no body of its own
                continue
            if low[-1:] == [head] or (len(low) > 2 and low[0] == head and low[1] == "of"):
                hits.add(r.name)
        return hits.pop() if len(hits) == 1 else None

    def _seen_before(self, rk: str, pos: int) -> bool:
        if self._first_seen is None:
            self._first_seen = {}
            for mn in self.mentions:
                self._first_seen[mn.key] = min(mn.start, self._first_seen.get(mn.key, mn.start))
        return self._first_seen.get(rk, pos) < pos

    def canonical(self, name: str) -> str:
        k = self._name_key(name)
        rk = self._by_key.get(k)
        if rk is None and k in self.common_openings:
            return name
        if rk is None and " " not in k:
            # A bare word: a company's short name ("Brightwell" for "Brightwell Stores Inc.", named
            # first) or a person's surname ("Odell" for "Marcy Odell").
            for rk2, r in self.records.items():
                words = self._name_key(r.name).split()
                if r.type == "organization" and words[:1] == [k] and set(words[1:]) <= CORPORATE_TAILS:
                    rk = rk2
                    break
                if r.type == "person" and words[-1:] == [k]:
                    break
        if rk is None and " " not in k:
            hits = {
                rk2
                for rk2, r in self.records.items()
                if r.type == "person" and self._name_key(r.name).split()[-1:] == [k]
            }
            rk = hits.pop() if len(hits) == 1 else None
        return self.records[rk].name if rk else name

    def person_of(self, name: str) -> str | None:
        """The person of an untitled "Name of Somewhere" a speaker or source phrase read on into: "said
        Maria Ruiz of the harbour board" gave the speaker "Maria Ruiz of the", "Ashcroft of the Harbour
        Policy Centre" stood for no one. The name is the person's when it is a surname the book gives in
        full, or when it opens with a first name and ends in no organisation's head ("Joel Varga of the
        Gazette"); "Bank of America", "Federation of Teachers" and "Department of State" stay as written. The
        same holds for a name after an owner, a "-based" or lowercase words ("Harbour FM’s Tara Vendell" is
        Tara Vendell)."""
        m = _NAME_BEFORE_OF.match(name)
        if m is None:
            # "Harbour FM’s Tara Vendell", "Texas-based Matt Orlov", "conservative activist Bob Trask": what
            # stands before the person's name says where they work or what they are.
            m = _BEFORE_A_NAME.match(name)
        if m is None or _AND_NAME.search(name, m.end("name")):
            return None  # "X of Georgia and Y of Arkansas" is two people: neither alone
        who = m.group("name")
        if who.split()[0].lower() in DETERMINERS_BEFORE_THING:
            return None  # "The Republic of Turkey" is a body named with its article
        title, bare = title_name_split(who)
        if title and len(bare.split()) >= 2 and self.type_of(self.canonical(bare)) == "person":
            # "Chief Greta Holm of the Saltmarsh band": the titled person the book holds, then where they serve
            # (session 27)
            return self.canonical(bare)
        known = self.canonical(who)
        parts = who.lower().split()
        if len(parts) == 1 and known != who and self.type_of(known) == "person":
            return known  # a surname the article gave in full before ("Ashcroft" -> "Len Ashcroft")
        if len(parts) == 1 and (full := self.person_by_first_name(who)) is not None:
            return (
                full  # "Amira, who said ...": the one person the article named in full with that first name
            )
        if len(parts) >= 2 and parts[0] in _FIRST_NAMES and parts[-1] not in ORG_HEADS:
            return known
        if _unlisted_person_of(name, who, parts) and self.type_of(who) in (None, "person"):
            # "said Alasdair Reid of NatureScot Borders": a first name the tables lack, a surname, then where the
            # person works (session 26, the lead's reading: the speaker was the whole phrase)
            return known
        return None  # "reads Chapter Two of the report": no person the book knows, no first name

    def person_by_first_name(self, first: str) -> str | None:
        """The one person the book names in full whose first name is ``first`` (session 26, the lead's reading:
        "Amira Haddad beat 47 other finalists ... Amira, who said she practised ..., was third" typed the source
        "Amira" other). None when two people share it, or when the word names a body or a place of its own."""
        key = self._name_key(first)
        own = self._by_key.get(key)
        if own is not None and self.records[own].type not in ("person", "unknown", "other"):
            return None
        found = {
            r.name
            for r in self.records.values()
            if r.type == "person" and len(r.name.split()) >= 2 and self._name_key(r.name.split()[0]) == key
        }
        return found.pop() if len(found) == 1 else None

    def type_of(self, name: str) -> str | None:
        """The type of the entity ``name`` is a form of; None for no entity, "thing" for a word the article uses only
        as a common noun opening a sentence (``common_openings``: no one's short name, session 30)."""
        rk = self._by_key.get(k := self._name_key(name))
        if rk is None and k in self.common_openings:
            return "thing"
        return self.records[rk].type if rk else None

    def spokesperson_type(self, name: str) -> str | None:
        """The type of the body the person ``name`` is named speaking for (``spokesperson_body_type``), or None."""
        rk = self._by_key.get(self._name_key(name))
        if rk is None or self.records[rk].type != "person":
            return None
        kind = self._spokespeople.get(rk)
        if kind is not None and kind.startswith(_OWNER_BEFORE):
            owner = self.organisation_before(int(kind.removeprefix(_OWNER_BEFORE)))
            # a body "its" stands for: an organisation unless the one named last is the state's
            return (_body_phrase_type(owner, self) if owner else None) or "organization"
        return kind

    def finish(self) -> None:
        """Sort mentions once, for the bisecting lookups below (linear-time extraction)."""
        self.mentions.sort(key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self._subject_starts = [s for s, _e, _k in self._subjects]
        self._people.sort(key=lambda p: p[0])
        self._people_starts = [s for s, _p in self._people]

    def name_over_plural_owner(self, start: int, end: int) -> Mention | None:
        """The body's whole name when a phrase at [start, end) stopped at a plural owner's apostrophe inside it.

        "The Professional Riders' Guild said": the phrase read "Guild"; the book reads the whole name
        (``BODIES_AFTER_PLURAL_OWNER``; session 22 for sources, session 24 for quote speakers). So too a phrase that
        stopped at a comma or "and" of a name that lists its fields ("Entertainment, Communications and Theatre
        Union" of "the Broadcasting, ...": ``JOINED_NAME_HEADS``, session 26).
        """
        for m in self.mentions_between(max(0, start - 100), end + 100):
            if m.start < start and m.end == end and ("' " in m.text or "’ " in m.text):
                return m
            if (
                (" and " in m.text or ", " in m.text)
                and m.start < end
                and m.end >= end
                and (m.start < start or m.end > end)
                and m.start >= start - 100
            ):
                return m  # the phrase stopped at the list's comma or "and", before or after it
            if " & " in m.text and m.start <= start and m.end >= end and (m.start < start or m.end > end):
                # '"...," said Olden & Pryce': a firm's name joined by an ampersand, which the phrase stopped at
                # (session 29: the speaker was "Olden", or "Pryce" for "Olden & Pryce said")
                return m
        return None

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside [start, end)."""
        i = bisect.bisect_left(self._mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def person_by_role(self, org: str, role: str) -> str | None:
        """The person whose title names ``org`` and a head role: "the NATO chief"."""
        org_k = self._name_key(org)
        role_k = self._name_key(role)
        best = None
        for r in self.records.values():
            if r.type != "person":
                continue
            for t in r.titles:
                tk = self._name_key(t)
                if org_k in tk.split() and (role_k in tk or (role_k in HEAD_ROLES or role in HEAD_ROLES)):
                    best = r.name
        if best is None and role.lower() in HEAD_ROLES:
            # "the head of the military alliance": the article's only head of anything.
            heads = {
                r.name
                for r in self.records.values()
                if r.type == "person"
                and any(
                    any(
                        h in self._name_key(t).replace("-", " ")
                        for h in (
                            "secretary general",
                            "chief",
                            "head",
                            "president",
                            "director",
                            "chairman",
                            "leader",
                        )
                    )
                    for t in r.titles
                )
            }
            best = heads.pop() if len(heads) == 1 else None
        return best

    def person_titled_before(self, pos: int, roles: frozenset[str], former: bool = False) -> str | None:
        """The person named last before ``pos`` (within ``TITLED_REACH`` characters, outside quotes) whose
        title holds one of ``roles`` ("the Ohio senator" after "Sen. Alan Ford"); None when no one fits."""
        i = bisect.bisect_left(self._mention_starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= pos - TITLED_REACH:
            m = self.mentions[i]
            i -= 1
            if m.type != "person" or m.in_quote:
                continue
            rec = self.records.get(m.key)
            titles = [*rec.titles, *([m.title] if m.title else [])] if rec is not None else []
            # "the former president" is no one titled "President" now, nor "the senator" a former one.
            if rec is not None and any(title_roles(t) & roles and _former(t) == former for t in titles):
                return rec.name
        return None

    def subject_before(
        self,
        pos: int,
        not_before: int = 0,
        pronoun: str | None = None,
        exclude: frozenset[str] = frozenset(),
        said_before: tuple[int, str] | None = None,
    ) -> str | None:
        """The person a pronoun at ``pos`` refers to: the subject of the latest sentence naming one.

        With the ``pronoun`` ("he", "she"), people it cannot stand for are passed over: those whose
        name or honorific says the other gender, places mistaken for people ("South Carolina"), and
        people named after the pronoun in its own sentence. The nearest sentence with a fitting
        person wins, its first such person (the subject) before the others. ``exclude``: the names
        of people the caller knows the pronoun is not (named in its own clause, session 22).
        ``said_before``: (the absolute offset it starts at, the text before the pronoun's sentence or
        before the pronoun in its own); an unnamed sayer there whose report opens with "he"/"she" (see
        ``unnamed_sayer``), with no person named between it and ``pos``, is who the pronoun stands for,
        before any person named (session 28; moved here from ``speakers`` in session 30).
        """
        if said_before is not None and pronoun is not None and pronoun.lower() in ("he", "she"):
            sayer = unnamed_sayer(said_before[1], pronoun)
            if sayer is not None and not self.person_named_between(said_before[0] + sayer[0], pos):
                return sayer[1]
        want = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get((pronoun or "").lower())
        if pronoun is not None and self._people_starts:
            i = bisect.bisect_right(self._people_starts, pos) - 1
            seen = 0
            while i >= 0 and seen < PRONOUN_REACH and self._people[i][0] >= not_before:
                sent_start = self._people[i][0]
                # The sentence's people, those qualifying another's role ("Obama consultant Cornell
                # Belcher") after the others; the pronoun-first test below passes over them too.
                minor = self._minor
                fitting = [
                    key
                    for _m, start, key in sorted(
                        (start in minor, start, key) for start, key in self._people[i][1] if start < pos
                    )
                    if self._fits(key, want) and self.records[key].name not in exclude
                ]
                first_at = min(
                    (start for start, _key in self._people[i][1] if start < pos and start not in minor),
                    default=pos,
                )
                if fitting and want is not None and self._pronoun_first(sent_start, first_at, pos, want):
                    # "She said she would rather see the money go to Ann Petrov.": a sentence whose
                    # subject is the same pronoun names only others; the pronoun goes on further back.
                    seen += 1
                    i -= 1
                    continue
                if fitting:
                    # Who spoke in that sentence before whoever else it names.
                    spoke = [key for key in fitting if (sent_start, key) in self._speaking]
                    return self.records[(spoke or fitting)[0]].name
                seen += 1
                i -= 1
        cand: str | None = None
        i = bisect.bisect_right(self._subject_starts, pos) - 1
        if i >= 0 and self._subjects[i][0] >= not_before:
            cand = self._subjects[i][2]
        if cand is None:
            # No sentence before names a person as its subject: the last person named before it.
            j = bisect.bisect_left(self._mention_starts, pos) - 1
            while j >= 0 and self.mentions[j].start >= not_before:
                m = self.mentions[j]
                if m.type == "person" and m.end <= pos and not m.in_quote:
                    cand = m.key
                    break
                j -= 1
        if cand is not None and pronoun is not None and not self._fits(cand, want):
            return None
        if cand is not None and self.records[cand].name in exclude:
            return None
        return self.records[cand].name if cand else None

    def _pronoun_first(self, sent_start: int, first_at: int, pos: int, want: str) -> bool:
        """True when the sentence at ``sent_start`` has "he"/"she" of gender ``want`` before its first
        person (at ``first_at``), other than the pronoun at ``pos`` being resolved."""
        return any(at < first_at and at != pos and g == want for at, g in self._pronouns.get(sent_start, ()))

    def note_pronouns(self, sent_start: int, found: list[tuple[int, str]]) -> None:
        if found:
            self._pronouns[sent_start] = found

    def lead_in_subject(self, pos: int, not_before: int) -> tuple[str, int, int] | None:
        """The person opening the sentence right before ``pos`` (none between), with that sentence's
        end: "Lee announced the lawsuit on Monday. “...”" gives Lee. Sentences before ``not_before``
        (another paragraph) give nothing."""
        i = bisect.bisect_right(self._subject_starts, pos) - 1
        if i >= 0 and self._subjects[i][0] >= pos:
            i -= 1
        if i < 0:
            return None
        start, end, key = self._subjects[i]
        if start < not_before or end > pos or not self._fits(key, None):
            return None
        j = bisect.bisect_left(self._people_starts, start)
        if j >= len(self._people) or self._people[j][0] != start:
            return None
        first_at = self._people[j][1][0][0]
        return self.records[key].name, end, first_at

    def note_speaker(self, pos: int, name: str) -> None:
        """The person ``name`` speaks at ``pos`` (a quote's speaker): a pronoun after it looks for them
        first in that sentence, and a bare surname seen only speaking ("Sarandon, 69, told") becomes
        a person a pronoun can stand for."""
        j = bisect.bisect_right(self._sentence_starts, pos) - 1
        if j < 0:
            return
        rk = self._by_key.get(self._name_key(name))
        if rk is None:
            if looks_like_place(name) or name.lower() in COMMON_CAPITALISED or not name[:1].isupper():
                return
            if " & " in name:
                return  # "Olden & Pryce": a firm's name (session 29), no person a pronoun stands for
            rk = self._record_for(name, "person")
        if self.records[rk].type != "person":
            return
        sent = self._sentence_starts[j]
        k = bisect.bisect_left(self._people_starts, sent)
        if k < len(self._people) and self._people_starts[k] == sent:
            people = self._people[k][1]
            if all(key != rk for _s, key in people):
                bisect.insort(people, (pos, rk))
        else:
            self._people.insert(k, (sent, [(pos, rk)]))
            self._people_starts.insert(k, sent)
        self._speaking.add((sent, rk))

    def fits_pronoun(self, name: str, pronoun: str) -> bool:
        """True when ``pronoun`` ("he", "she") can stand for the person called ``name``."""
        rk = self._by_key.get(self._name_key(name))
        want = {"he": "m", "she": "f"}.get(pronoun.lower())
        return rk is not None and self._fits(rk, want)

    def knows(self, name: str) -> bool:
        """True when ``name`` is a form of an entity in the book (``subject_before``'s unnamed sayer is not)."""
        return self._name_key(name) in self._by_key

    def person_named_between(self, start: int, end: int) -> bool:
        """True when a person is named (outside quotes) in [start, end)."""
        return any(m.type == "person" and not m.in_quote for m in self.mentions_between(start, end))

    def _fits(self, key: str, want: str | None) -> bool:
        rec = self.records.get(key)
        if rec is None or rec.type != "person" or looks_like_place(rec.name):
            return False
        if want is None:
            return True
        if key not in self._gender:
            g = gender_of(rec.name, rec.titles)
            for alias in rec.aliases:
                g = g or gender_of(alias)
            said = self._said_gender.get(key, ())
            if g is None and len(said) == 1:
                g = next(iter(said))  # the article called them only "he" (or only "she")
            self._gender[key] = g
        g = self._gender[key]
        return g is None or g == want

    def named_elsewhere(self, name: str, start: int, end: int) -> bool:
        """True when the entity ``name`` stands for is mentioned outside [start, end)."""
        rk = self._by_key.get(self._name_key(self.canonical(name)))
        return rk is not None and any(m.key == rk and not (start <= m.start < end) for m in self.mentions)

    def note_said_gender(self, key: str, g: str) -> None:
        """The article calls the person ``key`` "he" (``g`` "m") or "she" ("f") (see ``_said_gender``)."""
        self._said_gender.setdefault(key, set()).add(g)

    def note_people(self, sent_start: int, people: list[tuple[int, str]]) -> None:
        if people:
            self._people.append((sent_start, people))

    def note_alias(self, name: str, form: str) -> None:
        """A description the article uses for a named entity: "the head of the military alliance"."""
        rk = self._by_key.get(self._name_key(name))
        if rk is not None and form.strip():
            self._alias(rk, form.strip())

    def note_subject(self, sent_start: int, sent_end: int, key: str) -> None:
        self._subjects.append((sent_start, sent_end, key))

    def drafts(self) -> list[EntityDraft]:
        out = []
        for r in self.records.values():
            if r.name.lower() in _KIND_WORD_NAMES and r.type in ("organization", "group"):
                # Session 34 (the lead's note 1): a body's kind alone, capitalised by a headline or a title ("Hospital
                # opens new MRI scanner", "Authority chairman X"), names no body: as an entity it took "the hospital"
                # and "the authority" from the body the article names (grounding links a source to its entity)
                continue
            out.append(
                EntityDraft(
                    name=r.name,
                    type=r.type,
                    aliases=[a for a in dict.fromkeys(r.aliases) if a != r.name],
                    titles=list(dict.fromkeys(r.titles)),
                )
            )
        return out


# The kinds of body that are no name alone (``EntityBook.drafts``).
_KIND_WORD_NAMES = ORG_KIND_HEADS | words(
    "hospital council ministry department school university court board committee commission trust museum library "
    "zoo airport police"
)


# --------------------------------------------------------------------------- finding mentions


def _split_title(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """(title tokens, name tokens) of a capitalised run."""
    if occupation_then_name([t.text for t in run]):
        # Session 31 (the lead's note 4): "Pharmacist Gideon Marlow" (``lexicon.OCCUPATION_TITLES``).
        return run[:1], run[1:]
    last_role = -1
    for i, t in enumerate(run):
        low = t.lower.rstrip(".")
        if low in ROLE_WORDS and not (low in NAME_HONORIFICS and i == len(run) - 2):
            last_role = i
    if last_role < 0:
        return [], run
    end = last_role + 1
    # "Secretary of Defense Lloyd Austin": "of X" continues the title.
    while end + 1 < len(run) and run[end].lower == "of":
        end += 2
        if end < len(run) and run[end - 1].lower == "the":
            end += 1
    return run[:end], run[end:]


# A word a person's name is made of (compiled once: ``_type_of`` built it for every name token).
_PERSON_NAME_TOKEN = re.compile(
    r"[A-Z][a-z’'-]+|[A-Z]\.?|\.|(?:Mc|Mac|Di|De|Da|Du|La|Le|Fitz)[A-Z][a-z]+|[A-Z]['’][A-Z][a-z]+|al-\w+|[A-Z][a-z]+-[A-Z][a-z]+|(?:"
    + "|".join(NAME_PARTICLES)
    + ")|I{1,3}|Jr|Sr"
)


_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}")
# ISO codes of currencies written before amounts ("CHF 96m", "SEK 4bn"): an acronym's shape, but no organisation.
CURRENCY_CODES = words(
    "USD EUR GBP JPY CNY RMB CAD AUD CHF INR HKD SGD NZD MXN ZAR SEK NOK DKK PLN CZK HUF BRL KRW"
)

# Letters that no decomposition takes to ASCII, as names write them ("Østgaard", "Łukasz", "Aðalsteinn"):
# the name test reads a word through its ASCII letters, so "Síle Varrow" and "Liv Østgaard" are people as
# "Sile Varrow" is (session 16: they were "other", so no "she" could stand for them).
_LETTERS_TO_ASCII = str.maketrans(
    {
        "Ø": "O",
        "ø": "o",
        "Æ": "Ae",
        "æ": "ae",
        "Œ": "Oe",
        "œ": "oe",
        "Ð": "D",
        "ð": "d",
        "Þ": "Th",
        "þ": "th",
        "Ł": "L",
        "ł": "l",
        "Đ": "D",
        "đ": "d",
        "ß": "ss",
        "ı": "i",
    }
)


def ascii_letters(word: str) -> str:
    """The word with its accents dropped and its other Latin letters spelt in ASCII ("Síle" -> "Sile")."""
    return word if word.isascii() else drop_accents(word.translate(_LETTERS_TO_ASCII))


# Kinds of firm that are also a person's work ("The crane operator, Hughes, said he ...": session 25's review), a firm's
# kind set off before a name only after what a firm runs ("the grid operator, Nordnet,").
_PERSONS_WORK_TOO = words("operator maker manufacturer carrier")
_RUN_BY_FIRMS = words(
    "grid network rail railway port pipeline airport ferry bus mobile telecoms satellite water power transmission "
    "lottery casino motorway toll tour"
)


def _kind_set_off(toks: list[Token], k: int) -> bool:
    """Whether the token at ``k``, before a comma and a name, is a firm's kind that types the name."""
    head = toks[k].lower
    if head not in ORG_NOUNS_BEFORE_NAME:
        return False
    return head not in _PERSONS_WORK_TOO or (k > 0 and toks[k - 1].lower in _RUN_BY_FIRMS)


# The words of ``people.PLACE_PREFIXES`` that open no person's name (not "Sierra", "Santa", "San": first names and
# saints).
_PLACE_OPENERS = PLACE_PREFIXES - words("sierra santa san boca")


def _type_of(
    name_tokens: list[Token], name: str, has_title: bool, prev_word: str, next_word: str
) -> str | None:
    low = name.lower()
    # "George Washington University’s program": the possessive is no part of the head word.
    words = [strip_possessive(t.lower.rstrip(".")) for t in name_tokens]
    if has_title and len(words) >= 2 and words[0] in _FIRST_NAMES and words[-1] not in ORG_HEADS:
        # "Atlantic City Mayor Don Guardian", "Sen. Bill Post": a title then a first name is a person,
        # whatever outlet or company the surname is also the name of (session 12).
        return "person"
    if low in GROUP_NAMES:
        return "group"
    if low in ORG_NAMES or low in MEDIA_NAMES:
        return "organization"
    if low in PLACE_NAMES:
        return "location"
    if prev_word in ORG_NOUNS_BEFORE_NAME and not has_title and words[0] not in _FIRST_NAMES:
        return "organization"  # "the grid operator Vestlinje", "the insurers' association Forsikra"
    if any(w in ORG_HEADS for w in words) or words[-1] in MEDIA_HEADS:
        return "organization"
    if _newspaper_name(words) and not has_title and words[-2] != "medical":
        return "organization"  # "the Harwick Courant", "Vestby Posten" (session 32)
    if len(words) >= 2 and _trade_tail(words[-1]) and words[0] not in _FIRST_NAMES and not has_title:
        return (
            "organization"  # "Korvane Industries", "Marlstone Tramways", "Vantry Steel", "Tullagorm Seafoods"
        )
    if (
        len(words) >= 3
        and words[0] not in _FIRST_NAMES
        and not has_title
        and any(w in COMPANY_NAME_TAILS for w in words[:-1])
    ):
        # "Community Pharmacy Ulster", "Harbour Ferries Scotland": a trade's word inside the name, then where it
        # works (session 27, the lead's reading: typed person)
        return "organization"
    if words[-2:] in (["red", "cross"], ["red", "crescent"]):
        return "organization"  # "the Merenian Red Cross"
    if has_title:
        return "person"
    if words[-1] in DOCUMENT_HEADS:
        return "other"  # "the U.S.-Taliban Agreement", "the Paris Accord"
    if words[-1] in PLACE_HEADS:
        return "location"
    if len(words) >= 2 and words[-1] in PLACE_NAME_TAILS and words[0] not in _FIRST_NAMES:
        return "location"  # "Senneth Point", "Harwick Cove": never the "he" of the next sentence (session 27)
    if len(words) >= 2 and words[0] in _PLACE_OPENERS:
        # "Cape Tirrabool", "Port Ember", "Fort Dunmore", "Mount Kessel", "Lake Orrin": a place whatever follows, as
        # ``looks_like_place`` reads it for pronouns (session 33: dev23 typed two such a person); a body's word in the
        # name came first ("Port Ember Yacht Club")
        return "location"
    if all(w in DEMONYMS for w in words):
        return None
    if len(name_tokens) == 1:
        t = name_tokens[0].text
        if t in CURRENCY_CODES:
            return None  # "had CHF 96m in cash, it said": an amount's currency, no body "it" stands for (session 29)
        if _ACRONYM.fullmatch(t):
            return "organization"
        if prev_word in PLACE_PREPOSITIONS:
            return "location"
        if next_word in REPORTING_VERBS and prev_word != "of":
            # "Republicans said", "Democrats argue": a capitalised plural is a group, never one person;
            # "Editor’s note", "Having announced", "Critics accused": a common word opening a sentence neither.
            return (
                None
                if t.endswith(GROUP_PLURAL_ENDINGS) or low in NOT_ONE_PERSON or low in PUBLIC_GROUPS
                else "person"
            )
        return None
    if next_word in ROLE_AFTER_MODIFIER:
        return None  # "Presumptive Republican nominee Dana Lee": the capitalised words qualify a role
    if prev_word in WHERE_PREPOSITIONS and words[0] not in _FIRST_NAMES:
        # "Growing up in El Paso, ...", "At Kerr Casper Golf, fees doubled": where something happens is a
        # place (or a venue), never a person a later "he" stands for (issue 14, session 8).
        return "location"
    if prev_word in DETERMINERS_BEFORE_THING and words[0] not in _FIRST_NAMES:
        # "The Washington Informer", "the Scranton Lace mill", "a New Hampshire Elks lodge": after a
        # determiner, a capitalised run is a thing's name unless it opens with a first name ("a Hillary
        # Clinton aide"); a person's name takes no article.
        return "other"
    # Initials come as a letter and a period ("James B. Comey", "George H.W. Bush"): the periods do
    # not count towards a name's length; "O'Hanlon", "McDonald" are names too.
    initial_dots = all(
        t.text != "." or (k > 0 and re.fullmatch(r"[A-Z]", name_tokens[k - 1].text))
        for k, t in enumerate(name_tokens)
    )
    if (
        initial_dots
        and sum(t.text != "." for t in name_tokens) <= 4
        and all(_PERSON_NAME_TOKEN.fullmatch(ascii_letters(t.text)) for t in name_tokens)
    ):
        if next_word in PLURAL_AGREEMENT and prev_word in _SENTENCE_OPENING and words[0] not in _FIRST_NAMES:
            # "Linwood Athletic have signed": a name opening its sentence and taking a plural verb is no one
            # person (deeper in, "she and husband Tom Reid are" is two; "Tom Reid" opens with a first name)
            return "organization"
        return "person"
    return "other"


# Endings of capitalised plurals that name groups of people: "Republicans", "Democrats", "Evangelicals".
GROUP_PLURAL_ENDINGS = ("ans", "ats", "ists", "ives", "als", "ers", "ites", "ians")
# Capitalised words before a reporting verb that name no one person: common words opening a sentence
# ("Editor’s note:", "Having announced ...", "Simply saying ...", "Everybody believes") and plurals of people
# the group endings miss ("Critics accused", "Aides said", "Politicos call").
NOT_ONE_PERSON = words(
    "editor editors update updates partial having being simply everybody everyone nobody somebody someone "
    "critics aides politicos skeptics sceptics democratic republican "
    # Session 25: "Surgeons said ... . Her brother donated the kidney" gave "Surgeons’s brother".
    "surgeons doctors nurses medics paramedics"
    # Session 28 (the lead's note): "Prosecutors said ..." made a person "Prosecutors", and a later "he" went to it
    " prosecutors investigators inspectors detectives auditors regulators coroners"
)
# Prepositions of where before a capitalised run: "in El Paso", "at Kerr Casper Golf" ("from" and "to" often
# come before people: "a letter from Dana Lee").
WHERE_PREPOSITIONS = words("in at near inside outside")
# Determiners a person's name does not follow (titles are handled before).
DETERMINERS_BEFORE_THING = words("the a an same this that these those")
_FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
# EntityBook.person_of: one to four capitalised words (initials allowed) before "of".
# A person's name as EntityBook.person_of reads it: a capitalised word, then capitalised words or initials.
_NAME_HEAD = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*))"
# One to four such words before "of" ...
_NAME_BEFORE_OF = re.compile(rf"(?P<name>{_NAME_HEAD}{{0,3}})\s+of(?:\s|$)")
_AND_NAME = re.compile(r"\s(?:and|&)\s+[A-Z]")
# Words that open or end a body's name, never a person's (with the tables of heads and tails): "the National Museum
# of Wales", "Royal Society of Chemistry", "United States of America".
_BODY_NAME_WORDS = words(
    "national royal central united international british american european world federal state states "
    "republic kingdom city county new north south east west northern southern eastern western"
)


def _unlisted_person_of(name: str, who: str, parts: list[str]) -> bool:
    """Whether "Who of Somewhere" is a person of two words whose first name no table holds, then where they work:
    each word capitalised and no body's word, and a name or "the" and a name after "of"."""
    after = name[len(who) :].strip().removeprefix("of").strip()
    after = after.removeprefix("the ").strip()
    return (
        len(parts) == 2
        and after[:1].isupper()
        and all(w[:1].isupper() and not w.isupper() for w in who.split())
        and not any(
            p in ORG_HEADS
            or p in ROLE_WORDS
            or p in COMPANY_NAME_TAILS
            or p in CORPORATE_TAILS
            or p in _BODY_NAME_WORDS
            or p in LOWER_ORG_HEADS
            for p in parts
        )
    )


# ... or two to four after a possessive owner, an "X-based" or up to three lowercase words (then the end).
_BEFORE_A_NAME = re.compile(
    r"(?:(?:[A-Z][\w.&-]*\s+){0,3}[\w.&-]+(?:’s|'s)\s+(?=[A-Z])"
    r"|[\w\s-]*?-based\s+(?:[a-z][\w-]*\s+){0,3}(?=[A-Z])"
    r"|(?:(?!(?:the|a|an|of|for|to|by|with|from|and|or|his|her|their|its|our|my|your)\s)[a-z][\w-]*\s+){1,3}(?=[A-Z]))"
    rf"(?P<name>{_NAME_HEAD}{{1,3}})$"
)
# Lowercase role words that capitalised modifiers qualify, so the words before them name no one:
# "Presumptive Republican nominee", "Democratic presidential candidate", "Iowa caucus winner".
# Role heads such as "adviser" are left out: "Hillary Clinton adviser Jake Sullivan" names two people.
ROLE_AFTER_MODIFIER = words(
    "nominee nominees candidate candidates presidential hopeful hopefuls frontrunner front-runner "
    "contender challenger incumbent"
)


# Words capitalised before a person's full name that describe the person (a party, a camp, a trade, where
# from): "Democrat Hillary Clinton", "Vermonter Bernie Sanders", "Actress Eva Longoria", "Pollster Ann Selzer".
# Split off only before a known first name, so "Republican National Committee" and "Liberal Democrats" keep
# their first word.
DESCRIPTORS_BEFORE_NAMES = words(
    # parties and camps
    "democrat republican democratic liberal conservative progressive socialist libertarian independent "
    "moderate centrist populist evangelical "
    # trades and roles a writer capitalises at a sentence's start
    "actress actor author comedian comic pastor pollster reporter journalist columnist commentator "
    "assemblywoman assemblyman billionaire businessman businesswoman mogul entrepreneur celebrity "
    "celebrities singer rapper musician filmmaker director producer novelist poet activist economist "
    "analyst strategist lawyer attorney rival challenger incumbent candidate nominee hopeful frontrunner "
    "star host anchor veteran newcomer former late "
    # where from
    "vermonter kentuckian texan iowan floridian californian ohioan new yorker"
)


# Lowercase words inside a name between capitalised ones: "Bank of England", "Ursula von der Leyen".
# Session 27 (the lead's reading: "Autopistas del Noroeste, which has run the road, said" gave the source "Noroeste"):
# the Romance and Dutch particles of bodies' and people's names too ("Banco di Napoli", "Caisse des Dépôts", "Leonardo
# da Vinci", "Banco dos Açores"); not "do", an English verb before a name as often.
_NAME_CONNECTORS = (
    "of",
    "de",
    "van",
    "von",
    "bin",
    "al",
    "el",
    "der",
    "la",
    "for",
    "to",
    "del",
    "della",
    "di",
    "da",
    "du",
    "des",
    "dos",
    "den",
)
# Heads of bodies named after their members with a plural owner's apostrophe: "the Communications Workers'
# Federation", "the Solmiran Growers' Union" (capitalised: "the Greens' leader" is a person's role).
_AND_BEFORE_RUN = re.compile(r"[A-Z][\w’'-]*\s+(?:and|&)\s+$")
BODIES_AFTER_PLURAL_OWNER = words(
    "union federation association guild league society alliance confederation"
    # session 28: dev24's "the Warrandee Grain Growers’ Council" and dev22's "Malvercote Patients’ Voice" were cut to
    # "Council" (typed government) and "Voice" (a person): a members' council, forum, voice, network or trust
    " council forum voice network trust institute group board committee club coalition action collective campaign"
    " cooperative co-operative"
    # session 33 (s33-att): dev29's "the Doab Cane Growers’ Front" was cut to "Front"; the collective nouns of
    # attributions.BODY_NAME_TAILS_GROUPS that follow a members' possessive
    " front team watch movement fellowship circle"
)
# Heads of a body whose name lists its fields joined by "and" before the head (session 26, the lead's reading: "the
# University and College Union said" gave the source "College Union", "The Broadcasting, Entertainment,
# Communications and Theatre Union" lost its first word): the run before "and" and the list are one name.
JOINED_NAME_HEADS = words(
    "union council federation association society institute institution committee administration board trust "
    "league guild alliance confederation commission authority agency foundation consortium"
    # session 30 (s30-att): a public service named by two fields, "the Maritime and Coastguard Service", "Parks and
    # Wildlife Service", "the Health and Safety Executive", "Fish and Game Department" (the source was the last field
    # with the head)
    " service department directorate inspectorate bureau executive"
)
# Heads of a body whose name lists its fields after "of" or "for": "the Department of Health and Social Care", "the
# National Union of Rail, Maritime and Transport Workers" (the list after the head is the name's own; not "bank" or
# "council": "Bank of England and Barclays", "the Council of Europe and Nato" are two bodies).
LISTED_FIELD_HEADS = words("union federation association confederation department ministry society institute")
# Weekdays are capitalised but never continue a name: "Austin Tuesday".
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def find_mentions(
    sent: Sentence, quotes: list[tuple[int, int]], starts: list[int] | None = None
) -> list[Mention]:
    """Entity mentions in one sentence (absolute offsets); ``quotes`` are absolute quoted spans."""
    text = sent.text
    toks = tokens(text)
    out: list[Mention] = []
    quote_starts = starts if starts is not None else [a for a, _b in quotes]
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        # ``_is_cap`` inline for a word without a hyphen, most words (session 17, speed: a call per word).
        if not (t.text[:1].isupper() or ("-" in t.text and _is_cap(t))) or t.lower in COMMON_CAPITALISED:
            i += 1
            continue
        if i == 0 and t.lower in SPEAKING_VERBS and i + 1 < n and _is_cap(toks[i + 1]):
            i += 1  # "Said Tina Poynter, ...", "Added Marsh:": an inverted cue opens the sentence
            continue
        if _CONTRACTED_PRONOUN.fullmatch(t.text):
            i += 1  # "I’m", "We’re", "He’d", "Here’s": a pronoun with its verb, never a name's first word
            continue
        if _AGE_ADJECTIVE.fullmatch(t.text):
            i += 1  # "Twelve-year-old Nina Orlova": an age opening the sentence is no first name (session 19, lead)
            continue
        first = i
        run, i, possessive = _capitalised_run(text, toks, i)
        if not run or _title_case_words(run):
            continue
        named = _named(text, toks, run, first, i, possessive)
        if named is None:
            continue
        start, end, name, etype, title = named
        abs_start = sent.start + start
        k = bisect.bisect_right(quote_starts, abs_start) - 1
        in_quote = k >= 0 and quotes[k][0] <= abs_start < quotes[k][1]
        out.append(Mention(abs_start, sent.start + end, name, etype, title, in_quote=in_quote))
        # (the slice and the pattern only with a bracket after the name: most sentences have none; session 28, speed)
        paren = (
            PAREN_ALIAS.match(text[end:]) if text.find("(", end) >= 0 or text.find("[", end) >= 0 else None
        )
        if paren and etype != "person":
            alias = paren.group("alias").strip()
            a_start = end + paren.start("alias")
            out.append(
                Mention(
                    sent.start + a_start,
                    sent.start + a_start + len(alias),
                    alias,
                    etype,
                    None,
                    in_quote=in_quote,
                )
            )
            out[-1].key = "alias-of:" + name
    return out


# A pronoun (or "here", "there", "that") with a contracted verb: "I’m", "You’ve", "We’re", "He’d", "Here’s".
# Capitalised at a sentence's start, it was read as a first name ("We’re Manchester", "He’d" as a person a
# later "he" stood for: session 10 worked around such records in summaries and quotes).
_CONTRACTED_PRONOUN = re.compile(
    r"(?:I|You|We|They|He|She|It|Here|There|That|What|Who)['’](?:m|ll|ve|re|d|s)"
)
# An age written as an adjective, capitalised at a sentence's start: "Twelve-year-old", "Thirty-four-year-old".
_AGE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?-(?:year|month|week|day)-old")
# Function words capitalised inside a run: in running text a name keeps its connectors lowercase ("Bank of
# America", "Council on Foreign Relations"); "Bernie Sanders Is Fundraising For State Legislative Candidates",
# "Act Of Terrorism", "Ted Cruz Is A" are title-case headlines and link lines in the body, and no entity.
# Verbs of headlines ("Says", "Wins") are left out: a name may hold such a word ("Wins" is rare, "Says" never,
# but the function words alone catch nearly every such line).
_TITLE_CASE_WORDS = words(
    "of for a an the is are was were be to in on at with and or but will would has have had not into from by "
    "than as about over against after before why how what who when says said can could should does did just"
)


def _title_case_words(run: list[Token]) -> bool:
    """Whether a capitalised run holds a function word capitalised after its first word (a headline's
    title case). "of The Washington Post" (an article after a connector) and an initial "A." are names'."""
    for k in range(1, len(run)):
        w = run[k].text
        if not w[:1].isupper() or run[k].lower not in _TITLE_CASE_WORDS:
            continue  # a lowercase connector ("Bank of America") is a name's own
        if w == "The" and run[k - 1].lower in _NAME_CONNECTORS:
            continue
        if w == "A" and k + 1 < len(run) and run[k + 1].text == ".":
            continue
        return True
    return False


# A group's kind word right before a name (session 30): "Animal welfare group Free the Herd", "the charity Save the ...".
GROUP_KINDS_BEFORE_NAME = words(
    "group charity campaign movement coalition alliance network initiative organisation organization"
)
_GROUP_KIND_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(GROUP_KINDS_BEFORE_NAME)) + r")\s+$")


def _capitalised_run(text: str, toks: list[Token], i: int) -> tuple[list[Token], int, bool]:
    """The words from ``i`` that make one name, the index after them, and whether the name is possessive.

    Capitalised words, connectors between them, initials and an honorific's period
    belong to the run; trailing connectors and dots do not.
    """
    n = len(toks)
    run = [toks[i]]
    j = i + 1
    possessive = _strip_possessive(toks[i].text)[1]
    while j < n and (not possessive or _irregular_plural_owner(text, run[-1], toks[j])):
        if possessive:
            # "the Scottish Fishermen's Federation", "the Women's Institute": an irregular plural owner inside a
            # body's name (session 26, the lead's reading: the book had "Scottish Fishermen" and "Federation")
            run.append(toks[j])
            possessive = _strip_possessive(toks[j].text)[1]
            j += 1
            continue
        u = toks[j]
        gap = text[run[-1].end : u.start]
        if gap not in (" ", ""):
            # initials: "Lloyd J. Austin" -> "J" "." tokens
            if gap == "" and u.text == "." and len(run[-1].text) == 1:
                run.append(u)
                j += 1
                continue
            break
        if _is_cap(u) and u.lower not in _WEEKDAYS:
            run.append(u)
            possessive = _strip_possessive(u.text)[1]
            j += 1
            continue
        if (
            u.lower == "of"
            and len(run) >= 2
            and (run[0].lower in _FIRST_NAMES or run[-2].lower in _FIRST_NAMES)
        ):
            # "Dan Woodard of Clemson University", "Ted Cruz of Texas": a person, then where from; after a
            # title too ("Sen. Ted Cruz of Texas" was one person "Ted Cruz of Texas")
            break
        if u.lower == "of" and _titled_two_word_name(run):
            # "Mayor Ilse Varnhagen of Cordale", "Chief Emeric Tallkettle of Marrowick Bay": a title, a first name
            # no table holds and a surname, then where they serve (session 27: dev23's chief was the person "Emeric
            # Tallkettle of Marrowick Bay", typed "other" as a source)
            break
        if (
            u.text in ("'", "’")
            and gap == ""
            and run[-1].text.endswith("s")
            and j + 1 < n
            and text[u.end : toks[j + 1].start] == " "
            and toks[j + 1].lower in BODIES_AFTER_PLURAL_OWNER
            # "the Road and Rail Workers’ Union": a name joined by "and" before the run is not read whole here
            # ("Rail Workers’ Union" then took "the union" from dev4's gold name), so it stays as it was
            and _AND_BEFORE_RUN.search(text, max(0, run[0].start - 40), run[0].start) is None
        ):
            # "the Communications Workers' Federation", "the Road and Rail Workers’ Union": a plural owner inside a
            # body's name (session 22: the name was cut to "Federation", dev18's key missed)
            run.extend((u, toks[j + 1]))
            j += 2
            continue
        if u.lower in _NAME_CONNECTORS and j + 1 < n and _is_cap(toks[j + 1]):
            run.append(u)
            j += 1
            continue
        if (
            u.lower == "the"
            and len(run) == 1
            and j + 1 < n
            and _is_cap(toks[j + 1])
            and text[u.end : toks[j + 1].start] == " "
            and _GROUP_KIND_BEFORE.search(text, max(0, run[0].start - 20), run[0].start) is not None
        ):
            # Session 30 (the lead's note 2.2): "Animal welfare group Free the Herd, which ..., said" was the entity
            # and source "Herd": after a group's kind word, a capitalised word, "the" and a capitalised word are one
            # name ("campaign group Save the Meadows", "the charity Save the Children").
            run.extend((u, toks[j + 1]))
            j += 2
            continue
        if u.lower == "and" or u.text == ",":
            joined = _joined_name_end(text, toks, j, run)
            if joined is not None:
                run.extend(toks[j:joined])
                j = joined
                possessive = _strip_possessive(run[-1].text)[1]
                continue
        if u.text == "." and (len(run[-1].text) == 1 or run[-1].lower in HONORIFIC_ABBREVIATIONS):
            run.append(u)  # "J. Austin", "Mr. Lind": the period belongs to the run
            j += 1
            continue
        break
    # Drop trailing connectors and dots.
    while run and (run[-1].lower in _NAME_CONNECTORS or run[-1].text == "."):
        run.pop()
    return run, j, possessive


def _titled_two_word_name(run: list[Token]) -> bool:
    """Whether a capitalised run is a person's title, then two words of a name: a role word ("Mayor", "Chief",
    "Councillor") or an honorific ("Mr", "Dr") first, and two last words that are no title's, no body's and no
    place's ("Lord Mayor", "Chief Executive", "General Electric Company" and "Port Ember" stay whole)."""
    if len(run) < 3 or run[-1].text == "." or run[-2].text == ".":
        return False
    first = run[0].lower.rstrip(".")
    if first not in ROLE_WORDS and first not in HONORIFIC_ABBREVIATIONS:
        return False
    return not any(
        w in ROLE_WORDS
        or w in ORG_HEADS
        or w in COMPANY_NAME_TAILS
        or w in CORPORATE_TAILS
        or w in _BODY_NAME_WORDS
        or w in PLACE_HEADS
        or w in PLACE_NAME_TAILS
        for w in (run[-2].lower, run[-1].lower)
    )


# Descriptions of a firm by no kind of its own, and the record types they may stand for (``body_that_spoke``).
GENERIC_BODY_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "the company": ("organization",),
    "the firm": ("organization",),
    "the business": ("organization",),
    "the group": ("organization", "group"),
}


# A firm told by its trade, read as "the company" is (``EntityBook.firm_described``; session 31, README's confident wrong
# answer "the lender", "the club", "the zoo"; the lead's note 1 of session 30: "Pellworth Bank will close 45 branches
# ..., the lender said"). Written out from English: what a business does, never a person's work ("operator", "maker",
# "builder", "landlord" are people too) nor an outlet ("broadcaster", "publisher": media, not a firm here).
TRADE_DESCRIPTIONS = frozenset(
    "the " + w
    for w in words(
        "lender insurer airline carrier retailer supermarket grocer chain club brewery distillery carmaker automaker "
        "manufacturer miner utility developer housebuilder bookmaker charity zoo shipper haulier courier bakery "
        "dairy creamery hotelier"
    )
)
# How far back (characters) a firm named may be the one a description stands for: about a paragraph and the one before.
FIRM_DESCRIBED_REACH = 600
# Words that name a kind of body, not one body: a name made only of them is no firm's.
_FIRM_KIND_WORDS = ORG_HEADS | COMPANY_NAME_TAILS | CORPORATE_TAILS | GOVERNMENT_HEADS | MEDIA_HEADS


# Irregular plurals that own a body's name with "'s": "Fishermen's Federation", "Children's Society".
_IRREGULAR_PLURAL_OWNERS = ("men", "people", "children")
_OWNED_BODY_HEADS = BODIES_AFTER_PLURAL_OWNER | JOINED_NAME_HEADS | words("institute party fund trust")


def _irregular_plural_owner(text: str, owner: Token, nxt: Token) -> bool:
    """Whether a possessive ``owner`` is an irregular plural ("Fishermen's", "Women's") that a capitalised body's head
    follows after one space."""
    word, owned = _strip_possessive(owner.text)
    return (
        owned
        and word.lower().endswith(_IRREGULAR_PLURAL_OWNERS)
        and word.lower() not in _FIRST_NAMES  # "Carmen's Union Street shop"
        and nxt.text[:1].isupper()
        and nxt.lower in _OWNED_BODY_HEADS
        and text[owner.end : nxt.start] == " "
    )


# Words after which a first name alone may be the person named in full before: the name opens its clause or is
# a verb's or a preposition's object ("Amira, who said", "said Priya", "told Tomas"). After any other lowercase word
# it has a description of its own ("Her daughter Sarah", "classmate Sarah": review of session 26).
_BEFORE_A_FIRST_NAME = words(
    "and but or said says told asked added according to by with for as that when while because like than "
    "from of at on in after before against about"
)


def _first_name_may_link(text: str, at: int, end: int) -> bool:
    """Whether the word at [at, end) in a sentence opens it, follows punctuation or a function word, and a relative
    "who" follows it ("Amira, who said"): only there is a lone first name surely a person's, not a club's or a
    place's that a person shares ("Chelsea Brown ... Chelsea said": the review of session 26)."""
    if not text.startswith(", who ", end):
        return False
    before = text[:at].rstrip()
    if not before or not before[-1].isalpha():
        return True
    return before.split()[-1].lower() in _BEFORE_A_FIRST_NAME


def _cap_segment(text: str, toks: list[Token], k: int) -> int:
    """The index after one to three capitalised words from ``k`` joined by single spaces (``k`` when none): a field
    in a body's name ("Entertainment", "Rural Affairs"). No acronym (a body of its own: "Unite and GMB"), weekday or
    possessive."""
    end = k
    while end < len(toks) and end - k < 3:
        t = toks[end]
        if (
            not _is_cap(t)
            or t.lower in _WEEKDAYS
            or (t.text.isupper() and len(t.text) > 1)
            or _strip_possessive(t.text)[1]
            or (end > k and text[toks[end - 1].end : t.start] != " ")
        ):
            break
        end += 1
    return end


def _joined_name_end(text: str, toks: list[Token], j: int, run: list[Token]) -> int | None:
    """Where a body's name that lists fields joined by "and" ends, from the "and" or comma at ``j`` after ``run``;
    None when the words after are no part of the run's name (``JOINED_NAME_HEADS``, ``LISTED_FIELD_HEADS``)."""
    if not run or run[0].lower in _FIRST_NAMES or (run[-1].text.isupper() and len(run[-1].text) > 1):
        return None  # "Sarah and Tom Reed", "BBC and ITV": people, or a body named by its letters
    k = j
    # Commas first ("Broadcasting, Entertainment, Communications and Theatre Union"), then "and" and the last field.
    while toks[k].text == ",":
        if text[toks[k].end : toks[k].end + 1] != " ":
            return None
        seg = _cap_segment(text, toks, k + 1)
        if seg == k + 1 or seg >= len(toks):
            return None
        k = seg
    if toks[k].lower != "and" or text[toks[k - 1].end : toks[k].start] not in ("", " "):
        return None
    end = _cap_segment(text, toks, k + 1)
    if end == k + 1 or toks[k + 1].lower in _FIRST_NAMES:
        return None
    added = [t.lower for t in toks[j:end] if t.text[:1].isupper()]
    if added[-1] in JOINED_NAME_HEADS and (len(run) == 1 or not any(t.lower in ORG_HEADS for t in run)):
        return end  # "the University and College Union": the head ends the whole list
    listed = any(
        a.lower in LISTED_FIELD_HEADS and b.lower in ("of", "for") for a, b in itertools.pairwise(run)
    )
    if listed and not any(w in ORG_HEADS for w in added) and end < len(toks) and not _is_cap(toks[end]):
        return (
            end  # "the Department of Health and Social Care", "Union of Rail, Maritime and Transport Workers"
        )
    return None


def _named(
    text: str, toks: list[Token], run: list[Token], first: int, j: int, possessive: bool
) -> tuple[int, int, str, str, str | None] | None:
    """What a run (from token ``first``, ending before ``j``) names in the sentence: its span, the
    name, the entity type and a title; ``None`` when it names no entity."""
    n = len(toks)
    title_toks, name_toks = _split_title(run)
    while name_toks and name_toks[0].text == "." and title_toks:
        title_toks, name_toks = [*title_toks, name_toks[0]], name_toks[1:]  # "Mr." keeps its period
    # A lowercase org head right after a run: "the Iraqi parliament", "the U.S. military".
    extended = False
    if (
        j < n
        and toks[j].lower in LOWER_ORG_HEADS
        and text[run[-1].end : toks[j].start] == " "
        and not possessive
    ):
        name_toks = [*name_toks, toks[j]]
        extended = True
    if not name_toks:
        return None
    if not title_toks and len(name_toks) >= 3:
        # "Democrat Hillary Clinton", "Actress Eva Longoria": the word before a first name describes the
        # person and is her title, not part of her name (a record "Democrat Hillary Clinton" stood beside
        # "Hillary Clinton", and summaries wrote the first). Further in: "House Intelligence Republican
        # Mike Pompeo", "Vermont Democrat Bernie Sanders" (the run was an organisation, no one a later
        # "he" could stand for; session 12), when two or three name words follow the first name's start.
        for k in range(len(name_toks) - 2):
            if (
                name_toks[k].lower in DESCRIPTORS_BEFORE_NAMES
                and name_toks[k + 1].lower in _FIRST_NAMES
                and (k == 0 or len(name_toks) - k - 1 <= 3)
            ):
                title_toks, name_toks = name_toks[: k + 1], name_toks[k + 1 :]
                break
    if (
        len(name_toks) > 2
        and name_toks[-1].text in ("Jr", "Sr")
        and text[name_toks[-1].end : name_toks[-1].end + 1] == "."
    ):
        name_toks = name_toks[:-1]  # "James B. Corey Jr., the director": the name without its suffix
    start = name_toks[0].start
    end = name_toks[-1].end
    name, _ = _strip_possessive(text[start:end])
    end = start + len(name)
    prev_tok = toks[j - len(run) - 1].lower if j - len(run) - 1 >= 0 else ""
    if prev_tok == "," and j - len(run) - 2 >= 0 and _kind_set_off(toks, j - len(run) - 2):
        # "The grid operator, Nordnet, said": the kind set off before the name (session 28, the lead's note: typed
        # "other"), as "the grid operator Nordnet" is read
        prev_tok = toks[j - len(run) - 2].lower
    next_tok = toks[j].lower if j < n else ""
    if next_tok.endswith("ly") and j + 1 < n and toks[j + 1].lower in REPORTING_VERBS:
        next_tok = toks[j + 1].lower  # "Cruz openly admitted": the verb after the adverb
    etype = "organization" if extended else _type_of(name_toks, name, bool(title_toks), prev_tok, next_tok)
    if (
        etype in (None, "person")
        and not title_toks
        and prev_tok == ","
        and j - len(run) - 2 >= 0
        and toks[j - len(run) - 2].lower in FIRM_ROLES_BEFORE_NAME
        and len(name_toks) == 1
        and name_toks[0].lower not in _FIRST_NAMES
        and _spoken_of_as_a_thing(toks, j)
    ):
        # "the main contractor, Brightrail, which ...": a firm named in apposition (session 25); one word, since a
        # person's whole name is two ("its owner, Margit Selwood": dev16)
        etype = "organization"
    if (
        etype == "person"
        and not title_toks
        and prev_tok == "of"
        and j - len(run) - 2 >= 0
        and toks[j - len(run) - 2].lower in SETTLEMENT_NOUNS
    ):
        etype = "location"  # "the mining town of Drury Wells": a place, never "she"
    app = (
        APPOSITIVE_ORG.match(text[end:]) if text.startswith(",", end) else None
    )  # (its comma first: session 28)
    head_first = (
        _APPOSITIVE_HEAD_THEN_OF.match(text, end)
        if app is None or _PREPOSITION_IN.search(app.group(0))
        else None
    )
    if (
        etype in ("person", None, "other")
        and not title_toks
        and app
        and app.group("head") in ORG_APPOSITIVE_HEADS
        and not _PREPOSITION_IN.search(app.group(0))
    ):
        etype = "organization"  # "Blue Ledger, a Brussels-based campaign group, ..."
    elif (
        etype in ("person", None, "other")
        and not title_toks
        and head_first is not None
        and head_first.group("head") in ORG_APPOSITIVE_HEADS
    ):
        # Session 34 (s34-att): the kind then what it is for, "Airside Workers Together, a union for ground handlers,
        # said" (dev30: typed person, gold organisation); the head is the word before the preposition, so "Tom Lee, a
        # partner at the firm" stays a person
        etype = "organization"
    elif (
        etype in ("person", None, "other")
        and not title_toks
        and prev_tok == ","
        and text.startswith(",", end)
        and (kind := _POSTMODIFIED_KIND_BEFORE.search(text, max(0, start - 140), start)) is not None
        and kind.group("head") in ORG_APPOSITIVE_HEADS
    ):
        # "A group opposed to vaccine mandates, Parents for Choice Ensworth, denied ...": a body's kind with its
        # post-modifier, then the name set off by commas (session 33: dev20 typed it "other", so its "it" went to the
        # school named before; as ``speakers.named_description`` reads the name for the speaker)
        etype = "organization"
    elif etype == "person" and not title_toks and _WHICH_AFTER.match(text, end):
        etype = "organization"  # "Ostrel Water, which runs the reservoir": people take "who", things "which"
    if etype is None:
        if len(name_toks) == 1 and not title_toks and name.lower() not in DEMONYMS:
            etype = "unknown"  # kept only if it turns out to be a known person's surname
        else:
            return None
    title = text[title_toks[0].start : title_toks[-1].end] if title_toks else None
    k0 = first
    if (
        title is None
        and k0 >= 2
        and toks[k0 - 1].text == "."
        and toks[k0 - 2].lower in HONORIFIC_ABBREVIATIONS
        and etype in ("person", "unknown")
    ):
        # "Mr. Lind", "Ms. Okafor": the honorific (a common word, so outside the run) makes a person.
        title, etype = text[toks[k0 - 2].start : toks[k0 - 1].end], "person"
    if title is None and etype == "person":
        title = _title_around(text, run[0].start, end)
    return start, end, name, etype, title


def _title_around(text: str, run_start: int, name_end: int) -> str | None:
    app = APPOSITIVE.match(text[name_end:])
    if app:
        phrase = app.group("app")
        words = re.findall(r"[\w-]+", phrase.lower())
        if any(w in LOWER_ROLE_HEADS or w in ROLE_WORDS for w in words):
            stripped = POSSESSOR.sub("", phrase, count=1).strip()
            return stripped or None
    before = ROLE_BEFORE.search(text[max(0, run_start - 60) : run_start])
    if before and before.group("head") in LOWER_ROLE_HEADS:
        return before.group("role").strip()
    if ", " in text[max(0, run_start - 3) : run_start]:
        office = _OFFICE_OF_PLACE_BEFORE.search(text[max(0, run_start - 90) : run_start])
        if office is not None and office.group("head") in OFFICE_FORMS:
            # "The traffic commissioner for Wales, Helen Morgan, said": a later "the commissioner" is she (session 27,
            # the lead's reading)
            return office.group("role")
    return None


# An office held for a place or a body, then a comma before the holder's name: "The traffic commissioner for Wales, ",
# "the chief executive of Harbour Lines, ".
_OFFICE_OF_PLACE_BEFORE = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Aa]n?)\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)\s+(?:for|of)\s+"
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),\s*$"
)


# A body's kind written with its name (session 18): "the ferry operator Harrow Lines", "The ferry operator,
# Harrow Lines, said", "Harrow Lines, the ferry operator, ...". A later "the operator" or "the ferry operator"
# is that body (``EntityBook.by_head``); before, it stayed an unresolved description.
_KIND_BEFORE_NAME = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?P<desc>(?:[a-z][\w’'-]*\s+){0,2}(?P<head>[a-z][\w-]*)),?\s+$"
)
_KIND_AFTER_NAME = re.compile(
    r",\s+(?:the|a|an)\s+(?P<desc>(?:[a-z][\w’'-]*\s+){0,2}(?P<head>[a-z][\w-]*))\s*[,.;]"
)


def _note_kind_alias(book: EntityBook, sent: Sentence, m: Mention) -> None:
    a, b = m.start - sent.start, m.end - sent.start
    kind = _KIND_BEFORE_NAME.search(sent.text, max(0, a - 50), a) or _KIND_AFTER_NAME.match(sent.text, b)
    if kind is not None and kind.group("head").lower() in ORG_APPOSITIVE_HEADS:
        book._alias(m.key, "the " + kind.group("desc").lower())


# Session 30: prepositions after a capitalised word opening its sentence that show the word a common noun there:
# "British Beet will close its factory ... Beet from about 900 farms will be sent to its two remaining plants" read
# "Beet" as the short name of British Beet (the summary "British Beet from about 900 farms will be sent ...").
# Not "of": "Ashcroft of the Harbour Policy Centre said" is how news gives a person's body (tests/test_rules_names_s14).
COMMON_NOUN_OPENING_NEXT = words("from in at for with on by into over under across through")
_NEXT_WORD = re.compile(r"\s+(?P<w>[a-z]+)\b")
# A lowercase word (maybe with a comma) or a semicolon, colon or bracket, and spaces, right before a word; and a
# capitalised word right after one (the word is then part of a longer name: "Beet Growers").
_WORD_BEFORE_ALONE = re.compile(r"(?:(?<![\w’'-])[a-z][\w’'-]*,?|[;:(])\s+$")
_CAPITAL_AFTER = re.compile(r"[’'-]?\s*[A-Z]")


def _named_as_a_person(book: EntityBook, name: str) -> bool:
    """True when the entity ``name`` has a title or opens with a first name the tables know: a person for sure."""
    rk = book._by_key.get(book._name_key(name))
    rec = book.records.get(rk) if rk is not None else None
    return rec is not None and (bool(rec.titles) or rec.name.split()[0].lower() in _FIRST_NAMES)


def _common_noun_opening(sent: Sentence, m: Mention, sentences: list[Sentence]) -> bool:
    """True when the bare capitalised word ``m`` opens its sentence, a preposition follows it ("Beet from about 900
    farms", "Grain from 600 farms") and the article never writes the word alone mid-sentence: a common noun
    capitalised by its place, not a short name of anyone named before (whose short name a writer also uses after
    other words: "... sent to Beet", "... said Okafor")."""
    at = m.start - sent.start
    if " " in m.text or sent.text[:at].strip(" “‘\"'") or m.in_quote:
        return False
    nxt = _NEXT_WORD.match(sent.text, m.end - sent.start)
    if nxt is None or nxt.group("w") not in COMMON_NOUN_OPENING_NEXT:
        return False
    for s in sentences:
        if s.headline:
            continue
        at = s.text.find(m.text)
        while at >= 0:
            end = at + len(m.text)
            if (
                _WORD_BEFORE_ALONE.search(s.text, max(0, at - 40), at) is not None
                and not s.text[end : end + 1].isalnum()
                and _CAPITAL_AFTER.match(s.text, end) is None
            ):
                return False  # "... sent to Beet", "... said Okafor": the word alone mid-sentence
            at = s.text.find(m.text, end)
    return True


# A person's name, a comma and a description ending in a preposition right before a body's name: "Dr Ines Maro, a
# marine biologist at the", "Tom Reyes, head of research for" (session 30).
_PERSONS_ASIDE_BEFORE = re.compile(
    r"[A-Z][\w’'-]*,\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w’'-]+\s+){0,6}?(?:at|of|with|for|from)\s+(?:the\s+)?$"
)


def _in_persons_aside(sent: Sentence, m: Mention) -> bool:
    """True when the body ``m`` is named in a person's appositive, closed by a comma or the sentence's end: where
    the person works, not a body the sentence is about."""
    at = m.start - sent.start
    if "," not in sent.text[max(0, at - 80) : at]:
        return False
    aside = _PERSONS_ASIDE_BEFORE.search(sent.text, max(0, at - 80), at)
    if aside is None:
        return False
    return sent.text[m.end - sent.start :].lstrip()[:1] in (",", ".", "")


def build_book(sentences: list[Sentence], quotes: list[tuple[int, int]]) -> EntityBook:
    book = EntityBook()
    quote_starts = [a for a, _b in quotes]
    pending_alias: list[Mention] = []
    # Bare capitalised words not yet known as a surname, with their sentence: "Obama also addressed ..."
    # before the article's first "Obama said" (tried again once the whole body is read).
    deferred: list[tuple[Sentence, Mention]] = []
    # Records of names seen speaking as a body does (``_speaks_as_body``), retyped once the body is read.
    bodies: set[str] = set()
    for sent in sentences:
        if sent.headline:
            continue
        first_person: str | None = None
        ends: dict[int, int] = {}  # mention start -> end, for the verb after it
        people: list[tuple[int, str]] = []
        for m in find_mentions(sent, quotes, quote_starts):
            if m.key.startswith("alias-of:"):
                rk = book._by_key.get(book._name_key(m.key.removeprefix("alias-of:")))
                if rk:
                    book._alias(rk, m.text)
                    m.key = rk
                    m.type = book.records[rk].type
                    book.mentions.append(m)
                else:
                    pending_alias.append(m)
                continue
            body = _speaks_as_body(sent, m)
            kin = _kin_before(sent.text, max(0, m.start - sent.start - 40), m.start - sent.start)
            if kin is not None and m.type in ("unknown", "other") and not m.in_quote:
                # "His daughter, Catriona, said": a name set after a kin word is a person's, however rare the name
                # (session 22, lead: her quote went to her late father, and she was a source of type "other").
                m.type = "person"
            if (
                m.type == "unknown"
                and (short_of := book.canonical(m.text)) != m.text
                and not _named_as_a_person(book, short_of)
                and _common_noun_opening(sent, m, sentences)
            ):
                # (only a word the book would read as someone's short name: "Forecasters at the weather service"
                # stays as it was; and never a surname of a name opening with a first name or a title: "Len Ashcroft
                # spoke first. Ashcroft of the Harbour Policy Centre said")
                book.common_openings.add(book._name_key(m.text))
                continue
            if m.type == "unknown":
                # "Lopez met ...": a bare word that is the surname of a person already named
                known = book.canonical(m.text)
                book.first_name_may_link = kin is None and _first_name_may_link(
                    sent.text, m.start - sent.start, m.end - sent.start
                )
                if known == m.text and book.first_name_may_link:
                    known = book.person_by_first_name(m.text) or known  # "Amira, who said": Amira Haddad
                if (known == m.text or book.type_of(known) != "person") and not body:
                    if not m.in_quote:
                        deferred.append((sent, m))
                    continue
                # A bare word speaking as a body ("Tollerby, which ..., said") is recorded as the word before a
                # reporting verb is (a person, joined to a firm it is the short name of), then retyped below.
                m.type = "person"
            if (
                m.type == "organization"
                and not m.in_quote
                and " " not in m.text
                and not _THE_BEFORE.search(sent.text, max(0, m.start - sent.start - 6), m.start - sent.start)
                and book.type_of(known := book.canonical(m.text)) == "person"
                and known != m.text
            ):
                # "Atlantic City Mayor Don Guardian ... But Guardian, the first Republican mayor, ...": a bare
                # word the tables call an outlet or a company is, in an article naming one person by that
                # surname, the person ("The Guardian" keeps its article and stays the outlet; session 12).
                m.type = "person"
            book.first_name_may_link = kin is None and _first_name_may_link(
                sent.text, m.start - sent.start, m.end - sent.start
            )
            book.speaks_as_body = body
            book.add_mention(m)
            book.first_name_may_link, book.speaks_as_body = True, False
            if body and m.type in ("person", "other"):
                bodies.add(m.key)
            if m.type in ("organization", "group") and not m.in_quote and _in_persons_aside(sent, m):
                book.aside_bodies.add(m.start)
            if m.type in ("organization", "group") and not m.in_quote:
                _note_kind_alias(book, sent, m)
                said = _speaks_at(sent, m.start - sent.start, m.end - sent.start)
                book._bodies_named.append((m.start, sent.block, m.key, said))
            if m.type == "person" and kin is None and m.key not in book._gender:
                # "Mr Pell", "Ms Dale": British honorifics without a period open no name run (they are common
                # capitalised words), so the record has no title to tell its gender by; the word before does
                # (session 22, lead: "Mr Justice Pell said ... The Ledger must also pay her legal costs" gave
                # "Pell's legal costs").
                at = m.start - sent.start
                if m.title and sent.text[max(0, at - len(m.title) - 1) : at].strip() == m.title:
                    at -= len(m.title) + 1  # "Mr Justice Pell": the honorific before the office
                hon = _HONORIFIC_BEFORE.search(sent.text, max(0, at - 8), at)
                if hon is not None and (g := gender_of(m.text, [hon.group().strip()])) is not None:
                    book._gender[m.key] = g
            if m.type == "person" and kin is not None:
                # "her son, Idris Penhallow": the kin word says the person's gender where the name does not.
                book._gender.setdefault(m.key, "m" if kin.group("kin").lower() in _MALE_KIN else "f")
            if m.type == "person" and not m.in_quote:
                people.append((m.start, m.key))
                ends[m.start] = m.end
                if _modifier_mention(sent.text, m.end - sent.start):
                    book._minor.add(m.start)
            if m.type == "person" and first_person is None and not m.in_quote:
                first_person = m.key
            if m.type == "person" and not m.in_quote and (body_type := spokesperson_body_type(sent, m, book)):
                book._spokespeople.setdefault(m.key, body_type)
        for d in DESCRIPTOR.finditer(sent.text) if any(r in sent.text for r in _DESCRIPTOR_ROLES) else ():
            who = book.person_by_role(d.group("org"), d.group("role"))
            if who:
                rk = book._by_key[book._name_key(who)]
                form = d.group(0)
                book._alias(rk, form[0].lower() + form[1:] if form.startswith("The") else form)
                abs_s = sent.start + d.start()
                book.mentions.append(Mention(abs_s, sent.start + d.end(), d.group(0), "person", key=rk))
                people.append((abs_s, rk))
                ends[abs_s] = sent.start + d.end()
                if first_person is None:
                    first_person = rk
        people.sort()
        pronouns = _subject_pronouns(sent, quotes, quote_starts)
        book.note_pronouns(sent.start, pronouns)
        _said_gender(book, sent, people, ends, pronouns)
        book._sentence_starts.append(sent.start)
        book._sentence_blocks.append(sent.block)
        book._sentence_texts.append(sent.text)
        if (opening := _OPENING_SUBJECT.match(sent.text)) is not None:
            book.openings[sent.start] = opening.group("np")
        book.note_people(sent.start, people)
        for start, key in people:
            if _speaks_at(sent, start - sent.start, ends.get(start, start) - sent.start):
                book._speaking.add((sent.start, key))
        if first_person is not None:
            book.note_subject(sent.start, sent.end, first_person)
    # Places first: "a loss to Trump" made a place "Trump" that hid the person from every bare "Trump" read
    # before "Donald Trump" was named, so no sentence had him as its subject (issue 14, session 13).
    _names_typed_as_places(book)
    _bodies_typed_as_people(book, bodies)
    _late_surnames(book, deferred)
    _title_as_first_name(book)
    book.finish()
    return book


# Titles that make the name after them a person's, a period or none: the abbreviations and the courtesy titles
# written out ("Mr Hale", "Dame Ada Brenn").
HONORIFICS_BEFORE_NAME = PERSON_TITLE_ABBREVIATIONS | words("miss mx sir dame lord lady")
_HONORIFIC_BEFORE = re.compile(
    r"\b(?:" + "|".join(w.capitalize() for w in sorted(HONORIFICS_BEFORE_NAME)) + r")\.?\s+$"
)


def _speaks_as_body(sent: Sentence, m: Mention) -> bool:
    """True when the name at ``m`` speaks as a body does: "X, which ..., said", "X said (that) it would ..."
    (``_WHICH_THEN_VERB``, ``_VERB_THEN_IT``). Never a titled name, one opening with a first name, or one in a
    quotation."""
    if m.in_quote or m.title or m.text.split()[0].lower() in _FIRST_NAMES:
        return False
    if _HONORIFIC_BEFORE.search(sent.text, max(0, m.start - sent.start - 8), m.start - sent.start):
        return False  # "Mr Hale said it would appeal": a person, whatever "it" is (review of session 20)
    if (
        " " not in m.text
        and m.text.endswith("s")
        and not m.text.endswith("ss")
        and not sent.text[: m.start - sent.start].strip(' “"')
    ):
        return False  # "Nurses said it had opened a ward": a plural opening its sentence is no name
    end = m.end - sent.start
    which = _WHICH_THEN_VERB.match(sent.text, end)
    if which is not None and which.group("v") in SPEAKING_VERBS:
        return True
    it = _VERB_THEN_IT.match(sent.text, end)
    if it is not None and it.group("v") in SPEAKING_VERBS:
        return True
    # Session 34 (the lead's note 1): what only a firm has, "Callvia's chief executive, X", "Callvia shares closed
    # 1.4% lower" (a bare name before "said" was typed person)
    return " " not in m.text and _FIRM_PARTS_AFTER.match(sent.text, end) is not None


# What a firm has and a person has not, right after its name: its chief executive, board, shares, shareholders.
_FIRM_PARTS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:chief\s+(?:executive|financial\s+officer|operating\s+officer)|board\s+of\s+directors|"
    r"shares\s+(?:closed|fell|rose|jumped|dropped|slid|gained)|shareholders|subscribers)\b"
)


# A named spokesperson speaks for their body, and the gold types them by it (evals/sets/README.md: "an on-the-record
# spokesperson for a government department is government, and one for a company is organization"; session 22: six
# such sources in dev4, dev6, dev9 and dev10 were typed person). The description is set off by commas before the
# name ("A spokeswoman for the department, Lina Marrow, said", "said its spokesman, Wes Dorran") or after it ("Fenna
# Holt, a spokeswoman for the university, said").
SPOKESPERSON_WORDS = words("spokesman spokeswoman spokesperson")
# Words before the role that end the description's own words: its determiner, or its owner ("its", "the group's").
_ROLE_DETERMINERS = words("a an the")
_ROLE_OWNERS = words("its their")
_OWNER_BEFORE = "owner-before:"
# Words that make a description no spokesperson's now, or no description of the person named: "a former spokesman",
# "once a spokesman", "a spokesman for the ministry until 2019", "who had emailed a spokesman", "whose husband is a
# spokesman" (review of session 22).
_NOT_A_SPOKESPERSON_NOW = words(
    "former ex-spokesman ex-spokeswoman once then previously until till since who whom whose which that"
)
_APPOSITIVE_BEFORE_NAME = re.compile(r"(?:^|[,;:(]|\bsaid\b)(?P<desc>[^,;:()]{3,80}),\s+$")
_APPOSITIVE_AFTER_NAME = re.compile(r",\s+(?P<desc>[^,;:()]{3,80})(?=[,;:)]|\.?$)")


def _body_phrase_type(phrase: str, book: EntityBook) -> str | None:
    """ "government" or "organization" for a phrase naming a body ("the department", "the university", "Tollerby
    Clinic"); None for anything else (a person, a portfolio such as "housing", a place)."""
    phrase = phrase.strip()
    if not phrase:
        return None
    canonical = book.canonical(phrase) if phrase[:1].isupper() else None
    kind = source_type_for(phrase, book, canonical)
    return kind if kind in ("government", "organization") else None


def _spokesperson_description_type(desc: str, book: EntityBook, pos: int) -> str | None:
    """The body type a spokesperson description names: "a spokeswoman for the council" (the body after "for"), "a
    ministry spokesman" (the words before the role; a portfolio, "its housing spokesman", names no body), "its
    spokesman" (the organisation named last before ``pos``; an organisation when none is), "the group's spokeswoman"
    (its owner). None when no body is named or the spokesperson is a former one."""
    toks = desc.split()
    low = [t.lower().strip(".,;:") for t in toks]
    if low[:1] in (["said"], ["says"], ["added"]):
        toks, low = (
            toks[1:],
            low[1:],
        )  # "..., said its spokesman, NAME": an inverted cue before the description
    at = next((i for i, w in enumerate(low) if w in SPOKESPERSON_WORDS), None)
    if at is None or any(w in _NOT_A_SPOKESPERSON_NOW for w in low):
        return None
    if at > 0 and not (
        low[0] in _ROLE_DETERMINERS
        or low[0] in _ROLE_OWNERS
        or low[0].endswith(("'s", "’s"))
        or toks[0][:1].isupper()
    ):
        # The role heads the description ("a spokesman", "its spokesman", "the group's spokeswoman", "A Harlow Pay
        # spokesman"): not "who was a spokesman", "whose husband is a spokesman", "once a spokesman" (review of
        # session 22)
        return None
    after = low[at + 1 :]
    if after:
        # "a spokesman for the department"; "a spokesman at the scene", "who ..." name no body
        return _body_phrase_type(" ".join(toks[at + 2 :]), book) if after[0] == "for" else None
    j = at - 1
    while (
        j >= 0
        and low[j] not in _ROLE_DETERMINERS
        and low[j] not in _ROLE_OWNERS
        and not low[j].endswith(("'s", "’s"))
    ):
        j -= 1
    modifiers = toks[j + 1 : at]
    if modifiers:
        # "a department spokeswoman", "A Harlow Pay spokesman"; "its housing spokesman" speaks for a portfolio
        name = " ".join(modifiers)
        return _body_phrase_type(name if name[:1].isupper() else "the " + name, book)
    if j < 0 or low[j] in _ROLE_DETERMINERS:
        return None  # "a spokesman, Tom Bell": no body named
    if low[j] in _ROLE_OWNERS:
        # "its spokesman": the organisation named last before it, looked up once the book is read
        # (``EntityBook.spokesperson_type``; the book's positions are sorted only then)
        return f"{_OWNER_BEFORE}{pos}"
    # "the group's spokeswoman", "Okafor's spokesman": the owner, from its determiner or its capitalised words
    k = j
    while (
        k > 0
        and (low[k - 1] in _ROLE_DETERMINERS or toks[k - 1][:1].isupper())
        and low[k] not in _ROLE_DETERMINERS
    ):
        k -= 1
    owner = " ".join(toks[k : j + 1])
    return _body_phrase_type(strip_possessive(owner), book)


def spokesperson_body_type(sent: Sentence, m: Mention, book: EntityBook) -> str | None:
    """The type of the body the person mentioned at ``m`` is set off as speaking for, or None."""
    a, b = m.start - sent.start, m.end - sent.start
    if m.title:
        # "A ministry spokesman, Captain Ivo Brandt, said": the title before the name is no part of the description
        t = sent.text.rfind(m.title, max(0, a - len(m.title) - 2), a)
        a = t if t >= 0 and not sent.text[t + len(m.title) : a].strip() else a
    before = _APPOSITIVE_BEFORE_NAME.search(sent.text, max(0, a - 90), a)
    if before is not None and (kind := _spokesperson_description_type(before.group("desc"), book, m.start)):
        return kind
    after = _APPOSITIVE_AFTER_NAME.match(sent.text, b)
    if after is not None and (kind := _spokesperson_description_type(after.group("desc"), book, m.start)):
        return kind
    before_role = sent.text[:a].rstrip().rsplit(" ", 1)[-1] if sent.text[:a].strip() else ""
    if (
        m.title
        and m.title.lower() in SPOKESPERSON_WORDS
        and sent.text[a : a + len(m.title)] == m.title
        and not before_role[:1].isupper()
    ):
        # Session 34 (s34-att): the bare role as a title before the name, "..., spokeswoman Ravenna Orrickson said"
        # (dev30: the co-op's; typed person in five drafts) speaks for the body named last, as "its spokesman" does.
        # Not a role with a name before it ("Whitfield spokesman Aldo Venn": a mayor's, session 22's test).
        return f"{_OWNER_BEFORE}{m.start}"
    return None


def _bodies_typed_as_people(book: EntityBook, bodies: set[str]) -> None:
    """Names read as people (a bare word before "said", "Dunhollow Line") or as things that the article shows
    speaking as a body (``_speaks_as_body``) are organisations (session 20: "Quenby said it was ...",
    "Tollerby, which employs ..., said" were a person and a thing, so their source type was wrong and "it"
    could not stand for them). A record with a title or a gender the article gives it stays a person."""
    moved = {
        rk
        for rk in bodies
        if (rec := book.records.get(rk)) is not None
        and rec.type in ("person", "other")
        and not rec.titles
        and rec.name.split()[0].lower() not in _FIRST_NAMES
        and book._gender.get(rk) is None
        and not book._said_gender.get(rk)
    }
    if not moved:
        return
    for rk in moved:
        book.records[rk].type = "organization"
    for m in book.mentions:
        if m.key in moved:
            m.type = "organization"
    book._people = [
        (st, [(at, key) for at, key in people if key not in moved]) for st, people in book._people
    ]
    firsts = {st: people[0][1] for st, people in book._people if people}
    book._subjects = [
        (st, en, key if key not in moved else firsts[st])
        for st, en, key in book._subjects
        if key not in moved or st in firsts
    ]
    book._speaking = {(st, key) for st, key in book._speaking if key not in moved}
    book._by_person = {pk: rk for pk, rk in book._by_person.items() if rk not in moved}


def _title_as_first_name(book: EntityBook) -> None:
    """A person known only by a surname after a role word that is also a first name ("The trust's chair, Dean
    Halloway, said") is named by both words (session 19: dev14's source was the surname alone). A surname the
    article gives in full elsewhere ("Law School Dean Mara Holloway ... Dean Holloway said") was merged into that
    person already."""
    for rk, rec in book.records.items():
        if rec.type != "person" or len(rec.name.split()) != 1 or len(rec.titles) != 1:
            continue
        title = rec.titles[0]
        full = f"{title} {rec.name}"
        if " " in title or title.lower() not in _FIRST_NAMES or book._by_key.get(name_key(full), rk) != rk:
            continue
        rec.aliases.append(rec.name)
        rec.name = full
        rec.titles = []
        book._by_key[name_key(full)] = rk


# What stands between a sentence's first person and a "he"/"she" that is that person: a reporting verb,
# maybe after an aside or an adverb, maybe with "that" ("Ayotte said she", "Ayotte, a Republican, told
# reporters she", "Tarla Makaeff later insisted that she"), or a participle after a comma ("Ayotte has
# tangled with Trump, saying she"). Any other words between ("Wakefield told The Huffington Post that she
# was a regular": the woman named before) leave the pronoun to someone else.
_SAID_THEN = re.compile(
    r"(?:\s*,[^,.;:“”\"]{1,90},)?\s+(?:[a-z]+ly\s+)?(?P<v>[a-z]+)(?:\s+(?:reporters|me|us))?(?:\s+that)?\s+$"
    r"|,\s+(?:saying|adding|insisting|arguing|noting)(?:\s+that)?\s+$"
)


def _said_gender(
    book: EntityBook,
    sent: Sentence,
    people: list[tuple[int, str]],
    ends: dict[int, int],
    pronouns: list[tuple[int, str]],
) -> None:
    """Gender evidence for a person whose name says none: the sentence's first person (``people``, sorted,
    outside quotes) is its subject, and a "he"/"she" right after their reporting verb is them ("Kelly
    Ayotte said she ..."). A pronoun before that person (the sentence is about someone earlier) gives
    nothing; a person the article calls both "he" and "she" keeps no gender."""
    if not people or not pronouns:
        return
    first_at, key = people[0]
    if first_at in book._minor or pronouns[0][0] < first_at:
        return
    end = ends.get(first_at)
    nxt = next((at for at, g in pronouns if at > first_at), None)
    if end is None or nxt is None or (len(people) > 1 and people[1][0] < nxt):
        return
    between = _SAID_THEN.fullmatch(sent.text, end - sent.start, nxt - sent.start)
    if between is not None and (between.group("v") is None or between.group("v") in REPORTING_VERBS):
        book.note_said_gender(key, dict(pronouns)[nxt])


# Lowercase nouns after a person's name that make the name a modifier of the role of the person named next
# ("Obama consultant Cornell Belcher", "Clinton campaign chairman John Podesta", "Trump ally Roger Stone"):
# that sentence's subject is the second person, so a later "he" prefers them (session 12, PolNeAR train
# part A). Names after a preposition, a determiner or as a possessor were tried as well and cost part B.
MODIFIER_ROLE_NOUNS = LOWER_ROLE_HEADS | words(
    "consultant pollster aide supporter surrogate ally backer donor lawyer attorney operative staffer "
    "spokesperson friend confidant adviser advisor"
)
# One to three lowercase words after the name, then a capital (the next name).
_ROLE_THEN_NAME = re.compile(r"(?:\s+[a-z][\w-]*){1,3}?\s+(?=[A-Z])")


def _modifier_mention(text: str, end: int) -> bool:
    """True when the person named up to ``end`` of a sentence qualifies the role of the person named next:
    "Obama consultant Cornell Belcher" (Obama)."""
    role = _ROLE_THEN_NAME.match(text, end)
    return role is not None and role.group().split()[-1] in MODIFIER_ROLE_NOUNS


# "the" (or "The") right before a word: "The Guardian", "the Post" are the outlets, whoever else is named.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _late_surnames(book: EntityBook, deferred: list[tuple[Sentence, Mention]]) -> None:
    """A bare word read before the article names its person ("Obama also addressed ...", then later
    "Obama said"): once the body is read, a word that is now a known person's name is that person
    there too, among its sentence's people and, when first, its subject."""
    subjects = {start: (end, key) for start, end, key in book._subjects}
    people = dict(book._people)
    for sent, m in deferred:
        rk = book._by_key.get(book._name_key(book.canonical(m.text)))
        if rk is None or book.records[rk].type != "person" or looks_like_place(m.text):
            continue
        m.type, m.key = "person", rk
        book.mentions.append(m)
        sent_people = people.setdefault(sent.start, [])
        if all(key != rk for _s, key in sent_people):
            sent_people.append((m.start, rk))
            sent_people.sort()
        if sent_people[0] == (m.start, rk):
            subjects[sent.start] = (sent.end, rk)
        if _speaks_at(sent, m.start - sent.start, m.end - sent.start):
            book._speaking.add((sent.start, rk))
    if deferred:
        book._people = sorted(people.items())
        book._subjects = sorted((start, end, key) for start, (end, key) in subjects.items())


def _names_typed_as_places(book: EntityBook) -> None:
    """A bare word after "to", "from", "at" is typed a place ("a loss to Varden", "support from Maribel"):
    when it is the first name or surname of exactly one person of the article, and no known place, it
    is that person (records of two surnames as places stood beside the people); when it opens the
    name of exactly one firm ("at Ferrowell" after "Ferrowell Energy"), it is that firm (session 16)."""
    by_word: dict[str, set[str]] = {}
    for rk, r in book.records.items():
        parts = r.name.split()
        if r.type == "person" and len(parts) >= 2:
            for w in (parts[0], parts[-1]):
                by_word.setdefault(w, set()).add(rk)
        elif (
            r.type == "organization"
            and len(parts) >= 2
            and all(w.lower() in CORPORATE_TAILS or w.lower() in COMPANY_NAME_TAILS for w in parts[1:])
        ):
            # "at Ferrowell" then "Ferrowell says ..." after "Ferrowell Energy": the firm's short name, so
            # "what it calls" in that sentence is the firm's (session 16: a place, and "it" went to the
            # organisation named before).
            by_word.setdefault(parts[0], set()).add(rk)
    moved: dict[str, str] = {}
    for rk, r in book.records.items():
        if " " in r.name:
            continue
        hits = by_word.get(r.name, set())
        if r.type == "person":
            # Session 25 (the lead's article): "Redline said" after "Redline Midstream" is the firm's short name, not
            # a person (typed person as a source); only a word that opens one firm's name and no person's.
            if len(hits) == 1 and book.records[next(iter(hits))].type == "organization":
                moved[rk] = next(iter(hits))
            continue
        if r.type != "location" or r.name.lower() in PLACE_NAMES or looks_like_place(r.name):
            continue
        if len(hits) == 1:
            moved[rk] = next(iter(hits))
    if not moved:
        return
    for rk, pk in moved.items():
        book._alias(pk, book.records.pop(rk).name)
    for m in book.mentions:
        if m.key in moved:
            m.key, m.type = moved[m.key], book.records[moved[m.key]].type
    for k, v in list(book._by_key.items()):
        if v in moved:
            book._by_key[k] = moved[v]
    # The sentences' people and subjects name the person too: a key left pointing at the popped place
    # record made "Clinton said she ..." no one a later "she" could stand for (session 12).
    book._people = [(st, [(at, moved.get(key, key)) for at, key in people]) for st, people in book._people]
    book._subjects = [(st, en, moved.get(key, key)) for st, en, key in book._subjects]
    book._speaking = {(st, moved.get(key, key)) for st, key in book._speaking}


# "he" and "she" as subjects, by the gender they stand for.
# "\b(?:[Hh]e|[Ss]he)\b" led by one character class the engine skips to in C; ``(?<!\w.)`` after the
# first letter is the "\b" before it (half the scan's time, the same matches).
_SUBJECT_PRONOUN = re.compile(r"(?P<p>[HhSs](?<!\w.)(?:(?<=[Hh])e|(?<=[Ss])he))\b")


def _subject_pronouns(
    sent: Sentence, quotes: list[tuple[int, int]], starts: list[int]
) -> list[tuple[int, str]]:
    """Absolute offsets of "he"/"she" in the sentence outside quotes, with "m" or "f"."""
    out = []
    for m in _SUBJECT_PRONOUN.finditer(sent.text):
        at = sent.start + m.start()
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and quotes[k][0] <= at < quotes[k][1]:
            continue
        out.append((at, "m" if m.group("p").lower() == "he" else "f"))
    return out


# A person's name followed by a reporting verb, maybe after an appositive or an adverb ("Biden said",
# "Lindsey Graham, Republican of South Carolina, said", "Ruiz quickly added"), or preceded by an
# inverted one ("..., said Katie Harbath"): that person speaks in the sentence.
_VERB_AFTER_NAME = re.compile(r"(?:\s*,[^,.;:“”\"]{1,90},)?\s+(?:[a-z]+ly\s+)?(?P<v>[a-z]+)\b")
# Forms of the verbs that report speech on their own ("said", "told", "added"; lexicon.SPEECH_VERBS).
SPEAKING_VERBS = frozenset(
    f for f, lemma in REPORTING_VERBS.items() if lemma in SPEECH_VERBS and " " not in f
)
_VERB_BEFORE_NAME = re.compile(r"(?P<inverted>[,“”\"]\s*)?\b(?P<v>[a-z]+)\s+(?:[A-Z][\w.’'-]*\s+){0,4}$")
# Verbs whose object is the one spoken to: "Rooke told Harbour Radio that ..." has Harbour Radio told, not
# speaking (session 16: a later "He said" went to the radio station). After a comma or a quote mark the
# order is inverted and the name speaks ("“...,” warned Tom Ruiz"), except for "tell", which never inverts.
ADDRESSEE_LEMMAS = words("tell remind assure inform warn urge implore caution chide brief")
ADDRESSEE_FORMS = frozenset(f for f, lemma in REPORTING_VERBS.items() if lemma in ADDRESSEE_LEMMAS)
NEVER_INVERTED = frozenset(f for f, lemma in REPORTING_VERBS.items() if lemma == "tell")
# A name closing an appositive, its verb after the comma: "The board’s chief executive, Sile Varrow, told
# local radio ..." (the name is set off by commas on both sides; session 16).
_APPOSITIVE_NAME_THEN_VERB = re.compile(r",\s+(?:[a-z]+ly\s+)?(?P<v>[a-z]+)\b")
_COMMA_BEFORE_NAME = re.compile(r",\s*$")


# Conjunctions opening a subordinate clause: a person speaking in one that follows the main clause's
# subject ("Ruiz did not sound confident when Lowe asked whether ...") is not who the sentence is
# about, so a later "he said" is not given to them for speaking (session 10).
_SUBORDINATE_BEFORE_NAME = re.compile(
    r"\b(?:when|after|before|while|as|because|since|until|once|if|though|although|whereas)\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,4}$"
)


def _speaks_at(sent: Sentence, offset: int, end: int) -> bool:
    """True when the person named at [``offset``, ``end``) of the sentence is the subject of a reporting verb
    (of the sentence's main clause, or of a clause opening it: not of a subordinate clause after it)."""
    text = sent.text
    m = _VERB_AFTER_NAME.match(text, end)
    if m is not None and m.group("v") in SPEAKING_VERBS:
        sub = _SUBORDINATE_BEFORE_NAME.search(text, max(0, offset - 60), offset)
        return sub is None or not text[: sub.start()].strip()
    if _COMMA_BEFORE_NAME.search(text, max(0, offset - 3), offset) is not None:
        a = _APPOSITIVE_NAME_THEN_VERB.match(text, end)
        if a is not None and a.group("v") in SPEAKING_VERBS:
            return True
    b = _VERB_BEFORE_NAME.search(text, max(0, offset - 80), offset)
    if b is None or b.group("v") not in SPEAKING_VERBS:
        return False
    v = b.group("v")
    return v not in ADDRESSEE_FORMS or (b.group("inverted") is not None and v not in NEVER_INVERTED)


# How many sentences naming people a pronoun looks back through for one it can stand for.
PRONOUN_REACH = 6


# Determiners that leave a source unnamed: "a Pentagon official", "several diplomats".
UNNAMED_DETERMINERS = frozenset({"a", "an", "one", "two", "three", "several", "some", "unnamed", "anonymous"})


# Words that open a modifier after a source's head: what follows describes it.
# "behind": "the trust behind the auction", "the community group behind the bid" (session 29: typed "other")
_POST_MODIFIER_OPENERS = frozenset({"representing", "that", "which", "who", "whose", "behind"})


# Phrases that mark a source as unnamed on purpose.
ANONYMITY = re.compile(
    r"\b(?:familiar with|close to the|with knowledge of|briefed on|on condition of anonymity|"
    r"asked not to be (?:named|identified)|not authori[sz]ed to)\b"
)


# Words only the state's bodies are named with (session 21: "the Treasury", "the Bureau of Meteorology", "the
# Skelby Meteorological Institute" were typed organisations).
STATE_BODY_WORDS = words("treasury meteorological meteorology")
# Heads of a body's name before "of" that make it the state's: "the Bureau of Statistics", "the Division of Water
# Resources" (not "authority": the gold types a turnpike or a grid authority an organisation as often).
STATE_HEADS_BEFORE_OF = words("bureau division commission inspectorate tribunal")


# The members a trade's council or board is named after: "The Beverage Producers Council", "the Grain Growers Board"
# (session 25, the lead's article: typed government, as a council of the state is).
TRADE_MEMBERS = words(
    "producers growers manufacturers retailers exporters importers farmers brewers bakers builders employers insurers "
    "distillers winegrowers fishermen shippers traders"
)
# The trades a council, board, consortium or association is named after (session 26, the lead's reading: "according
# to the World Shipping Council" was typed government, as a council of the state is; "the World Gold Council", "the
# Dairy Council" are the industry's).
TRADE_WORDS = words(
    "shipping retail dairy wool wine grain grains meat beef pork poultry seafood sugar cocoa coffee tea steel "
    "aluminium aluminum gold chemistry chemicals timber hospitality insurance trucking haulage freight airline "
    "airlines brewing"
)
# Role nouns of one person that no title table holds because they rarely stand before a name (session 26: "A lawyer
# for the drivers", "Lawyers for the families", "the city clerk" were typed "other"; the gold's people in dev7,
# dev17 and dev22).
PERSON_ROLE_NOUNS = words(
    "lawyer lawyers solicitor solicitors barrister barristers attorneys clerk headteacher headmaster headmistress"
)


# One person named by their office, trade or tie, which no title table holds (session 28: dev24's "the vicar" was
# typed "other", the gold's person; the gold guide's "role-identified individuals"): a church's ministers, a ship's
# and a harbour's officers, keepers of a place, practitioners, and kin. Read only where nothing else typed the
# source (``source_type_for``'s last lines), so "a doctor" is a person, never the "other" of a group.
ONE_PERSON_ROLES = words(
    "vicar rector curate priest pastor chaplain verger churchwarden deacon "
    "skipper harbourmaster master helmsman navigator "
    "landlord landlady publican innkeeper shopkeeper auctioneer curator librarian archivist caretaker groundsman "
    "keeper warden ranger gamekeeper lockkeeper stationmaster postmaster "
    "doctor surgeon physician gp nurse midwife paramedic pharmacist dentist vet veterinarian optician "
    "pilot driver referee umpire chef farmer fisherman "
    "mother father son daughter wife husband widow widower sister brother grandmother grandfather aunt uncle "
    "partner fiancee fiance niece nephew"
)
# Offices written as their letters, each held by one person (session 28, the lead's note: "The AG said" was typed
# an organisation, as an acronym of a body is): attorney general, district attorney, prime minister, chief
# officers, members of a parliament, a general practitioner, a King's or Queen's Counsel.
OFFICE_ABBREVIATIONS = frozenset(
    {
        "AG",
        "DA",
        "ADA",
        "PM",
        "DPM",
        "CEO",
        "CFO",
        "COO",
        "CTO",
        "CIO",
        "CMO",
        "MP",
        "MEP",
        "MSP",
        "MLA",
        "MPP",
        "MHA",
    }
    | {"TD", "GP", "KC", "QC", "VP", "DPP"}
)
# Bodies of people that speak as one (session 28: dev24's "the Velsing County jury" and "the parish" were typed
# "other", the gold's organisations): a jury, a church's parish, diocese or congregation, a doctors' or dentists'
# practice.
PEOPLE_BODY_HEADS = words("jury parish diocese congregation synod presbytery practice")
# The state's work by its domain, before "officials" ("Health officials said": dev13's gold, government). Not before
# a board or an agency: dev3's "Lanmere Health Board" is the gold's organisation.
STATE_DOMAINS = words("health agriculture education transport environment")
# A body named for its cause: a capitalised head, then "for", "against" or "of" and a capitalised word ("Campaign for
# Real Ale", "Centre for Policy Studies", "Friends of the Earth").
_BODY_FOR_A_CAUSE = re.compile(
    r"(?:[Tt]he\s+)?(?:Campaign|Centre|Center|Institute|Alliance|Coalition|Society|Friends|Action|Citizens|Parents|"
    r"Movement|Foundation|Trust|Fund|League)\s+(?:for|against|of)\s+(?:the\s+)?[A-Z]"
)
# An honorific before two capitalised words inside a source: a person named, whatever describes them around.
_HONORIFIC_THEN_NAME = re.compile(
    r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+"
)
# A plural owner's apostrophe, then a capitalised last word: "Patients’ Voice".
_PLURAL_OWNER_THEN_HEAD = re.compile(r"[a-z]s['’]\s+[A-Z][\w-]*\s*$")
# A firm of ships or coaches named by its kind and "line" ("the shipping line said"; "line" alone is no firm).
_LINE_KINDS = words("shipping cruise ferry container bus coach")


# Officers of the state named by their work in the plural, opening a sentence: "Prosecutors said", "Investigators
# believe" (session 27: dev23's and dev9's prosecutors, capitalised, were taken for a surname and typed person; the
# gold guide's unnamed prosecutors are government). The words are ``lexicon.GOVERNMENT_HEADS``'s own.
STATE_AGENT_PLURALS = words("prosecutors investigators inspectors detectives auditors regulators coroners")
# A company's legal form at its name's end (the lead's reading of session 27: "Post Office Ltd said" was typed
# government by "office").
LEGAL_FORM_TAILS = words("ltd limited plc inc incorporated llc gmbh ag sa nv corp")
# Who holds or runs a thing, after "its" (``source_type_for``).
# Session 34: "their employer" of agency workers (dev30's gold: an organisation; typed other).
THINGS_HOLDERS = FIRM_ROLES_BEFORE_NAME | words(
    "owner owners parent operators insurers lenders employer employers"
)
# Those who run a thing for a body, in the plural and with no more words: "organisers said" (of a race), "the
# administrators said" (of a firm that collapsed); with more words they are people ("Hospital administrators said").
PLURAL_RUNNERS = words("organisers organizers administrators liquidators")
# Bodies in the plural that are no firms (``PLURAL_BUSINESS_HEADS`` are): "Unions said", "Unions representing care
# workers said" (session 27, the lead's reading: typed person; the singular "A union representing" was mended in 26).
PLURAL_BODY_HEADS = words("unions associations federations")
# Works of inquiry a body has made or ordered, before who made it: "a poll for the Herald", "a survey published by
# the Parents Network", "an audit commissioned by the board" (session 27: typed media by the outlet or a "Network"
# that commissioned or published it; dev6's and dev23's gold: the document).
STUDY_HEADS = words(
    "poll polls survey surveys study studies audit audits review analysis inspection assessment census report reports"
)
# What links such a work to its maker: a preposition or a participle.
_STUDY_LINKS = words("for by commissioned published conducted carried released ordered prepared compiled")
# Works a newspaper writes of its own: "a report by the Gazette" is the outlet's (the gold's media).
_OUTLET_WORKS = words("report reports")


# A statistics office named as one ("Statistics New Zealand", "Statistics Norway", "the Central Statistics Office";
# session 27, the lead's reading: typed person); not "Statistics published by the ministry show" (a document), nor
# "Kettleby Statistics, a data firm" (review 1: a firm's name).
_NATIONAL_STATISTICS = re.compile(
    r"\bStatistics\s+[A-Z]|\b(?:National|Central|Federal|Government|State|Official)\s+Statistics\b"
)


def _study_by(words: list[str]) -> str | None:
    """The head of a work of inquiry at a source's start that a maker follows ("A 2024 report by the fire
    service", "a survey published by ..."): after a determiner and at most two modifiers; None otherwise."""
    start = 1 if words[0] in ("a", "an", "the") else 0
    for k in range(start, min(len(words) - 1, start + 3)):
        if words[k] in STUDY_HEADS and words[k + 1] in _STUDY_LINKS:
            return words[k]
    return None


# Members a council, congress or federation of a movement is named after, after "of" (session 27, the lead's reading:
# "The Council of Trade Unions had called for" was typed government, as a council of the state is): "the Irish
# Congress of Trade Unions", "the Council of Churches", "the Federation of Small Businesses".
MEMBER_BODY_WORDS = words(
    "unions churches charities mosques synagogues businesses employers cooperatives co-operatives"
)


def _members_body(words: list[str]) -> bool:
    """Whether a body's name says its members are unions, churches, charities or firms: "Trades Union Congress",
    "Council of Trade Unions", "Federation of Small Businesses" (not "the European Union", the union of states)."""
    pairs = set(itertools.pairwise(words))
    if ("trade", "union") in pairs or ("trade", "unions") in pairs or ("trades", "union") in pairs:
        return True
    return "of" in words[:-1] and words[-1] in MEMBER_BODY_WORDS | TRADE_MEMBERS


def _public_body(words: list[str]) -> bool:
    """A body of the state by its heads or modifiers (``lexicon.PUBLIC_BODY_HEADS`` and the rest)."""
    if len(words) >= 2 and words[-1] in ("council", "board") and words[-2] in TRADE_MEMBERS | TRADE_WORDS:
        return False
    if _members_body(words):
        return False
    return (
        any(w in GOVERNMENT_HEADS or w in STATE_BODY_WORDS for w in words)
        or words[-1] in PUBLIC_BODY_HEADS
        or " ".join(words[-2:]) in PUBLIC_SERVICE_PHRASES
        or (words[-1] in PUBLIC_MODIFIED_HEADS and any(w in PUBLIC_MODIFIERS for w in words[:-1]))
        # "a division of Kestrel Motors" is a firm's part, "the Division of Water Resources" the state's (review of
        # session 21): a head after "a" or "an" is no body's name
        or any(
            w in STATE_HEADS_BEFORE_OF and nxt == "of" and before not in ("a", "an")
            for before, w, nxt in zip(["", *words], words, words[1:], strict=False)
        )
    )


_DOTTED_WORD = re.compile(r"[\w.-]+")

# A body's kind written before its name as a source (session 20): "according to the grid operator Nordgrid",
# "the ship-tracking service Wakefinder", "the shipping data firm Corvel Analytics". The name is the source and
# the kind types it (the gold's source is the name; the description was typed "other", or "document" for "data").
KIND_THEN_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?P<head>[a-z][\w-]*)\s+"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:&\s+|of\s+)?[A-Z][\w’'.-]*){0,4})"
)
# Groups of the public (plural) speaking as a group: neither anonymous officials nor one person, so the gold
# types them "other" ("Residents said", "Some residents", "Analysts", "Opponents", "Head teachers"; session 20).
PUBLIC_GROUPS = words(
    "residents opponents supporters critics experts analysts economists researchers scientists teachers "
    "campaigners activists parents voters farmers locals neighbours neighbors shoppers passengers fans "
    "protesters villagers tenants commuters growers traders"
)
# Lawmakers speak for a legislature: government, named or not ("a number of Iraqi lawmakers", "three council
# members who voted no"), as the gold guide has it ("government offices and lawmakers").
LAWMAKERS = words("lawmakers legislators senators congressmen congresswomen mps councillors councilors")
# Where a group's own words end and what it belongs to begins: "Analysts at a bank", "residents who live near the
# plant"; "of" after a quantity goes on ("a number of Iraqi lawmakers").
_GROUP_END = words("at of from with in who that which for on near")
_QUANTITY_OF = words("number dozens hundreds thousands handful majority minority group couple")


def _group_head(words: list[str]) -> str:
    """The head of a group's own words, before what it belongs to ("Analysts at a bank": analysts)."""
    for k in range(1, len(words)):
        if words[k] in _GROUP_END and not (words[k] == "of" and words[k - 1] in _QUANTITY_OF):
            return words[k - 1]
    return words[-1]


def _group_type(words: list[str]) -> str | None:
    """The type of a plural group source (session 20): lawmakers are government; a group of the public
    (``PUBLIC_GROUPS``) is "other", wherever it works ("analysts at X Securities": the gold types them "other"
    where it names them, and names the firm, an organisation, as often); None when the source is no such
    group."""
    cut = len(words)
    for k in range(1, len(words)):
        if words[k] in _GROUP_END and not (words[k] == "of" and words[k - 1] in _QUANTITY_OF):
            cut = k
            break
    head = words[:cut]
    if any(w in LAWMAKERS for w in head) or " ".join(head[-2:]) == "council members":
        return "government"
    if head and (head[-1] in PUBLIC_GROUPS or head[-1].endswith("ologists")):
        return "other"
    return None


# Places whose name for themselves speaks for their government: "the city estimates", "the county said" (session 22:
# dev18's "the city" was "other"; a capital named speaks for its government already, ``source_type_for``).
# Session 34 (s34-att): and the other places a body governs, "the district said" (a school district, dev30), "The
# township of Wellerby, which lent ..., said" (dev28), "the shire", "the province" (typed other: the gold's government).
# "The township of Wellerby": the body by its kind, then its place's name.
_OF_NAME = re.compile(r"[Tt]he\s+[a-z]+\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}")
_OLDER_PLACE_BODIES = words("city town county village borough municipality")
PLACE_BODIES = _OLDER_PLACE_BODIES | words("district township shire province")
# Heads that type a source as a document though they make no source of their own (``lexicon.DOCUMENT_HEADS`` do):
# "the order said", "the Ice Service's charts", "a timeline the utility posted" (session 22: dev10, dev17), "the
# census tables" (dev12: a document by its modifier before session 22, ``_document_source``).
DOCUMENT_TYPE_HEADS = words(
    "order charts timeline tables "
    # session 27: what a body posts or sends out ("according to the regatta's notice of race", "a boil-water notice",
    # "the agency's bulletin", "a travel advisory"), typed "other"
    "notice notices bulletin bulletins advisory circular "
    # session 28: what a state decrees or a court is asked ("a draft decree says", dev24's gold: a document; "the
    # bankruptcy petition", dev22's), and rules and plans set down in writing
    "decree decrees bylaw bylaws by-law by-laws ordinance ordinances petition petitions regulations directive "
    "guidance guidelines lawsuit affidavit warrant contract lease prospectus catalogue catalog manifest logbook "
    "budget forecast proposal proposals draft bill "
    # session 30 (s30-att): a count kept by a body ("according to a county tally", dev26's gold: a document; typed
    # "other")
    "tally tallies"
)
# What may follow a document's head in its own source phrase: a preposition or relative ("port records in
# Amsterdam", "the report of the inquiry"), a contact clause's determiner ("a study the district commissioned").
_AFTER_DOCUMENT_HEAD = _GROUP_END | words("by to the its his her their")


def _is_document_word(w: str, capitalised: frozenset[str] = frozenset()) -> bool:
    # "the order said" is a document, "the Orange Order", "the Order of Malta" are bodies (review of session 22)
    return w in DOCUMENT_HEADS or (w in DOCUMENT_TYPE_HEADS and w not in capitalised)


def _document_source(words: list[str], capitalised: frozenset[str] = frozenset()) -> bool:
    """Whether a source phrase is a document by its head: its last word ("the report"), or a document word among
    its first three (after a determiner) that a preposition, a participle or a contact clause follows ("port records
    in Amsterdam", "figures presented to the senate", "a study the district commissioned"). Not a document word
    that modifies another ("the law firm", "the report's authors": session 22, the law firm was a document)."""
    if _is_document_word(words[-1], capitalised):
        return True
    start = 1 if words[0] in ("a", "an", "the") else 0
    for k in range(start, min(len(words) - 1, start + 3)):
        nxt = words[k + 1]
        if _is_document_word(words[k], capitalised) and (
            nxt in _AFTER_DOCUMENT_HEAD or (nxt.endswith("ed") and len(nxt) > 4)
        ):
            return True
    return False


# A name of two capitalised runs joined by an ampersand, maybe after "the".
_AMPERSAND_NAME = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+&\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
)


def source_type_for(source: str, book: EntityBook, canonical: str | None = None) -> str:
    """person, organization, media, government, document or anonymous, for a source phrase."""
    low = source.lower().strip()
    words = _DOTTED_WORD.findall(low)
    if not words:
        return "other"
    from service.backends.rules.lexicon import ANONYMOUS_HEADS

    bare = low.removeprefix("the ")
    cut = next((k for k, w in enumerate(words) if k > 1 and w in _POST_MODIFIER_OPENERS), None)
    if cut is not None and words[0] in ("a", "an", "the") and not ANONYMITY.search(low):
        # A description is typed by its head, not by what the modifier after it names: "A union representing workers
        # at its Dublin office" is a union, not its workers or an office (session 22, lead; dev14's gold types "the
        # union that represents the railroad's track workers" an organisation).
        head = (
            source[: source.lower().find(" " + words[cut] + " ")]
            if f" {words[cut]} " in source.lower()
            else None
        )
        if head:
            return source_type_for(head, book)
    study = _study_by(words) if len(words) > 2 else None
    if study is not None and not (
        study in _OUTLET_WORKS and (words[-1] in MEDIA_HEADS or any(w in MEDIA_NAMES for w in words))
    ):
        return "document"  # "A poll for the Herald found", "a survey published by the Parents Network"
    # "agency" is a news agency only when it says so: "the UK Health Security Agency" is not media.
    media_head = (
        words[-1] in MEDIA_HEADS
        and (words[-1] != "agency" or words[-2:-1] in (["news"], ["press"]))
        # session 32: "the Coastline Rescue Network" is no broadcaster
        and (
            words[-1] != "network"
            or len(words) < 2
            or words[-2] in _BROADCAST_WORDS
            or words[-2] in MEDIA_NAMES
        )
    ) or (_newspaper_name([w for w in words if w != "the"]) and book.type_of(source) != "person")
    if bare in MEDIA_NAMES or low in MEDIA_NAMES or media_head or any(w in MEDIA_NAMES for w in words[:1]):
        return "media"
    if ANONYMITY.search(low):
        return "anonymous"  # "people familiar with the plan", "an official who asked not to be named"
    kind_name = KIND_THEN_NAME.fullmatch(source.strip())
    if kind_name is not None and kind_name.group("head") in ORG_KIND_HEADS:
        # "the grid operator Nordgrid": the body named, typed by the book or by its kind
        named = book.type_of(book.canonical(kind_name.group("name")))
        if named == "person":
            return "person"
        return "government" if _public_body(words) else "organization"
    group = _group_type(words)
    if (
        group == "other"
        and source.strip().split()[-1][:1].isupper()
        and book.type_of(canonical or source.strip()) == "organization"
    ):
        group = None  # "Parents for Choice Ensworth", "Friends of Kellan Pier": a body's name (session 33)
    if group is not None:
        return group
    if low == "officials":
        # "officials said": the gold's officials of a public body (counted or described ones are anonymous)
        return "government"
    if (
        canonical
        and source.strip().startswith(canonical + " of ")
        and book.type_of(canonical) == "person"
        and book.person_of(source.strip()) == canonical
    ):
        # "Ramona Ilves of Kettleby Research estimated": the person, before where they work names a document's head
        # (session 27: dev4's analyst was typed document by "research")
        return "person"
    # "Kettleby Research said", "Harbour Data said": a firm's name that ends in a document's word is the firm
    # (session 27: typed document)
    named_firm = (
        source.strip()[-1:].isalnum()
        and source.strip().split()[-1][:1].isupper()
        and book.type_of(canonical or source) in ("organization", "group")
    )
    if (
        not named_firm
        and _document_source(
            words, frozenset(w.lower() for w in _DOTTED_WORD.findall(source) if w[:1].isupper())
        )
    ) or (
        # "figures from the airport", "data published by the agency" (session 22, lead: "other")
        words[0] in DOCUMENT_HEADS and words[1:2] in (["from"], ["by"], ["published"], ["released"])
    ):
        return "document"
    if any(w.startswith("spokes") for w in words) and len(words) > 2:
        # An on-the-record spokesperson speaks for their body: a department is government, a firm an organisation
        # ("a Commission spokesperson": the body's words without the spokesperson, session 21).
        body = [w for w in words if not w.startswith("spokes")]
        return "government" if _public_body(words) or (body and _public_body(body)) else "organization"
    unnamed = words[0] in UNNAMED_DETERMINERS or low in ("officials", "sources", "diplomats")
    if unnamed and any(w in ANONYMOUS_HEADS for w in words):
        return "anonymous"
    if low in ("he", "she", "i"):
        return "person"
    if bare in STATE_BODY_WORDS:
        return "government"  # "The Treasury said": one capitalised word the book may take for a surname
    if (
        len(words) > 1  # (a bare "the" left of a cut name: IndexError on PolNeAR train, the lead's final run)
        and words[0] == "the"
        and words[1] in PLACE_BODIES
        and (len(words) == 2 or _OF_NAME.fullmatch(source.strip()))
        # (a session-34 word only for a district no name in the article stands for: dev17's "the district" is a
        # named water district, an organisation in its gold)
        and (words[1] in _OLDER_PLACE_BODIES or canonical in (None, source))
    ):
        return "government"  # "the city estimates": the city's government, as "Baghdad said" is (session 22)
    if "Statistics" in source and _NATIONAL_STATISTICS.search(source):
        return (
            "government"  # "Statistics New Zealand", "Statistics Canada": a statistics office is the state's
        )
    if len(words) == 2 and words[1] == "officials" and words[0] in PUBLIC_MODIFIERS | STATE_DOMAINS:
        # "Health officials said": capitalised, the book may take "Health" for a surname (session 28: typed person)
        return "government"
    if (
        len(words) <= 2
        and source.strip().split()[-1] in OFFICE_ABBREVIATIONS
        and words[0] in (words[-1], "the")
    ):
        # "The AG said", "the PM": one officer (session 28, the lead's note: typed an organisation, as an acronym of a
        # body is, or by "AG" as a firm's legal form)
        return "person"
    if len(words) >= 2 and words[-1] in LEGAL_FORM_TAILS:
        return (
            "organization"  # "Post Office Ltd said": a company, whatever office its name holds (session 27)
        )
    if len(words) == 2 and words[0] in ("its", "their") and words[1] in THINGS_HOLDERS:
        # "..., its owner said" of a road, a ship or a firm: a firm holds it as often as a person (session 27, the
        # lead's reading: typed person; dev22's "its owners" of a practice is the gold's organisation)
        return "organization"
    if words[-1] in PLURAL_RUNNERS and (len(words) == 1 or (len(words) == 2 and words[0] == "the")):
        # "organisers said", "the administrators said": the body that runs the race or the firm in administration,
        # neither anonymous officials nor the public (session 27, the lead's reading; dev23's and dev12's gold)
        return "organization"
    if words[0] in PLURAL_BODY_HEADS and (len(words) == 1 or words[1] in _POST_MODIFIER_OPENERS):
        return "organization"  # "Unions representing care workers said" (typed person), "Unions said"
    if len(words) == 1 and words[0] in STATE_AGENT_PLURALS:
        return (
            "government"  # "Prosecutors said": capitalised, the book may take it for a surname (session 27)
        )
    if len(words) == 1 and words[0] in PLURAL_BUSINESS_HEADS:
        # "Supermarkets said": a plural of firms opening the sentence is capitalised, and the book may take it for a
        # surname (session 26, the lead's reading: typed person)
        return "organization"
    if (
        canonical
        and source.strip().startswith(canonical + " of ")
        and book.person_of(source.strip()) == canonical
    ):
        return (
            "person"  # "Alasdair Reid of NatureScot Borders": the person, then where they work (session 26)
        )
    kind = book.type_of(canonical) if canonical else None
    kind = kind or book.type_of(source)
    if kind == "person":
        return "person"
    if kind is None and _AMPERSAND_NAME.fullmatch(source.strip()):
        # "Holt & Mercer", "Corbasse & Venn": names joined by an ampersand are a firm's (session 24: dev8 and the
        # lead's article typed them "other"); two people are joined by "and"
        return "organization"
    role_of = (
        len(words) > 2
        and words[0] in ("the", "a", "an")
        and (words[1] in LOWER_ROLE_HEADS or words[1] in ROLE_WORDS)
        and words[2] in ("of", "for", "at")
    )
    if role_of or _group_head(words) in PERSON_ROLE_NOUNS:
        return "person"  # "the chair of the talks", "a spokesman for the port", "Lawyers for the families"
    if kind in ("organization", "group"):
        if _public_body(words) or low in ("pentagon", "kremlin", "white house"):
            return "government"
        name_words = _DOTTED_WORD.findall(canonical.lower()) if canonical and canonical != source else []
        if name_words and _public_body(name_words):
            return "government"  # "the district said" of the Ashby Unified School District: its name decides (s26)
        return "organization"
    if kind == "location":
        return "government"  # "Baghdad said", "Washington warned": a capital speaking for its government
    if words[-1] in LOWER_ROLE_HEADS or words[-1] in ROLE_WORDS:
        return "person"  # "France’s armed forces minister": the head word decides
    if _public_body(words) or " ".join(words[-2:]) in GOVERNMENT_HEADS:
        return "government"
    if words[-1] in ANONYMOUS_HEADS:
        # "an official", "analysts", "sources": unnamed; "the spokesman" of a named body is a person
        return "anonymous" if words[0] in ("a", "an") or len(words) == 1 else "person"
    if words[-1] in ORG_HEADS or words[-1] in BUSINESS_HEADS:
        return "organization"  # "the observatory", "the discount retailer"
    if _group_head(words) in PLURAL_BUSINESS_HEADS:
        return "organization"  # "the companies", "Hotels in the valley", "Business groups": firms speaking together
    if _BODY_FOR_A_CAUSE.match(source.strip()) is not None and not _public_body(words):
        return "organization"  # "Campaign for Real Ale said" (session 28, the lead's note: typed "other")
    if _HONORIFIC_THEN_NAME.search(source) is not None and not _public_body(words):
        # "Marine biologist Dr Inés Carvallo of the University of Soledo" (session 28, the lead's note: "other")
        return "person"
    if words[-1] in BODIES_AFTER_PLURAL_OWNER and _PLURAL_OWNER_THEN_HEAD.search(source):
        return "organization"  # "Malvercote Patients’ Voice": its members' body (session 28: typed "other")
    head = _group_head(words)
    if head in PEOPLE_BODY_HEADS or (head == "line" and any(w in _LINE_KINDS for w in words)):
        return "organization"  # "the jury", "the parish", "the practice", "the shipping line" (session 28)
    if head in ONE_PERSON_ROLES:
        return "person"  # "the vicar", "the skipper", "the harbour master", "her mother" (session 28)
    return "other"


# Heads of descriptions of companies: "the discount retailer said", "the carrier expects".
BUSINESS_HEADS = frozenset(
    {
        "company",
        "firm",
        "retailer",
        "carrier",
        "airline",
        "bank",
        "lender",
        "insurer",
        "manufacturer",
        "maker",
        "carmaker",
        "automaker",
        "chain",
        "operator",
        "producer",
        "developer",
        "supplier",
        "provider",
        "group",
        "conglomerate",
        "startup",
        "utility",
        "miner",
        "exporter",
        "importer",
        "publisher",
        "broadcaster",
        "club",
        "charity",
        # session 21: a body named, then described by its kind ("the railroad said", "The resort said", "the
        # team said"; the gold's organisation in four of our sets)
        "railroad",
        "railway",
        "studio",
        "resort",
        "team",
        "campaign",
        # session 28 (the lead's note): "The airport said it would review ..." was typed "other"
        "airport",
        # session 23: "A brewery spokesman, NAME, denied ..." (dev19's gold: the brewery's, an organisation)
        "brewery",
        "distillery",
        "winery",
        "bakery",
    }
)
# Businesses in the plural speaking together (session 21): "the companies said", "Garden centres said", "Hotels in
# the valley said", "Business groups had warned" (the gold's organisations; the public's groups are
# ``PUBLIC_GROUPS``). Not "producers", "developers", "makers": people as often as firms.
# Not "carriers", "providers": mail carriers and care providers are people as often (review of session 21).
PLURAL_BUSINESS_HEADS = words(
    "companies firms retailers airlines banks lenders insurers manufacturers carmakers chains suppliers "
    "groups utilities clubs charities hotels centres centers shops stores supermarkets "
    # session 26: owners of ships and builders of houses are firms when they speak together
    "shipowners housebuilders wholesalers "
    # session 27 (the lead's reading: "Local businesses said" was typed "other")
    "businesses "
    # session 28 (the lead's note: "The universities said", "Both institutions reported" were typed "other")
    "universities institutions colleges airports"
)
