"""Training the statistical coder: ``python -m ontmoeting.coding.training`` or ``ontmoeting train``.

Reads AnnoMI + AnnoMI-nl (and optional extra labelled conversations), optionally cross-validates by
transcript to choose calibration temperatures and record figures, fits each configuration on all data
and writes ``<configuration>.npz`` + ``metadata.json`` into the output folder. Deterministic for a seed.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from ontmoeting.transcript.model import Conversation

MODEL_VERSION = "1.2.0"
REBUILD = (
    "python -m ontmoeting.coding.training --data ../shared/data --corpus corpus"
    " --output src/ontmoeting/coding/models --folds 3 --seed 0"
    " --embedding-cache /tmp/ontmoeting/embeddings.npz"
)


def load_embedding_cache(path: Path | None) -> dict[str, np.ndarray]:
    if path is None or not Path(path).is_file():
        return {}
    with np.load(path, allow_pickle=False) as data:
        return dict(zip(data["texts"].tolist(), data["vectors"], strict=True))


def save_embedding_cache(path: Path | None, table: dict[str, np.ndarray]) -> None:
    if path is None or not table:
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    texts = list(table)
    np.savez(path, texts=np.array(texts), vectors=np.vstack([table[t] for t in texts]).astype(np.float32))


def run_training(
    conversations: Sequence[Conversation],
    output: Path,
    *,
    configurations: Sequence[str] = ("accurate", "fast"),
    folds: int = 5,
    seed: int = 0,
    embedding_cache: Path | None = None,
    progress: Callable[[str], None] = print,
) -> dict[str, object]:
    """Fit and write the model files; returns the metadata written to ``metadata.json``."""
    import sklearn

    from ontmoeting.coding import embeddings
    from ontmoeting.coding.training.calibration import expected_calibration_error, fit_temperatures
    from ontmoeting.coding.training.crossval import cascade, cross_validate, embedded_share, report
    from ontmoeting.coding.training.data import data_hash, examples_from
    from ontmoeting.coding.training.fit import CONFIGURATIONS, fit

    examples = examples_from(conversations)
    table = load_embedding_cache(embedding_cache)
    embedder = None
    if "accurate" in configurations:
        embedder = embeddings.TableEmbedder(table, fallback=embeddings.Embedder())
    metadata: dict[str, object] = {
        "version": MODEL_VERSION,
        "data_hash": data_hash(conversations),
        "conversations": len(conversations),
        "corpus_conversations": sum(c.metadata.source_format == "ontmoeting-corpus" for c in conversations),
        "turns": len(examples),
        "languages": sorted({c.language for c in conversations}),
        "seed": seed,
        "folds": folds,
        "sklearn": sklearn.__version__,
        "python": platform.python_version(),
        "rebuild": REBUILD,
        "configurations": {},
        "figures": {},
        "temperatures": {},
    }
    out_of_fold: dict[str, list] = {}
    # fast first: the accurate configuration's figures are those of its cascade behind the fast model
    for name in sorted(configurations, key=lambda n: n != "fast"):
        config = CONFIGURATIONS[name](seed)
        use = embedder if config.embeddings else None
        if config.embeddings:
            progress(f"embedding {len(examples)} turns (cached where possible)")
            use.embed([e.view.text for e in examples])
            save_embedding_cache(embedding_cache, table)
        temperatures: dict[str, float] = {}
        scores = None
        if folds > 1:
            progress(f"{name}: {folds}-fold cross-validation by transcript")
            predictions = cross_validate(examples, config, use, folds=folds, seed=seed)
            out_of_fold[name] = predictions
            read = predictions
            if config.embeddings and "fast" in out_of_fold:
                read = cascade(out_of_fold["fast"], predictions, config.cascade_threshold)
                embedded = embedded_share(read, predictions)
                progress(f"{name}: cascade at {config.cascade_threshold} embeds {embedded:.0%} of the turns")
            figures: dict[str, object] = {}
            for language in [None, *sorted({e.language for e in examples})]:
                figures[language or "all"] = {
                    k: v.to_json() for k, v in report(examples, read, language).items()
                }
            widths = {len(p.scores) for p in predictions}
            # folds of a tiny data set may lack a fine head; calibration then stays at 1
            scores = np.vstack([p.scores for p in predictions]) if len(widths) == 1 else None
            metadata["figures"][name] = figures  # type: ignore[index]
            metadata["cross_validation_note"] = (
                "out-of-fold figures by transcript; calibration fitted on them"
            )
        progress(f"{name}: fitting on all {len(examples)} turns")
        model = fit(examples, config, use)
        if folds > 1 and scores is not None and scores.shape[1] == model.coef.shape[1]:
            temperatures = fit_temperatures(model, scores, examples)
            helper_rows = [i for i, e in enumerate(examples) if e.annomi]
            p = model.probabilities(scores[helper_rows] / temperatures["annomi"], "annomi")
            target = np.array([model.heads["annomi"].classes.index(examples[i].annomi) for i in helper_rows])
            metadata["figures"][name]["helper_ece"] = expected_calibration_error(  # type: ignore[index]
                p.max(axis=1), p.argmax(axis=1) == target
            )
        model.save(Path(output) / f"{name}.npz")
        metadata["configurations"][name] = config.to_json()  # type: ignore[index]
        metadata["temperatures"][name] = temperatures  # type: ignore[index]
    Path(output).mkdir(parents=True, exist_ok=True)
    (Path(output) / "metadata.json").write_text(
        json.dumps(metadata, indent=1, sort_keys=True), encoding="utf-8"
    )
    return metadata
