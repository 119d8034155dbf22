"""Phrase lists matched word by word, all lists in one pass over the text.

A regex alternation of hundreds of phrases still tries every character of the text, once
per list. Here every phrase list in the checker is registered in one index keyed by first
word; a text is split into words once, and each word is looked up once, so the cost of a
check hardly depends on how long the vocabularies grow.

The matching rules are those of plain phrases in lexicon.py: case-insensitive, whole
words; white space between words; an apostrophe may be straight, curly or missing
("can't", "cant"); a hyphen may be a hyphen, a space or missing ("self-harm", "self harm",
"selfharm"); a trailing ``*`` matches the rest of a word. Phrases with other symbols, or a
leading ``*``, are matched by a regex instead (see ``PhraseSet.residual``).

A ``PhraseSet`` behaves like a compiled pattern for the calls the checker makes
(``finditer``, ``search``, ``match``, ``fullmatch``, ``findall``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import product
from typing import Any

from . import words
from .words import Words

_APOSTROPHES = "'\u2019"
_HYPHENS = "-\u2010\u2013"
_PLAIN_CHUNK = re.compile(r"[^\W_]+(?:[-\u2010\u2013'\u2019][^\W_]+)*\*?")

_CACHE: ContextVar[dict[str, Any] | None] = ContextVar("checker_phrase_cache", default=None)


class TokenMatch:
    """The parts of ``re.Match`` the checker uses, for a phrase found word by word."""

    __slots__ = ("_end", "_start", "string")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string = string
        self._start = start
        self._end = end

    def start(self, group: int = 0) -> int:
        return self._start

    def end(self, group: int = 0) -> int:
        return self._end

    def span(self, group: int = 0) -> tuple[int, int]:
        return self._start, self._end

    def group(self, group: int = 0) -> str:
        return self.string[self._start : self._end]

    def __repr__(self) -> str:
        return f"<TokenMatch span=({self._start}, {self._end}) match={self.group()!r}>"


@dataclass(frozen=True, slots=True)
class _Variant:
    """One way a phrase can appear as words: the words, the gaps allowed between them."""

    set_id: int
    words: tuple[str, ...]
    gaps: tuple[str, ...]  # "space": white space; "apostrophe"; "hyphen": hyphen or one space
    prefix_last: bool


def _variants(set_id: int, phrase: str) -> list[_Variant] | None:
    """Every word sequence a plain phrase can match, or None if it needs a regex."""
    chunks = phrase.lower().split()
    if not chunks or not all(_PLAIN_CHUNK.fullmatch(chunk) for chunk in chunks):
        return None
    per_chunk: list[list[tuple[tuple[str, ...], tuple[str, ...]]]] = []
    for chunk in chunks:
        parts = re.split(r"([-\u2010\u2013'\u2019])", chunk.rstrip("*"))
        words = parts[0::2]
        separators = parts[1::2]
        options: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        # Each separator either splits the words (as written) or is left out (joined).
        for joins in product((False, True), repeat=len(separators)):
            out_words = [words[0]]
            out_gaps: list[str] = []
            for joined, separator, word in zip(joins, separators, words[1:], strict=True):
                if joined:
                    out_words[-1] += word
                else:
                    out_words.append(word)
                    out_gaps.append("apostrophe" if separator in _APOSTROPHES else "hyphen")
            options.append((tuple(out_words), tuple(out_gaps)))
        per_chunk.append(options)
    variants = []
    for combination in product(*per_chunk):
        words: list[str] = []
        gaps: list[str] = []
        for index, (chunk_words, chunk_gaps) in enumerate(combination):
            if index:
                gaps.append("space")
            words.extend(chunk_words)
            gaps.extend(chunk_gaps)
        variants.append(_Variant(set_id, tuple(words), tuple(gaps), chunks[-1].endswith("*")))
    if len(chunks) == 1 and chunks[0].endswith("*") and len(variants[0].words[0]) < 3:
        return None  # a very short fragment ("mf*"): leave it to the regex
    return variants


def _rare_piece(phrase: str) -> str:
    """The piece of a phrase to search for first: an inner "*" (masked swearing is rare),
    else the longest run between wildcards."""
    core = phrase.lower().strip()
    # Only one "*" at each end is a wildcard; more ("f***") are asterisks in the text.
    core = core[1:] if core.startswith("*") else core
    core = core[:-1] if core.endswith("*") else core
    if "*" in core:
        return "*"
    return max(re.split(r"\*+", phrase.lower().strip()), key=len)


def _gap_ok(text: str, start: int, end: int, kind: str) -> bool:
    gap = text[start:end]
    if kind == "space":
        return bool(gap) and gap.isspace()
    if kind == "apostrophe":
        return gap in ("'", "\u2019")
    return len(gap) == 1 and (gap in _HYPHENS or gap.isspace())


class _Registry:
    """Every phrase set, indexed together by first word."""

    def __init__(self) -> None:
        self.sets: list[PhraseSet] = []
        # Keyed by the first word, or by the first two words when a phrase has two exact
        # ones (so "i" does not drag in every phrase that starts with "I").
        self.exact: dict[str, list[_Variant]] = {}
        self.pairs: dict[tuple[str, str], list[_Variant]] = {}
        # First word -> every second word it is indexed with (pairs and triples): most
        # occurrences of "the" or "i" are followed by none of them, and a string looked up
        # in a set costs less than building the pair.
        self.pair_seconds: dict[str, set[str]] = {}
        # ...or by the first three, when a phrase has three: "can't", "don't" and "I'm"
        # begin dozens of phrases each, and the third word tells them apart.
        self.triples: dict[tuple[str, str, str], list[_Variant]] = {}
        # Word fragments ("stockpil*") keyed by their first PREFIX_KEY letters.
        self.prefix: dict[str, list[_Variant]] = {}

    PREFIX_KEY = 3

    def add(self, phrase_set: PhraseSet, variants: list[_Variant]) -> None:
        self.sets.append(phrase_set)
        for variant in variants:
            first = variant.words[0]
            if variant.prefix_last and len(variant.words) == 1:
                self.prefix.setdefault(first[: self.PREFIX_KEY], []).append(variant)
            elif len(variant.words) >= 3 and not (variant.prefix_last and len(variant.words) == 3):
                self.triples.setdefault(variant.words[:3], []).append(variant)
                self.pair_seconds.setdefault(first, set()).add(variant.words[1])
            elif len(variant.words) >= 2 and not (variant.prefix_last and len(variant.words) == 2):
                self.pairs.setdefault((first, variant.words[1]), []).append(variant)
                self.pair_seconds.setdefault(first, set()).add(variant.words[1])
            else:
                self.exact.setdefault(first, []).append(variant)

    def scan(self, found: Words) -> dict[int, list[tuple[int, int]]]:
        """All phrase matches in a text: set id -> non-overlapping (start, end) spans."""
        text, words, starts, ends, where = (
            found.text,
            found.words,
            found.starts,
            found.ends,
            found.where,
        )
        length = len(text)
        exact_get, pairs_get, prefix_get = self.exact.get, self.pairs.get, self.prefix.get
        triples_get = self.triples.get
        pair_seconds_get, key_length = self.pair_seconds.get, self.PREFIX_KEY
        # What each distinct word may begin is looked up once, not at every occurrence; the
        # words that begin nothing (about a third of a post's) are never visited.
        plans: list[tuple[str, list[_Variant], set[str] | None]] = []
        for word in where:
            candidates = exact_get(word, ())
            fragments = prefix_get(word[:key_length])
            if fragments:
                candidates = [*candidates, *(v for v in fragments if word.startswith(v.words[0]))]
            paired = pair_seconds_get(word)
            if candidates or paired:
                plans.append((word, candidates, paired))
        best_at: dict[tuple[int, int], int] = {}  # (set, start) -> end of longest match
        count = len(words)
        for word, base, paired in plans:
            for index in where[word]:
                candidates = base
                if paired and index + 1 < count and (second := words[index + 1]) in paired:
                    pair = pairs_get((word, second))
                    if pair:
                        candidates = [*candidates, *pair]
                    if index + 2 < count:
                        triple = triples_get((word, second, words[index + 2]))
                        if triple:
                            candidates = [*candidates, *triple]
                if not candidates:
                    continue
                start = starts[index]
                if start and (text[start - 1] == "_" or text[start - 1] == "@"):
                    continue  # the regex form needs a word boundary not preceded by "@"
                for variant in candidates:
                    if len(variant.words) == 1:
                        # One word, already known to be it (or, for "stockpil*", to start so).
                        end = ends[index]
                        if end < length and text[end] == "_":
                            continue
                    else:
                        matched = _match_words(found, index, count, variant)
                        if matched is None:
                            continue
                        end = matched
                    key = (variant.set_id, start)
                    if end > best_at.get(key, -1):
                        best_at[key] = end
        spans_by_set: dict[int, list[tuple[int, int]]] = {}
        for (set_id, start), end in sorted(best_at.items(), key=lambda item: item[0][1]):
            spans = spans_by_set.setdefault(set_id, [])
            if not spans or start >= spans[-1][1]:
                spans.append((start, end))
        return spans_by_set


def _match_words(found: Words, index: int, count: int, variant: _Variant) -> int | None:
    """Where ``variant`` ends if it matches the words from ``index`` on (None if not)."""
    expected = variant.words
    last = len(expected) - 1
    if index + last >= count:
        return None
    words = found.words
    # The words first, then the gaps between them: most candidates (the phrases that share
    # a first word or two) fail on a word, which is the cheaper test.
    if variant.prefix_last:
        if not words[index + last].startswith(expected[last]):
            return None
        checked = last
    else:
        checked = last + 1
    for offset in range(checked):
        if words[index + offset] != expected[offset]:
            return None
    text, starts, ends = found.text, found.starts, found.ends
    for offset, kind in enumerate(variant.gaps, start=index + 1):
        if not _gap_ok(text, ends[offset - 1], starts[offset], kind):
            return None
    end = ends[index + last]
    if end < len(text) and text[end] == "_":
        return None
    return end


_REGISTRY = _Registry()


def _lowered(text: str) -> str:
    """``text.lower()``, remembered for the current check."""
    cache = _CACHE.get()
    if cache is None:
        return text.lower()
    key = ("lower", text)
    found = cache.get(key)
    if found is None:
        found = cache[key] = text.lower()
    return found


def _scan(text: str) -> dict[int, list[tuple[int, int]]]:
    cache = _CACHE.get()
    if cache is None:
        return _REGISTRY.scan(words.of(text))
    entry = cache.get(text)
    # A phrase set compiled (lazily) after the text was scanned needs a fresh scan.
    if entry is None or entry[0] != len(_REGISTRY.sets):
        entry = cache[text] = (len(_REGISTRY.sets), _REGISTRY.scan(words.of(text)))
    return entry[1]


class PhraseSet:
    """A list of plain phrases, matched word by word (see the module docstring)."""

    def __init__(self, phrases: list[str], residual_compile: Any) -> None:
        self.id = len(_REGISTRY.sets)
        self.source_phrases = list(phrases)
        variants: list[_Variant] = []
        leftovers: list[str] = []
        for phrase in phrases:
            found = _variants(self.id, phrase)
            if found is None:
                leftovers.append(phrase)
            else:
                variants.extend(found)
        #: A regex for the phrases that can't be matched word by word (symbols, fragments),
        #: tried only near where each phrase's longest literal piece occurs.
        self.residual = residual_compile(leftovers) if leftovers else None
        self.residual_literals = tuple({_rare_piece(phrase) for phrase in leftovers})
        _REGISTRY.add(self, variants)

    def _residual_matches(self, text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
        cache = _CACHE.get()
        if cache is None or (pos, endpos) == (0, len(text)):
            return self._find_residual(text, pos, endpos)
        key = ("residual", self.id, text)
        spans = cache.get(key)
        if spans is None:
            spans = cache[key] = self._find_residual(text, 0, len(text))
        return [s for s in spans if s[0] >= pos and s[1] <= endpos]

    def _find_residual(self, text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
        assert self.residual is not None
        lowered = _lowered(text)
        if len(lowered) != len(text) or not all(self.residual_literals):
            return [(m.start(), m.end()) for m in self.residual.finditer(text, pos, endpos)]
        spans: set[tuple[int, int]] = set()
        for literal in self.residual_literals:
            at = lowered.find(literal, pos, endpos)
            while at != -1:
                window_start, window_end = max(pos, at - 40), min(endpos, at + len(literal) + 40)
                for m in self.residual.finditer(text, window_start, window_end):
                    if m.start() <= at and at + len(literal) <= m.end():
                        spans.add((m.start(), m.end()))
                at = lowered.find(literal, at + 1, endpos)
        return sorted(spans)

    def _spans(self, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
        endpos = len(text) if endpos is None else endpos
        spans = _scan(text).get(self.id, [])
        if pos or endpos != len(text):
            spans = [s for s in spans if s[0] >= pos and s[1] <= endpos]
        if self.residual is not None:
            extra = self._residual_matches(text, pos, endpos)
            if extra:
                merged: list[tuple[int, int]] = []
                for span in sorted(spans + extra, key=lambda s: (s[0], -s[1])):
                    if not merged or span[0] >= merged[-1][1]:
                        merged.append(span)
                spans = merged
        return spans

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[TokenMatch]:
        return (TokenMatch(text, s, e) for s, e in self._spans(text, pos, endpos))

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[str]:
        return [text[s:e] for s, e in self._spans(text, pos, endpos)]

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> TokenMatch | None:
        spans = self._spans(text, pos, endpos)
        return TokenMatch(text, *spans[0]) if spans else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> TokenMatch | None:
        spans = [s for s in self._spans(text, pos, endpos) if s[0] == pos]
        return TokenMatch(text, *spans[0]) if spans else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> TokenMatch | None:
        endpos = len(text) if endpos is None else endpos
        spans = [s for s in self._spans(text, pos, endpos) if s == (pos, endpos)]
        return TokenMatch(text, *spans[0]) if spans else None


@contextmanager
def cache() -> Iterator[None]:
    """Remember each text's words and phrase matches for one check."""
    token = _CACHE.set({})
    try:
        with words.active():
            yield
    finally:
        _CACHE.reset(token)
