"""Reading a corpus snapshot: a checkout directory, or the repository's bare git directory.

Adapters name files by their path in the repository; this module reads them
from whichever form of snapshot it was given, and never lists or opens a path
the adapter did not ask for (reserved splits stay unread).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from evals.corpora import CorpusError


class Snapshot:
    """Files of one repository snapshot, by repository path."""

    def __init__(self, root: Path, *, marker: str, corpus: str) -> None:
        """``marker`` is a repository path that must exist (it tells a snapshot of this corpus)."""
        self.root = root
        self.git: Path | None = None
        if (root / marker).exists():
            self.base: Path | None = root
        elif (root / "HEAD").is_file() and (root / "objects").is_dir():
            self.base = None
            self.git = root
            if not self._git_exists(marker):
                raise CorpusError(
                    f"--data {root}: this git directory has no {marker} (not a {corpus} snapshot)"
                )
        else:
            raise CorpusError(
                f"--data {root}: not a {corpus} snapshot (expected a checkout with {marker}, "
                "or the repository's git directory)"
            )

    def _git(self, *args: str, stdin: bytes | None = None) -> bytes:
        assert self.git is not None
        try:
            done = subprocess.run(
                ["git", f"--git-dir={self.git}", *args], input=stdin, capture_output=True, check=True
            )
        except (OSError, subprocess.CalledProcessError) as exc:
            raise CorpusError(f"--data {self.git}: git could not read the snapshot ({exc})") from exc
        return done.stdout

    def _git_exists(self, path: str) -> bool:
        assert self.git is not None
        done = subprocess.run(
            ["git", f"--git-dir={self.git}", "cat-file", "-e", f"HEAD:{path}"], capture_output=True
        )
        return done.returncode == 0

    def listing(self, folder: str, suffix: str = "") -> list[str]:
        """Repository paths of the files directly under ``folder`` ending in ``suffix``, sorted."""
        folder = folder.rstrip("/")
        if self.git is not None:
            out = self._git("ls-tree", "--name-only", "HEAD", folder + "/")
            names = [line for line in out.decode().splitlines() if line]
        else:
            assert self.base is not None
            d = self.base / folder
            names = [f"{folder}/{p.name}" for p in d.iterdir() if p.is_file()] if d.is_dir() else []
        return sorted(n for n in names if n.endswith(suffix))

    def read(self, path: str) -> str:
        if self.git is not None:
            return self._git("show", f"HEAD:{path}").decode("utf-8")
        assert self.base is not None
        f = self.base / path
        if not f.is_file():
            raise CorpusError(f"--data {self.root}: {path} is missing from the snapshot")
        return f.read_text(encoding="utf-8")

    def read_many(self, paths: list[str], *, skip_missing: bool = False) -> dict[str, str]:
        """The text of each path (one git process for all of them on a git directory).

        A git directory leaves out paths it does not hold (a snapshot lacks files over
        its size limit); a checkout does the same with ``skip_missing``, else it raises.
        """
        if self.git is None:
            assert self.base is not None
            return {p: self.read(p) for p in paths if not skip_missing or (self.base / p).is_file()}
        if not paths:
            return {}
        raw = self._git("cat-file", "--batch", stdin="".join(f"HEAD:{p}\n" for p in paths).encode())
        out: dict[str, str] = {}
        pos = 0
        for p in paths:
            nl = raw.index(b"\n", pos)
            header = raw[pos:nl].decode()
            pos = nl + 1
            if header.endswith("missing"):
                continue
            size = int(header.rsplit(" ", 1)[1])
            out[p] = raw[pos : pos + size].decode("utf-8")
            pos += size + 1
        return out
