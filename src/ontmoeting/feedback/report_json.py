"""The analysis as JSON for other tools: ``Analysis.model_dump(mode="json")``, with ``schema_version``.

The fields are documented in docs/feedback.md; :func:`json_schema` gives the machine-readable JSON Schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ontmoeting.feedback.model import Analysis


def to_dict(analysis: Analysis) -> dict[str, Any]:
    return analysis.model_dump(mode="json")


def to_json(analysis: Analysis, *, indent: int | None = 2) -> str:
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=indent)


def from_json(text: str) -> Analysis:
    return Analysis.model_validate_json(text)


def json_schema() -> dict[str, Any]:
    return Analysis.model_json_schema()


def write_json(analysis: Analysis, path: str | Path) -> None:
    Path(path).write_text(to_json(analysis) + "\n", encoding="utf-8")
