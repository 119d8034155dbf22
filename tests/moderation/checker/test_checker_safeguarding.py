"""Safeguarding: risk to the writer or others, abuse, method detail — told apart from talk
about the topic (training, research, recovery stories, quotes, hypotheticals)."""

from __future__ import annotations

import pytest

from moderation.checker import check


def comment(body: str):
    return check(kind="comment", fields={"body": body})


def post(title: str, body: str):
    return check(kind="post", fields={"title": title, "body": body})


@pytest.mark.parametrize(
    "body",
    [
        "I want to die.",
        "i just wanna go to sleep and never wake up",
        "I can't keep myself safe tonight.",
        "I cut myself again last night.",
        "I've been saving up my tablets for a couple of weeks now.",
        "Saying goodbye to everyone. I won't be around after Friday, so please don't worry.",
        "I've written letters to my kids and picked a date.",
        "Everyone would be better off without me.",
        "What is the point of any of it any more",
        "Does anyone know how many paracetamol would be fatal?",
        "Last night I stood on the bridge for an hour.",
        "I'm scared of what I might do tonight.",
        "The voices are telling me to hurt my neighbour.",
        "He put his hands round my throat last night.",
        "The little boy next door has bruises every week and I heard him screaming for ages.",
        "My son walked off the ward two hours ago and isn't answering his phone.",
    ],
)
def test_it_holds_risk_with_the_safeguarding_concern_first(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert verdict.concerns[0] == "safeguarding"
    assert verdict.shows_crisis_contacts


@pytest.mark.parametrize(
    "body",
    [
        "I'm not going to hurt myself, I promise, I'm just exhausted.",
        "I would never kill myself, but I understand why people get there.",
        "Ten years ago I self-harmed most days. I'm 38 now and a peer worker.",
        "The training covered phrases like 'I want to die' and how to respond calmly.",
        "If a patient says they want to die, ask directly about suicide.",
        "This rota is killing me and I could murder a bacon sandwich.",
        "Suicide rates among men are highest in their forties, the report says.",
        "Samaritans are free on 116 123, any time.",
    ],
)
def test_it_publishes_talk_about_the_topic(body: str) -> None:
    assert comment(body).decision == "publish"


def test_safeguarding_holds_even_when_another_finding_would_return() -> None:
    verdict = comment("I'm going to end it tonight. His NHS number is 943 476 5919.")
    assert verdict.decision == "hold"
    assert verdict.concerns[0] == "safeguarding"
    assert "identifiable-information" in verdict.concerns


def test_it_holds_method_detail_with_the_method_principle() -> None:
    verdict = post("The one I can't forget", "She had taken sixty paracetamol with vodka.")
    assert verdict.decision == "hold"
    assert verdict.findings[0].principle == "sam-method-detail"


def test_it_does_not_hold_a_crisis_that_has_been_handled() -> None:
    body = (
        "He kept saying he wanted to die, so we rang the crisis team together. They came "
        "out within the hour and he's safe now."
    )
    assert comment(body).decision == "publish"


def test_it_suggests_a_content_warning_for_a_post_about_suicide_that_publishes() -> None:
    verdict = post(
        "What our suicide prevention training taught me",
        "Asking directly about suicide does not plant the idea. The trainer was clear on that.",
    )
    assert verdict.decision == "publish"
    assert verdict.suggested_content_warning == "discusses suicide"
    assert any(note.principle == "sam-content-warning" for note in verdict.notes)


def test_it_shows_crisis_contacts_for_a_first_person_recovery_story() -> None:
    verdict = comment("I self-harmed from about 14 until my early twenties. I'm 37 now.")
    assert verdict.decision == "publish"
    assert verdict.shows_crisis_contacts


def test_it_suggests_gentler_wording_without_changing_the_decision() -> None:
    verdict = comment("My uncle committed suicide when I was a teenager.")
    assert verdict.decision == "publish"
    note = next(n for n in verdict.notes if n.principle == "sam-sensitive-language")
    assert "died by suicide" in (note.suggestion or "")
    body = "My uncle committed suicide when I was a teenager."
    assert body[note.start : note.end] == "committed suicide"


def test_it_does_not_show_crisis_contacts_for_an_ordinary_comment() -> None:
    verdict = comment("Thanks for this, I've read it three times.")
    assert not verdict.shows_crisis_contacts
    assert verdict.suggested_content_warning is None
