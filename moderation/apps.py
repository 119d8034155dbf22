from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        # Reports count towards each member's hourly limit (REPORTS_PER_HOUR).
        from accounts.limits import register_hourly_counter
        from moderation.models import Report

        register_hourly_counter(
            "reports", Report, user_field="reporter", created_field="created_at"
        )
