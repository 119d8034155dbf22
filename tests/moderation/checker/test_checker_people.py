"""Soft identifiers: names and initials in a clinical context, ward + bed + date,
quasi-identifier combinations, photo descriptions and daily whereabouts."""

from __future__ import annotations

import pytest
from checker_scoring import comment

from moderation.checker import check


@pytest.mark.parametrize(
    "body",
    [
        "A patient called Sarah had her first ECT this morning.",
        "My client Dave, who has schizophrenia, was refused a bus pass again.",
        "Mr J on the acute ward was sectioned again last night.",
        "J.S. on Ward 4 is finally off one-to-one obs.",
        "Kelly on Willow Ward, admitted on Tuesday with a first episode of psychosis, asked "
        "about college.",
        "Mrs Okafor missed her depot yesterday and nobody followed it up.",
        "Tom is my client and he has been detained under section 3.",
    ],
)
def test_it_holds_a_name_or_initials_in_a_clinical_context(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert "identifiable-information" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "Massive congratulations to Priya, our ward manager, on her award.",
        "Dr Felix Brandt, Director of Nursing, spoke about the merger at the conference.",
        "Professor Amara Okonjo's keynote on outcome measures was excellent.",
        "Thanks to @RuthOT_MH for the reading list.",
        "Bless you, Hannah, that's kind.",
        "I'm Jodie and I work on an acute ward.",
        "Mr Men books are a hit on the children's ward.",
    ],
)
def test_it_publishes_names_in_a_professional_or_everyday_role(body: str) -> None:
    assert comment(body).decision == "publish"


def test_it_leaves_a_case_alone_when_the_writer_says_it_is_composite() -> None:
    body = (
        "This is a composite case with details changed. Sam, 34, from a small village, was "
        "admitted with psychosis last month."
    )
    assert comment(body).decision == "publish"


@pytest.mark.parametrize(
    "body",
    [
        "Night of 2nd March, bed 6 on Hawthorn: the lady who kept asking for her husband.",
        "The man in bay 3 cried all night and nobody came.",
        "Side room 2 last night was the hardest shift I've done.",
    ],
)
def test_it_holds_a_bed_pinned_to_a_person_a_time_or_a_ward(body: str) -> None:
    assert "identifiable-information" in comment(body).concerns


@pytest.mark.parametrize(
    "body",
    [
        "Larch Ward is an 18-bed acute ward with ten beds for women.",
        'Things like "the lady in bed 4 last night" are fine in handover, not online.',
    ],
)
def test_it_publishes_bed_counts_and_quoted_examples(body: str) -> None:
    assert comment(body).decision == "publish"


def test_it_holds_age_sex_small_place_and_diagnosis_together() -> None:
    body = (
        "Last week I saw a 15-year-old girl from Nether Ashby, a tiny village, whose "
        "anorexia has got so bad she may need admission."
    )
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert verdict.findings[0].principle == "gmc-cumulative-identification"


def test_it_publishes_the_writers_own_age_place_and_diagnosis() -> None:
    body = (
        "I'm 29, female, from a small village in Cumbria, and I was diagnosed with bipolar "
        "last year."
    )
    assert comment(body).decision == "publish"


def test_it_holds_a_photo_naming_people_in_a_care_setting() -> None:
    body = (
        "Photo attached: that's Doris and Albert from the dementia day service with their marrows."
    )
    verdict = comment(body)
    assert "identifiable-information" in verdict.concerns
    assert any(f.principle == "nmc-patient-images-consent" for f in verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "I'm in the cafe on Bridge Street every weekday from 7.15, usually by the window.",
        "@Bex you're the one in the Aldi on Station Road every Friday at 5, aren't you?",
    ],
)
def test_it_holds_exact_daily_whereabouts(body: str) -> None:
    verdict = comment(body)
    assert verdict.concerns == ["personal-details"]


def test_it_publishes_a_group_meeting_time() -> None:
    body = "The carers' group meets every Tuesday at 2pm in the library."
    assert comment(body).decision == "publish"


def test_an_author_named_with_their_book_publishes() -> None:
    verdict = check(
        kind="comment",
        fields={"body": 'Loved "Night Tides" by Orla Fenwick, a memoir of psychosis and recovery.'},
    )
    assert verdict.decision == "publish", verdict.findings


def test_a_name_by_the_door_of_a_clinic_is_not_an_author() -> None:
    verdict = check(
        kind="comment",
        fields={"body": "Saw Tom Hardcastle by the bins outside the psychosis clinic, sectioned."},
    )
    assert verdict.decision == "hold"
    assert verdict.concerns == ["identifiable-information"]


@pytest.mark.parametrize(
    "body",
    [
        # the person carried into the next sentence by "she"
        "Sat with Maureen at breakfast. She's 88, a retired headteacher, and her clozapine "
        "makes her drowsy till lunch.",
        # a service whose name says the diagnosis
        "Bumped into Gary Stone from my old job at the eating disorder unit yesterday.",
        # clinical shorthand with initials
        "pt JT (s3) back from leave late again, third time this month.",
    ],
)
def test_it_holds_people_pointed_at_by_details_that_add_up(body: str) -> None:
    verdict = check(kind="comment", fields={"body": body})
    assert verdict.decision == "hold", verdict.findings
    assert verdict.concerns == ["identifiable-information"]


@pytest.mark.parametrize(
    "body",
    [
        "Had a lovely supervision with Jess today. She's 45, a former paramedic, and kind.",
        "Met my neighbour Alan at the bus stop. He's 80 and still cycles everywhere.",
        "pt education session went well today, RM and JK from the team led it.",
    ],
)
def test_colleagues_neighbours_and_team_initials_publish(body: str) -> None:
    assert check(kind="comment", fields={"body": body}).decision == "publish"


def test_a_public_title_does_not_shield_someone_whose_care_is_described() -> None:
    verdict = check(
        kind="comment",
        fields={"body": "Sister Moira Kent was sectioned last week, poor woman."},
    )
    assert verdict.decision == "hold"
    assert verdict.concerns == ["identifiable-information"]


@pytest.mark.parametrize(
    "body",
    [
        "Dr Patel was brought in to cover the night shift and was brilliant.",
        "Professor Hale was admitted to the Royal College last year, well deserved.",
    ],
)
def test_public_titles_in_their_roles_still_publish(body: str) -> None:
    assert check(kind="comment", fields={"body": body}).decision == "publish"


@pytest.mark.parametrize(
    "body",
    [
        # An invitation is not a hypothetical: it tells where the writer can be found.
        "If anyone fancies a natter, I'm at the Costa on Bridge Street every weekday from "
        "7.45am to 8.15am, the one with the green rucksack.",
        # Lower case, no apostrophes, a time told as a span.
        "if u want to meet up im outside the library on kings road every friday 10 till half "
        "past, im the one with the yellow coat",
    ],
)
def test_it_holds_the_writers_exact_daily_whereabouts_however_it_is_written(body: str) -> None:
    verdict = check(kind="comment", fields={"body": body})
    assert verdict.decision == "hold"
    assert verdict.concerns == ["personal-details"]


@pytest.mark.parametrize(
    "body",
    [
        "i always get a meal deal from tesco at lunch, 12.30 most days, its the highlight lol",
        "I took 2 to 3 days off every week over the summer at the Lakes.",
        "I usually work 9 till 5 so I catch up on the blog at the weekend.",
        "The carers' group meets at the library on Kings Road every Friday 10 till 12, all "
        "welcome.",
    ],
)
def test_routines_without_a_findable_place_and_time_publish(body: str) -> None:
    assert check(kind="comment", fields={"body": body}).decision == "publish"
