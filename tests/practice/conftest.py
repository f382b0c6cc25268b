"""Fixtures for the practice tests: a small keyword classifier standing in for the coder.

The engine's rules are tested against readings we choose; the real coder has its own tests and is used by
the benchmark (benchmarks/practice_behaviour.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from ontmoeting.practice.engine import Reading
from ontmoeting.transcript.model import Turn


def fake_classify(text: str, context: Sequence[Turn], language: str) -> Reading:
    """Prefix-tagged turns: 'R:' complex reflection, 'O:' open question, 'C:' closed question,
    'A:' advice, 'AP:' advice with permission, 'P:' persuasion, 'M:' minimal encourager;
    anything else: simple reflection."""
    tags = {
        "R:": ("complex_reflection", False),
        "O:": ("open_question", False),
        "C:": ("closed_question", False),
        "AP:": ("advice", True),
        "A:": ("advice", False),
        "P:": ("persuasion", False),
        "M:": ("other", False),
    }
    for tag, (code, permission) in tags.items():
        if text.startswith(tag):
            return Reading(code, permission, 0.9)
    return Reading("simple_reflection", False, 0.9)


@pytest.fixture
def classify():
    return fake_classify
