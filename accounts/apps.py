from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        # Connects the receivers for allauth's and Django's account events.
        from accounts import signals  # noqa: F401
