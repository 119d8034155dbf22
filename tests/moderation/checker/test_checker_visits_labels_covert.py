"""Mechanisms found reading blind sets 29 and 30, probed in our own words: an address the
writer goes to with one person in view is that person's home; a confidential label after
other labels in a heading; "before it is published" is not public; medicine hidden in
someone's food or drink; a personal channel offered to people the writer cared for or runs a
group for. Each family has near misses that must publish."""

from __future__ import annotations

import pytest
from checker_scoring import comment, post

# -- whose address: the writer visits it, one person in view -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Once a week I drive out to 7 Hawthorn Close, Penwick PE3 4LT, and I can tell from "
        "the garden how his week has gone.",
        "Most Mondays we call at 22 Mercer Street, Halbury, and she's usually up and dressed, "
        "which is a good sign.",
    ],
)
def test_it_returns_the_home_of_someone_the_writer_visits(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert "identifiable-information" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Every Tuesday I go to 14 Castle Street for my own counselling session at the Mind "
        "centre, and it helps.",
        "I went to the open day at 3 Station Road last week. The new talking therapies hub "
        "looks great.",
    ],
)
def test_a_venue_the_writer_goes_to_publishes(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "publish", (body, verdict.findings)


# -- confidentiality: a label inside a heading, and not published yet ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "It was stamped 'DRAFT: CONFIDENTIAL' and here's what it says about the night "
        "staffing on Birch.",
        "The draft came to all of us headed 'OFFICIAL - SENSITIVE - DO NOT FORWARD', so "
        "here's the gist: two wards shut in May.",
        "The minutes are marked 'not for circulation' and the board will see them before "
        "they are published, but I think you should know: they're cutting the crisis café.",
    ],
)
def test_it_holds_a_labelled_document_not_yet_public(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert verdict.concerns == ["confidential-information"], (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The final report was headed 'Learning from deaths - annual summary' and it's on "
        "the Trust website.",
        "Our leaflet is titled 'Talking about confidentiality - a guide for families', and "
        "it's free to download.",
        "The review will be published next month and I'll share the link when it's out. "
        "Confidential feedback forms are in the staff room.",
    ],
)
def test_a_heading_or_a_coming_report_publishes(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "publish", (body, verdict.findings)


# -- clinical advice: medicine hidden in food or drink --------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "@Rhiannon if your mum refuses her tablets, grind them up into her yoghurt, she "
        "won't taste a thing.",
        "Just slip his meds in his porridge, that's what we ended up doing.",
    ],
)
def test_it_holds_medicine_hidden_in_food(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert verdict.concerns == ["clinical-advice"], (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "We were told never to crush her tablets into her food without the pharmacist and "
        "the best-interests meeting agreeing it.",
        "I stir a spoon of honey into his porridge and he eats it happily now.",
    ],
)
def test_food_and_tablets_without_a_direction_publish(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)


# -- boundaries: a channel offered to people the writer cared for ---------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hiya to everyone from the Monday art group! Now you've been discharged we can stay "
        "in touch properly, add me on insta, it's kaz.makes 🎨",
        "Any of my Wednesday sessions folk who want to carry on talking, I'll give you my "
        "number. No one needs to know, it's easier that way.",
    ],
)
def test_it_holds_a_channel_offered_to_people_cared_for(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert verdict.concerns == ["professional-boundaries"], (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Any of my Wednesday group leaders who want the new rota, it's on the shared drive.",
        "Now you're home, look after yourself and keep going to the peer group, it really "
        "helped me too.",
        "Follow me on insta for my knitting, it's all scarves at the moment, nothing work related.",
        "Don't tell the manager I said so, but the new rota is actually better than the old one.",
    ],
)
def test_an_offer_to_colleagues_or_friends_publishes(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)


# -- attacks: one intensified insult said back to someone addressed -------------------------


@pytest.mark.parametrize(
    "body",
    [
        "@kerry_rmn you told the whole thread the bank shifts were cancelled and they were "
        "not. Total muppet!",
        "You've clearly never set foot on a ward after midnight. Absolute clown.",
    ],
)
def test_it_holds_an_insult_said_back_to_a_reader(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert verdict.concerns == ["personal-attack"], (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "I tripped over the mop bucket in front of the whole ward this morning. Absolute clown.",
        "The new rota came out at 11pm for the next morning. Absolute joke.",
        "Our Christmas panto had the consultant as the dame. Absolute legend.",
    ],
)
def test_self_mockery_or_a_verdict_on_a_thing_publishes(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)


# -- boundaries: messages with someone cared for, most evenings -----------------------------


def test_it_holds_chats_most_nights_with_a_former_patient() -> None:
    body = (
        "I was the named nurse for a lad on the unit last year. He got discharged in March "
        "and found me online. We chat most nights now about football and how he is doing."
    )
    verdict = post(body)
    assert verdict.decision == "hold", verdict.findings
    assert verdict.concerns == ["professional-boundaries"], verdict.findings


def test_chats_most_nights_with_a_sister_publish() -> None:
    verdict = post("My sister and I are close. We chat most nights now about her new job.")
    assert verdict.decision == "publish", verdict.findings


# -- offensive content: where a whole group may live ----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Honestly, bipolars shouldn't be allowed to live near schools.",
        "Addicts should not be allowed to live in family housing, full stop.",
    ],
)
def test_it_holds_a_group_kept_from_living_somewhere(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert verdict.concerns == ["offensive-content"], (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "People with learning disabilities should be allowed to live in their own homes with "
        "support.",
        "Staffing on nights is a ticking time bomb and the board knows it.",
    ],
)
def test_a_right_to_live_somewhere_or_a_staffing_worry_publishes(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)
