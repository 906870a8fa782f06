"""Proof that a change left the rules extractor's answers as they were, byte for byte.

A speed change to the rules must answer exactly what the code before it answered.
``dump`` writes the rules backend's answer to every development article (the seeds,
the development sets ``DEV_SETS`` (``evals/sets/dev`` .. the newest read one) and the first N PolNeAR ``train`` articles in name order)
as canonical JSON, one file per article; run it on the code before and after the change,
then ``compare`` lists every article whose answer differs and exits 1 when one does.

    .venv/bin/python -m benchmarks.answers_identity dump /tmp/before \\
        --polnear /work/.mirror/networkdynamics+PolNeAR/repo --n 300
    (change the code)
    .venv/bin/python -m benchmarks.answers_identity dump /tmp/after --polnear ... --n 300
    .venv/bin/python -m benchmarks.answers_identity compare /tmp/before /tmp/after

Answers go through the service's public entry points (``service.extract`` with
``create_backend("rules")``), with the request the eval sends: the gold file's
``published`` for our sets, the date in the article's name for PolNeAR. What varies
from run to run of the same code is taken out before writing: the extraction's
``id`` (a cache key, not an answer) and ``usage.wall_ms``. The reserved sets
(``RESERVED``) are never listed or read: the sets are named one by one, never globbed.

Exit codes: 0 done (``compare``: every answer identical); 1 ``compare`` found a difference;
2 unusable input (a missing folder, an existing dump folder, a reserved set).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.corpora import CorpusError
from evals.corpora.polnear import PolNeAR
from evals.runner import load_cases
from schemas import ArticleRequest
from service import create_backend, extract

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "evals" / "sets"
# Development sets, named one by one: a glob of evals/sets would reach the reserved ones.
DEV_SETS: tuple[str, ...] = ("dev", *(f"dev{i}" for i in range(2, 31)))
# Held out from all development: never opened, even when asked for by --set.
RESERVED: tuple[str, ...] = ("heldout", "heldout2", "dev31")
POLNEAR_FOLDER = "polnear-train"
# Fields that differ between two runs of the same code: (path of keys, what they hold).
VOLATILE: tuple[tuple[str, ...], ...] = (("id",), ("usage", "wall_ms"))


class IdentityError(Exception):
    """Unusable input; the message says what to fix."""


@dataclass(frozen=True)
class Source:
    """One folder of the dump: its articles as (stem, request), in a fixed order."""

    name: str
    requests: Iterable[tuple[str, ArticleRequest]]


def _set_requests(articles: Path, gold: Path) -> Iterator[tuple[str, ArticleRequest]]:
    # The eval's own cases, so the request is the one `newsfacts eval` sends (``Case.request``).
    for case in load_cases(articles, gold):
        yield case.stem, case.request()


def our_sets(names: Sequence[str] = DEV_SETS) -> list[Source]:
    """The seeds and the named development sets (``IdentityError`` for a reserved one)."""
    if refused := [n for n in names if n in RESERVED or n.startswith("heldout")]:
        raise IdentityError(f"reserved sets are never read: {', '.join(refused)}")
    out = [Source("seeds", _set_requests(ROOT / "seeds", ROOT / "evals" / "gold"))]
    for name in names:
        folder = SETS / name
        if not folder.is_dir():
            raise IdentityError(f"no set {name} under {SETS}")
        out.append(Source(name, _set_requests(folder / "articles", folder / "gold")))
    return out


def polnear_train(data: Path, n: int) -> Source:
    """The first ``n`` PolNeAR train articles in name order, as the corpus eval sends them."""
    try:
        arts = PolNeAR().articles(data, "train", limit=n)
    except CorpusError as exc:
        raise IdentityError(str(exc)) from exc
    return Source(POLNEAR_FOLDER, [(a.name, ArticleRequest(text=a.raw, published=a.published)) for a in arts])


def canonical(answer: dict[str, Any]) -> str:
    """The answer as compared: volatile fields out, keys sorted, one form for the same answer."""
    for path in VOLATILE:
        node: Any = answer
        for key in path[:-1]:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict):
            node.pop(path[-1], None)
    return json.dumps(answer, sort_keys=True, ensure_ascii=False, indent=1) + "\n"


async def _dump(sources: Sequence[Source], out: Path) -> int:
    backend = create_backend("rules")
    written = 0
    for source in sources:
        folder = out / source.name
        folder.mkdir(parents=True, exist_ok=True)
        for stem, request in source.requests:
            answer = (await extract(request, backend)).model_dump(mode="json")
            (folder / f"{stem}.json").write_text(canonical(answer), encoding="utf-8")
            written += 1
    return written


def dump(sources: Sequence[Source], out: Path) -> int:
    """Write one canonical answer file per article under ``out/SOURCE/``; the number written."""
    if out.exists() and any(out.iterdir()):
        raise IdentityError(f"{out} exists and is not empty: a dump goes to a new folder")
    return asyncio.run(_dump(sources, out))


def _files(root: Path) -> dict[str, Path]:
    if not root.is_dir():
        raise IdentityError(f"{root}: no such dump folder")
    files = {p.relative_to(root).as_posix(): p for p in root.rglob("*.json")}
    if not files:
        raise IdentityError(f"{root}: no answers in it (not a dump?)")
    return files


def first_difference(a: Any, b: Any, where: str = "") -> str:
    """The JSON path of the first place two answers part (``""`` when they are equal)."""
    if type(a) is not type(b):
        return where or "."
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}.{key}"
            if found := first_difference(a[key], b[key], f"{where}.{key}"):
                return found
        return ""
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if found := first_difference(x, y, f"{where}[{i}]"):
                return found
        return f"{where}[{min(len(a), len(b))}]" if len(a) != len(b) else ""
    return "" if a == b else (where or ".")


def compare(a: Path, b: Path) -> list[str]:
    """One line per article whose answer differs between two dumps (empty: identical)."""
    fa, fb = _files(a), _files(b)
    lines = [f"only in {a}: {k}" for k in sorted(set(fa) - set(fb))]
    lines += [f"only in {b}: {k}" for k in sorted(set(fb) - set(fa))]
    for key in sorted(set(fa) & set(fb)):
        ta, tb = fa[key].read_bytes(), fb[key].read_bytes()
        if ta != tb:
            where = first_difference(json.loads(ta), json.loads(tb)) or "(same JSON, other bytes)"
            lines.append(f"differs: {key} at {where}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write the rules backend's answers, one canonical JSON file per article")
    d.add_argument("out", type=Path, help="a new folder")
    d.add_argument("--polnear", type=Path, help="a PolNeAR snapshot (checkout or git directory)")
    d.add_argument("--n", type=int, default=300, help="PolNeAR train articles, in name order (default 300)")
    d.add_argument(
        "--set",
        dest="sets",
        action="append",
        help=f"a development set under evals/sets (repeatable; default {DEV_SETS[0]}..{DEV_SETS[-1]})",
    )
    c = sub.add_parser("compare", help="list the articles whose answers differ; exit 1 when one does")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "dump":
            sources = our_sets(tuple(args.sets) if args.sets else DEV_SETS)
            if args.polnear is not None:
                sources.append(polnear_train(args.polnear, args.n))
            started = dt.datetime.now(dt.UTC)
            n = dump(sources, args.out)
            took = (dt.datetime.now(dt.UTC) - started).total_seconds()
            print(f"{n} answers in {args.out} ({', '.join(s.name for s in sources)}; {took:.0f} s)")
            return 0
        lines = compare(args.a, args.b)
    except IdentityError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for line in lines:
        print(line)
    n = len(_files(args.a))
    print(f"{len(lines)} of {n} answers differ" if lines else f"all {n} answers identical")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
