"""The learned second reader for safeguarding risk.

A small logistic regression over word unigrams and bigrams (read on the standard-spelling
view, so "me mam", "wud" and "checkin" count as "my mum", "would" and "checking") plus two
person features (how much of the text is the writer, how much is "you"). Its weights are
data: ``guidance/content/checks/risk_model.json``, written by ``risk_model_training.py``
from the labelled case sets.

It only ever adds: when the rules found no safeguarding finding and the probability is over
the threshold stored with the weights, ``safeguarding.assess`` holds the text with one
safeguarding finding on the sentence that weighs most (``rule="safeguarding:model"``).
Pure Python, one pass over the words: no new dependency.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence, Set
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path

from . import spelling
from .context import FieldText
from .verdict import Finding, finding_at

CHECKS = Path(__file__).resolve().parents[2] / "guidance" / "content" / "checks"
WEIGHTS_PATH = CHECKS / "risk_model.json"

# Words are runs of letters and digits, apostrophes dropped ("don't" is "dont"); a sentence
# break is read as the token "<s>".
_BREAK = "<s>"
_BREAKS = (".", "!", "?", ";", ":", "\n", "\u2026")
_TOKEN = re.compile(r"[^\W_]+|<s>")
_FIRST = ("i", "im", "ive", "id", "ill", "me", "my", "myself", "mine")
_YOU = ("you", "youre", "your", "yours", "yourself", "ya", "yer")


def words(text: str) -> list[str]:
    """Lower-case words and sentence breaks."""
    lowered = text.lower().replace("'", "").replace("\u2019", "")
    for mark in _BREAKS:
        lowered = lowered.replace(mark, " <s> ")
    return _TOKEN.findall(lowered)


def _bucket(share: float) -> str:
    return "0" if share == 0 else "1" if share < 0.04 else "2" if share < 0.08 else "3"


def word_count(found: set[str]) -> int:
    """How many different words a text has (its unigram features)."""
    return sum(1 for feature in found if " " not in feature and feature[0] != "#")


def features(text: str, *, standardised: bool = False) -> set[str]:
    """The features of a text: unigrams, bigrams (a sentence's start and end count as
    "<s>"), and how much of it is the writer and how much "you"."""
    if not standardised:
        text = spelling.standard(text).text
    tokens = words(text)
    found = set(tokens)
    found.update(map(" ".join, zip([_BREAK, *tokens], [*tokens, _BREAK], strict=True)))
    found.discard(_BREAK)
    found.discard(f"{_BREAK} {_BREAK}")
    total = len(tokens) - tokens.count(_BREAK)
    if total:
        counts = Counter(tokens)
        first = sum(counts[word] for word in _FIRST)
        you = sum(counts[word] for word in _YOU)
        found.add(f"#first{_bucket(first / total)}")
        found.add(f"#you{_bucket(you / total)}")
    return found


def text_features(texts: list[str] | tuple[str, ...]) -> frozenset[str]:
    """The features of a submission's fields, each read in standard spelling."""
    return _submission_features(tuple(texts))


@lru_cache(maxsize=8)
def _submission_features(texts: tuple[str, ...]) -> frozenset[str]:
    # Cached: the safeguarding reader and the other concerns' readers (concern_models.py)
    # read the same submission's features within one check.
    return frozenset(
        features("\n".join(spelling.standard(text).text for text in texts), standardised=True)
    )


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    weights: dict[str, float]
    threshold: float
    min_words: int = 0
    #: The surer reading needed to hold a text the rules return (a third party's
    #: identifier, a slur, spam): see ``moderation.checker._returns_outrank_a_weak_guess``.
    return_threshold: float = 1.0

    def fires(self, texts: list[str], *, returned: bool = False) -> bool:
        """Whether a submission's fields read as a risk: long enough to read, and over the
        threshold (the return threshold when the rules return the text)."""
        found = text_features(texts)
        threshold = self.return_threshold if returned else self.threshold
        return word_count(found) >= self.min_words and self.probability(found) > threshold

    def score(self, found: Set[str]) -> float:
        """The logit: bias plus the weights of the features present, scaled by their
        number (so a long post is not risky for its length alone)."""
        if not found:
            return self.bias
        weights = self.weights
        # map() with repeat(): the same sum, in the same order, without a generator frame.
        total = sum(map(weights.get, found, repeat(0.0)))
        return self.bias + total / math.sqrt(len(found))

    def score_known(self, known: Sequence[str], size: int) -> float:
        """``score`` of a feature set of ``size`` features, given ``known``: those of its
        features that may have a weight here, in the set's own order. The features left
        out would each add 0.0, so the sum is the same, term by term (how several readers
        share one pass over a long post's features: concern_models.py)."""
        if not size:
            return self.bias
        total = sum(map(self.weights.get, known, repeat(0.0)))
        return self.bias + total / math.sqrt(size)

    def probability(self, found: Set[str]) -> float:
        return _sigmoid(self.score(found))

    def probability_known(self, known: Sequence[str], size: int) -> float:
        """``probability`` from ``score_known``'s arguments."""
        return _sigmoid(self.score_known(known, size))

    def contribution(self, text: str) -> float:
        """How much one sentence's own words weigh (for choosing the span to show)."""
        return sum(map(self.weights.get, features(text), repeat(0.0)))

    def strongest_passage(self, fields: Sequence[FieldText]) -> tuple[FieldText, int, int] | None:
        """The sentence whose words weigh most (with its heavier neighbour when that weighs
        at least half as much): where a finding from this reader points."""
        best: tuple[float, FieldText, int, int] | None = None
        for ft in fields:
            weights = [self.contribution(ft.text[start:end]) for start, end in ft.sentences]
            for index, weight in enumerate(weights):
                if best is not None and weight <= best[0]:
                    continue
                start, end = ft.sentences[index]
                neighbours = [i for i in (index - 1, index + 1) if 0 <= i < len(weights)]
                if neighbours:
                    other = max(neighbours, key=lambda i: weights[i])
                    if weights[other] > 0 and weights[other] >= weight / 2:
                        start = min(start, ft.sentences[other][0])
                        end = max(end, ft.sentences[other][1])
                best = (weight, ft, start, end)
        return None if best is None else best[1:]

    def hold_on_strongest_passage(
        self,
        fields: Sequence[FieldText],
        *,
        concern: str,
        message: str,
        suggestion: str | None,
        principle: str | None,
        rule: str,
    ) -> list[Finding]:
        """One hold finding for ``concern`` on ``strongest_passage`` ([] when there is none)."""
        passage = self.strongest_passage(fields)
        if passage is None:
            return []
        field, start, end = passage
        return [
            finding_at(
                field.name,
                field.text,
                start,
                end,
                concern=concern,
                principle=principle,
                message=message,
                suggestion=suggestion,
                action="hold",
                rule=rule,
            )
        ]


def _sigmoid(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


#: A model standing in for the shipped one within ``stand_in`` (evaluation only).
_stand_in: ContextVar[Model | None] = ContextVar("risk_model_stand_in", default=None)


@contextmanager
def stand_in(model: Model) -> Iterator[None]:
    """Within the block, ``current()`` gives ``model`` instead of the shipped weights: how
    the leave-one-set-out evaluation scores the whole checker with a model that never saw
    the set it reads."""
    token = _stand_in.set(model)
    try:
        yield
    finally:
        _stand_in.reset(token)


def current() -> Model | None:
    """The model the checker reads with: a stand-in when one is set, else the shipped one."""
    return _stand_in.get() or load()


@cache
def load(path: str | None = None) -> Model | None:
    """The shipped model, or None when the weights file is missing."""
    target = Path(path) if path else WEIGHTS_PATH
    if not target.exists():
        return None
    data = json.loads(target.read_text(encoding="utf-8"))
    return Model(
        bias=float(data["bias"]),
        weights={str(k): float(v) for k, v in data["weights"].items()},
        threshold=float(data["threshold"]),
        min_words=int(data.get("min_words", 0)),
        return_threshold=float(data.get("return_threshold", 1.0)),
    )
