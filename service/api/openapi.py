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
