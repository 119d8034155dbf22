"""Read-only admin views of the loaded guidance.

The content files in guidance/content/ are the source of truth: edits made here would be
overwritten by the next ``load_guidance``, so the admin only shows what is loaded.
"""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from guidance.models import (
    Body,
    Concern,
    CrisisContact,
    EasyReadSection,
    PageText,
    Principle,
    SourceDocument,
    Tip,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Lets staff look, not touch: change the files and run ``load_guidance`` instead."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Body)
class BodyAdmin(ReadOnlyAdmin):
    list_display = ["short_name", "slug", "kind", "order", "retired_at"]


@admin.register(SourceDocument)
class SourceDocumentAdmin(ReadOnlyAdmin):
    list_display = ["title", "body", "year"]
    list_filter = ["body"]


@admin.register(Principle)
class PrincipleAdmin(ReadOnlyAdmin):
    list_display = ["slug", "title", "body", "checkable", "evidence", "retired_at"]
    list_filter = ["body", "checkable", "evidence", "concerns"]
    search_fields = ["slug", "title", "summary"]


@admin.register(Concern)
class ConcernAdmin(ReadOnlyAdmin):
    list_display = ["slug", "name", "main_principle_slug"]


@admin.register(Tip)
class TipAdmin(ReadOnlyAdmin):
    list_display = ["slug", "title", "retired_at"]


@admin.register(CrisisContact)
class CrisisContactAdmin(ReadOnlyAdmin):
    list_display = ["name", "phone", "text", "crisis_line", "last_verified", "retired_at"]


@admin.register(EasyReadSection)
class EasyReadSectionAdmin(ReadOnlyAdmin):
    list_display = ["slug", "heading", "principle"]


@admin.register(PageText)
class PageTextAdmin(ReadOnlyAdmin):
    list_display = ["key", "title"]
