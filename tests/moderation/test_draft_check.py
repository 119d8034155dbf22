"""The live check: the compose page's script asks this endpoint about unsaved words."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from moderation.models import Case
from tests.moderation.conftest import CLEAN_TEXT, IDENTIFIER_TEXT, NHS_NUMBER

URL = reverse("contributing:check_draft")


def test_it_answers_with_the_findings_and_the_same_panel_as_the_button(client_for, practitioner):
    response = client_for(practitioner).post(
        URL, {"kind": "post", "title": "Handover", "body": IDENTIFIER_TEXT}
    )
    data = response.json()
    assert response.status_code == 200
    assert data["decision"] == "return"
    assert "identifiable-information" in data["concerns"]
    finding = next(f for f in data["findings"] if f["excerpt"] == NHS_NUMBER)
    assert IDENTIFIER_TEXT[finding["start"] : finding["end"]] == NHS_NUMBER
    assert finding["principle_url"] == f"/guidance/principles/{finding['principle']}/"
    assert f">{NHS_NUMBER}</mark>" in data["html"]
    assert not Case.objects.exists()


def test_it_checks_comments_too(client_for, lived_experience):
    data = client_for(lived_experience).post(URL, {"kind": "comment", "body": CLEAN_TEXT}).json()
    assert data["decision"] == "publish"
    assert data["findings"] == []


def test_an_unknown_kind_is_refused(client_for, practitioner):
    response = client_for(practitioner).post(URL, {"kind": "poem", "body": CLEAN_TEXT})
    assert response.status_code == 400


def test_visitors_who_are_not_signed_in_are_sent_to_log_in(client, db):
    response = client.post(URL, {"kind": "post", "body": CLEAN_TEXT})
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_it_only_answers_posts(client_for, practitioner):
    assert client_for(practitioner).get(URL).status_code == 405


def test_it_needs_the_csrf_token(practitioner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(practitioner)
    assert client.post(URL, {"kind": "post", "body": CLEAN_TEXT}).status_code == 403


def test_too_many_checks_in_a_minute_are_refused_politely(client_for, practitioner, settings):
    settings.MODERATION_DRAFT_CHECKS_PER_MINUTE = 2
    client = client_for(practitioner)
    statuses = [
        client.post(URL, {"kind": "post", "body": CLEAN_TEXT}).status_code for _ in range(3)
    ]
    assert statuses == [200, 200, 429]
    assert "Check my draft" in client.post(URL, {"kind": "post", "body": "x"}).json()["error"]


def test_a_post_about_suicide_is_offered_a_content_warning(client_for, practitioner):
    body = (
        "Our team spent the afternoon on suicide prevention training: how to ask directly "
        "about suicidal thoughts, and how to listen to the answer."
    )
    data = client_for(practitioner).post(URL, {"kind": "post", "body": body}).json()
    assert data["suggested_content_warning"]
    assert "content warning" in data["html"].lower()
