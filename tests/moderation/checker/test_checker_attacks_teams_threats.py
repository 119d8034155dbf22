"""Attacks on people who can be found: a named team called a bunch of something, a verbless
run of insults after naming them, calls for sacking put in the past, a menace aimed at one
person, and a slur standing for one particular person. Quantified groups ("half the ...")
with a demeaning noun are generalisations. Wordings are our own."""

from __future__ import annotations

import pytest
from checker_scoring import comment


@pytest.mark.parametrize(
    "body",
    [
        # an identifiable team called a demeaning name is an attack, not only a generalisation
        "The day staff on Larch are a bunch of nutters and they know it.",
        # a verbless string of insults after the team is named
        "Tried ringing the access team in Rotherham again. Pack of useless clock-watchers.",
        # a call for sacking put in the past
        "The duty manager at Elm Lodge should've been sacked after what happened in June.",
        "Honestly most of that team ought to have been struck off years back.",
        # a menace aimed at one person
        "That receptionist at the surgery had better watch herself next time I'm in.",
        "He'll find out what it feels like soon enough, that charge nurse.",
        "I know where he parks every night, he'll be sorry.",
    ],
)
def test_it_holds_attacks_on_findable_people(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "personal-attack" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Our crisis team are a bunch of legends and I'd trust them with anything.",
        "We had a bunch of students in on Monday. A load of keen, kind people.",
        "I should have been sacked for that mistake, and I know it.",
        "You'd better watch yourself on the stairs, they've just been mopped.",
        "I'd better watch myself or I'll end up eating all the biscuits again.",
        "She'll find out what the results are on Friday.",
        "Mum had better watch herself on the ice this week, her hip's still healing.",
        "He'll find out what it feels like to be a dad soon enough, bless him.",
        "I know where she works now, I'll pop by with flowers, can't wait to see her.",
    ],
)
def test_it_publishes_praise_self_blame_and_warnings(body: str) -> None:
    verdict = comment(body)
    assert "personal-attack" not in verdict.concerns, (body, verdict.findings)
    assert verdict.decision == "publish", (body, verdict.findings)


def test_a_slur_for_one_particular_person_is_an_attack_too() -> None:
    verdict = comment("Can't believe they put that mong in charge of the art group.")
    assert verdict.decision == "return"
    assert set(verdict.concerns) >= {"offensive-content", "personal-attack"}


def test_a_slur_about_whoever_holds_a_view_is_returned_as_the_slur() -> None:
    verdict = comment("only a spastic would think the new rota works")
    assert verdict.decision == "return"
    assert "offensive-content" in verdict.concerns
    assert "personal-attack" not in verdict.concerns


def test_the_writer_calling_themself_a_slur_is_no_attack() -> None:
    verdict = comment("At school I was always the spaz who got picked last.")
    assert "personal-attack" not in verdict.concerns, verdict.findings


def test_a_slur_talked_about_is_not_an_attack() -> None:
    verdict = comment("Please stop using the word retard, even as a joke about that colleague.")
    assert "personal-attack" not in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "Half the nutters on the unit are only there for the free dinners.",
        "most of the loonies in that day centre are putting it on",
    ],
)
def test_a_quantified_demeaning_noun_is_a_generalisation(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert "offensive-content" in verdict.concerns


def test_a_quantified_group_without_a_demeaning_noun_publishes() -> None:
    verdict = comment("Half the patients on the unit come to the Friday quiz now.")
    assert verdict.decision == "publish", verdict.findings


# -- slurs that are also everyday British words ---------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Nipped out for a fag after handover and came back calmer.",
        "Twenty fags a day and he still outlived the lot of us.",
        "He went on a week-long bender after the funeral and we nearly lost him.",
        "These cuts will cripple the community teams by the spring.",
        "Is there anywhere on site for a fag break that isn't by the main door?",
    ],
)
def test_everyday_senses_publish(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Shut up, you fag.",
        "Those benders on the ward rota need sorting out.",
        "The agency sent some cripple who couldn't even do the stairs.",
    ],
)
def test_the_same_words_used_of_people_are_returned(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert "offensive-content" in verdict.concerns


def test_being_called_one_publishes_as_a_reported_slur_with_a_note() -> None:
    verdict = comment("At school the other kids called me a cripple every single day.")
    assert verdict.decision == "publish", verdict.findings
    assert [note.principle for note in verdict.notes] == ["rcn-prohibited-content"]


@pytest.mark.parametrize("word", ["retard", "mong", "spastic"])
def test_ableist_slurs_are_returned(word: str) -> None:
    verdict = comment(f"Only the {word} on reception would lose the keys twice in a day.")
    assert verdict.decision == "return", verdict.findings


@pytest.mark.parametrize("word", ["psycho", "nutter"])
def test_stigma_words_used_on_someone_are_held_not_returned(word: str) -> None:
    verdict = comment(f"The new bloke on nights is a total {word}.")
    assert verdict.decision == "hold", verdict.findings
    assert "offensive-content" in verdict.concerns


# -- insults built on ordinary words for people, teams and readers ----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Somebody needs to deal with that lazy, smug man in outpatients.",
        "The day staff on Bramble are a load of idle wasters, every one of them.",
        "Stop being such a moron about the rota and just swap the shift.",
        "The mongs who run the bank office lost my timesheet again.",
    ],
)
def test_it_holds_insults_on_people_teams_and_readers(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision in ("hold", "return"), (body, verdict.findings)
    assert "personal-attack" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "That kind, patient woman on reception saved my whole afternoon.",
        "What a lovely man he was, we'll miss him on the ward.",
        "Stop being such a worrier, you'll smash the interview.",
        "Don't be a stranger, come back and see us.",
        "Our patients are not wasters, they are people who need a bed.",
        "She finally left that cruel, violent man and she's safe now.",
    ],
)
def test_it_publishes_kind_words_and_reports_of_harm(body: str) -> None:
    verdict = comment(body)
    assert "personal-attack" not in verdict.concerns, (body, verdict.findings)


def test_a_team_called_demeaning_names_is_attacked_not_generalised_about() -> None:
    verdict = comment("The day staff on Bramble are a load of idle wasters, every one of them.")
    assert verdict.concerns == ["personal-attack"], verdict.findings


def test_a_stigmatising_word_for_a_team_is_offensive_as_well() -> None:
    verdict = comment("The crisis team in Leeds are a bunch of nutters.")
    assert set(verdict.concerns) == {"offensive-content", "personal-attack"}, verdict.findings


def test_a_demeaning_remark_about_service_users_stays_a_generalisation() -> None:
    verdict = comment("Those junkies in A&E are all time-wasters.")
    assert verdict.concerns == ["offensive-content"], verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "Botox has really helped his spasticity since the stroke.",
        "She has spastic diplegia and the physios have been brilliant with her walker.",
        "The spastic cerebral palsy clinic has moved to Tuesday mornings.",
        "Scope used to be called the Spastics Society, which says a lot about the 1950s.",
    ],
)
def test_clinical_terms_that_share_a_slurs_letters_publish(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)


def test_the_slur_itself_is_still_returned() -> None:
    verdict = comment("Only the spastics on that ward would fall for it.")
    assert verdict.decision == "return", verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "Finally a chink of light in the waiting list this week.",
        "That's the chink in the armour of the whole new pathway.",
        "I sent the referral and poof, it vanished off the system.",
    ],
)
def test_idioms_that_share_a_slurs_letters_publish(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)


def test_the_same_word_used_of_people_is_returned() -> None:
    verdict = comment("those chinks at the takeaway were rude to my mum")
    assert verdict.decision == "return", verdict.findings
