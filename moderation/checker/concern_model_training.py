"""Train (and evaluate) the learned readers for the concerns other than safeguarding.

    python -m moderation.checker.concern_model_training             # write the shipped weights
    python -m moderation.checker.concern_model_training --evaluate SET ...
        # train without the named sets, then score the checker on them at several thresholds

The same cases as the safeguarding reader (``risk_model_training.available_sets``): a case
is positive for a concern when that concern is among its expected concerns. Each reader is
an L2-regularised logistic regression over ``risk_model.features``, trained by full-batch
gradient descent with AdaGrad steps, like the safeguarding reader, but for all eight
concerns at once, vectorised with NumPy (a development dependency: the site itself only
reads the JSON). No randomness: the same data gives the same weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from .concern_models import WEIGHTS_PATH, likeliest, reading, stand_in
from .risk_model import Model
from .risk_model_training import available_sets, case_texts, load_cases
from .verdict import CONCERN_ORDER

#: Every concern but safeguarding, which has its own reader (risk_model.py).
CONCERNS = tuple(concern for concern in CONCERN_ORDER if concern != "safeguarding")
#: Chosen on sets 41-44 left out of training (440 cases, fifth session; README "The other
#: concerns' learned readers").
THRESHOLD = 0.4
#: Concerns whose readers hold at a lower probability. Measured in the seventh session on two
#: blocks of eight sets, each left out of training in turn (79-82 with 95-98; 87-94): 0.3 for
#: these two held 2 and 1 more texts rightly and none more wrongly than 0.4 did (README).
THRESHOLDS = {"confidential-information": 0.3, "personal-attack": 0.3}
L2 = 1e-6
ITERATIONS = 600
STEP = 0.5
MIN_DOCUMENTS = 2
MIN_WORDS = 5
FLOOR = 0.01
MAX_FEATURES = 6000


def fit(
    cases: list[dict],
    *,
    l2: float = L2,
    iterations: int = ITERATIONS,
    step: float = STEP,
    threshold: float = THRESHOLD,
) -> dict[str, Model]:
    """One reader per concern, fitted on ``cases`` together (deterministic)."""
    import numpy as np  # a development dependency: only training needs it

    found = [reading(case_texts(case)) for case in cases]
    counts = Counter(feature for doc in found for feature in doc)
    vocabulary = sorted(f for f, count in counts.items() if count >= MIN_DOCUMENTS)
    index = {feature: i for i, feature in enumerate(vocabulary)}
    rows: list[int] = []
    columns: list[int] = []
    scales: list[float] = []
    for row, doc in enumerate(found):
        kept = sorted(index[feature] for feature in doc if feature in index)
        rows.extend([row] * len(kept))
        columns.extend(kept)
        # Scaled by every feature the text has, as Model.score does at run time.
        scales.extend([1.0 / len(doc) ** 0.5] * len(kept))
    entry_row = np.array(rows, dtype=np.int64)
    entry_column = np.array(columns, dtype=np.int64)
    entry_scale = np.array(scales)[:, None]
    labels = np.array(
        [[concern in case["expect"].get("concerns", []) for concern in CONCERNS] for case in cases],
        dtype=float,
    )
    n_rows, n_concerns, n_features = len(cases), len(CONCERNS), len(vocabulary)
    weights = np.zeros((n_features, n_concerns))
    bias = np.zeros(n_concerns)
    history = np.zeros_like(weights)
    bias_history = np.zeros_like(bias)
    for _ in range(iterations):
        pushed = weights[entry_column] * entry_scale
        logits = bias + np.stack(
            [np.bincount(entry_row, pushed[:, k], n_rows) for k in range(n_concerns)], axis=1
        )
        probability = 1.0 / (1.0 + np.exp(-np.clip(logits, -30.0, 30.0)))
        error = (probability - labels) / n_rows
        spread = error[entry_row] * entry_scale
        gradient = l2 * weights + np.stack(
            [np.bincount(entry_column, spread[:, k], n_features) for k in range(n_concerns)],
            axis=1,
        )
        history += gradient * gradient
        weights -= step * gradient / (np.sqrt(history) + 1e-8)
        bias_gradient = error.sum(axis=0)
        bias_history += bias_gradient * bias_gradient
        bias -= step * bias_gradient / (np.sqrt(bias_history) + 1e-8)
    models = {}
    for k, concern in enumerate(CONCERNS):
        kept = sorted(
            ((vocabulary[i], round(float(w), 4)) for i, w in enumerate(weights[:, k])),
            key=lambda item: (-abs(item[1]), item[0]),
        )
        kept = [(feature, w) for feature, w in kept if abs(w) >= FLOOR][:MAX_FEATURES]
        models[concern] = Model(
            bias=round(float(bias[k]), 4),
            weights=dict(sorted(kept)),
            threshold=THRESHOLDS.get(concern, threshold),
            min_words=MIN_WORDS,
        )
    return models


def write(models: dict[str, Model], path: Path = WEIGHTS_PATH) -> None:
    data = {
        "about": "Learned second readers for the concerns other than safeguarding; written by "
        "moderation/checker/concern_model_training.py (see moderation/checker/README.md).",
        "concerns": {
            concern: {
                "threshold": model.threshold,
                "min_words": model.min_words,
                "bias": model.bias,
                "weights": model.weights,
            }
            for concern, model in models.items()
        },
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def evaluate(
    sets: dict[str, list[dict]], held_out: list[str], thresholds: tuple[float, ...]
) -> None:
    """Train without ``held_out``, then read those sets with the whole checker (the rules and
    the shipped safeguarding reader, these readers standing in) at each threshold, and print
    what changes: texts the rules publish that the readers hold, rightly and wrongly."""
    from . import check  # the checker imports this package; import it late

    training = [case for name, cases in sets.items() if name not in held_out for case in cases]
    models = fit(training)
    cases = [case for name in held_out for case in sets[name]]
    published = []
    right = 0
    with stand_in({}):
        for case in cases:
            fields = {"title": case.get("title"), "body": case["body"]}
            verdict = check(kind=case["kind"], fields=fields)
            right += verdict.decision == case["expect"]["decision"]
            if not verdict.findings:
                published.append(case)
    print(f"{', '.join(held_out)}: {right} of {len(cases)} right without these readers")
    print("threshold: held rightly (right concern) | held wrongly (should publish) | decisions")
    for threshold in thresholds:
        readers = {c: Model(m.bias, m.weights, threshold, m.min_words) for c, m in models.items()}
        gained = named = lost = 0
        for case in published:
            guess = likeliest(case_texts(case), readers)
            if guess is None:
                continue
            expected = case["expect"]
            if expected["decision"] == "hold":
                gained += 1
                named += guess[0] in expected.get("concerns", [])
            elif expected["decision"] == "publish":
                lost += 1
        print(f"{threshold}: {gained} ({named}) | {lost} | {right + gained - lost}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", nargs="+", metavar="SET", help="sets to leave out")
    parser.add_argument(
        "--extra", nargs="*", type=Path, default=[], help="more labelled sets (JSON Lines)"
    )
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = parser.parse_args(argv)
    sets = available_sets()
    for path in args.extra:
        sets[path.stem] = load_cases(path)
    if args.evaluate:
        evaluate(sets, args.evaluate, (0.2, 0.3, 0.4, 0.5, 0.6))
        return 0
    models = fit([case for cases in sets.values() for case in cases])
    write(models, args.out)
    sizes = ", ".join(f"{c} {len(m.weights)}" for c, m in models.items())
    print(f"{args.out}: weights {sizes}; from {sum(map(len, sets.values()))} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
