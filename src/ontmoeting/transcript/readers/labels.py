"""Finding the speaker at the start of a line ('Mira: ...', '[00:01:02] H: ...') and times in text.

Shared by the text and subtitle readers. The hard part is not to take a sentence such as
"Toen zei ik: nee" for a speaker called "Toen zei ik". A label must look like a name or a role (every word
capitalised, a known role label, or a name particle such as 'de' or 'van'), and a name that appears only
once is only believed when the file has no two recurring speakers: a real speaker speaks more than once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ontmoeting.transcript.roles import folded, is_role_label

TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_PREFIX = re.compile(
    rf"""^\s*(?:\d{{1,3}}[.)]\s*)?                                 # '1. Mira:', '10.Mira:': a numbered list
    (?:[\[(]\s*(?P<ts>{TIME})\s*[\])]\s*|(?P<bare_ts>{TIME})\s+(?:[-–]\s*)?)?   # [00:01:02] or 00:01:02
    (?:>>\s*|-\s+)?                                                                # '>> Mira:' '- Mira:'
    (?P<label>[^\W\d_][\w.'’\- ]{{0,39}}?(?:\s*\([^()]{{1,30}}\))?)                # Mira, Dr. de Vries
    \s*(?:[\[(]\s*(?P<ts_after>{TIME})\s*[\])])?                                   # Mira [00:01:02]:
    \s*:(?:\s+|$)(?P<rest>.*)$""",
    re.VERBOSE,
)
_BOLD = re.compile(r"^(\s*(?:[\[(][\d:.,]+[\])]\s*)?)\*\*([^*\n]{1,45}?:?)\*\*")
# Header lines of transcription tools (Otter, Word, Teams exports): 'Mira  0:03' or '00:00:03 Mira', the
# text on the following lines.
_HEADER = re.compile(
    rf"""^\s*(?:(?P<label>[^\W\d_][\w.'’\- ]{{0,39}}?)\s+[\[(]?(?P<ts>{TIME})[\])]?
    |[\[(]?(?P<ts_first>{TIME})[\])]?\s+(?P<label_after>[^\W\d_][\w.'’\- ]{{0,39}}?))\s*$""",
    re.VERBOSE,
)
_ONLY_TIME = re.compile(rf"^\s*[\[(]?\s*(?P<ts>{TIME})\s*[\])]?\s*$")
_LEADING_TIME = re.compile(rf"^\s*[\[(]\s*(?P<ts>{TIME})\s*[\])]\s*")
_PARTICLES = frozenset(
    {"de", "van", "der", "den", "ten", "ter", "te", "het", "'t", "la", "le", "von", "da", "di", "du", "mc"}
)
MAX_LABEL_WORDS = 4


def seconds(stamp: str | None) -> float | None:
    """'01:02:03.5' -> 3723.5; '02:03' -> 123.0 (minutes and seconds)."""
    if not stamp:
        return None
    stamp = stamp.replace(",", ".")
    parts = stamp.split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total


def name_like(label: str) -> bool:
    """Whether ``label`` could be a speaker: a role label, or words that are capitalised or particles."""
    if is_role_label(label):
        return True
    words = re.sub(r"\([^()]*\)", " ", label).split()
    if not words or len(words) > MAX_LABEL_WORDS:
        return False
    return (
        all(w[0].isupper() or w[0].isdigit() or w.casefold() in _PARTICLES for w in words)
        and words[0][0].isupper()
    )


@dataclass
class LinePrefix:
    label: str | None  # None: no speaker on this line (continuation or only a time)
    rest: str
    start: float | None


def split_prefix(line: str) -> LinePrefix:
    """Split ``line`` into an optional speaker label, the text, and an optional time."""
    if "**" in line[:60]:  # Markdown copied from a document: '**Mira:** text' or '**Mira**: text'
        line = _BOLD.sub(r"\1\2", line, count=1)
    match = _PREFIX.match(line)
    if match and name_like(match["label"].strip()):
        stamp = match["ts"] or match["bare_ts"] or match["ts_after"]
        rest = match["rest"]
        after_colon = _LEADING_TIME.match(rest)  # 'Mira: [00:01:02] text'
        if after_colon:
            stamp, rest = stamp or after_colon["ts"], rest[after_colon.end() :]
        return LinePrefix(" ".join(match["label"].split()), rest.strip(), seconds(stamp))
    header = _HEADER.match(line)
    if header:
        label = (header["label"] or header["label_after"]).strip()
        if name_like(label):
            return LinePrefix(" ".join(label.split()), "", seconds(header["ts"] or header["ts_first"]))
    only = _ONLY_TIME.match(line)
    if only:
        return LinePrefix(None, "", seconds(only["ts"]))
    leading = _LEADING_TIME.match(line)
    if leading:
        return LinePrefix(None, line[leading.end() :].strip(), seconds(leading["ts"]))
    return LinePrefix(None, line.strip(), None)


def plain_words(text: str, keep: str = "") -> str:
    """The words of ``text``, folded, punctuation (but the characters in ``keep``) as spaces: header cells and
    the student's comments compared with word lists."""
    return " ".join(re.sub(rf"[^\w{re.escape(keep)}]+", " ", folded(text)).split())


def speaker_key(label: str) -> str:
    """The same speaker however the label is written: 'Cliënt', 'client' and 'CLIENT' are one."""
    return " ".join(folded(label).split())


def believed_labels(counts: Counter[str], helper: str | None = None) -> set[str]:
    """The label keys to treat as speakers: role labels, the helper's name, and names that recur (or, in a
    file without two recurring names, every name)."""
    recurring = {key for key, n in counts.items() if n >= 2}
    helper_key = speaker_key(helper) if helper else None
    believed = {key for key in counts if is_role_label(key) or key == helper_key or key in recurring}
    if len(believed) < 2:
        believed = set(counts)
    return believed


def without_time(line: str) -> str:
    """``line`` without a leading [time], stripped."""
    leading = _LEADING_TIME.match(line)
    return (line[leading.end() :] if leading else line).strip()
