"""Load the checker's vocabularies (guidance/content/checks/*.toml) and compile them.

Word lists, phrase lists and patterns are data that sits with the guidance; this module
turns them into compiled regular expressions once, at first use, and caches them.

Two kinds of entry appear in the TOML files:

* **phrases** (lists of plain text): matched case-insensitively on word boundaries. A
  space matches any run of white space, an apostrophe is optional and may be straight or
  curly (so ``don't`` also matches ``dont``), a hyphen may be a hyphen, a space or nothing,
  and a leading or trailing ``*`` matches the rest of a word (``fuck*`` matches
  ``fucking``, ``*fuck*`` matches ``clusterfuck``).
  Lists are compiled into a prefix tree, so a long list costs little more than a short one.
* **patterns** (regular expressions, case-insensitive): may embed a phrase list with
  ``{{file.key}}`` — for example ``stop taking (?:your|ur) {{clinical.medications}}``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from . import gate, phrases

#: A compiled pattern: a gated regex (gate.py), several of them, or a phrase list matched
#: word by word (phrases.py). All answer finditer/search/match/fullmatch/findall.
Regex = gate.Gated | gate.GatedSet | phrases.PhraseSet

#: Where the vocabularies live: guidance/content/checks beside the moderation app.
CHECKS_DIR = Path(__file__).resolve().parents[2] / "guidance" / "content" / "checks"

_PLACEHOLDER = re.compile(r"\{\{([a-z0-9_.-]+)\}\}")
FLAGS = re.IGNORECASE | re.UNICODE


class LexiconError(LookupError):
    """A key that the code asked for is missing from the TOML data."""


@cache
def data() -> dict[str, Any]:
    """All TOML files under CHECKS_DIR, keyed by file stem (``conduct.toml`` → ``conduct``)."""
    loaded: dict[str, Any] = {}
    for path in sorted(CHECKS_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            loaded[path.stem] = tomllib.load(handle)
    return loaded


def get(path: str) -> Any:
    """The value at a dotted path, e.g. ``get("conduct.profanity.strong")``."""
    node: Any = data()
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            raise LexiconError(f"checks data has no {path!r} (missing {part!r})")
        node = node[part]
    return node


def strings(path: str) -> list[str]:
    """A list of strings at a dotted path (a table of lists is flattened)."""
    value = get(path)
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        flattened: list[str] = []
        for item in value.values():
            if isinstance(item, list):
                flattened.extend(str(entry) for entry in item)
        return flattened
    return [str(entry) for entry in value]


@cache
def string_set(path: str) -> frozenset[str]:
    """``strings(path)`` as a set, loaded once: for membership tests ("is this a given name?")."""
    return frozenset(strings(path))


def _phrase_atoms(phrase: str) -> list[str]:
    """Split a plain phrase into regex atoms (one per character, with the tolerant rules)."""
    atoms: list[str] = []
    text = phrase.strip()
    for index, char in enumerate(text):
        if char.isspace():
            if atoms and atoms[-1] == r"\s+":
                continue
            atoms.append(r"\s+")
        elif char in "'\u2019":
            atoms.append("['\u2019]?")
        elif char == "-":
            atoms.append(r"[-\u2010\u2013\s]?")
        elif char == "*" and index in (0, len(text) - 1):
            atoms.append(r"\w*")
        else:
            atoms.append(re.escape(char.lower()))
    return atoms


def _trie_regex(sequences: Iterable[list[str]]) -> str:
    """Build a compact alternation from atom sequences by sharing common prefixes."""
    trie: dict[str, Any] = {}
    for atoms in sequences:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}  # end of a phrase

    def emit(node: dict[str, Any]) -> str:
        ends_here = "" in node
        branches = [atom + emit(child) for atom, child in node.items() if atom != ""]
        if not branches:
            return ""
        if len(branches) == 1:
            body = branches[0]
            if ends_here:
                return f"(?:{body})?"
            return body
        # Longer alternatives first so that the regex prefers the longest phrase.
        branches.sort(key=len, reverse=True)
        joined = "(?:" + "|".join(branches) + ")"
        return joined + "?" if ends_here else joined

    return emit(trie)


def alternation(phrases: Iterable[str]) -> str:
    """A regex source (without boundaries) matching any of the plain phrases.

    Whole phrases, longest first: gate.py reads the required words of a pattern from its
    parse tree, and a prefix tree would hide them ("i(?:diot|mbecile)" has no word).
    """
    sources = sorted(
        {"".join(_phrase_atoms(phrase)) for phrase in phrases if phrase.strip()},
        key=len,
        reverse=True,
    )
    if not sources:
        return "(?!)"  # matches nothing
    return "(?:" + "|".join(sources) + ")"


def trie_alternation(phrases: Iterable[str]) -> str:
    """Like ``alternation`` but as a prefix tree (faster to scan, opaque to the gate)."""
    sequences = [_phrase_atoms(phrase) for phrase in phrases if phrase.strip()]
    if not sequences:
        return "(?!)"
    return "(?:" + _trie_regex(sequences) + ")"


@cache
def list_source(path: str) -> str:
    """The alternation source for the phrase list at ``path`` (cached)."""
    return alternation(strings(path))


def expand(pattern: str) -> str:
    """Replace each ``{{file.key}}`` in a pattern with that phrase list's alternation."""
    return _PLACEHOLDER.sub(lambda match: list_source(match.group(1)), pattern)


@cache
def phrase_regex(*paths: str) -> Regex:
    """One compiled regex matching any phrase from the lists at ``paths`` as whole words."""
    phrases: list[str] = []
    for path in paths:
        phrases.extend(strings(path))
    return phrases_compile(phrases)


def phrases_compile(phrase_list: list[str]) -> phrases.PhraseSet:
    """Compile plain phrases for word-by-word matching (phrases.py)."""
    return phrases.PhraseSet(phrase_list, _residual_regex)


def _residual_regex(phrase_list: list[str]) -> gate.Gated:
    """A whole-word regex for phrases the word matcher can't take (symbols, fragments)."""
    return gate.compile(
        r"(?<![\w@])" + alternation(phrase_list) + r"(?![\w])",
        FLAGS,
        gate.phrase_stems(phrase_list),
    )


@cache
def pattern_regex(*paths: str) -> Regex:
    """One compiled regex matching any of the patterns at ``paths`` (placeholders expanded)."""
    sources: list[str] = []
    for path in paths:
        sources.extend(expand(pattern) for pattern in strings(path))
    return compile_many(sources)


def compile_many(sources: list[str], phrases: list[str] | None = None) -> Regex:
    """Several patterns (and optionally a phrase list) searched as one, each gated alone."""
    parts = [compile(source) for source in sources]
    if phrases:
        parts.insert(0, phrases_compile(phrases))
    if not parts:
        return compile("(?!)")
    return parts[0] if len(parts) == 1 else gate.GatedSet(parts)


def compile_pattern(source: str) -> Regex:
    """Compile a single pattern string with placeholders expanded."""
    return compile(expand(source))


def compile(source: str, flags: int = FLAGS) -> Regex:
    """Compile a regex source (no placeholders) into a gated pattern (see gate.py)."""
    return gate.compile(source, flags)


def reset() -> None:
    """Forget everything loaded (for tests that swap the data directory)."""
    data.cache_clear()
    string_set.cache_clear()
    list_source.cache_clear()
    phrase_regex.cache_clear()
    pattern_regex.cache_clear()
