"""Rules speed in instructions, not seconds: the same figure on any machine, busy or idle.

``bench_rules`` gives articles per second, which on these shared machines moves by a
factor of two with the machine a session lands on (session 6's machine ran the rules
at 119/s, session 7's at 43-66/s for the same commit). A goal stated in articles/s per
core can only be carried from one machine to another through a quantity that does not
depend on the machine: the number of instructions the CPU executes per article.

This script counts them with ``valgrind --tool=callgrind`` (which counts, it does not
time: the same binary and input give the same count whatever else the machine runs).
For this checkout and for each ``--baseline DIR`` (another commit's files, e.g.
``git archive 21b3266 | tar -x -C DIR``), it runs the rules backend over the seeds in one
child process under callgrind with instrumentation off (``--instr-atstart=no``) while
Python starts, imports the service and prepares the seeds; it is switched on once
(``callgrind_control -i on``) while the child waits, before ``--warm`` passes. The count is
taken between two calls the child makes into the C library and nowhere else: callgrind
dumps its counters when ``getppid`` is entered (after the warm-up passes) and when
``getpgrp`` is (after the ``--rounds`` counted passes); the second dump holds exactly the
counted passes, divided by the articles they read. Nothing timed (the child's wait, the
control command) falls inside it, and imports, start-up and the first call's set-up are
not in it. Each child runs with this checkout's virtualenv and ``PYTHONPATH`` set to its
own checkout, ``PYTHONHASHSEED=0`` so that set and dict orders repeat, and
``PYTHONDONTWRITEBYTECODE=1``.

``--subtract`` counts as sessions 5-16 did: two whole-process runs per checkout under
full instrumentation, with ``--warm`` and with ``--warm + --rounds`` passes, the
difference divided by the extra articles. The same quantity, but every run compiles and
imports the service under instrumentation (most of its instructions, and two thirds of
its time), and a run that writes ``__pycache__`` makes the next one cheaper by the
compilation it no longer does; hence ``PYTHONDONTWRITEBYTECODE``.

A baseline whose articles/s was measured on some machine carries that rate to this
checkout by the instruction ratio (rate x baseline instructions / our instructions),
on the assumption that the two commits' code runs at the same instructions per cycle
(the same interpreter running the same kind of code: regular expressions, dicts and
lists). ``--baseline-rate`` gives that measured rate; 0 counts a baseline no rate was measured for
(the commit a change was made on, counted in the same run as the change: a before and an after).

    .venv/bin/python -m benchmarks.rules_instructions --baseline /tmp/r21b --baseline-rate 119 --record
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import _harness as h

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Rules speed in instructions per article (issue 15, speed)"

# The child of ``--subtract``: prepare the seeds once, then time nothing; callgrind counts the whole
# process.
CHILD = r"""
import asyncio, sys
from pathlib import Path
from schemas import ArticleRequest
from service import create_backend, prepare
passes = int(sys.argv[1])
backend = create_backend("rules")
docs = [prepare(ArticleRequest(text=p.read_text(encoding="utf-8"))) for p in sorted(Path("seeds").glob("*.txt"))]
async def run() -> None:
    for _ in range(passes):
        for d in docs:
            await backend.extract(d)
asyncio.run(run())
print(len(docs))
"""

# The child of the default count: the same passes in one event loop, with a wait before them (while
# instrumentation is switched on) and a call into the C library after the warm-up and after the counted
# passes, at which callgrind dumps its counters (``_MARKS``). Neither function is called anywhere else in
# the child; the loop and its worker thread are set up before the first mark.
WINDOW_CHILD = r"""
import asyncio, os, sys, time
from pathlib import Path
from schemas import ArticleRequest
from service import create_backend, prepare
warm, rounds, go = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
backend = create_backend("rules")
docs = [prepare(ArticleRequest(text=p.read_text(encoding="utf-8"))) for p in sorted(Path("seeds").glob("*.txt"))]
async def passes(n: int) -> None:
    for _ in range(n):
        for d in docs:
            await backend.extract(d)
async def run() -> None:
    await passes(warm)
    os.getppid()
    await passes(rounds)
    os.getpgrp()
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.01)
asyncio.run(run())
print(len(docs), flush=True)
"""
# (after the warm-up, after the counted passes): libc functions callgrind dumps its counters before.
_MARKS = ("getppid", "getpgrp")


def _child_env(checkout: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(checkout), PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")


def window_per_article(checkout: Path, warm: int, rounds: int) -> float:
    """Instructions per seed article of the counted passes alone, in one child (see the module's text)."""
    with tempfile.TemporaryDirectory(prefix="nf-callgrind-") as tmp:
        out, go = Path(tmp) / "callgrind.out", Path(tmp) / "go"
        child = subprocess.Popen(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                *(f"--dump-before={mark}" for mark in _MARKS),
                f"--callgrind-out-file={out}",
                sys.executable,
                "-c",
                WINDOW_CHILD,
                str(warm),
                str(rounds),
                str(go),
            ],
            cwd=checkout,
            env=_child_env(checkout),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError(
                    f"the child for {checkout} did not start:\n{child.communicate()[1][-2000:]}"
                )
            subprocess.run(["callgrind_control", "-i", "on", str(child.pid)], capture_output=True, check=True)
            go.touch()
            stdout, stderr = child.communicate()
        finally:
            if child.poll() is None:
                child.kill()
        if child.returncode != 0:
            raise RuntimeError(f"the child for {checkout} failed:\n{stderr[-2000:]}")
        counted = _dump_total(Path(tmp), _MARKS[1])
        return counted / (int(stdout.strip().splitlines()[-1]) * rounds)


def _dump_total(folder: Path, mark: str) -> int:
    """The instructions in the dump callgrind wrote before ``mark`` was entered."""
    for dump in folder.glob("callgrind.out*"):
        text = dump.read_text(encoding="utf-8", errors="replace")
        if re.search(rf"^desc: Trigger: --dump-before={mark}$", text, re.MULTILINE):
            total = re.search(r"^totals:\s*(\d+)", text, re.MULTILINE)
            if total is None:
                raise RuntimeError(f"no total in {dump}")
            return int(total.group(1))
    raise RuntimeError(f"callgrind wrote no dump before {mark} in {folder}")


def _instructions(checkout: Path, passes: int) -> tuple[int, int]:
    """(instructions executed by the whole child process, seed articles per pass)."""
    with tempfile.TemporaryDirectory(prefix="nf-callgrind-") as tmp:
        out = Path(tmp) / "callgrind.out"
        proc = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out}",
                sys.executable,
                "-c",
                CHILD,
                str(passes),
            ],
            cwd=checkout,
            env=_child_env(checkout),
            capture_output=True,
            text=True,
            check=True,
        )
        match = re.search(r"Collected\s*:\s*(\d+)", proc.stderr)
        if match is None:
            raise RuntimeError(f"callgrind printed no total for {checkout}:\n{proc.stderr[-2000:]}")
        return int(match.group(1)), int(proc.stdout.strip().splitlines()[-1])


def per_article(checkout: Path, warm: int, rounds: int) -> float:
    """Instructions per seed article, start-up and the first passes subtracted (``--subtract``)."""
    base, n = _instructions(checkout, warm)
    total, _ = _instructions(checkout, warm + rounds)
    return (total - base) / (n * rounds)


def _commit(checkout: Path) -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=checkout, capture_output=True, text=True, check=False
    )
    return out.stdout.strip() if out.returncode == 0 and checkout == ROOT else checkout.name


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", type=Path, action="append", default=[], help="another commit's files")
    parser.add_argument(
        "--baseline-rate",
        type=float,
        action="append",
        default=[],
        help="articles/s measured for the baseline (same order as --baseline) on some machine; 0: none measured",
    )
    parser.add_argument(
        "--warm", type=int, default=1, help="passes over the seeds before counting (default 1)"
    )
    parser.add_argument("--rounds", type=int, default=2, help="passes counted (default 2)")
    parser.add_argument(
        "--subtract",
        action="store_true",
        help="count as sessions 5-16 did: two whole-process runs per checkout, the difference",
    )
    parser.add_argument("--record", action="store_true", help="write the section into benchmarks/RESULTS.md")
    args = parser.parse_args()
    if args.baseline_rate and len(args.baseline_rate) != len(args.baseline):
        parser.error("give one --baseline-rate per --baseline, or none")

    count = per_article if args.subtract else window_per_article
    how = (
        "start-up subtracted (two whole-process runs per checkout)"
        if args.subtract
        else "the counted passes alone (one run per checkout, instrumentation on after start-up)"
    )
    ours = count(ROOT, args.warm, args.rounds)
    lines = [
        f"Instructions per seed article for the rules backend (`backend.extract` on a prepared document), "
        f"callgrind, {args.rounds} counted passes over the 5 seeds after {args.warm} warm-up pass(es), "
        f"{how}:",
        "",
        "| checkout | instructions / article | this checkout / it | rate measured for it | same rate carried here |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| this checkout ({_commit(ROOT)}) | {ours / 1e6:.2f} M | 1.00 | | |",
    ]
    for i, base_dir in enumerate(args.baseline):
        theirs = count(base_dir.resolve(), args.warm, args.rounds)
        rate = args.baseline_rate[i] if args.baseline_rate else None
        carried = f"{rate * theirs / ours:.0f} articles/s" if rate else ""
        lines.append(
            f"| {base_dir.name} | {theirs / 1e6:.2f} M | {ours / theirs:.3f} | "
            f"{f'{rate:.0f} articles/s' if rate else ''} | {carried} |"
        )
    lines += [
        "",
        "A count is the same on any machine; a rate carried by it assumes the same instructions per cycle "
        "for both commits (same interpreter, same kind of code).",
    ]
    body = "\n".join(lines)
    print(body)
    if args.record:
        h.record(TITLE, h.section(TITLE, body))


if __name__ == "__main__":
    main()
