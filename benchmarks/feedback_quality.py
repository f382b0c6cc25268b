# ruff: noqa: E501  (table rows stay on one line to stay readable)
"""Quality of the feedback: does it find what a trainer marks, and praise nothing a trainer would correct?

    python benchmarks/feedback_quality.py                 # test split (held out), gold codes and the real coder
    python benchmarks/feedback_quality.py --split train   # the split the rules were designed on (in-sample)
    python benchmarks/feedback_quality.py --json out.json

Patterns: per pattern precision / recall / F1 against the corpus's gold key (corpus/, the guide's section 5),
a match being the same pattern with anchors at most one turn apart. Two inputs apart: the gold codes (how good
the rules are) and the shipped coder on the bare text (what a user gets; the coder never trained on the test
split). False praise: strength moments that credit a turn the key marks or that is a pitfall by its gold
codes. False alarms: concerns in conversations whose key marks nothing.

Session judgement: the MITI global estimates against AnnoMI's high/low MI quality, AUC by cross-validation
by transcript (needs ../shared/data; skipped with a note otherwise). Person change: the exact-match rate of
the person-change tables in tests/data/person_change/ (the rules were written against nl.jsonl and
en.jsonl; heldout/nl.jsonl was written afterwards by a helper who saw only the conventions, and was not
used to change anything).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"pattern_f1": 0.80, "total_f1": 0.85, "precision": 0.90, "auc": 0.85, "person_change": 0.98}


def pattern_scores(conversations, coder, lang_filter: str | None) -> dict:  # noqa: ANN001
    from ontmoeting.coding.training.corpus import patterns_of
    from ontmoeting.feedback.analysis import analyse
    from ontmoeting.feedback.evaluation import Scores, score

    scores = Scores()
    for conversation in conversations:
        if lang_filter and conversation.language != lang_filter:
            continue
        read = conversation
        if coder is not None:
            read = conversation.bare_copy()
            coder.code(read)
        moments = analyse(read, conversation.language).moments
        score(read, patterns_of(conversation), moments, scores, key_codes=conversation)
    return {
        "conversations": scores.conversations,
        "patterns": {
            name: {
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "precision": round(c.precision, 3),
                "recall": round(c.recall, 3),
                "f1": round(c.f1, 3),
            }
            for name, c in sorted(scores.per_pattern.items())
        },
        "total": {
            "precision": round(scores.total.precision, 3),
            "recall": round(scores.total.recall, 3),
            "f1": round(scores.total.f1, 3),
        },
        "false_praise": len(scores.false_praise),
        "false_praise_examples": scores.false_praise[:10],
        "clean_conversations": scores.clean_conversations,
        "false_alarms": len(scores.false_alarms),
        "false_alarm_examples": scores.false_alarms[:10],
    }


def person_change() -> dict:
    from ontmoeting.feedback.person import to_second_person

    results = {}
    tables = ROOT / "tests" / "data" / "person_change"
    for path in [*sorted(tables.glob("*.jsonl")), *sorted((tables / "heldout").glob("*.jsonl"))]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        lang = path.stem
        label = f"{lang} (held out)" if path.parent.name == "heldout" else lang
        wrong = [r for r in rows if to_second_person(r["in"], lang, formal=r.get("form") == "u") != r["out"]]
        results[label] = {"rows": len(rows), "exact": round(1 - len(wrong) / len(rows), 4) if rows else None}
    return results


def session_judgement(data: Path, folds: int) -> dict | None:
    if not (data / "annomi").is_dir():
        print(f"AnnoMI not found in {data}: no session-judgement figures", file=sys.stderr)
        return None
    from ontmoeting.feedback.globals_eval import cross_validated_auc

    return cross_validated_auc(data, folds=folds)


def run(args: argparse.Namespace) -> dict:
    from ontmoeting.coding.pipeline import load_coder
    from ontmoeting.coding.training.corpus import load_corpus

    conversations = load_corpus(args.corpus, splits=(args.split,))
    coder = load_coder(fast=not args.accurate, extra=())
    started = time.perf_counter()
    results: dict = {"split": args.split, "coder": "accurate" if args.accurate else "fast", "inputs": {}}
    for lang in ("nl", "en", None):
        label = lang or "all"
        results["inputs"][f"gold codes/{label}"] = pattern_scores(conversations, None, lang)
        results["inputs"][f"coder/{label}"] = pattern_scores(conversations, coder, lang)
    results["person_change"] = person_change()
    if not args.no_globals:
        results["session_judgement"] = session_judgement(args.data, args.folds)
    results["seconds"] = round(time.perf_counter() - started, 1)
    return results


def show(results: dict, console: Console) -> None:
    names = ("oplossingsdrang", "touwtrekken", "gemiste_kans", "vragenvuur")
    table = Table(
        title=f"patterns on the corpus {results['split']} split (P/R/F1; anchors within one turn)"
        + (" - IN-SAMPLE, the rules were designed on it" if results["split"] == "train" else ", held out")
    )
    for column in ("input", "n", *names, "all", "false praise", "false alarms (clean convs)"):
        table.add_column(column, justify="left" if column == "input" else "right")
    for label, r in results["inputs"].items():
        cells = [
            f"{r['patterns'][n]['precision']:.2f}/{r['patterns'][n]['recall']:.2f}/{r['patterns'][n]['f1']:.2f}"
            for n in names
        ]
        t = r["total"]
        table.add_row(
            label,
            str(r["conversations"]),
            *cells,
            f"{t['precision']:.2f}/{t['recall']:.2f}/{t['f1']:.2f}",
            str(r["false_praise"]),
            f"{r['false_alarms']} ({r['clean_conversations']})",
        )
    console.print(table)
    for lang, r in results["person_change"].items():
        console.print(f"person change {lang}: {r['rows']} rows, exact {r['exact']:.1%}")
    sj = results.get("session_judgement")
    if sj:
        table = Table(
            title=f"session judgement vs AnnoMI mi_quality, AUC ({sj['folds']}-fold CV by transcript, {sj['sessions']} sessions)"
        )
        table.add_column("estimate")
        for lang in sj["auc"]:
            table.add_column(lang, justify="right")
        rows = sorted({k for by in sj["auc"].values() for k in by})
        for row in rows:
            table.add_row(row, *(f"{sj['auc'][lang].get(row, float('nan')):.3f}" for lang in sj["auc"]))
        console.print(table)
    console.print(f"targets: {TARGETS}; {results['seconds']} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--split", choices=("test", "train"), default="test")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--accurate", action="store_true", help="the accurate coder (sentence embeddings)")
    parser.add_argument("--no-globals", action="store_true", help="skip the AnnoMI session judgement")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = run(args)
    show(results, Console(width=200))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
