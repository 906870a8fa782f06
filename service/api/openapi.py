"""OpenAPI helpers for routes that read their own body: documented like bound ones."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

REF = "#/components/schemas/{model}"


def json_body(model: type[BaseModel], description: str | None = None) -> dict[str, Any]:
    """``openapi_extra`` declaring a required JSON request body of ``model``."""
    body: dict[str, Any] = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": REF.format(model=model.__name__)}}},
    }
    if description:
        body["description"] = description
    return {"requestBody": body}


def add_components(
    schema: dict[str, Any], inputs: list[type[BaseModel]], outputs: list[type[BaseModel]]
) -> None:
    """Put the schemas of ``inputs`` (request bodies) and ``outputs`` into ``components``."""
    pairs: list[tuple[type[BaseModel], Any]] = [(m, "validation") for m in inputs] + [
        (m, "serialization") for m in outputs
    ]
    _, defs = models_json_schema(pairs, ref_template=REF)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for name, definition in defs.get("$defs", {}).items():
        components.setdefault(name, definition)


# Extraction and job ids: 32 hex digits (``pipeline.extraction_id``'s hash, a job's uuid4).
# The one pattern paths, bodies and a story's `extraction_ids` are checked against.
ID_PATTERN = "^[0-9a-f]{32}$"
# Not empty and not whitespace only: what the service accepts as an article.
_SOME_TEXT = {"minLength": 1, "pattern": "\\S"}


def state_constraints(schema: dict[str, Any]) -> None:
    """Say in the document what the service checks beyond the models' field types (issue 13).

    The models enforce these in validators, which JSON Schema does not see: exactly one of
    ``text`` and ``html`` (a string, not whitespace only), story ids as extraction ids, and
    batch or job items that are objects (any object: an invalid article fails alone, as its
    own item with status 422, while the request as a whole is answered 200 or 202).
    """
    defs = schema.get("components", {}).get("schemas", {})
    article = defs.get("ArticleRequest")
    if article is not None:
        for name in ("text", "html"):
            prop = article["properties"].get(name, {})
            for option in prop.get("anyOf", []):
                if option.get("type") == "string":
                    option.update(_SOME_TEXT)
        article["oneOf"] = [
            {"required": [name], "properties": {name: {"type": "string", **_SOME_TEXT}}}
            for name in ("text", "html")
        ]
    story = defs.get("StoryRequest")
    if story is not None:
        ids = story["properties"].get("extraction_ids", {})
        ids.setdefault("items", {}).update({"type": "string", "pattern": ID_PATTERN})
        story["anyOf"] = [
            {"required": [name], "properties": {name: {"minItems": 1}}}
            for name in ("articles", "extraction_ids")
        ]
    for batch in ("ArticleBatch", "JobRequest"):
        model = defs.get(batch)
        if model is not None and "articles" in model.get("properties", {}):
            model["properties"]["articles"]["items"] = {
                "anyOf": [{"$ref": REF.format(model="ArticleRequest")}, {"type": "object"}],
                "description": "An article as `ArticleRequest`. Any object is accepted here: one that is "
                "not a valid article fails alone, as its own item with status 422. An item that is not "
                "an object fails the whole request (422).",
            }
