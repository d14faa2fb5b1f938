"""Run every nasty input at full size through the CLI, one child process each.

    .venv/bin/python benchmarks/nasty.py            # all cases
    .venv/bin/python benchmarks/nasty.py nested     # cases whose name contains "nested"

Each input is written to a temporary file, then ``python -m pagetidy clean FILE`` runs in a
child process with stdout discarded. The table gives the exit status (0 output, 1 one
error line), the wall time and the child's peak RSS (``ru_maxrss`` from ``os.wait4``).
The budget is 5 s and 500 MB per input; rows marked ``extra`` go beyond the issue's list
to show throughput at the limits.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BUDGET_SECONDS = 5.0
BUDGET_MB = 500
PROSE = "The council met on Monday and agreed to act on the plan, officials said. "
PAGE = "\n\n".join(
    [
        "Home > News > World",
        "Council votes to close the old coal plant by 2030",
        "By Jane Doe",
        "Published: 15 Aug. 2025, 11:15",
        *(f"{PROSE}Paragraph {n} adds detail, residents said." for n in range(40)),
        "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk zu schließen.",
        "12 Comments",
        "reader · 2 hours ago",
        "© 2025 Northfield Review. All rights reserved.",
    ]
)
ZH = "市议会周一投票决定在本十年结束前关闭这座旧燃煤电厂，官员们表示。\n\n" * 2_000
JA = "北朝鮮の金正恩総書記はプーチン大統領に書簡を送り、両国関係を称賛した。\n\n" * 2_000
KO = "북한의 김정은 위원장은 푸틴 대통령에게 서한을 보내 양국 관계를 높이 평가했다.\n\n" * 2_000
RTL = "قال المجلس يوم الاثنين إنه سيغلق محطة الفحم القديمة بحلول نهاية العقد.\n\n" * 2_000


def html_nested(depth: int) -> bytes:
    body = "<div>" * depth + "<p>Deep text, officials said.</p>" + "</div>" * depth
    return f"<!doctype html><html><body>{body}</body></html>".encode()


def invalid_utf8() -> bytes:
    good = PAGE.encode()
    middle = len(good) // 2
    return good[:middle] + b"\xff\xfe\xc3(\x80" + good[middle:]


CASES: dict[str, tuple[Callable[[], bytes], bool]] = {
    "empty": (lambda: b"", False),
    "whitespace and NBSP only": (lambda: " \n\t\u00a0\n".encode() * 100_000, False),
    "PNG named .txt": (lambda: b"\x89PNG\r\n\x1a\n" + os.urandom(5_000_000), False),
    "PDF named .txt": (lambda: b"%PDF-1.7\n" + os.urandom(5_000_000), False),
    "NUL bytes (5 MB)": (lambda: b"\x00" * 5_000_000, False),
    "NUL bytes inside a page": (lambda: PAGE.replace("said.", "said.\x00", 3).encode(), False),
    "invalid UTF-8 mid-page": (invalid_utf8, False),
    "UTF-16 with BOM": (lambda: PAGE.encode("utf-16"), False),
    "UTF-16 without BOM": (lambda: PAGE.encode("utf-16-le"), False),
    "windows-1252": (lambda: PAGE.encode("cp1252"), False),
    "Shift_JIS": (lambda: JA.encode("shift_jis"), False),
    "EUC-KR": (lambda: KO.encode("euc-kr"), False),
    "GB18030": (lambda: ZH.encode("gb18030"), False),
    "CR-only line endings": (lambda: PAGE.replace("\n", "\r").encode(), False),
    "right-to-left text": (lambda: RTL.encode(), False),
    "mixed scripts": (lambda: (PAGE + "\n\n" + ZH[:3000] + KO[:3000] + RTL[:3000]).encode(), False),
    "all comment thread": (
        lambda: (
            "12 Comments\n\n"
            + "".join(f"reader{n} · 2 h ago\n\nI agree, {n}.\n\n" for n in range(3000))
        ).encode(),
        False,
    ),
    "unclosed <script> swallowing the page": (
        lambda: (
            "<html><body><p>First paragraph, officials said.</p><script>var a = 1;"
            + "<p>Swallowed paragraph of the article, officials said.</p>" * 20_000
        ).encode(),
        False,
    ),
    "HTML, 100,000 nested elements": (lambda: html_nested(100_000), False),
    "100 MB single line": (lambda: b"a" * 100_000_000, False),
    "1,000,000 short lines": (lambda: b"".join(b"line %d\n" % n for n in range(1_000_000)), False),
    "gzip bomb (1 GB of zeros)": (lambda: gzip.compress(b"\0" * 1_000_000_000, 1), True),
    "100,000 short lines (at --max-lines)": (
        lambda: b"".join(b"line %d\n" % n for n in range(100_000)),
        True,
    ),
    "100,000 blank-separated items": (
        lambda: b"".join(b"item %d\n\n" % n for n in range(49_999)),
        True,
    ),
    "1 MB single line of prose": (lambda: (PROSE * 14_000).encode(), True),
    "2 MB single line of prose": (lambda: (PROSE * 28_000).encode(), True),
    "adversarial: '1.' * 50,000": (lambda: b"1." * 50_000, True),
    "adversarial: ' >' * 50,000": (lambda: b" >" * 50_000, True),
    "adversarial: '#' * 100,000": (lambda: b"#" * 100_000, True),
    "adversarial: 'a' * 100,000": (lambda: b"a" * 100_000, True),
    "adversarial: dates": (lambda: b"2019-11-20 12 March 2020 1.1.2020 " * 3_000, True),
}


def run_case(path: Path) -> tuple[int, float, float]:
    """Exit status, wall seconds and peak RSS (MB) of one CLI run over ``path``."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "pagetidy", "clean", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert child.stderr is not None
    error = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    if child.returncode not in (0, 1) or error.count(b"\n") > 1:
        print(error.decode(errors="replace"), file=sys.stderr)
    return child.returncode, elapsed, usage.ru_maxrss / 1024


def make_input(name: str, path: Path) -> None:
    """Write one input in a child process, so this process never grows (a forked child's
    ``ru_maxrss`` starts at its parent's size)."""
    subprocess.run([sys.executable, __file__, "--make", name, str(path)], check=True)


def main(selected: list[str]) -> int:
    print(f"{'input':40} {'size':>10} {'exit':>4} {'seconds':>8} {'peak MB':>8}  verdict")
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        for name, (_, extra) in CASES.items():
            if selected and not any(word.lower() in name.lower() for word in selected):
                continue
            path = Path(folder) / "page.txt"
            make_input(name, path)
            size = path.stat().st_size
            status, seconds, peak = run_case(path)
            path.unlink()
            ok = status in (0, 1) and seconds < BUDGET_SECONDS and peak < BUDGET_MB
            failures += not ok
            verdict = ("ok" if ok else "OVER BUDGET") + (" (extra)" if extra else "")
            print(f"{name:40} {size:>10,} {status:>4} {seconds:>8.2f} {peak:>8.0f}  {verdict}")
    return 1 if failures else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        Path(sys.argv[3]).write_bytes(CASES[sys.argv[2]][0]())
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
