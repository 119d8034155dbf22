"""Safeguarding frames that change what risk words mean: a scope that makes "don't trust
myself" everyday, absence from one event rather than from life, an age said in words as the
past, a letter to the writer's future self, a job move beside "won't be here much longer",
"done being polite", a means that names an everyday thing (the gas bill) or the reader's
medicine, a training scenario acted out; and a short paragraph of a long post read as one
window, as a short comment is.

Judged on the rules alone (the learned second reader stood down), so that a retrained model
can neither hide a rule that stopped working nor fail a near miss the rules now read right;
the model's own behaviour is tested in test_checker_risk_model.py. Wordings are our own, not
the blind sets'."""

from __future__ import annotations

import pytest
from checker_scoring import held_by_rules, not_safeguarding

# -- "don't trust myself": bare, for now, or near a means; not in the kitchen ------------------

UNTRUSTED_SELF = [
    "I don't trust myself with what's in the bathroom cabinet tonight.",
    "Can't trust myself near the edge any more.",
    "Baby's been screaming for hours and I don't trust myself to go back in.",
    "honestly don't trust myself around the tablets right now",
]

UNTRUSTED_SELF_EVERYDAY = [
    "Don't trust myself in the kitchen since I melted the kettle on the hob last week.",
    "I don't trust myself with a credit card in the January sales.",
    "Honestly don't trust myself around a tin of Quality Street at Christmas.",
    "I don't trust myself to pick the paint colour, so my sister's choosing.",
]


@pytest.mark.parametrize("body", UNTRUSTED_SELF)
def test_not_trusting_myself_now_or_near_a_means_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", UNTRUSTED_SELF_EVERYDAY)
def test_not_trusting_myself_with_an_everyday_thing_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- nobody would notice: my absence from life, not from one event ---------------------------

NOT_MISSED = [
    "Nobody would notice if I wasn't around any more.",
    "no one would care if i died tonight",
    "Nobody would even notice if I wasn't here, so what's the difference.",
]

NOT_MISSED_AT_AN_EVENT = [
    "Nobody would notice if I wasn't at choir on Thursday, so I'm having a night in.",
    "No one would even notice if I wasn't in work tomorrow, that's how invisible I am "
    "on this rota.",
    "Nobody would care if I left early from the Christmas do, so I'm off at nine.",
]


@pytest.mark.parametrize("body", NOT_MISSED)
def test_nobody_noticing_i_was_gone_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", NOT_MISSED_AT_AN_EVENT)
def test_nobody_noticing_my_absence_from_an_event_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- time: an age in words is the past; "go back in" is not "back in 2015" ----------------------


def test_an_age_in_words_sets_a_recovery_story_in_the_past_and_publishes() -> None:
    assert not_safeguarding(
        "I started self-harming at fifteen. It took a long time and a good DBT group, but "
        "I stopped."
    )


def test_a_young_writer_harming_now_is_still_held() -> None:
    assert held_by_rules("I'm 15 and I started cutting again last night.")


def test_going_back_in_is_not_a_past_marker() -> None:
    assert held_by_rules("I'm going back in tomorrow and honestly I want to die.")


def test_back_in_a_year_is_still_the_past_and_publishes() -> None:
    assert not_safeguarding("Back in 2015 I took an overdose. I'm well now and I run a group.")


# -- letters: to the writer's future self ----------------------------------------------------


def test_a_letter_read_after_the_writer_is_gone_is_held() -> None:
    assert held_by_rules("By the time you read this I'll be gone. Look after the dog.")


def test_a_letter_to_my_future_self_saying_it_wont_be_read_is_held() -> None:
    assert held_by_rules(
        "Dear future me, I don't think you'll be reading this. It's settled now and I feel "
        "calm about it."
    )


def test_a_hopeful_letter_to_my_future_self_publishes() -> None:
    assert not_safeguarding(
        "Our group wrote letters to our future selves. Dear future me, by the time you "
        "read this I hope you've passed your driving test and kept up the swimming."
    )


# -- leaving a job, being done with politeness ---------------------------------------------------


def test_not_being_here_much_longer_with_thanks_is_held() -> None:
    assert held_by_rules("I won't be here much longer. Thank you all for everything.")


def test_not_being_here_much_longer_because_of_a_new_job_publishes() -> None:
    assert not_safeguarding(
        "I won't be here much longer. I've handed in my notice and I'm off to join the "
        "crisis team in May."
    )


def test_done_being_here_is_held() -> None:
    assert held_by_rules("I'm done being here. Can't do this any more.")


@pytest.mark.parametrize(
    "body",
    [
        "I'm done being polite with the council, the complaint goes in tomorrow.",
        "I'm done waiting for a callback, so I've emailed the PALS office instead.",
    ],
)
def test_done_being_polite_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- a means that names an everyday thing, or the reader's own medicine ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "I'm so scared about the gas bill this winter, I can't cope with another rise.",
        "Terrified the knife block will go over when the toddler climbs, so it's on the top "
        "shelf now and I can stop worrying.",
        "@Jo you can cut those tablets in half if your pharmacist agrees, I'm scared for you "
        "going without.",
    ],
)
def test_an_everyday_thing_or_the_readers_medicine_publishes(body: str) -> None:
    assert not_safeguarding(body)


def test_my_own_means_with_intent_is_still_held() -> None:
    assert held_by_rules("I'm going to turn the gas on tonight and not wake up.")


# -- a scenario acted out for teaching ---------------------------------------------------------


def test_an_acted_disclosure_in_training_publishes() -> None:
    assert not_safeguarding(
        "In the module we watched a vignette, played by actors, where a girl tells her "
        "teacher that her stepdad comes into her room at night. We practised what to say."
    )


def test_a_real_disclosure_by_a_child_is_still_held() -> None:
    assert held_by_rules(
        "My stepdad comes into my room at night and says I can't tell mum. I'm 13."
    )


# -- a short paragraph in a long post is one window ----------------------------------------------

LONG_OPENING = (
    "I have written here before about caring for my brother, and about the trust.\n\n"
    "It has been three years of meetings. Three years of letters. Three years of being told "
    "to wait. Three years of being polite. I kept every email. I kept every note.\n\n"
)


def test_a_menace_spread_over_a_short_paragraph_is_held() -> None:
    body = LONG_OPENING + (
        "I know where the ward manager lives now. I drove past twice this week. The lights "
        "go off at eleven. If they discharge him again, she won't be getting home. "
        "People should know how far they've pushed us."
    )
    assert held_by_rules(body, kind="post")


def test_a_long_post_with_one_sign_per_paragraph_publishes() -> None:
    body = LONG_OPENING + (
        "The ward manager finally rang back. She listened, properly, for the first time. "
        "We have a meeting on Friday with the consultant and the social worker.\n\n"
        "I'm not sure it will change much, but I'm going in with a list. I know where he "
        "parks his case notes, in the blue folder, and I've asked for a copy."
    )
    assert not_safeguarding(body, kind="post")


# -- everyday objects of the same words ---------------------------------------------------------

EVERYDAY_OBJECTS = [
    "What's the point of a team meeting if nobody reads the minutes? Asking for a friend.",
    "Some weeks the school run is the only thing holding me together, and that's fine.",
    "We made our wills last month and the solicitor suggested writing a letter to each of "
    "the children too. Done, sealed, and we celebrated with fish and chips.",
    "My son got his belt out to show Grandad, he's a blue belt in judo now.",
    "Our volunteers plan the route, have a plan for rain and stop on the bridge to watch the "
    "swans. I'm proud of them.",
    "Still working out how to do it so the group feels less like a classroom.",
]

SAME_WORDS_AT_RISK = [
    "What's the point of any of it any more.",
    "I've written a letter to each of my kids. They're in the drawer for after.",
    "I've worked out how to do it so nobody finds me for days.",
]


@pytest.mark.parametrize("body", EVERYDAY_OBJECTS)
def test_risk_words_with_an_everyday_object_publish(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", SAME_WORDS_AT_RISK)
def test_the_same_words_about_life_or_a_farewell_are_held(body: str) -> None:
    assert held_by_rules(body)
