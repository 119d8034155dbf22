"""A text's words, found once per check and shared by the phrase matcher and the gate.

Both phrases.py (phrase lists matched word by word) and gate.py (which words start where,
and which word beginnings occur at all) read a text as its runs of letters and digits,
lower-cased. Splitting a 6,000-character post into words costs as much as several regex
scans, so it is done once per text and check: ``of(text)`` returns the same ``Words``
for every caller until the check ends.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import accumulate

_TOKEN = re.compile(r"[^\W_]+")
_SPLIT = re.compile(r"([^\W_]+)")  # split() keeps the words: [gap, word, gap, word, ..., gap]

_CACHE: ContextVar[dict[str, Words] | None] = ContextVar("checker_words", default=None)


class Words:
    """The words of one text: lower-cased, with their offsets, and where each occurs.

    ``aligned`` is False when lower-casing changed the text's length ("İ" becomes two
    characters): the words are then lower-cased one by one, keeping the original offsets.
    """

    __slots__ = ("_by_three", "_digits", "aligned", "ends", "starts", "text", "where", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        self.aligned = len(lowered) == len(text)
        if self.aligned:
            # One C-level split and running sum instead of a Match object per word.
            parts = _SPLIT.split(lowered)
            count = len(parts) // 2
            offsets = list(accumulate(map(len, parts)))
            self.words: list[str] = parts[1::2]
            self.starts: list[int] = offsets[0 : 2 * count : 2]
            self.ends: list[int] = offsets[1 : 2 * count : 2]
        else:
            matches = list(_TOKEN.finditer(text))
            self.words = [m.group().lower() for m in matches]
            self.starts = [m.start() for m in matches]
            self.ends = [m.end() for m in matches]
        #: word -> indices (into ``words``) where it occurs, in text order
        where: dict[str, list[int]] = {}
        for index, word in enumerate(self.words):
            found = where.get(word)
            if found is None:
                where[word] = [index]
            else:
                found.append(index)
        self.where = where
        self._by_three: dict[str, list[str]] | None = None
        self._digits: list[int] | None = None

    def sharing_three(self, fragment: str) -> list[str]:
        """The text's distinct words whose first three letters are ``fragment``'s."""
        if self._by_three is None:
            self._by_three = {}
            for word in self.where:
                self._by_three.setdefault(word[:3], []).append(word)
        return self._by_three.get(fragment[:3], [])

    def digits(self) -> list[int]:
        """Where the text's decimal digits are (what ``\\d`` matches), in order.

        Every digit is inside a word (a run of letters and digits), so only the words that
        are not all letters are looked at. Offsets are the text's only when ``aligned``.
        """
        if self._digits is None:
            found: list[int] = []
            indices = sorted(
                index for word, where in self.where.items() if not word.isalpha() for index in where
            )
            for index in indices:
                start = self.starts[index]
                found.extend(
                    start + offset
                    for offset, char in enumerate(self.words[index])
                    if char.isdecimal()
                )
            self._digits = found
        return self._digits


def cached(text: str) -> Words | None:
    """The words of ``text`` if the current check has already split it, else None."""
    cache = _CACHE.get()
    return None if cache is None else cache.get(text)


def distinct(text: str) -> Collection[str]:
    """The distinct words of ``text`` (the keys of ``of(text).where``): the current check's
    split when it has one, else found without the offsets and indices, for a text whose
    words are only looked up (half the cost of splitting it)."""
    cache = _CACHE.get()
    found = None if cache is None else cache.get(text)
    if found is not None:
        return found.where.keys()
    lowered = text.lower()
    if len(lowered) == len(text):
        return set(_TOKEN.findall(lowered))  # the words Words.__init__ splits out, aligned
    return {match.group().lower() for match in _TOKEN.finditer(text)}


def of(text: str) -> Words:
    """The words of ``text``, remembered for the current check."""
    cache = _CACHE.get()
    if cache is None:
        return Words(text)
    found = cache.get(text)
    if found is None:
        found = cache[text] = Words(text)
    return found


@contextmanager
def active() -> Iterator[None]:
    """Remember each text's words until the block (one check) ends; nested blocks share."""
    if _CACHE.get() is not None:
        yield
        return
    token = _CACHE.set({})
    try:
        yield
    finally:
        _CACHE.reset(token)
