"""A recording to a :class:`Conversation`: decode, find the speakers, recognise the words, and build turns
the way every text reader does (roles by who asks most and who speaks first, overridable with ``helper``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ontmoeting.transcript.language import check_language
from ontmoeting.transcript.limits import Limits, check_turns
from ontmoeting.transcript.messages import input_error, read_warning
from ontmoeting.transcript.model import Conversation
from ontmoeting.transcript.readers.base import RawConversation, RawTurn, ReadOptions, build, merge_consecutive
from ontmoeting.transcript.speech.audio import Recording, decode, minutes_text
from ontmoeting.transcript.speech.recognise import LOW_CONFIDENCE, Recognition, Word, recognise
from ontmoeting.transcript.speech.speakers import Segmentation, segment

FORMAT = "recording"
SPEAKER_NAMES = {"nl": ("Spreker 1", "Spreker 2"), "en": ("Speaker 1", "Speaker 2")}
METHODS = {
    "channels": ("één persoon per kanaal van de stereo-opname", "one person per channel of the stereo file"),
    "voices": ("toonhoogte en klankkleur", "pitch and timbre"),
}
LANGUAGE_NAMES = {"nl": ("Nederlands", "Dutch"), "en": ("Engels", "English")}

#: The steps that ``progress`` reports, with the share of the work each takes (recognition dominates).
STEPS = {"decoding": 0.05, "speakers": 0.1, "recognising": 0.85}
Progress = Callable[[str, float], None]  # (step, fraction of the whole done)


@dataclass(frozen=True)
class SpeechOptions:
    language: str | None = None  # nl or en; None: the likelier of the two
    helper: str | None = None  # "Spreker 2", "Speaker 2" or "2"; None: guessed
    # Whisper's beam: 5 recognised 3-5 points more words than greedy decoding on the dev recordings, at
    # 6.4x instead of 9.5x real time on 2 cores (benchmarks/speech_quality.py --beams 1,5)
    beam_size: int = 5


def _report(progress: Progress | None, step: str, within: float = 0.0) -> None:
    if progress is None:
        return
    done = 0.0
    for name, share in STEPS.items():
        if name == step:
            progress(step, min(1.0, done + share * within))
            return
        done += share


def _helper_name(helper: str | None, language: str, file: str) -> str | None:
    if helper is None:
        return None
    wanted = helper.strip().casefold()
    for number, names in enumerate(zip(*SPEAKER_NAMES.values(), strict=True), start=1):
        if wanted in {str(number), *(name.casefold() for name in names)}:
            return SPEAKER_NAMES[language][number - 1]
    first, second = SPEAKER_NAMES[language]
    raise input_error(
        "E147", file, helper=helper, speakers=(f"'{first}' of '{second}'", f"'{first}' or '{second}'")
    )


def raw_turns(words: list[Word], segmentation: Segmentation, language: str) -> list[RawTurn]:
    """One turn per run of words by one speaker; a turn starts at its first word and ends at its last."""
    names = SPEAKER_NAMES[language]
    turns = [
        RawTurn(speaker=names[segmentation.speaker_at(w.start, w.end)], text=w.text, start=w.start, end=w.end)
        for w in words
    ]
    return merge_consecutive(turns)


def _warnings(recognition: Recognition, segmentation: Segmentation) -> list:
    found = [read_warning("W116", method=METHODS[segmentation.method])]
    if recognition.language_detected:
        chance = recognition.language_probability
        how = (
            (f"zekerheid {chance:.0%}", f"confidence {chance:.0%}")
            if chance is not None
            else (
                "het begin klonk in die taal het meest waarschijnlijk",
                "the start was likeliest in that language",
            )
        )
        found.append(read_warning("W117", language=LANGUAGE_NAMES[recognition.language], how=how))
    unsure = sum(1 for w in recognition.words if w.probability < LOW_CONFIDENCE)
    if unsure:
        found.append(read_warning("W118", count=unsure))
    return found


def conversation_from(
    recording: Recording,
    recognition: Recognition,
    segmentation: Segmentation,
    options: SpeechOptions,
    name: str,
) -> Conversation:
    """The conversation in ``recording`` from its words and speakers (E145 without words, E146 with one
    voice)."""
    if not recognition.words:
        raise input_error("E145", name, length=minutes_text(recording.duration))
    if segmentation.speakers < 2:
        raise input_error("E146", name)
    language = recognition.language
    raw = RawConversation(
        turns=raw_turns(recognition.words, segmentation, language),
        extra={
            "duration": f"{recording.duration:.1f}",
            "speech_model": "whisper-base (faster-whisper, int8)",
            "speakers_by": segmentation.method,
        },
        warnings=_warnings(recognition, segmentation),
    )
    read_options = ReadOptions(file=name, format=FORMAT, helper=_helper_name(options.helper, language, name),
                               language=language)  # fmt: skip
    conversation = build(raw, read_options, [])
    conversation.language_detected = recognition.language_detected
    check_turns(conversation, name, Limits.from_environment())
    return conversation


def transcribe_file(
    path: str | Path | bytes,
    options: SpeechOptions | None = None,
    *,
    name: str | None = None,
    progress: Progress | None = None,
) -> Conversation:
    """The conversation recorded in the file at ``path``, or in the bytes of an upload (``name`` is shown
    in messages, e.g. the upload's file name). Raises InputError: E140 without the audio extra, E141/E142
    for a missing or changed model, E143-E147 for a recording that cannot be used."""
    options = options or SpeechOptions()
    shown = name or ("upload" if isinstance(path, bytes) else str(path))
    check_language(options.language, shown)
    _report(progress, "decoding")
    recording = decode(path, name=shown)
    _report(progress, "speakers")
    segmentation = segment(recording)
    if not segmentation.spans:
        raise input_error("E145", shown, length=minutes_text(recording.duration))
    _report(progress, "recognising")
    recognition = recognise(
        recording.mono,
        language=options.language,
        beam_size=options.beam_size,
        progress=lambda seconds: _report(progress, "recognising", seconds / max(recording.duration, 1e-9)),
    )
    conversation = conversation_from(recording, recognition, segmentation, options, shown)
    _report(progress, "recognising", 1.0)
    return conversation
