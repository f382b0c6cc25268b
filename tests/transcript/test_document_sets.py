"""The development sets of Word and PDF transcripts (benchmarks/data/documents/dev, dev2) read exactly as
their answer keys say. The blind sets (test, test2) are only measured by benchmarks/document_layouts.py."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from ontmoeting.transcript.io import read_conversation

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "documents"
CASES = [
    (split, entry)
    for split in ("dev", "dev2")
    for entry in json.loads((DATA / split / "key.json").read_text(encoding="utf-8"))["files"]
]


def _normal(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return " ".join(re.sub(r"(\w)- (\w)", r"\1-\2", text).split())


@pytest.mark.parametrize(("split", "entry"), CASES, ids=[f"{s}/{e['file']}" for s, e in CASES])
def test_each_development_document_reads_as_its_key(split: str, entry: dict):
    conversation = read_conversation(DATA / split / entry["file"])
    got = [(t.speaker, t.role.value, _normal(t.text), _normal(t.note) or None) for t in conversation.turns]
    wanted = [
        (t["speaker"], t["role"], _normal(t["text"]), _normal(t.get("note")) or None) for t in entry["turns"]
    ]
    assert got == wanted
