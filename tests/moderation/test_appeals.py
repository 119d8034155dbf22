"""Appeals: the author may appeal a return or rejection once; a different moderator hears it."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from blog.models import Status
from moderation import actions
from moderation.models import AppealState, AuditAction, AuditEntry, DecisionRefused
from tests.moderation.conftest import IDENTIFIER_TEXT, submitted_post

PRINCIPLE = "house-be-respectful"


@pytest.fixture
def rejected(practitioner, moderator):
    post, case = submitted_post(practitioner)
    actions.reject(case, by=moderator, note="Abusive.", principles=[PRINCIPLE])
    post.refresh_from_db()
    case.refresh_from_db()
    return post, case


def appeal_url(case) -> str:
    return reverse("contributing:appeal", args=[case.pk])


def test_the_author_appeals_once_with_a_message(client_for, practitioner, rejected):
    _, case = rejected
    client = client_for(practitioner)
    assert (
        "ask a different moderator" in client.get(case.content.get_absolute_url()).content.decode()
    )
    client.post(appeal_url(case), {"message": "It was robust, not abusive."})
    again = client.post(appeal_url(case), {"message": "Please!"})
    case.refresh_from_db()
    assert case.appeal.message == "It was robust, not abusive."
    assert "You appealed on" in again.content.decode()
    assert AuditEntry.objects.filter(case=case, action=AuditAction.APPEALED).count() == 1
    with pytest.raises(DecisionRefused):
        actions.appeal(case, by=practitioner, message="Third time.")


def test_nobody_else_can_appeal_or_see_the_appeal_page(client_for, carer, rejected):
    _, case = rejected
    assert client_for(carer).get(appeal_url(case)).status_code == 404
    assert client_for(carer).post(appeal_url(case), {"message": "x"}).status_code == 404


def test_the_moderator_who_decided_cannot_hear_the_appeal(
    client_for, practitioner, moderator, rejected
):
    post, case = rejected
    filed = actions.appeal(case, by=practitioner, message="Please look again.")
    page = client_for(moderator).get(reverse("moderation:appeal", args=[filed.pk]))
    assert "a different moderator must hear" in page.content.decode()
    with pytest.raises(DecisionRefused):
        actions.hear_appeal(filed, by=moderator, overturn=True, note="Fine after all.")
    filed.refresh_from_db()
    post.refresh_from_db()
    assert filed.state == AppealState.OPEN
    assert post.status == Status.REJECTED


def test_a_different_moderator_overturns_and_the_item_is_published(
    client_for, practitioner, second_moderator, rejected
):
    post, case = rejected
    filed = actions.appeal(case, by=practitioner, message="Please look again.")
    mail.outbox.clear()
    client_for(second_moderator).post(
        reverse("moderation:appeal", args=[filed.pk]),
        {"outcome": "overturn", "note": "On reflection this is fair comment."},
    )
    filed.refresh_from_db()
    post.refresh_from_db()
    assert (filed.state, filed.heard_by) == (AppealState.OVERTURNED, second_moderator)
    assert post.status == Status.PUBLISHED
    assert AuditEntry.objects.filter(action=AuditAction.APPEAL_OVERTURNED).get().actor == (
        second_moderator
    )
    assert mail.outbox[-1].to == [practitioner.email]
    assert "overturned" in mail.outbox[-1].body


def test_upholding_leaves_the_decision_and_tells_the_author(
    practitioner, second_moderator, rejected
):
    post, case = rejected
    filed = actions.appeal(case, by=practitioner, message="Please look again.")
    actions.hear_appeal(filed, by=second_moderator, overturn=False, note="It stands.")
    post.refresh_from_db()
    assert post.status == Status.REJECTED
    assert "The decision stands" in mail.outbox[-1].body


def test_an_appeal_is_heard_once(practitioner, moderator, second_moderator, psychologist, rejected):
    from tests.moderation.conftest import make_moderator

    third = make_moderator("third@example.org", "Moderator Kit")
    _, case = rejected
    filed = actions.appeal(case, by=practitioner, message="Please.")
    actions.hear_appeal(filed, by=second_moderator, overturn=False, note="It stands.")
    with pytest.raises(DecisionRefused, match="already been heard"):
        actions.hear_appeal(filed, by=third, overturn=True, note="No, publish it.")


def test_a_checkers_return_can_be_appealed_to_any_moderator(practitioner, moderator):
    post, case = submitted_post(practitioner, IDENTIFIER_TEXT)
    assert post.status == Status.RETURNED
    filed = actions.appeal(case, by=practitioner, message="That is my own NHS number.")
    actions.hear_appeal(filed, by=moderator, overturn=True, note="Their own number; fine.")
    post.refresh_from_db()
    assert post.status == Status.PUBLISHED


def test_overturning_is_refused_once_the_author_has_changed_the_words(practitioner, moderator):
    post, case = submitted_post(practitioner, IDENTIFIER_TEXT)
    filed = actions.appeal(case, by=practitioner, message="Please.")
    type(post).objects.filter(pk=post.pk).update(body="A different draft.")
    with pytest.raises(DecisionRefused, match="changed the text"):
        actions.hear_appeal(filed, by=moderator, overturn=True, note="Fine.")
    post.refresh_from_db()
    assert post.status == Status.RETURNED


def test_only_returns_and_rejections_can_be_appealed(practitioner, moderator):
    _post, case = submitted_post(practitioner)
    actions.approve(case, by=moderator)
    with pytest.raises(DecisionRefused):
        actions.appeal(case, by=practitioner, message="Why?")
