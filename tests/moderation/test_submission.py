"""Submitting a post or comment runs the checker: publish, hold or return, with the author
told why, safeguarding first in the queue, and every automated decision in the audit log."""

from __future__ import annotations

import pytest
from django.urls import reverse

from blog.models import Comment, Post, Status
from moderation.checker import concern_models
from moderation.checker.risk_model import Model
from moderation.models import CHECKER, AuditAction, AuditEntry, Case, CaseState
from tests.blog.factories import make_post
from tests.moderation.conftest import (
    ATTACK_TEXT,
    CLEAN_TEXT,
    IDENTIFIER_TEXT,
    NHS_NUMBER,
    SAFEGUARDING_TEXT,
)


def compose(
    client,
    body: str,
    *,
    title: str = "A week on the ward",
    action: str = "submit",
    url: str | None = None,
):
    data = {"title": title, "body": body, "excerpt": "", "content_warning": "", "tags_text": ""}
    return client.post(url or reverse("blog:post_create"), {**data, "action": action})


def comment_on(client, post, body: str, **extra):
    return client.post(reverse("blog:comment_create", args=[post.slug]), {"body": body, **extra})


# --- Posts


def test_it_publishes_a_clean_post_from_an_established_author(client_for, practitioner):
    response = compose(client_for(practitioner), CLEAN_TEXT)
    post = Post.objects.get()
    assert response.status_code == 302
    assert post.status == Status.PUBLISHED
    case = Case.objects.get()
    assert case.state == CaseState.PUBLISHED
    assert case.checker_decision == "publish"
    entry = AuditEntry.objects.get(case=case)
    assert (entry.actor_label, entry.action, entry.actor) == (CHECKER, AuditAction.PUBLISHED, None)


def test_it_returns_a_post_with_an_nhs_number_and_keeps_the_draft(client_for, practitioner, client):
    author = client_for(practitioner)
    response = compose(author, IDENTIFIER_TEXT)
    post = Post.objects.get()
    assert post.status == Status.RETURNED
    assert post.body == IDENTIFIER_TEXT
    assert response.url == reverse("blog:post_edit", args=[post.slug])

    page = author.get(response.url)
    html = page.content.decode()
    assert "Please change the highlighted parts" in html
    assert f">{NHS_NUMBER}</mark>" in html
    assert "identifiable information" in html.lower()
    assert Case.objects.get().state == CaseState.RETURNED
    assert AuditEntry.objects.get().action == AuditAction.CHECKER_RETURNED

    client.logout()
    assert client.get(post.get_absolute_url()).status_code == 404


def test_each_returned_finding_links_to_its_principle(client_for, practitioner):
    author = client_for(practitioner)
    compose(author, IDENTIFIER_TEXT)
    post = Post.objects.get()
    case = Case.objects.get()
    principle = case.findings[0]["principle"]
    page = author.get(reverse("blog:post_edit", args=[post.slug])).content.decode()
    assert f"/guidance/principles/{principle}/" in page


def test_it_holds_a_personal_attack_and_tells_the_author_why(client_for, practitioner, client):
    author = client_for(practitioner)
    response = compose(author, ATTACK_TEXT)
    post = Post.objects.get()
    assert post.status == Status.PENDING
    assert response.url == post.get_absolute_url()
    case = Case.objects.get()
    assert case.state == CaseState.PENDING
    assert case.findings
    page = author.get(post.get_absolute_url()).content.decode()
    assert "Waiting for a moderator" in page
    assert f"/guidance/principles/{case.findings[0]['principle']}/" in page
    assert AuditEntry.objects.get(case=case).action == AuditAction.HELD

    client.logout()
    assert client.get(post.get_absolute_url()).status_code == 404


def test_a_learned_readers_hold_tells_the_author_why_without_crisis_contacts(
    client_for, practitioner
):
    # A reader for another concern standing in, sure of anything it reads: the clean text
    # that the rules publish is held for that concern, with its message and principle.
    sure = Model(bias=8.0, weights={}, threshold=0.4, min_words=5)
    author = client_for(practitioner)
    with concern_models.stand_in({"professional-boundaries": sure}):
        response = compose(author, CLEAN_TEXT)
    post = Post.objects.get()
    assert post.status == Status.PENDING
    case = Case.objects.get()
    assert case.checker_decision == "hold"
    (finding,) = case.findings
    assert finding["concern"] == "professional-boundaries"
    page = author.get(response.url).content.decode()
    assert "Waiting for a moderator" in page
    assert f"/guidance/principles/{finding['principle']}/" in page
    assert "goes beyond professional boundaries" in page  # second_reader.toml's message
    assert "116 123" not in page


def test_a_safeguarding_hold_shows_crisis_contacts_at_once_and_goes_first(
    client_for, practitioner, psychologist
):
    compose(client_for(psychologist), ATTACK_TEXT, title="Earlier, less urgent")
    author = client_for(practitioner)
    response = compose(author, SAFEGUARDING_TEXT, title="Tonight")
    post = Post.objects.get(title="Tonight")
    assert post.status == Status.PENDING
    page = author.get(response.url).content.decode()
    assert "A moderator will read it soon" in page
    assert "116 123" in page
    assert "85258" in page
    queue = list(Case.objects.queue())
    assert [case.label for case in queue] == ["Tonight", "Earlier, less urgent"]
    assert queue[0].is_safeguarding


def test_a_safeguarding_post_is_never_returned_even_with_a_hard_identifier(
    client_for, practitioner
):
    compose(client_for(practitioner), f"{SAFEGUARDING_TEXT} {IDENTIFIER_TEXT}")
    post = Post.objects.get()
    assert post.status == Status.PENDING
    assert Case.objects.get().is_safeguarding


def test_a_new_members_clean_post_is_held_with_no_findings(client_for, reader):
    response = compose(client_for(reader), CLEAN_TEXT)
    post = Post.objects.get()
    case = Case.objects.get()
    assert post.status == Status.PENDING
    assert case.held_for_trust
    assert case.findings == []
    assert "account is new" in client_for(reader).get(response.url).content.decode()


def test_editing_a_published_post_checks_it_again(client_for, practitioner, client):
    author = client_for(practitioner)
    compose(author, CLEAN_TEXT)
    post = Post.objects.get()
    assert post.status == Status.PUBLISHED
    edit_url = reverse("blog:post_edit", args=[post.slug])
    compose(author, CLEAN_TEXT + " " + IDENTIFIER_TEXT, url=edit_url, action="save")
    post.refresh_from_db()
    assert post.status == Status.RETURNED
    assert Case.objects.count() == 2
    client.logout()
    assert client.get(post.get_absolute_url()).status_code == 404


def test_a_resubmission_replaces_the_earlier_one_in_the_queue(client_for, practitioner):
    author = client_for(practitioner)
    compose(author, ATTACK_TEXT)
    post = Post.objects.get()
    compose(author, ATTACK_TEXT + " Sorry.", url=reverse("blog:post_edit", args=[post.slug]))
    states = sorted(Case.objects.values_list("state", flat=True))
    assert states == [CaseState.CLOSED, CaseState.PENDING]
    assert Case.objects.queue().count() == 1


def test_saving_a_waiting_post_as_a_draft_takes_it_out_of_the_queue(client_for, practitioner):
    author = client_for(practitioner)
    compose(author, ATTACK_TEXT)
    post = Post.objects.get()
    compose(author, CLEAN_TEXT, url=reverse("blog:post_edit", args=[post.slug]), action="save")
    post.refresh_from_db()
    assert post.status == Status.DRAFT
    assert not Case.objects.queue().exists()


def test_deleting_a_waiting_post_closes_its_case_but_keeps_the_audit_trail(
    client_for, practitioner
):
    author = client_for(practitioner)
    compose(author, ATTACK_TEXT)
    post = Post.objects.get()
    author.post(reverse("blog:post_delete", args=[post.slug]))
    case = Case.objects.get()
    assert case.state == CaseState.CLOSED
    assert list(AuditEntry.objects.filter(case=case).values_list("action", flat=True)) == [
        AuditAction.CLOSED,
        AuditAction.HELD,
    ]


# --- Check my draft


def test_check_my_draft_marks_the_findings_without_saving(client_for, practitioner):
    response = compose(client_for(practitioner), IDENTIFIER_TEXT, action="check")
    html = response.content.decode()
    assert response.status_code == 200
    assert f">{NHS_NUMBER}</mark>" in html
    assert not Post.objects.exists()
    assert not Case.objects.exists()


def test_check_my_draft_says_so_when_there_is_nothing_to_change(client_for, practitioner):
    response = compose(client_for(practitioner), CLEAN_TEXT, action="check")
    assert "found nothing that needs changing" in response.content.decode()


def test_the_marked_text_escapes_what_the_author_typed(client_for, practitioner):
    body = f"<script>alert(1)</script> {IDENTIFIER_TEXT}"
    html = compose(client_for(practitioner), body, action="check").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_compose_page_offers_the_live_check_from_a_static_script(client_for, practitioner):
    html = client_for(practitioner).get(reverse("blog:post_create")).content.decode()
    assert 'name="action" value="check"' in html
    assert "js/draft-check.js" in html
    assert f'data-draft-check-url="{reverse("contributing:check_draft")}"' in html
    assert "<script>" not in html


# --- Comments


def test_a_clean_comment_is_published(client_for, practitioner, lived_experience):
    post = make_post(practitioner)
    comment_on(client_for(lived_experience), post, CLEAN_TEXT)
    assert Comment.objects.get().status == Status.PUBLISHED
    assert Case.objects.get().kind == "comment"


def test_a_hostile_comment_is_held_and_its_author_is_told_why(
    client_for, practitioner, lived_experience
):
    post = make_post(practitioner)
    commenter = client_for(lived_experience)
    response = comment_on(commenter, post, ATTACK_TEXT)
    comment = Comment.objects.get()
    assert comment.status == Status.PENDING
    page = commenter.get(response.url).content.decode()
    assert "Waiting for a moderator" in page
    assert f"/guidance/principles/{Case.objects.get().findings[0]['principle']}/" in page


def test_a_returned_comment_keeps_its_words_and_marks_what_to_change(
    client_for, practitioner, lived_experience, client
):
    post = make_post(practitioner)
    commenter = client_for(lived_experience)
    response = comment_on(commenter, post, IDENTIFIER_TEXT)
    comment = Comment.objects.get()
    html = response.content.decode()
    assert response.status_code == 200
    assert comment.status == Status.RETURNED
    assert f">{NHS_NUMBER}</mark>" in html
    assert f">{IDENTIFIER_TEXT}</textarea>" in html
    assert f'name="revises" value="{comment.pk}"' in html
    client.logout()
    assert NHS_NUMBER.encode() not in client.get(post.get_absolute_url()).content


def test_sending_a_returned_comment_again_updates_it_rather_than_adding_one(
    client_for, practitioner, lived_experience
):
    post = make_post(practitioner)
    commenter = client_for(lived_experience)
    comment_on(commenter, post, IDENTIFIER_TEXT)
    returned = Comment.objects.get()
    comment_on(commenter, post, CLEAN_TEXT, revises=returned.pk)
    returned.refresh_from_db()
    assert Comment.objects.count() == 1
    assert returned.status == Status.PUBLISHED
    assert returned.body == CLEAN_TEXT


def test_nobody_can_send_someone_elses_returned_comment_again(
    client_for, practitioner, lived_experience, carer
):
    post = make_post(practitioner)
    comment_on(client_for(lived_experience), post, IDENTIFIER_TEXT)
    returned = Comment.objects.get()
    response = comment_on(client_for(carer), post, CLEAN_TEXT, revises=returned.pk)
    returned.refresh_from_db()
    assert response.status_code == 404  # not theirs to see, so not found
    assert returned.status == Status.RETURNED
    assert returned.body == IDENTIFIER_TEXT


def test_a_safeguarding_comment_shows_crisis_contacts_to_its_author(
    client_for, practitioner, lived_experience
):
    post = make_post(practitioner)
    commenter = client_for(lived_experience)
    response = comment_on(commenter, post, SAFEGUARDING_TEXT)
    assert Comment.objects.get().status == Status.PENDING
    page = commenter.get(response.url).content.decode()
    assert "116 123" in page
    assert Case.objects.queue().first().is_safeguarding


@pytest.mark.parametrize("text", [CLEAN_TEXT, ATTACK_TEXT, IDENTIFIER_TEXT, SAFEGUARDING_TEXT])
def test_every_automated_decision_is_in_the_audit_log_as_the_checker(
    client_for, practitioner, text
):
    compose(client_for(practitioner), text)
    case = Case.objects.get()
    entry = AuditEntry.objects.get(case=case)
    assert entry.actor is None
    assert entry.actor_label == CHECKER
    assert entry.target_label == case.label
    assert set(entry.principles) == {finding["principle"] for finding in case.findings}


def test_crisis_contacts_still_show_when_the_guidance_cannot_be_read(monkeypatch, db):
    from moderation import crisis

    def broken(*args, **kwargs):
        raise RuntimeError("content missing")

    monkeypatch.setattr(crisis, "_from_database", lambda: ())
    monkeypatch.setattr(crisis, "_from_files", [])
    monkeypatch.setattr("guidance.content_files.load_content", broken)
    contacts = crisis.crisis_contacts()
    assert contacts == crisis.FALLBACK_CONTACTS
    assert any(contact.phone == "116 123" for contact in contacts)
