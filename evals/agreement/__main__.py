"""``python -m evals.agreement [--details]``: print the event type agreement table."""

from __future__ import annotations

import sys

from evals.agreement import compare_all, render


def main(argv: list[str]) -> int:
    print(render(compare_all(), details="--details" in argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
