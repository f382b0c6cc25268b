"""Acoustic features of a voice, per 10 ms frame, in plain NumPy: cepstral coefficients (the shape of the
vocal tract: timbre) and the pitch (fundamental frequency, by autocorrelation).

These are the classic features of speaker segmentation (as in the LIUM and BIC-based diarisation systems):
no trained model is needed, so nothing has to ship or be downloaded, and two voices that differ in pitch or
timbre fall apart cleanly. Computed in blocks so that an hour of sound needs little memory.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ontmoeting.transcript.speech.audio import SAMPLE_RATE

HOP = 160  # 10 ms
FRAME = 400  # 25 ms for the spectrum
PITCH_FRAME = 640  # 40 ms: two periods of a low voice (60 Hz)
N_MELS = 40
N_CEPSTRA = 16
MIN_F0, MAX_F0 = 60.0, 400.0
VOICED = 0.45  # normalised autocorrelation peak above which a frame is voiced
_BLOCK = 6000  # frames per block (60 s)


@dataclass(frozen=True)
class Frames:
    """Per frame: ``cepstra`` (n, N_CEPSTRA, without c0 so loudness does not count), ``log_f0`` (n; NaN
    where unvoiced) and ``energy`` (n, log)."""

    cepstra: np.ndarray
    log_f0: np.ndarray
    energy: np.ndarray

    def __len__(self) -> int:
        return len(self.energy)


def _mel_filters() -> np.ndarray:
    def mel(f: np.ndarray) -> np.ndarray:
        return 2595.0 * np.log10(1.0 + f / 700.0)

    def hz(m: np.ndarray) -> np.ndarray:
        return 700.0 * (10.0 ** (m / 2595.0) - 1.0)

    bins = np.fft.rfftfreq(FRAME, 1.0 / SAMPLE_RATE)
    edges = hz(np.linspace(mel(np.array(60.0)), mel(np.array(7600.0)), N_MELS + 2))
    filters = np.zeros((N_MELS, len(bins)))
    for index in range(N_MELS):
        low, centre, high = edges[index : index + 3]
        rising = (bins - low) / (centre - low)
        falling = (high - bins) / (high - centre)
        filters[index] = np.clip(np.minimum(rising, falling), 0.0, None)
    return filters


def _dct_matrix() -> np.ndarray:
    n = np.arange(N_MELS)
    k = np.arange(1, N_CEPSTRA + 1)[:, None]
    return np.cos(np.pi / N_MELS * (n + 0.5) * k)


_FILTERS = _mel_filters()
_DCT = _dct_matrix()
_WINDOW = np.hanning(FRAME)
_PITCH_WINDOW = np.hanning(PITCH_FRAME)


def _framed(audio: np.ndarray, start: int, count: int, size: int) -> np.ndarray:
    """``count`` frames of ``size`` samples, hop :data:`HOP`, the first centred on frame ``start``."""
    offset = start * HOP - size // 2
    needed = (count - 1) * HOP + size
    segment = np.zeros(needed, dtype=np.float32)
    lo, hi = max(offset, 0), min(offset + needed, len(audio))
    if hi > lo:
        segment[lo - offset : hi - offset] = audio[lo:hi]
    return np.lib.stride_tricks.sliding_window_view(segment, size)[::HOP][:count]


def _block(audio: np.ndarray, start: int, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    frames = _framed(audio, start, count, FRAME) * _WINDOW
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    energy = np.log(power.sum(axis=1) + 1e-10)
    cepstra = np.log(power @ _FILTERS.T + 1e-10) @ _DCT.T

    pitch_frames = _framed(audio, start, count, PITCH_FRAME) * _PITCH_WINDOW
    spectrum = np.abs(np.fft.rfft(pitch_frames, n=2 * PITCH_FRAME, axis=1)) ** 2
    correlation = np.fft.irfft(spectrum, axis=1)[:, :PITCH_FRAME]
    low, high = int(SAMPLE_RATE / MAX_F0), int(SAMPLE_RATE / MIN_F0)
    lags = correlation[:, low:high] / np.maximum(correlation[:, :1], 1e-10)
    best = lags.argmax(axis=1)
    peak = lags[np.arange(len(lags)), best]
    log_f0 = np.where(peak > VOICED, np.log(SAMPLE_RATE / (best + low)), np.nan)
    return cepstra.astype(np.float32), log_f0.astype(np.float32), energy.astype(np.float32)


def frame_features(audio: np.ndarray) -> Frames:
    """The features of every 10 ms frame of ``audio`` (16 kHz mono)."""
    total = max(1, len(audio) // HOP)
    parts = [_block(audio, start, min(_BLOCK, total - start)) for start in range(0, total, _BLOCK)]
    return Frames(
        cepstra=np.concatenate([p[0] for p in parts]),
        log_f0=np.concatenate([p[1] for p in parts]),
        energy=np.concatenate([p[2] for p in parts]),
    )


def frame_energy(audio: np.ndarray) -> np.ndarray:
    """Log energy per 10 ms frame (for comparing the two channels of a stereo recording)."""
    total = max(1, len(audio) // HOP)
    usable = audio[: total * HOP].reshape(total, HOP) if len(audio) >= HOP else audio.reshape(1, -1)
    return np.log((usable.astype(np.float64) ** 2).mean(axis=1) + 1e-12)
