from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from ontmoeting.errors import ConfigError, NotFoundError
from ontmoeting.practice.persona import (
    PERSONA_DIR,
    Stance,
    get_persona,
    load_persona,
    load_personas,
    parse_persona,
)

ROBERT = (PERSONA_DIR / "robert.yaml").read_text(encoding="utf-8")


def test_every_shipped_persona_loads_in_both_languages():
    personas = load_personas()
    assert {"robert", "sanne", "dennis", "marja", "linda", "erik"} <= set(personas)
    stances = {p.stance for p in personas.values()}
    assert {Stance.AFRAID, Stance.HOSTILE, Stance.HELPLESS, Stance.DEFENSIVE, Stance.AMBIVALENT} <= stances
    for persona in personas.values():
        assert persona.languages == ["nl", "en"], persona.id
        for lang in ("nl", "en"):
            material = persona.material(lang)
            for layer in range(4):
                lines = material.layers.level(layer)
                assert len(lines) >= 6 and len(set(lines)) == len(lines), (persona.id, lang, layer)
            assert len(material.yes_but) >= 6 and len(material.short_answers) >= 8, (persona.id, lang)


def test_a_broken_field_names_file_line_and_field(tmp_path: Path):
    broken = ROBERT.replace("stance: reserved", "stance: grumpy")
    path = tmp_path / "broken.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_persona(path)
    error = caught.value
    assert error.code == "E403"
    assert error.file == str(path)
    assert error.line == broken.splitlines().index("stance: grumpy") + 1
    assert "'stance'" in error.render("en") and "'stance'" in error.render("nl")


def test_a_missing_nested_field_is_named_with_its_path(tmp_path: Path):
    lines = ROBERT.split("\nen:\n")[0].splitlines()
    start = lines.index("    feelings:")
    end = lines.index("    meaning:")
    text = "\n".join(lines[:start] + lines[end:]) + "\n"
    with pytest.raises(ConfigError) as caught:
        parse_persona(text, "robert-kapot.yaml")
    assert caught.value.code == "E403"
    assert "nl.layers.feelings" in caught.value.render("en")
    assert caught.value.file == "robert-kapot.yaml"


def test_too_few_lines_and_bad_thresholds_are_refused():
    few = re.sub(r"  yes_but:\n(    (- |  ).*\n)+", "  yes_but: [Ja, maar nee.]\n", ROBERT, count=1)
    with pytest.raises(ConfigError, match=r"Field 'nl\.yes_but'"):
        parse_persona(few)
    bad = ROBERT.replace("layer_thresholds: [0.2, 0.45, 0.7]", "layer_thresholds: [0.7, 0.45, 0.2]")
    with pytest.raises(ConfigError, match="layer_thresholds"):
        parse_persona(bad)


def test_invalid_yaml_gives_the_line():
    text = "id: x\nstance: afraid\nnl:\n  name: [unclosed\n"
    with pytest.raises(ConfigError) as caught:
        parse_persona(text, "x.yaml")
    assert caught.value.code == "E401" and caught.value.line is not None


def test_a_persona_needs_a_language_and_speaks_only_its_own():
    with pytest.raises(ConfigError, match="at least one language"):
        parse_persona("id: x\nstance: afraid\n")
    only_dutch = parse_persona(ROBERT.split("\nen:\n")[0])
    assert only_dutch.languages == ["nl"]
    with pytest.raises(ConfigError) as caught:
        only_dutch.material("en")
    assert caught.value.code == "E405"


def test_unknown_persona_lists_the_known_ones():
    with pytest.raises(NotFoundError) as caught:
        get_persona("nobody")
    assert caught.value.code == "E407"
    assert "robert" in caught.value.render("nl") and "sanne" in caught.value.render("en")


def test_a_trainers_folder_and_duplicate_ids(tmp_path: Path):
    (tmp_path / "a.yaml").write_text(ROBERT, encoding="utf-8")
    assert list(load_personas(tmp_path)) == ["robert"]
    (tmp_path / "b.yaml").write_text(ROBERT, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_personas(tmp_path)
    assert caught.value.code == "E406" and caught.value.file.endswith("b.yaml")


def test_the_documented_example_is_a_valid_persona():
    docs = Path(__file__).resolve().parents[2] / "docs" / "personas.md"
    text = docs.read_text(encoding="utf-8")
    example = re.search(r"## A full example.*?```yaml\n(.*?)```", text, re.S).group(1)
    persona = parse_persona(example, "docs/personas.md")
    assert persona.id == "tom" and persona.languages == ["nl"]
    material = persona.material("nl")
    assert material.facts and material.topics and any(line.needs for line in material.spoken_lines())
    # every block in the guide is valid YAML
    for block in re.findall(r"```yaml\n(.*?)```", text, re.S):
        yaml.safe_load(block)
