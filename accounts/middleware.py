"""Ask signed-in members to accept the current house rules and terms of use."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

# Pages a member can always reach, whatever they have accepted: the terms themselves, the
# accept page, logging out, crisis contacts, and their rights over their own data.
EXEMPT_URL_NAMES = {
    "accounts:accept_terms",
    "accounts:terms",
    "accounts:your_data",
    "accounts:export",
    "accounts:delete",
    "accounts:deleted",
    "account_logout",
    "account_confirm_email",
    "crisis",
}
# Every page in these namespaces (the guidance pages hold the house rules).
EXEMPT_NAMESPACES = {"guidance"}


class TermsAcceptanceMiddleware:
    """Redirect a signed-in member who hasn't accepted the current terms to the accept page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: object, view_args: object, view_kwargs: object
    ) -> HttpResponse | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.has_accepted_current_terms:
            return None
        match = request.resolver_match
        if match is not None and (
            match.view_name in EXEMPT_URL_NAMES or set(match.namespaces) & EXEMPT_NAMESPACES
        ):
            return None
        target = redirect("accounts:accept_terms")
        if request.method == "GET":
            target["Location"] += "?" + urlencode({"next": request.get_full_path()})
        return target
