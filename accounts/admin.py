from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest

from accounts.models import DeletionLog, TrustLevel, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "capacity", "profession", "trust_level", "is_staff"]
    list_filter = ["capacity", "profession", "trust_level", "is_staff", "is_active"]
    search_fields = ["email", "display_name", "handle"]
    readonly_fields = [
        "date_joined",
        "last_login",
        "terms_version",
        "terms_accepted_at",
        "trust_level_set_by_moderator",
    ]
    actions = ["mark_established", "mark_new"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (
            "Profile",
            {
                "fields": [
                    "display_name",
                    "handle",
                    "capacity",
                    "profession",
                    "regulator",
                    "show_profession",
                    "bio",
                ]
            },
        ),
        ("Trust", {"fields": ["trust_level", "trust_level_set_by_moderator"]}),
        ("E-mail preferences", {"fields": ["notify_decisions", "notify_comments"]}),
        ("Terms", {"fields": ["terms_version", "terms_accepted_at"]}),
        (
            "Permissions",
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        ("Dates", {"fields": ["date_joined", "last_login"]}),
    ]
    add_fieldsets = [
        (
            None,
            {"classes": ["wide"], "fields": ["email", "display_name", "password1", "password2"]},
        ),
    ]

    def save_model(self, request: HttpRequest, obj: User, form: object, change: bool) -> None:
        # A trust level chosen by hand is a moderator's decision: automatic promotion stops.
        if change and "trust_level" in getattr(form, "changed_data", []):
            obj.trust_level_set_by_moderator = True
        super().save_model(request, obj, form, change)

    @admin.action(description="Mark as established (contributions publish without waiting)")
    def mark_established(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        for user in queryset:
            user.set_trust_level(TrustLevel.ESTABLISHED)
        messages.success(request, f"{queryset.count()} member(s) marked as established.")

    @admin.action(description="Mark as new (contributions wait for a moderator)")
    def mark_new(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        for user in queryset:
            user.set_trust_level(TrustLevel.NEW)
        messages.success(request, f"{queryset.count()} member(s) marked as new.")


@admin.register(DeletionLog)
class DeletionLogAdmin(admin.ModelAdmin):
    """Read-only: the record of deletions holds no personal data and is never edited."""

    list_display = ["deleted_at", "choice", "counts"]
    list_filter = ["choice"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
