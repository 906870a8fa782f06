"""Outlet identity: which articles come from one newsroom (a republication is not a second source)."""

from __future__ import annotations

import re

from service.corroborate.similarity import norm

_DOMAIN_SUFFIX = re.compile(r"\.(com|org|net|co\.uk|info|news|int)$")


# --------------------------------------------------------------------------- text


def outlet_key(outlet: str | None, republished_from: str | None, extraction_id: str) -> str:
    """Identity of the outlet for counting independence: a republication counts as its origin."""
    for name in (republished_from, outlet):
        if name and name.strip():
            key = name.strip().lower()
            key = key.removeprefix("https://").removeprefix("http://").removeprefix("www.")
            key = _DOMAIN_SUFFIX.sub("", key.split("/")[0]) if " " not in key else key
            key = norm(key).replace(" ", "")
            if key:
                return key
    # Unknown outlet: each distinct article is its own source, but the same
    # extraction given twice is still one.
    return f"extraction:{extraction_id}"
