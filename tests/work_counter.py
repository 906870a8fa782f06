"""Count the work a function does, deterministically, to test that it grows linearly.

Timing is never asserted in tests (machines differ, and CI is shared). Instead
this counts two things that grow with the real cost: Python lines executed
(``sys.settrace``) and characters handed to the regular expressions of the
modules under test (a rescan of ``text[:s]`` before every number is C work a
line count cannot see). A linear stage does about k times the work on an
input k times longer; a quadratic one about k² times.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType, ModuleType
from typing import Any

import pytest


class _Counter:
    def __init__(self) -> None:
        self.lines = 0
        self.chars = 0

    @property
    def total(self) -> int:
        return self.lines + self.chars


def _span(string: object, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    if not isinstance(string, str):
        return 0
    pos = args[0] if args else kwargs.get("pos", 0)
    endpos = args[1] if len(args) > 1 else kwargs.get("endpos", len(string))
    return max(0, min(endpos, len(string)) - pos)


class _CountingPattern:
    """A compiled pattern that counts the characters each call may scan."""

    def __init__(self, pattern: re.Pattern[str], counter: _Counter) -> None:
        self._pattern = pattern
        self._counter = counter

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._pattern, name)
        if name not in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
            return attr

        def counted(*args: Any, **kwargs: Any) -> Any:
            if name in ("sub",):
                self._counter.chars += _span(args[1] if len(args) > 1 else kwargs.get("string"), (), {})
            else:
                self._counter.chars += _span(args[0] if args else kwargs.get("string"), args[1:], kwargs)
            return attr(*args, **kwargs)

        return counted


class _CountingRe:
    """The ``re`` module as seen by a module under test: string-pattern calls are counted too."""

    def __init__(self, counter: _Counter) -> None:
        self._counter = counter

    def __getattr__(self, name: str) -> Any:
        attr = getattr(re, name)
        if name not in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
            return attr

        def counted(pattern: Any, *args: Any, **kwargs: Any) -> Any:
            string = (
                args[1] if name == "sub" and len(args) > 1 else (args[0] if args else kwargs.get("string"))
            )
            self._counter.chars += _span(string, (), {})
            return attr(pattern, *args, **kwargs)

        return counted


@contextmanager
def counting(monkeypatch: pytest.MonkeyPatch, modules: list[ModuleType]) -> Iterator[_Counter]:
    counter = _Counter()
    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, name, _CountingPattern(value, counter))
        if getattr(module, "re", None) is re:
            monkeypatch.setattr(module, "re", _CountingRe(counter))
    files = {m.__file__ for m in modules}

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        if frame.f_code.co_filename not in files:
            return None
        if event == "line":
            counter.lines += 1
        return trace

    sys.settrace(trace)
    try:
        yield counter
    finally:
        sys.settrace(None)
        monkeypatch.undo()


def work(monkeypatch: pytest.MonkeyPatch, modules: list[ModuleType], fn: Callable[[], object]) -> int:
    with counting(monkeypatch, modules) as counter:
        fn()
    return counter.total


def growth(
    monkeypatch: pytest.MonkeyPatch,
    modules: list[ModuleType],
    make: Callable[[int], Callable[[], object]],
    n: int,
    k: int = 4,
) -> float:
    """Work on an input k times larger over work on the small one: about k if linear, k² if quadratic."""
    small = work(monkeypatch, modules, make(n))
    large = work(monkeypatch, modules, make(n * k))
    return large / small
