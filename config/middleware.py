"""Response headers Django's SecurityMiddleware does not set for us."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError, transaction
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


def permissions_policy_header(policy: dict[str, list[str]]) -> str:
    """Render {"camera": [], "fullscreen": ["self"]} as `camera=(), fullscreen=(self)`."""
    return ", ".join(f"{feature}=({' '.join(allowed)})" for feature, allowed in policy.items())


class PermissionsPolicyMiddleware:
    """Send `Permissions-Policy` on every response, from the PERMISSIONS_POLICY setting.

    A blog needs no camera, microphone, location or payment: saying so means a script that
    ever slipped through could not ask a reader for them either.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.header = permissions_policy_header(getattr(settings, "PERMISSIONS_POLICY", {}))

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class SafeSubmissionMiddleware:
    """All or nothing for every submission, and a calm page when the database fails.

    A POST (or any request that may change something) runs in one transaction, rolled back
    if the view fails, so a failure part-way through never leaves half a post, an account
    without its address, or a comment without its moderation record. Reading pages run
    without a transaction, as before.

    A database error that reaches here is answered with a page that says nothing was saved,
    rendered without touching the database (which may be what is down). With DEBUG on,
    Django's own error page is more use to a developer.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in SAFE_METHODS:
            return self.get_response(request)
        with transaction.atomic():
            response = self.get_response(request)
            if getattr(request, "_submission_failed", False):
                # Django turned the view's exception into an error page inside our `atomic`;
                # roll back whatever the view wrote before it failed. This is done only now,
                # after the error page is rendered, because a transaction marked for rollback
                # refuses every query, and a 404 or 403 page may need one (the session, the
                # navigation).
                transaction.set_rollback(True)
            return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if request.method not in SAFE_METHODS:
            request._submission_failed = True
        if settings.DEBUG or not isinstance(exception, DatabaseError):
            return None
        logger.error("Database error on %s %s", request.method, request.path, exc_info=exception)
        response = HttpResponse(
            render_to_string("database_error.html", {"was_saving": request.method == "POST"}),
            status=503,
        )
        response["Retry-After"] = "30"
        return response
