"""The real AnnoMI files (skipped where ../shared/data is absent)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from ontmoeting.transcript.io import read_conversations
from ontmoeting.transcript.model import Dimension, Role

pytestmark = pytest.mark.shared_data


def test_annomi_full_keeps_every_utterance_and_label(shared_data_dir: Path):
    path = shared_data_dir / "annomi" / "AnnoMI-full.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    conversations = read_conversations(path)
    assert len(conversations) == len({r["transcript_id"] for r in rows})
    turns = [t for c in conversations for t in c.turns]
    assert len(turns) == sum(1 for r in rows if r["utterance_text"].strip())
    assert {c.language for c in conversations} == {"en"}
    main = Counter(r["main_therapist_behaviour"] for r in rows if r["main_therapist_behaviour"])
    read = Counter(t.get(Dimension.ANNOMI).code for t in turns if t.get(Dimension.ANNOMI))
    assert read == main
    behaviour = Counter(t.get(Dimension.BEHAVIOUR).code for t in turns if t.get(Dimension.BEHAVIOUR))
    assert behaviour["open_question"] + behaviour["closed_question"] == main["question"]
    assert behaviour["simple_reflection"] + behaviour["complex_reflection"] == main["reflection"]
    assert all(t.role is (Role.HELPER if t.speaker == "therapist" else Role.CLIENT) for t in turns)


def test_annomi_nl_reads_dutch_or_english_column(shared_data_dir: Path):
    path = shared_data_dir / "annomi-nl" / "AnnoMI-nl-simple.csv"
    assert {c.language for c in read_conversations(path)} == {"nl"}
    assert {c.language for c in read_conversations(path, text_column="utterance_text_en")} == {"en"}
