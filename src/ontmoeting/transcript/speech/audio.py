"""Decoding a recording with PyAV into 16 kHz samples: mono for recognition, and both channels of a stereo
file (one person per channel in many recorders and video calls).

Limits: a file of at most ``ONTMOETING_MAX_RECORDING_BYTES`` (default 2 GB, the video of a long session) and
``ONTMOETING_MAX_RECORDING_MINUTES`` of sound (default 180), checked before decoding where the container
states its length and again while decoding where it does not.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ontmoeting.transcript.files import check_regular_file, too_large
from ontmoeting.transcript.limits import bytes_from, count_from
from ontmoeting.transcript.messages import input_error
from ontmoeting.transcript.speech.extra import require

SAMPLE_RATE = 16_000
DEFAULT_MAX_RECORDING_BYTES = 2_000_000_000
DEFAULT_MAX_MINUTES = 180


@dataclass(frozen=True)
class Recording:
    """A decoded recording: ``mono`` for recognition, ``channels`` (left, right) when it was stereo."""

    file: str
    mono: np.ndarray
    channels: tuple[np.ndarray, np.ndarray] | None = None

    @property
    def duration(self) -> float:
        return len(self.mono) / SAMPLE_RATE


def limits() -> tuple[int, int]:
    """(bytes, minutes) from the environment, E118/E138 for a value that is no number."""
    size = os.environ.get("ONTMOETING_MAX_RECORDING_BYTES", "").strip()
    minutes = os.environ.get("ONTMOETING_MAX_RECORDING_MINUTES", "").strip()
    return (
        bytes_from(size) if size else DEFAULT_MAX_RECORDING_BYTES,
        count_from("ONTMOETING_MAX_RECORDING_MINUTES", minutes) if minutes else DEFAULT_MAX_MINUTES,
    )


def minutes_text(seconds: float) -> str:
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def _too_long(file: str, seconds: float, max_minutes: int) -> Exception:
    return input_error("E144", file, length=minutes_text(seconds), limit=f"{max_minutes}:00")


def _stated_seconds(container: object) -> float | None:
    duration = getattr(container, "duration", None)  # in av.time_base units (microseconds)
    return duration / 1_000_000 if duration else None


def decode(source: str | Path | bytes, *, name: str | None = None) -> Recording:
    """The recording in the file at ``source``, or in ``source``'s bytes (an upload); ``name`` is shown in
    messages. E143 when PyAV cannot read it or it holds no sound, E144 when it is longer than the limit,
    E107/E133 for a file that is too large or not a regular file."""
    file = name or ("upload" if isinstance(source, bytes) else str(source))
    av = require("av", file)
    max_bytes, max_minutes = limits()
    if isinstance(source, bytes):
        if len(source) > max_bytes:
            raise too_large(file, len(source), max_bytes)
        opened: object = io.BytesIO(source)
    else:
        check_regular_file(source, max_bytes)
        opened = str(source)
    try:
        with av.open(opened, metadata_errors="ignore") as container:
            streams = container.streams.audio
            if not streams:
                raise input_error("E143", file, detail=("er zit geen geluid in", "it holds no sound"))
            stated = _stated_seconds(container)
            if stated is not None and stated > max_minutes * 60:
                raise _too_long(file, stated, max_minutes)
            stereo = (streams[0].codec_context.channels or 1) >= 2
            samples = _decode_stream(av, container, streams[0], stereo, max_minutes * 60, file)
    except av.FFmpegError:
        # FFmpeg's own texts are English only; what the user can act on is the same for all of them.
        detail = (
            "het bestand is beschadigd of in een onbekend formaat",
            "the file is damaged or in an unknown format",
        )
        raise input_error("E143", file, detail=detail) from None
    if samples.size == 0:
        raise input_error("E143", file, detail=("er zit geen geluid in", "it holds no sound"))
    if stereo and samples.ndim == 2:
        left, right = samples[0], samples[1]
        return Recording(file, ((left + right) / 2).astype(np.float32), (left, right))
    return Recording(file, samples.reshape(-1))


def _decode_stream(av, container, stream, stereo: bool, max_seconds: float, file: str) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Resampled to 16 kHz float32; (2, n) for stereo, (n,) for mono."""
    resampler = av.AudioResampler(format="fltp" if stereo else "flt", layout="stereo" if stereo else "mono",
                                  rate=SAMPLE_RATE)  # fmt: skip
    chunks: list[np.ndarray] = []
    total = 0
    for packet in container.demux(stream):
        try:
            frames = packet.decode()
        except av.InvalidDataError:
            continue  # one damaged packet; the rest of the recording is still worth reading
        for frame in frames:
            frame.pts = None
            for out in resampler.resample(frame):
                chunk = out.to_ndarray()
                chunks.append(chunk)
                total += chunk.shape[-1]
        if total > max_seconds * SAMPLE_RATE:
            raise _too_long(file, total / SAMPLE_RATE, int(max_seconds // 60))
    for out in resampler.resample(None):
        chunks.append(out.to_ndarray())
    if not chunks:
        return np.zeros(0, dtype=np.float32)
    joined = np.concatenate(chunks, axis=-1).astype(np.float32)
    return joined if stereo else joined.reshape(-1)
