"""Reading article files: exact text, or a short reason why not."""
from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.text.source import ArticleError, decode_text, read_article


def test_keeps_line_endings_and_drops_one_bom(tmp_path):
    file = tmp_path / "a.txt"
    file.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbfH\xc3\xa0 N\xe1\xbb\x99i\r\nline\rend\n")
    assert read_article(str(file)) == "\ufeffHà Nội\r\nline\rend\n"


def test_empty_file(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    assert read_article(str(tmp_path / "a.txt")) == ""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_file_that_holds_more_than_its_size_says_is_read_whole(tmp_path):
    """A named pipe says it holds nothing: it is read on to its end all the same (the
    read is sized by the file's size, and goes on past it)."""
    import threading
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    text = "Hà Nội, 22%.\n" * 5000

    def write():
        with open(fifo, "wb") as handle:
            handle.write(text.encode("utf-8"))

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert read_article(str(fifo)) == text
    finally:
        writer.join()


def _reason(path) -> str:
    with pytest.raises(ArticleError) as info:
        read_article(str(path))
    return str(info.value)


def test_missing(tmp_path):
    assert _reason(tmp_path / "nope.txt") == "no such file"
    assert _reason(tmp_path / "nope" / "a.txt") == "no such file"


def test_directory(tmp_path):
    assert _reason(tmp_path) == "is a directory"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_permission_denied(tmp_path):
    file = tmp_path / "a.txt"
    file.write_text("x")
    file.chmod(0)
    assert _reason(file) == "permission denied"


def test_permission_denied_is_named(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    assert _reason(tmp_path / "a.txt") == "permission denied"


def test_invalid_utf8_names_the_byte(tmp_path):
    file = tmp_path / "a.txt"
    file.write_bytes(b"x" * 1234 + b"\xff rest")
    assert _reason(file) == "not UTF-8 (invalid byte 0xff at byte 1234)"
    file.write_bytes(b"\xef\xbb\xbfab\xe9")  # offsets count the BOM: they are file bytes
    assert _reason(file) == "not UTF-8 (invalid byte 0xe9 at byte 5)"


def test_utf16(tmp_path):
    file = tmp_path / "a.txt"
    file.write_bytes("Hà Nội".encode("utf-16"))
    assert _reason(file) == "UTF-16 text; save it as UTF-8"


def test_nul_byte(tmp_path):
    file = tmp_path / "a.txt"
    file.write_bytes(b"abc\x00def")
    assert _reason(file) == "binary file (NUL byte at byte 3)"


def test_offset_is_kept():
    with pytest.raises(ArticleError) as info:
        decode_text(b"ab\x00")
    assert info.value.offset == 2


@given(st.text().filter(lambda s: "\x00" not in s and not s.startswith("\ufeff")))
def test_utf8_round_trip(text):
    data = text.encode("utf-8", "surrogatepass")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    assert decode_text(data) == text
    assert decode_text(b"\xef\xbb\xbf" + data) == text


@given(st.binary())
def test_any_bytes_decode_or_raise_article_error(data):
    try:
        decode_text(data)
    except ArticleError as error:
        assert str(error)
