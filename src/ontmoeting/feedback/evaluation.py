"""How well the feedback finds what a trainer marks: moments against a gold key of pattern occurrences.

A gold occurrence is (pattern, anchor turn) as the annotation guide defines them (docs/annotation-guide.md,
section 5). A found moment matches a gold occurrence of the same pattern when their anchors are at most
``tolerance`` turns apart; each gold occurrence is matched once (nearest first). Besides precision and recall:

* **false praise**: a strength moment that credits a helper turn the key marks as an error, or that is
  itself a pitfall by the gold codes (advice without permission, persuasion, reassurance, a why-question,
  a topic change);
* **false alarms**: concern moments in conversations whose key marks nothing and whose gold codes hold no
  pitfall.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ontmoeting.coding.codes import Flag, HelperCode
from ontmoeting.feedback.model import Moment, PatternKind, Valence
from ontmoeting.transcript.model import Conversation, Role, Turn

#: The patterns of the gold key, by the names the corpus uses.
KEY_PATTERNS = {
    "oplossingsdrang": PatternKind.PREMATURE_SOLUTION,
    "touwtrekken": PatternKind.TUG_OF_WAR,
    "gemiste_kans": PatternKind.MISSED_OPENING,
    "vragenvuur": PatternKind.QUESTION_BARRAGE,
}

_PITFALL_CODES = {HelperCode.PERSUASION.value, HelperCode.REASSURANCE.value}
_PITFALL_FLAGS = (Flag.WHY_QUESTION.value, Flag.TOPIC_CHANGE.value)


def is_pitfall(turn: Turn) -> bool:
    """A helper turn that trainers correct whatever came before it, by its (gold) codes."""
    if turn.role is not Role.HELPER:
        return False
    if turn.code in _PITFALL_CODES or any(turn.has_flag(f) for f in _PITFALL_FLAGS):
        return True
    return turn.code == HelperCode.ADVICE.value and not turn.has_flag(Flag.PERMISSION.value)


def credited_turns(found: Moment, conversation: Conversation) -> list[int]:
    """The helper turns a strength moment praises: its helper turns (the anchor when it is one)."""
    return [i for i in found.turns if conversation.turns[i].role is Role.HELPER]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    per_pattern: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    false_praise: list[tuple[str, int, str]] = field(default_factory=list)  # (conversation, turn, pattern)
    false_alarms: list[tuple[str, int, str]] = field(default_factory=list)
    clean_conversations: int = 0
    conversations: int = 0

    @property
    def total(self) -> Counts:
        total = Counts()
        for counts in self.per_pattern.values():
            total.add(counts)
        return total


def match(gold: Iterable[int], found: Iterable[int], tolerance: int = 1) -> Counts:
    """True/false positives and misses between gold anchors and found anchors of one pattern."""
    remaining = sorted(gold)
    counts = Counts()
    for anchor in sorted(found):
        near = [g for g in remaining if abs(g - anchor) <= tolerance]
        if near:
            remaining.remove(min(near, key=lambda g: (abs(g - anchor), g)))
            counts.tp += 1
        else:
            counts.fp += 1
    counts.fn = len(remaining)
    return counts


def score(
    conversation: Conversation,
    gold: Sequence[tuple[str, int]],
    moments: Sequence[Moment],
    scores: Scores,
    *,
    key_codes: Conversation | None = None,
    tolerance: int = 1,
) -> None:
    """Add one conversation's comparison to ``scores``. ``key_codes`` is the conversation with the gold
    codes, used to judge praise (default: ``conversation`` itself)."""
    key = key_codes or conversation
    scores.conversations += 1
    for name, kind in KEY_PATTERNS.items():
        expected = [turn for pattern, turn in gold if pattern == name]
        found = [m.anchor for m in moments if m.pattern is kind]
        scores.per_pattern[name].add(match(expected, found, tolerance))
    marked = {turn for _, turn in gold}
    for found in moments:
        if found.valence is not Valence.STRENGTH:
            continue
        for index in credited_turns(found, key):
            if index in marked or is_pitfall(key.turns[index]):
                scores.false_praise.append((conversation.id, index, found.pattern.value))
    if not gold and not any(is_pitfall(t) for t in key.turns):
        scores.clean_conversations += 1
        for found in moments:
            if found.valence is Valence.CONCERN:
                scores.false_alarms.append((conversation.id, found.anchor, found.pattern.value))
