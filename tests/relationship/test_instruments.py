"""Instruments as data: every shipped instrument loads; broken files give coded errors naming file, field,
line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ontmoeting.errors import ConfigError, NotFoundError
from ontmoeting.relationship.instrument import (
    BUILTIN_DIR,
    INSTRUMENTS_DIR_ENV,
    InstrumentKind,
    available_instruments,
    get_instrument,
    load_instrument,
    load_instruments,
)

SHIPPED = sorted(BUILTIN_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_instrument_loads_in_both_languages(path: Path) -> None:
    instrument = load_instrument(path)
    assert instrument.languages == ["nl", "en"]
    assert len(instrument.items) == 4
    for item in instrument.items:
        for text in (item.text, item.anchors.low, item.anchors.high):
            assert text.nl and text.en and text.nl != text.en
    assert instrument.total.min == 0 and instrument.total.max == 40
    assert instrument.norms.provisional, "project scales have no norms yet; the file must say so"
    assert instrument.norms.note is not None and "docs/relationship.md" in instrument.norms.note.en
    assert instrument.licence.free_to_use and instrument.licence.holder == "The ontmoeting contributors"


def test_the_two_project_scales_are_there_with_their_kinds() -> None:
    instruments = load_instruments((BUILTIN_DIR,))
    assert instruments["ontmoeting-relatie"].kind is InstrumentKind.RELATIONSHIP
    assert instruments["ontmoeting-welzijn"].kind is InstrumentKind.WELLBEING
    assert instruments["ontmoeting-relatie"].item_ids == ["heard", "goals", "approach", "overall"]
    assert instruments["ontmoeting-welzijn"].item_ids == ["personal", "relationships", "social", "overall"]
    # the reliable change in points follows from SD and r: 1.96 * 6 * sqrt(2) * sqrt(0.15)
    assert instruments["ontmoeting-welzijn"].reliable_change() == pytest.approx(6.4412, abs=1e-3)


def _write(tmp_path: Path, data: dict, name: str = "broken.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _base() -> dict:
    return yaml.safe_load((BUILTIN_DIR / "relatie.yaml").read_text(encoding="utf-8"))


def _break_item_language(d: dict) -> None:
    del d["items"][1]["text"]["en"]


def _break_duplicate_item(d: dict) -> None:
    d["items"][2]["id"] = "heard"


def _break_total(d: dict) -> None:
    d["total"]["max"] = 50


def _break_step(d: dict) -> None:
    d["scale"]["step"] = 3


def _break_unknown_field(d: dict) -> None:
    d["colour"] = "blue"


def _break_cutoff(d: dict) -> None:
    d["cutoff"]["value"] = 45


def _break_reliability(d: dict) -> None:
    d["norms"]["reliability"] = 1.2


def _break_drop(d: dict) -> None:
    del d["drop_threshold"]


def _break_kind(d: dict) -> None:
    d["kind"] = "alliance"


@pytest.mark.parametrize(
    ("breaker", "code", "field"),
    [
        (_break_item_language, "E604", "items.1.text.en"),
        (_break_duplicate_item, "E606", "items.2.id"),
        (_break_total, "E605", "total"),
        (_break_step, "E603", "scale"),
        (_break_unknown_field, "E603", "colour"),
        (_break_cutoff, "E605", "cutoff.value"),
        (_break_reliability, "E603", "norms.reliability"),
        (_break_drop, "E603", "drop_threshold"),
        (_break_kind, "E603", "kind"),
    ],
)
def test_broken_instruments_give_coded_errors_naming_file_and_field(tmp_path, breaker, code, field) -> None:
    data = _base()
    breaker(data)
    path = _write(tmp_path, data)
    with pytest.raises(ConfigError) as caught:
        load_instrument(path)
    error = caught.value
    assert error.code == code
    assert error.file == str(path)
    assert f"'{field}'" in error.render("en") and f"'{field}'" in error.render("nl")
    assert error.line is not None and error.line >= 1


def test_the_line_points_at_the_broken_field(tmp_path) -> None:
    text = (
        (BUILTIN_DIR / "relatie.yaml")
        .read_text(encoding="utf-8")
        .replace("reliability: 0.80", "reliability: 2")
    )
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_instrument(path)
    expected = next(i for i, line in enumerate(text.splitlines(), 1) if "reliability: 2" in line)
    assert caught.value.line == expected


def test_invalid_yaml_and_non_mapping(tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_instrument(bad)
    assert caught.value.code == "E601" and caught.value.line is not None
    listed = tmp_path / "list.yaml"
    listed.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_instrument(listed)
    assert caught.value.code == "E602"


def test_two_files_with_one_id_in_a_directory_are_refused(tmp_path) -> None:
    _write(tmp_path, _base(), "a.yaml")
    _write(tmp_path, _base(), "b.yaml")
    with pytest.raises(ConfigError) as caught:
        load_instruments((tmp_path,))
    assert caught.value.code == "E606" and caught.value.file.endswith("b.yaml")


def test_an_organisation_adds_its_own_instrument_by_directory(tmp_path, monkeypatch) -> None:
    data = _base()
    data.update(
        id="org-alliance",
        version="2024",
        licence={"id": "Licensed to Example GGZ", "holder": "Vendor", "free_to_use": False},
    )
    data["norms"]["provisional"] = False
    _write(tmp_path, data, "org.yaml")
    monkeypatch.setenv(INSTRUMENTS_DIR_ENV, str(tmp_path))
    instruments = available_instruments()
    assert "org-alliance" in instruments and "ontmoeting-relatie" in instruments
    assert get_instrument("org-alliance", InstrumentKind.RELATIONSHIP).licence.free_to_use is False
    with pytest.raises(ConfigError):
        get_instrument("org-alliance", InstrumentKind.WELLBEING)


def test_missing_instrument_dir_and_unknown_instrument(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(INSTRUMENTS_DIR_ENV, str(tmp_path / "nope"))
    with pytest.raises(ConfigError) as caught:
        available_instruments()
    assert caught.value.code == "E607"
    monkeypatch.delenv(INSTRUMENTS_DIR_ENV)
    with pytest.raises(NotFoundError) as caught:
        get_instrument("srs")
    assert caught.value.code == "E608"
