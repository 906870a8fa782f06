"""English verb forms from a lemma: the lexicons list lemmas, the rules match every form.

Regular morphology plus a table of irregular pasts is all a trigger lexicon of
a few hundred news verbs needs; a full morphological analyser would cost load
time (the rules backend must stay at hundreds of articles per second) for
forms no lexicon entry uses.
"""

from __future__ import annotations

from dataclasses import dataclass

# Irregular verbs: lemma -> (simple past, past participle).
IRREGULAR: dict[str, tuple[str, str]] = {
    "arise": ("arose", "arisen"),
    "be": ("was", "been"),
    "bear": ("bore", "borne"),
    "beat": ("beat", "beaten"),
    "become": ("became", "become"),
    "begin": ("began", "begun"),
    "bid": ("bid", "bid"),
    "bring": ("brought", "brought"),
    "break": ("broke", "broken"),
    "build": ("built", "built"),
    "burst": ("burst", "burst"),
    "burn": ("burned", "burnt"),
    "buy": ("bought", "bought"),
    "catch": ("caught", "caught"),
    "choose": ("chose", "chosen"),
    "come": ("came", "come"),
    "cut": ("cut", "cut"),
    "deal": ("dealt", "dealt"),
    "do": ("did", "done"),
    "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"),
    "fall": ("fell", "fallen"),
    "feel": ("felt", "felt"),
    "fight": ("fought", "fought"),
    "find": ("found", "found"),
    "flee": ("fled", "fled"),
    "fly": ("flew", "flown"),
    "forbid": ("forbade", "forbidden"),
    "freeze": ("froze", "frozen"),
    "get": ("got", "got"),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "grow": ("grew", "grown"),
    "hang": ("hung", "hung"),
    "hear": ("heard", "heard"),
    "hold": ("held", "held"),
    "hit": ("hit", "hit"),
    "hurt": ("hurt", "hurt"),
    "keep": ("kept", "kept"),
    "lay": ("laid", "laid"),
    "lead": ("led", "led"),
    "leave": ("left", "left"),
    "lend": ("lent", "lent"),
    "let": ("let", "let"),
    "lose": ("lost", "lost"),
    "make": ("made", "made"),
    "meet": ("met", "met"),
    "oversee": ("oversaw", "overseen"),  # Session 30 (``CARRIED_ON``)
    "overtake": ("overtook", "overtaken"),
    "pay": ("paid", "paid"),
    "plead": ("pleaded", "pleaded"),
    "put": ("put", "put"),
    "quit": ("quit", "quit"),
    "rebuild": ("rebuilt", "rebuilt"),
    "repay": ("repaid", "repaid"),
    "ring": ("rang", "rung"),  # Session 30 (``CARRIED_ON``)
    "rise": ("rose", "risen"),
    "run": ("ran", "run"),
    "say": ("said", "said"),
    "seek": ("sought", "sought"),
    "shed": ("shed", "shed"),
    "sell": ("sold", "sold"),
    "send": ("sent", "sent"),
    "set": ("set", "set"),
    "shake": ("shook", "shaken"),
    "shoot": ("shot", "shot"),
    "shrink": ("shrank", "shrunk"),
    "show": ("showed", "shown"),
    "shut": ("shut", "shut"),
    "sink": ("sank", "sunk"),
    "slide": ("slid", "slid"),
    "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"),
    "split": ("split", "split"),
    "spread": ("spread", "spread"),
    "stand": ("stood", "stood"),
    "steal": ("stole", "stolen"),
    "strike": ("struck", "struck"),
    "swear": ("swore", "sworn"),
    "swing": ("swung", "swung"),
    "take": ("took", "taken"),
    "teach": ("taught", "taught"),  # Session 30 (``CARRIED_ON``)
    "tell": ("told", "told"),
    "tear": ("tore", "torn"),
    "throw": ("threw", "thrown"),
    "undergo": ("underwent", "undergone"),
    "undertake": ("undertook", "undertaken"),
    "uphold": ("upheld", "upheld"),
    "wake": ("woke", "woken"),
    "win": ("won", "won"),
    "withdraw": ("withdrew", "withdrawn"),
    "write": ("wrote", "written"),
}
# Simple pasts of the irregular verbs, to their lemmas ("drew" is "draw").
PAST_LEMMAS: dict[str, str] = {past: lemma for lemma, (past, _pp) in IRREGULAR.items()}
PASTS: frozenset[str] = frozenset(PAST_LEMMAS)
# The pasts that are neither a participle nor the lemma ("broke", "began"; not "held", "cut", "beat"): a finite
# verb wherever they stand.
FINITE_PASTS: frozenset[str] = frozenset(p for lemma, (p, pp) in IRREGULAR.items() if p not in (pp, lemma))


# Verbs whose final consonant doubles before -ed/-ing (stress on the last syllable
# or a one-syllable consonant-vowel-consonant ending): "ban" -> banned, "admit" -> admitting.
def _words(text: str) -> frozenset[str]:
    # lexicon.words, kept here so lexicon can build its inflected cue tables from this module
    return frozenset(text.split())


DOUBLING = _words(
    "ban bar plan flag stop drop ship scrap step grab rob jam nab slip trap tap top chop "
    "admit commit submit permit omit occur refer transfer confer prefer control patrol compel expel "
    "propel rebel regret outstrip kidnap worship quip slam acquit trim stab net slot nod run cut shut hit quit split win begin shed "
    "skid strip drag put trip"  # "put", "trip": Session 30 ("putting 600 jobs at risk", "tripping a substation")
)


@dataclass(frozen=True)
class Forms:
    base: str
    third: str  # "votes"
    past: str  # "voted"
    participle: str  # "voted", "taken"
    gerund: str  # "voting"

    def all(self) -> tuple[str, ...]:
        return (self.base, self.third, self.past, self.participle, self.gerund)


def _stem_for_suffix(lemma: str) -> str:
    if lemma in DOUBLING:
        return lemma + lemma[-1]
    return lemma


def forms(lemma: str) -> Forms:
    """Every inflection of ``lemma`` (British and American spellings are separate lemmas)."""
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("ie"):
        gerund = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        gerund = lemma[:-1] + "ing"
    else:
        gerund = _stem_for_suffix(lemma) + "ing"
    if lemma in IRREGULAR:
        past, participle = IRREGULAR[lemma]
    else:
        if lemma.endswith("e"):
            past = lemma + "d"
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            past = lemma[:-1] + "ied"
        else:
            past = _stem_for_suffix(lemma) + "ed"
        participle = past
    return Forms(lemma, third, past, participle, gerund)
