"""A standard-spelling view of a text, with a map back to the words as written.

People write "wot dose wud do it", "me mam", "dont bother checkin in on me", "ken which
one". The vocabularies are written in standard spelling; rather than add every variant to
every list, a reader can look at ``standard(text)`` instead, and map what it finds back to
the original with ``Standard.original_span``. The variants are data
(guidance/content/checks/spelling.toml).

Only whole words change; white space and punctuation are kept as they are, so sentences,
quotation marks and clauses fall where they did.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from . import gate, lexicon
from .words import distinct as distinct_words

_SENTENCE_START = re.compile(r"(?:\A|[.!?\n])\s*\Z")
_NEXT_WORD = re.compile(r"[ \t]+([^\W_]+)")
_ING_IN_VOCABULARY = re.compile(r"\b([a-z]{2,}ing)\b")


@dataclass(frozen=True, slots=True)
class Standard:
    """The standard-spelling text and where each changed word came from."""

    original: str
    text: str
    # (start in text, end in text, start in original, end in original), one per change.
    changes: tuple[tuple[int, int, int, int], ...]

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that ``text[start:end]`` was read from."""
        return self._original(start, is_end=False), self._original(end, is_end=True)

    def _original(self, offset: int, *, is_end: bool) -> int:
        starts = [change[0] for change in self.changes]
        index = bisect_right(starts, offset) - 1
        if index < 0:
            return offset
        new_start, new_end, old_start, old_end = self.changes[index]
        if offset == new_start and not is_end:
            return old_start
        if offset < new_end or (offset == new_end and is_end):
            # Inside a changed word: the whole word as written.
            return old_end if is_end else old_start
        return old_end + (offset - new_end)


Before = dict[str, tuple[str, frozenset[str], bool, bool]]


@cache
def _tables() -> tuple[dict[str, str], Before, dict[str, str], dict[str, str]]:
    words = {key.lower(): value for key, value in lexicon.get("spelling.words").items()}
    lower_only = {key: value for key, value in lexicon.get("spelling.lower_only").items()}
    before = {
        key.lower(): (
            spec["as"],
            frozenset(word.lower() for word in spec["next"])
            | frozenset(
                word.lower()
                for path in spec.get("next_lists", ())
                for word in lexicon.strings(path)
            ),
            bool(spec.get("lower_only", False)),
            bool(spec.get("sentence_start", False)),
        )
        for key, spec in lexicon.get("spelling.before").items()
    }
    dropped = lexicon.get("spelling.dropped_g")
    ing_words: set[str] = set(dropped.get("extra", []))
    for name, content in lexicon.data().items():
        if name != "spelling":
            ing_words.update(_ING_IN_VOCABULARY.findall(repr(content).lower()))
    never = {word.lower() for word in dropped.get("not", [])}
    dropped_g = {word[:-1]: word for word in ing_words if len(word) >= 5 and word[:-1] not in never}
    return words, before, dropped_g, lower_only


def _as_written(replacement: str, word: str) -> str:
    """Keep a capital at the start of the word ("Wot" -> "What")."""
    if word[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@cache
def _spellings() -> frozenset[str]:
    words, before, dropped_g, lower_only = _tables()
    return frozenset(words) | frozenset(before) | frozenset(dropped_g) | frozenset(lower_only)


@cache
def _first_words() -> frozenset[str]:
    """The first word of every spelling, as words.py splits it ("step dad" -> "step")."""
    return frozenset(re.split(r"[^\w]+|_", spelling)[0] for spelling in _spellings())


@cache
def _candidates() -> gate.Gated:
    """One regex finding only the words that might change, as a prefix tree (fast to scan).

    Gated (gate.py): in a long text it is tried only where a word that can begin a
    variant starts, rather than at every character (the look-behind defeats re's own
    skipping).
    """
    tree = lexicon.trie_alternation(sorted(_spellings()))
    return gate.Gated(
        re.compile(
            r"(?<![\w\-\u2010\u2013'\u2019@/.#])" + tree + r"(?![\w\-\u2010\u2013'\u2019@])",
            re.IGNORECASE,
        )
    )


def _replacement(text: str, match: re.Match[str]) -> str | None:
    words, before, dropped_g, lower_only = _tables()
    word = match.group()
    bare = " ".join(word.lower().split())
    if bare in before:
        standard, next_words, lower, at_start = before[bare]
        following = _NEXT_WORD.match(text, match.end())
        if following and following.group(1).lower() in next_words:
            if lower and not word.islower():
                return None  # "Ken" is a name
            if at_start and not _SENTENCE_START.search(text, 0, match.start()):
                return None  # "I am done" already has its "I"
            return _as_written(standard, word)
    if bare in lower_only:
        return lower_only[bare] if word.islower() else None
    if bare in words:
        return _as_written(words[bare], word)
    if bare.endswith("in") and bare in dropped_g:
        return _as_written(dropped_g[bare], word)
    return None


@lru_cache(maxsize=512)
def _standard_cached(text: str) -> Standard:
    pieces: list[str] = []
    changes: list[tuple[int, int, int, int]] = []
    position = 0  # in the original
    length = 0  # of the standard text so far
    for match in _candidates().finditer(text):
        replacement = _replacement(text, match)
        if replacement is None:
            continue
        gap = text[position : match.start()]
        pieces.append(gap)
        length += len(gap)
        pieces.append(replacement)
        changes.append((length, length + len(replacement), match.start(), match.end()))
        length += len(replacement)
        position = match.end()
    if not changes:
        return Standard(text, text, ())
    pieces.append(text[position:])
    return Standard(text, "".join(pieces), tuple(changes))


def standard(text: str) -> Standard:
    """The text with variant spellings read as standard ones (see the module docstring)."""
    if len(text) > 20_000:
        return Standard(text, text, ())  # long documents are written, not texted
    # The text's words are split once per check (words.py): most texts have no variant.
    if _first_words().isdisjoint(distinct_words(text)):
        return Standard(text, text, ())
    return _standard_cached(text)
