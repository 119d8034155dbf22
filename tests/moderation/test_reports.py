"""Reader reports: a Report control for verified members, one report per member per item,
a threshold of distinct reporters (or one moderator) hides the item, reporters are told."""

from __future__ import annotations

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from blog.models import Status
from moderation import actions
from moderation.models import (
    REPORT_THRESHOLD,
    AuditAction,
    AuditEntry,
    Case,
    CaseState,
    Origin,
    Report,
    ReportState,
)
from tests.blog.factories import make_comment, make_post
from tests.conftest import make_member
from tests.moderation.conftest import CLEAN_TEXT


def report_url(kind: str, item) -> str:
    return reverse("contributing:report", args=[kind, item.pk])


def file_report(client, kind, item, reason="personal-attack", detail=""):
    return client.post(report_url(kind, item), {"reason": reason, "detail": detail})


@pytest.fixture
def published(practitioner):
    return make_post(practitioner, "On supervision", CLEAN_TEXT)


@pytest.fixture
def readers(db):
    return [make_member(f"reader{n}@example.org", f"Reader {n}") for n in range(3)]


def test_signed_in_verified_members_see_a_report_control_on_posts_and_comments(
    client_for, published, lived_experience, carer
):
    comment = make_comment(published, carer)
    html = client_for(lived_experience).get(published.get_absolute_url()).content.decode()
    assert report_url("post", published) in html
    assert report_url("comment", comment) in html


def test_visitors_authors_and_unverified_members_see_no_report_control(
    client, client_for, published, practitioner, reader
):
    assert (
        report_url("post", published)
        not in client.get(published.get_absolute_url()).content.decode()
    )
    author_page = client_for(practitioner).get(published.get_absolute_url()).content.decode()
    assert report_url("post", published) not in author_page
    EmailAddress.objects.filter(user=reader).update(verified=False)
    reader.refresh_from_db()
    unverified = client_for(reader).get(published.get_absolute_url()).content.decode()
    assert report_url("post", published) not in unverified


def test_a_report_joins_the_queue_with_its_reason(client_for, published, lived_experience):
    response = file_report(
        client_for(lived_experience), "post", published, detail="Aimed at a colleague."
    )
    report = Report.objects.get()
    case = Case.objects.queue().get()
    assert response.status_code == 302
    assert (report.reporter, report.reason, report.case) == (
        lived_experience,
        "personal-attack",
        case,
    )
    assert case.origin == Origin.REPORT
    assert "personal-attack" in case.concerns
    assert AuditEntry.objects.get(case=case).action == AuditAction.REPORTED
    published.refresh_from_db()
    assert published.status == Status.PUBLISHED


def test_one_member_cannot_report_the_same_item_twice(client_for, published, lived_experience):
    client = client_for(lived_experience)
    file_report(client, "post", published)
    second = file_report(client, "post", published, reason="spam")
    assert Report.objects.count() == 1
    assert "You reported this" in second.content.decode()
    with pytest.raises(actions.AlreadyReported):
        actions.report(published, reporter=lived_experience, reason="spam")


def test_nobody_reports_their_own_words_or_what_is_not_published(
    client_for, published, practitioner, lived_experience
):
    assert file_report(client_for(practitioner), "post", published).status_code == 403
    draft = make_post(practitioner, "Draft", status=Status.DRAFT)
    assert file_report(client_for(lived_experience), "post", draft).status_code == 404
    assert file_report(client_for(lived_experience), "poem", published).status_code == 404
    assert not Report.objects.exists()


def test_the_threshold_of_distinct_reporters_hides_the_item_until_reviewed(
    client_for, published, readers, client, settings
):
    settings.MODERATION_REPORT_THRESHOLD = 3
    for reader in readers[:2]:
        file_report(client_for(reader), "post", published)
    published.refresh_from_db()
    assert published.status == Status.PUBLISHED

    file_report(client_for(readers[2]), "post", published)
    published.refresh_from_db()
    case = Case.objects.get()
    assert published.status == Status.HIDDEN
    assert case.hidden_for_reports
    hidden = AuditEntry.objects.get(case=case, action=AuditAction.HIDDEN)
    assert (hidden.actor, hidden.actor_label) == (None, REPORT_THRESHOLD)
    client.logout()
    assert client.get(published.get_absolute_url()).status_code == 404


def test_the_threshold_is_a_setting(client_for, published, readers, settings):
    settings.MODERATION_REPORT_THRESHOLD = 1
    file_report(client_for(readers[0]), "post", published)
    published.refresh_from_db()
    assert published.status == Status.HIDDEN


def test_one_moderators_report_hides_the_item(client_for, published, moderator, carer):
    comment = make_comment(published, carer, "A comment someone objects to.")
    file_report(client_for(moderator), "comment", comment)
    comment.refresh_from_db()
    assert comment.status == Status.HIDDEN
    assert AuditEntry.objects.get(action=AuditAction.HIDDEN).actor == moderator


def test_a_safeguarding_report_goes_to_the_top_of_the_queue(
    client_for, practitioner, published, lived_experience, psychologist
):
    from tests.moderation.conftest import submitted_post

    submitted_post(psychologist)
    file_report(client_for(lived_experience), "post", published, reason="safeguarding")
    assert Case.objects.queue().first().label == "On supervision"
    assert Case.objects.queue().first().is_safeguarding


def test_keeping_a_reported_item_up_tells_each_reporter(
    client_for, published, readers, moderator, settings
):
    settings.MODERATION_REPORT_THRESHOLD = 2
    for reader in readers[:2]:
        file_report(client_for(reader), "post", published)
    case = Case.objects.get()
    mail.outbox.clear()
    actions.approve(case, by=moderator, note="Robust but fair.")
    published.refresh_from_db()
    assert published.status == Status.PUBLISHED
    assert set(Report.objects.values_list("state", flat=True)) == {ReportState.DISMISSED}
    told = {message.to[0] for message in mail.outbox if "Your report" in message.subject}
    assert told == {readers[0].email, readers[1].email}
    assert all("can stay up" in m.body for m in mail.outbox if m.to[0] in told)


def test_removing_a_reported_item_tells_the_reporters_it_was_acted_on(
    client_for, published, lived_experience, moderator
):
    file_report(client_for(lived_experience), "post", published)
    case = Case.objects.get()
    actions.reject(case, by=moderator, note="Not for here.", principles=["house-be-respectful"])
    published.refresh_from_db()
    assert published.status == Status.REJECTED
    assert Report.objects.get().state == ReportState.ACTED
    outcome = next(m for m in mail.outbox if m.to == [lived_experience.email])
    assert "acted on your report" in outcome.body


def test_editing_a_reported_item_cannot_slip_past_the_report(
    client_for, published, practitioner, lived_experience
):
    file_report(client_for(lived_experience), "post", published)
    client_for(practitioner).post(
        reverse("blog:post_edit", args=[published.slug]),
        {
            "title": published.title,
            "body": CLEAN_TEXT + " Edited.",
            "tags_text": "",
            "excerpt": "",
            "content_warning": "",
            "action": "submit",
        },
    )
    published.refresh_from_db()
    new_case = Case.objects.queue().get()
    assert published.status == Status.PENDING
    assert new_case.origin == Origin.SUBMISSION
    assert Report.objects.get().case == new_case
    assert Case.objects.filter(state=CaseState.CLOSED).count() == 1


def test_a_member_who_reports_a_lot_in_an_hour_is_asked_to_wait(
    client_for, practitioner, lived_experience, settings
):
    settings.HOURLY_LIMITS = {**settings.HOURLY_LIMITS, "reports": 1}
    first = make_post(practitioner, "First", CLEAN_TEXT)
    second = make_post(practitioner, "Second", CLEAN_TEXT)
    client = client_for(lived_experience)
    file_report(client, "post", first)
    response = file_report(client, "post", second)
    assert response.status_code == 429
    assert Report.objects.count() == 1


def test_the_audit_log_keeps_readers_names_out(client_for, published, lived_experience):
    file_report(client_for(lived_experience), "post", published)
    entry = AuditEntry.objects.get(action=AuditAction.REPORTED)
    assert entry.actor == lived_experience
    assert lived_experience.display_name not in entry.actor_label


def test_reporters_are_told_when_the_author_deletes_what_they_reported(
    client_for, published, practitioner, lived_experience, django_capture_on_commit_callbacks
):
    file_report(client_for(lived_experience), "post", published)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client_for(practitioner).post(reverse("blog:post_delete", args=[published.slug]))
    assert Report.objects.get().state == ReportState.CLOSED
    assert Case.objects.get().state == CaseState.CLOSED
    told = [m for m in mail.outbox if m.to == [lived_experience.email]]
    assert len(told) == 1
    assert "author has since removed it" in told[0].body
