"""Golden tests of the JSON: a checked-in analysis of a hand-coded conversation, compared field by field.

To update after a deliberate change (and review the diff before committing):

    ONTMOETING_UPDATE_GOLDEN=1 python -m pytest tests/feedback/test_golden.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ontmoeting.feedback.analysis import analyse
from ontmoeting.feedback.model import ANALYSIS_SCHEMA_VERSION, Analysis
from ontmoeting.feedback.report_json import to_json

from .builders import load_table

FIXTURES = Path(__file__).parent / "fixtures"
CASES = [("mira-robert-1", "nl"), ("mira-robert-2", "en")]


def _diff(expected: object, actual: object, path: str = "$") -> list[str]:
    """Every differing field as 'path: expected != actual', so that a failure says what changed."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        problems = [f"{path}.{key}: missing" for key in expected if key not in actual]
        problems += [f"{path}.{key}: unexpected" for key in actual if key not in expected]
        for key in expected.keys() & actual.keys():
            problems += _diff(expected[key], actual[key], f"{path}.{key}")
        return problems
    if isinstance(expected, list) and isinstance(actual, list):
        problems = [] if len(expected) == len(actual) else [f"{path}: {len(expected)} items != {len(actual)}"]
        for index, (a, b) in enumerate(zip(expected, actual, strict=False)):
            problems += _diff(a, b, f"{path}[{index}]")
        return problems
    return [] if expected == actual else [f"{path}: {expected!r} != {actual!r}"]


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_analysis_json_matches_golden(name: str, lang: str) -> None:
    conversation = load_table(FIXTURES / f"{name}.table")
    actual = json.loads(to_json(analyse(conversation, lang)))
    golden = FIXTURES / f"{name}.{lang}.golden.json"
    if os.environ.get("ONTMOETING_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    problems = _diff(expected, actual)
    assert not problems, "analysis differs from the golden JSON:\n" + "\n".join(problems[:40])


def test_golden_json_is_a_valid_analysis_of_this_schema_version() -> None:
    for name, lang in CASES:
        text = (FIXTURES / f"{name}.{lang}.golden.json").read_text(encoding="utf-8")
        analysis = Analysis.model_validate_json(text)
        assert analysis.schema_version == ANALYSIS_SCHEMA_VERSION
        assert analysis.lang == lang
        assert analysis.conversation.coded_by == "given"  # hand-coded: the coder did not run
