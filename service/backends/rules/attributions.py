"""Attributions: claims the writer credits to a source without quoting them whole.

Forms covered, each from how news reports speech:

- "X said (that) CLAIM", "X told reporters (on Tuesday) that CLAIM", "X warned in January that CLAIM";
- "CLAIM, X said." / "CLAIM, said X." / "CLAIM, IRNA reported on Friday.";
- "According to X, CLAIM." / "CLAIM, according to X.";
- "According to CNBC, a Pentagon official told reporters that CLAIM" (source plus ``via``);
- participles continuing a report: "..., adding that CLAIM" (the main clause's source);
- object claims: "He reaffirmed the importance of ...".

Text inside quotation marks is masked: a sentence that is all quote is the
quote's business; one that mixes paraphrase and a quoted fragment gives both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas import AttributionDraft
from service.backends.rules.entities import (
    DESCRIPTOR,
    HEAD_OF,
    EntityBook,
    descriptor_person,
    source_type_for,
)
from service.backends.rules.lexicon import AUDIENCES, OBJECT_CLAIM_VERBS, PERSON_PRONOUNS, SPEECH_VERBS, words
from service.backends.rules.phrases import (
    MASK,
    Cue,
    Phrase,
    cues_in,
    subject_after,
    subject_before,
    title_name_split,
)
from service.backends.rules.sentences import Sentence

# After a cue and before the claim: an audience, a time or a venue, then "that".
# "told reporters this week that", "warned in January that", "said on Thursday".
CLAIM_LEAD = re.compile(
    r"^(?:\s+(?:(?:to\s+)?(?:"
    + "|".join(re.escape(a) for a in sorted(AUDIENCES, key=len, reverse=True))
    + r")|"
    r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?=\s+(?:that|on|in|this|last)\b)|"
    r"(?:on|in|at|during|late|early|this|last|earlier|later)\s+(?:[\w’'-]+\s+){0,3}?(?:[A-Z][a-z]+|week|month|year|\d{4}|conference|briefing|statement|interview|meeting|speech)|"
    r"(?:also|again|later|repeatedly|publicly|separately))\b)*(?:\s*,)?(?:\s+that\b)?\s*",
)
# A participle that continues a report begun by the main clause: ", adding that".
PARTICIPLES = frozenset(
    {
        "adding",
        "saying",
        "claiming",
        "noting",
        "warning",
        "stressing",
        "insisting",
        "arguing",
        "explaining",
        "stating",
    }
)
# A second report inside a claim: ", adding that", ", and called on".
SECOND_REPORT = re.compile(
    r",\s+(?:" + "|".join(sorted(PARTICIPLES)) + r")\b"
    r"|,?\s+and\s+(?:also\s+)?(?:called|urged|warned|said|added|cited|demanded|insisted|claimed)\b"
)
# A claim introduced without "that" never starts with these: the cue is followed by circumstances.
CLAIM_CANNOT_START = words(
    "after before during at in on with following to for from by while when as adding saying citing"
)
# Claims shorter than this (in words) are not claims ("he said so").
MIN_CLAIM_WORDS = 3


@dataclass
class _Source:
    text: str  # the source phrase as written
    canonical: str
    pos: int  # absolute offset


# "a statement from the PM’s media office": the issuer is the source.
ISSUED_BY = re.compile(
    r"^(?:a|an|the)\s+(?:\w+\s+)?(?:statement|report|communiqu[eé]|release|letter|post|tweet)\s+(?:from|by|issued by|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# Generic heads after an outlet's name: "Russia's Sputnik news agency", "al-Mayadeen TV".
OUTLET_TAIL = re.compile(
    r"\s+(?:news\s+agency|agency|tv|television|channel|newspaper|daily|radio|news\s+site|website)$",
    re.IGNORECASE,
)


def _resolve_source(ph: Phrase, base: int, book: EntityBook) -> _Source | None:
    text = ph.text.strip().rstrip(",")
    pos = base + ph.start
    issuer = ISSUED_BY.match(text)
    if issuer and len(text) > issuer.end():
        text = text[issuer.end() :]
        ph = Phrase(ph.start, ph.end, text, "name" if text[:1].isupper() else "descriptor")
    if OUTLET_TAIL.search(text):
        core = OUTLET_TAIL.sub("", text)
        core = re.sub(r"^(?:the\s+)?[A-Z][\w.-]*(?:’s|'s)\s+", "", core)  # "Russia's Sputnik" -> "Sputnik"
        if core and book.type_of(core) in ("organization", "group"):
            return _Source(text, book.canonical(core), pos)
    if ph.kind == "pronoun":
        if text.lower() in PERSON_PRONOUNS:
            who = book.subject_before(pos)
            return _Source(text, who, pos) if who else None
        if text.lower() == "they":
            return None
        return None
    if DESCRIPTOR.search(text) or HEAD_OF.search(text):
        return _Source(text, descriptor_person(text, book) or text, pos)
    if ph.kind == "name":
        _title, name = title_name_split(text)
        name = re.sub(r"(?:’s|'s)$", "", name).strip()
        if name:
            return _Source(text, book.canonical(name), pos)
        return _Source(text, text, pos)
    return _Source(text, book.canonical(text), pos)


def _claim_after(original: str, masked: str, cue_end: int, sent_end: int) -> tuple[int, int] | None:
    if re.match(r"\s*[,:;]", masked[cue_end : cue_end + 3]):
        return None  # "he said, adding ...": the claim is elsewhere
    lead = CLAIM_LEAD.match(masked[cue_end:sent_end])
    start = cue_end + (lead.end() if lead else 0)
    end = sent_end
    # Stop before a participle or a coordinated verb that opens a second report:
    # ", adding that", ", and called on".
    m = SECOND_REPORT.search(masked[start:end])
    if m:
        end = start + m.start()
    text = original[start:end].rstrip(" .;:,")
    end = start + len(text)
    if masked[start : start + 1] in (",", ":", ";") or not text:
        return None
    first = re.match(r"[A-Za-z]+", masked[start:end])
    that = re.search(r"\bthat\s*$", masked[cue_end:start])
    if first and first.group().lower() in CLAIM_CANNOT_START and not that:
        return None  # "said after a meeting", "said in a statement": no claim follows
    if re.match(r"[^.;]{0,60}?:\s*[“‘\"']", masked[start:end]):
        return None  # "told the BBC: '...'": a quote follows, not a paraphrase
    if not _is_claim(masked[start:end]):
        return None
    return start, end


def _is_claim(masked_claim: str) -> bool:
    """Enough of the writer's own words to be a paraphrase.

    A paraphrase with an embedded quote ("adding that the “size of ...”") is a
    claim; one that is nothing but a quote is the quote's business.
    """
    unmasked = masked_claim.replace(MASK, "").strip(' “”"‘’,.')
    own = len(re.findall(r"[A-Za-z]{2,}", unmasked))
    total = len(re.findall(r"[A-Za-z]{2,}|x+", masked_claim))
    opens_with_quote = masked_claim.lstrip()[:1] in ("“", "‘", '"', "'")
    if own >= MIN_CLAIM_WORDS:
        return True
    return own >= 1 and not opens_with_quote and total >= MIN_CLAIM_WORDS


def _standalone(claim: str) -> str:
    claim = claim.strip().strip(",;: ")
    if not claim:
        return claim
    claim = claim[0].upper() + claim[1:]
    return claim if claim.endswith((".", "!", "?")) else claim + "."


@dataclass
class AttributionContext:
    """What one sentence's attributions need from the sentences before it."""

    book: EntityBook
    plural_source: _Source | None = None  # what "they" refers to: "a number of Iraqi lawmakers"


# A media outlet relaying the whole sentence: "..., IRNA reported on Friday."
RELAY_TAIL = re.compile(
    r",\s+(?P<src>[^,]{2,60}?)\s+(?:also\s+)?(?P<cue>reported|said|reports|says)\b[^,]{0,40}$"
)


def find_attributions(sent: Sentence, masked: str, ctx: AttributionContext) -> list[AttributionDraft]:
    """Attributions in one sentence. ``masked`` is the sentence with quoted words masked."""
    book = ctx.book
    text = sent.text
    out: list[AttributionDraft] = []
    cues = cues_in(masked)
    consumed: set[int] = set()
    main_source: _Source | None = None
    via: str | None = None
    relay = RELAY_TAIL.search(masked.rstrip(" ."))
    if relay is not None and len(cues) > 1:
        outlet = relay.group("src").strip()
        if source_type_for(outlet, book) == "media":
            # "They called for ..., IRNA reported": the report relays the other cues' sources.
            via = book.canonical(outlet)
            consumed.add(relay.start("cue"))
    for cue in cues:
        if cue.start in consumed:
            continue
        if cue.lemma == "according to":
            draft = _according_to(sent, masked, cue, cues, consumed, book)
            if draft is not None:
                out.append(draft)
            continue
        low = cue.text.lower()
        src_phrase = subject_before(masked, cue.start)
        inverted = False
        coordinated = re.search(r"(?:,\s*|\s)and\s+(?:also\s+)?$", masked[: cue.start]) is not None
        if src_phrase is None and low not in PARTICIPLES and not coordinated:
            src_phrase = subject_after(masked, cue.end)
            inverted = src_phrase is not None
        source = _resolve_source(src_phrase, sent.start, book) if src_phrase else None
        if source is None and src_phrase is not None and src_phrase.text.lower() == "they":
            source = ctx.plural_source
        if source is None and (low in PARTICIPLES or coordinated):
            source = main_source  # "..., adding that", "... and called on": the same source
        if source is None:
            continue
        if main_source is None:
            main_source = source
        if (
            src_phrase is not None
            and src_phrase.kind == "descriptor"
            and src_phrase.text.lower().endswith("s")
        ):
            ctx.plural_source = source
        # Forward claim: "X said (that) CLAIM".
        # "calls for withdrawal", "called on the government to stop": the preposition belongs to the cue.
        prep = (
            re.match(r"\s+(?:for|on)\b", masked[cue.end : cue.end + 4])
            if cue.lemma in ("call", "urge")
            else None
        )
        cue_end = cue.end + (prep.end() if prep else 0)
        claim_span = None if inverted else _claim_after(text, masked, cue_end, len(text))
        reports_alone = cue.lemma in SPEECH_VERBS or cue.lemma in OBJECT_CLAIM_VERBS
        if (
            claim_span is not None
            and not reports_alone
            and not re.search(r"\bthat\s*$", masked[cue_end : claim_span[0]])
        ):
            claim_span = None  # "believes", "found": only with "that"
        if cue.lemma == "welcome" and not re.match(
            r"\s+(?:the\s+fact\s+)?that\b", masked[cue.end : cue.end + 20]
        ):
            claim_span = None  # "welcomed the decision" is a reaction, not a claim
        if claim_span is not None:
            ev_start = cue.start
            if src_phrase is not None and not inverted and low not in PARTICIPLES and not coordinated:
                ev_start = min(src_phrase.start, cue.start)
            c_start, c_end = claim_span
            cue_text = text[cue.start : cue.end]
            if re.match(r"\s+that\b", text[cue.end : cue.end + 6]):
                cue_text += " that"
            elif prep is not None:
                cue_text = text[cue.start : cue_end]
            own_via = via if via is not None and via != source.canonical else None
            out.append(
                _draft(
                    source,
                    cue_text,
                    text[c_start:c_end],
                    text[ev_start:c_end],
                    sent.start + ev_start,
                    book,
                    own_via,
                )
            )
            continue
        # Backward claim: "CLAIM, X said." / "CLAIM, said X."
        lead_end = src_phrase.start if src_phrase is not None and not inverted else cue.start
        before = masked[:lead_end].rstrip()
        if before.endswith((",”", ',"', ",’")):
            before = (
                before[:-2] + before[-1] + ","
            )  # '“areas beyond Baghdad,” he added': the comma sits inside the marks
        earlier_cue = any(c.start < lead_end and c is not cue for c in cues)
        if before.endswith(",") and not earlier_cue and _is_claim(masked[: len(before) - 1]):
            c_end = len(before) - 1
            end = src_phrase.end if inverted and src_phrase is not None else cue.end
            out.append(
                _draft(source, text[cue.start : cue.end], text[:c_end], text[0:end], sent.start, book, None)
            )
    return out


def _according_to(
    sent: Sentence, masked: str, cue: Cue, cues: list[Cue], consumed: set[int], book: EntityBook
) -> AttributionDraft | None:
    text = sent.text
    m = re.match(r"\s+(?P<src>[^,.;:]{2,90}?)(?=\s*(?:,|\.|;|$))", masked[cue.end :])
    if not m:
        return None
    src_text = text[cue.end + m.start("src") : cue.end + m.end("src")].strip()
    # "official figures published on Tuesday": the source ends before its participle.
    src_text = re.split(r"\s+(?:published|released|issued|seen|obtained|shared|cited|quoted)\b", src_text)[0]
    src_pos = sent.start + cue.end + m.start("src")
    after = cue.end + m.end()
    before = masked[: cue.start].rstrip()
    if before.endswith(","):
        # "CLAIM, according to X."
        claim = text[: len(before) - 1]
        evidence = text[: cue.end + m.end("src")]
        source = _according_source(src_text, src_pos, book)
        return _draft(source, cue.text, claim, evidence, sent.start, book, None)
    # "According to X, CLAIM" — and maybe "According to CNBC, a Pentagon official told reporters that ..."
    rest_start = after + (1 if masked[after : after + 1] == "," else 0)
    inner = next((c for c in cues if c.start > rest_start and c.lemma != "according to"), None)
    via: str | None = None
    source = _according_source(src_text, src_pos, book)
    claim_start = rest_start
    cue_text = cue.text
    if inner is not None:
        sp = subject_before(masked, inner.start)
        if sp is not None and sp.start >= rest_start:
            inner_src = _resolve_source(sp, sent.start, book)
            inner_claim = _claim_after(text, masked, inner.end, len(text))
            if inner_src is not None and inner_claim is not None:
                via = source.canonical
                source = inner_src
                claim_start = inner_claim[0]
                consumed.add(inner.start)
                cue_text = text[inner.start : inner.end]
    claim_text = text[claim_start:].strip().rstrip(".")
    if len(re.findall(r"[A-Za-z]{2,}", masked[claim_start:].replace(MASK, ""))) < MIN_CLAIM_WORDS:
        return None
    evidence = text[cue.start :].rstrip(" .")
    return _draft(source, cue_text, claim_text, evidence, sent.start + cue.start, book, via)


def _according_source(src_text: str, pos: int, book: EntityBook) -> _Source:
    kind = "descriptor" if src_text.lower().startswith(("the ", "a ", "an ")) else "name"
    resolved = _resolve_source(Phrase(0, len(src_text), src_text, kind), pos, book)
    return resolved or _Source(src_text, src_text, pos)


def _draft(
    source: _Source, cue: str, claim: str, evidence: str, hint: int, book: EntityBook, via: str | None
) -> AttributionDraft:
    evidence = evidence.strip().rstrip(" .,;:")
    stype = source_type_for(source.text, book)
    if stype == "other" and book.type_of(source.canonical) == "person":
        stype = "person"
    return AttributionDraft(
        source=source.canonical,
        source_type=stype,
        claim=_standalone(claim),
        cue=cue,
        via=via,
        evidence=[evidence],
        hint=hint,
    )
