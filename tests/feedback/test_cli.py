"""``ontmoeting analyse``: one file, several files or a folder; reports written; user errors exit with 2."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from ontmoeting.cli.main import app

runner = CliRunner()


def test_one_file_prints_feedback_and_writes_reports(examples_dir: Path, tmp_path: Path) -> None:
    report, data = tmp_path / "r.html", tmp_path / "r.json"
    result = runner.invoke(
        app,
        [
            "analyse",
            str(examples_dir / "mira-robert-1.txt"),
            "--report",
            str(report),
            "--json",
            str(data),
            "--lang",
            "nl",
        ],
        env={"COLUMNS": "140"},
    )
    assert result.exit_code == 0, result.output
    assert "Touwtrekken" in result.output and "Oplossing vóór verkenning" in result.output
    assert report.read_text(encoding="utf-8").startswith("<!doctype html>")
    analysis = json.loads(data.read_text(encoding="utf-8"))
    assert analysis["schema_version"] == 1 and analysis["lang"] == "nl"
    assert {m["pattern"] for m in analysis["moments"]} >= {"oplossingsdrang", "touwtrekken"}


def test_folder_gives_one_report_each_and_an_overview(examples_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("mira-robert-1.txt", "mira-robert-2.txt"):
        shutil.copy(examples_dir / name, folder / name)
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["analyse", str(folder), "--out-dir", str(out), "--lang", "en"], env={"COLUMNS": "160"}
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "mira-robert-1.html",
        "mira-robert-1.json",
        "mira-robert-2.html",
        "mira-robert-2.json",
        "overview.csv",
        "overview.html",
    ]
    rows = list(csv.reader((out / "overview.csv").read_text(encoding="utf-8").splitlines()))
    header, first, second = rows
    column = header.index("tug of war")  # --lang en: English names only
    assert "touwtrekken" not in header
    assert int(first[column]) >= 1 and second[column] == "0"
    assert 'href="mira-robert-1.html"' in (out / "overview.html").read_text(encoding="utf-8")


def test_a_broken_file_in_a_batch_is_reported_and_the_rest_done(examples_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "leeg.txt"
    broken.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["analyse", str(examples_dir / "mira-robert-2.txt"), str(broken), "-o", str(out), "--lang", "en"]
    )
    assert result.exit_code == 2
    assert (out / "mira-robert-2.html").exists()
    assert "leeg.txt" in (out / "overview.csv").read_text(encoding="utf-8")


def test_user_errors_exit_2_without_traceback(examples_dir: Path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["analyse", str(tmp_path / "nope.txt"), "--lang", "nl"])
    assert missing.exit_code == 2 and "E304" in missing.output and "Traceback" not in missing.output
    many = runner.invoke(
        app,
        [
            "analyse",
            str(examples_dir / "mira-robert-1.txt"),
            str(examples_dir / "mira-robert-2.txt"),
            "--report",
            str(tmp_path / "x.html"),
        ],
    )
    assert many.exit_code == 2 and "E306" in many.output
    source = tmp_path / "gesprek.txt"
    shutil.copy(examples_dir / "mira-robert-1.txt", source)
    overwrite = runner.invoke(app, ["analyse", str(source), "--report", str(source)])
    assert overwrite.exit_code == 2 and "E305" in overwrite.output
    assert source.read_text(encoding="utf-8") == (examples_dir / "mira-robert-1.txt").read_text(
        encoding="utf-8"
    )
