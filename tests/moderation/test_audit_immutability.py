"""Audit entries are written once: the site, the ORM and the admin refuse to change them."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.models import CHECKER, AuditAction, AuditEntry, AuditEntryImmutable


@pytest.fixture
def entry(db):
    return AuditEntry.record(AuditAction.PUBLISHED, actor_label=CHECKER, note="No findings.")


def test_an_entry_cannot_be_saved_again(entry):
    entry.note = "Rewritten history"
    with pytest.raises(AuditEntryImmutable):
        entry.save()
    entry.refresh_from_db()
    assert entry.note == "No findings."


def test_an_entry_cannot_be_deleted_one_by_one_or_in_bulk(entry):
    with pytest.raises(AuditEntryImmutable):
        entry.delete()
    with pytest.raises(AuditEntryImmutable):
        AuditEntry.objects.all().delete()
    with pytest.raises(AuditEntryImmutable):
        AuditEntry.objects.update(note="Rewritten history")
    assert AuditEntry.objects.filter(note="No findings.").count() == 1


def test_erasing_a_member_unlinks_them_but_keeps_what_they_did(entry, moderator):
    kept = AuditEntry.record(AuditAction.APPROVED, actor=moderator, note="Fine.")
    moderator.delete()
    kept.refresh_from_db()
    assert kept.actor is None
    assert kept.actor_label == "Moderator Jo"


def test_the_admin_shows_entries_but_offers_no_way_to_change_them(entry, superuser_client):
    assert (
        superuser_client.get(reverse("admin:moderation_auditentry_changelist")).status_code == 200
    )
    add = superuser_client.get(reverse("admin:moderation_auditentry_add"))
    delete = superuser_client.post(
        reverse("admin:moderation_auditentry_delete", args=[entry.pk]), {"post": "yes"}
    )
    change = superuser_client.post(
        reverse("admin:moderation_auditentry_change", args=[entry.pk]), {"note": "Changed"}
    )
    assert add.status_code == 403
    assert delete.status_code == 403
    assert change.status_code == 403
    entry.refresh_from_db()
    assert entry.note == "No findings."
