"""Whose an address is when a relative, an ex or a neighbour is said to live there, and a
health-service number given as someone's that fails its checksum. Wordings are our own;
9xx numbers are never issued."""

from __future__ import annotations

import pytest
from checker_scoring import comment

from moderation.checker.identifiers import nhs_checksum_ok


@pytest.mark.parametrize(
    "body",
    [
        "My sister lives at 22 Fernhill Road, LS6 2QT and she's stopped eating again.",
        "the old man across the road at 9 Kestrel Drive hasn't had his carers in a week",
        "Our lodger is now living at 41 Coppice Way and nobody from the team has visited.",
        # A person named just before the address is whose home it is, with the writer there.
        "Every other Thursday I go and see Denise at 14 Marlowe Close, Farnby FB4 7JX.",
        "Most weeks I drop in on my nan at 3 Tanner Row, Hexley HX2 9LP for a brew.",
        "I'd been worried about Callum, who lives at 7 Orchard Rise, so I knocked twice.",
    ],
)
def test_someone_elses_home_is_returned(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return", verdict.findings
    assert "identifiable-information" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        # the writer's own home: their private detail, held
        "My daughter and I live at 22 Fernhill Road if anyone wants to drop off the forms.",
        # nobody said whose: held as a street address
        "Letters for 22 Fernhill Road keep coming to us by mistake.",
        # an invitation to the writer's own place is not a named person's home
        "Come and see us at 14 Marlowe Close, Farnby FB4 7JX on Saturday.",
    ],
)
def test_the_writers_or_an_unowned_address_is_held_not_returned(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", verdict.findings
    assert "identifiable-information" not in verdict.concerns


# -- a labelled health number that fails its checksum --------------------------------------------

BAD = "943 476 5918"  # one digit off a valid 9xx number


def test_the_fixture_really_fails_the_checksum() -> None:
    assert not nhs_checksum_ok(BAD.replace(" ", ""))


@pytest.mark.parametrize(
    "body",
    [
        f"Admitted him overnight with psychosis; his NHS number is {BAD} if anyone can trace "
        "the old notes.",
        f"Her CHI number {BAD} was on the discharge letter with the wrong diagnosis.",
    ],
)
def test_a_labelled_number_beside_care_is_held_not_returned(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", verdict.findings
    assert "identifiable-information" in verdict.concerns


def test_the_writers_own_labelled_number_is_a_personal_detail() -> None:
    verdict = comment(f"My NHS number is {BAD} and I was sectioned in May, can anyone check it?")
    assert verdict.decision == "hold"
    assert verdict.concerns == ["personal-details"]


@pytest.mark.parametrize(
    "body",
    [
        # an example of the format
        f"An NHS number looks something like {BAD}: ten digits, checked by a formula.",
        # no clinical detail anywhere near
        f"Random question, is {BAD} the kind of thing on an NHS number card?",
        # labelled as something else
        f"Our order reference {BAD} still hasn't arrived and the patient is waiting.",
        # unlabelled ten digits
        f"The total was {BAD} pence according to the finance report on admissions.",
    ],
)
def test_unlabelled_example_or_other_numbers_publish(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", verdict.findings
