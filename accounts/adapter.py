"""How allauth fits Common Room: who a new member is, and what our e-mails know."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.forms import BaseForm
from django.http import HttpRequest

from accounts.models import User


class AccountAdapter(DefaultAccountAdapter):
    """allauth's adapter with our sign-up fields, terms acceptance and e-mail context."""

    def save_user(
        self, request: HttpRequest, user: User, form: BaseForm, commit: bool = True
    ) -> User:
        """Copy the sign-up answers onto the new member before allauth saves them.

        Set before the first save so the profile address is made from the display name.
        """
        data = form.cleaned_data
        user.display_name = data["display_name"]
        user.capacity = data["capacity"]
        user.profession = data.get("profession", "")
        user.regulator = data.get("regulator", "")
        if data.get("accept_terms"):
            user.accept_terms()
        return super().save_user(request, user, form, commit=commit)

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        """Our e-mails name the site from settings rather than the sites framework."""
        context = {"SITE_NAME": settings.SITE_NAME, "SITE_URL": settings.SITE_URL, **context}
        super().send_mail(template_prefix, email, context)
