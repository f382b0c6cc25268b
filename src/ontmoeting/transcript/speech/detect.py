"""Whether a file is a recording, and its media type: by its extension, or by the first bytes of the common
containers. One table each, for the command line and the werkplaats alike."""

from __future__ import annotations

from pathlib import Path, PurePath

#: Extension -> media type (the werkplaats serves the recording to the player with it, under nosniff).
MEDIA_TYPES = {
    ".wav": "audio/wav", ".wave": "audio/wav", ".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".aac": "audio/aac",
    ".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg", ".flac": "audio/flac",
    ".webm": "audio/webm", ".weba": "audio/webm", ".mp4": "video/mp4", ".m4v": "video/mp4",
    ".mov": "video/quicktime", ".mkv": "video/x-matroska", ".3gp": "audio/3gpp", ".amr": "audio/amr",
    ".wma": "audio/x-ms-wma", ".aiff": "audio/aiff", ".aif": "audio/aiff",
}  # fmt: skip
RECORDING_EXTENSIONS = frozenset(MEDIA_TYPES)

# (offset, bytes, media type): RIFF/WAVE, MP3 with an ID3 tag, Ogg, FLAC, Matroska/WebM, ISO media (mp4,
# m4a, 3gp: 'ftyp' at offset 4; QuickTime files may start with another atom), AIFF, AMR, ADTS AAC, ASF (wma).
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (8, b"WAVE", "audio/wav"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"OggS", "audio/ogg"),
    (0, b"fLaC", "audio/flac"),
    (0, b"\x1a\x45\xdf\xa3", "audio/webm"),
    (4, b"ftyp", "audio/mp4"),
    (4, b"moov", "video/quicktime"),
    (4, b"mdat", "video/quicktime"),
    (4, b"wide", "video/quicktime"),
    (8, b"AIFF", "audio/aiff"),
    (0, b"#!AMR", "audio/amr"),
    (0, b"\xff\xf1", "audio/aac"),
    (0, b"\xff\xf9", "audio/aac"),
    (0, b"\x30\x26\xb2\x75\x8e\x66\xcf\x11", "audio/x-ms-wma"),
)


def media_type_of(head: bytes) -> str | None:
    """The media type that ``head`` (the first bytes of a file) starts like, or None for no recording."""
    for offset, magic, kind in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return kind
    return "audio/mpeg" if _mpeg_frame(head) else None


def looks_like_recording(head: bytes) -> bool:
    """Whether ``head`` (the first bytes of a file) starts like a sound or video container."""
    return media_type_of(head) is not None


def _mpeg_frame(head: bytes) -> bool:
    """An MPEG audio frame header (an MP3 without an ID3 tag): 11 sync bits, a known version, layer II or
    III (layer I is all but unused, and its bits are those of a UTF-16 byte order mark), a valid bit rate
    and sample rate."""
    if len(head) < 3 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version, layer = (head[1] >> 3) & 3, (head[1] >> 1) & 3
    bitrate, rate = head[2] >> 4, (head[2] >> 2) & 3
    return version != 1 and layer in (1, 2) and bitrate not in (0, 15) and rate != 3


def media_type(name: str, head: bytes) -> str | None:
    """The media type of a recording called ``name`` starting with ``head``: by extension, else by content."""
    return MEDIA_TYPES.get(PurePath(name).suffix.lower()) or media_type_of(head)


def is_recording(path: str | Path) -> bool:
    """A recording by extension; or, for a regular file with another extension, by its first bytes."""
    file = Path(path)
    if file.suffix.lower() in RECORDING_EXTENSIONS:
        return True
    try:
        if not file.is_file():
            return False
        with file.open("rb") as handle:
            return looks_like_recording(handle.read(16))
    except OSError:
        return False
