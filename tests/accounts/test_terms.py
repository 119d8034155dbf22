"""When the house rules and terms change, members accept the new version at their next visit."""

from __future__ import annotations

import pytest
from django.urls import reverse

from accounts.models import User

pytestmark = pytest.mark.django_db

NEW_VERSION = "2027-03-01"


@pytest.fixture
def terms_changed(settings):
    settings.TERMS_VERSION = NEW_VERSION


def test_a_member_who_accepted_an_older_version_is_asked_to_accept_the_new_one(
    client_for, carer, terms_changed
):
    client = client_for(carer)

    response = client.get(reverse("blog:my_posts"))

    assert response.status_code == 302
    assert response["Location"] == (
        reverse("accounts:accept_terms") + "?next=" + reverse("blog:my_posts").replace("/", "%2F")
    )
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Our house rules and terms have changed" in page.content.decode()


def test_accepting_records_the_version_and_time_and_returns_to_the_page(
    client_for, carer, terms_changed
):
    client = client_for(carer)
    before = User.objects.get(pk=carer.pk).terms_accepted_at

    response = client.post(
        reverse("accounts:accept_terms"), {"accept": "on", "next": reverse("blog:my_posts")}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("blog:my_posts")
    carer.refresh_from_db()
    assert carer.terms_version == NEW_VERSION
    assert carer.terms_accepted_at > before
    assert client.get(reverse("blog:my_posts")).status_code == 200


def test_not_ticking_the_box_keeps_the_member_on_the_accept_page(client_for, carer, terms_changed):
    response = client_for(carer).post(reverse("accounts:accept_terms"), {})

    assert response.status_code == 200
    carer.refresh_from_db()
    assert carer.terms_version != NEW_VERSION


def test_an_off_site_next_address_is_ignored_after_accepting(client_for, carer, terms_changed):
    response = client_for(carer).post(
        reverse("accounts:accept_terms"), {"accept": "on", "next": "https://evil.example/"}
    )

    assert response["Location"] == reverse("blog:home")


def test_a_form_sent_before_accepting_is_not_acted_on(
    client_for, practitioner, carer, terms_changed
):
    from tests.blog.factories import make_post

    post = make_post(practitioner, "A post")

    response = client_for(carer).post(
        reverse("blog:comment_create", args=[post.slug]), {"body": "A comment."}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:accept_terms")
    assert not post.comments.exists()


@pytest.mark.parametrize(
    "url_name",
    ["accounts:terms", "accounts:your_data", "accounts:delete", "crisis", "account_logout"],
)
def test_the_terms_crisis_contacts_and_data_rights_stay_open_before_accepting(
    client_for, carer, terms_changed, url_name
):
    response = client_for(carer).get(reverse(url_name))

    assert response.status_code == 200


def test_the_house_rules_stay_open_before_accepting(client_for, carer, terms_changed):
    from accounts.terms import house_rules_url

    url = house_rules_url().split("#")[0]

    assert client_for(carer).get(url).status_code == 200


def test_visitors_who_are_not_signed_in_are_never_asked(client, terms_changed):
    assert client.get(reverse("blog:home")).status_code == 200


def test_the_terms_page_shows_the_current_version(client, terms_changed):
    page = client.get(reverse("accounts:terms")).content.decode()

    assert f"Version {NEW_VERSION}" in page
