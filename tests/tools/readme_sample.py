"""The README's sample output, regenerated from a real extraction.

``python tests/tools/readme_sample.py`` (``make readme-sample``) rewrites the JSON
between the ``readme-sample`` markers of README.md from the rules backend's
extraction of seed 000; ``--check`` (run by the tests) fails in one line when
the README no longer shows what the code produces. Long values are cut and
lists shortened to their first entry, each cut marked ``…``; ``wall_ms``
(different on every run) is shown as ``…``.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SEED = ROOT / "seeds" / "000_9e83181834ba2713.txt"
PUBLISHED = "2021-02-18"
START = "<!-- readme-sample: start (make readme-sample writes this block) -->"
END = "<!-- readme-sample: end -->"
CUT = "…"
TEXT_CHARS = 60


def extraction() -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from schemas import ArticleRequest
    from service import create_backend, extract

    async def go() -> dict[str, Any]:
        backend = create_backend("rules")
        try:
            request = ArticleRequest(text=SEED.read_text(encoding="utf-8"), published=PUBLISHED)
            result = await extract(request, backend)
        finally:
            await backend.aclose()
        data: dict[str, Any] = json.loads(result.model_dump_json())
        return data

    return asyncio.run(go())


def abridge(data: dict[str, Any]) -> dict[str, Any]:
    out = dict(data)
    out["text"] = data["text"][:TEXT_CHARS] + CUT
    if len(data.get("boilerplate") or []) > 2:
        out["boilerplate"] = [*data["boilerplate"][:2], CUT]
    # Every list of items (quotes, figures, events, attributions, entities, dates
    # and whatever the contract adds) shows its first entry.
    for name, items in data.items():
        if (
            name != "boilerplate"
            and isinstance(items, list)
            and len(items) > 1
            and isinstance(items[0], dict)
        ):
            out[name] = [items[0], CUT]
    # A map by item id (provenance) shows its first entry the same way.
    provenance = data.get("provenance")
    if isinstance(provenance, dict) and len(provenance) > 1:
        first = next(iter(provenance))
        out["provenance"] = {first: provenance[first], CUT: CUT}
    if isinstance(out.get("usage"), dict):
        out["usage"] = {**out["usage"], "wall_ms": CUT}
    return out


def block() -> str:
    sample = json.dumps(abridge(extraction()), indent=2, ensure_ascii=False)
    return f"{START}\n```json\n{sample}\n```\n{END}"


def current(readme: str) -> tuple[int, int]:
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"README.md has no `{START}` ... `{END}` markers")
    return start, end + len(END)


def main(argv: list[str]) -> int:
    readme = README.read_text(encoding="utf-8")
    start, end = current(readme)
    fresh = block()
    if argv[1:] == ["--check"]:
        if readme[start:end] != fresh:
            print(
                "error: README.md's sample output is stale (not what seed 000 gives now): "
                "run `make readme-sample` and commit README.md",
                file=sys.stderr,
            )
            return 1
        return 0
    README.write_text(readme[:start] + fresh + readme[end:], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
