"""Reading an uploaded file with a hard size limit (never more than the limit in memory)."""

from __future__ import annotations

from fastapi import UploadFile

from ontmoeting.errors import InputError

CHUNK = 64 * 1024


def too_large(filename: str, max_bytes: int) -> InputError:
    # recordings have limits of hundreds of MB: those read better in MB
    size = f"{max_bytes // (1024 * 1024)} MB" if max_bytes >= 10 * 1024 * 1024 else f"{max_bytes // 1024} KiB"
    error = InputError(
        "E530",
        nl=f"{filename} is te groot (meer dan {size}).",
        en=f"{filename} is too large (more than {size}).",
        file=filename,
    )
    return error


async def read_limited(file: UploadFile, max_bytes: int) -> bytes:
    name = file.filename or "upload"
    chunks: list[bytes] = []
    size = 0
    while chunk := await file.read(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise too_large(name, max_bytes)
        chunks.append(chunk)
    if size == 0:
        raise InputError("E534", nl=f"{name} is leeg.", en=f"{name} is empty.", file=name)
    return b"".join(chunks)
