"""Two moderators deciding one item at the same moment: exactly one decision is recorded.

Runs on PostgreSQL, where two real transactions can overlap (SQLite serialises writers,
so the race cannot happen there and the test is skipped).
"""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from blog.models import Post, Status
from moderation.models import AuditAction, AuditEntry, Case, CaseState, DecisionRefused
from tests.moderation.conftest import submitted_post

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs PostgreSQL for concurrent transactions"
    ),
]


def race(*decisions):
    """Run each decision in its own thread and connection, all starting together."""
    start = threading.Barrier(len(decisions))
    outcomes: list[str] = []

    def run(decision) -> None:
        try:
            start.wait()
            decision()
            outcomes.append("decided")
        except DecisionRefused:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(decision,)) for decision in decisions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return sorted(outcomes)


def test_approve_and_reject_at_once_record_exactly_one_decision(
    practitioner, moderator, second_moderator
):
    post, case = submitted_post(practitioner)
    # Each moderator has the page open: their own copy of the case at the same version.
    first, second = Case.objects.get(pk=case.pk), Case.objects.get(pk=case.pk)

    outcomes = race(
        lambda: first.approve(by=moderator),
        lambda: second.reject(by=second_moderator, note="No.", principles=["house-be-respectful"]),
    )

    case.refresh_from_db()
    post = Post.objects.get(pk=post.pk)
    decisions = AuditEntry.objects.filter(
        case=case, action__in=[AuditAction.APPROVED, AuditAction.REJECTED]
    )
    assert outcomes == ["decided", "refused"]
    assert decisions.count() == 1
    expected = {AuditAction.APPROVED: Status.PUBLISHED, AuditAction.REJECTED: Status.REJECTED}
    assert post.status == expected[decisions.get().action]
    assert case.state in {CaseState.APPROVED, CaseState.REJECTED}
    assert case.version == 2


def test_two_approvals_at_once_publish_once(practitioner, moderator, second_moderator):
    _post, case = submitted_post(practitioner)
    first, second = Case.objects.get(pk=case.pk), Case.objects.get(pk=case.pk)
    outcomes = race(
        lambda: first.approve(by=moderator), lambda: second.approve(by=second_moderator)
    )
    assert outcomes == ["decided", "refused"]
    assert AuditEntry.objects.filter(case=case, action=AuditAction.APPROVED).count() == 1
