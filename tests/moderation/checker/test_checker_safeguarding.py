"""Safeguarding: risk to the writer or others, abuse, method detail — told apart from talk
about the topic (training, research, recovery stories, quotes, hypotheticals)."""

from __future__ import annotations

import pytest
from checker_scoring import comment

from moderation.checker import check


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


@pytest.mark.parametrize(
    "body",
    [
        # How much, told as a whole box or packet, years later: still the detail.
        "Back in 2017 I necked a whole packet of 24 co-codamol and woke up in resus.",
        "My brother swallowed the entire strip of his sleeping tablets the night he died.",
        # Everything in a cupboard, then what it was.
        "Years ago I took everything in the bathroom cabinet, the diazepam, the tramadol, the lot.",
        # Tablets and a bottle of spirits together.
        "Last spring I took my whole prescription of quetiapine with a bottle of gin.",
        # A number said in words.
        "The lad in bay two had swallowed thirty-two co-codamol before anyone noticed.",
    ],
)
def test_it_holds_how_much_was_taken_whenever_it_was(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert any(f.principle == "sam-method-detail" for f in verdict.findings), verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "Took a whole box of tissues to the funeral and needed every one.",
        "The burglars took everything in the house, even the kettle and the telly.",
        "Mum takes her tablets with a cup of tea every morning at eight.",
        "I took two paracetamol with a glass of water and slept it off.",
    ],
)
def test_everyday_taking_of_boxes_and_tablets_publishes(body: str) -> None:
    assert comment(body).decision == "publish", comment(body).findings


@pytest.mark.parametrize(
    "body",
    [
        # A medicine kept back instead of taken, amassed.
        "Been putting the mirtazapine in my bedside drawer instead of taking it and there's a "
        "tin full now.",
        # Which high place is left open, with a pretext.
        "does anyone know what car parks in town have no barriers on the top floor? asking for "
        "reasons",
    ],
)
def test_it_holds_means_gathered_and_places_sought(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert "safeguarding" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "Which bridges in town still haven't got the new fencing? The council promised it after "
        "the inquest two years ago.",
        "Forty-eight people came to the suicide prevention training, which was brilliant.",
    ],
)
def test_campaigns_and_counts_that_share_the_words_publish(body: str) -> None:
    assert comment(body).decision == "publish", comment(body).findings


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


@pytest.mark.parametrize(
    "body",
    [
        # someone else's intent, reported (quoted words are the evidence)
        "My sister texted \"I'll end it tonight, don't try to find me\" and her phone is off.",
        "Our lodger told us he'll try again as soon as the ward lets him out.",
        # stockpiling, with the phrasal verb split around its object
        "been keeping my sertraline back for a while now. there's a good few stashed.",
        # the writer left out of the comparison
        "Honestly the kids would get on far better with the insurance money than with me.",
        # egging someone on
        "@drift if you're sure, no one should stop you. Your life, your choice, be at peace soon.",
        # a carer at breaking point
        "Stood over Dad with a cushion last night. I'm terrified of what I'll do if nobody helps.",
        # a veiled threat
        "Touch my car again and I'll be waiting for him, he won't know what hit him.",
        # a child's own disclosure
        "my uncle gets in my bed when everyone's asleep and says it's our secret. im 13",
        # an injury explained away, money held by someone else
        "Nan's lodger keeps her pension card. She has bruises on both arms and says she fell. "
        "She didn't fall.",
        # method and amount with an owner in between, in a recovery story
        "Ten years ago I took sixty of my dad's paracetamol. I'm well now.",
    ],
)
def test_it_holds_risk_worded_in_ways_no_single_phrase_names(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", verdict.findings
    assert verdict.concerns[0] == "safeguarding"


@pytest.mark.parametrize(
    "body",
    [
        "Clearing out the loft this weekend. All free, collect whenever: a cot and a pram.",
        "She told me she'll try again for the promotion next year when the post comes up.",
        "If you've made your mind up about the new job, go for it. It's your life and your choice.",
        "My wife and kids would do so much better with a holiday than with me moaning at them.",
        "He keeps turning up at school with a new skateboard trick every week.",
        "I'll be waiting for him at the station; he won't be driving home after a night shift.",
        "Even if the function of self-harm is to get attention, the person needs attention.",
        "It's all sorted now: the Christmas rota is done and I won't be needing any more swaps.",
    ],
)
def test_everyday_uses_of_those_wordings_publish(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", verdict.findings
