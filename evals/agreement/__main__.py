"""``python -m evals.agreement [--details] [--annotation PATH]``: print the event type agreement table."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from evals.agreement import SECOND_ANNOTATION, compare_all, load_second, render
from evals.gold import GoldError


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.agreement", description=__doc__)
    parser.add_argument("--details", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--annotation", type=Path, default=SECOND_ANNOTATION, help="the second annotation (JSON)"
    )
    args = parser.parse_args(argv)
    try:
        second = load_second(args.annotation)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        # A clear message and exit 2, as argparse gives for a bad argument, not a traceback.
        kind = "cannot read" if isinstance(exc, OSError) else "not a second annotation"
        if isinstance(exc, json.JSONDecodeError):
            kind = "not JSON"
        print(f"python -m evals.agreement: {args.annotation}: {kind} ({exc})", file=sys.stderr)
        return 2
    try:
        results = compare_all(second=second)
    except GoldError as exc:
        print(f"python -m evals.agreement: {exc}", file=sys.stderr)
        return 2
    print(render(results, details=args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
