"""Learned second readers for the concerns other than safeguarding.

One small logistic regression per concern (identifiable information, confidential
information, personal details, offensive content, personal attack, professional
boundaries, clinical advice, spam), over the same features as the safeguarding reader
(``risk_model.features``). Their weights are data: ``guidance/content/checks/
concern_models.json``, written by ``concern_model_training.py`` from the labelled sets.

They read only what the rules would publish: when no detector found anything, the concern
whose reader is surest, over its threshold, holds the text with one finding on the sentence
that weighs most for it (``rule="<concern>:model"``). They never return a text and never
remove or change a finding; a moderator decides. What they say is in
``guidance/content/checks/second_reader.toml``.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from . import lexicon
from .context import Document, quote_spans
from .risk_model import CHECKS, Model, text_features, word_count
from .verdict import Finding

WEIGHTS_PATH = CHECKS / "concern_models.json"

#: Readers standing in for the shipped ones within ``stand_in`` (evaluation only).
_stand_in: ContextVar[dict[str, Model] | None] = ContextVar("concern_models_stand_in", default=None)


@contextmanager
def stand_in(models: dict[str, Model]) -> Iterator[None]:
    """Within the block, ``current()`` gives ``models`` instead of the shipped readers (how
    the evaluation scores the checker with readers that never saw the set they read)."""
    token = _stand_in.set(models)
    try:
        yield
    finally:
        _stand_in.reset(token)


def current() -> dict[str, Model]:
    """The readers the checker uses, by concern: the stand-ins when set, else the shipped."""
    models = _stand_in.get()
    return load() if models is None else models


@cache
def load(path: str | None = None) -> dict[str, Model]:
    """The shipped readers by concern ({} when the weights file is missing)."""
    target = Path(path) if path else WEIGHTS_PATH
    if not target.exists():
        return {}
    data = json.loads(target.read_text(encoding="utf-8"))
    return {
        concern: Model(
            bias=float(entry["bias"]),
            weights={str(k): float(v) for k, v in entry["weights"].items()},
            threshold=float(entry["threshold"]),
            min_words=int(entry.get("min_words", 0)),
        )
        for concern, entry in data["concerns"].items()
    }


def reading(texts: list[str]) -> frozenset[str]:
    """The features these readers see: the fields' words with what is inside quotation
    marks left out. A quoted line is most often an example or someone else's words ("the
    training used 'you useless idiot' as a bad example"), which the rules also set aside;
    the safeguarding reader, which must hear a risk in reported speech, reads it all."""
    return text_features([_unquoted(text) for text in texts])


def _unquoted(text: str) -> str:
    pieces, end = [], 0
    for start, stop in quote_spans(text):
        pieces.append(text[end:start])
        end = stop
    pieces.append(text[end:])
    return " ".join(pieces) if end else text


def likeliest(texts: list[str], models: dict[str, Model]) -> tuple[str, Model] | None:
    """The concern whose reader is surest about ``texts`` by the widest margin over its own
    threshold, with that reader; None when no reader is over its threshold."""
    found = reading(texts)
    count = word_count(found)
    best: tuple[float, str, Model] | None = None
    known: list[str] | None = None
    for concern, model in models.items():
        if count < model.min_words:
            continue
        if known is None:
            # Most of a post's features have no weight in any reader: leave them out once,
            # not once per reader (the same sums: see Model.score_known).
            known = list(filter(_weighted(models).__contains__, found))
        margin = model.probability_known(known, len(found)) - model.threshold
        if margin > 0 and (best is None or margin > best[0]):
            best = (margin, concern, model)
    return None if best is None else (best[1], best[2])


#: (the readers' weight dicts, every feature any of them weighs), for the readers last asked:
#: one tuple, replaced whole, so that checks in several threads never read a half-made one.
_WEIGHTED: tuple[tuple[dict[str, float], ...], frozenset[str]] | None = None


def _weighted(models: dict[str, Model]) -> frozenset[str]:
    """Every feature that has a weight in one of ``models`` (worked out once per set of
    readers: the shipped ones, or a stand-in's)."""
    global _WEIGHTED
    key = tuple(model.weights for model in models.values())
    held = _WEIGHTED
    if held is not None and len(held[0]) == len(key) and all(map(operator.is_, held[0], key)):
        return held[1]
    union = frozenset().union(*key)
    _WEIGHTED = (key, union)
    return union


def second_reading(doc: Document) -> list[Finding]:
    """A hold for the concern the readers are surest of, pointed at its heaviest sentence;
    [] when none is over its threshold. Call it only when the rules found nothing."""
    models = {concern: model for concern, model in current().items() if concern not in doc.cleared}
    if not models or not doc.fields:
        return []
    found = likeliest([ft.text for ft in doc.fields], models)
    if found is None:
        return []
    concern, model = found
    words = lexicon.get(f"second_reader.{concern}")
    return model.hold_on_strongest_passage(
        doc.fields,
        concern=concern,
        message=words["message"],
        suggestion=words.get("suggestion"),
        principle=None,  # the concern's main principle (verdict.DEFAULT_PRINCIPLE)
        rule=f"{concern}:model",
    )
