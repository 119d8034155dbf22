"""Keyword gating: skip a regex when the words it needs are nowhere in the submission,
and try it only where one of its first words starts.

Most of the checker's patterns need a particular word to match at all ("myself",
"overdose", "sertraline"). Scanning six thousand characters for a pattern that cannot
match costs as much as scanning for one that can, so before the scan we ask a cheaper
question: does the text contain any word beginning with one of the pattern's required
stems?

The stems come from the compiled pattern itself (its parse tree), so the vocabularies in
TOML never need a hand-written "trigger word" list, and the gate is sound: a stem is only
taken from a run of letters that must appear, starting at a word boundary, in every
match. Patterns with no such run are never gated.

Second, most patterns must *begin* with one of a few words ("stop", "quit", "halve" ...)
right after a word boundary. For those, ``finditer`` over a whole text looks up where words
with those stems start (an index built once per text) and tries ``match`` only there,
instead of trying every character.

Third, where a pattern proves more than its first stems, fewer places are tried: its
first two words (``word_pairs``: "the only", "it's textbook") must occur in a row, or its
first words, spelled out whole (``first_words``), are looked up exactly. A short field (a
title) is gated on its own words. ``DigitLed`` and ``CharLed`` do the same for detector
regexes that must start with a digit, or with a quotation mark or full stop.

The text's word prefixes are set for the duration of one check with ``active(text)``;
outside it, gated patterns behave exactly like plain ones.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any

from . import words
from .words import Words

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

STEM = 4  # characters of a word used as its stem
WHOLE = " "  # marks a first stem that is a whole (short) word: "i " is the word "i" only
FAST_PATH_MIN_LENGTH = 400  # shorter texts are simply scanned
# Use the word-start index when candidates < length / ratio: a match() tried at a word costs
# about as much as a plain scan of 8 characters (measured on benchmark and real posts).
FAST_PATH_RATIO = 8
_TOKEN = re.compile(r"[^\W_]+")
_PREFIXES: ContextVar[frozenset[str] | None] = ContextVar("checker_gate_prefixes", default=None)
# A short field's own word prefixes, by its text: a pattern searching only that field is
# gated against its words rather than the whole submission's (a title closes most gates).
_FIELD_PREFIXES: ContextVar[dict[str, frozenset[str]] | None] = ContextVar(
    "checker_gate_field_prefixes", default=None
)
_INDEXES: ContextVar[dict[str, Any] | None] = ContextVar("checker_gate_indexes", default=None)
# The checked text, case-folded, for the literal gate: [source text, folded or None].
_FOLDED: ContextVar[list[str | None] | None] = ContextVar("checker_gate_folded", default=None)
# The first-stem of patterns that begin with a digit starting a word (``digit_first``).
DIGIT = "\x00digit"
DIGIT_FIRST = r"\d(?<!\w\d)"
_UNSET: Any = object()  # "not looked up yet", where None is an answer
# Marks a first "stem" that is a literal looked up anywhere ("www."), not at word starts.
LITERAL = "\x01"
# Marks a first "stem" that is any word followed at once by one of some marks ("'").
FOLLOWED = "\x02"
# The first "stem" of words that start with a capital A-Z (matched case-sensitively).
CAPITAL = "\x03capital"
# The capital first, then the look-behind: re skips quickly to a character of a class that
# starts a pattern, but tries every position when a look-behind does (3x slower here).
_CAPITAL_START = re.compile(r"[A-Z](?<![^\W_][A-Z])")
LITERAL_MIN = 3  # shorter literals ("of", "ur") are in nearly every text: not worth a look
LITERAL_MAX_SET = 12  # a set of more alternatives costs more to look for than it saves

# Words so common that a gate built on them would almost never close.
COMMON = frozenset(
    [
        "a",
        "about",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "back",
        "be",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "don",
        "done",
        "down",
        "even",
        "every",
        "for",
        "from",
        "get",
        "go",
        "going",
        "got",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "like",
        "make",
        "me",
        "more",
        "most",
        "much",
        "my",
        "no",
        "not",
        "now",
        "of",
        "off",
        "on",
        "one",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "said",
        "say",
        "see",
        "she",
        "so",
        "some",
        "still",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "too",
        "up",
        "us",
        "very",
        "was",
        "we",
        "well",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "u",
        "ur",
        "im",
        "ive",
        "id",
        "ill",
        "dont",
        "cant",
        "wont",
        "isnt",
        "its",
        "thats",
        "whats",
        "theres",
        "youre",
    ]
)
_COMMON_STEMS = frozenset(word[:4] for word in COMMON) | COMMON

_BOUNDARY_ATS = {
    sre_constants.AT_BEGINNING,
    sre_constants.AT_BEGINNING_STRING,
    sre_constants.AT_BEGINNING_LINE,
    sre_constants.AT_BOUNDARY,
    sre_constants.AT_UNI_BOUNDARY,
    sre_constants.AT_LOC_BOUNDARY,
}
_NON_WORD_CATEGORIES = {
    sre_constants.CATEGORY_SPACE,
    sre_constants.CATEGORY_NOT_WORD,
    sre_constants.CATEGORY_UNI_SPACE,
    sre_constants.CATEGORY_UNI_NOT_WORD,
    sre_constants.CATEGORY_NOT_DIGIT,
}
_WORD_CATEGORIES = {
    sre_constants.CATEGORY_WORD,
    sre_constants.CATEGORY_UNI_WORD,
    sre_constants.CATEGORY_LOC_WORD,
}


def prefixes(text: str) -> frozenset[str]:
    """Every 1- to STEM-character prefix of every word in the text, lower-cased."""
    found: set[str] = set()
    for token in set(_TOKEN.findall(text.lower())):
        for length in range(1, min(len(token), STEM) + 1):
            found.add(token[:length])
    return frozenset(found)


def prefixes_of(words: Any) -> frozenset[str]:
    """Every 1- to STEM-character prefix of the (lower-case) words given."""
    keys = {word[:STEM] for word in words}
    found = set(keys)
    for length in range(1, STEM):
        found.update({key[:length] for key in keys})
    return frozenset(found)


class WordStarts:
    """Where words start in a text, looked up by a stem of 1 to STEM letters."""

    __slots__ = (
        "_ends",
        "_exact",
        "_folded",
        "_full",
        "_heads",
        "_keys",
        "_literals",
        "_pairs",
        "_short",
        "_starts",
        "_text",
        "_where",
        "_word_starts",
        "_words",
    )

    def __init__(self, found: Words) -> None:
        # One index keyed by each word's first STEM letters (or the whole of a shorter
        # word), read from the text's words (words.py), which the phrase matcher shares.
        full: dict[str, list[int]] = {}
        starts = found.starts
        heads: dict[str, str] = {}
        for word, indices in found.where.items():
            key = heads[word] = word[:STEM]
            positions = [starts[index] for index in indices]  # faster than list(map(...))
            known = full.get(key)
            if known is None:
                full[key] = positions
            else:
                known.extend(positions)
        self._full = full
        self._keys = sorted(full)
        self._short: dict[str, list[int]] = {}
        self._text = found.text
        self._word_starts = found.starts
        self._ends = found.ends
        self._folded: str | None = None
        self._literals: dict[str, list[int]] = {}
        self._starts: dict[Any, list[int] | None] = {}
        self._words = found.words
        self._where = found.where
        self._heads = heads
        self._pairs: Any = _UNSET
        self._exact: dict[frozenset[str], list[int]] = {}

    def starts_for(
        self, key: Any, stems_by_length: dict[int, frozenset[str]], ratio: int
    ) -> list[int] | None:
        """The sorted word starts carrying one of the stems, or None when there are so many
        (one per ``ratio`` characters or more) that a plain scan is cheaper.

        Remembered by ``key``: patterns that begin with the same words share the answer.
        """
        found = self._starts.get(key, _UNSET)
        if found is _UNSET:
            lists = self._lists(stems_by_length)
            if sum(map(len, lists)) * ratio >= len(self._text):
                found = None
            elif len(lists) == 1:
                found = sorted(lists[0])  # one key's (or one literal's) starts: distinct
            else:
                found = sorted(set().union(*lists))  # prefixes may overlap: once each
            self._starts[key] = found
        return found

    def pairs(self) -> frozenset[str] | None:
        """Every "word head" pair of neighbouring words (the second cut to STEM letters), or
        None when the text has a character that ``re.IGNORECASE`` matches to an ASCII letter
        but that does not lower-case to it (the long s, the dotless i; ``_fold_chars``): its
        words may not be what a match read. Built once per text, in C-level calls."""
        if self._pairs is _UNSET:
            if any(char in self._text for char in _fold_chars()):
                self._pairs = None
            else:
                words = self._words
                heads = map(self._heads.__getitem__, words[1:])  # one fewer: zip stops early
                self._pairs = frozenset(map(" ".join, zip(words, heads, strict=False)))
        return self._pairs

    def starts_of_words(self, words_: frozenset[str]) -> list[int] | None:
        """The sorted starts of the text's words that are exactly one of ``words_``; None
        under the same condition as ``pairs``."""
        if self.pairs() is None:
            return None
        # Remembered by the words asked for: patterns that begin with the same words (about
        # three per set of words in a generated post) share the answer.
        found = self._exact.get(words_)
        if found is None:
            where, starts = self._where, self._word_starts
            # keys() & set iterates the (few) words asked for, not the text's hundreds.
            found = [starts[index] for word in where.keys() & words_ for index in where[word]]
            found.sort()  # each word is found once, at its own starts: no duplicates
            self._exact[words_] = found
        return found

    def capitals(self) -> list[int]:
        """Where the words start whose first letter is a capital A-Z."""
        found = self._literals.get(CAPITAL)
        if found is None:
            found = self._literals[CAPITAL] = [
                match.start() for match in _CAPITAL_START.finditer(self._text)
            ]
        return found

    def followed(self, marks: str) -> list[int]:
        """Where the words start that are followed at once by one of ``marks``."""
        key = FOLLOWED + marks
        found = self._literals.get(key)
        if found is None:
            found = []
            text, ends = self._text, self._ends
            for mark in marks:
                at = text.find(mark)
                while at != -1:
                    index = bisect_left(ends, at)
                    if index < len(ends) and ends[index] == at:
                        found.append(self._word_starts[index])
                    at = text.find(mark, at + 1)
            self._literals[key] = found
        return found

    def literal(self, literal: str) -> list[int]:
        """Where ``literal`` (lower-case ASCII) occurs, as ``re.IGNORECASE`` would find it."""
        found = self._literals.get(literal)
        if found is None:
            if self._folded is None:
                self._folded = fold(self._text)
            folded = self._folded
            found = []
            if len(folded) == len(self._text):
                at = folded.find(literal)
                while at != -1:
                    found.append(at)
                    at = folded.find(literal, at + 1)
            else:  # folding moved the offsets: every position is a candidate
                found = list(range(len(self._text)))
            self._literals[literal] = found
        return found

    def prefixes(self) -> frozenset[str]:
        """Every 1- to STEM-letter prefix of the text's words (what ``prefixes`` returns)."""
        return prefixes_of(self._full)

    def get(self, stem: str, default: Any = ()) -> list[int]:
        if len(stem) >= STEM and stem != DIGIT:
            return self._full.get(stem, default)
        found = self._short.get(stem)
        if found is None and stem == DIGIT:
            # Words that begin with a digit (any decimal digit, as ``\\d`` matches).
            found = self._short[stem] = [
                at for key, starts in self._full.items() if key[0].isdecimal() for at in starts
            ]
        if found is None:
            # A shorter stem: every key that starts with it, found by bisection.
            found = []
            index = bisect_left(self._keys, stem)
            while index < len(self._keys) and self._keys[index].startswith(stem):
                found.extend(self._full[self._keys[index]])
                index += 1
            self._short[stem] = found
        return found

    def _lists(self, stems_by_length: dict[int, frozenset[str]]) -> list[list[int]]:
        """The (non-empty) lists of starts for each stem present in the text."""
        lists: list[list[int]] = []
        for length, stems in stems_by_length.items():
            # Full-length keys (and whole short words) are exact; shorter are prefixes;
            # literals are substrings; the rest are the special first "stems".
            if length >= STEM:
                full = self._full
                lists.extend(full[stem] for stem in full.keys() & stems)
                continue
            if length == 0:
                found = [self.literal(literal) for literal in stems]
            elif length == -2:
                found = [self.capitals()]
            elif length < 0:
                found = [self.followed(marks) for marks in stems]
            else:
                found = [self.get(stem) for stem in stems]
            lists.extend(starts for starts in found if starts)
        return lists

    def positions(self, stems_by_length: dict[int, frozenset[str]]) -> set[int]:
        """The word starts that carry one of the stems."""
        return set().union(*self._lists(stems_by_length))


def word_starts(text: str) -> WordStarts | None:
    """The word-start index of a text (None when lower-casing moved its offsets)."""
    found = words.of(text)
    return WordStarts(found) if found.aligned else None


def _charset_is_non_word(items: list[Any]) -> bool:
    """True when an IN charset can only match characters that are not letters or digits."""
    for op, av in items:
        if op is sre_constants.LITERAL:
            if chr(av).isalnum():
                return False
        elif op is sre_constants.CATEGORY:
            if av not in _NON_WORD_CATEGORIES:
                return False
        elif op is sre_constants.RANGE:
            low, high = av
            if any(chr(code).isalnum() for code in range(low, min(high, low + 256) + 1)):
                return False
        else:
            return False
    return True


def _consumes_only_non_word(items: list[Any]) -> bool:
    for op, av in items:
        if op is sre_constants.IN and _charset_is_non_word(av):
            continue
        if op is sre_constants.LITERAL and not chr(av).isalnum():
            continue
        if op is sre_constants.CATEGORY and av in _NON_WORD_CATEGORIES:
            continue
        return False
    return True


def selectivity(stems: frozenset[str]) -> tuple[int, int, int]:
    """Sort key for candidate stem sets: fewest common stems, then fewest stems, longest."""
    return (
        sum(1 for stem in stems if stem in _COMMON_STEMS or len(stem) < 3),
        len(stems),
        -min(len(stem) for stem in stems),
    )


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    if not candidates:
        return None
    return min(candidates, key=selectivity)


def _sequence(items: list[Any], boundary: bool) -> frozenset[str] | None:
    """The most selective set of required stems for a sequence (None: none can be proven)."""
    return _best(_candidates(items, boundary))


def _candidates(items: list[Any], boundary: bool) -> list[frozenset[str]]:
    """Every stem set the sequence requires: each set must have a member in any match."""
    candidates: list[frozenset[str]] = []
    run = ""
    run_at_word_start = False

    def flush() -> None:
        nonlocal run
        if run and run_at_word_start:
            candidates.append(frozenset({run[:STEM]}))
        run = ""

    for op, av in items:
        if op is sre_constants.LITERAL:
            char = chr(av).lower()
            if char.isalnum():
                if not run:
                    run_at_word_start = boundary
                run += char
                boundary = False
            else:
                flush()
                boundary = True
        elif op is sre_constants.AT:
            flush()
            boundary = av in _BOUNDARY_ATS
        elif op in (sre_constants.ASSERT_NOT, sre_constants.ASSERT):
            flush()
            direction, sub = av
            # (?<![\w@]) / (?<!\w) before a word: the word starts at a word boundary.
            if op is sre_constants.ASSERT_NOT and direction < 0:
                sub_items = list(sub)
                if any(
                    (
                        o is sre_constants.IN
                        and any(
                            io is sre_constants.CATEGORY and iv in _WORD_CATEGORIES for io, iv in a
                        )
                    )
                    or (o is sre_constants.CATEGORY and a in _WORD_CATEGORIES)
                    for o, a in sub_items
                ):
                    boundary = True
        elif op is sre_constants.IN:
            flush()
            boundary = _charset_is_non_word(av)
        elif op is sre_constants.CATEGORY:
            flush()
            boundary = av in _NON_WORD_CATEGORIES
        elif op in (
            sre_constants.MAX_REPEAT,
            sre_constants.MIN_REPEAT,
            sre_constants.POSSESSIVE_REPEAT,
        ):
            flush()
            low, _high, sub = av
            sub_items = list(sub)
            if low >= 1:
                inner = _sequence(sub_items, boundary)
                if inner:
                    candidates.append(inner)
                boundary = _consumes_only_non_word(sub_items)
            else:
                boundary = boundary and _consumes_only_non_word(sub_items)
        elif op is sre_constants.SUBPATTERN:
            flush()
            sub = av[-1]
            inner = _sequence(list(sub), boundary)
            if inner:
                candidates.append(inner)
            boundary = False
        elif op is sre_constants.BRANCH:
            flush()
            branch_sets = [_sequence(list(branch), boundary) for branch in av[1]]
            if branch_sets and all(branch_sets):
                candidates.append(frozenset().union(*branch_sets))  # type: ignore[arg-type]
            boundary = False
        else:
            flush()
            boundary = False
    flush()
    return candidates


def _is_word_boundary_assertion(op: Any, av: Any) -> bool:
    if op is sre_constants.AT:
        return av in _BOUNDARY_ATS
    if op is sre_constants.ASSERT_NOT and av[0] < 0:
        return any(
            (
                o is sre_constants.IN
                and any(io is sre_constants.CATEGORY and iv in _WORD_CATEGORIES for io, iv in a)
            )
            or (o is sre_constants.CATEGORY and a in _WORD_CATEGORIES)
            for o, a in list(av[1])
        )
    if op is sre_constants.ASSERT and av[0] < 0:
        # (?<=,\\s): the character before is a space or punctuation, so a word starts here.
        behind = list(av[1])
        return bool(behind) and bool(_non_word_width(*behind[-1]))
    return False


# An item standing for "something unknown follows" (the body of a repeat may be followed by
# itself rather than by the rest of the pattern): word heads stop there.
_OPEN: tuple[Any, Any] = (None, None)
HEADS_LIMIT = 64  # more ways for a word to begin than this: keep the shorter stems


def _heads(items: list[Any], need: int, literal: bool = False) -> set[tuple[str, bool]]:
    """The ways a word that starts at ``items[0]`` can begin: (first letters, ended).

    Up to ``need`` letters are read through groups, alternatives and optional parts, so
    that ``(?:shouting|swearing)`` gives "shou" and "swea", not the "s" that the parser
    factors out of both. ``ended`` says the pattern proves the word ends right after the
    letters (``\\bi\\s`` is the word "i", not "in"). An empty head means the word's
    beginning is unknown.

    With ``literal``, any ASCII characters are read ("www.", "@"), not only letters.
    """
    if need == 0 or not items:
        return {("", False)}
    op, av = items[0]
    rest = items[1:]
    letters: list[str] | None = None
    if op is sre_constants.LITERAL:
        letters = [chr(av)]
    elif op is sre_constants.IN and len(av) <= 4 and all(o is sre_constants.LITERAL for o, _ in av):
        letters = [chr(a) for _o, a in av]  # "[sz]" in "fantasi[sz]e"
    if letters is not None and all(
        (c.isascii() if literal else c.isalnum()) and len(c.lower()) == 1 for c in letters
    ):
        tails = _heads(rest, need - 1, literal)
        found = {(c.lower() + head, ended) for c in letters for head, ended in tails}
    elif op is sre_constants.SUBPATTERN:
        found = _heads(list(av[-1]) + rest, need, literal)
    elif op is sre_constants.BRANCH:
        found = set()
        for branch in av[1]:
            found |= _heads(list(branch) + rest, need, literal)
    elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[1] == 1:
        low, _high, sub = av  # optional ("s?") or exactly once: the rest follows it
        found = _heads(list(sub) + rest, need, literal)
        if low == 0:
            found |= _heads(rest, need, literal)
    else:
        return {("", _ends_word(items))}
    return found if len(found) <= HEADS_LIMIT else {("", False)}


def _non_word_width(op: Any, av: Any) -> int | None:
    """The fewest characters an item consumes if it can only consume non-word ones, or None.

    Such items may lead a pattern ("(?:^|[.!?]\\s*)typical"): they sit in the gap of
    punctuation and space before the first word.
    """
    if op is sre_constants.LITERAL:
        return 1 if _never_in_a_word(op, av) else None
    if op is sre_constants.IN:
        return 1 if av and all(_never_in_a_word(o, a) for o, a in av) else None
    if op is sre_constants.SUBPATTERN:
        widths = [_non_word_width(o, a) for o, a in av[-1]]
        return None if None in widths else sum(widths)  # type: ignore[arg-type]
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        low, _high, sub = av
        widths = [_non_word_width(o, a) for o, a in sub]
        return None if None in widths else low * sum(widths)  # type: ignore[arg-type]
    return None


def _is_digits(op: Any, av: Any) -> bool:
    """True for ``\\d``, ``[0-9]`` or one or more of them: what starts a number."""
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return low >= 1 and len(sub) == 1 and _is_digits(*sub[0])
    if op is not sre_constants.IN or not av:
        return False
    for item_op, item_av in av:
        if item_op is sre_constants.CATEGORY:
            if item_av not in (sre_constants.CATEGORY_DIGIT, sre_constants.CATEGORY_UNI_DIGIT):
                return False
        elif item_op is sre_constants.RANGE:
            if not (ord("0") <= item_av[0] <= item_av[1] <= ord("9")):
                return False
        elif item_op is sre_constants.LITERAL:
            if not chr(item_av).isdecimal():
                return False
        else:
            return False
    return True


def _first(
    items: list[Any],
    boundary: bool,
    exact: bool = False,
    lead: list[bool] | None = None,
    case_sensitive: bool = False,
) -> frozenset[str] | None:
    """Stems one of which every match must *start* with, right after a word boundary.

    With ``exact``, a word shorter than STEM letters that the pattern proves complete ("i"
    in ``\\bi\\s+``) comes back as ``word + WHOLE``: only that word, not every word it
    begins, can start a match.

    With ``lead`` (a one-item list), the match may also begin with punctuation or space
    before that word ("(?:^|[.!?]\\s*)typical"); ``lead[0]`` is set when it can.

    With ``case_sensitive`` (the items are matched case-sensitively), a word that must
    start with ``[A-Z]`` is a capitalised word (CAPITAL), as in ``(?-i:[A-Z][a-z]+)``.
    """
    for index, (op, av) in enumerate(items):
        if op in (sre_constants.AT, sre_constants.ASSERT_NOT, sre_constants.ASSERT):
            boundary = boundary or _is_word_boundary_assertion(op, av)
            continue  # zero-width: the match has not started consuming yet
        if lead is not None and (width := _non_word_width(op, av)) is not None:
            # Punctuation or space before the word: the word starts after a non-word
            # character once at least one has surely been consumed.
            lead[0] = True
            boundary = boundary or width >= 1
            continue
        if op is sre_constants.SUBPATTERN:
            sub = list(av[-1])
            _group, add_flags, del_flags, _sub = av
            inner = (
                True
                if del_flags & sre_constants.SRE_FLAG_IGNORECASE
                else False
                if add_flags & sre_constants.SRE_FLAG_IGNORECASE
                else case_sensitive
            )
            if inner and _capital_first(sub, boundary):
                return frozenset({CAPITAL})  # (?-i:[A-Z][a-z]+): a name-like word
            # Read on through the group and what follows it; if the group changes the
            # case flag, the two differ, so stop telling capitals apart.
            same = not (add_flags | del_flags) & sre_constants.SRE_FLAG_IGNORECASE
            rest_sensitive = case_sensitive and same
            return _first(sub + items[index + 1 :], boundary, exact, lead, rest_sensitive)
        if op is sre_constants.BRANCH:
            rest = items[index + 1 :]
            # An alternative that starts with no word may start with a rare literal
            # ("@name you're ..." or "you're ...").
            sets = [
                _first(list(branch) + rest, boundary, exact, lead, case_sensitive)
                or _literal_first(list(branch) + rest)
                for branch in av[1]
            ]
            if sets and all(sets):
                return frozenset().union(*sets)  # type: ignore[arg-type]
            return None
        if not boundary:
            return None
        if case_sensitive and _capital_first(items[index:], boundary):
            return frozenset({CAPITAL})  # "[A-Z][a-z]+" in a case-sensitive pattern
        return _word_first(items[index:], exact, lead) or _followed_first(items[index:])
    return None


def _capital_first(items: list[Any], boundary: bool) -> bool:
    """True when case-sensitive ``items`` must start with a capital A-Z at a word start."""
    for op, av in items:
        if op in (sre_constants.AT, sre_constants.ASSERT_NOT, sre_constants.ASSERT):
            boundary = boundary or _is_word_boundary_assertion(op, av)
            continue
        return (
            boundary
            and op is sre_constants.IN
            and list(av) == [(sre_constants.RANGE, (ord("A"), ord("Z")))]
        )
    return False


def _word_first(items: list[Any], exact: bool, lead: list[bool] | None) -> frozenset[str] | None:
    """``_first`` for items that start consuming at a word boundary."""
    op, av = items[0]
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, sub = av
        rest = items[1:]
        # A body that may repeat is not always followed by the rest ("(?:ha)+"): what
        # follows it is unknown.
        follow = rest if high == 1 else [_OPEN]
        body_first = _first(list(sub) + follow, True, exact, lead) if high != 0 else None
        if low >= 1:
            return body_first
        rest_first = _first(rest, True, exact, lead)
        if body_first and rest_first:
            return body_first | rest_first
        return None
    if _is_digits(op, av):
        return frozenset({DIGIT})  # "\\b(?:one|two|\\d+)": a number starting a word
    heads = _heads(items, STEM)
    if any(not head for head, _ended in heads):
        return None
    return frozenset(
        head + WHOLE if exact and ended and len(head) < STEM else head for head, ended in heads
    )


def _alnum_only(op: Any, av: Any) -> bool:
    """True for an item that can only consume letters and digits (never "_" or a space)."""
    if op is sre_constants.LITERAL:
        return chr(av).isalnum()
    if op is sre_constants.IN:
        for item_op, item_av in av:
            if item_op is sre_constants.LITERAL:
                if not chr(item_av).isalnum():
                    return False
            elif item_op is sre_constants.RANGE:
                low, high = item_av
                if high - low > 256 or not all(chr(c).isalnum() for c in range(low, high + 1)):
                    return False
            else:
                return False
        return bool(av)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        return all(_alnum_only(o, a) for o, a in av[2])
    if op is sre_constants.SUBPATTERN:
        return all(_alnum_only(o, a) for o, a in av[-1])
    return False


def _followed_first(items: list[Any]) -> frozenset[str] | None:
    """FOLLOWED + the characters one of which must end the match's first word, if any.

    ``[a-z]+['\u2019]s`` (any word, then an apostrophe) has no first word to look up, but
    its first word must be followed at once by one of a few punctuation marks, which are
    rare: every match starts at a word that ends right before one.
    """
    index = 0
    consumed = False
    while index < len(items) and _alnum_only(*items[index]):
        op, av = items[index]
        is_repeat = op in (
            sre_constants.MAX_REPEAT,
            sre_constants.MIN_REPEAT,
            sre_constants.POSSESSIVE_REPEAT,
        )
        consumed = consumed or not is_repeat or av[0] >= 1
        index += 1
    if not consumed or index >= len(items):
        return None
    op, av = items[index]
    if op is sre_constants.LITERAL:
        marks = [chr(av)]
    elif op is sre_constants.IN and all(o is sre_constants.LITERAL for o, _ in av):
        marks = [chr(a) for _o, a in av]
    else:
        return None
    # Marks without case (punctuation), so that they are found as written.
    if not marks or not all(
        _never_in_a_word(sre_constants.LITERAL, ord(mark)) and mark.lower() == mark.upper()
        for mark in marks
    ):
        return None
    return frozenset({FOLLOWED + "".join(sorted(marks))})


_NEVER_WORD_CATEGORIES = {
    sre_constants.CATEGORY_SPACE,
    sre_constants.CATEGORY_UNI_SPACE,
    sre_constants.CATEGORY_NOT_WORD,
    sre_constants.CATEGORY_UNI_NOT_WORD,
}


def _never_in_a_word(op: Any, av: Any) -> bool:
    """True for a charset item that can match no letter, digit or underscore."""
    if op is sre_constants.LITERAL:
        return not (chr(av).isalnum() or chr(av) == "_")
    if op is sre_constants.CATEGORY:
        return av in _NEVER_WORD_CATEGORIES
    if op is sre_constants.RANGE:
        low, high = av
        return high - low < 256 and not any(
            chr(code).isalnum() or chr(code) == "_" for code in range(low, high + 1)
        )
    return False


def _ends_word(items: list[Any]) -> bool:
    """True when the items, matched right after a run of letters, prove the word ended."""
    if not items:
        return False  # the match may end inside a longer word ("the" in "there")
    op, av = items[0]
    if op is sre_constants.LITERAL:
        return not chr(av).isalnum() and chr(av) != "_"
    if op is sre_constants.IN:
        return all(_never_in_a_word(o, a) for o, a in av)
    if op is sre_constants.CATEGORY:
        return _never_in_a_word(op, av)
    if op is sre_constants.AT:
        return av in (
            sre_constants.AT_BOUNDARY,
            sre_constants.AT_UNI_BOUNDARY,
            sre_constants.AT_END,
            sre_constants.AT_END_STRING,
            sre_constants.AT_END_LINE,
        )
    if op is sre_constants.ASSERT_NOT and av[0] >= 0:
        # (?!\w) / (?![\w]) after the word
        return _is_word_boundary_assertion(sre_constants.ASSERT_NOT, (-1, av[1]))
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        low, _high, sub = av
        if low >= 1:
            return _ends_word(list(sub))
        # Optional: whatever comes next, the repeated part or the rest, must end the word.
        return _ends_word(list(sub)) and _ends_word(items[1:])
    if op is sre_constants.SUBPATTERN:
        return _ends_word(list(av[-1]))
    if op is sre_constants.BRANCH:
        return all(_ends_word(list(branch) + items[1:]) for branch in av[1])
    return False


def first_stems(
    pattern: re.Pattern[str], exact: bool = False, lead: list[bool] | None = None
) -> frozenset[str] | None:
    """Stems that every match starts with (None: a match could start anywhere).

    With ``exact``, short words the pattern proves whole end in WHOLE (see ``_first``).
    With ``lead``, matches may begin with punctuation or space before the word (see
    ``_first``); ``lead[0]`` tells whether they can.
    """
    if pattern.pattern.startswith(DIGIT_FIRST):
        return frozenset({DIGIT})  # a digit that starts a word (see ``digit_first``)
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    # "a|b|c" at the top level is a BRANCH: every alternative must be analysable.
    case_sensitive = not pattern.flags & re.IGNORECASE
    return _first(list(tree), False, exact, lead, case_sensitive) or _literal_first(list(tree))


def _literal_first(items: list[Any]) -> frozenset[str] | None:
    """LITERAL + the ASCII characters every match starts with ("http", "www.", "@"), if any.

    Unlike word stems these need no word boundary: they are looked up as substrings.
    """
    for index, (op, _av) in enumerate(items):
        if op in (sre_constants.AT, sre_constants.ASSERT_NOT, sre_constants.ASSERT):
            continue  # zero-width: the match has not started consuming yet
        heads = _heads(items[index:], STEM, literal=True)
        if any(not head for head, _ended in heads):
            return None
        return frozenset(LITERAL + head for head, _ended in heads)
    return None


# -- word pairs ------------------------------------------------------------------------------------
#
# Many patterns begin with a very common word ("the", "it", "he") followed by a rarer one
# ("the only", "it's textbook"): their first stems are in every post, so the word-start
# index offers a candidate at every "the". When the pattern proves which words can come
# first and second, the candidates are only the places where such a pair of words occurs.

PAIRS_LIMIT = 2048  # more (first word, second word) pairs than this: not worth indexing
_PAIRS_BUDGET = 20_000  # steps of the analysis before giving up on a pattern
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)


class _NoPairs(Exception):
    """The pattern's first two words cannot be told from its parse tree."""


def _ascii_letters(op: Any, av: Any) -> list[str] | None:
    """The lower-case ASCII letters or digits one item can match, if it matches only those.

    ASCII only: a non-ASCII letter matched case-insensitively need not lower-case to the
    pattern's letter, and the words index holds words lower-cased.
    """
    if op is sre_constants.LITERAL:
        chars = [chr(av)]
    elif op is sre_constants.IN and 0 < len(av) <= 4:
        if not all(item_op is sre_constants.LITERAL for item_op, _ in av):
            return None
        chars = [chr(a) for _o, a in av]
    else:
        return None
    if all(char.isascii() and char.isalnum() for char in chars):
        return [char.lower() for char in chars]
    return None


def _pair_paths(
    items: list[Any], first: str, gap: bool, second: str | None, out: set[Any], budget: list[int]
) -> None:
    """Add to ``out`` each (first word, second word's head, head is the whole word) that a
    match of ``items`` can begin with; raise _NoPairs when some match's cannot be told.

    ``first`` is the first word so far; ``gap`` says the non-word characters after it have
    begun; ``second`` (None until then) is the second word so far, read up to STEM letters.
    """
    budget[0] -= 1
    if budget[0] < 0 or len(out) > PAIRS_LIMIT:
        raise _NoPairs
    if second is not None and len(second) == STEM:
        out.add((first, second, False))
        return
    if not items:
        if not second:
            raise _NoPairs  # the match may end before a second word
        out.add((first, second, False))  # the word may go on after the match
        return
    op, av = items[0]
    rest = items[1:]
    if op in _ZERO_WIDTH and not second:
        # Consumes nothing: what it asserts only narrows the matches. (After letters of
        # the second word, "\b" and the like tell whether it ends: see below.)
        _pair_paths(rest, first, gap, second, out, budget)
        return
    if op is sre_constants.SUBPATTERN:
        _pair_paths(list(av[-1]) + rest, first, gap, second, out, budget)
        return
    if op is sre_constants.BRANCH:
        for branch in av[1]:
            _pair_paths(list(branch) + rest, first, gap, second, out, budget)
        return
    if op in _REPEATS and av[1] == 1:  # optional ("s?") or exactly once
        low, _high, sub = av
        _pair_paths(list(sub) + rest, first, gap, second, out, budget)
        if low == 0:
            _pair_paths(rest, first, gap, second, out, budget)
        return
    letters = _ascii_letters(op, av)
    if second is None:
        if letters is not None and not gap:
            for letter in letters:
                _pair_paths(rest, first + letter, False, None, out, budget)
            return
        if letters is not None:  # the second word begins
            _pair_paths(items, first, True, "", out, budget)
            return
        width = _non_word_width(op, av)
        # Only characters never in a word may separate the two words, at least one of them
        # (an optional one right after the first word could let the words run together).
        if width is None or not first or (width == 0 and not gap):
            raise _NoPairs
        _pair_paths(rest, first, True, None, out, budget)
        return
    if letters is not None:
        for letter in letters:
            _pair_paths(rest, first, True, second + letter, out, budget)
        return
    if not second:
        raise _NoPairs  # the second word starts with something other than letters
    out.add((first, second, _ends_word(items)))


def _first_word_paths(items: list[Any], word: str, out: set[str], budget: list[int]) -> None:
    """Add to ``out`` each whole first word a match of ``items`` can begin with; raise
    _NoPairs when some match's first word may go on past what the pattern spells."""
    budget[0] -= 1
    if budget[0] < 0 or len(out) > PAIRS_LIMIT:
        raise _NoPairs
    if not items:
        raise _NoPairs  # the match may end inside a longer word
    op, av = items[0]
    rest = items[1:]
    if op is sre_constants.SUBPATTERN:
        _first_word_paths(list(av[-1]) + rest, word, out, budget)
        return
    if op is sre_constants.BRANCH:
        for branch in av[1]:
            _first_word_paths(list(branch) + rest, word, out, budget)
        return
    if op in _REPEATS and av[1] == 1:  # optional ("s?") or exactly once
        low, _high, sub = av
        _first_word_paths(list(sub) + rest, word, out, budget)
        if low == 0:
            _first_word_paths(rest, word, out, budget)
        return
    letters = _ascii_letters(op, av)
    if letters is not None:
        for letter in letters:
            _first_word_paths(rest, word + letter, out, budget)
        return
    if not word:
        if op in _ZERO_WIDTH:  # before the word: narrows the matches, consumes nothing
            _first_word_paths(rest, word, out, budget)
            return
        raise _NoPairs
    if not _ends_word(items):
        raise _NoPairs  # letters of any kind may follow: the word is not all spelled out
    out.add(word)


def first_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every whole word a match can begin with, when the pattern spells them all out in
    ASCII letters and proves where each ends ("checkin", not every word starting "chec");
    None otherwise. Sound for the words index for the same reasons as ``word_pairs``."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None  # as in first_stems: left to the other gates
    found: set[str] = set()
    try:
        _first_word_paths(list(tree), "", found, [_PAIRS_BUDGET])
    except (_NoPairs, RecursionError):
        return None
    return frozenset(found) or None


def word_pairs(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every way a match can begin, as "first head": its first word, a space, and the first
    STEM letters of its second word (or all of a shorter one the pattern proves whole);
    None when the pattern does not prove them.

    Sound for the words index (words.py): a match starting at a word start consumes the
    first word's letters, then only non-word characters, then the second word's letters,
    so the text's word there *is* the first word, and the next word begins with the head.
    """
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None  # as in first_stems: left to the other gates
    paths: set[tuple[str, str, bool]] = set()
    try:
        _pair_paths(list(tree), "", False, None, paths, [_PAIRS_BUDGET])
    except (_NoPairs, RecursionError):
        return None
    if not paths or any(len(head) < STEM and not ended for _first, head, ended in paths):
        return None  # a short head could begin many words: not an exact key
    return frozenset(f"{first} {head}" for first, head, _ended in paths)


def required_stems(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Stem sets every match needs: for each set, one stem starts a word in the match.

    All the sets must be satisfied (they come from different required parts of the
    pattern), so the gate closes when any one of them is absent. Empty: never gated.
    """
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return ()
    candidates = _candidates(list(tree), boundary=False)
    # Sets made only of very common words never close; keep the rest, most selective first.
    useful = [c for c in candidates if selectivity(c)[0] < len(c)]
    return tuple(sorted(set(useful), key=selectivity)[:4]) or tuple(candidates[:1])


class Gated:
    """A compiled pattern that skips its work when its stems are absent from the text."""

    __slots__ = (
        "_decided",
        "_field_decided",
        "first",
        "first_by_length",
        "first_key",
        "first_whole",
        "lead",
        "literals",
        "marks",
        "pairs",
        "pattern",
        "stems",
    )

    def __init__(self, pattern: re.Pattern[str], stems: frozenset[str] | None = None) -> None:
        self.pattern = pattern
        self.stems: tuple[frozenset[str], ...] = (stems,) if stems else required_stems(pattern)
        # Stem sets are checked with set operations; a substring search costs more, so the
        # literal gate is kept for patterns the stems cannot gate at all.
        self.literals = () if self.stems else required_literals(pattern)
        lead = [False]
        self.first = first_stems(pattern, exact=True, lead=lead)
        self.lead = lead[0]
        by_length: dict[int, set[str]] = {}
        for stem in self.first or ():
            # Whole words are looked up exactly, like full-length stems; DIGIT like a prefix.
            if stem.startswith(LITERAL):
                by_length.setdefault(0, set()).add(stem[1:])  # found as a substring
                continue
            if stem.startswith(FOLLOWED):
                by_length.setdefault(-1, set()).add(stem[1:])  # words followed by a mark
                continue
            if stem == CAPITAL:
                by_length.setdefault(-2, set()).add(stem)  # words starting with a capital
                continue
            length = STEM if stem.endswith(WHOLE) else 1 if stem == DIGIT else len(stem)
            by_length.setdefault(length, set()).add(stem.rstrip(WHOLE))
        self.first_by_length = {length: frozenset(s) for length, s in by_length.items()}
        self.first_key = tuple(sorted(self.first_by_length.items(), key=lambda item: item[0]))
        # The first two words, for patterns whose matches start at a word (not in the
        # punctuation before it) found by its stem in the word-start index.
        plain = self.first is not None and not self.lead and min(by_length, default=0) > 0
        self.pairs = word_pairs(pattern) if plain and DIGIT not in (self.first or ()) else None
        # And its first words, when spelled out whole: looked up exactly, not by stem.
        self.first_whole = (
            first_words(pattern) if plain and DIGIT not in (self.first or ()) else None
        )
        # (the check's word prefixes, closed?) for the check that last asked. One tuple,
        # replaced whole: checks running at once in threads of one process (gunicorn's
        # threaded workers) may each recompute it, but none can read another's answer.
        self._decided: tuple[frozenset[str] | None, bool] = (None, False)
        self._field_decided: tuple[frozenset[str] | None, bool] = (None, False)
        # No first words, but every match starts at the text's start or at one of a few
        # marks ("(?:^|[.!?\n]\s*)..."): (starts at 0?, the marks), else None.
        self.marks = _start_or_marks(pattern) if self.first is None else None

    def _absent(self, text: Any = None) -> bool:
        """True when the pattern cannot match in the submission being checked, or in
        ``text`` when that is one of its short fields (see ``_FIELD_PREFIXES``)."""
        present = _PREFIXES.get()
        if present is None:
            return False
        checked, closed = self._decided
        if present is not checked:  # once per check, not once per call
            # map() rather than a generator: this runs for every pattern a check asks about.
            closed = any(map(present.isdisjoint, self.stems))
            if not closed and self.literals:
                folded = _folded_text()
                if folded is not None:
                    closed = any(
                        not any(literal in folded for literal in literal_set)
                        for literal_set in self.literals
                    )
            self._decided = (present, closed)
        if closed:
            return True
        own = _field_prefixes(text)
        if own is None:
            return False
        # A second slot, so that a title's answers and the submission's do not evict
        # each other as detectors go from one field to the next.
        checked, closed = self._field_decided
        if own is not checked:
            closed = any(map(own.isdisjoint, self.stems))
            self._field_decided = (own, closed)
        return closed

    def search(self, *args: Any) -> re.Match[str] | None:
        return None if self._absent(args[0]) else self.pattern.search(*args)

    def match(self, *args: Any) -> re.Match[str] | None:
        return None if self._absent(args[0]) else self.pattern.match(*args)

    def fullmatch(self, *args: Any) -> re.Match[str] | None:
        return None if self._absent(args[0]) else self.pattern.fullmatch(*args)

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        if self._absent(args[0]):
            return iter(())
        return self._open_finditer(args)

    def _open_finditer(self, args: tuple[Any, ...]) -> Iterator[re.Match[str]]:
        """finditer once the gate is known to be open (a GatedSet has just checked it)."""
        if len(args) == 1 and self.first is not None and len(args[0]) >= FAST_PATH_MIN_LENGTH:
            index = _index_for(args[0])
            if index is not None:
                if self.pairs is not None:
                    # None of the pattern's first two words in a row: it cannot match.
                    present = index.pairs()
                    if present is not None and present.isdisjoint(self.pairs):
                        return iter(())
                if self.first_whole is not None:
                    positions = index.starts_of_words(self.first_whole)
                    if positions is not None and len(positions) * FAST_PATH_RATIO < len(args[0]):
                        return self._at_word_starts(args[0], positions)
                # Trying match() at each candidate beats a full scan only when they are few.
                positions = index.starts_for(self.first_key, self.first_by_length, FAST_PATH_RATIO)
                if positions is not None:
                    return self._at_word_starts(args[0], positions)
        elif (
            self.marks is not None
            and len(args) == 1
            and isinstance(args[0], str)
            and len(args[0]) >= FAST_PATH_MIN_LENGTH
        ):
            return matches_at(self.pattern, args[0], _mark_positions(args[0], *self.marks))
        return self.pattern.finditer(*args)

    def _at_word_starts(self, text: str, positions: list[int]) -> Iterator[re.Match[str]]:
        """finditer, trying only the (sorted) offsets where one of the first stems starts."""
        if not self.lead:
            yield from matches_at(self.pattern, text, positions)
            return
        resume = 0
        match_at = self.pattern.match
        for position in positions:
            if position < resume:
                continue
            start = position
            if self.lead:
                # The match may begin anywhere in the punctuation and space before the word
                # (never inside a word), so try the gap from its left end, as a scan would.
                while start > resume and not (
                    (char := text[start - 1]).isalnum() or char == "_"  # a word character, as \w
                ):
                    start -= 1
            for at in range(start, position + 1):
                if at < resume:
                    continue
                match = match_at(text, at)
                if match:
                    yield match
                    resume = max(match.end(), at + 1)

    def findall(self, *args: Any) -> list[Any]:
        return [] if self._absent(args[0]) else self.pattern.findall(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    def __repr__(self) -> str:
        return f"Gated({self.pattern.pattern[:60]!r}, stems={[sorted(s)[:5] for s in self.stems]})"


def compile(source: str, flags: int = 0, stems: frozenset[str] | None = None) -> Gated | GatedSet:
    """Compile ``source`` into a gated pattern (``stems`` when the caller knows them better).

    A pattern that is an alternation at its top level ("a|b|c") becomes one gated pattern
    per alternative, so that each is skipped on its own.
    """
    parts = split_top_level(source) if stems is None else [source]
    if len(parts) > 1:
        return GatedSet([Gated(re.compile(digit_first(part), flags)) for part in parts])
    return Gated(re.compile(digit_first(source), flags), stems)


_LEADING_DIGITS = re.compile(
    r"^(?:\\b|\(\?<!\[?\\w\]?\))\\d(?:\{(\d+)(?:,(\d*))?\}|(\+)|(\*)|(\?))?"
)


def digit_first(source: str) -> str:
    r"""Rewrite a leading word-boundary + digits so the pattern starts with ``\d``.

    ``re`` can skip quickly to the characters a pattern can start with only when the
    pattern starts by consuming one; ``\b\d{1,3}...`` starts with an assertion, so every
    position is tried. ``\d(?<!\w\d)\d{0,2}...`` matches the same and starts with a digit.
    """
    match = _LEADING_DIGITS.match(source)
    if not match:
        return source
    low, high, plus, star, optional = match.groups()
    if star or optional:
        return source  # the digit may be absent: leave it alone
    if plus:
        rest = r"\d*"
    elif low is None:
        rest = ""
    else:
        new_low = max(int(low) - 1, 0)
        if high is None:
            rest = rf"\d{{{new_low}}}" if new_low else ""
        elif high == "":
            rest = rf"\d{{{new_low},}}"
        else:
            rest = rf"\d{{{new_low},{int(high) - 1}}}"
    return DIGIT_FIRST + rest + source[match.end() :]


def split_top_level(source: str) -> list[str]:
    """Split a regex source at the "|"s that are outside every group and character class."""
    parts: list[str] = []
    depth = 0
    in_class = False
    current: list[str] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            current.append(source[index : index + 2])
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # "[]" and "[^]" start with a literal "]"
            if source[index + 1 : index + 2] == "]":
                current.append(char)
                index += 1
                char = source[index]
            elif source[index + 1 : index + 3] == "^]":
                current.append(source[index : index + 2])
                index += 2
                char = source[index]
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            index += 1
            continue
        current.append(char)
        index += 1
    parts.append("".join(current))
    # Named groups or back-references across alternatives: keep the pattern whole.
    if len(parts) > 1 and re.search(r"\(\?P[<=]|\\\d", source):
        return [source]
    return parts


def phrase_stems(phrases: list[str]) -> frozenset[str] | None:
    """Stems for a list of plain phrases: each phrase's rarest word, cut to STEM letters.

    Only a chunk that follows a space (or starts the phrase) is sure to start a word in the
    text (hyphens and apostrophes are optional in phrases), so only its leading letters are
    used. A phrase with no usable chunk makes the whole list ungateable.
    """
    stems: set[str] = set()
    for phrase in phrases:
        options = []
        for chunk in phrase.lower().split():
            lead = _TOKEN.match(chunk)
            if lead and lead.start() == 0:
                options.append(lead.group()[:STEM])
        if not options:
            return None
        stems.add(min(options, key=lambda s: (s in _COMMON_STEMS or len(s) < 3, -len(s))))
    return frozenset(stems) if stems else None


class GatedSet:
    """Several gated patterns searched as one: each is skipped on its own when absent.

    ``finditer`` yields the union of their matches in text order, dropping any match that
    overlaps an earlier one (as a single combined regex would).
    """

    __slots__ = ("_decided", "_field_decided", "parts")

    def __init__(self, parts: list[Any]) -> None:
        self.parts = parts
        # (the check's word prefixes, its open parts): one tuple, as in Gated, so that
        # checks in several threads never read each other's answer.
        self._decided: tuple[frozenset[str] | None, list[Any]] = (None, parts)
        self._field_decided: tuple[frozenset[str] | None, list[Any]] = (None, parts)

    def _open_parts(self, text: Any = None) -> list[Any]:
        """The parts whose gates are open for the submission being checked, or for ``text``
        when that is one of its short fields (each worked out once per check)."""
        present = _PREFIXES.get()
        if present is None:
            return self.parts
        checked, open_parts = self._decided
        if present is not checked:
            # Parts may also be phrase lists or nested sets, which gate themselves. A Gated
            # part's stem test is made here, inline (Gated._absent): a set is opened once
            # per check, and has dozens of parts, which no other set shares.
            isdisjoint = present.isdisjoint
            open_parts = []
            for part in self.parts:
                if type(part) is Gated:
                    if part.literals:
                        if part._absent():
                            continue
                    elif any(map(isdisjoint, part.stems)):
                        continue
                open_parts.append(part)
            self._decided = (present, open_parts)
        fields = _FIELD_PREFIXES.get()
        own = fields.get(text) if fields else None  # _field_prefixes, inline
        if own is None:
            return open_parts
        checked, field_parts = self._field_decided
        if own is not checked:
            # Gated._absent's test on a field, inline (the set's parts are open for the
            # submission already; a field's own prefixes only add the stem test).
            field_parts = [
                part
                for part in open_parts
                if type(part) is not Gated or not any(map(own.isdisjoint, part.stems))
            ]
            self._field_decided = (own, field_parts)
        return field_parts

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        parts = self._open_parts(args[0])
        if not parts:
            return iter(())
        if len(parts) == 1:
            part = parts[0]
            return part._open_finditer(args) if type(part) is Gated else part.finditer(*args)
        return self._merged(parts, args)

    @staticmethod
    def _merged(parts: list[Any], args: tuple[Any, ...]) -> Iterator[re.Match[str]]:
        # The parts are open for this text (``_open_parts``): Gated ones skip the gate.
        matches = [
            m
            for part in parts
            for m in (part._open_finditer(args) if type(part) is Gated else part.finditer(*args))
        ]
        matches.sort(key=lambda m: (m.start(), -m.end()))
        resume = -1
        for match in matches:
            if match.start() >= resume:
                yield match
                resume = max(match.end(), match.start() + 1)

    def search(self, *args: Any) -> re.Match[str] | None:
        found = [m for part in self._open_parts(args[0]) if (m := part.search(*args))]
        return min(found, key=lambda m: (m.start(), -m.end())) if found else None

    def match(self, *args: Any) -> re.Match[str] | None:
        found = [m for part in self._open_parts(args[0]) if (m := part.match(*args))]
        return max(found, key=lambda m: m.end()) if found else None

    def fullmatch(self, *args: Any) -> re.Match[str] | None:
        return next((m for part in self._open_parts(args[0]) if (m := part.fullmatch(*args))), None)

    def findall(self, *args: Any) -> list[str]:
        return [m.group() for m in self.finditer(*args)]

    @property
    def pattern(self) -> str:
        return "|".join(
            f"(?:{getattr(getattr(part, 'pattern', None), 'pattern', '...')})"
            for part in self.parts
        )


def _field_prefixes(text: Any) -> frozenset[str] | None:
    """The word prefixes of ``text`` when it is a short field of the submission being
    checked (None otherwise: it is gated as part of the whole submission)."""
    if text is None:
        return None
    fields = _FIELD_PREFIXES.get()
    return fields.get(text) if fields else None


class DigitLed:
    """A compiled pattern whose every match starts with a decimal digit (``\\d``, ``[0-9]``),
    searched only at the text's digits when the check has already split the text into
    words (words.py), instead of trying every character.

    ``re`` cannot skip ahead to a digit quickly (about 10 ns a character on this machine,
    for each of the identifier detectors' anchors); most posts have a few dozen digits.
    """

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        tree = list(sre_parse.parse(pattern.pattern, pattern.flags))
        if not tree or not _is_digits(*tree[0]):
            raise ValueError(f"{pattern.pattern!r} does not start with a digit")
        self.pattern = pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Exactly ``pattern.finditer(text)``."""
        found = words.cached(text)
        if found is None or not found.aligned:
            return self.pattern.finditer(text)
        return matches_at(self.pattern, text, found.digits())

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


class CharLed:
    """A compiled pattern whose every match starts with one of a few characters without case
    (quotation marks, full stops, line breaks): searched only where ``str.find`` finds
    them, instead of trying every character."""

    __slots__ = ("chars", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        chars = _leading_chars(list(sre_parse.parse(pattern.pattern, pattern.flags)))
        if not chars:
            raise ValueError(f"{pattern.pattern!r} does not start with one of a few marks")
        self.chars = "".join(sorted(chars))
        self.pattern = pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Exactly ``pattern.finditer(text)``."""
        positions: list[int] = []
        for char in self.chars:
            at = text.find(char)
            while at != -1:
                positions.append(at)
                at = text.find(char, at + 1)
        positions.sort()
        return matches_at(self.pattern, text, positions)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _start_or_marks(pattern: re.Pattern[str]) -> tuple[bool, str] | None:
    """(whether a match may start at the text's start, the caseless marks any other match
    starts with) when every match starts at one or the other; None when that cannot be
    shown. Like CharLed's marks, for patterns that open with "(?:^|[.!?\\n]\\s*)"."""
    if pattern.flags & re.MULTILINE:
        return None  # "^" would also match after each line break
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:
        return None
    found = _starts(items)
    if found is None or not found[1]:
        return None  # nothing a match starts with, or only the start: left to the scan
    return found[0], "".join(sorted(found[1]))


def _starts(items: list[Any]) -> tuple[bool, set[str]] | None:
    chars = _leading_chars(items)
    if chars:
        return False, chars
    if not items:
        return None
    op, av = items[0]
    rest = items[1:]
    if op is sre_constants.AT and av in (
        sre_constants.AT_BEGINNING,
        sre_constants.AT_BEGINNING_STRING,
    ):
        return True, set()  # nothing consumed before it: the match starts at 0
    if op is sre_constants.SUBPATTERN:
        return _starts(list(av[-1]) + rest)
    if op is sre_constants.BRANCH:
        at_start, marks = False, set()
        for branch in av[1]:
            found = _starts(list(branch) + rest)
            if found is None:
                return None
            at_start = at_start or found[0]
            marks |= found[1]
        return at_start, marks
    return None


def _mark_positions(text: str, at_start: bool, marks: str) -> list[int]:
    """The sorted positions of ``marks`` in ``text`` (and 0 when ``at_start``)."""
    positions = {0} if at_start else set()
    for char in marks:
        at = text.find(char)
        while at != -1:
            positions.add(at)
            at = text.find(char, at + 1)
    return sorted(positions)


def _caseless_mark(code: int) -> bool:
    """A character that is no letter or digit and has no case: matched only as itself."""
    char = chr(code)
    return not char.isalnum() and char.lower() == char == char.upper()


def _leading_chars(items: list[Any]) -> set[str] | None:
    """The characters one of which every match of ``items`` starts with, when they are
    caseless marks (see ``CharLed``); None when that cannot be shown."""
    for index, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the match has not started consuming yet
        rest = items[index + 1 :]
        if op is sre_constants.LITERAL:
            return {chr(av)} if _caseless_mark(av) else None
        if op is sre_constants.IN:
            if av and all(o is sre_constants.LITERAL and _caseless_mark(a) for o, a in av):
                return {chr(a) for _o, a in av}
            return None
        if op is sre_constants.SUBPATTERN:
            return _leading_chars(list(av[-1]) + rest)
        if op is sre_constants.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                chars = _leading_chars(list(branch) + rest)
                if chars is None:
                    return None
                found |= chars
            return found
        if op in _REPEATS and av[0] >= 1:  # the body comes first at least once
            return _leading_chars(list(av[2]))
        return None
    return None


def matches_at(
    pattern: re.Pattern[str], text: str, positions: list[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying ``match()`` only at the sorted ``positions``: the
    same matches whenever no match can start anywhere else. Like finditer, each search
    resumes where the last match ended."""
    resume = 0
    match_at = pattern.match
    for position in positions:
        if position >= resume:
            match = match_at(text, position)
            if match:
                yield match
                resume = max(match.end(), position + 1)


def _index_for(text: str) -> WordStarts | None:
    """The word-start index of a text being checked, built once (None: not checking)."""
    indexes = _INDEXES.get()
    if indexes is None or not isinstance(text, str):
        return None
    index = indexes.get(text, _UNSET)
    if index is _UNSET:
        index = indexes[text] = word_starts(text)
    return index


@contextmanager
def active(text: str, parts: Sequence[str] = ()) -> Iterator[None]:
    """Gate every pattern against ``text`` (and the texts inside it) until the block ends.

    ``parts`` are the fields that ``text`` joins with line breaks: their words (which
    the phrase matcher reads anyway) give the whole text's without splitting it again.
    """
    with words.active():
        pieces = [words.of(part) for part in parts] if "\n".join(parts) == text else []
        fields: dict[str, frozenset[str]] = {}
        if pieces and all(piece.aligned for piece in pieces):
            present = prefixes_of(set().union(*(piece.where for piece in pieces)))
            if len(pieces) > 1:
                # Short fields (titles) get their own prefixes: cheap to work out, and most
                # patterns' gates then close on them instead of scanning them one by one.
                fields = {
                    piece.text: prefixes_of(piece.where)
                    for piece in pieces
                    if len(piece.text) < FAST_PATH_MIN_LENGTH
                }
        else:
            whole = words.of(text)
            present = prefixes_of(whole.where) if whole.aligned else prefixes(text)
        token = _PREFIXES.set(present)
        fields_token = _FIELD_PREFIXES.set(fields)
        index_token = _INDEXES.set({})
        folded_token = _FOLDED.set([text, None])
        try:
            yield
        finally:
            _PREFIXES.reset(token)
            _FIELD_PREFIXES.reset(fields_token)
            _INDEXES.reset(index_token)
            _FOLDED.reset(folded_token)


# -- literal gate ---------------------------------------------------------------------------------
#
# Some patterns need no word at a word start ("\w*fuck\w*", an emoji, "typical" after a
# full stop) and so escape the stem gate. Their literal runs still have to occur somewhere:
# when none of a required set is in the (case-folded) text, the pattern cannot match.


@cache
def _fold_table() -> dict[int, str]:
    """Non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter.

    The Kelvin sign (U+212A) matches "k", the long s (U+017F) "s", dotted and dotless I "i".
    """
    table: dict[int, str] = {}
    letters = "abcdefghijklmnopqrstuvwxyz"
    candidates = "".join(chr(code) for code in range(0x80, 0x10000))
    for match in re.finditer("[a-z]", candidates, re.IGNORECASE):
        char = match.group()
        table[ord(char)] = next(
            letter for letter in letters if re.fullmatch(letter, char, re.IGNORECASE)
        )
    return table


def fold(text: str) -> str:
    """Lower-case ``text`` so that an ASCII literal matched case-insensitively is found in it."""
    if text.isascii() or not any(char in text for char in _fold_chars()):
        return text.lower()
    return text.translate(_fold_table()).lower()


@cache
def _fold_chars() -> tuple[str, ...]:
    """The few characters ``_fold_table`` maps (translating a whole text is slow)."""
    return tuple(chr(code) for code in _fold_table())


def _folded_text() -> str | None:
    holder = _FOLDED.get()
    if holder is None:
        return None
    if holder[1] is None:
        holder[1] = fold(holder[0] or "")
    return holder[1]


def _literal_char(code: int) -> bool:
    """A character the literal gate may look for: ASCII, or a symbol without case (emoji)."""
    if code < 0x80:
        return True
    char = chr(code)
    return not char.isalpha() and char.lower() == char == char.upper()


def _literal_sets(items: list[Any]) -> list[frozenset[str]]:
    """Sets of literal strings; every match contains at least one string of each set."""
    found: list[frozenset[str]] = []
    run = ""

    def flush() -> None:
        nonlocal run
        if run:
            found.append(frozenset({run}))
        run = ""

    for op, av in items:
        if op is sre_constants.LITERAL and _literal_char(av):
            run += chr(av).lower()
            continue
        flush()
        if op is sre_constants.IN and all(
            o is sre_constants.LITERAL and _literal_char(a) for o, a in av
        ):
            found.append(frozenset(chr(a).lower() for _o, a in av))  # "[💰🤑]" from "💰|🤑"
        elif op is sre_constants.SUBPATTERN:
            found.extend(_literal_sets(list(av[-1])))
        elif op in (
            sre_constants.MAX_REPEAT,
            sre_constants.MIN_REPEAT,
            sre_constants.POSSESSIVE_REPEAT,
        ):
            if av[0] >= 1:
                found.extend(_literal_sets(list(av[2])))
        elif op is sre_constants.BRANCH:
            best = [_best_literals(_literal_sets(list(branch))) for branch in av[1]]
            if best and all(best):
                found.append(frozenset().union(*best))  # type: ignore[arg-type]
    flush()
    return found


def _best_literals(sets: list[frozenset[str]]) -> frozenset[str] | None:
    if not sets:
        return None
    return max(sets, key=lambda group: (min(len(literal) for literal in group), -len(group)))


def required_literals(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Literal sets worth looking for before a scan: each must have a member in the text."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return ()
    if pattern.flags & re.LOCALE:
        return ()
    useful = [
        group
        for group in _literal_sets(list(tree))
        if len(group) <= LITERAL_MAX_SET and all(_rare_enough(literal) for literal in group)
    ]
    useful.sort(key=lambda group: (-min(len(literal) for literal in group), len(group)))
    return tuple(useful[:2])


def _rare_enough(literal: str) -> bool:
    """Long enough to be absent from most texts, or a symbol outside ASCII (an emoji)."""
    return len(literal) >= LITERAL_MIN or not literal.isascii()
