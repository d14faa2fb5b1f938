"""Bytes to text: gzip, BOM, declared charset, strict UTF-8, UTF-16, then a fallback.

``decode`` tries, in order:

1. gunzip, when the bytes start with the gzip magic (size-limited by ``max_bytes``);
2. refuse binary data: known file signatures (PNG, PDF, ZIP, JPEG...), or many NUL/control
   bytes in a file that is not UTF-16/32;
3. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
4. UTF-16 without a BOM, when the NUL bytes fall on every other byte;
5. a charset declared in the first 2 KB (``<meta charset>``, ``http-equiv`` content type,
   ``<?xml encoding?>``), with labels mapped as browsers map them (``iso-8859-1``,
   ``latin-1`` and ``ascii`` mean windows-1252; ``shift_jis`` means cp932...);
6. strict UTF-8;
7. mostly UTF-8: valid multi-byte sequences with a few stray bytes (at most one per four
   multi-byte characters, or eight in all), which are read as windows-1252 one by one;
8. charset-normalizer's best guess, with windows-1252 preferred when it reads as cleanly
   (the browsers' default for undeclared pages). No good guess raises ``InputError``.

A single-byte declaration (windows-1252, latin-1...) on bytes that are valid UTF-8 with
multi-byte sequences is a known mis-declaration and is read as UTF-8.
"""

from __future__ import annotations

import codecs
import logging
import re
import zlib
from pathlib import Path
from typing import Final

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from pagetidy.errors import InputError

logger = logging.getLogger(__name__)

MAX_BYTES_DEFAULT: Final = 50_000_000
"""Largest decompressed page ``decode`` accepts, in bytes."""
DECLARATION_WINDOW: Final = 2048
"""How far into the bytes a charset declaration is looked for."""
SNIFF_WINDOW: Final = 8192
"""How many leading bytes the binary and UTF-16 tests look at."""
MAX_CONTROL_SHARE: Final = 0.10
"""Above this share of control bytes (NUL included) a non-UTF-16 file is binary."""
MAX_NUL_SHARE: Final = 0.01
"""Above this share of NUL bytes a non-UTF-16 file is binary."""
MIN_UTF16_NUL_SHARE: Final = 0.3
"""UTF-16 without a BOM: share of odd (LE) or even (BE) bytes that must be NUL."""
MAX_STRAY_SHARE: Final = 1.0
"""Mostly UTF-8: at most this many stray bytes per valid multi-byte character."""
FEW_STRAYS: Final = 8
"""...or at most this many in all: a short burst of garbage in a UTF-8 page with few
accents must not turn the whole page into windows-1252 mojibake (``ß`` -> ``ÃŸ``)."""
MAX_CHAOS: Final = 0.2
"""charset-normalizer guesses messier than this are not trusted."""
CP1252_SLACK: Final = 0.1
"""windows-1252 wins over the fallback's guess when no messier than this beyond it."""

GZIP_MAGIC: Final = b"\x1f\x8b"
BINARY_SIGNATURES: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"RIFF", "RIFF media"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"\x1f\x8b", "gzip inside gzip"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x00asm", "WebAssembly"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
    (b"\xd0\xcf\x11\xe0", "OLE document"),
)
BINARY_REASON: Final = "binary data, not a text or HTML page"

BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

META_CHARSET: Final = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.\-]+)", re.I)
XML_ENCODING: Final = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.\-]+)", re.I)
CONTROL_BYTES: Final = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"

# Labels as browsers resolve them (WHATWG Encoding Standard), to Python codec names.
BROWSER_LABELS: Final[dict[str, str]] = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-cp1252": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs",
    "utf-16": "utf-8",  # a declaration we could read as ASCII cannot be UTF-16
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}
SINGLE_BYTE_CODECS: Final = frozenset({"cp1250", "cp1251", "cp1252", "cp1253", "cp1254"})

# Stray bytes in mostly-UTF-8 text come back from "surrogateescape" as U+DC80..U+DCFF.
STRAY_TO_CP1252: Final[dict[int, str]] = {
    0xDC00 + b: bytes([b]).decode("cp1252", errors="replace") for b in range(0x80, 0x100)
}
STRAY_RE: Final = re.compile("[\udc80-\udcff]")
MULTIBYTE_RE: Final = re.compile("[\x80-\udc7f\udd00-\U0010ffff]")


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read a file's bytes, raising ``InputError`` with a clear reason when that fails.

    Args:
        path: the file to read.
        max_bytes: the largest size accepted, in bytes.

    Raises:
        InputError: no such file, a directory, permission denied, too large, or another
            operating-system error (its message is the reason).
    """
    name = str(path)
    try:
        if path.is_dir():
            raise InputError(name, "is a directory")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as error:
        raise InputError(name, error.strerror or str(error)) from None
    if len(data) > max_bytes:
        raise InputError(name, f"too large: more than {max_bytes} bytes")
    return data


def decode(data: bytes, path: str = "-", *, max_bytes: int = MAX_BYTES_DEFAULT) -> str:
    """Turn a page's bytes into text, without a BOM (see the module docstring for the order).

    Args:
        data: the raw bytes, maybe gzip-compressed.
        path: the input's name, for error messages.
        max_bytes: the largest decompressed size accepted, in bytes.

    Raises:
        InputError: corrupt or oversized gzip, binary data, or no encoding fits.

    >>> decode(b'<meta charset="windows-1252"><p>caf\\xe9')
    '<meta charset="windows-1252"><p>café'
    """
    return decode_page(data, path, max_bytes=max_bytes)[0]


def decode_page(
    data: bytes, path: str = "-", *, max_bytes: int = MAX_BYTES_DEFAULT
) -> tuple[str, bytes | None]:
    """``decode``, plus the text's UTF-8 bytes when the input (gunzipped) already is them.

    An HTML parser takes those bytes as they are, and saves encoding the text again.

    Args:
        data: the raw bytes, maybe gzip-compressed.
        path: the input's name, for error messages.
        max_bytes: the largest decompressed size accepted, in bytes.

    Raises:
        InputError: corrupt or oversized gzip, binary data, or no encoding fits.

    >>> decode_page("<p>café".encode())
    ('<p>café', b'<p>caf\\xc3\\xa9')
    >>> decode_page(b'<meta charset="windows-1252"><p>caf\\xe9')[1] is None
    True
    """
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, path, max_bytes)
    kind = binary_signature(data)
    if kind:
        logger.debug("%s: %s signature", path, kind)
        raise InputError(path, BINARY_REASON)
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace").lstrip("\ufeff"), None
    sample = data[:SNIFF_WINDOW]
    utf16 = utf16_codec(sample)
    if utf16:
        try:
            return data.decode(utf16), None
        except UnicodeDecodeError:
            raise InputError(path, BINARY_REASON) from None
    if looks_binary(sample):
        raise InputError(path, BINARY_REASON)
    declared = declared_codec(data[:DECLARATION_WINDOW])
    if declared:
        text = decode_declared(data, declared)
        if text is not None:
            # strict UTF-8 as declared, or (other lengths) a single-byte label on UTF-8
            utf8 = declared == "utf-8" or (
                declared in SINGLE_BYTE_CODECS and (len(text) != len(data) or data.isascii())
            )
            return text, data if utf8 else None
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    text = decode_mostly_utf8(data)
    if text is not None:
        return text, None
    return decode_fallback(data, path), None


def gunzip(data: bytes, path: str, max_bytes: int) -> bytes:
    """Decompress gzip data (all members), refusing more than ``max_bytes`` of output."""
    chunks: list[bytes] = []
    size = 0
    rest = data
    try:
        while rest:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            chunk = inflater.decompress(rest, max_bytes + 1 - size)
            size += len(chunk)
            chunks.append(chunk)
            if size > max_bytes or inflater.unconsumed_tail:
                raise InputError(path, f"gzip data inflates to more than {max_bytes} bytes")
            if not inflater.eof:
                raise InputError(path, "truncated gzip data")
            rest = inflater.unused_data
            if not rest.startswith(GZIP_MAGIC):
                break  # trailing garbage after the last member is ignored, as gzip does
    except zlib.error as error:
        raise InputError(path, f"corrupt gzip data: {error}") from None
    return b"".join(chunks)


def binary_signature(data: bytes) -> str:
    """Name the binary format ``data`` starts with, or return ``""``.

    >>> binary_signature(b"%PDF-1.7 ...")
    'PDF document'
    """
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    return ""


def utf16_codec(sample: bytes) -> str:
    """Return ``utf-16-le``/``utf-16-be`` when NUL bytes sit on every other byte, else ``""``.

    >>> utf16_codec("<html>".encode("utf-16-le"))
    'utf-16-le'
    """
    half = len(sample) // 2
    if half < 2:
        return ""
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls >= MIN_UTF16_NUL_SHARE * half and even_nuls <= 0.05 * half:
        return "utf-16-le"
    if even_nuls >= MIN_UTF16_NUL_SHARE * half and odd_nuls <= 0.05 * half:
        return "utf-16-be"
    return ""


def looks_binary(sample: bytes) -> bool:
    """True when ``sample`` holds too many NUL or other control bytes to be text."""
    if not sample:
        return False
    nuls = sample.count(0)
    if nuls > MAX_NUL_SHARE * len(sample):
        return True
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return controls > MAX_CONTROL_SHARE * len(sample)


def declared_codec(head: bytes) -> str:
    """The Python codec for the charset a page declares in ``head``, or ``""``.

    >>> declared_codec(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'cp1252'
    """
    match = META_CHARSET.search(head) or XML_ENCODING.search(head)
    if not match:
        return ""
    label = match.group(1).decode("ascii").strip().lower()
    label = BROWSER_LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return ""


def decode_declared(data: bytes, codec: str) -> str | None:
    """Decode with the declared codec, or return None when the declaration does not fit."""
    if codec in SINGLE_BYTE_CODECS and not data.isascii():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return text  # valid multi-byte UTF-8 is a mis-declaration, not windows-1252
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        pass
    if codec == "utf-8":
        return None  # stray bytes: the mostly-UTF-8 step handles them
    if codec in SINGLE_BYTE_CODECS:
        return data.decode(codec, errors="replace")  # an undefined byte or two: keep going
    text = data.decode(codec, errors="replace")
    if text.count("\ufffd") <= max(2, len(text) // 1000):
        return text
    return None


def decode_mostly_utf8(data: bytes) -> str | None:
    """Decode UTF-8 text with a few stray bytes, reading each stray byte as windows-1252."""
    text = data.decode("utf-8", errors="surrogateescape")
    strays = len(STRAY_RE.findall(text))
    multibyte = len(MULTIBYTE_RE.findall(text))
    if multibyte == 0 or strays > max(MAX_STRAY_SHARE * multibyte, FEW_STRAYS):
        return None
    return text.translate(STRAY_TO_CP1252)


def decode_fallback(data: bytes, path: str) -> str:
    """Decode with charset-normalizer's best guess; windows-1252 wins a tie."""
    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise InputError(path, "cannot decode: no text encoding fits these bytes")
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if mess_ratio(western[:100_000]) <= best.chaos + CP1252_SLACK:
            return western
    logger.debug("%s: decoded as %s (chaos %.2f)", path, best.encoding, best.chaos)
    return str(best)
