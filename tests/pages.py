"""Hypothesis strategies for page-shaped text: chrome lines, prose, odd spacing and scripts."""

from __future__ import annotations

from hypothesis import strategies as st

CHROME = (
    "Home > News > World",
    "Startseite › Politik › Ausland",
    "Share Tweet Email",
    "print dictionary print",
    "By Jane Doe and Tom Roe",
    "김민수 기자 kim@example.kr",
    "Yonhap",
    "Published: 15 Aug. 2025, 11:15",
    "입력 2025.03.14 10:22",
    "Updated: March 4, 2025 3:10 p.m. ET",
    "© 2025 Northfield Review. All rights reserved.",
    "Impressum",
    "12 Comments",
    "Leave a Reply",
    "댓글",
    "More in North Korea",
    "Related stories",
    "Tags: Politics, Economy",
    "#news #world",
    "We use cookies to improve your experience. Accept all cookies",
    "Accept all",
    "To write comments, please log in",
    "(0/250자)",
    "Subscribe to our newsletter",
    "Kim writes to Putin | Korea Daily",
    "Kim writes to Putin",
    "Council votes to close the old coal plant by 2030",
    "Kim and Putin shake hands. [AP/YONHAP]",
    "Marcus Bell covers the city. Reach him at mb@courier.example.",
    "|",
    "•",
)
PROSE = (
    "The council voted on Monday to close the old coal plant by the end of the decade.",
    "Residents who live near the plant welcomed the decision after years of complaints.",
    "Kim told Putin the ties had reached full bloom, state media said on Friday.",
    "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk zu schließen.",
    "El consejo votó el lunes para cerrar la vieja central de carbón antes de 2030.",
    "北朝鮮の金正恩総書記はプーチン大統領に書簡を送り、両国関係を称賛した。",
    "북한의 김정은 위원장은 푸틴 대통령에게 서한을 보내 양국 관계를 높이 평가했다.",
    "قال المجلس يوم الاثنين إنه سيغلق محطة الفحم القديمة بحلول نهاية العقد.",
    "המועצה הצביעה ביום שני על סגירת תחנת הכוח הישנה עד סוף העשור.",
    "Kim and Putin shake hands. [AP/YONHAP]",
    "On March 3, 2025, the council voted to close the plant, officials said.",
)
PREFIXES = ("", "", "", "  ", "\t", "- ", "* ", "1. ", "a) ", "# ", "## ", "\u00a0", "• ")
ENDINGS = ("\n", "\n", "\n\n", "\n\n", "\r\n", "\r", "\n\n\n")

lines = st.one_of(
    st.sampled_from(CHROME),
    st.sampled_from(PROSE),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
)
line = st.tuples(st.sampled_from(PREFIXES), lines, st.sampled_from(ENDINGS)).map("".join)
pages = st.lists(line, max_size=30).map("".join)
"""Pages made of chrome lines, prose lines and random text, with assorted bullets and endings."""
any_text = st.one_of(pages, st.text(max_size=300))
