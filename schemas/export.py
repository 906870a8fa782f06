"""Write the contract's JSON Schemas to ``schemas/*.schema.json``.

Run ``python -m schemas.export`` after changing a model; a test fails while the
checked-in files are stale.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from schemas.models import ArticleRequest, Extraction, ExtractionDraft
from schemas.story import Story, StoryRequest

SCHEMA_DIR = Path(__file__).resolve().parent

EXPORTS: dict[str, type[BaseModel]] = {
    "article_request": ArticleRequest,
    "extraction": Extraction,
    "extraction_draft": ExtractionDraft,
    "story": Story,
    "story_request": StoryRequest,
}


def render(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> None:
    for name, model in EXPORTS.items():
        (SCHEMA_DIR / f"{name}.schema.json").write_text(render(model), encoding="utf-8")


if __name__ == "__main__":
    main()
