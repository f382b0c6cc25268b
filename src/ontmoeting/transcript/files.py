"""Reading a file's bytes safely: only regular files (or standard input with '-'), never more than the limit.

A FIFO or a device (``/dev/zero``, also behind a symlink) would hang the reader or fill the memory, and its
``stat().st_size`` says nothing; so the file is opened without blocking, checked with ``fstat`` on what was
really opened, and read to at most one byte more than the limit.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from ontmoeting.transcript.messages import input_error

STDIN = "-"
_KINDS = (
    (stat.S_ISFIFO, ("een named pipe (FIFO)", "a named pipe (FIFO)")),
    (stat.S_ISCHR, ("een apparaat", "a device")),
    (stat.S_ISBLK, ("een apparaat", "a device")),
    (stat.S_ISSOCK, ("een socket", "a socket")),
)


def human_size(size: int) -> str:
    if size >= 10**6:
        return f"{size / 10**6:.1f} MB"
    if size >= 10**3:
        return f"{size / 10**3:.1f} kB"
    return f"{size} B"


def too_large(file: str, size: int, limit: int, *, at_least: bool = False) -> Exception:
    shown = human_size(size)
    return input_error(
        "E107",
        file,
        size=(f"meer dan {shown}", f"more than {shown}") if at_least else shown,
        limit=human_size(limit),
    )


def _check_kind(mode: int, file: str) -> None:
    if stat.S_ISDIR(mode):
        raise input_error("E124", file)
    for test, kind in _KINDS:
        if test(mode):
            raise input_error("E133", file, kind=kind)


def _open_checked(file: str, limit: int) -> int:
    """A descriptor for the regular file ``file``, opened without blocking (a FIFO would hang a plain open)
    and checked on what was really opened: E112, E124 for a folder, E133 for a FIFO, device or socket, E107
    over ``limit``. The caller closes it."""
    try:
        descriptor = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise input_error("E124", file) from None
    except OSError as error:
        raise input_error("E112", file, detail=error.strerror or type(error).__name__) from None
    try:
        status = os.fstat(descriptor)
        _check_kind(status.st_mode, file)
        if status.st_size > limit:
            raise too_large(file, status.st_size, limit)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def read_limited(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (or of standard input for '-'); E107 over ``limit``, E112
    when it cannot be read, E124 for a folder, E133 for a FIFO, device or socket."""
    file = str(path)
    if file == STDIN:
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise too_large(file, len(data), limit, at_least=True)
        return data
    descriptor = _open_checked(file, limit)
    try:
        with os.fdopen(descriptor, "rb", buffering=0) as handle:
            data = handle.read(limit + 1) or b""
    except OSError as error:
        raise input_error("E112", file, detail=error.strerror or type(error).__name__) from None
    if len(data) > limit:  # a file that grew, or one whose size the system does not know (/proc)
        raise too_large(file, len(data), limit, at_least=True)
    return data


def check_regular_file(path: str | Path, limit: int) -> None:
    """For readers that open the file themselves (recordings): the same refusals as :func:`read_limited`
    (E112, E124, E133, E107 over ``limit``) without reading it."""
    os.close(_open_checked(str(path), limit))
