"""Feedback on a conversation: measures with competence bands, patterns, reflection prompts and reports.

    from ontmoeting.feedback import analyse, render_html, render_terminal
    analysis = analyse(conversation, "nl")      # codes the conversation first when it is not coded yet
    html = render_html(analysis)                # one self-contained file
    data = analysis.model_dump(mode="json")     # everything, with schema_version

Names are imported lazily so that importing the package stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "analyse": "ontmoeting.feedback.analysis",
    "is_coded": "ontmoeting.feedback.analysis",
    "Analysis": "ontmoeting.feedback.model",
    "ANALYSIS_SCHEMA_VERSION": "ontmoeting.feedback.model",
    "PatternKind": "ontmoeting.feedback.model",
    "Band": "ontmoeting.feedback.model",
    "render_terminal": "ontmoeting.feedback.report_terminal",
    "render_html": "ontmoeting.feedback.report_html",
    "render_html_fragment": "ontmoeting.feedback.report_html",
    "report_css": "ontmoeting.feedback.report_html",
    "to_json": "ontmoeting.feedback.report_json",
    "write_json": "ontmoeting.feedback.report_json",
    "json_schema": "ontmoeting.feedback.report_json",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'ontmoeting.feedback' has no attribute {name!r}")
