"""A small engine for checks that weigh several kinds of evidence together.

Confidentiality, boundaries and spam all work the same way: each ``[signals.NAME]`` table
in a TOML file is a kind of evidence with a weight; evidence that is quoted, taught,
hypothetical or negated does not count; ``counter`` evidence (a refusal, a scam warning)
cancels the rest; and a finding is raised when the weights within a window add up to the
threshold.

Safeguarding has its own, richer reading in safeguarding.py (who is at risk, when).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import lexicon
from .context import FieldText


@dataclass(frozen=True, slots=True)
class SignalSpec:
    """One kind of evidence, compiled from TOML."""

    name: str
    weight: int
    regex: lexicon.Regex
    kind: str
    respect_negation: bool
    respect_quotes: bool
    respect_hypothetical: bool
    window: str  # "sentence" (±1 sentence) or "field"


@dataclass(frozen=True, slots=True)
class Evidence:
    spec: SignalSpec
    start: int
    end: int
    sentence: int
    words: str


def compile_signal(name: str, spec: dict) -> SignalSpec:
    """Compile one [signals.NAME] table (phrases and/or patterns)."""
    regex = lexicon.compile_many(
        [lexicon.expand(pattern) for pattern in spec.get("patterns", [])],
        spec.get("phrases") or None,
    )
    return SignalSpec(
        name=name,
        weight=int(spec.get("weight", 1)),
        regex=regex,
        kind=spec.get("kind", name),
        respect_negation=bool(spec.get("respect_negation", True)),
        respect_quotes=bool(spec.get("respect_quotes", True)),
        respect_hypothetical=bool(spec.get("respect_hypothetical", True)),
        window=spec.get("window", "sentence"),
    )


@cache
def signal_set(path: str) -> tuple[SignalSpec, ...]:
    """All [signals.*] tables under a dotted path (e.g. ``"boundaries.signals"``)."""
    return tuple(compile_signal(name, spec) for name, spec in lexicon.get(path).items())


def gather(ft: FieldText, specs: tuple[SignalSpec, ...]) -> list[Evidence]:
    """Every match of every signal that survives quotation, teaching, hypotheticals, negation."""
    found: list[Evidence] = []
    for spec in specs:
        for match in spec.regex.finditer(ft.text):
            start, end = match.start(), match.end()
            if start == end:
                continue
            if spec.respect_quotes and (ft.in_quote(start, end) or ft.mentioned(start)):
                continue
            if spec.respect_hypothetical and ft.hypothetical(start):
                continue
            if spec.respect_negation and ft.negated(start):
                continue
            found.append(
                Evidence(
                    spec,
                    start,
                    end,
                    ft.sentence_index(start),
                    " ".join(match.group().lower().split()),
                )
            )
    return found


def score(evidence: list[Evidence]) -> int:
    """Sum weights, counting the same words from the same signal once."""
    seen: dict[tuple[str, str], int] = {}
    for item in evidence:
        key = (item.spec.name, item.words)
        seen[key] = item.spec.weight
    return sum(seen.values())


def clusters(
    ft: FieldText, evidence: list[Evidence], threshold: int, short: int = 5
) -> list[list[Evidence]]:
    """Groups of evidence (within a sentence or two) whose weights reach ``threshold``.

    A short text (``short`` sentences or fewer) is one window; "field" signals (a counter
    such as a refusal) always count across the whole field.
    """
    if not evidence:
        return []
    field_wide = [e for e in evidence if e.spec.window == "field"]
    local = [e for e in evidence if e.spec.window != "field"]
    if len(ft.sentences) <= short:
        group = local + field_wide
        return [group] if score(group) >= threshold and local else []
    groups: list[list[Evidence]] = []
    used: set[int] = set()
    for index, item in sorted(enumerate(local), key=lambda pair: -pair[1].spec.weight):
        if index in used:
            continue
        members = [
            (i, other) for i, other in enumerate(local) if abs(other.sentence - item.sentence) <= 1
        ]
        group = [other for _, other in members] + field_wide
        if score(group) >= threshold:
            used.update(i for i, _ in members)
            groups.append(group)
    return groups


def lead(group: list[Evidence]) -> Evidence:
    """The heaviest positive evidence in a group (where a finding should point)."""
    positive = [e for e in group if e.spec.weight > 0]
    return min(positive, key=lambda e: (-e.spec.weight, e.start))
