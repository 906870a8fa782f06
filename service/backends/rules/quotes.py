"""Direct quotes: finding quotation marks, joining split and multi-paragraph quotes, and naming the speaker.

Marks are read by their surroundings before their shape: a mark after a
space opens, a mark before a space or punctuation closes, whatever way a
curly mark faces (scraped text has ‘…” and paragraphs that end in “). A
paragraph whose quote is not closed continues in the next paragraph when that
one opens with a mark (the newspaper convention for long quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from service.backends.rules.lexicon import (
    CLOSING_CURLY,
    COMMON_CAPITALISED,
    DOUBLE_MARKS,
    DOUBLED_MARKS,
    EVALUATIVE,
    HARSH_CRITICISM,
    LOWER_ROLE_HEADS,
    NAMING_VERBS,
    OPENING_CURLY,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    SHORT_OBJECT_VERBS,
    SINGLE_MARKS,
    words,
)
from service.backends.rules.people import looks_like_place
from service.backends.rules.phrases import (
    CUE,
    TIME_WORDS,
    Phrase,
    subject_after,
    subject_before,
    trie_pattern,
)
from service.backends.rules.sentences import abbreviation_period
from service.backends.rules.speakers import (
    NOT_A_SPEAKER_START,
    QUOTED_NAME,
    main_subject,
    opening_clause_end,
    poll_share_in,
    speaker_after,
)
from service.backends.rules.speakers import speaker_before as _speaker_before_cue
from service.pipeline import cpu_budget
from service.pipeline.document import Block
from service.pipeline.normalize import fold_key

if TYPE_CHECKING:
    from service.backends.rules.entities import EntityBook

# A block-quote signature line: "- NATO Secretary General Jens Stoltenberg", "— Jane Doe, analyst". Some
# outlets sign with the horizontal bar ("― Jane Doe"); the dash classes below all take it (session 13).
# A closing period is allowed: "- Bernie Sanders." in a fact-check's list of claims.
# A generational suffix keeps its period ("― Tomas Brandt Jr." signed "Tomas Brandt Jr").
SIGNATURE = re.compile(
    r"^\s*[-–—―]\s*(?P<who>[A-Z](?:[^.!?,]|\.(?=\s+[A-Z])|(?<=\b[JS]r)\.)+)(?:,[^!?]{0,100})?\.?\s*$"
)
# Between the parts of a split quote: ', he said, ' / ' Stoltenberg added, '.
# Long enough for a speaker with an appositive and a venue: ', Jane Roe, Iceland's envoy, told reporters
# after a closed-door session, '. Abbreviation periods ("Dr.", "J.") are removed before the test.
SPLIT_BETWEEN = re.compile(r"^\s*,?\s*[^.!?“”\"‘’]{1,200}?[,.]\s*$")
# "(D-Nev.)": a party tag's state abbreviation closes its parenthesis; "(D-N.Y.)" has two initials.
# "U.S.-Canada", "A.F.L.-C.I.O.": an initial's period before a hyphen is no sentence end either.
_ABBREVIATION_DOT = re.compile(
    r"\b(?:[A-Z][a-z]{0,3}|[A-Z]|St|Mt|Ft)\.(?=\s|,|\))|\b[A-Z]\.(?=[A-Z]\.)|\b[A-Z]\.(?=-[A-Z])"
)
# Verbs describing rather than reporting, which still introduce a partial quote:
# "described its presence as a “security training mission”".
DESCRIBING = re.compile(
    r"\b(?:describ\w+|call(?:s|ed|ing)?|dubb\w+|term\w*|label\w+|brand\w+|characteri[sz]\w+)\b"
)
# A sentence's end and the space after it: "... here.” He", "... here.'' The" (abbreviations are
# told apart by ``abbreviation_period``: "Mr. Cernech" does not end one).
_SENTENCE_GAP = re.compile(r"[.!?][”’\"']{0,2}\s+(?=[“‘\"'`A-Z0-9])")
_SENTENCE_TAIL = re.compile(r"[.!?][”’\"']{0,2}(?:\s+(?=[“‘\"'`A-Z0-9])|\s*$)")
# The first lowercase word of a sentence: the verb after its subject in "Perez lobbies for ...: “...”".
_NAME_THEN_VERB = re.compile(
    r"(?:\b[A-Z][\w.’'-]*|\b(?:he|she|they))\s+(?:also\s+|then\s+)?(?P<verb>[a-z][\w’'-]*)"
)
# A reporting verb ending the writer's words before a quote: "... she added “...”".
_CUE_AT_END = re.compile(r"\b(?:" + trie_pattern(set(REPORTING_VERBS)) + r")\s*$")
# Verbs that introduce a direct quote without reporting a claim, so they are no CUE: "she asks, “...”",
# "he wondered aloud, “...”", "“...,” Castell shot back". Regular forms are matched by their ending
# (-s/-ed) in the patterns below; these are the irregular past forms and bare present stems seen in news.
QUOTE_INTRO_IRREGULAR = words(
    "shot fired struck wrote spoke sang read broke began threw put cut let chimed went came gave took "
    "ask wonder shout yell quip reply"
)
# Words after a verb and before the comma that opens the quote: "wondered aloud,", "shot back,".
QUOTE_INTRO_PARTICLES = words(
    "back aloud out in up again loudly softly simply bluntly later then too once more"
)
# Lowercase words after a name that are no verb of its own: "“...,” Castell and Ruiz said", "Castell of Ohio".
NOT_A_QUOTE_VERB = words(
    "and or of in at for from to on with by who whose which that than as the a an is was were are has had "
    "have will would could should can may might must did does do not also said says told"
)
# "Subject verb[ particle], “...”": the last words of the writer's text before the quote (group ``verb``).
_VERB_THEN_COMMA = re.compile(
    r"(?:^|[^\w’'-])(?P<verb>[a-z][\w’'-]*)(?:\s+(?:"
    + "|".join(sorted(QUOTE_INTRO_PARTICLES))
    + r"))?\s*,\s*$"
)
# A verb and the written thing it issued, then a comma: "issued a statement,", "posted a short note,".
_ISSUED_THING_THEN_COMMA = re.compile(
    r"(?:^|[^\w’'-])(?P<verb>[a-z][\w’'-]*)\s+(?:out\s+)?(?:a|an|the|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>[a-z][\w-]*)\s*,\s*$"
)
# "“...,” Castell shot back": the first lowercase word after the quote (group ``verb``), after a name
# or pronoun made of capitalised words, initials and honorifics.
_NAME_THEN_ANY_VERB = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){1,5}(?P<verb>[a-z][\w’'-]*)\b|(?:he|she|they)\s+(?P<pverb>[a-z][\w’'-]*)\b"
)
# "“...,” agrees Michelle Ruiz": a lowercase verb right after the quote, then a capitalised name.
_ANY_VERB_THEN_NAME = re.compile(r"(?P<verb>[a-z][\w’'-]*)\s+(?P<name>[A-Z][\w.’'-]*)")
# What may stand before a sentence-opening subject: an opening adverbial closed by a comma, a
# conjunction, and titles or honorifics ("Later, Mayor Dana Whitfield", "and Ms. Whitfield").
_SUBJECT_LEAD = re.compile(r"(?:^|,|\band|\bbut|\bthen)\s*(?:[A-Z][\w.’'-]*\s+)*\s*$")
# What may stand before the subject of a lead-in sentence: an opening adverbial closed by a comma,
# titles and honorifics ("On Monday, Mayor Dana Whitfield announced ..."). "Police arrested Ron
# Castell. “...”" names Castell as an object: he did not say it.
_LEAD_IN_PREFIX = re.compile(r"^(?:[^,.;:“”\"]{0,60},\s*)?(?:(?:[A-Z][\w.’'-]*|of|the)\s+)*$")
# A sentence that is only a name (or he/she) and a cue, right after a quote closed by a period: "“...”
# Marsh said." The period inside the marks ended the quote, not the attribution.
_BARE_ATTRIBUTION = re.compile(
    r"^\s*(?:(?:[A-Z][\w.’'-]*\s+){1,4}|(?:He|She)\s+)(?:said|says|added|adds|wrote|writes|continued|explained|"
    r"told\s+\w+(?:\s+\w+)?)\s*[.]\s*$"
)
# "according to" right after a quote's closing mark (and its comma): "“...,” according to X."
_ACCORDING_AFTER = re.compile(r"^[,.]?\s*[Aa]ccording\s+to\b")
# A word that gives a name, right before a quoted name or title: "a group called", "a boat named",
# "a plan dubbed", "a book titled", "better known as".
_NAMING_BEFORE = re.compile(
    r"\b(?:called|named|nicknamed|dubbed|titled|entitled|christened|branded|known\s+as)\s+(?:the\s+)?$"
)
# A capitalised cue opening its sentence, before its speaker: "Said Tina Poynter, ...", "Added Marsh:".
_OPENING_CUE = re.compile(r"^\s*(?P<cue>[A-Z][a-z]+)\s+(?=[A-Z])")
# An infinitive cue in a verb chain: "was quick to say", "went on to tell", "took to Twitter to ask".
_TO_BEFORE_CUE = re.compile(r"\bto\s+$")
# Capitalised function words opening a sentence that subject finders may read as a one-word name:
# "When asked about it, ...", "Shortly after ...". Quantifiers ("Another said", "Some say") stay speakers.
NOT_A_SUBJECT_WORDS = words(
    "when whenever while after before as since once if although though because unless until but and or "
    "so yet also however meanwhile then thus therefore still shortly later earlier asked told in on at of "
    "for from to by with without into during despite according following amid including like unlike "
    "instead rather just only even indeed already again now today yesterday tomorrow tonight last next "
    "over under there here where why how what that this these those it"
)
# Verbs of the voice that introduce a quote after a description of who spoke: "the crowd chanted".
VOICE_VERBS = words(
    "asked asks cried cries shouted shouts yelled yells chanted chants screamed screams roared roars "
    "replied replies responded responds retorted retorts quipped quips joked jokes exclaimed exclaims "
    "declared declares reacted reacts interjected interjects whispered whispers sang sings wondered wonders "
    "tweeted tweets wrote writes posted posts"
)
_DESCRIPTION_THEN_VERB = re.compile(
    r"^[,.!?;:]?\s*(?P<np>(?:the|a|an|one|another|this|that)\s+(?:[\w’'-]+\s+){0,4}?[a-z0-9][\w’'-]*)"
    # where the speaker stood: "a staffer in the room wondered"
    r"(?:\s+(?:in|at|on|from)\s+(?:the|a|an)\s+[a-z][\w-]*)?"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>" + "|".join(sorted(VOICE_VERBS)) + r")\b"
)
_PERSON_DESCRIPTION_THEN_ANY_VERB = re.compile(
    r"^[,.!?;:]?\s*(?P<np>(?:the|a|an|one|another)\s+(?:[\w’'-]+\s+){0,4}?(?P<head>[a-z][\w’'-]*))"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+(?:ed|s))\b"
)
# Heads of a description that is one person: roles, offices and people's kinds.
PERSON_HEADS = (
    ROLE_WORDS
    | LOWER_ROLE_HEADS
    | words(
        "nominee candidate front-runner frontrunner senator congressman congresswoman lawmaker woman man voter "
        "resident lawyer supporter critic protester veteran billionaire mogul host anchor"
    )
)
# Things that carry words and "read" or "state" them: "“...,” the statement read", "read the sign".
WRITTEN_THINGS = words(
    "statement statements editorial letter letters sign signs ad ads advert advertisement tweet tweets post "
    "message release note memo email e-mail caption headline banner placard poster slogan text transcript "
    "filing complaint lawsuit suit indictment ruling order report document petition flyer leaflet mailer "
    "script invitation announcement website page plaque inscription card"
)
_DETERMINED = r"(?P<np>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Tt]his|[Tt]hat)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w-]*))"
# Things worn or held that carry words, besides WRITTEN_THINGS: "a hat reading “...”" (session 15).
WORN_WRITTEN_THINGS = words("hat hats cap caps shirt shirts t-shirt t-shirts button buttons sticker stickers")
# A written thing right before the quote with "read"/"reading"/"said" (session 15): "One message read “...”",
# "wore a campaign hat reading, “...”", "a sign that said “...”".
_WRITTEN_READS_BEFORE = re.compile(
    r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?P<head>[A-Za-z][\w-]*))\s*,?\s*(?:[—–―-]\s*)?"
    # "said" only in a relative clause on the thing: "reacted to the ruling, saying: “...”" is the subject's.
    r"(?:(?:which|that)\s+(?P<verb_rel>read|reads|said|says)|(?P<verb>read|reads|reading))\s*[,:]?\s*$"
)
_DOCUMENT_READ = re.compile(r"^[,.!?;:]?\s*" + _DETERMINED + r"\s+(?P<verb>read|reads|stated|states)\b")
_READ_DOCUMENT = re.compile(r"^[,.!?;:]?\s*(?P<verb>read|reads|stated|states)\s+" + _DETERMINED + r"\b")
# Lowercase words after a capitalised modifier of a role: "Republican presidential nominee", "Estimates of".
MODIFIED_ROLE_WORDS = words(
    "presidential nominee nominees candidate candidates hopeful hopefuls frontrunner front-runner contender "
    "challenger incumbent of"
)
# A label after a dash, right before the colon: "... - Carl Bialik:", "-More from Cohen and Lee:".
_DASH_LABEL = re.compile(
    r"(?:^|\s)[-–—―]\s*(?:[Mm]ore from\s+)?(?P<name>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|and|of|&))*)\s*:\s*$"
)
# A person's words named as their possessor's (session 10): "Lowe’s most serious claim is that ...", "Ruiz’s
# reply was blunt: ...", "In Lowe’s words, ..."; the quote after it (no other cue between) is theirs.
# SPEECH_NOUNS are nouns for something said; the verb after them is a copula.
SPEECH_NOUNS = words(
    "claim claims argument arguments view message point response reply answer position contention assertion "
    "complaint verdict assessment explanation excuse promise pledge warning retort charge accusation advice "
    "defense defence case"
)
_NAME_RUN = r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?:’s|'s|’)\s+"
_POSSESSOR_SAYS = re.compile(
    _NAME_RUN
    + r"(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)\s+(?:is|was|has\s+been)\b"
    + r"|\b[Ii]n\s+"
    + _NAME_RUN.replace("name", "name2")
    + r"(?:own\s+)?(?P<noun2>words|view|telling|account|estimation)\b"
    # The complement of what was said (session 13): "blamed the press for Lowe’s claim that the port “...”",
    # "denounced Lowe’s pledge to stay “neutral”", "Lowe’s assertion of a “right to know”".
    + r"|"
    + _NAME_RUN.replace("name", "name3")
    + r"(?:[a-z][\w-]*\s+){0,2}(?P<noun3>[a-z]+)\s+(?:that|to|of)\s"
)
# A participle opening the sentence, its clause running on to the quote: "Calling the levy “...”,".
_OPENING_PARTICIPLE = re.compile(r"^\s*(?:[Bb]y\s+|[Aa]fter\s+)?(?P<cue>[A-Za-z][a-z]+ing)\b[^,;:]*$")
# A sentence that is one capitalised word and a colon: "Castell: “...”" (a label when it names a person).
_SURNAME_LABEL = re.compile(r"^\s*(?P<name>[A-Z][a-z][\w’'-]*)\s*:\s*$")
# A capitalised name and its verb right before a colon that opens the quote: "... O'Neil interjected:".
_NAME_VERB_COLON = re.compile(r"[A-Z][\w.’'-]*\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s*:\s*$")
# Words that may open a sentence before its subject: "But Lee Marsh, ...", "And then Ms. Ruiz, ...".
_OPENING_LEAD = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Still|Then|Now|Later|Meanwhile|Also|Even)\s+(?:then\s+)?)?"
)
# Cues of finding and showing inside what an earlier cue of the sentence reports ("Lee said the data
# show ...", "Reeves wrote that the text of the law showed it to be “...”"): the outer speaker's words.
INNER_FINDING_CUES = words(
    "show shows showed shown showing find finds found suggest suggests suggested reveal reveals revealed "
    "indicate indicates indicated"
)
# A modal (and a passive "be") right before a cue: what someone should or could say, or could be
# blamed for, is no report of its own when an earlier cue of the sentence reports it.
MODALS = words("should would could might may must can will shall")
_MODAL_BEFORE_CUE = re.compile(
    r"\b(?:" + "|".join(sorted(MODALS)) + r")\s+(?:not\s+)?(?:be\s+|have\s+been\s+)?$"
)
# A relative pronoun right before a cue: "the people who complained" is a noun phrase inside what an
# earlier cue of the sentence reports ("Lee said the way they treated women who complained “...”").
_RELATIVE_BEFORE_CUE = re.compile(r"\b(?:who|which)\s+$")
# An inverted cue's speaker, an appositive set off by commas, then the relative pronoun of the cue after: "“...,” said
# Orla Brennick, the trust's director, who described it as “...”". The relative clause is the speaker's own, not
# inside the earlier cue's words (those came before it): its cue reports for itself (session 32).
_SPEAKER_THEN_RELATIVE = re.compile(r"\s+[A-Z][^,;:“”\"]{0,60}(?:,\s+[^,;:“”\"]{1,80})?,\s+who\s+")
# Verbs of a speaker reporting a whole clause ("Lee said (that) ...", "Lee told reporters ..."): a partial
# quote inside that clause is in the reporter's words, whatever verb the clause's own subject has ("Lee
# said Marsh called the plan a “quiet success”", "Lee wrote that the way the board treated its staff
# was “beneath it”"): the clause is Lee's account, the quoted phrase Lee's choice (issue 14, session 8).
# What ends the clause a reporting cue reports: a comma, a semicolon, a colon, a dash or a quotation mark.
_OUTSIDE_REPORTED_CLAUSE = re.compile(r"[,;:“”\"–—―]|\s-\s")
OUTER_REPORT_LEMMAS = words(
    "say tell write claim argue insist acknowledge admit note explain add assert allege recall stress contend "
    "maintain"
)
# Cue words that are also nouns ("a phone call", "the state", "a fourth term", "his report").
NOUN_CUES = words(
    "call calls state states term terms report reports show shows retort note notes claim claims"
    # Session 10: nouns for what was said, after a determiner and its modifiers ("had a simple answer:",
    # "the caustic chant “...”", "his first tweet"): the subject of the clause's verb speaks, not the
    # words before the noun.
    " answer answers reply replies comment comments quip quips promise promises pledge pledges vow vows"
    " boast boasts joke jokes tweet tweets remark remarks chant chants shout shouts"
)
# A determiner and up to three lowercase modifiers, acronyms ("an NBC show") or hyphenated adjectives
# from a name ("a Trump-style retort") ending right before a word (group ``mods``).
_DETERMINER_THEN_MODIFIERS = re.compile(
    r"(?:^|[^\w’'-])(?P<det>[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Nn]o|[Ee]very|[Ee]ach)\s+"
    r"(?P<mods>(?:[a-z0-9][\w’'-]*\s+|[A-Z][A-Z0-9&.-]+\s+|[A-Z][\w’']*-[a-z]+\s+){0,3})$"
)
# An adverb between a subject and its cue: "Castell gingerly said", "Lee repeatedly called".
_ADVERB_BEFORE_CUE = re.compile(r"\b[a-z]+ly\s+$")
# A cue coordinated with an earlier verb of the same subject: "... thought for a moment and said", "...
# brought up the vote and later said".
_AND_BEFORE_CUE = re.compile(r"\band\s+(?:(?:then|later|also|again|finally|soon|afterwards)\s+)?$")
# The same after "but" with a time word or an auxiliary, and after a comma: "Ruiz backed the levy last year
# but now says", "Ruiz used to back it, but has since said" (session 11); the subject opens the sentence.
_BUT_BEFORE_CUE = re.compile(
    r"(?P<conj>,?\s*\bbut)\s+(?:(?:now|then|later|also|again|since|still|has|have|had|finally)\s+){1,2}$"
)
# Words running into the quote with no comma or colon: the quote is part of the clause before it ("Ruiz
# said harbour officials were calling “every hour”"), as a partial quote is (session 11).
_RUNS_ON = re.compile(r"[\w’'.)]\s*$")
# Not a clause of its own whose speaker follows a wh-word: "meet what it calls “...”" is the quote of "it".
_WH_BEFORE = re.compile(r"\b(?:what|which|that|who|whom)\s+$", re.IGNORECASE)
# A subordinate clause opening the reported words, closed by the comma right before the quote: "Ruiz said
# that when Lowe attacked the board, “...”" (the cue inside it reports nothing of the quote; session 11).
_SUBORDINATE_BEFORE_CUE = re.compile(
    r"\b(?:when|whenever|if|after|because|while|although|though|since|before|once|unless|until)\s[^,;:“”\"]*$"
)
# A cue right after a comma: an inverted cue after an opening clause ("..., explained Lowe, “...”").
_COMMA_BEFORE_CUE = re.compile(r",\s*$")
# A participle cue's own subject in an absolute clause: "..., with Lee tweeting that ...".
_WITH_ABSOLUTE = re.compile(r"\bwith\s+[^,;:]{1,80}$")
# "to" right before the noun phrase of a participle cue: the phrase is an addressee, who hears the
# words ("sent an email to supporters saying", "wrote to the council asking").
_ADDRESSEE_BEFORE = re.compile(r"\bto\s+$")
# Irregular past forms that take the thing issued as object: "sent out a release saying".
OBJECT_TAKING_IRREGULAR = words("sent made held got brought set ran led built")
# The lowercase word before a noun phrase (group ``w``): a verb whose object the phrase is.
_WORD_BEFORE = re.compile(r"\b(?P<w>[a-z][\w’'-]*)\s+(?:(?:out|up|off|back|around)\s+)?$")
# Verbs whose object is heard or seen speaking, so a participle after it is the object's:
# "quoted a spokesman saying", "cited an aide saying", "a video showed a protester shouting".
SHOWING_STEMS = tuple(
    words("quot cit heard hear overh caught catch record film captur show feature depict saw see watch")
)
# Words before a name right after a quote: a title or description with no punctuation ("Ohio delegate").
_DESCRIPTION_BEFORE_NAME = re.compile(r"(?:[\w’'-]+\s+){1,4}")
# How far after a quote its cue is looked for when a name starts right after it and an appositive
# stands between: "“...,” Ron Castell, a retired engineer who ..., said" (characters).
FAR_CUE_REACH = 260
# How far around a quote its sentence is looked for (characters).
SENTENCE_WINDOW = 1500
# The stretch before a quote read first for its sentence's start (most sentences are shorter).
_NEAR_GAPS = 300
# The shortest quote worth reporting when nothing else marks it as speech.
MIN_STANDALONE_WORDS = 4


@dataclass
class QuoteSpan:
    parts: list[tuple[int, int]]  # absolute (start, end) of the quoted words, marks excluded
    open_mark: int  # absolute offset of the first opening mark
    close_mark: int  # absolute offset just past the last closing mark (or the block end)
    block: int
    closed: bool = True
    speaker: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    partial: bool = False
    keep: bool = True
    texts: list[str] = field(default_factory=list)


def _role(text: str, i: int, width: int = 1) -> str:
    """'open', 'close', 'apostrophe' or 'either' for the mark at ``i`` (``width`` 2 for a doubled mark)."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    if width == 1 and ch in SINGLE_MARKS and prev.isalnum() and nxt.isalnum():
        return "apostrophe"  # "NATO’s", "don't"
    space_before = prev.isspace() or prev in "([{—–―-/" or i == 0
    space_after = nxt.isspace() or nxt in ".,;:!?)]}—–―-" or i + width == len(text)
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if ch in OPENING_CURLY:
        return "open"
    if ch in CLOSING_CURLY:
        return "close"
    return "either"


def find_quote_spans(blocks: tuple[Block, ...]) -> list[QuoteSpan]:
    """Quoted passages of the body blocks, marks excluded, with continuation across paragraphs."""
    quotes: list[QuoteSpan] = []
    carry: QuoteSpan | None = None  # a quote left open at the end of the previous block
    carry_kind = "double"
    for bi, b in enumerate(blocks):
        text = b.text
        nxt_text = blocks[bi + 1].text.lstrip() if bi + 1 < len(blocks) else ""
        next_opens_single = nxt_text[:1] in SINGLE_MARKS and nxt_text[:2] != "''"
        marks, width = _marks(text)
        roles = {i: _role(text, i, width.get(i, 1)) for i in marks}
        first_mark = next((i for i in marks if roles[i] != "apostrophe"), None)
        last_closer = _last_closer(text, roles)
        if carry is not None:
            lead = len(text) - len(text.lstrip())
            if first_mark is not None and first_mark == lead and roles[first_mark] in ("open", "either"):
                open_at: int | None = first_mark + width.get(first_mark, 1) - 1
                current: QuoteSpan | None = carry
                marks = [i for i in marks if i != first_mark]
            else:
                quotes.append(carry)
                open_at, current = None, None
            carry = None
        else:
            open_at, current = None, None
        open_kind = carry_kind if current is not None else ""
        for i in marks:
            role = roles[i]
            if role == "apostrophe":
                continue
            kind = "double" if text[i] in DOUBLE_MARKS or i in width else "single"
            if open_at is None:
                if role in ("open", "either"):
                    # A ‘ that opens a paragraph, or follows "told him:", may close paragraphs later.
                    opens_speech = i == len(text) - len(text.lstrip()) or text[max(0, i - 2) : i] in (
                        ": ",
                        ", ",
                    )
                    if kind == "single" and not (last_closer > i + 1 or (opens_speech and next_opens_single)):
                        continue  # "‘90s", a stray apostrophe; a paragraph opening ‘ may close paragraphs later
                    open_at, open_kind = i + width.get(i, 1) - 1, kind
                continue
            if open_kind == "double" and kind == "single":
                continue  # nested quotation inside a double-quoted passage
            if role in ("close", "either") or (
                kind == "double" and open_kind == "double" and role == "open" and i == len(text.rstrip()) - 1
            ):
                part = _trim(b.start, text, open_at + 1, i)
                if part is not None:
                    if current is None:
                        current = QuoteSpan(parts=[], open_mark=b.start + open_at, close_mark=0, block=bi)
                    current.parts.append(part)
                    current.close_mark = b.start + i + width.get(i, 1)
                    current.closed = True
                    quotes.append(current)
                current, open_at = None, None
            elif role == "open" and kind == open_kind:
                open_at = i + width.get(i, 1) - 1  # an unclosed mark: restart at the newer one
        # A quote left open at a paragraph's end goes on in the next paragraph. Double marks always
        # do; a single mark only when the next paragraph opens with one too (British style, ‘...)
        # and enough words follow it to be speech, not an apostrophe.
        if open_at is not None and (
            open_kind == "double"
            or (open_kind == "single" and next_opens_single and len(text[open_at:].split()) >= 6)
        ):
            part = _trim(b.start, text, open_at + 1, len(text), keep_period=True)
            if part is not None:
                if current is None:
                    current = QuoteSpan(parts=[], open_mark=b.start + open_at, close_mark=0, block=bi)
                current.parts.append(part)
                current.close_mark = b.end
                current.closed = False
                carry, carry_kind = current, open_kind
    if carry is not None:
        quotes.append(carry)
    quotes.sort(key=lambda q: q.open_mark)
    return quotes


# Every mark ``_marks`` reads, as its old character loop read them: a doubled apostrophe or backtick
# run of three or two, else any single mark (a lone backtick is none). One character class leads, so
# the engine skips to the next mark in C (the loop in Python over every character was 2.5% of the
# rules' time on the seeds, an alternation led by groups still 1%).
_MARK_RUN = re.compile(
    "["
    + re.escape("".join(sorted(DOUBLE_MARKS | SINGLE_MARKS | DOUBLED_MARKS)))
    + "]"
    + "(?:"
    + "|".join(f"(?<={re.escape(c)}){re.escape(c)}{{1,2}}" for c in sorted(DOUBLED_MARKS))
    + "|(?<=[^"
    + re.escape("".join(sorted(DOUBLED_MARKS - DOUBLE_MARKS - SINGLE_MARKS)))
    + "]))"
)


def _marks(text: str) -> tuple[list[int], dict[int, int]]:
    """Offsets of quotation marks, and the width of the doubled ones: two apostrophes or backticks
    stand for a double mark in wire copy and old archives (''like this'', ``like this'')."""
    marks: list[int] = []
    width: dict[int, int] = {}
    for m in _MARK_RUN.finditer(text):
        i = m.start()
        run = m.end() - i
        if run == 3:
            # Three in a row: a nested single mark beside the doubled one. It closes
            # first (", ends both) or opens last (Tis" after a space opens both).
            opening = i == 0 or text[i - 1].isspace()
            single, double = (i + 2, i) if opening else (i, i + 1)
            marks.extend(sorted((single, double)))
            width[double] = 2
        elif run == 2:
            marks.append(i)
            width[i] = 2
        else:
            marks.append(i)
    return marks, width


def _last_closer(text: str, roles: dict[int, str]) -> int:
    """The last mark of a block that can close a single-quoted passage (a closing or either-way
    single mark, or a ”); -1 when none. A single mark at ``i`` may open one when this is past
    ``i + 1``: computed once a block, it was a scan of every mark for every opening one, quadratic
    in a paragraph of marks (session 8: 128 KB of them took 48 s)."""
    return max(
        (
            j
            for j, r in roles.items()
            if (r in ("close", "either") and text[j] in SINGLE_MARKS) or text[j] == "”"
        ),
        default=-1,
    )


def _trim(base: int, text: str, a: int, b: int, keep_period: bool = False) -> tuple[int, int] | None:
    """The quoted words between marks; a paragraph left open keeps its final period (gold convention)."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ("," if keep_period else ",.")):
        b -= 1
    if b - a < 2 or not any(ch.isalpha() for ch in text[a:b]):
        return None
    return base + a, base + b


# --------------------------------------------------------------------------- speakers


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the masked sentence around ``pos``."""
    # Only the last stretch before ``pos`` is searched, so one huge paragraph stays linear.
    lo = max(0, pos - SENTENCE_WINDOW)
    start = lo
    # The last gap that is no abbreviation's, read from the end (only the gaps after it are
    # checked) and first in the nearest stretch: every gap of the window was matched and checked,
    # 60 per quote in a run of short quoted sentences (s12 fuzz). A gap holds no [.!?] after its
    # first character, so the gaps found from ``near`` on are the window's own.
    for near in (max(lo, pos - _NEAR_GAPS), lo):
        found = next(
            (
                m.end()
                for m in reversed(list(_SENTENCE_GAP.finditer(text, near, pos + 1)))
                if not abbreviation_period(text, m.start(), m.end())
            ),
            None,
        )
        if found is not None or near == lo:
            start = found if found is not None else lo
            break
    end = min(len(text), pos + SENTENCE_WINDOW)
    for m in _SENTENCE_TAIL.finditer(text, pos, end):
        if not abbreviation_period(text, m.start(), m.end()):
            end = m.end()
            break
    return start, end


_SENTENCE_OPENING = re.compile(r"^\s*[A-Z“‘\"]")


def attach_speakers(
    quotes: list[QuoteSpan],
    blocks: tuple[Block, ...],
    masked_blocks: list[str],
    resolve: object,
) -> None:
    """Fill speaker, cue and partial for each quote, and merge quotes split by their cue.

    The speaker is looked for where news puts it, in this order: after the quote
    (1), before it in its sentence (2), as the main clause's subject of a
    participle cue (2a), as the subject of a sentence ending in a colon (2b), in
    a signature line (3); a quote with none may continue the previous speaker's
    words (4).
    """
    from service.backends.rules.entities import EntityBook

    book = resolve
    assert isinstance(book, EntityBook)
    previous: QuoteSpan | None = None
    for q in quotes:
        # This runs before the extractor's sentence loop and its checks: a megabyte of short quotes
        # read every speaker with no check between (s12 hostile review).
        cpu_budget.check()
        b = blocks[q.block]
        masked = masked_blocks[q.block]
        o = q.open_mark - b.start
        if o > 0 and b.text[o] in DOUBLED_MARKS and b.text[o - 1] == b.text[o]:
            o -= 1  # a doubled mark (''like this'') opens at its first character, not in the writer's words
        s_start, _s_end = _sentence_bounds(masked, o)
        before = masked[s_start:o]
        # A multi-paragraph quote closes in a later block: its cue follows there.
        cbi = _block_of(blocks, q.close_mark - 1) if q.close_mark > 0 else q.block
        cb, cmasked = blocks[cbi], masked_blocks[cbi]
        c = q.close_mark - cb.start
        after_end = _sentence_bounds(cmasked, max(c - 1, 0))[1]
        after = cmasked[c:after_end] if q.closed else ""
        # A semicolon after the quote closes its clause: "The mayor calls it her “quiet plan”; rivals
        # deride it as timid." (rivals say something else). A cue after it is another clause's.
        after = after[: after.find(";")] if ";" in after else after
        q.partial = _is_partial(before)
        if _NAMING_BEFORE.search(before) and _is_title(
            " ".join(_part_text(blocks, q.block, p) for p in q.parts)
        ):
            # 0. "A group called “Harbour First” said ...", "a boat named “Sea Star”": a name or title
            #    given to something is no one's words, so no quote (and its cue is the sentence's own).
            q.keep = False
            continue
        # A quote ending its sentence ("...4,000.” He said ...") leaves the next sentence alone.
        closing = cb.text[q.parts[-1][1] - cb.start : c] if q.closed else ""
        # A comma among the closing marks continues the sentence: "... in the U.S.,” Zucker said.
        if (
            any(ch in ".!?" for ch in closing)
            and "," not in closing
            and _SENTENCE_OPENING.match(after)
            and not _BARE_ATTRIBUTION.match(after)
        ):
            after = ""
        elif (
            q.closed
            and cb.text[q.parts[-1][1] - cb.start - 1] in "?!"
            and _SENTENCE_OPENING.match(after)
            and re.search(r"[,:]\s*$", before)
            and _speaker_before(masked, s_start, before, None)[0] is not None
        ):
            # "Lee answered, “Why now?” Marsh then wrote back, “...”": a ? or ! inside the marks ends the
            # quote's sentence when a cue of its own introduced it; the next sentence is someone else's
            # (session 13). "“Why now?” Marsh asked." has no cue before, and keeps Marsh.
            after = ""
        # A partial quote's comma is the writer's: "a clip the judge called “chilling,” Lee added".
        # "“Nooooo!” the crowd cried": a ? or ! before a lowercase word goes on like a comma.
        comma_close = (
            "," in closing
            or after[:1] == ","
            or (
                any(ch in "!?" for ch in closing + cb.text[q.parts[-1][1] - cb.start - 1])
                and after.lstrip()[:1].islower()
            )
        ) and not q.partial
        spk, cue_text = _speaker_after(cmasked, c, after, comma_close) if after else (None, None)
        if spk is not None and spk.kind == "descriptor" and not _speaker_ok(spk):
            spk = None  # "“...,” adding that the rule ...": a clause or a moment is no speaker
        if (
            spk is not None
            and before.strip()
            and (
                (q.partial and not _right_after(cmasked, c, spk, cue_text))
                or _IN_OPENING_CLAUSE.match(before)
            )
        ):
            # "he has an “excellent chance” to win many of the states ...": a cue further on in the
            # sentence is another clause's; the cue before a partial quote reports it.
            spk_b, cue_b = _speaker_before(masked, s_start, before, None)
            if _speaker_ok(spk_b):
                spk, cue_text, cb = spk_b, cue_b, b
        if spk is None and after:
            # 1d. "“...,” the statement read", "“...,” read the editorial": a document's own words.
            spk, cue_text = _document_reads(cmasked, c, after, cue_text)
        if spk is None and after and (acc := _ACCORDING_AFTER.match(after)) is not None:
            # 1f. "“...,” according to the Harbour Gazette.": with no cue of its own, the quote is the
            #     words of the source "according to" names right after it.
            sa = subject_after(cmasked, c + acc.end())
            if sa is not None and sa.start == c + _skip_space(after, acc.end()):
                spk, cue_text = sa, "according to"
        spk_base = cb.start if spk is not None else b.start  # where the speaker's offsets count from
        if (
            spk is None
            and (nv := _NAME_VERB_COLON.search(before)) is not None
            and _intro_verb(nv.group("verb"))
        ):
            # 2e. "She said ..., to which Lee Marsh interjected: “...”": the name and verb right before
            #     the colon speak, before any earlier cue of the sentence.
            named = subject_before(masked, s_start + nv.start("verb"))
            if named is not None and named.kind == "name" and _speaker_ok(named):
                spk, cue_text = named, nv.group("verb")
        if spk is None and not b.text[:o].replace(before, "", 1).strip():
            # 2f. "Rep. Tina Gowdy (R-S.C.): “...”", "Former secretary of state Ann Petrov: “...”": a
            #     label line naming the speaker opens the paragraph (a transcript, a list of reactions).
            spk = _label_line(masked, s_start, before)
        if (
            spk is None
            and (one := _SURNAME_LABEL.match(before)) is not None
            and book.type_of(book.canonical(one.group("name"))) == "person"
        ):
            # 2h. "Castell: “...” Okafor: “...”": a sentence of one capitalised word and a colon labels
            #     the quote after it when the article names a person by that word (session 9).
            at = s_start + one.start("name")
            spk = Phrase(at, at + len(one.group("name")), one.group("name"), "name")
        if spk is None and (label := _DASH_LABEL.search(before)) is not None:
            # 2i. "Pollsters agree - Carl Bialik: “...”": a dash and a name before the colon label the
            #     writer quoted, before any verb of the words ahead of the dash ("agree") is read as the cue.
            at = s_start + label.start("name")
            spk = Phrase(at, at + len(label.group("name")), label.group("name"), "name")
        if spk is None and (owned := _possessor_says(before)) is not None:
            # 2j. "Lowe’s most serious claim is that the board is a “rigged club”", "In Lowe’s words, ...".
            spk = Phrase(s_start + owned[0], s_start + owned[1], before[owned[0] : owned[1]], "name")
            cue_text = owned[2]
        if spk is None and before.strip():
            spk, cue_text = _speaker_before(masked, s_start, before, cue_text)
            if (
                spk is not None
                and (
                    q.partial
                    or (
                        _RUNS_ON.search(before) is not None
                        and _WH_BEFORE.search(masked, max(0, spk.start - 12), spk.start) is None
                    )
                )
                and (outer := _outer_reporter(masked, s_start, before, spk))
            ):
                # 2g. "Lee said Marsh called the plan a “quiet success”": the reporting clause's speaker.
                spk, cue_text = outer
        if (
            spk is None
            and (reads := _WRITTEN_READS_BEFORE.search(before)) is not None
            and (reads.group("head").lower() in WRITTEN_THINGS | WORN_WRITTEN_THINGS)
        ):
            # 2l. "One message read “...”", "a campaign hat reading, “...”", "a sign that said “...”": the written
            #     thing's own words (session 15; before, only "“...,” the statement read" after the quote).
            at = s_start + reads.start("np")
            spk, cue_text = (
                Phrase(at, at + len(reads.group("np")), reads.group("np"), "descriptor"),
                reads.group("verb") or reads.group("verb_rel"),
            )
        if spk is None and comma_close and after:
            spk = _speaker_after_any_verb(cmasked, c, after) or _description_then_voice(c, after)
            spk_base = cb.start if spk is not None else spk_base
        if (
            spk is None
            and after
            and ("," in closing or after.lstrip()[:1] == ",")
            and (opening := _OPENING_PARTICIPLE.match(before)) is not None
            and opening.group("cue").lower() in REPORTING_VERBS
        ):
            # 2k. "Calling the levy “a tax on fish,” Ruiz voted no.": a participle cue opening the sentence
            #     has the main clause's subject, after the quote and its comma, as its speaker (session 10).
            main = main_subject(cmasked, c, c + len(after))
            if _speaker_ok(main) and main is not None and main.kind in ("name", "pronoun", "descriptor"):
                spk, cue_text, spk_base = main, opening.group("cue"), cb.start
        # 2a. "Okafor seemed ready, telling the crowd: “...”": a participle cue continues the main
        #     clause, whose subject is the speaker.
        if spk is None and cue_text is not None and cue_text.lower().endswith("ing"):
            # The subject is looked for before the participle only: "..., saying it is time for a “...”"
            # had "it" (the reported clause's subject, after the cue) as its speaker (session 11).
            cue_at = before.rfind(cue_text)
            spk = main_subject(masked, s_start, s_start + (cue_at if cue_at > 0 else len(before)))
            if spk is None and cue_at > 0:
                # With no verb found before it, "..., saying she would “...”": a personal pronoun opening
                # the reported clause stands for the one who says it ("it" there is a thing: no speaker).
                said = main_subject(masked, s_start, s_start + len(before))
                spk = said if said is not None and said.text.lower() in PERSON_PRONOUNS else None
            spk = spk if _speaker_ok(spk) else None
        if spk is None and re.search(r":\s*$", before):
            spk = _colon_subject(masked, s_start, before)
        # 2c. "She asks, “...”", "Castell wondered aloud, “...”": any verb of a sentence-opening subject.
        if spk is None and not q.partial:
            spk = _comma_subject(masked, s_start, before)
        if spk is None and not before.strip():
            signed = _signature(blocks, cbi, c, q.closed, after)
            if signed is not None:
                spk, spk_base, cue_text = signed, 0, None
        if spk is None and cue_text is not None and before.strip():
            # 2d. "But Lee Marsh, the president of X, a group that has ..., said that “...”": a cue with
            #     no subject found, in a sentence opening with a person's name and an appositive.
            spk = _opening_person(book, masked, b.start, s_start, s_start + len(before))
        if spk is None and not before.strip() and not b.text[:o].strip() and q.block > 0:
            # 3c. "Reporter Jo Lane says:" / "He told the crowd, to applause:" closing the paragraph
            #     before: the quote opening this paragraph is that sentence's speaker's.
            lead = _colon_paragraph_speaker(blocks[q.block - 1], masked_blocks[q.block - 1])
            if lead is not None:
                spk, cue_text = lead
                spk_base = blocks[q.block - 1].start
        lead_in = None
        if spk is None and not before.strip() and not q.partial:
            # 3b. "Lee announced the lawsuit on Monday. “...”": a quote opening its sentence, with no cue
            #     of its own, is the words of the person opening the sentence just before, in its paragraph.
            found_lead = book.lead_in_subject(q.open_mark, b.start)
            if (
                found_lead is not None
                and not b.text[found_lead[1] - b.start : o].strip()
                and _LEAD_IN_PREFIX.match(_sentence_head(masked, found_lead[2] - b.start))
            ):
                lead_in = found_lead[0]
            if lead_in is None and found_lead is None and o > 0:
                # 3e. "..., she said she and Lee had made progress. “...”": the sentence before, in the
                #     paragraph, reports a pronoun's words; the quote after it goes on with them.
                lead_in = _pronoun_lead_in(book, masked, o, b.start)
        if (
            lead_in is None
            and spk is None
            and not b.text[:o].strip()
            and not q.partial
            and q.block > 0
            and blocks[q.block - 1].kind != "headline"
            and (previous is None or previous.block < q.block - 1)
        ):
            # 3d. "Valastro praised the governor's record. / “We need someone who ...”": a paragraph of one
            #     quote with no cue follows a paragraph whose last sentence opens with a person and
            #     reports their words (a cue), and holds no quote of its own: that person's words.
            lead_in = _lead_in_paragraph(book, blocks[q.block - 1], masked_blocks[q.block - 1], q.open_mark)
        if (
            spk is not None
            and spk_base == b.start
            and spk.kind in ("descriptor", "name")
            and (share := poll_share_in(masked, max(s_start, spk.end - 120), spk.end)) is not None
            and share.start() <= spk.start
            and (poll := _poll_before(masked, s_start, share.start())) is not None
        ):
            # 5. "In a Ledger poll, 75 percent of dockers said the levy is “unfair”", "The poll has bad news
            #    for Ruiz: 25 percent say they would “never” back him": a share of a poll named before it in
            #    the sentence answers the poll's question; the poll is the source (session 11).
            spk = poll
        if spk is not None and spk.kind == "name" and spk_base == b.start and "&" in masked:
            spk = _joined_name(masked, spk)
        if spk is not None:
            pos_abs = spk_base + spk.start
            q.speaker, q.speaker_mention = _resolve(spk, pos_abs, book, b.start)
            if (
                spk.kind == "pronoun"
                and spk.text.lower() in PERSON_PRONOUNS
                and previous is not None
                and previous.speaker
                and previous.speaker != q.speaker
                and q.block - previous.block <= 1
                and book.fits_pronoun(previous.speaker, spk.text)
                and not book.person_named_between(previous.close_mark, pos_abs)
            ):
                # "“...,” Webb said. / “...,” he added.": with no one else named since the last
                # quote, "he" is its speaker.
                q.speaker = previous.speaker
            if (
                spk.kind == "pronoun"
                and spk.text.lower() in ("he", "she")
                and (
                    sayer := book.subject_before(
                        pos_abs,
                        pronoun=spk.text,
                        said_before=(b.start + max(0, o - 400), b.text[max(0, o - 400) : o]),
                    )
                )
                is not None
                and not book.knows(sayer)
            ):
                # "One buyer, a retired surgeon from Bath, said he had spent his savings ... “...,” he told the
                # court": the pronoun goes on with the unnamed sayer before it in the paragraph (session 28).
                q.speaker = sayer
            if q.speaker and spk.kind in ("name", "pronoun"):
                # Who speaks here is who a later "he said" most likely stands for.
                book.note_speaker(pos_abs, q.speaker)
        q.cue = cue_text
        if lead_in is not None:
            q.speaker, q.speaker_mention = lead_in, None
        _continue_or_drop(q, spk is not None or lead_in is not None, previous, b, blocks)
        previous = q if q.keep else previous
    _merge_split(quotes, blocks)


# A poll or survey named by its noun phrase: "a September Ledger-Harbour News poll", "The Q poll", "Monday's
# Quinnipiac survey", "a fresh poll" (group ``np``). The last one before the share is taken.
_POLL_PHRASE = re.compile(
    r"(?P<np>\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[A-Z][\w.’'-]*(?:’s|'s))\s+"
    r"(?:[\w’'./&-]+\s+){0,6}?(?:poll|survey))\b"
)


def _poll_before(masked: str, s_start: int, at: int) -> Phrase | None:
    """The last poll named in the sentence before ``at`` (a share of its respondents)."""
    found = None
    for m in _POLL_PHRASE.finditer(masked, s_start, at):
        found = m
    if found is None:
        return None
    return Phrase(found.start("np"), found.end("np"), found.group("np"), "descriptor")


# "he said", "she added": a pronoun and a verb of speech in the sentence before a quote.
_PRONOUN_SAID = re.compile(
    r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+)?(?:said|says|added|adds|told|tells|explained|argued|noted|insisted)\b"
)


def _pronoun_lead_in(book: EntityBook, masked: str, o: int, base: int) -> str | None:
    """3e. The person a "he said" / "she said" of the sentence right before the quote at ``o`` stands
    for, when that sentence holds no quote of its own and names no one after the pronoun."""
    prev_end = len(masked[:o].rstrip())
    if prev_end == 0 or masked[prev_end - 1] not in ".!?":
        return None
    start, _end = _sentence_bounds(masked, prev_end - 1)
    sentence = masked[start:prev_end]
    if re.search(r"[“”\"]", sentence):
        return None
    said = None
    for found in _PRONOUN_SAID.finditer(sentence):
        said = found  # the last one before the quote
    if said is None:
        return None
    at = base + start + said.start("p")
    if book.person_named_between(at, base + prev_end):
        return None
    return book.subject_before(at, pronoun=said.group("p"))


def _sentence_head(masked: str, pos: int) -> str:
    """The words of the sentence around ``pos`` before ``pos``."""
    return masked[_sentence_bounds(masked, pos)[0] : pos]


def speaker_before(masked: str, pos: int) -> Phrase | None:
    """speakers.speaker_before with any participle opening an aside between a name and its cue."""
    return _speaker_before_cue(masked, pos, any_aside=True)


_COLON_OR_COMMA_AT_END = re.compile(r"[:,]\s*$")
_RUNNING_WORD_AT_END = re.compile(r"\b(?:that|as|to|is|are|was|were|be|of|a|an|the|its|their|his|her)\s*$")
_LOWER_WORD_AT_END = re.compile(r"\b[a-z]+\s*$")


def _is_partial(before: str) -> bool:
    """The writer's own words run into the quote ("described it as a “...”")."""
    partial = (
        bool(before.strip()) and not _COLON_OR_COMMA_AT_END.search(before) and not _ends_with_cue(before)
    )
    if partial and _RUNNING_WORD_AT_END.search(before) is None and _LOWER_WORD_AT_END.search(before) is None:
        return False
    return partial


_PUNCT_THEN_SPACE = re.compile(r"^[,.!?;:]?\s*")


def _speaker_after(
    cmasked: str, c: int, after: str, comma_close: bool = False
) -> tuple[Phrase | None, str | None]:
    """1. "“...,” Stoltenberg said" / "“...,” said Stoltenberg": a cue right after the closing mark at ``c``.

    A quote closed by a comma goes on with its attribution, so a name starting right after it is
    the speaker also when a long appositive stands before the cue (1b)."""
    m = _PUNCT_THEN_SPACE.match(after)
    skip = m.end() if m else 0
    spk, cue = _speaker_after_near(cmasked, c, after, skip)
    if spk is None and comma_close:
        far = _speaker_after_far(cmasked, c, after, skip)
        if far[0] is not None:
            return far
    return spk, cue


def _speaker_after_any_verb(cmasked: str, c: int, after: str) -> Phrase | None:
    """1c. "“...,” Castell shot back": a name or pronoun right after a quote closed by a comma, and
    its verb, whatever the verb (tried after the cues before the quote, which say more)."""
    m = _PUNCT_THEN_SPACE.match(after)
    skip = m.end() if m else 0
    inverted = _ANY_VERB_THEN_NAME.match(after, skip)
    if (
        inverted is not None
        and _intro_verb(inverted.group("verb"))
        and REPORTING_VERBS.get(fold_key(inverted.group("verb"))) not in OBJECT_CUE_LEMMAS
    ):
        # "“...,” agrees Michelle Ruiz, 30, of Dayton": any verb of the voice, then the name.
        sa = speaker_after(cmasked, c + inverted.end("verb"))
        if sa is not None and sa.kind == "name" and sa.start == c + inverted.start("name"):
            return sa
    verb = _NAME_THEN_ANY_VERB.match(after, skip)
    if verb is None:
        return None
    w = verb.group("verb") or verb.group("pverb")
    at = verb.start("verb") if verb.group("verb") else verb.start("pverb")
    sb = speaker_before(cmasked, c + at)
    if (
        _intro_verb(w)
        and sb is not None
        and sb.start == c + skip
        and not sb.text.endswith(("’s", "'s"))
        and sb.kind in ("name", "pronoun")
    ):
        return sb
    return None


def _description_then_voice(c: int, after: str) -> Phrase | None:
    """1e. "“Nooooo!” the crowd cried out", "“...?” the 43-year-old asked": a description right after a
    quote closed by a comma, ? or !, and a verb of the voice."""
    m = _DESCRIPTION_THEN_VERB.match(after)
    if m is None:
        # "“...,” the Republican nominee riffed on ...": a description of a person (its head a role or an
        # office) speaks with any verb of the voice, as a name does (1c).
        m = _PERSON_DESCRIPTION_THEN_ANY_VERB.match(after)
        if m is None or not _intro_verb(m.group("verb")) or m.group("head") not in PERSON_HEADS:
            return None
    return Phrase(c + m.start("np"), c + m.end("np"), m.group("np"), "descriptor")


def _intro_verb(w: str) -> bool:
    """True for a word that can be the verb introducing a quote ("asks", "shot", "wondered")."""
    low = w.lower()
    if low in NOT_A_QUOTE_VERB or low in NOT_A_SPEAKER_START:
        return False
    if low in QUOTE_INTRO_IRREGULAR or low in REPORTING_VERBS:
        return True
    return len(low) > 3 and (
        low.endswith("ed") or (low.endswith("s") and not low.endswith(("ss", "us", "is")))
    )


_STOP_OR_QUOTE = re.compile(r"[.!?;“”\"]")


def _speaker_after_far(cmasked: str, c: int, after: str, skip: int) -> tuple[Phrase | None, str | None]:
    """1b. "“...,” Ron Castell, a retired engineer who ..., said": a name right after the quote, then an
    appositive, then the cue (beyond the near reach)."""
    if not after[skip : skip + 1].isupper():
        return None, None
    for cue_m in CUE.finditer(after, skip, skip + FAR_CUE_REACH):
        between = _ABBREVIATION_DOT.sub("", QUOTED_NAME.sub("t", after[skip : cue_m.start()]))
        if _STOP_OR_QUOTE.search(between):
            break
        sb = speaker_before(cmasked, c + cue_m.start())
        if sb is not None and (
            sb.start == c + skip
            or (
                sb.start > c + skip
                and sb.kind == "name"
                and _DESCRIPTION_BEFORE_NAME.fullmatch(after, skip, sb.start - c)
                and not any(
                    w in REPORTING_VERBS or w in NOT_A_QUOTE_VERB for w in after[skip : sb.start - c].split()
                )
            )
        ):
            # "“...,” Ohio delegate Tom Reed, wearing a hat and “Go Ruiz” pins, said": a lowercase
            # description may stand before the name (session 12).
            return sb, cue_m.group()
    return None, None


# Words opening a subordinate clause after a quote, before a name and its cue: the cue reports that
# clause's own event. Not "as" ("“...,” as Lee put it" is Lee's quote).
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|while|whereas|when|whenever|because|since|although|though|if|unless|until|once)\b"
)
# Lemmas of cues whose object is a person or thing judged, named or praised, never their speaker: a name
# right after them ("“...,” endorsed Senator Ruiz", "“...,” praised Lowe") is the object (session 13).
OBJECT_CUE_LEMMAS = SHORT_OBJECT_VERBS | EVALUATIVE | HARSH_CRITICISM | NAMING_VERBS


def _speaker_after_near(cmasked: str, c: int, after: str, skip: int) -> tuple[Phrase | None, str | None]:
    cue_m = CUE.search(after, skip, skip + 80)
    if cue_m is not None and _noun_use(after, cue_m):
        # "“...,” the audit report said": a cue word used as a noun heads the speaker's own phrase, and
        # the verb after it is the cue. With no verb right after it, it is no cue ("... to win the key
        # states of ..."). Only a noun ending its phrase counts (one lowercase word may end it: "said").
        nxt = CUE.match(after, _skip_space(after, cue_m.end()))
        if nxt is None:
            return None, None
        cue_m = nxt
    if cue_m is None:
        return None, None
    # "“...,” Mr. Cernech said": an abbreviation's period is no sentence end.
    between = _ABBREVIATION_DOT.sub("", after[skip : cue_m.start()])
    if _STOP_OR_QUOTE.search(between):
        return None, None
    if _naming_participle(after, cue_m):
        return None, None  # "“...,” a site run by a group called ...": the group is named, it says nothing
    sb = speaker_before(cmasked, c + cue_m.start())
    if sb is None and (adv := _ADVERB_BEFORE_CUE.search(after, skip, cue_m.start())) is not None:
        sb = speaker_before(cmasked, c + adv.start())  # "“...,” Lee Marsh quickly added"
        sb = sb if sb is not None and sb.kind in ("name", "pronoun") else None
    if sb is not None and sb.start >= c:
        if _SUBORDINATOR.search(after, skip, max(skip, sb.start - c)):
            # "“...,” after spokesman Ian Marsh praised the plan", "..., while Lowe suggested ...": the
            # cue is a subordinate clause's, told of beside the quote; it did not say it (session 13).
            return None, None
        return sb, cue_m.group()
    if cue_m.group().lower().split()[0].endswith("ing"):
        return None, None  # "“...,” citing an instance": a participle's object is no inverted speaker
    if REPORTING_VERBS.get(fold_key(cue_m.group())) in OBJECT_CUE_LEMMAS:
        return None, None  # "“...,” endorsed Senator Ruiz": the name after such a verb is its object
    if cue_m.start() - skip <= 1 or after[: cue_m.start()].rstrip().endswith(","):
        # "“...,” said Stoltenberg" / "... has “full respect” of ..., said Stoltenberg."
        return speaker_after(cmasked, c + cue_m.end()), cue_m.group()
    return None, None


_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b")
_DETERMINER_BEFORE_CUE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Hh]is|[Hh]er|[Tt]heir)\s+$")


def _speaker_before(
    masked: str, s_start: int, before: str, cue_text: str | None
) -> tuple[Phrase | None, str | None]:
    """2. "Stoltenberg said: “...”", "he said the move is “...”", "according to X, “...”": a cue before it."""
    opening = _OPENING_CUE.match(before)
    if opening is not None and opening.group("cue").lower() in REPORTING_VERBS:
        # "Said Tina Poynter, who grew up near it, “...”", "Continued Marsh: “...”": a cue opening the
        # sentence has its speaker after it.
        sa = speaker_after(masked, s_start + opening.end("cue"))
        if sa is not None and sa.kind == "name" and _speaker_ok(sa):
            return sa, opening.group("cue")
    cues = list(CUE.finditer(before)) + list(_ACCORDING_TO.finditer(before))
    cues.sort(key=lambda m: m.start())
    describing = list(DESCRIBING.finditer(before))
    for cm in sorted(cues + describing, key=lambda m: m.start(), reverse=True):
        if _DETERMINER_BEFORE_CUE.search(before[: cm.start()]):
            continue  # "The report has one line:", "his remarks": a noun, not a cue
        if _noun_use(before, cm):
            continue  # "a fundraising call", "his home state", "Lee’s call for": a noun, not a cue
        if _THANKS_TO.match(before, cm.start()):
            continue  # "..., thanks in part to new revenue, he has “...”": a preposition, not a cue (session 13)
        if cm.group().lower() in INNER_FINDING_CUES and any(
            _reports_over(before, c2, cm) and c2.group().lower() not in INNER_FINDING_CUES for c2 in cues
        ):
            continue  # "Lee also said that the mayor shows “great charm”": the words are reported by Lee
        if (
            _MODAL_BEFORE_CUE.search(before, 0, cm.start())
            or _RELATIVE_BEFORE_CUE.search(before, 0, cm.start())
        ) and any(
            _reports_over(before, c2, cm)
            and not _MODAL_BEFORE_CUE.search(before, 0, c2.start())
            and not _SPEAKER_THEN_RELATIVE.fullmatch(before, c2.end(), cm.start())
            for c2 in cues
        ):
            continue  # "Lee said the plan should reiterate its “firm support”": a cue wished for, inside Lee's words
        if (
            before.rstrip().endswith(",")
            and before.count(",", cm.end()) == 1
            and (sub := _SUBORDINATE_BEFORE_CUE.search(before, 0, cm.start())) is not None
            and any(c2.start() < sub.start() and _reports_over(before, c2, cm) for c2 in cues)
        ):
            continue  # "Ruiz said that when Lowe attacked the board, “...”": Ruiz's words, not Lowe's
        if _naming_participle(before, cm):
            # "a class called “Rivers”": the thing is named; the clause's subject wrote or said it.
            main = main_subject(masked, s_start, s_start + cm.start())
            if _speaker_ok(main):
                # A participle cue after the named thing is the cue: "..., writing “...”".
                return main, cue_text or cm.group()
            continue
        if cm.group().lower() == "according to":
            sa = subject_after(masked, s_start + cm.end())
            if sa is not None:
                return sa, cm.group()
            continue
        sb = speaker_before(masked, s_start + cm.start())
        if not _speaker_ok(sb):
            sb = None
        if sb is None and (adv := _ADVERB_BEFORE_CUE.search(before, 0, cm.start())) is not None:
            sb = speaker_before(masked, s_start + adv.start())  # "Castell gingerly said"
            sb = sb if sb is not None and sb.kind in ("name", "pronoun") else None
        if sb is None and not cm.group().endswith("ing") and _AND_BEFORE_CUE.search(before, 0, cm.start()):
            # "Castell thought for a moment and said": the first verb's subject in the cue's clause.
            clause = max(before.rfind(",", 0, cm.start()), before.rfind(";", 0, cm.start())) + 1
            sb = main_subject(masked, s_start + clause, s_start + cm.start())
            sb = sb if sb is not None and sb.kind in ("name", "pronoun") else None
        if sb is None and (but := _BUT_BEFORE_CUE.search(before, 0, cm.start())) is not None:
            # "Ruiz backed the levy last year but now says": the sentence's subject (a name or pronoun).
            sb = main_subject(masked, s_start, s_start + but.start("conj"))
            sb = sb if sb is not None and sb.kind in ("name", "pronoun") else None
        if not _speaker_ok(sb):
            sb = None
        if (closing := _closing_cue_speaker(masked, s_start, before, cm, cues)) is not None:
            return closing, cm.group()
        if sb is not None and _participle_of_main_clause(before, cm, sb.start - s_start, sb.kind):
            # "Lee issued a statement saying ...", "Lee urged patience, saying ...": the participle
            # continues the main clause, whose subject speaks (not the object or the appositive before it).
            main = main_subject(masked, s_start, s_start + cm.start())
            if _speaker_ok(main):
                return main, cm.group()
        if sb is not None:
            return sb, cm.group()
        if re.fullmatch(r"\s*(?:[A-Z][a-z]*\s*)?,?\s*", before[: cm.start()]) or (
            _COMMA_BEFORE_CUE.search(before, 0, cm.start()) and not cm.group().lower().endswith("ing")
        ):
            # "But, said Solovey, “...”": a cue after an opening conjunction has its speaker after it; so
            # has a cue after a clause set off by a comma ("Because the board met in secret, explained
            # Lowe, “...”", session 11), when the name then closes the words before the quote. Not a
            # participle: "..., telling Reuters, “...”" names its addressee.
            sa = speaker_after(masked, s_start + cm.end())
            if (
                sa is not None
                and sa.kind == "name"
                and re.fullmatch(r"\s*[,:]?\s*", before[sa.end - s_start :]) is not None
            ):
                return sa, cm.group()
        if _TO_BEFORE_CUE.search(before, 0, cm.start()):
            # "Castell was quick to say", "she went on to say": the main clause's subject speaks; after
            # "so ... that" the clause of the cue is the one after "that" ("... so calm that Lee was
            # prompted to say").
            that = before.rfind(" that ", 0, cm.start())
            so_that = that >= 0 and re.search(r"\b(?:so|such)\b[^,;]*$", before[:that]) is not None
            sb = main_subject(masked, s_start + that + 6, s_start + cm.start()) if so_that else None
            sb = sb if _speaker_ok(sb) else main_subject(masked, s_start, s_start + cm.start())
            if sb is not None:
                return sb, cm.group()
        if cm.group().lower() in REPORTING_VERBS and cue_text is None:
            cue_text = cm.group()
            if cm.group().lower().endswith("ing") and before[: cm.start()].rstrip().endswith(","):
                # Session 30: "Marla Quint denied that the county had delayed a repair planned in 2021, saying
                # ...", "Haskin's crew denied that it had asked for ..., saying it wanted only “...”": a participle
                # after a comma continues the main clause, whose subject speaks; the cue nearest before it
                # ("planned", "asked") is inside the main verb's reported clause (the repair, "it", spoke).
                main = main_subject(masked, s_start, s_start + cm.start())
                if _speaker_ok(main) and main is not None and main.kind in ("name", "pronoun", "descriptor"):
                    return main, cue_text
            # "adding that ...": the subject is the main clause's
            for cm2 in reversed(cues):
                if cm2.start() < cm.start():
                    if (
                        _noun_use(before, cm2)
                        or _naming_participle(before, cm2)
                        or (cm.group().lower().endswith("ing") and cm2.group().lower().endswith("ing"))
                    ):
                        # "he sounded a rare note of regret, saying", "a class called “Rivers” on his
                        # page, writing": an earlier cue word used as a noun or naming a thing has no
                        # speaker of its own (session 9); the main clause's subject is looked for after.
                        # Nor has an earlier participle for a participle cue: "Ruiz’s office slammed a suit
                        # filed by a clerk alleging fraud, calling it “...”" is the office's (session 13).
                        continue
                    sb = subject_before(masked, s_start + cm2.start())
                    if _speaker_ok(sb):
                        return sb, cue_text
    return None, cue_text


# A comma between a closing cue and a participle cue after it, maybe after a time ("..., the group said, describing",
# "..., the trust said on Monday, calling").
_COMMA_ONLY = re.compile(
    r"(?:\s+(?:on|last|this|late|early|earlier)\s+[A-Z]?[a-z]+(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:yesterday|today|in\s+a\s+statement))?\s*,\s*"
)


def _closing_cue_speaker(
    masked: str, s_start: int, before: str, cm: re.Match[str], cues: list[re.Match[str]]
) -> Phrase | None:
    """Session 33: a participle cue right after a closing cue and its comma goes on with that cue's speaker: "Nearly half
    of the claims came from cyclists, the group said, describing the worst stretches as ‘...’" (the group; the main
    clause's subject "half of the claims" spoke), "..., said Lee Marsh, calling it “...”". Not a participle after any
    other comma ("Lee urged patience, saying": the main clause's subject, as before)."""
    if not cm.group().lower().endswith("ing"):
        return None
    for cm2 in cues:
        if (
            cm2.end() > cm.start()
            or cm2.group().lower().endswith("ing")
            or cm2.group().lower() == "according to"
        ):
            continue
        if REPORTING_VERBS.get(cm2.group().lower()) is None or _noun_use(before, cm2):
            continue
        if _COMMA_ONLY.fullmatch(before, cm2.end(), cm.start()):
            # "..., the group said, describing": the subject right before the cue, itself after a comma
            sb = speaker_before(masked, s_start + cm2.start())
            if (
                sb is not None
                and _speaker_ok(sb)
                and sb.kind in ("name", "pronoun", "descriptor")
                and before[: sb.start - s_start].rstrip().endswith(",")
            ):
                return sb
            continue
        sa = speaker_after(masked, s_start + cm2.end())
        if (
            sa is not None
            and _speaker_ok(sa)
            and sa.kind in ("name", "descriptor")
            and _COMMA_ONLY.fullmatch(before, sa.end - s_start, cm.start())
            and before[: cm2.start()].rstrip().endswith(",")
        ):
            return sa  # "..., said Lee Marsh, calling it"
    return None


# "thanks to", "thanks in part to", "thanks largely to": a complex preposition, no thanking.
_THANKS_TO = re.compile(r"[Tt]hanks\s+(?:(?:in\s+(?:large\s+)?part|largely|partly|mostly|mainly)\s+)?to\b")


def _reports_over(before: str, earlier: re.Match[str], cue: re.Match[str]) -> bool:
    """An earlier cue of the sentence whose words may hold ``cue``: it stands before it, and no quotation
    mark stands between them. "Ruiz, who called the plan “madness,” and Lowe, who says it is “...”": the
    first cue's words were its own quote, so the second cue (in a relative clause) reports for itself."""
    return earlier.start() < cue.start() and _QUOTE_MARK.search(before, earlier.end(), cue.start()) is None


_QUOTE_MARK = re.compile(r"[“”\"]")


# A verb of telling with a personal pronoun as its object right after a speaker: "engineers had told her", "officials
# assured them" (the reporter heard the words; see ``_outer_reporter``).
_TOLD_THE_REPORTER = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:told|assured|warned|informed|promised|reminded)\s+(?:her|him|them|us|me)\b"
)


def _outer_reporter(masked: str, s_start: int, before: str, spk: Phrase) -> tuple[Phrase, str] | None:
    """2g. The speaker of a reporting cue (OUTER_REPORT_LEMMAS) earlier in the sentence whose reported
    clause holds ``spk``: the found speaker stands after that cue, and the cue has a speaker of its own
    before it. "Lee said Marsh called it “...”" gives Lee; "Marsh called it “...”" has no outer cue."""
    at = spk.start - s_start
    if _TOLD_THE_REPORTER.match(masked, spk.end):
        # Session 31: "Dalla Voss said engineers had told her the crane was “not fit to lift”": the inner speaker
        # told the reporter ("her", "him", "them", "us", "me"), whose clause passes their words on; the teller speaks.
        return None
    outer = None
    for cm in CUE.finditer(before, 0, max(at, 0)):
        w = cm.group().lower()
        if REPORTING_VERBS.get(w) not in OUTER_REPORT_LEMMAS or w.endswith("ing") or _noun_use(before, cm):
            continue  # "Lee saying it was “...” and Marsh calling it ...": participles report no clause here
        outer = cm
    if outer is None or _OUTSIDE_REPORTED_CLAUSE.search(before, outer.end(), max(at, 0)):
        # "While not everything Lee says is true, Marsh said ...", "Lee said so, and Marsh called it ...":
        # a comma, a colon or another quote between the cue and the speaker ends the reported clause.
        return None
    sb = speaker_before(masked, s_start + outer.start())
    if (
        not _speaker_ok(sb)
        or sb is None
        or sb.end > s_start + outer.start()
        or sb.kind not in ("name", "pronoun", "descriptor")
    ):
        return None
    return sb, outer.group()


def _colon_paragraph_speaker(prev: Block, pmasked: str) -> tuple[Phrase, str | None] | None:
    """The speaker of a paragraph's last sentence when it ends with a colon (offsets in ``prev``)."""
    end = len(pmasked.rstrip())
    if end == 0 or pmasked[end - 1] != ":" or prev.kind == "headline":
        return None
    s_start, _e = _sentence_bounds(pmasked, end - 1)
    head = pmasked[s_start : end - 1]
    spk, cue = _speaker_before(pmasked, s_start, head, None)
    if spk is None:
        spk = _colon_subject(pmasked, s_start, head)
    if spk is None or not _speaker_ok(spk):
        return None
    return spk, cue


def _lead_in_paragraph(book: EntityBook, prev: Block, pmasked: str, open_mark: int) -> str | None:
    """3d. The person opening the last sentence of the paragraph before a quote's paragraph."""
    found = book.lead_in_subject(open_mark, prev.start)
    if found is None or prev.text[found[1] - prev.start :].strip():
        return None
    start = _sentence_bounds(pmasked, found[2] - prev.start)[0]
    sentence = pmasked[start : found[1] - prev.start]
    if CUE.search(sentence) is None and not any(w in VOICE_VERBS for w in sentence.split()):
        return None  # "Whitfield chairs the board.": a sentence that reports no words introduces none
    return found[0] if _LEAD_IN_PREFIX.match(_sentence_head(pmasked, found[2] - prev.start)) else None


def _opening_person(book: EntityBook, masked: str, base: int, start: int, upto: int) -> Phrase | None:
    """The person named first in the sentence [start, upto) when the name opens it (after a
    conjunction or an adverb) and an appositive follows it (offsets relative to the block)."""
    lead = _OPENING_LEAD.match(masked, start, upto)
    at = lead.end() if lead is not None else start
    for m in book.mentions_between(base + at, base + upto):
        if m.start != base + at or m.type != "person" or m.in_quote:
            break
        if masked[m.end - base : m.end - base + 1] == ",":
            return Phrase(m.start - base, m.end - base, m.text, "name")
        break
    return None


def _document_reads(cmasked: str, c: int, after: str, cue: str | None) -> tuple[Phrase | None, str | None]:
    """1d. A document named right after a quote with "read"/"states" before or after it."""
    m = _DOCUMENT_READ.match(after) or _READ_DOCUMENT.match(after)
    if m is None or m.group("head").lower() not in WRITTEN_THINGS:
        return None, cue
    return Phrase(c + m.start("np"), c + m.end("np"), m.group("np"), "descriptor"), m.group("verb")


# A quote inside a subordinate clause opening its sentence (no comma has closed it yet): "While Ruiz has
# called Lowe “a menace,” Lowe has called ...". The speaker after the quote is the main clause's; the
# clause's own cue before the quote reports it (session 10).
_IN_OPENING_CLAUSE = re.compile(
    r"\s*(?:(?:[Ww]hile|[Ww]hereas|[Aa]lthough|[Tt]hough|[Ww]hen|[Aa]fter|[Bb]efore|[Ss]ince|[Bb]ecause|[Ii]f)\s[^,;:]*"
    # An opening phrase with a relative clause (session 11): "In a clip that Judge Hale called “cruel,”
    # Ruiz ...": the quote is the relative clause's, not the main clause's after it.
    r"|(?:In|At|On|During|From)\s[^,;:]*\b(?:that|which|where|whom)\s[^,;:]*)$"
)


# A copula right before the quote: what follows is said of the subject before it.
_COPULA_AT_END = re.compile(r"\b(?:is|was|are|were|remains|remained)\s+$")
# One word and its spaces, peeled off the front of a possessor's name.
_NAME_WORD = re.compile(r"[\w’'.-]+\s+")


def _possessor_says(before: str) -> tuple[int, int, str] | None:
    """Where the possessor's name is in ``before`` (start, end), and the noun for what they said, when the words before the quote name what
    that person said (_POSSESSOR_SAYS) and no cue stands between that and the quote."""
    found = None
    for m in _POSSESSOR_SAYS.finditer(before):
        noun = m.group("noun") or m.group("noun3")
        if noun is not None and noun not in SPEECH_NOUNS:
            continue
        found = m
    if found is None or CUE.search(before, found.end()) is not None:
        return None
    if found.group("noun3") is not None and (
        _QUOTE_MARK.search(before, found.end()) is not None
        or (_COPULA_AT_END.search(before) is not None and CUE.search(before, 0, found.start()) is not None)
    ):
        # "Lowe’s claim that “...” drew laughs, and Ruiz called it “...”": another quote between. "Marsh said
        # Lowe’s claim that the port is broke is “simply untrue”": the quote judges the claim, in the words
        # of the cue before it.
        return None
    which = next(w for w in ("name", "name2", "name3") if found.group(w) is not None)
    start, end = found.start(which), found.end(which)
    while (
        word := _NAME_WORD.match(before, start, end)
    ) and word.group().strip().lower() in COMMON_CAPITALISED:
        # "But Podliska’s claim": the conjunction opening the sentence is no part of the name
        start = word.end()
    name = before[start:end]
    if not name or looks_like_place(name) or name.lower() in COMMON_CAPITALISED:
        return None
    return start, end, found.group("noun") or found.group("noun2") or found.group("noun3")


def _right_after(cmasked: str, c: int, spk: Phrase, cue: str | None) -> bool:
    """True when the speaker, or its cue, follows the closing mark at ``c`` right away: "“...,” Lee
    said", "“...,” said Lee", "“...” Lee quickly added"."""
    gap = cmasked[c : spk.start]
    cue_part = r"(?:" + re.escape(cue) + r"\s+)?" if cue else ""
    return re.fullmatch(r"[,.!?;:]?\s*" + cue_part + r"(?:[a-z]+ly\s+)?", gap) is not None


# Determiners read as a one-word name when the words after them were masked as a quote (session 10);
# "Another" and "Several" do speak ("Another said ...").
DETERMINERS = words("the a an this these those its his her their our my your")


def _speaker_ok(ph: Phrase | None) -> bool:
    """A phrase that can be a speaker: not a sentence-opening function word read as a name ("When")."""
    if ph is None:
        return False
    ws = ph.text.split()
    if (
        ph.kind == "name"
        and len(ws) == 1
        and (ws[0].lower() in NOT_A_SUBJECT_WORDS or ws[0].lower() in DETERMINERS)
    ):
        return False  # "When"; "The" left of a masked title ("“The View,” remarking ..."): no name
    if ph.kind == "descriptor" and not _description_speaks(ws):
        return False
    return not ph.text.endswith(("’s", "'s"))  # "Trump’s" owns what speaks; it is no speaker itself


# Words a description that speaks never opens with (a clause: "that the only way ...") or ends with (a
# preposition: "two weeks after"), and heads that are times or moments ("at one point calling").
NOT_DESCRIPTION_OPENERS = words("that which whether what how why if")
# Nor with a personal pronoun: "she revised her statement explaining ..." is a clause, its subject "she"
# (session 13; the whole clause was taken as a description).
PRONOUN_OPENERS = words("i he she it we they you")
# Determiners that open a noun phrase of their own inside a longer phrase.
INNER_DETERMINERS = words("the a an his her their its")
NOT_DESCRIPTION_ENDS = words("after before since during until of to for from with by at in on") | MODALS
MOMENT_HEADS = words("point points time times moment moments day days week weeks month months year years")


def _description_speaks(ws: list[str]) -> bool:
    """False for a description that is a clause, ends in a preposition, or names a moment ("the
    Global Times" is a name: only lowercase words count)."""
    low = [w.strip("“”\"'‘’,") for w in ws]
    return bool(low) and not (
        low[0].lower() in NOT_DESCRIPTION_OPENERS
        or low[0].lower() in PRONOUN_OPENERS
        or low[-1] in NOT_DESCRIPTION_ENDS
        or low[-1] in MOMENT_HEADS
        or low[-1] in TIME_WORDS
        # A determiner inside, after a word that is no preposition: a verb and its object ("Ann Lowe revised
        # her statement"), where a description has "the head of the board" (session 13).
        or any(
            w in INNER_DETERMINERS and low[k - 1].lower() not in BEFORE_INNER_DETERMINER
            for k, w in enumerate(low)
            if k >= 1
        )
    )


# An object pronoun right after a cue word: the word is a verb with its object ("calls it", "describes
# them"); a noun ("the fundraising calls") takes none.
_OBJECT_PRONOUN_AFTER = re.compile(r"\s+(?:it|him|them|us|me)\b")


def _noun_use(before: str, cm: re.Match[str]) -> bool:
    """True when a cue word that is also a noun is used as one: after a possessive ("Lee’s call"), or
    after a determiner and modifiers with no verb between ("a fundraising call", "his home state")."""
    w = cm.group().lower()
    if w not in NOUN_CUES:
        return False
    head = before[: cm.start()]
    if re.search(r"(?:’s|'s|s’|s')\s+$", head):
        return True
    if w.endswith("s") and _OBJECT_PRONOUN_AFTER.match(before, cm.end()):
        # "The mayor calls it her “quiet plan”": with an object pronoun after it, the -s form is a verb.
        return False
    m = _DETERMINER_THEN_MODIFIERS.search(head)
    if (
        w.endswith("s")
        and re.fullmatch(r"[\s:,]*", before[cm.end() :])
        and (m is None or re.search(r"\b[a-z][\w’'-]*\s+$", head[: m.start("det")]) is None)
    ):
        # "The ad claims “...”", "The council report states: “...”": right before the quote, after a
        # phrase opening its clause, the word is the verb ("calling the two reports “...”" is a noun).
        return False
    if m is None or any(x in NOT_A_QUOTE_VERB for x in m.group("mods").split()):
        return False
    # "her team calls it": after a possessive and a noun, the -s form is the verb; "the two
    # investigative reports" is a noun.
    return not (w.endswith("s") and m.group("det").lower() in ("his", "her", "their", "its", "our"))


def _naming_participle(before: str, cm: re.Match[str]) -> bool:
    """ "for a class called “Rivers”", "oppose a formula dubbed the “...”": a past participle right
    after a noun phrase opened by a determiner, itself after a verb or preposition, names that thing."""
    if not cm.group().lower().endswith("ed") or DESCRIBING.fullmatch(cm.group().lower()) is None:
        return False
    m = _DETERMINER_THEN_MODIFIERS.search(before[: cm.start()])
    # The phrase is an object or follows a preposition ("for a class called"), not the clause's
    # subject ("The ministry described ...").
    return m is not None and re.search(r"\b[a-z][\w’'-]*\s+$", before[: m.start("det")]) is not None


# A participle opening the clause after a comma: "..., publishing an essay", "..., and carrying signs".
_PARTICIPLE_OPENING = re.compile(r"\s*(?:and\s+)?(?P<p>[a-z]{3,}ing)\b")
# Words in -ing that are no participle of a verb continuing the clause.
NOT_PARTICIPLES = words(
    "during including according regarding concerning notwithstanding nothing something thing"
)


def _participle_of_main_clause(before: str, cm: re.Match[str], np_at: int, np_kind: str) -> bool:
    """True when a participle cue ("saying", "calling") belongs to the main clause rather than to the
    noun phrase right before it: after a comma, or after the object of a verb ("issued a statement
    saying"). "with Lee saying" and "quoted a spokesman saying" keep the phrase."""
    if not cm.group().lower().endswith("ing") or cm.group().lower() not in REPORTING_VERBS:
        return False
    head = before[: cm.start()]
    if _WITH_ABSOLUTE.search(head):
        return False
    if head.rstrip().endswith(","):
        return True
    if np_at > 0 and _ADDRESSEE_BEFORE.search(before, 0, np_at):
        return True  # "an email to supporters stating", "a statement to the Courier explaining"
    clause_at = max(head.rfind(","), head.rfind(";")) + 1
    chain = _PARTICIPLE_OPENING.match(head, clause_at) if clause_at > 0 else None
    if (
        chain is not None
        and np_at >= chain.start("p")
        and not chain.group("p").startswith(SHOWING_STEMS)
        and chain.group("p") not in NOT_PARTICIPLES
    ):
        # "Lowe joined the campaign, publishing an essay in the Gazette attacking the levy as “...”": the
        # phrase is the object of a participle that continues the main clause; the cue continues it too
        # (session 13). "..., quoting an aide saying" keeps the aide.
        return True
    np_words = re.findall(r"[\w’'-]+", before[max(np_at, 0) : cm.start()].lower())
    verb = _WORD_BEFORE.search(before, 0, max(np_at, 0))
    if (
        np_kind == "descriptor"
        and np_words
        and np_words[-1] in WRITTEN_THINGS
        and verb is not None
        and verb.group("w") not in NOT_A_QUOTE_VERB
        and verb.group("w") not in NAME_PREPOSITIONS
    ):
        return True  # "Lee released a statement saying": the statement is Lee's
    return (
        np_kind == "descriptor"
        and verb is not None
        and verb.group("w") not in NOT_A_QUOTE_VERB
        and not verb.group("w").startswith(SHOWING_STEMS)
        and (_intro_verb(verb.group("w")) or verb.group("w") in OBJECT_TAKING_IRREGULAR)
    )


def _comma_subject(masked: str, s_start: int, before: str) -> Phrase | None:
    """2c. "She asks, “...”", "Later, Ron Castell shot back, “...”": the subject opening the sentence
    (or a clause after a comma) and its verb, whatever the verb, end the writer's words before the quote."""
    m = _VERB_THEN_COMMA.search(before)
    if m is None or not _intro_verb(m.group("verb")):
        # "Tom Ruiz issued a statement, “...”": the verb's object is a written thing, whose words follow.
        m = _ISSUED_THING_THEN_COMMA.search(before)
        if m is None or m.group("head") not in WRITTEN_THINGS:
            return None
        if not (_intro_verb(m.group("verb")) or m.group("verb") in OBJECT_TAKING_IRREGULAR):
            return None
    sb = subject_before(masked, s_start + m.start("verb"))
    if sb is None or sb.kind not in ("name", "pronoun"):
        return None
    if sb.kind == "name" and sb.text.lower() in COMMON_CAPITALISED:
        return None
    if sb.text.split()[0].lower() in NOT_A_SPEAKER_START:
        return None
    if sb.start < s_start or _SUBJECT_LEAD.search(masked[s_start : sb.start]) is None:
        return None  # "the Ohio delegates, “...”": the name is inside a longer phrase
    return sb


# A person's name (two to four capitalised words or initials) right before the colon opening a quote,
# maybe with a party tag: "... Republican pollster Dan Shaw:", "Rep. Tina Gowdy (R-S.C.):".
_NAME_AT_COLON = re.compile(
    r"(?P<name>\b[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})(?:\s*\([^()]{1,12}\))?\s*:\s*$"
)
# Lowercase words a label line may hold before its name: titles, roles and their links
# ("Former secretary of state", "House minority leader").
LABEL_WORDS = (
    words("of the and for former state secretary acting deputy assistant general senior")
    | ROLE_WORDS
    | LOWER_ROLE_HEADS
)


# Prepositions before a name that make it an addressee or a place, not the one quoted: "spoke to Fox News:".
NAME_PREPOSITIONS = words("to with on at from for by in into about of against toward towards")
# Words a description may hold before such a determiner: a preposition, a conjunction, a quantifier ("the head
# of the board", "the mayor and the governor", "all the candidates").
BEFORE_INNER_DETERMINER = NAME_PREPOSITIONS | words("and or nor all both half such what")
_PREPOSITION_PHRASE = re.compile(
    r"\b(?:" + "|".join(sorted(NAME_PREPOSITIONS)) + r")\s+(?:(?:the|a|an|his|her|its|their)\s+)?"
    r"(?:[\w’'.-]+\s+){0,3}$"
)


def _after_preposition(before: str, at: int) -> bool:
    """True when a preposition opens the phrase ending at ``at`` ("to the Dutch newspaper X:")."""
    return _PREPOSITION_PHRASE.search(before[:at]) is not None


def _label_line(masked: str, s_start: int, before: str) -> Phrase | None:
    """2f. A paragraph opened by a label naming the speaker, then a colon: every lowercase word is a
    title or a role's ("Former secretary of state Ann Petrov:"), so no verb stands in it."""
    if len(before) > 120 or not before.rstrip().endswith(":"):
        return None
    m = _NAME_AT_COLON.search(before)
    if m is None:
        return None
    lead = before[: m.start("name")]
    if re.search(r"[.!?;,“”\"]", _ABBREVIATION_DOT.sub("", lead)):
        return None
    if any(w.islower() and w not in LABEL_WORDS for w in re.findall(r"[\w’'-]+", lead)):
        return None
    if looks_like_place(m.group("name")):
        return None
    at = s_start + m.start("name")
    return Phrase(at, at + len(m.group("name")), m.group("name"), "name")


def _colon_subject(masked: str, s_start: int, before: str) -> Phrase | None:
    """2b. "Perez lobbies for a higher wage: “...”": a colon hands the quote to the sentence's subject
    even when its verb is no reporting cue."""
    label = _DASH_LABEL.search(before)
    if label is not None:
        # "Signs of a shift were there all along - Carl Bialik: “...”": a label names the writer quoted.
        at = s_start + label.start("name")
        return Phrase(at, at + len(label.group("name")), label.group("name"), "name")
    named = _NAME_AT_COLON.search(before)
    if (
        named is not None
        and not looks_like_place(named.group("name"))
        and not _after_preposition(before, named.start("name"))
    ):
        # "The surge does not surprise Republican pollster Dan Shaw: “...”": with no cue, the person
        # named right before the colon is the one quoted.
        at = s_start + named.start("name")
        return Phrase(at, at + len(named.group("name")), named.group("name"), "name")
    # "When Lowe died in 1998, Mayor Ruiz released the following statement: “...”": a name inside an
    # opening subordinate clause is not the sentence's subject (session 10).
    main_at = opening_clause_end(masked, s_start, s_start + len(before)) - s_start
    for verb in _NAME_THEN_VERB.finditer(before, main_at):
        if verb.group("verb") in MODIFIED_ROLE_WORDS:
            # "Republican presidential nominee ...": a capitalised modifier, not a subject and its verb;
            # "quoting Isaac Newton in Latin:": a preposition after a name is no verb (session 13).
            continue
        sb = subject_before(masked, s_start + verb.start("verb"))
        if (
            sb is not None
            and sb.kind in ("name", "pronoun")
            and sb.text.lower() not in COMMON_CAPITALISED
            # "Asked whether ..., Lee shot back:": an opening participle is no name ("Lee’s reply was:" is Lee's).
            and sb.text.lower() not in NOT_A_SUBJECT_WORDS
            # The name opens the main clause (after a conjunction or titles): "... to smear these Eastfield
            # pilots, is a blind faith in ...:" names an object, not who speaks (session 13).
        ):
            return sb
    # "Priorities First, a pro-ferry group, emailed ... with one sentence: “...”"
    return main_subject(masked, s_start, s_start + len(before))


def _signature(blocks: tuple[Block, ...], cbi: int, c: int, closed: bool, after: str) -> Phrase | None:
    """3. A block quote signed on the next line, or right after its closing mark on the same line:
    "- NATO Secretary General Jens Stoltenberg". Offsets are absolute."""
    cb = blocks[cbi]
    sig_base, sig = cb.start + c, SIGNATURE.match(cb.text[c:]) if closed else None
    if sig is None and cbi + 1 < len(blocks) and not after.strip():
        sig_base, sig = blocks[cbi + 1].start, SIGNATURE.match(blocks[cbi + 1].text)
    if sig is None:
        return None
    who = sig.group("who").strip()
    if sig.group().rstrip().endswith(".") and not re.fullmatch(r"(?:[A-Z][\w.’'-]*\s*){1,5}", who):
        return None  # "- The council voted to close it.": a sentence in a list, not a name signing
    st = sig_base + sig.start("who")
    return Phrase(st, st + len(who), who, "name")


_WORD_CHARS = re.compile(r"\w+")


def _continue_or_drop(
    q: QuoteSpan, found: bool, previous: QuoteSpan | None, b: Block, blocks: tuple[Block, ...]
) -> None:
    """4. A quote with no cue of its own continues the previous speaker's words when it is a whole
    paragraph or sentence right after theirs; scare quotes and short orphans are not kept."""
    continues = (
        previous is not None
        and previous.speaker
        and q.block - previous.block <= 1
        and not _is_title(" ".join(_part_text(blocks, q.block, p) for p in q.parts))
    )
    if not found and not q.partial and continues and previous is not None:
        q.speaker = previous.speaker
        q.speaker_mention = None
    if q.partial and not found:
        q.keep = False  # scare quotes: no one is said to have said it
    if q.partial and b.kind == "headline":
        q.keep = False  # "waits hit high as ‘corridor care’ spreads, nurses warn": a headline's scare quote
    words = sum(len(_WORD_CHARS.findall(_part_text(blocks, q.block, p))) for p in q.parts)
    if not q.partial and not found and q.speaker is None and words < MIN_STANDALONE_WORDS:
        q.keep = False


# Short words a title keeps in lowercase: "Game of Thrones", "Bridge to Nowhere".
TITLE_SMALL_WORDS = words("a an the of to in on and or for at by with from vs")
# A title is at most this many words.
TITLE_MAX_WORDS = 6


_QUOTE_WORD = re.compile(r"[\w’'-]+")


def _is_title(text: str) -> bool:
    """ "Big Money", "Saturday Night Live": a short run of capitalised words is the name of a show, a
    book or a slogan, never a speaker's words carried over from the quote before."""
    ws = _QUOTE_WORD.findall(text)
    return (
        0 < len(ws) <= TITLE_MAX_WORDS
        and ws[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS or w[:1].isdigit() for w in ws)
        and not re.search(r"[.!?]$", text.strip())
    )


def _ends_with_cue(before: str) -> bool:
    return _CUE_AT_END.search(before) is not None


def _block_of(blocks: tuple[Block, ...], pos: int) -> int:
    """Index of the block holding offset ``pos`` (blocks are in text order)."""
    lo, hi = 0, len(blocks)
    while lo < hi:
        mid = (lo + hi) // 2
        if blocks[mid].start <= pos:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)


def _part_text(blocks: tuple[Block, ...], bi: int, part: tuple[int, int]) -> str:
    b = blocks[_block_of(blocks, part[0])]
    return b.text[part[0] - b.start : part[1] - b.start]


_POSSESSIVE_END = re.compile(r"(?:’s|'s)$")


# A firm's name joined by an ampersand around a name the speaker search stopped at: "Olden & Pryce said", '"...," said
# Olden & Pryce' (session 29: the speaker was "Pryce" or "Olden", where the attribution's source had the whole name).
_JOINED_BEFORE = re.compile(r"\b[A-Z][\w’'-]+\s+&\s+$")
_JOINED_AFTER = re.compile(r"\s+&\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\b")


def _joined_name(masked: str, spk: Phrase) -> Phrase:
    if not all(w[:1].isupper() for w in spk.text.split()):
        return spk  # "Tom Pryce of Olden & Pryce": the person, then where they work
    start, end = spk.start, spk.end
    before = _JOINED_BEFORE.search(masked, max(0, start - 40), start)
    if before is not None:
        start = before.start()
    after = _JOINED_AFTER.match(masked, end)
    if after is not None:
        end = after.end()
    if (start, end) == (spk.start, spk.end):
        return spk
    role = _ROLE_THEN_NAME.match(masked, end)
    if role is not None and not set(role.group("role").split()) & _CUE_WORDS_AFTER_NAME:
        # 'said Smith & Co managing partner Jane Smith': the firm, then a role and the person who speaks (review of
        # session 29: the speaker was the firm)
        return spk
    return Phrase(start, end, masked[start:end], "name")


_ROLE_THEN_NAME = re.compile(r"\s+(?P<role>(?:[a-z][\w-]*\s+){1,3})[A-Z][a-z]")
_CUE_WORDS_AFTER_NAME = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes"})


def _resolve(spk: Phrase, pos: int, book: object, base: int) -> tuple[str | None, str | None]:
    from service.backends.rules.entities import (
        DESCRIPTOR,
        HEAD_OF,
        EntityBook,
        _former,
        descriptor_person,
        title_roles,
    )
    from service.backends.rules.phrases import title_name_split

    assert isinstance(book, EntityBook)
    text = spk.text.strip()
    if spk.kind == "pronoun":
        # one resolver for every pronoun (session 32, ``EntityBook.pronoun_referent``): "a practice it described as
        # ‘...’" is the body opening the sentence before, else the body named last
        ref = book.pronoun_referent(pos, text)
        return (ref.name if ref is not None else None), text
    if DESCRIPTOR.search(text) or HEAD_OF.search(text):
        return (descriptor_person(text, book) or text), text
    if spk.kind == "descriptor" and re.match(r"[Tt]he\s", text) and (roles := title_roles(text)):
        # "the Ohio senator", "the Republican nominee": a definite description of an office names the
        # person last named with that office (the contract's speaker is the name; the mention stays).
        named = book.person_titled_before(pos, roles, former=_former(text))
        if named is not None:
            return named, text
    if (whole := book.name_over_plural_owner(pos, pos + len(text))) is not None:
        # "The Professional Riders' Guild said ... and called the collapse “...”": the phrase stopped at the
        # plural owner's apostrophe; the book reads the body's whole name, as a source does (session 24)
        return book.canonical(whole.text), whole.text
    if spk.kind == "descriptor" and (body := book.by_head(text, pos)) is not None:
        # '"...," the bank said' after "Northvale Bank": the firm by its own head (session 26). "The company" names no
        # one: read as the last firm named, it gave the firm that was bought ("Brisk Capital bought Hale Energy").
        return body, text
    if spk.kind == "descriptor" and (body := book.body_that_spoke(text, pos)) is not None:
        # '"...," the company said' after "Bramwell Shipping said": the one firm of the paragraph and the one before,
        # and it spoke (session 27, ``EntityBook.body_that_spoke``)
        return body, text
    if spk.kind == "descriptor":
        # "a spokesperson for Network Rail", "the Department for Transport": as written, or the entity it names
        return book.canonical(text), text
    title, name = title_name_split(text)
    name = _POSSESSIVE_END.sub("", name).strip()
    if name:
        return (book.person_of(name) or book.canonical(name)), name
    if title:
        for r in book.records.values():
            if r.type == "person" and any(_same_title(title, t) for t in r.titles):
                return r.name, text
    return text, text


def _same_title(a: str, b: str) -> bool:
    from service.grounding.linking import name_key

    ka, kb = set(name_key(a).replace("-", " ").split()), set(name_key(b).replace("-", " ").split())
    ka -= {"the", "a", "an"}
    return bool(ka) and ka <= kb


# An apostrophe between two letters ("night’s", "don't"), or after a plural's s ("voters’ "), in the words
# between two parts of a split quote.
_IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)[’'](?=\w)|(?<=s)[’'](?=\s)")


def _merge_split(quotes: list[QuoteSpan], blocks: tuple[Block, ...]) -> None:
    """“We will do this,” he said, “in full consultation.” is one quote with two parts."""
    for i in range(len(quotes) - 1):
        a, b = quotes[i], quotes[i + 1]
        if not a.keep or not b.keep or a.block != b.block or not a.closed:
            continue
        blk = blocks[a.block]
        b_open = b.open_mark - blk.start
        if (
            0 < b_open < len(blk.text)
            and blk.text[b_open] in DOUBLED_MARKS
            and blk.text[b_open - 1] == blk.text[b_open]
        ):
            b_open -= (
                1  # ''like this'': the second part opens at its doubled mark's first character (session 10)
            )
        between = blk.text[a.close_mark - blk.start : b_open]
        first = _part_text(blocks, b.block, b.parts[0])
        last_a = blk.text[a.parts[-1][1] - blk.start : a.close_mark - blk.start]
        # "“A,” he said, “b.”" continues mid-sentence; "“A,” he said. “B.”" continues when B has no cue of its own.
        continues = first[:1].islower() or (
            between.rstrip().endswith(".") and b.cue is None and not b.partial
        )
        # An apostrophe inside a word is no quotation mark: "the senator said during Saturday night’s
        # debate." (session 12; the split quote stayed two, the second with no mention of its own).
        cleaned = _IN_WORD_APOSTROPHE.sub("x", between)
        cleaned = _ABBREVIATION_DOT.sub("", cleaned.rstrip()) + cleaned[len(cleaned.rstrip()) :]
        if between.rstrip().endswith(".") and not cleaned.rstrip().endswith("."):
            cleaned = cleaned.rstrip() + "."  # the closing period of "... at Northbridge Univ." stays
        if SPLIT_BETWEEN.match(cleaned) and CUE.search(between) and continues and "." not in last_a:
            b.parts = a.parts + b.parts
            b.open_mark = a.open_mark
            b.speaker = b.speaker or a.speaker
            b.speaker_mention = b.speaker_mention or a.speaker_mention
            b.cue = b.cue or a.cue
            a.keep = False


def _skip_space(text: str, i: int) -> int:
    """The first offset at or after ``i`` that is not whitespace."""
    while i < len(text) and text[i].isspace():
        i += 1
    return i
