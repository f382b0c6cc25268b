"""The codebook: every code of codes.py is in the YAML, mapped to AnnoMI, and documented in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ontmoeting.coding.codebook import load_codebook, parse_codebook
from ontmoeting.coding.codebook_doc import render_markdown
from ontmoeting.coding.codes import AnnomiLabel, ClientCode, DepthCode, Flag, HelperCode
from ontmoeting.errors import ConfigError
from ontmoeting.transcript.model import DEPTH_LEVELS, Dimension

DOCS = Path(__file__).resolve().parents[2] / "docs" / "codebook.md"
ENUMS = [
    (HelperCode, Dimension.BEHAVIOUR),
    (ClientCode, Dimension.TALK),
    (Flag, Dimension.FLAG),
    (DepthCode, Dimension.DEPTH),
]


@pytest.mark.parametrize(("enum", "dimension"), ENUMS)
def test_every_enum_value_is_in_the_yaml_and_nothing_else(enum, dimension) -> None:
    assert set(load_codebook().ids(dimension)) == {member.value for member in enum}


def test_every_helper_code_maps_to_an_annomi_label_and_every_label_is_used() -> None:
    codebook = load_codebook()
    labels = {label.value for label in AnnomiLabel}
    assert {label.id for label in codebook.annomi_labels} == labels
    mapped = {code.value: codebook.annomi_label(code.value) for code in HelperCode}
    assert set(mapped.values()) == labels  # each AnnoMI label is reachable
    # The mapping the issue and the AnnoMI annotators fix:
    assert mapped["open_question"] == mapped["closed_question"] == "question"
    assert mapped["simple_reflection"] == mapped["complex_reflection"] == "reflection"
    assert mapped["information"] == mapped["advice"] == mapped["persuasion"] == "therapist_input"
    assert mapped["affirmation"] == mapped["other"] == "other"


def test_client_codes_map_to_the_annomi_talk_type_and_flags_and_depth_to_none() -> None:
    codebook = load_codebook()
    for code in ClientCode:
        assert codebook.annomi_label(code.value) == code.value
    for entry in codebook.codes_for(Dimension.FLAG) + codebook.codes_for(Dimension.DEPTH):
        assert entry.annomi is None and entry.annomi_note is not None


def test_the_ambiguous_mappings_carry_a_reason_in_both_languages() -> None:
    codebook = load_codebook()
    for code in ("autonomy", "structuring", "self_disclosure", "affirmation"):
        note = codebook.get(Dimension.BEHAVIOUR, code).annomi_note
        assert note is not None and note.nl and note.en and note.nl != note.en


def test_depth_levels_match_the_transcript_model() -> None:
    codebook = load_codebook()
    assert {entry.id: entry.level for entry in codebook.codes_for(Dimension.DEPTH)} == DEPTH_LEVELS


def test_every_code_has_name_definition_and_examples_in_dutch_and_english() -> None:
    for entry in load_codebook().codes:
        assert entry.name.nl and entry.name.en
        assert entry.definition.nl != entry.definition.en
        assert entry.examples.nl and entry.examples.en


def test_docs_document_every_code_in_both_languages() -> None:
    text = DOCS.read_text(encoding="utf-8")
    sections = re.split(r"^### ", text, flags=re.MULTILINE)[1:]
    by_id = {re.match(r"`(\w+)`", section).group(1): section for section in sections}
    for entry in load_codebook().codes:
        section = by_id[entry.id]
        for lang in ("nl", "en"):
            assert entry.definition.get(lang) in section
            assert all(example in section for example in entry.examples.get(lang))


def test_docs_are_generated_from_the_current_yaml() -> None:
    assert DOCS.read_text(encoding="utf-8") == render_markdown(load_codebook()), (
        "docs/codebook.md is out of date: python -m ontmoeting.coding.codebook_doc > docs/codebook.md"
    )


def test_names_in_both_languages_and_unknown_codes_shown_as_they_are() -> None:
    codebook = load_codebook()
    assert codebook.name(Dimension.BEHAVIOUR, "advice", "nl") == "Advies of oplossing"
    assert codebook.name(Dimension.BEHAVIOUR, "advice", "en") == "Advice or solution"
    assert codebook.name(Dimension.ANNOMI, "therapist_input", "nl") == "Inbreng hulpverlener"
    assert codebook.name(Dimension.BEHAVIOUR, "no_such_code", "nl") == "no_such_code"
    with pytest.raises(ConfigError) as caught:
        codebook.get(Dimension.BEHAVIOUR, "no_such_code")
    assert caught.value.code == "E202"


def test_a_broken_codebook_is_a_config_error_naming_the_problem() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_codebook("version: 1\ncodes: [", "broken.yaml")
    assert caught.value.code == "E203" and caught.value.file == "broken.yaml" and caught.value.line
    good = (
        Path(load_codebook.__wrapped__.__code__.co_filename)
        .with_name("codebook.yaml")
        .read_text(encoding="utf-8")
    )
    unmapped = good.replace(
        "  - id: advice\n    dimension: behaviour\n    role: helper\n    annomi: therapist_input",
        "  - id: advice\n    dimension: behaviour\n    role: helper\n    annomi: advice",
    )
    assert unmapped != good
    with pytest.raises(ConfigError, match="AnnoMI label"):
        parse_codebook(unmapped)


def test_a_code_without_an_annomi_label_has_its_own_error_code():
    with pytest.raises(ConfigError) as caught:
        load_codebook().annomi_label("no_such_code")
    assert caught.value.code == "E204"
