"""The learned second readers for the concerns other than safeguarding (concern_models.py):
the shipped weights load, one reader per concern; a text the rules publish is held for the
concern its reader is surest of, on its heaviest sentence, with the concern's message and
principle; the readers never look at a text the rules already found something in; training
is deterministic. Texts are our own words, written for these tests."""

from __future__ import annotations

import math

import pytest

from moderation.checker import check, concern_models, lexicon
from moderation.checker.concern_model_training import CONCERNS, MAX_FEATURES, fit, write
from moderation.checker.risk_model import Model
from moderation.checker.verdict import DEFAULT_PRINCIPLE

ALLOTMENT = (
    "Our allotment group planted broad beans this morning. Afterwards we shared a flask of "
    "tea and argued happily about whether slugs prefer lettuce or cabbage."
)


def _verdict(body: str, kind: str = "comment"):
    return check(kind=kind, fields={"body": body})


def _reader(bias: float = -8.0, threshold: float = 0.5, **weights: float) -> Model:
    return Model(bias=bias, weights=dict(weights), threshold=threshold, min_words=5)


def test_the_shipped_readers_load_one_for_each_concern_but_safeguarding():
    models = concern_models.load()
    assert set(models) == set(CONCERNS)
    assert "safeguarding" not in models
    for model in models.values():
        assert 0.0 < model.threshold < 1.0
        assert 0 < len(model.weights) <= MAX_FEATURES
        assert all(math.isfinite(weight) for weight in model.weights.values())


@pytest.mark.parametrize("concern", CONCERNS)
def test_every_concern_has_a_message_and_a_suggestion_for_the_author(concern):
    words = lexicon.get(f"second_reader.{concern}")
    assert "moderator will read it" in words["message"]
    assert words["suggestion"]


def test_a_text_the_rules_publish_is_held_for_the_concern_its_reader_is_surest_of():
    readers = {
        # "tea" weighs for both; "slugs" tips personal-attack further over its threshold.
        "spam": _reader(tea=40.0),
        "personal-attack": _reader(tea=40.0, slugs=30.0),
    }
    with concern_models.stand_in(readers):
        verdict = _verdict(ALLOTMENT)
    assert verdict.decision == "hold"
    (finding,) = verdict.findings
    assert finding.concern == "personal-attack"
    assert finding.rule == "personal-attack:model"
    assert finding.action == "hold"
    assert finding.principle == DEFAULT_PRINCIPLE["personal-attack"]
    assert finding.message == lexicon.get("second_reader.personal-attack")["message"]
    assert finding.suggestion
    # It points at the sentence that weighs most, as written.
    assert finding.excerpt == ALLOTMENT[finding.start : finding.end]
    assert finding.excerpt.startswith("Afterwards we shared a flask of tea")
    # Nobody is shown crisis contacts for a guess about another concern.
    assert not verdict.shows_crisis_contacts


def test_under_their_thresholds_or_too_short_to_read_the_text_publishes():
    with concern_models.stand_in({"spam": _reader(tea=1.0)}):
        assert _verdict(ALLOTMENT).decision == "publish"
    with concern_models.stand_in({"spam": _reader(bias=8.0)}):
        assert _verdict("lovely tea, thanks").decision == "publish"  # four words
        assert _verdict(ALLOTMENT).decision == "hold"


def test_the_readers_never_look_when_the_rules_found_something():
    # A third party's full postcode and house number: the rules return it.
    body = (
        "Popped round to see my auntie at 14 Larchfield Road, Dunmore DN4 7QT today, she "
        "seemed a bit quieter than usual and I wondered about her week."
    )
    with concern_models.stand_in({"spam": _reader(bias=8.0)}):
        verdict = _verdict(body)
    assert verdict.decision == "return"
    assert not [f for f in verdict.findings if f.rule.endswith(":model")]


def test_without_readers_the_checker_reads_as_before():
    with concern_models.stand_in({}):
        assert concern_models.current() == {}
        assert _verdict(ALLOTMENT).decision == "publish"
    assert concern_models.current() is concern_models.load()


def test_no_weights_file_means_no_readers(tmp_path):
    assert concern_models.load(str(tmp_path / "missing.json")) == {}


def _case(body: str, *concerns: str) -> dict:
    return {
        "id": body[:10],
        "kind": "comment",
        "body": body,
        "expect": {"decision": "hold" if concerns else "publish", "concerns": list(concerns)},
    }


FIXTURE = [
    _case(
        "add me on facebook when you're discharged and we can meet for coffee",
        "professional-boundaries",
    ),
    _case(
        "she gave me her number at the end of our last session so we can stay friends",
        "professional-boundaries",
    ),
    _case("halve your dose tonight and stop it completely by friday", "clinical-advice"),
    _case("come off the sertraline, you don't need it, your doctor is wrong", "clinical-advice"),
    _case("we talked in supervision about how to say no to friend requests from patients"),
    _case("the leaflet explains what to ask your doctor before changing a dose"),
    _case("coffee with the team on friday was a lovely way to end the week"),
    _case("our session on boundaries at the training day was really useful"),
]


def test_fitting_is_deterministic_and_learns_each_concern(tmp_path):
    first = fit(FIXTURE, iterations=60)
    second = fit(list(FIXTURE), iterations=60)
    assert first == second
    boundaries, advice = first["professional-boundaries"], first["clinical-advice"]
    from moderation.checker.risk_model import text_features

    contact = text_features(["add me on facebook and we can meet for coffee"])
    dose = text_features(["stop your dose by friday"])
    assert boundaries.probability(contact) > boundaries.probability(dose)
    assert advice.probability(dose) > advice.probability(contact)
    # What is written is what loads.
    path = tmp_path / "readers.json"
    write(first, path)
    assert concern_models.load(str(path)) == first
