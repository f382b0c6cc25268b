"""Person change against the tables, the pattern matcher, the corpus regression guard, the MITI globals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ontmoeting.coding.training.corpus import DEFAULT_CORPUS, load_corpus, patterns_of
from ontmoeting.feedback.analysis import analyse
from ontmoeting.feedback.evaluation import Scores, match, score
from ontmoeting.feedback.globals import GLOBALS, judge
from ontmoeting.feedback.measures import compute_measures
from ontmoeting.feedback.person import to_second_person

from .builders import conversation_from_table

TABLES = Path(__file__).resolve().parent.parent / "data" / "person_change"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("path", "minimum"),
    [(TABLES / "nl.jsonl", 0.98), (TABLES / "en.jsonl", 0.98), (TABLES / "heldout" / "nl.jsonl", 0.95)],
    ids=["nl", "en", "nl-held-out"],
)
def test_person_change_tables(path: Path, minimum: float) -> None:
    rows = _rows(path)
    lang = path.stem
    assert len(rows) >= (200 if path.parent == TABLES and lang == "nl" else 80)
    wrong = [r for r in rows if to_second_person(r["in"], lang, formal=r.get("form") == "u") != r["out"]]
    assert 1 - len(wrong) / len(rows) >= minimum, wrong[:5]


@pytest.mark.parametrize(
    ("sentence", "formal", "expected"),
    [
        ("Nu ga ik er nooit meer heen.", False, "Nu ga je er nooit meer heen."),
        ("Nu ga ik er nooit meer heen.", True, "Nu gaat u er nooit meer heen."),
        ("Soms kan ik niet slapen omdat ik bang ben.", False, "Soms kun je niet slapen omdat je bang bent."),
        ("Ik schaam me voor mijn zoon.", True, "U schaamt zich voor uw zoon."),
        ("Hij belt me nooit terug.", True, "Hij belt u nooit terug."),
    ],
)
def test_dutch_verb_positions(sentence: str, formal: bool, expected: str) -> None:
    assert to_second_person(sentence, "nl", formal=formal) == expected


def test_english_was_and_contractions() -> None:
    assert (
        to_second_person("I was scared, and I'm still scared.", "en")
        == "You were scared, and you're still scared."
    )


def test_match_pairs_each_gold_occurrence_once_within_one_turn() -> None:
    counts = match([4, 10], [5, 6, 20])
    assert (counts.tp, counts.fp, counts.fn) == (1, 2, 1)


def test_praise_of_a_pitfall_is_counted_as_false_praise() -> None:
    table = """
    C neutral d1 | Ik weet het niet.
    H reassurance | Komt goed.
    C neutral d2 feeling | Ik ben gewoon bang.
    """
    conversation = conversation_from_table(table)
    from ontmoeting.feedback.model import Moment, PatternKind, Valence

    praise = Moment(
        id="m1",
        pattern=PatternKind.DEEPENING,
        valence=Valence.STRENGTH,
        pattern_name="",
        anchor=2,
        turns=[1, 2],
        title="",
        reason="",
        quote="",
    )
    scores = Scores()
    score(conversation, [], [praise], scores)
    assert scores.false_praise == [(conversation.id, 1, "verdieping")]


@pytest.mark.skipif(not (DEFAULT_CORPUS / "train").is_dir(), reason="the corpus is not in this checkout")
def test_patterns_follow_the_gold_key_on_the_train_split_with_gold_codes() -> None:
    """A regression guard on the split the rules were designed on (the held-out figures are the
    benchmark's): every pattern F1 >= 0.75, together >= 0.88, and nothing praised that the key corrects."""
    scores = Scores()
    for conversation in load_corpus(splits=("train",)):
        score(conversation, patterns_of(conversation), analyse(conversation).moments, scores)
    assert scores.total.f1 >= 0.88
    assert all(c.f1 >= 0.75 for c in scores.per_pattern.values()), dict(scores.per_pattern)
    assert scores.false_praise == []


def test_judgement_rests_on_the_codes() -> None:
    good = """
    H open_question | Wat brengt je hier?
    C change d2 feeling | Ik wil minder drinken, ik schaam me ervoor.
    H complex_reflection reflects_feeling | Je wilt het anders, en het schaamt je.
    C sustain d1 yes_but | Maar het is ook mijn ontspanning.
    H complex_reflection double_sided | Het ontspant je, én je wilt het minder.
    C change d2 | Ja, ik wil het echt.
    H affirmation | Dat je dat zo eerlijk zegt, knap.
    """
    poor = """
    H closed_question | Hoeveel drink je?
    C change d1 | Te veel, ik wil minder.
    H advice | Stop er gewoon mee.
    C sustain d1 yes_but | Ja, maar dat lukt niet.
    H persuasion | Het moet echt, anders gaat het mis.
    C sustain d1 yes_but | Ik zie wel.
    H advice | Ga naar de huisarts.
    """
    high, low = (
        judge(c, compute_measures(c, "nl"), "nl") for c in map(conversation_from_table, (good, poor))
    )
    assert [g.key for g in high.globals] == list(GLOBALS)
    for better, worse in zip(high.globals, low.globals, strict=True):
        assert better.value > worse.value, better.key
        assert 1 <= worse.value <= better.value <= 5 and better.basis
    assert high.overall > 3.5 > low.overall
