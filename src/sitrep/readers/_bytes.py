"""Shared checks on raw bytes: binary content and text decoding, with messages a user can act on."""
from __future__ import annotations

from sitrep.errors import InputError

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))
_CONTROL_BYTES = bytes(sorted(_CONTROL))   # counted by deleting them (bytes.translate), not byte by byte


def check_not_binary(source: str, data: bytes) -> None:
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(source, "binary file (NUL bytes), not text or HTML")
    if head and (len(head) - len(head.translate(None, _CONTROL_BYTES))) / len(head) > 0.05:
        raise InputError(source, "binary file (control bytes), not text or HTML")


def decode_utf8(source: str, data: bytes) -> str:
    """Strict UTF-8 (a BOM is dropped): a wrong encoding is reported, never silently garbled."""
    check_not_binary(source, data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(source, f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
                                 "re-encode the file as UTF-8") from None
