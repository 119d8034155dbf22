"""The Django admin, for superusers. Moderators work in the moderation pages instead.

Watched terms are edited here without a deploy. Audit entries can be read but never added,
changed or deleted through the admin.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from moderation.models import Appeal, AuditEntry, Case, Report, WatchedTerm


@admin.register(WatchedTerm)
class WatchedTermAdmin(admin.ModelAdmin):
    list_display = ["term", "action", "concern", "principle", "active", "added_by", "created_at"]
    list_filter = ["active", "action", "concern"]
    search_fields = ["term", "note"]
    readonly_fields = ["added_by", "created_at"]

    def save_model(self, request: HttpRequest, obj: WatchedTerm, form: Any, change: bool) -> None:
        if not change:
            obj.added_by = request.user
        super().save_model(request, obj, form, change)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Shown for reading; changes happen only through moderation's own methods."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "actor_label", "action", "target_kind", "target_label"]
    list_filter = ["action", "target_kind"]
    search_fields = ["actor_label", "target_label", "note"]
    date_hierarchy = "created_at"


@admin.register(Case)
class CaseAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "kind", "label", "author", "state", "is_safeguarding"]
    list_filter = ["state", "kind", "origin", "is_safeguarding"]
    search_fields = ["label", "author__email", "author__display_name"]


@admin.register(Report)
class ReportAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "reporter", "reason", "state"]
    list_filter = ["state", "reason"]


@admin.register(Appeal)
class AppealAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "appellant", "state", "heard_by"]
    list_filter = ["state"]
