"""The learned second reader for safeguarding risk (risk_model.py): the shipped weights load,
an unseen risky text the rules miss is held on its strongest sentence, near misses sharing
its words publish, the model only adds to a text the rules found nothing in, and training
is deterministic. Texts are our own words, written for these tests."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from moderation.checker import check, risk_model
from moderation.checker.risk_model_training import train


def _verdict(body: str):
    return check(kind="comment", fields={"body": body})


def test_the_shipped_weights_load_and_are_small():
    model = risk_model.load()
    assert model is not None
    assert 0.0 < model.threshold < 1.0
    assert 0 < len(model.weights) <= 30000  # MAX_FEATURES: about 650 KB of JSON
    assert all(math.isfinite(weight) for weight in model.weights.values())


@pytest.mark.parametrize(
    "body",
    [
        # Belongings given away, a place the writer is going, told in dialect and text-speak.
        "me mam keeps asking why ive gave away me xbox n all me games. told her i dont need "
        "them where im goin. shes no idea",
        # No future planned for, a pet already rehomed.
        "honestly cant see the point in booking anything for next month, wont be around for "
        "it. given the dog to my cousin already",
        # Means gathered a little at a time, and hidden.
        "Been stocking up a few boxes every time I go to a different chemist. Nobody needs to "
        "know what they're for.",
    ],
)
def test_unseen_indirect_risk_is_held_by_the_model(body):
    verdict = _verdict(body)
    assert verdict.decision == "hold"
    assert "safeguarding" in verdict.concerns
    assert verdict.shows_crisis_contacts
    (finding,) = [f for f in verdict.findings if f.concern == "safeguarding"]
    if finding.rule != "safeguarding:model":
        # The rules have since learnt to read this wording (a pet given to a cousin beside
        # "won't be around"); the model must still hold it on its own.
        model = risk_model.current()
        assert model is not None
        assert model.probability(risk_model.text_features([body])) > model.threshold
        return
    assert finding.action == "hold"
    assert finding.principle == "sam-imminent-risk"
    # The span is a whole sentence (or two) of the text as written.
    assert finding.excerpt == body[finding.start : finding.end]
    assert finding.excerpt[-1] in ".!?" or finding.end == len(body)


@pytest.mark.parametrize(
    "body",
    [
        "Sorted out who gets the guitar and the record collection this week because we're "
        "moving to a smaller flat. Feels good to declutter before the move on Sunday.",
        pytest.param(
            "Cancelled the gym membership because I never went, and booked the dentist for "
            "next month instead. The cat's fine, next door feeds her when I'm away at my "
            "sister's.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="A known false hold again (0.42 against 0.40) since the seventh "
                "session's training sets, rich in very quiet risk told through cancelled "
                "plans and a pet seen to. It went with the sixth session's retraining and "
                "came back with this one; a missed risk is the worse error (NOTES).",
            ),
        ),
        "Our team ran a session on spotting when someone is giving away belongings, and the "
        "trainer was brilliant. Would recommend to any ward.",
        "Gave my old xbox to my little cousin, he was made up. Mam says I'm too old for it "
        "anyway lol",
        "Had a lovely walk by the river with the dog today, the sun was out and I felt "
        "properly calm for the first time in ages.",
        "My brother got a coat for school from the charity shop and he's made up with it. He "
        "gets home late most nights because of football practice.",
    ],
)
def test_near_misses_publish(body):
    verdict = _verdict(body)
    assert verdict.decision == "publish", verdict.findings


def test_the_model_only_adds_where_the_rules_found_nothing():
    verdict = _verdict("I'm going to kill myself tonight, I've got the tablets ready.")
    rules = [f.rule for f in verdict.findings if f.concern == "safeguarding"]
    assert rules and "safeguarding:model" not in rules


def test_no_weights_file_means_no_model(tmp_path):
    assert risk_model.load(str(tmp_path / "missing.json")) is None


def _case(body: str, risky: bool) -> dict:
    return {
        "id": body[:10],
        "kind": "comment",
        "body": body,
        "expect": {
            "decision": "hold" if risky else "publish",
            "concerns": ["safeguarding"] if risky else [],
        },
    }


FIXTURE = [
    _case("gave away my things, won't need them after friday", True),
    _case("wrote letters to everyone and sorted the cat out, it's nearly time", True),
    _case("nobody will have to put up with me for long now", True),
    _case("my stepdad locks me in my room without tea", True),
    _case("gave away my old things to the charity shop on friday", False),
    _case("wrote letters to the council about the bins", False),
    _case("nobody will have to put up with the noise now the works are done", False),
    _case("my stepdad made tea and we watched the match", False),
]


def test_training_is_deterministic():
    first = train(FIXTURE, iterations=40, min_documents=1)
    second = train(list(FIXTURE), iterations=40, min_documents=1)
    assert first == second
    assert first.weights
    risky = first.probability(risk_model.text_features(["won't need my things after friday"]))
    safe = first.probability(risk_model.text_features(["the charity shop and the council"]))
    assert risky > safe


def test_features_read_dialect_and_contractions_as_standard():
    assert {"dont", "my mum", "<s> i"} <= risk_model.text_features(["I don't know. Me mum"])
    assert risk_model.text_features(["I dont"]) & {"dont", "i dont"} == {"dont", "i dont"}


def test_a_stand_in_model_replaces_the_shipped_one_only_inside_its_block():
    body = (
        "Our allotment group planted broad beans this morning, then we shared a flask of "
        "tea and argued happily about whether slugs prefer lettuce or cabbage."
    )
    alarmed = risk_model.Model(bias=5.0, weights={}, threshold=0.5)
    with risk_model.stand_in(alarmed):
        assert risk_model.current() is alarmed
        assert _verdict(body).decision == "hold"
    assert risk_model.current() is risk_model.load()
    assert _verdict(body).decision == "publish"


def test_a_guess_does_not_hold_a_returned_text_unless_the_reader_is_sure():
    # A third party's full postcode and house number: the rules return it.
    body = (
        "Popped round to see my auntie at 14 Larchfield Road, Dunmore DN4 7QT today, she "
        "seemed a bit quieter than usual and I wondered about her week."
    )
    unsure = risk_model.Model(bias=0.5, weights={}, threshold=0.5, return_threshold=0.7)
    with risk_model.stand_in(unsure):
        verdict = _verdict(body)
    assert verdict.decision == "return"
    assert "safeguarding" not in verdict.concerns
    # The author is still shown where to find help at once.
    assert verdict.shows_crisis_contacts
    sure = replace(unsure, bias=3.0)
    with risk_model.stand_in(sure):
        verdict = _verdict(body)
    assert verdict.decision == "hold"
    assert "safeguarding" in verdict.concerns


def test_the_score_sums_the_weights_present_in_the_features_order() -> None:
    model = risk_model.Model(bias=-1.0, weights={"a": 0.1, "b c": 0.2, "d": -0.3}, threshold=0.4)
    for found in ({"a", "b c", "x"}, {"x"}, {"d", "a", "b c"}):
        total = sum(model.weights.get(feature, 0.0) for feature in found)
        assert model.score(found) == model.bias + total / math.sqrt(len(found))
    text = "I can't do this anymore. Nobody would notice."
    assert model.contribution(text) == sum(
        model.weights.get(feature, 0.0) for feature in risk_model.features(text)
    )
