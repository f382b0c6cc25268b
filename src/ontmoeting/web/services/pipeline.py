"""The bridge to the analysis layers: reading an upload, pseudonymising, coding, and the feedback analysis.

Each layer is imported when first used, so that the web app starts (and shows a clear message) even where a
layer is missing, and so that tests of the web layer do not pay for loading the coder until they upload.
"""

from __future__ import annotations

import importlib
from typing import Any

from ontmoeting.errors import OntmoetingError
from ontmoeting.transcript.model import Conversation


class LayerMissing(OntmoetingError):
    """A part of ontmoeting the werkplaats needs is not installed in this build."""


def _module(name: str, what_nl: str, what_en: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise LayerMissing(
            "E590",
            nl=f"{what_nl} is in deze installatie niet beschikbaar ({error.name}).",
            en=f"{what_en} is not available in this installation ({error.name}).",
        ) from None


def read_upload(
    data: bytes, filename: str, *, language: str | None = None, max_bytes: int | None = None
) -> Conversation:
    """Exactly one conversation from the uploaded bytes, in any format the foundation reads."""
    io = _module("ontmoeting.transcript.io", "Transcripten inlezen", "Reading transcripts")
    kwargs: dict[str, Any] = {"language": language}
    if max_bytes is not None:
        kwargs["max_bytes"] = max_bytes
    result = io.read_bytes(data, filename, **kwargs)
    if isinstance(result, list):
        if len(result) != 1:
            raise OntmoetingError(
                "E531",
                nl=f"{filename} bevat {len(result)} gesprekken; upload er één per bestand.",
                en=f"{filename} holds {len(result)} conversations; upload one per file.",
                file=filename,
            )
        result = result[0]
    return result


def pseudonymise(conversation: Conversation) -> Conversation:
    """The full de-identification (ontmoeting.transcript.deidentify): speaker names to their roles, and the
    names, places, institutions, dates, phone numbers, e-mail addresses and BSNs in the text to
    placeholders. The Dutch engine (deduce) loads on the first upload of a process (about 11 s)."""
    module = _module("ontmoeting.transcript.deidentify", "De-identificeren", "De-identification")
    result = module.deidentify(conversation)
    return result if isinstance(result, Conversation) else conversation


def code(conversation: Conversation) -> Conversation:
    module = _module("ontmoeting.coding.pipeline", "De coder", "The coder")
    coded = module.load_coder().code(conversation)
    return coded if isinstance(coded, Conversation) else conversation


def feedback_available() -> bool:
    try:
        module = importlib.import_module("ontmoeting.feedback")
    except ImportError:
        return False
    return hasattr(module, "analyse")


def analyse(conversation: Conversation, lang: str) -> Any:
    """The feedback ``Analysis`` (pydantic) of a coded conversation."""
    module = _module("ontmoeting.feedback", "De feedback", "Feedback")
    if not hasattr(module, "analyse"):
        raise LayerMissing(
            "E591",
            nl="De feedback is in deze installatie nog niet beschikbaar.",
            en="Feedback is not available yet.",
        )
    return module.analyse(conversation, lang)


def analysis_from_json(data: dict[str, Any]) -> Any:
    model = _module("ontmoeting.feedback.model", "De feedback", "Feedback")
    return model.Analysis.model_validate(data)


def render_fragment(analysis: Any) -> str | None:
    """The report's content as HTML to place inside a page (escaped by the feedback layer)."""
    module = _module("ontmoeting.feedback", "De feedback", "Feedback")
    render = getattr(module, "render_html_fragment", None)
    return render(analysis) if render else None


def render_document(analysis: Any) -> str | None:
    """The self-contained HTML report for download."""
    module = _module("ontmoeting.feedback", "De feedback", "Feedback")
    render = getattr(module, "render_html", None)
    return render(analysis) if render else None


def headline_measures(analysis: Any) -> dict[str, float | int | None]:
    """The figures the growth charts and group overviews use, from an Analysis (measure keys as documented
    in docs/feedback.md)."""
    data = analysis.model_dump(mode="json") if hasattr(analysis, "model_dump") else dict(analysis)
    values = {m.get("key"): m.get("value") for m in data.get("measures", [])}
    premature = [m for m in data.get("moments", []) if m.get("pattern") == "oplossingsdrang"]
    depth = values.get("depth_reached")
    if depth is None:
        depth = (data.get("depth") or {}).get("max_depth")
    return {
        "reflection_question_ratio": values.get("reflection_question_ratio"),
        "complex_reflection_pct": values.get("percent_complex_reflections"),
        "open_question_pct": values.get("percent_open_questions"),
        "premature_solutions": len(premature),
        "depth_reached": int(depth) if depth is not None else None,
    }
