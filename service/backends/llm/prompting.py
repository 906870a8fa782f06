"""Prompt templates: loaded from ``prompts/<name>/<version>/``, rendered static prefix first.

A template directory holds a ``manifest.toml`` naming its files: the system
instructions (derived from the contract), worked examples (articles of our
own and their correct answers) and the user-message template with an
``{article}`` placeholder. Up to v2 the one example is part of the system
message; from v3 the ``[[examples]]`` are user/assistant turns after it (each
answer rendered compactly, evidence first in every item, as the model-facing
schema orders it). Either way everything but the article is byte-identical for
every article, so providers' automatic prompt caching (which matches on a
prefix) covers it; the article comes last.

The article is delimited by ``<article>`` and ``</article>``: the model is told
so, and the simulated provider finds the article the same way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from schemas import ExtractionDraft
from schemas.kinds import draft_items
from service.errors import ConfigurationError

PROMPTS_ROOT = Path(__file__).resolve().parents[3] / "prompts"
ARTICLE_PLACEHOLDER = "{article}"
PUBLISHED_PLACEHOLDER = "{published}"
ARTICLE_OPEN = "<article>"
ARTICLE_CLOSE = "</article>"


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    version: str
    system: str
    user_template: str
    # The worked examples' texts (articles and the strings of their answers):
    # the guard rejects an item that copies them.
    examples: tuple[str, ...] = ()
    # Few-shot turns between the system message and the article (v3 on): the
    # examples as user messages and their answers as assistant messages.
    turns: tuple[tuple[str, str], ...] = ()

    def user_message(self, article: str, published: dt.date | None = None) -> str:
        # str.replace, not str.format: articles contain braces. The date goes in
        # first, so an article can never plant a second one after it.
        dated = self.user_template.replace(
            PUBLISHED_PLACEHOLDER, published.isoformat() if published else "unknown"
        )
        return dated.replace(ARTICLE_PLACEHOLDER, article)

    def messages(
        self, article: str, published: dt.date | None = None, schema_hint: str | None = None
    ) -> list[dict[str, str]]:
        """The chat messages for ``article``: the static system prefix, then the article.

        ``schema_hint`` (the compact schema of the ``json`` mode) ends the system
        message: the same for every article, so the prefix stays cacheable.
        """
        system = self.system
        if schema_hint:
            system += f"\n\nAnswer with one JSON object of this shape (lists may be empty):\n{schema_hint}"
        return [
            {"role": "system", "content": system},
            *({"role": role, "content": content} for role, content in self.turns),
            {"role": "user", "content": self.user_message(article, published)},
        ]

    def digest(self, response_model: type[BaseModel]) -> str:
        """Hash of everything the model is told besides the article, the response schema included."""
        schema = json.dumps(response_model.model_json_schema(), sort_keys=True, ensure_ascii=False)
        turns = [f"{role}\x01{content}" for role, content in self.turns]
        material = "\x00".join([self.version, self.system, *turns, self.user_template, schema])
        return hashlib.sha256(material.encode("utf-8")).hexdigest()[:16]


def load_prompt(spec: str, root: Path = PROMPTS_ROOT) -> PromptTemplate:
    """Load ``root/spec`` (e.g. ``extract/v1``), checking the worked example against the contract."""
    folder = root / spec
    manifest_path = folder / "manifest.toml"
    if not manifest_path.is_file():
        raise ConfigurationError(f"prompt {spec!r}: no manifest at {manifest_path}")
    try:
        manifest = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
        system = (folder / manifest["system"]).read_text(encoding="utf-8").rstrip()
        user_template = (folder / manifest["user"]).read_text(encoding="utf-8").rstrip("\n")
        shots = [
            (
                (folder / ex["article"]).read_text(encoding="utf-8").strip(),
                str(ex.get("published", "unknown")),
                (folder / ex["output"]).read_text(encoding="utf-8").strip(),
            )
            for ex in manifest.get("examples", [])
        ]
        if not shots:
            example_article = (folder / manifest["example_article"]).read_text(encoding="utf-8").strip()
            example_output = (folder / manifest["example_output"]).read_text(encoding="utf-8").strip()
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigurationError(f"prompt {spec!r}: cannot load ({exc})") from exc
    # The article block ends the message (nothing an article says can be read as
    # coming after it); only the publication-date line may come before it.
    head = user_template.split(ARTICLE_OPEN, 1)[0]
    if (
        user_template.count(ARTICLE_PLACEHOLDER) != 1
        or ARTICLE_OPEN not in user_template
        or head.replace(f"<published>{PUBLISHED_PLACEHOLDER}</published>", "").strip()
    ):
        raise ConfigurationError(
            f"prompt {spec!r}: the user template must be an optional <published>{PUBLISHED_PLACEHOLDER}</published> "
            f"line, then {ARTICLE_OPEN} holding {ARTICLE_PLACEHOLDER} once"
        )
    name, version = str(manifest.get("name", spec)), str(manifest.get("version", spec))
    if shots:
        probe = PromptTemplate(name, version, system, user_template)
        turns: list[tuple[str, str]] = []
        texts: list[str] = []
        for article, published, output in shots:
            draft = check_example(spec, article, output)
            try:
                date = None if published == "unknown" else dt.date.fromisoformat(published)
            except ValueError as exc:
                raise ConfigurationError(
                    f"prompt {spec!r}: example date {published!r} is not YYYY-MM-DD"
                ) from exc
            turns += [("user", probe.user_message(article, date)), ("assistant", compact_answer(output))]
            texts += [article, *string_leaves(draft.model_dump())]
        return PromptTemplate(name, version, system, user_template, examples=tuple(texts), turns=tuple(turns))
    example_draft = check_example(spec, example_article, example_output)
    prefix = (
        f"{system}\n\n<example_article>\n{example_article}\n</example_article>\n\n"
        f"A correct answer for the example:\n\n```json\n{example_output}\n```"
    )
    return PromptTemplate(
        name=name,
        version=version,
        system=prefix,
        user_template=user_template,
        examples=(example_article, *string_leaves(example_draft.model_dump())),
    )


def compact_answer(output: str) -> str:
    """An example's answer as the assistant turn: one line of JSON, evidence first in every item.

    The file's key order is kept but each item's ``evidence`` is moved to the
    front, so the example shows the order the model-facing schema asks for.
    """

    def ordered(node: object) -> object:
        if isinstance(node, dict):
            keys = sorted(node, key=lambda k: k != "evidence")
            return {k: ordered(node[k]) for k in keys}
        if isinstance(node, list):
            return [ordered(v) for v in node]
        return node

    return json.dumps(ordered(json.loads(output)), ensure_ascii=False, separators=(",", ":"))


def string_leaves(node: object) -> list[str]:
    """Every string in a JSON-like value."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in string_leaves(v)]
    if isinstance(node, list):
        return [s for v in node for s in string_leaves(v)]
    return []


def check_example(spec: str, article: str, output: str) -> ExtractionDraft:
    """The worked example must be a valid draft whose every evidence string is in its article."""
    try:
        draft = ExtractionDraft.model_validate_json(output)
    except ValidationError as exc:
        raise ConfigurationError(f"prompt {spec!r}: the worked example is not a valid draft: {exc}") from exc
    missing = [e for item in draft_items(draft) for e in item.evidence if e not in article]
    if missing:
        raise ConfigurationError(f"prompt {spec!r}: worked-example evidence not in its article: {missing}")
    return draft
