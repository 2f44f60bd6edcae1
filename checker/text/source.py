"""Read an article file as text without changing a single character.

Offsets in reports index the decoded text, so we decode strictly and keep line endings
as they are in the file (binary read, no universal newlines); only one leading UTF-8 BOM
is dropped, because no editor shows it.
"""
from __future__ import annotations

import os
from typing import Optional

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: The largest article read, in bytes: extraction runs at megabytes per second, so this
#: bounds a check to seconds per article (docs/bad-input.md).
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
_MIB = 1024 * 1024


class ArticleError(Exception):
    """A file cannot be used as text; the message says why in a few words.

    ``offset`` is the byte in the file where the trouble starts, when there is one.
    """

    def __init__(self, message: str, offset: Optional[int] = None):
        super().__init__(message)
        self.offset = offset


def read_article(file: str) -> str:
    """The decoded text of ``file`` (UTF-8, BOM removed, line endings untouched)."""
    if os.path.isdir(file):  # checked first: Windows reports a folder as permission denied
        raise ArticleError("is a directory")
    try:
        with open(file, "rb") as handle:
            # Read as many bytes as the file holds, and one more: asked for the limit,
            # ``read`` allocates all 64 MiB each time (a third of the time reading an
            # article took). A file that holds more than it said (a pipe says 0) is read
            # on to the limit.
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(min(size, MAX_ARTICLE_BYTES) + 1)
            if size < len(data) <= MAX_ARTICLE_BYTES:
                data += handle.read(MAX_ARTICLE_BYTES + 1 - len(data))
            if len(data) > MAX_ARTICLE_BYTES:
                size = max(os.fstat(handle.fileno()).st_size, len(data))
                raise ArticleError(f"too large ({size / _MIB:.1f} MiB; the limit is "
                                   f"{MAX_ARTICLE_BYTES // _MIB} MiB)")
    except (FileNotFoundError, NotADirectoryError):
        raise ArticleError("no such file") from None
    except IsADirectoryError:
        raise ArticleError("is a directory") from None
    except PermissionError:
        raise ArticleError("permission denied") from None
    except OSError as error:
        raise ArticleError((error.strerror or str(error)).lower()) from None
    except ValueError:  # a NUL in the name
        raise ArticleError("not a valid file name") from None
    return decode_text(data)


def decode_text(data: bytes) -> str:
    """Strict UTF-8 with one leading BOM removed; also used for claims files."""
    if data.startswith(_UTF16_BOMS):
        raise ArticleError("UTF-16 text; save it as UTF-8", 0)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ArticleError(f"binary file (NUL byte at byte {nul})", nul)
    skip = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        at = skip + error.start
        raise ArticleError(f"not UTF-8 (invalid byte 0x{data[at]:02x} at byte {at})", at) from None
