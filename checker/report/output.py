"""Writing a report file so that nobody ever reads half of one."""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile


def _default_mode() -> int:
    # os.umask is the only portable way to read the umask: set it and put it back.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Replace the file at ``path`` with ``text`` in one step.

    The text goes to a temporary file in the same folder (so ``os.replace`` is a rename
    on one filesystem), which then takes the place of the target. An existing file keeps
    its permission bits; a symlink keeps pointing where it did. On any failure the temp
    file is removed and the target is left as it was. Raises OSError.
    """
    target = os.path.realpath(os.fspath(path))
    folder, name = os.path.split(target)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = _default_mode()
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
