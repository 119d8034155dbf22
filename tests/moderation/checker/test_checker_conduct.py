"""Conduct: graded swearing, slurs, sexual remarks, demeaning generalisations, attacks."""

from __future__ import annotations

import pytest
from checker_scoring import comment

from moderation.checker import check


@pytest.mark.parametrize(
    "body",
    [
        "Bloody hell, what a shift. Rota's a bit crap this month.",
        "I'm knackered and a bit pissed off with the bed meeting.",
        "Shit week, not going to lie.",
        "Got called a 'useless cow' by a man in distress tonight. Didn't take it personally.",
        "At school I got called psycho and nutter for years after my mum was sectioned.",
        "I hate the word 'retard' and hear it far too often in staff rooms.",
    ],
)
def test_it_publishes_mild_swearing_and_words_talked_about(body: str) -> None:
    assert comment(body).decision == "publish"


@pytest.mark.parametrize(
    "body",
    [
        "This fucking system is completely broken.",
        "What an absolute clusterfuck of a handover.",
        "These f***ing cuts are going to kill someone.",
    ],
)
def test_it_holds_strong_swearing(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert "offensive-content" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "Half the night staff are pakis who can barely speak English.",
        "Babysitting that lot is like minding a bunch of retards.",
        "Typical of the trannies in HR to make a fuss.",
        # "So-called" is scorn, not a report of what someone was called.
        "The so-called recovery coaches here are a bunch of retards with lanyards.",
        # Disguised with look-alike digits, even a slur that is also an everyday word.
        "The board is a bunch of p00fs who have never worked a night shift.",
        "That r3t4rd of a manager cancelled supervision again.",
    ],
)
def test_it_returns_slurs(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return"
    assert "offensive-content" in verdict.concerns
    assert any(f.principle == "rcn-prohibited-content" for f in verdict.findings)


def test_it_publishes_a_reported_slur_with_a_note_instead_of_returning_it() -> None:
    # Talked about, not used (MODERATION.md); the labelled sets agree eleven to none.
    body = 'A man on the bus shouted "paki" at my colleague and nobody said a thing.'
    verdict = comment(body)
    assert verdict.decision == "publish", verdict.findings
    [note] = verdict.notes
    assert body[note.start : note.end] == "paki"


def test_it_holds_sexualised_remarks() -> None:
    verdict = comment("The new registrar could examine me any day, if you know what I mean 😏")
    assert verdict.concerns == ["offensive-content"]


def test_it_holds_a_demeaning_generalisation_about_service_users() -> None:
    verdict = comment("Most people with a personality disorder are manipulative attention-seekers.")
    assert verdict.concerns == ["offensive-content"]


@pytest.mark.parametrize(
    "body",
    [
        "You idiot. Did you even read the post?",
        "@GaryP you're a disgrace and should find another job.",
        "Are you actually this thick or do you practise?",
        "Only a moron would believe that.",
        "Sister Hargreaves on Elm Ward is useless and should be struck off.",
        "The Westbridge crisis team are a bunch of lazy, heartless jobsworths.",
        "Dr Pearce is an arrogant waste of space.",
    ],
)
def test_it_holds_attacks_on_people(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert "personal-attack" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "I think you've misread the guidance; it says offer, not insist.",
        "The discharge process is broken and the system is a mess.",
        "I was an idiot to think I could do a Masters on nights.",
        "The Health Secretary's announcement is more of the same, and not good enough.",
        "I disagree strongly: the evidence is thinner than the post suggests.",
    ],
)
def test_it_publishes_criticism_of_ideas_systems_and_oneself(body: str) -> None:
    assert comment(body).decision == "publish"


def test_a_slur_aimed_at_a_person_is_both_offensive_and_an_attack() -> None:
    verdict = comment("Whoever wrote this is a retard.")
    assert verdict.decision == "return"
    assert set(verdict.concerns) == {"offensive-content", "personal-attack"}


@pytest.mark.parametrize(
    "body",
    [
        "Oakfield crisis team: a department full of muppets who couldn't find a patient in a bed.",
        "Yet another galaxy-brained take from @NurseNed. Did your PIN come free with a magazine?",
        "Honestly the people on the rehab unit are scroungers who like the free dinners.",
    ],
)
def test_it_holds_teams_mocked_commenters_and_groups_demeaned(body: str) -> None:
    verdict = check(kind="comment", fields={"body": body})
    assert verdict.decision == "hold", verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "People in crisis are not attention seekers, whatever the old textbooks said.",
        "It felt like a building full of clowns at the Christmas party, red noses and all.",
        "Another genius idea from me: bringing cake to a diabetes clinic.",
    ],
)
def test_denied_labels_literal_clowns_and_self_mockery_publish(body: str) -> None:
    assert check(kind="comment", fields={"body": body}).decision == "publish"


@pytest.mark.parametrize(
    "body",
    [
        # An order reported as given to the writer.
        "A man on the ward told me to piss off three times before he let me sit with him.",
        # "Home" with where or how is a discharge, not a group sent away.
        "We screen new mums and then send dads home with a car seat and nothing else.",
    ],
)
def test_reported_orders_and_discharges_are_not_attacks(body: str) -> None:
    assert comment(body).decision == "publish", comment(body).findings
