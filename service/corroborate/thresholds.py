"""The thresholds of corroboration, on rapidfuzz's 0-100 scale: the ones docs/corroboration.md quotes."""

from __future__ import annotations

# Quotes are the same words: near-identical after folding case and punctuation,
# or one contained in the other. Reporters trim quotes, rarely reword them.
QUOTE_MATCH = 90.0
# A contained fragment shorter than this is too generic to prove anything
# ("full respect" appears in many stories).
QUOTE_MIN_FRAGMENT_WORDS = 3
# partial_ratio at or above this counts as containment despite a one-letter
# difference ("condition-based" / "conditions-based", "Al—Kadhimi" / "al-Kadhimi").
QUOTE_NEAR_CONTAINMENT = 95.0

# Two names are the same entity when, after folding, they are equal, one is the
# other's surname-anchored subset ("Stoltenberg" / "Jens Stoltenberg"), or they
# differ by a spelling variant ("Qasem" / "Qassem") scoring at least this.
NAME_MATCH = 90.0

# Figures must have the same value and a compatible unit; the measure (or, when
# an extractor left it empty, the sentence around the figure) tells a count of
# troops in one context from the same count elsewhere. Measures are short
# paraphrases of each other ("size of NATO training mission in Iraq" / "NATO
# mission personnel in Iraq" scores 77, / "US troops in Iraq" 42).
FIGURE_MEASURE_MATCH = 60.0
# Sentences are compared by shared content words (word_overlap): two outlets'
# sentences about one bombing share 75 %, unrelated ones under 35 %.
FIGURE_CONTEXT_MATCH = 40.0
# Words taken on each side of the figure for that comparison.
FIGURE_CONTEXT_WORDS = 10
# Different values conflict only when both sides name their measure and the
# measures are near-identical by both scores: "people killed in the bombing" and
# "people injured in the bombing" (88 / 75) are two measures, not a conflict.
# A false "outlets disagree" is worse than a miss.
FIGURE_CONFLICT_MEASURE = 90.0
# Two named measures may paraphrase one fact past FIGURE_MEASURE_MATCH ("number of
# troops for the NATO mission" / "size of our mission"); the figures still group
# when some mention of each stands in much the same words (one outlet quoting
# what another paraphrases): the words around any two of their spans share this much.
FIGURE_SAME_WORDS_MATCH = 50.0
FIGURE_CONFLICT_OVERLAP = 80.0

# Events: compatible dates (equal at the coarser precision, or one unknown),
# shared participants when both list any, and similar summaries. A different
# event type needs a closer summary (one outlet's "announcement" is another's
# "decision").
EVENT_SUMMARY_MATCH = 60.0
EVENT_SUMMARY_MATCH_OTHER_TYPE = 75.0


# Same type, shared participants, summaries this close, incompatible dates: a conflict.
EVENT_CONFLICT_SUMMARY = 80.0

# Attributions: the same source (see NAME_MATCH) and claims this similar.
# Claims are the writers' paraphrases, so they share words, not wording.
ATTRIBUTION_CLAIM_MATCH = 60.0
