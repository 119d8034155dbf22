"""The capacity someone writes in is shown beside their name on everything they write."""

from __future__ import annotations

import pytest

from tests.blog.factories import make_comment, make_post

pytestmark = pytest.mark.django_db


def _badges(html: str) -> list[str]:
    marker = '<span class="capacity-badge">'
    return [part.split("</span>", 1)[0] for part in html.split(marker)[1:]]


def test_the_post_page_shows_each_writers_capacity_beside_their_name(
    client, practitioner, lived_experience, carer
):
    post = make_post(practitioner, "Handover, again")
    make_comment(post, lived_experience, "This rang true for me.")
    make_comment(post, carer, "From the other side of the door, too.")

    page = client.get(post.get_absolute_url()).content.decode()

    assert _badges(page) == ["Nurse", "Lived experience", "Carer or family member"]
    assert "Priya (nurse)</a> <span" in page


def test_a_practitioner_who_hides_their_profession_is_shown_as_a_practitioner(
    client, psychologist, reader
):
    psychologist.show_profession = False
    psychologist.save()
    post = make_post(psychologist, "On formulation")
    make_comment(post, reader, "Thank you.")

    page = client.get(post.get_absolute_url()).content.decode()

    assert _badges(page) == ["Practitioner", "Reader"]
    assert "Psychologist" not in page


def test_post_cards_on_the_home_page_show_the_capacity(client, carer):
    make_post(carer, "Visiting hours")

    page = client.get("/").content.decode()

    assert "Carer or family member" in _badges(page)
