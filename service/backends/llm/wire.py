"""The model-facing schema: the contract's draft, in a form every constrained decoder compiles.

Servers turn the response schema into a grammar (llama.cpp's GBNF converter,
vLLM's xgrammar/outlines, Ollama's). They accept different subsets of JSON
Schema regular expressions: llama-cpp-python's converter cannot parse ``\\d``,
generated with no grammar at all and crashed. So the schema the model sees
spells every pattern with plain character classes (``[0-9]``), and the
patterns are checked when this module is imported: a pattern that still holds
a backslash escape fails loudly here, not on a server. The answer is still
validated by the contract's own (Python ``re``) patterns after decoding.

Top-level lists are ``required`` in the model-facing schema and in the answer
(:func:`missing_lists`): an empty object ``{}`` is a model that skipped the
work, not an article with no facts, and is re-asked.

:func:`compact_shape` renders the schema as one short line per field for the
``json`` mode, where the schema travels in the prompt: instructor's own JSON
mode appends the whole schema pretty-printed (~3,800 tokens), which filled a
small model's context and was copied back as ``$ref``s.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from typing import Any

from schemas.kinds import kind_names


def top_level_lists() -> tuple[str, ...]:
    """The lists every answer must hold: the entities and each registered kind's."""
    return ("entities", *kind_names())


# Regex escapes some engines cannot parse, each with its plain spelling.
_ESCAPES = {
    r"\d": "[0-9]",
}


class UnsafeSchema(ValueError):
    """A model-facing pattern still holds an escape some decoders cannot compile."""


def plain_pattern(pattern: str) -> str:
    """``pattern`` with the known escapes spelled as character classes."""
    for escape, plain in _ESCAPES.items():
        pattern = pattern.replace(escape, plain)
    return pattern


def patterns(schema: Any) -> Iterator[str]:
    """Every ``pattern`` in ``schema``, however deeply nested."""
    if isinstance(schema, Mapping):
        for key, value in schema.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            else:
                yield from patterns(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from patterns(value)


def _rewrite(node: Any) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                node[key] = plain_pattern(value)
            else:
                _rewrite(value)
    elif isinstance(node, list):
        for value in node:
            _rewrite(value)


def model_facing(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of the draft's JSON Schema with plain patterns and required top-level lists."""
    out = copy.deepcopy(schema)
    _rewrite(out)
    bad = [p for p in patterns(out) if "\\" in p]
    if bad:
        raise UnsafeSchema(f"model-facing patterns with escapes some decoders cannot parse: {bad}")
    for p in patterns(out):
        re.compile(p)  # a broken rewrite fails here, at import
    _evidence_first(out)
    properties = out.get("properties", {})
    out["required"] = sorted(set(out.get("required", [])) | {n for n in top_level_lists() if n in properties})
    return out


def _evidence_first(node: Any) -> None:
    """Put ``evidence`` first in every item: the model copies the passage, then describes it.

    Constrained decoders and models alike write properties in schema order; a
    label written after its verbatim passage is conditioned on it (as
    LangExtract does), instead of evidence hunted for to fit a label.
    """
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict) and "evidence" in props:
            node["properties"] = {
                "evidence": props["evidence"],
                **{k: v for k, v in props.items() if k != "evidence"},
            }
        for value in node.values():
            _evidence_first(value)
    elif isinstance(node, list):
        for value in node:
            _evidence_first(value)


def missing_lists(data: Any) -> list[str]:
    """The top-level lists an answer (parsed JSON) left out."""
    if not isinstance(data, Mapping):
        return []
    return [name for name in top_level_lists() if name not in data]


# --------------------------------------------------------------------------- compact shape


def compact_shape(schema: dict[str, Any]) -> str:
    """The schema as a JSON-like outline: ``{"figures": [{"text": string, "value": number, ...}]}``.

    Types and enums only (no descriptions: the prompt explains the fields), so a
    small model sees the shape in a few hundred tokens and nothing it could copy
    back as schema syntax (no ``$ref``, no ``properties``).
    """
    defs: dict[str, Any] = schema.get("$defs", {})
    return _shape(schema, defs, depth=0)


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return _resolve(defs[ref.rsplit("/", 1)[1]], defs)
    return node


def _shape(node: dict[str, Any], defs: dict[str, Any], depth: int) -> str:
    node = _resolve(node, defs)
    if depth > 6:
        return "object"
    if "enum" in node:
        return "|".join(f'"{v}"' for v in node["enum"])
    if "const" in node:
        return f'"{node["const"]}"'
    for key in ("anyOf", "oneOf"):
        if key in node:
            return "|".join(_shape(option, defs, depth) for option in node[key])
    kind = node.get("type")
    if kind == "object" or "properties" in node:
        fields = ", ".join(
            f'"{name}": {_shape(sub, defs, depth + 1)}' for name, sub in node.get("properties", {}).items()
        )
        return "{" + fields + "}"
    if kind == "array":
        return "[" + _shape(node.get("items", {}), defs, depth + 1) + ", ...]"
    if kind == "string" and "pattern" in node:
        return "string (YYYY-MM-DD, YYYY-MM or YYYY)" if "[0-9]" in node["pattern"] else "string"
    if isinstance(kind, str):
        return kind
    return "any"
