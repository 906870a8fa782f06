"""Evidence to offsets: alignment, grounding of drafts, entity linking."""
