"""Speech to words with times: Whisper base through faster-whisper (CTranslate2, int8 on the CPU).

One model per process (loading takes about a second); the language is the one given, or the likelier of
Dutch and English by Whisper's own language detection, since the rest of ontmoeting reads only those two.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ontmoeting.transcript.speech.audio import SAMPLE_RATE
from ontmoeting.transcript.speech.extra import require
from ontmoeting.transcript.speech.model_files import load_model_files
from ontmoeting.transcript.speech.voice_features import HOP, frame_energy

#: Words below this probability are counted in W118 as worth a check.
LOW_CONFIDENCE = 0.4
#: Whisper's language detection is taken as it is from this probability (and three times the other's).
CLEAR_LANGUAGE = 0.5
SAMPLE_SECONDS = 30
LANGUAGE_SECONDS = 120  # the language is detected on the first two minutes
CHUNK_SECONDS = 300  # recognised in parts of about five minutes (memory; see chunks)


@dataclass(frozen=True)
class Word:
    text: str
    start: float
    end: float
    probability: float


@dataclass(frozen=True)
class Recognition:
    words: list[Word]
    language: str
    language_probability: float | None  # None: chosen by decoding the start in both languages
    language_detected: bool


_lock = threading.Lock()
_model: Any = None


def _threads() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def model() -> Any:
    """The process's Whisper model, loaded from the checked model files (E140-E142)."""
    global _model
    with _lock:
        if _model is None:
            faster_whisper = require("faster_whisper")
            files = load_model_files()
            _model = faster_whisper.WhisperModel(
                "ontmoeting-whisper-base",  # an identifier only: the files come from memory
                device="cpu",
                compute_type="int8",
                cpu_threads=_threads(),
                files=files.as_engine_files(),
            )
        return _model


def _decoded_likelihood(sample: np.ndarray, language: str) -> float:
    """Whisper's mean log-probability per token when ``sample`` is decoded as ``language`` (-inf for none)."""
    segments, _ = model().transcribe(sample, language=language, beam_size=1, temperature=0.0, vad_filter=True,
                                     without_timestamps=True, no_repeat_ngram_size=3,
                                     condition_on_previous_text=False)  # fmt: skip
    tokens = total = 0.0
    for segment in segments:
        tokens += len(segment.tokens)
        total += segment.avg_logprob * len(segment.tokens)
    return total / tokens if tokens else float("-inf")


def choose_language(audio: np.ndarray) -> tuple[str, float | None]:
    """Dutch or English, with the probability among the two when Whisper's language detection is clear.

    Where it is not (it hears neither clearly, or puts both close, as for the synthetic voices and for
    accented speech), the first :data:`SAMPLE_SECONDS` are decoded in both languages and the language in
    which the decoder finds the words likelier wins; the probability is then None.
    """
    _, _, probabilities = model().detect_language(audio, vad_filter=True, language_detection_segments=2)
    scores = dict(probabilities)
    nl, en = scores.get("nl", 0.0), scores.get("en", 0.0)
    best, other = max(nl, en), min(nl, en)
    if best >= CLEAR_LANGUAGE and best >= 3 * other:
        return ("nl" if nl >= en else "en"), best / (nl + en)
    sample = audio[: SAMPLE_SECONDS * SAMPLE_RATE]
    likelihood = {language: _decoded_likelihood(sample, language) for language in ("nl", "en")}
    return max(likelihood, key=lambda language: likelihood[language]), None


def chunks(audio: np.ndarray, seconds: int = CHUNK_SECONDS) -> list[tuple[int, int]]:
    """(start, end) samples of parts of about ``seconds``, each cut in the quietest 10 ms within 20 s of
    the mark, so that no word is cut and an hour of sound never has to be in Whisper's features at once
    (its feature extractor holds the whole input in double precision: 2.4 GB for 30 minutes)."""
    step, margin = seconds * SAMPLE_RATE, 20 * SAMPLE_RATE
    cuts, start = [], 0
    while len(audio) - start > step + margin:
        low, high = start + step - margin, start + step + margin
        energy = frame_energy(audio[low:high])
        cut = low + int(energy.argmin()) * HOP
        cuts.append((start, cut))
        start = cut
    cuts.append((start, len(audio)))
    return cuts


def recognise(
    audio: np.ndarray,
    *,
    language: str | None = None,
    beam_size: int = 5,
    progress: Callable[[float], None] | None = None,
) -> Recognition:
    """Words with their times in ``audio`` (16 kHz mono); ``progress`` gets the seconds done so far."""
    detected = language is None
    probability: float | None = 1.0
    if language is None:
        language, probability = choose_language(audio[: LANGUAGE_SECONDS * SAMPLE_RATE])
    words: list[Word] = []
    for first, last in chunks(audio):
        offset = first / SAMPLE_RATE
        segments, _ = model().transcribe(
            audio[first:last],
            language=language,
            beam_size=beam_size,
            word_timestamps=True,
            vad_filter=True,
            vad_parameters={"min_silence_duration_ms": 500},
            condition_on_previous_text=False,  # a misheard stretch does not steer the next one
            # No retries at higher temperatures: on unclear speech they cost four times the work (56 s
            # instead of 13 s for nl-dev-01) and recognised fewer words (benchmarks/speech_quality.py).
            temperature=0.0,
            # Greedy decoding can loop on one word ("me, me, me, ..." for a minute of nl-dev-01); forbidding
            # a repeated three-word sequence stops that and costs nothing on clear speech.
            no_repeat_ngram_size=3,
        )
        for segment in segments:
            for word in segment.words or []:
                text = word.word.strip()
                if text:
                    words.append(
                        Word(
                            text,
                            offset + float(word.start),
                            offset + float(word.end),
                            float(word.probability),
                        )
                    )
            if progress is not None:
                progress(min(offset + float(segment.end), len(audio) / SAMPLE_RATE))
    return Recognition(words, language, probability, detected)
