"""The project's gold corpus (corpus/): every file valid by the schema and the guide's consistency rules,
the size and spread the gold standard promises, and broken files refused with the field that is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ontmoeting.coding.codebook import load_codebook
from ontmoeting.coding.training.corpus import (
    DEFAULT_CORPUS,
    corpus_files,
    load_corpus,
    patterns_of,
    read_file,
    totals,
)
from ontmoeting.errors import InputError
from ontmoeting.transcript.model import Dimension, Role, Source

pytestmark = pytest.mark.skipif(
    not DEFAULT_CORPUS.is_dir(), reason="no corpus/ folder (not a source checkout)"
)

GOOD = {
    "id": "nl-test-x01",
    "language": "nl",
    "setting": "rouw",
    "level": "beginner",
    "address": "je",
    "author": "test",
    "helper": "Student",
    "client": "Ana",
    "turns": [
        {"role": "helper", "text": "Waar wil je het over hebben?", "code": "open_question", "flags": []},
        {
            "role": "client",
            "text": "Mijn oma is dood. Ik mis haar.",
            "talk": "neutral",
            "depth": 2,
            "flags": ["feeling"],
        },
        {"role": "helper", "text": "Joh, dat komt wel goed.", "code": "reassurance", "flags": []},
        {
            "role": "client",
            "text": "Ja maar het is wel erg.",
            "talk": "neutral",
            "depth": 1,
            "flags": ["yes_but"],
        },
    ],
    "patterns": [{"pattern": "gemiste_kans", "turn": 2}],
}


def test_every_corpus_file_is_valid() -> None:
    items = [read_file(path) for path in corpus_files()]
    assert items, "the corpus is empty"
    assert len({item.id for item in items}) == len(items)


def test_the_corpus_is_as_large_and_varied_as_the_gold_standard_promises() -> None:
    items = [read_file(path) for path in corpus_files()]
    figures = totals(items)
    assert figures["conversations"] >= 160
    assert figures["helper_turns"] >= 4000 and figures["client_turns"] >= 4000
    assert figures["language"]["nl"] >= 2 * figures["conversations"] / 3 - 1
    assert set(figures["level"]) == {"beginner", "intermediate", "skilled"}
    dutch_settings = {item.setting for item in items if item.language == "nl"}
    assert {
        "schuldhulp",
        "jeugdzorg",
        "ouderenzorg",
        "verslavingszorg",
        "pastoraal",
        "rouw",
    } <= dutch_settings
    assert {"studentbegeleiding", "reclassering", "mantelzorg", "werk"} <= dutch_settings
    assert any(item.address == "u" for item in items)
    test_split = [p for p in corpus_files() if p.parent.name == "test"]
    assert len(test_split) >= 30


def test_every_helper_code_of_the_codebook_occurs() -> None:
    figures = totals(read_file(path) for path in corpus_files())
    assert set(figures["code"]) == set(load_codebook().ids(Dimension.BEHAVIOUR))


def test_a_corpus_conversation_becomes_gold_annotations(tmp_path: Path) -> None:
    folder = tmp_path / "train"
    folder.mkdir()
    (folder / "nl-test-x01.json").write_text(json.dumps(GOOD), encoding="utf-8")
    [conversation] = load_corpus(tmp_path, splits=("train",))
    helper, client = conversation.turns[2], conversation.turns[1]
    assert helper.role is Role.HELPER and helper.code == "reassurance"
    assert helper.get(Dimension.BEHAVIOUR).source is Source.HUMAN
    assert client.code == "neutral" and client.depth == 2 and client.has_flag("feeling")
    assert patterns_of(conversation) == [("gemiste_kans", 2)]
    assert conversation.metadata.extra["corpus_split"] == "train"


BROKEN = [
    ("feeling without depth", lambda d: d["turns"][1].update(depth=1), "feeling"),
    ("depth 2 without feeling", lambda d: d["turns"][1].update(flags=[]), "depth 2"),
    ("reflection flag on advice", lambda d: d["turns"][2].update(flags=["summary"]), "only on a reflection"),
    (
        "summary on a simple reflection",
        lambda d: d["turns"][2].update(code="simple_reflection", flags=["summary"]),
        "complex",
    ),
    ("unknown code", lambda d: d["turns"][0].update(code="lecture"), "helper code"),
    ("client flag on a helper", lambda d: d["turns"][0].update(flags=["yes_but"]), "helper flags"),
    ("two helper turns in a row", lambda d: d["turns"].insert(1, dict(d["turns"][0])), "both helper"),
    (
        "anchor on a client turn",
        lambda d: d.update(patterns=[{"pattern": "touwtrekken", "turn": 1}]),
        "anchor",
    ),
    ("English with je", lambda d: d.update(language="en"), "address"),
]


@pytest.mark.parametrize(("name", "change", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_file_is_refused_naming_the_problem(tmp_path: Path, name: str, change, message: str) -> None:  # noqa: ANN001
    data = json.loads(json.dumps(GOOD))
    change(data)
    path = tmp_path / "nl-test-x01.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert str(path) in caught.value.messages["en"] and message in caught.value.messages["en"]


def test_invalid_json_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "nl-test-x01.json"
    path.write_text('{"id": "nl-test-x01",\n "language": }', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert caught.value.code == "E230" and caught.value.line == 2


def test_every_second_annotation_is_valid_and_matches_its_first() -> None:
    from ontmoeting.coding.training.agreement import agreement, pairs

    couples = pairs()
    assert len(couples) >= 0.2 * len(corpus_files())
    figures = agreement(couples)
    assert figures["helper_code"]["kappa"] is not None and figures["talk"]["kappa"] is not None


def test_agreement_is_perfect_for_a_copy_and_drops_for_a_change(tmp_path: Path) -> None:
    from ontmoeting.coding.training.agreement import agreement, disagreements, pairs

    for folder in ("train", "second"):
        (tmp_path / folder).mkdir()
    (tmp_path / "train" / "nl-test-x01.json").write_text(json.dumps(GOOD), encoding="utf-8")
    other = json.loads(json.dumps(GOOD))
    other["turns"][2]["code"] = "advice"
    (tmp_path / "second" / "nl-test-x01.json").write_text(json.dumps(other), encoding="utf-8")
    couples = pairs(tmp_path)
    figures = agreement(couples)
    assert figures["helper_code"]["agreement"] == 0.5
    assert figures["talk"]["kappa"] is None or figures["talk"]["kappa"] == 1.0
    [row] = disagreements(couples)
    assert row["turn"] == 2 and row["differ"]["code"] == ("reassurance", "advice")
