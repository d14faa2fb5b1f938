"""Read the names on one byline line: ``By Jane Doe``, ``Jane Doe | May 2``, ``jdoe42``.

Shapes:

- a cue and the names: ``By Jane Doe``, ``Written by: Jane Doe``, ``Author: Jane Doe``,
  ``Thread starter jdoe``, ``김민수 기자`` (cue words: ``lexicon/bylines.txt``);
- names, then a date or a reading time: ``Jane Doe | March 3, 2025``, ``Jane Doe · 3 min read``;
- a line that is only names (``names_only``), used next to a cue-only or a date line.

Names come back as the page prints them, without the cue, dates or job titles
(``lexicon/roles.txt``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Sequence
from itertools import accumulate
from typing import Final

from pagetidy.dates import find_dates
from pagetidy.filters.byline import NAME_JOINERS, byline_of
from pagetidy.filters.dateline import leftover_words
from pagetidy.lexicon import phrases
from pagetidy.model import Block
from pagetidy.signals import fold, text_cache

PUNCTUATION: Final = ".,;:!?()[]\"'“”‘’«»"
MAX_NAME_TOKENS: Final = 12
MAX_LINE_CHARS: Final = 160
MAX_SHAPE_TOKENS: Final = 3
"""A line that is only names, with no cue, holds at most this many words."""
COLON_CUE: Final = re.compile(
    r"^(?:authors?|author\(s\)|autor(?:in)?|autore|auteure?|written by|by|writer|reporter|"
    r"redakteur(?:in)?|redactor|escritor|rédacteur|작성자|기자|글|作者|筆者)"
    r"\s*[:：]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
WORD_CUE: Final = re.compile(
    r"^(?:written by|words by|story by|text by|reporting by|posted by|published by|"
    r"escrito por|[ée]crit par|text von|by|von|por|par|di|door|av|przez|автор|author|autor)"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
GLUED_CUE: Final = re.compile(r"^By(?P<rest>[A-Z][a-z].*)$")
LABEL_CUE: Final = re.compile(
    r"^(?i:written|posted|words|story|text|reporting|escrito|[ée]crit|geschrieben|scritto)\s+"
    r"(?i:by|por|par|von|da)(?:\s*by)?(?:\s+|(?=[A-Z]))(?P<rest>\S.*)$"
)
"""A cue that says who wrote the page (``Written by``, also glued to the name as a dump
prints it: ``Written byAnn Lee``, ``Written byby Ann Lee``): one name is enough."""
FORUM_CUE: Final = re.compile(
    r"(?:^|\s)(?:(?:thread starter|started by|original poster|asked by)\s*:?\s*)+(?P<rest>\S.*)$"
    r"|^(?P<user>\S+)\s+(?:discussion starter|thread starter|original poster|op)$",
    re.IGNORECASE,
)
MAX_CUE_LINE_WORDS: Final = 10
"""A forum cue (``started by``) opens a short header line, not a sentence (``get started by
answering the questions``)."""
USER_NAME: Final = re.compile(r"[a-z][A-Z]|[a-z][_\d.]|[_\d]$")
LOGIN: Final = re.compile(r"[^\W_][\w.\-]{1,28}[^\W_.\-]")
"""A one-word name must look like a login (``TatyanaBol``, ``noah_b``, ``woodfan42``)."""
NOT_AUTHORS: Final = frozenset(
    [
        "reviewed",
        "edited",
        "checked",
        "photo",
        "photos",
        "photograph",
        "photography",
        "image",
        "images",
        "picture",
        "video",
        "illustrated",
        "illustration",
        "illustrations",
        "graphic",
        "graphics",
        "sponsored",
        "powered",
        "post",
        "reply",
        "replied",
        "answered",
        "commented",
    ]
)
"""Words before ``by`` that name someone other than the author (``Medically reviewed by``)."""
INLINE_CUE: Final = re.compile(r"(?:^|\s)(?:[Bb]y|[Vv]on|[Pp]or|[Pp]ar)\s+(?=[A-Z])")
SEPARATOR: Final = re.compile(r"[|•·⋅]|\s[-–—]\s")
READ_TIME: Final = re.compile(r"\b\d{1,3}\s?(?:min(?:ute)?s?|분)\b", re.IGNORECASE)
GLUED_WORD: Final = re.compile(
    r"(?<=[a-z])(?=(?:Published|Updated|Posted|Last|Reviewed|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\b)"
)
MAX_LOOSE_TOKENS: Final = 5
MAX_ASIDE_WORDS: Final = 4
"""Lower-case words a byline's segment may print after the names (``Ana Ruiz on behalf
of the news team``); more make a sentence."""
MAX_ROLE_WORDS: Final = 4
MAX_DATE_PREFIX: Final = 4
"""A word between a login and its date is short (``on``, ``Sat``), not a label (``date:``)."""
ASIDE: Final = re.compile(r"\([^()]{1,40}\)\s*")
"""A parenthetical after a login: its display name (``jdoe (Jane Doe)``)."""
GLUED: Final = re.compile(r"[a-z][A-Z]{3}|[a-z][A-Z].*[a-z][A-Z]")
"""Words glued together (``HealthDECEMBER``, ``OfficeOrganizingPapers``), not ``McIntyre``."""
LYNX_MARKS: Final = re.compile(r"\((?:BUTTON|IMAGE)\)\s*|\[\d+\]")
EMPHASIS: Final = re.compile(
    r"\*\*+|(?<!\w)_{1,2}(?=[^\W_]|\s|$)|(?<=[^\W_])_{1,2}(?!\w)|\\(?=[^\w\s])"
)
"""Markdown a dump prints around words (``**Ana Ruiz**``, ``_Ana Ruiz_``, ``__`` for an
icon, ``\\-`` for an escaped dash), not the underscores inside a login (``noah_b``) nor a
form's blank field (``By: ________``)."""


WORD_CHAR: Final = re.compile(r"\w")
"""A character :func:`pagetidy.signals.fold` keeps (a letter, a digit, an underscore)."""


ALT_TEXT: Final = re.compile(r"\[[^\[\]]{1,160}\]\s+")
"""An image's alt text as a dump prints it: ``[Picture of Ana Ruiz]``."""


def unmarked(text: str) -> str:
    """The text without the Markdown emphasis and escapes a dump adds around words, and
    without the ``[alt text]`` of an image printed before it (a line that is only an
    image's alt text is left as it is: an icon's ``[LinkedIn]`` is no name).

    >>> unmarked("By **Ana Ruiz**"), unmarked("__ Jonas Weber"), unmarked("Eliz \\\\- Editor")
    ('By Ana Ruiz', 'Jonas Weber', 'Eliz - Editor')
    >>> unmarked("_noah_b_ · 3 min read"), unmarked("By: ____________")
    ('noah_b · 3 min read', 'By: ____________')
    >>> unmarked("[Picture of Ana Ruiz] Ana Ruiz"), unmarked("[LinkedIn]")
    ('Ana Ruiz', '[LinkedIn]')
    """
    if text[:1] == "[" and (alt := ALT_TEXT.match(text)) and alt.end() < len(text):
        text = text[alt.end() :]
    if "*" not in text and "_" not in text and "\\" not in text:
        return text
    return " ".join(EMPHASIS.sub("", text).split())


def unmarked_blocks(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks, those with Markdown marks (an html2text dump's) or an image's alt text
    (inscriptis') read without them.

    A line that is only an image's alt text is read as that text when it has several
    words (``[Ana Ruiz]``) or the next line repeats it (``[jdoe]`` over ``jdoe``); one
    word alone is an icon's (``[LinkedIn]``) and stays as it is.
    """
    plain = [unmarked(block.text) for block in blocks]
    for at, text in enumerate(plain):
        inner = text[1:-1].strip() if text[:1] == "[" and text[-1:] == "]" else ""
        if " " in inner or (inner and plain[at + 1 : at + 2] == [inner]):
            plain[at] = inner
    return [
        block if text == block.text else Block(block.index, text, block.hints)
        for block, text in zip(blocks, plain, strict=True)
    ]


def _is_name_token(token: str) -> bool:
    if token.lower() in NAME_JOINERS or token in ("&", "-"):
        return True
    core = token.strip("()\"'“”‘’.,")
    if not core or any(map(str.isdigit, core)) or "@" in core or GLUED.search(core):
        return False
    return core[0].isupper()


def _names_throughout(words: list[str]) -> bool:
    """Could every word of a line belong to names? A word (a token holding a letter or a
    digit) that is no name token ends :func:`take_names`' names before it, so such a line
    is never all names; prose is told by its first lower-case word.

    >>> _names_throughout("Ana López, Tom Roe".split()), _names_throughout(["The", "ferry"])
    (True, False)
    >>> _names_throughout(["Ana", "Ruiz", "|"])
    True
    """
    return not any(not _is_name_token(word) and WORD_CHAR.search(word) for word in words)


def _unrepeated(tokens: list[str]) -> list[str]:
    """``Jane Doe Jane Doe`` (an avatar's alt text, then the name) read once."""
    for size in range(1, len(tokens) // 2 + 1):
        if len(tokens) % size == 0 and tokens == tokens[:size] * (len(tokens) // size):
            return tokens[:size]
    return tokens


def _is_role(part: str) -> bool:
    """Is a comma part of a byline a job title or an outlet (``Staff Writer``, ``The Times``)?"""
    words = fold(part).split()
    roles = phrases("roles")
    return fold(part) in roles or any(word in roles for word in words) or words[:1] == ["the"]


def _name_after_aside(words: list[str]) -> bool:
    """Does a name go on after the ``(...)`` that ``words`` open (``Ana (Ruiz) Soto``)?"""
    closing = next((at for at, word in enumerate(words) if word.endswith(")")), len(words))
    return closing + 1 < len(words) and _is_name_token(words[closing + 1])


def take_names(rest: str, single: bool = False) -> str | None:
    """The names at the start of ``rest``: capitalised words up to a date or other words.

    >>> take_names("Jane Doe and Tom Roe on March 3, 2025")
    'Jane Doe and Tom Roe'
    >>> take_names("Ana López, Staff Writer | Sports")
    'Ana López'
    >>> take_names("the crowd") is None
    True
    """
    rest = GLUED_WORD.sub(" | ", LYNX_MARKS.sub("", rest))
    dates = find_dates(rest)
    if dates:
        rest = rest[: dates[0].start]
    rest = SEPARATOR.split(rest, maxsplit=1)[0].strip()
    tokens: list[str] = []
    words = rest.split()
    login = words and LOGIN.fullmatch(words[0]) and (single or USER_NAME.search(words[0]))
    if login and single and (len(words) == 1 or not _is_name_token(words[1])):
        placeholder = fold(words[0]) in phrases("name_stops") or fold(words[0]) in phrases(
            "unnamed"
        )
        return None if placeholder else words[0]  # a login name (``jdoe42``, ``MixmasterFred``)
    for count, token in enumerate(words, 1):
        if not _is_name_token(token) or fold(token) in phrases("name_stops"):
            break
        if tokens and token.startswith("(") and not _name_after_aside(words[count - 1 :]):
            single = single or len(tokens) == 1  # a login, then its display name
            break  # an aside after the name: a display name, an outlet (``jdoe (Jane Doe)``)
        tokens.append(token)
        if token.endswith(":") and count < len(words):
            return None  # a label and its value (``Short URL: example.org/x``)
        if token.endswith(";") or (token.endswith(".") and len(token) > 3):
            break
    tokens = _unrepeated(tokens)
    while tokens and (tokens[-1].lower() in NAME_JOINERS or tokens[-1] in ("&", "-")):
        tokens.pop()
    if not tokens or len(tokens) > MAX_NAME_TOKENS:
        return None
    text = " ".join(tokens).rstrip(" ,;:.").strip("(\"'“‘ ")
    parts = [part.strip() for part in text.split(",")]
    kept = parts[:1] + [part for part in parts[1:] if part and not _is_role(part)]
    names = ", ".join(part for part in kept if part)
    named = [word for word in names.replace(",", " ").split() if word.lower() not in NAME_JOINERS]
    if not named or (len(named) < 2 and not single and not USER_NAME.search(names)):
        return None
    return names


def line_names(text: str, common: Container[str] = frozenset()) -> tuple[str, bool] | None:
    """The names a byline line gives, and whether its cue was explicit (not just shape).

    >>> line_names("By Jane Doe | March 3, 2025")
    ('Jane Doe', True)
    >>> line_names("Kim Ha-eun · 3 min read")
    ('Kim Ha-eun', False)
    >>> line_names("Thread starter woodfan42")
    ('woodfan42', True)
    >>> line_names("By noon the crowd had grown") is None
    True
    >>> line_names("By Company Size", frozenset({"company", "size"})) is None
    True
    """
    found = _line_names(text)
    if found is None:
        return None
    strong = FORUM_CUE.search(text) or COLON_CUE.match(text.strip())
    if found and not strong and all(word in common for word in name_words(found[0])):
        return None  # words the page prints in lower case: a menu entry (``By Use Case``)
    return found


def name_words(names: str) -> list[str]:
    return [word for word in fold(names).split() if word not in NAME_JOINERS]


@text_cache
def _line_names(text: str) -> tuple[str, bool] | None:
    text = LYNX_MARKS.sub("", text).strip().lstrip("*-• ")
    if not text or len(text) > MAX_LINE_CHARS:
        return None
    if (match := FORUM_CUE.search(text)) and len(text.split()) <= MAX_CUE_LINE_WORDS:
        user = (match.group("user") or match.group("rest").split()[0]).strip(",;:'\"")
        return (user, True) if user else None
    found = byline_of(text)
    if found is not None and found[1] != "byline_line":
        return found[0], True  # agency or Korean/Japanese reporter line
    cues = ((COLON_CUE, True), (LABEL_CUE, True), (GLUED_CUE, False), (WORD_CUE, False))
    for pattern, single in cues:
        if match := pattern.match(text):
            rest = match.group("rest")
            if rest.endswith(":"):
                return None  # a label over its value (``Posted by Member:``), not a name
            names = take_names(rest, single or stamped_login(rest) is not None)
            return (names, True) if names else None
    dates = find_dates(text)
    if dates or READ_TIME.search(text):
        inline = INLINE_CUE.search(text)
        before = fold(text[: inline.start()]).split()[-1:] if inline else []
        if inline and not set(before) & NOT_AUTHORS and (names := take_names(text[inline.end() :])):
            return names, True
        lead = text[: dates[0].start] if dates else ""
        if lead[-1:].isalpha():
            lead = ""  # a date glued to a word (``HealthDECEMBER 22``): a label, not names
        names = (take_names(lead) or stamped_login(text)) if lead.strip() else None
        if names and not leftover_words(text[len(names) :])[3:]:
            return names, False  # names, then only a date (``Jane Doe on May 2, 2025``)
    segments = [part.strip() for part in SEPARATOR.split(text) if part.strip()]
    if len(segments) < 2:
        return None
    for position, segment in enumerate(segments):
        for pattern in (COLON_CUE, WORD_CUE):
            if match := pattern.match(segment):
                names = take_names(match.group("rest"), pattern is COLON_CUE)
                if names:
                    return names, True
        others = segments[:position] + segments[position + 1 :]
        stamped = any(find_dates(other) or READ_TIME.search(other) for other in others)
        names = take_names(segment) if stamped and not find_dates(segment) else None
        rest = segment[len(names) :] if names and segment.startswith(names) else ""
        if names and (names == segment.split(" @")[0].strip() or segment.startswith(names)):
            if len(lower_words(rest)) > MAX_ASIDE_WORDS:
                continue  # a sentence that opens with capitalised words (``The Black Friday...``)
            return names, False
    return None


def is_role_line(text: str) -> bool:
    """Is the line a job title or the author label printed under a name (``Tech Reporter``)?

    >>> is_role_line("Senior Editor"), is_role_line("Author"), is_role_line("Senior Editors Pick")
    (True, True, False)
    """
    words = fold(text).split()
    if not words or len(words) > MAX_ROLE_WORDS:
        return False
    cue = fold(text) in phrases("bylines") and len(words) == 1
    return cue or fold(text) in phrases("roles") or words[-1] in phrases("roles")


def undoubled(text: str) -> str:
    """A line that prints the same words twice (an avatar's alt text, then the name), once.

    >>> undoubled("Josef Novák Josef Novák"), undoubled("Ana Ruiz")
    ('Josef Novák', 'Ana Ruiz')
    """
    words = text.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and words[:half] == words[half:] else text


def stamped_login(text: str) -> str | None:
    """The login a forum post's header line opens with, before its date.

    >>> stamped_login("changingtimes » Sat Feb 24, 2024 12:41 pm")
    'changingtimes'
    >>> stamped_login("amondale (Amondale) November 9, 2024, 3:12am 4")
    'amondale'
    >>> stamped_login("updated March 3, 2025"), stamped_login("Video - May 2, 2025")
    (None, None)
    """
    words = text.split()
    if len(words) < 2 or not LOGIN.fullmatch(words[0]) or fold(words[0]) in phrases("name_stops"):
        return None
    if words[0][0].isupper() and not USER_NAME.search(words[0]):
        return None  # a capitalised word (``Video - May 2``) is a label, not a login
    if (dates := find_dates(text)) and dates[0].start == 0:
        return None  # the first word is the date's (``Sun Dec 17, 2023``)
    rest = " ".join(words[1:])
    if ASIDE.match(rest):
        rest = rest[ASIDE.match(rest).end() :]  # type: ignore[union-attr]
    rest = rest.lstrip("»|·•-–—: ")
    dates = find_dates(rest)
    prefix = rest[: dates[0].start].split() if dates else ["-", "-"]
    short = all(len(word) <= MAX_DATE_PREFIX and word.isalpha() for word in prefix)
    return words[0] if len(prefix) <= 1 and short else None


def names_only(
    text: str, common: Container[str] = frozenset(), plain: bool = False, loose: bool = False
) -> str | None:
    """The names when the whole line is names (``Jane Doe``, ``Ana López, Tom Roe``).

    ``common`` holds words the page prints in lower case: a line made of them
    (``Recent Posts``) is a heading, not a person. A plain one-word line (``blumo``) is
    a login name only when ``plain`` (the caller knows a post's date follows). ``loose``
    (a line right between the headline and its date) lets in a team or staff byline
    (``Harbour Times Staff``, ``West Bell Dental Care``).

    >>> names_only("Ana López"), names_only("Recent Posts", frozenset({"posts"}))
    ('Ana López', None)
    """
    text = LYNX_MARKS.sub("", text).strip()
    words = text.split()
    if len(words) == 2 and ASIDE.fullmatch(words[1]) and fold(words[1]).startswith(fold(words[0])):
        text = words[0]  # a login and its display name (``amondale (Amondale)``)
    if " " not in text:  # one plain word (``Offline``) is no name; a login (``jdoe42``) is
        login = LOGIN.fullmatch(text) and (plain or USER_NAME.search(text))
        return text if login and fold(text) not in phrases("name_stops") else None
    if not _names_throughout(words):
        return None  # a word no name holds (``the``, ``2025``): told before reading the line
    names = take_names(text)
    if not names or fold(names) != fold(text):
        return None
    if loose:
        return names if len(names.split()) <= MAX_LOOSE_TOKENS else None
    if len(names.split()) > MAX_SHAPE_TOKENS:
        return None
    words = [word for word in fold(names).split() if word not in NAME_JOINERS]
    if any(word in common or word in phrases("roles") for word in words):
        return None
    return names


def common_words(blocks: Sequence[Block], skip: range = range(0)) -> PageWords:
    """Words the page prints in lower case (a person's name is not one of them).

    Blocks at ``skip`` (where a login name is looked for) and ``@handles`` do not count.

    >>> common = common_words([Block(0, "Sort by use case"), Block(1, "By Ana Ruiz")])
    >>> "use" in common, "ana" in common, "ruiz" in common
    (True, False, False)
    """
    return PageWords([block.text for at, block in enumerate(blocks) if at not in skip])


class PageWords(Container[str]):
    """The lower-case words of some blocks, a set read lazily: callers ask about a few
    words of a byline, so each is looked for in the blocks that hold it as a substring
    (one C search of the page) instead of splitting every block into words."""

    __slots__ = ("known", "page", "starts", "texts")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.page = "\n".join(texts)
        self.known: dict[object, bool] = {}
        self.starts: list[int] = []  # where each text starts in ``page``, counted when needed

    def __contains__(self, word: object) -> bool:
        answer = self.known.get(word)
        if answer is None:
            answer = isinstance(word, str) and self._printed(word)
            self.known[word] = answer
        return answer

    def _printed(self, word: str) -> bool:
        """Does a block holding ``word`` print it as a lower-case word? Only the blocks
        where the page's text holds it are read (found in C, not block by block).

        >>> words = PageWords(["Ann Lee", "Annette", "ann went home"])
        >>> "ann" in words, "lee" in words, "went home" in words, "" in PageWords([])
        (True, False, False, False)
        """
        at = self.page.find(word)
        if at < 0 or not self.texts:
            return False
        if not self.starts:
            self.starts = list(accumulate((len(text) + 1 for text in self.texts), initial=0))
        while at >= 0:
            which = bisect_right(self.starts, at) - 1
            if word in lower_words(self.texts[which]):
                return True
            at = self.page.find(word, self.starts[which + 1])  # the next block holding it
        return False


@text_cache
def lower_words(text: str) -> frozenset[str]:
    """The words one block prints in lower case (``@handles`` and punctuation aside)."""
    words = (word.strip(PUNCTUATION) for word in text.split() if not word.startswith("@"))
    return frozenset(word for word in words if word.isalpha() and word.islower())


def is_stamp(text: str) -> bool:
    return len(text) <= 80 and bool(find_dates(text) or READ_TIME.search(text))
