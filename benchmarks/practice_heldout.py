"""The practice client on held-out student turns: pushing, facts, presuppositions, relevance, stance limits.

The turns are in ``benchmarks/data/practice_turns/{heldout,dev2,test}-{nl,en}.jsonl``, written for this
benchmark by writers who never saw the engine's rules or cue lists (one per kind and phrasing: advice in 30
forms, persuading, moralising, reassuring, the student's own story, reflections with and without a stem,
summaries, and factual questions per fact on the persona's sheet, plus questions for facts the sheet does not
hold). ``heldout`` and ``dev2`` were looked at while the engine was built (development sets); ``test`` was
written last, by a writer who saw only the fact sheets, and only its figures are ever read. They are read by
the project's REAL coder; the kinds are only used to count.

Every turn is said mid-talk: a fresh session of its persona (Robert where the turn fits any client) first
gets four warm-up turns (two open questions and two reflections), then the held-out turn.

    python benchmarks/practice_heldout.py [--lang nl en] [--runs 20]

Figures (the issue's targets in brackets):

* pushing recognised: the coder reads an advice, persuading, moralising, reassuring or own-story turn as
  one of the engine's pushes (advice without permission, persuasion, reassurance, self-disclosure) [>= 90%];
  pushing rewarded: such a turn followed by a deeper line than the one before [0].
* facts answered correctly: the reply to a question for a fact on the sheet gives that fact [>= 90%];
  questions for facts not on the sheet answered with "weet ik niet" or a deflection, and with a wrong fact.
* presupposition violations: client lines said before every topic they presuppose had come up, over all
  the replies of this benchmark [0].
* relevance, by this rule: a fact question is answered by its fact; a push meets resistance ("ja, maar",
  push-back, leaving) or, for the student's own story, no deeper line; a reflection is confirmed or
  corrected, or answered with a deeper line, or with a line sharing a topic or a content word (a five-letter
  stem) with it; a summary gets a next step (a deeper line or one of the client's own steps).
* stance limits: the hostile (dennis) and defensive (linda) clients end the talk within 20 pushing turns
  drawn from the held-out pushes [>= 80% of runs]; resistance after three pushes and after two repairs.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from ontmoeting.practice.engine import PUSHES
from ontmoeting.practice.memory import known_topics
from ontmoeting.practice.messages import CLIENT_DEFAULTS
from ontmoeting.practice.persona import Material, Persona, load_personas
from ontmoeting.practice.reading import default_classifier
from ontmoeting.practice.session import PracticeSession
from ontmoeting.practice.state import Move

DATA = Path(__file__).parent / "data" / "practice_turns"
PUSH_KINDS = ("advice", "persuasion", "moralising", "reassurance", "self_disclosure")
REFLECTION_KINDS = ("reflection_stem", "reflection_plain")
WARM_UP = {
    "nl": ["Wat brengt je hier?", "Je zit er echt mee.", "Hoe is dat voor je?", "Het raakt je."],
    "en": [
        "What brings you here?",
        "It's really on your mind.",
        "What is that like for you?",
        "It touches you.",
    ],
}
RESISTS = (Move.YES_BUT, Move.PUSH_BACK, Move.LEAVE)
_STEM = re.compile(r"\w{5,}", re.UNICODE)


#: The development sets (looked at while the engine was built) and the test set (never looked at).
SPLITS = ("heldout", "dev2", "test")
DEVELOPMENT = ("heldout", "dev2")


def load(lang: str, split: str = "heldout") -> list[dict[str, str | None]]:
    path = DATA / f"{split}-{lang}.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def violations(session: PracticeSession) -> int:
    """Client lines said before what they presuppose had come up (checked on what was actually said)."""
    material = session.material
    lines = [line for line in material.spoken_lines() if line.needs]
    lines += [fact for fact in material.facts if fact.needs]  # type: ignore[misc]
    said = [session.opening()]
    found = 0
    for record in session.records:
        for line in lines:
            text = getattr(line, "text", None) or getattr(line, "answer", "")
            if not text or text not in record.client_text:
                continue
            # what came up before: the talk so far, the helper's turn, and this reply up to the line
            before = record.client_text[: record.client_text.index(text)]
            known = known_topics(material, [*said, record.helper_text, before])
            found += not set(line.needs) <= known
        said += [record.helper_text, record.client_text]
    return found


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _STEM.findall(text.lower())}


def _leads(lang: str) -> tuple[str, ...]:
    return tuple(CLIENT_DEFAULTS["confirm"][lang] + CLIENT_DEFAULTS["correct"][lang])


def relevant(kind: str, item: dict, reply, prior_depth: int, material: Material, lang: str) -> bool:  # noqa: ANN001
    """The documented relevance rule (see the module docstring)."""
    deeper = reply.layer > prior_depth
    if kind == "fact":
        return reply.fact == item["fact"]
    if kind == "unknown_fact":
        return reply.move is Move.ANSWER and reply.fact is None
    if kind == "self_disclosure":
        return reply.move in RESISTS or not deeper
    if kind in PUSH_KINDS:
        return reply.move in RESISTS
    if kind in REFLECTION_KINDS:
        if deeper or reply.text.startswith(_leads(lang)):
            return True
        return bool(_stems(str(item["text"])) & _stems(reply.text))
    if kind == "summary":
        own = {line.text for line in material.own_steps}
        return deeper or any(step in reply.text for step in own)
    return True


def warm_session(persona: Persona, lang: str, seed: int, classify) -> PracticeSession:  # noqa: ANN001
    session = PracticeSession(persona, lang, seed, coach=True, classify=classify)
    for text in WARM_UP[lang]:
        session.respond(text)
    return session


def run(languages: list[str], runs: int, splits: tuple[str, ...] = SPLITS) -> dict[str, object]:
    """Every split's figures, and the stance runs (on the pushes of all splits)."""
    classify = default_classifier()
    personas = load_personas()
    results = {split: run_split(split, languages, classify, personas) for split in splits}
    return {"splits": results, "stance": stance_runs(languages, runs, classify, personas)}


def run_split(split: str, languages: list[str], classify, personas: dict[str, Persona]) -> dict:  # noqa: ANN001
    """The figures of one split."""
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # kind -> [relevant, total]
    pushes = [0, 0]  # [recognised, total]
    pushes_by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rewarded = 0
    facts = [0, 0]
    unknown = [0, 0, 0]  # [deflected, wrong fact, total]
    wrong: list[str] = []
    bad_presuppositions = replies = 0
    latencies: list[float] = []
    for lang in languages:
        items = load(lang, split)
        for number, item in enumerate(items):
            kind = str(item["kind"])
            persona = personas[str(item["persona"] or "robert")]
            if lang not in persona.languages:
                continue
            session = warm_session(persona, lang, number, classify)
            prior = session.records[-1].depth
            start = time.perf_counter()
            reply = session.respond(str(item["text"]))
            latencies.append(time.perf_counter() - start)
            replies += len(session.records)
            bad_presuppositions += violations(session)
            hit = relevant(kind, item, reply, prior, session.material, lang)
            per_kind[kind][0] += hit
            per_kind[kind][1] += 1
            if kind in PUSH_KINDS:
                recognised = reply.code in PUSHES and not (reply.code == "advice" and reply.permission)
                pushes[0] += recognised
                pushes[1] += 1
                pushes_by_kind[kind][0] += recognised
                pushes_by_kind[kind][1] += 1
                rewarded += reply.layer > prior
            if kind == "fact":
                facts[0] += reply.fact == item["fact"]
                facts[1] += 1
                if reply.fact != item["fact"]:
                    wrong.append(
                        f"{lang} {item['fact']}: {item['text']!r} -> {reply.fact or reply.move.value}"
                    )
            if kind == "unknown_fact":
                unknown[0] += reply.move is Move.ANSWER and reply.fact is None
                unknown[1] += reply.fact is not None
                unknown[2] += 1
    return {
        "per_kind": dict(per_kind),
        "pushes": pushes,
        "pushes_by_kind": dict(pushes_by_kind),
        "rewarded": rewarded,
        "facts": facts,
        "unknown": unknown,
        "wrong": wrong,
        "violations": bad_presuppositions,
        "replies": replies,
        "latencies": latencies,
    }


def stance_runs(languages: list[str], runs: int, classify, personas: dict[str, Persona]) -> dict:  # noqa: ANN001
    """Runs of 20 pushing turns against the hostile and the defensive client; and a repair after pushing."""
    ended: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    repair: dict[str, list[tuple[float, float]]] = defaultdict(list)
    found = replies = 0
    for lang in languages:
        items = [item for split in SPLITS for item in load(lang, split)]
        push_turns = [str(i["text"]) for i in items if i["kind"] in PUSH_KINDS]
        for persona_id in ("dennis", "linda"):
            persona = personas[persona_id]
            own = [
                str(i["text"])
                for i in items
                if i["kind"] == "reflection_plain" and i["persona"] == persona_id
            ]
            for seed in range(runs):
                rng = random.Random(f"{persona_id}:{lang}:{seed}")
                session = PracticeSession(persona, lang, seed, classify=classify)
                for text in rng.sample(push_turns, 20):
                    if session.respond(text).ended:
                        break
                ended[f"{persona_id} {lang}"][0] += session.ended
                ended[f"{persona_id} {lang}"][1] += 1
                found += violations(session)
                replies += len(session.records)
                # three pushes, then two reflections: resistance before and after the repair
                session = PracticeSession(persona, lang, seed, classify=classify)
                for text in rng.sample(push_turns, 3):
                    session.respond(text)
                pushed = session.state.resistance
                if not session.ended:
                    for text in rng.sample(own, 2):
                        session.respond(text)
                    repair[f"{persona_id} {lang}"].append((pushed, session.state.resistance))
    return {"ended": dict(ended), "repair": dict(repair), "violations": found, "replies": replies}


def pct(hit: int, total: int) -> str:
    return f"{100.0 * hit / total:5.1f}%" if total else "    -"


def report(data: dict) -> None:
    for split, figures in data["splits"].items():
        if figures["replies"]:
            report_split(split, figures)
            print()
    stance = data["stance"]
    print("stance limits: runs of 20 pushing turns that end with the client leaving (target >= 80%)")
    for key, (hit, count) in sorted(stance["ended"].items()):
        print(f"    {key:<12}{pct(hit, count)} of {count}")
    print(
        f"    presupposition violations in these runs: {stance['violations']} "
        f"over {stance['replies']} replies"
    )
    print("repair: mean resistance after three pushes -> after two reflections")
    for key, pairs in sorted(stance["repair"].items()):
        if pairs:
            before = sum(p for p, _ in pairs) / len(pairs)
            after = sum(a for _, a in pairs) / len(pairs)
            print(f"    {key:<12}{before:.2f} -> {after:.2f} over {len(pairs)} runs")


def report_split(split: str, data: dict) -> None:
    pushes, facts, unknown = data["pushes"], data["facts"], data["unknown"]
    seen = "development set, looked at while building" if split in DEVELOPMENT else "test set, never seen"
    print(f"{split}-*.jsonl ({seen}), coder: real default")
    print(f"pushing turns recognised as pushing:     {pct(*pushes)} of {pushes[1]}  (target >= 90%)")
    for kind, (hit, total) in sorted(data["pushes_by_kind"].items()):
        print(f"    {kind:<18}{pct(hit, total)} of {total}")
    print(f"pushing turns rewarded with depth:        {data['rewarded']:5d}   (target 0)")
    print(f"facts on the sheet answered correctly:   {pct(*facts)} of {facts[1]}  (target >= 90%)")
    print(
        f"facts not on the sheet: 'weet ik niet' {pct(unknown[0], unknown[2])}, a wrong fact "
        f"{pct(unknown[1], unknown[2])} of {unknown[2]}"
    )
    print(
        f"presupposition violations:                {data['violations']:5d}   over {data['replies']} replies "
        "(target 0)"
    )
    total_hit = sum(h for h, _ in data["per_kind"].values())
    total = sum(t for _, t in data["per_kind"].values())
    print(f"replies relevant to the turn (rule in the docstring): {pct(total_hit, total)} of {total}")
    for kind, (hit, count) in sorted(data["per_kind"].items()):
        print(f"    {kind:<18}{pct(hit, count)} of {count}")
    latencies = sorted(data["latencies"])
    if latencies:
        p95 = latencies[int(0.95 * (len(latencies) - 1))] * 1000
        print(f"latency of the held-out turn: p95 {p95:.1f} ms over {len(latencies)} turns (target <= 50 ms)")
    if data["wrong"] and split in DEVELOPMENT:  # the test set is never shown: nothing is tuned to it
        print("fact questions not answered with their fact:")
        for line in data["wrong"]:
            print(f"    {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", nargs="+", default=["nl", "en"], choices=["nl", "en"])
    parser.add_argument("--runs", type=int, default=20, help="runs per stance persona and language")
    parser.add_argument(
        "--splits", nargs="+", default=list(SPLITS), choices=SPLITS, help="heldout: the development set"
    )
    args = parser.parse_args(argv)
    began = time.perf_counter()
    report(run(args.lang, args.runs, tuple(args.splits)))
    print(f"total time {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
