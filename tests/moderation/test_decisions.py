"""Moderators' decisions: every transition, its guard, its stamps, its audit entry and the
author's e-mail."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from blog.models import Status
from moderation import actions
from moderation.models import AuditAction, AuditEntry, CaseState, DecisionRefused
from tests.moderation.conftest import CLEAN_TEXT, submitted_comment, submitted_post

PRINCIPLE = "house-be-respectful"


def decide(client, case, action: str, **fields):
    data = {"action": action}
    prefix = "" if action == "approve" else f"{action}-"
    data[f"{prefix}version"] = fields.pop("version", case.version)
    for name, value in fields.items():
        data[f"{prefix}{name}"] = value
    return client.post(reverse("moderation:decide", args=[case.pk]), data)


@pytest.fixture
def held(practitioner):
    return submitted_post(practitioner)


def test_approving_publishes_and_stamps_who_when_and_why(client_for, moderator, held, client):
    post, case = held
    response = decide(client_for(moderator), case, "approve", note="Robust, not abusive.")
    post.refresh_from_db()
    case.refresh_from_db()
    assert response.status_code == 302
    assert post.status == Status.PUBLISHED
    assert (case.state, case.decided_by, case.decision_note) == (
        CaseState.APPROVED,
        moderator,
        "Robust, not abusive.",
    )
    assert case.decided_at is not None
    entry = AuditEntry.objects.filter(case=case).first()
    assert (entry.action, entry.actor, entry.actor_label) == (
        AuditAction.APPROVED,
        moderator,
        "Moderator Jo",
    )
    client.logout()
    assert client.get(post.get_absolute_url()).status_code == 200


def test_returning_sends_the_author_the_note_and_principle_links(client_for, moderator, held):
    post, case = held
    decide(
        client_for(moderator),
        case,
        "return",
        note="Please take out the insult and keep the point.",
        principles=[PRINCIPLE],
    )
    post.refresh_from_db()
    case.refresh_from_db()
    assert post.status == Status.RETURNED
    assert case.cited_principles == [PRINCIPLE]
    assert AuditEntry.objects.filter(case=case).first().principles == [PRINCIPLE]
    message = mail.outbox[-1]
    assert message.to == [post.author.email]
    assert "Please take out the insult" in message.body
    assert f"/guidance/principles/{PRINCIPLE}/" in message.body
    assert reverse("contributing:appeal", args=[case.pk]) in message.body


def test_returning_or_rejecting_needs_a_note_and_a_principle(client_for, moderator, held):
    post, case = held
    client = client_for(moderator)
    no_principle = decide(client, case, "return", note="Change it.")
    no_note = decide(client, case, "reject", note="", principles=[PRINCIPLE])
    post.refresh_from_db()
    assert (no_principle.status_code, no_note.status_code) == (400, 400)
    assert post.status == Status.PENDING
    with pytest.raises(DecisionRefused):
        case.reject(by=moderator, note="   ", principles=[PRINCIPLE])


def test_rejecting_keeps_the_item_off_the_site_and_tells_the_author(
    client_for, moderator, held, client
):
    post, case = held
    decide(client_for(moderator), case, "reject", note="Abusive.", principles=[PRINCIPLE])
    post.refresh_from_db()
    assert post.status == Status.REJECTED
    assert AuditEntry.objects.filter(case=case).first().action == AuditAction.REJECTED
    assert "will not be published" in mail.outbox[-1].body
    client.logout()
    assert client.get(post.get_absolute_url()).status_code == 404


def test_edit_then_approve_is_a_redaction_recorded_with_before_and_after(
    client_for, moderator, held, client
):
    post, case = held
    before = post.body
    decide(
        client_for(moderator),
        case,
        "edit",
        text_title=post.title,
        text_body=CLEAN_TEXT,
        note="Took out the insult.",
        principles=[PRINCIPLE],
    )
    post.refresh_from_db()
    case.refresh_from_db()
    assert post.status == Status.PUBLISHED
    assert post.body == CLEAN_TEXT
    assert case.redaction == {
        "before": {"title": post.title, "body": before},
        "after": {"title": post.title, "body": CLEAN_TEXT},
    }
    entry = AuditEntry.objects.filter(case=case).first()
    assert entry.action == AuditAction.EDITED_AND_APPROVED
    assert entry.detail["before"]["body"] == before
    assert entry.detail["after"]["body"] == CLEAN_TEXT
    client.logout()
    assert before.encode() not in client.get(post.get_absolute_url()).content
    assert "changed your words" in mail.outbox[-1].body


def test_an_edit_that_changes_nothing_is_refused(moderator, held):
    post, case = held
    with pytest.raises(DecisionRefused):
        case.approve_with_edits(
            by=moderator, fields={"title": post.title, "body": post.body}, note="No change."
        )


def test_escalating_passes_the_item_to_another_moderator_who_is_told(
    client_for, moderator, second_moderator, held
):
    post, case = held
    decide(client_for(moderator), case, "escalate", to=second_moderator.pk, note="Your call.")
    case.refresh_from_db()
    post.refresh_from_db()
    assert case.state == CaseState.PENDING
    assert case.escalated_to == second_moderator
    assert post.status == Status.PENDING
    assert AuditEntry.objects.filter(case=case).first().action == AuditAction.ESCALATED
    assert mail.outbox[-1].to == [second_moderator.email]
    queue = client_for(second_moderator).get(reverse("moderation:queue")).content.decode()
    assert "Passed to you" in queue


def test_nobody_escalates_to_themselves_or_to_a_member(moderator, practitioner, held):
    _, case = held
    with pytest.raises(DecisionRefused):
        case.escalate(by=moderator, to=moderator, note="")
    with pytest.raises(DecisionRefused):
        case.escalate(by=moderator, to=practitioner, note="")


@pytest.mark.parametrize(
    "decision",
    [
        lambda case, by, other: case.approve(by=by),
        lambda case, by, other: case.return_to_author(by=by, note="x", principles=[PRINCIPLE]),
        lambda case, by, other: case.reject(by=by, note="x", principles=[PRINCIPLE]),
        lambda case, by, other: case.approve_with_edits(by=by, fields={"body": "x"}, note="x"),
        lambda case, by, other: case.escalate(by=by, to=other, note="x"),
    ],
    ids=["approve", "return", "reject", "edit", "escalate"],
)
def test_no_decision_is_taken_on_a_case_that_is_no_longer_waiting(
    moderator, second_moderator, held, decision
):
    post, case = held
    actions.approve(case, by=second_moderator)
    entries = AuditEntry.objects.count()
    with pytest.raises(DecisionRefused, match="Already decided"):
        decision(case, moderator, second_moderator)
    assert AuditEntry.objects.count() == entries
    post.refresh_from_db()
    assert post.status == Status.PUBLISHED


def test_a_decision_made_on_a_stale_view_is_refused(moderator, second_moderator, held):
    post, case = held
    stale_version = case.version
    case.escalate(by=second_moderator, to=moderator, note="")
    case.version = stale_version
    with pytest.raises(DecisionRefused, match="changed while you were looking"):
        case.reject(by=moderator, note="Abusive.", principles=[PRINCIPLE])
    post.refresh_from_db()
    assert post.status == Status.PENDING


def test_the_second_moderator_is_told_clearly_and_shown_the_current_state(
    client_for, moderator, second_moderator, held
):
    post, case = held
    decide(client_for(second_moderator), case, "approve")
    late = client_for(moderator)
    response = decide(late, case, "reject", note="Abusive.", principles=[PRINCIPLE])
    page = late.get(response.url)
    html = page.content.decode()
    post.refresh_from_db()
    assert response.url == reverse("moderation:review", args=[case.pk])
    assert "Already decided: Moderator Sol marked this “approved”" in html
    assert "Your decision was not recorded" in html
    assert post.status == Status.PUBLISHED
    assert (
        AuditEntry.objects.filter(
            case=case, action__in=[AuditAction.APPROVED, AuditAction.REJECTED]
        ).count()
        == 1
    )


def test_an_item_the_author_changed_after_the_check_is_not_decided(moderator, held):
    post, case = held
    type(post).objects.filter(pk=post.pk).update(body="Something else entirely.")
    with pytest.raises(DecisionRefused, match="changed this after it was checked"):
        case.approve(by=moderator)
    case.refresh_from_db()
    assert case.state == CaseState.PENDING


def test_a_deleted_item_cannot_be_decided_and_its_case_closes(moderator, held):
    post, case = held
    post.delete()
    case.refresh_from_db()
    assert case.state == CaseState.CLOSED
    with pytest.raises(DecisionRefused):
        case.approve(by=moderator)


def test_comments_are_decided_the_same_way(client_for, moderator, practitioner, carer):
    post, _ = submitted_post(practitioner, CLEAN_TEXT)
    comment, case = submitted_comment(post, carer)
    assert comment.status == Status.PENDING
    decide(client_for(moderator), case, "approve")
    comment.refresh_from_db()
    assert comment.status == Status.PUBLISHED
    assert mail.outbox[-1].to == [carer.email]


def test_a_new_member_becomes_established_after_enough_approvals(moderator, reader, settings):
    settings.TRUST_ESTABLISHED_AFTER_CONTRIBUTIONS = 1
    settings.TRUST_ESTABLISHED_AFTER_DAYS = 0
    _post, case = submitted_post(reader, CLEAN_TEXT)
    assert case.held_for_trust
    actions.approve(case, by=moderator)
    reader.refresh_from_db()
    assert not reader.needs_review


def test_the_review_page_shows_the_text_marked_with_principle_links_and_the_authors_history(
    client_for, moderator, practitioner
):
    submitted_post(practitioner, CLEAN_TEXT, title="An earlier post")
    _post, case = submitted_post(practitioner)
    html = client_for(moderator).get(reverse("moderation:review", args=[case.pk])).content.decode()
    finding = case.findings[0]
    assert f">{finding['excerpt']}</mark>" in html
    assert f"/guidance/principles/{finding['principle']}/" in html
    assert "An earlier post" in html
    assert "Established" in html
    assert 'name="action" value="escalate"' in html


def test_a_moderator_may_cite_a_principle_the_check_did_not(client_for, moderator, held):
    _, case = held
    client = client_for(moderator)
    unknown = decide(client, case, "return", note="Change it.", other_principles=["made-up"])
    assert unknown.status_code == 400
    decide(client, case, "return", note="Change it.", other_principles=["nmc-confidential-info"])
    case.refresh_from_db()
    assert case.cited_principles == ["nmc-confidential-info"]
