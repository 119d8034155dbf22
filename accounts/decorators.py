"""View decorators for who may do what.

- `verified_email_required`: posting, commenting and reporting need a confirmed e-mail
  address, so every account stays attributable to moderators.
- `moderator_required`: moderation pages open only for moderators with two-factor set up.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from accounts.permissions import has_two_factor, is_moderator

View = Callable[..., HttpResponse]


def verified_email_required(view: View) -> View:
    """Anonymous → log-in page; signed in without a confirmed address → a page saying how."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not user.has_verified_email:
            return render(request, "accounts/verify_email_first.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped


def moderator_required(view: View) -> View:
    """Gate a moderation page.

    Anonymous → log-in page. Signed in but not a moderator → 404, so the page's existence
    isn't revealed. A moderator without an authenticator app → the page that sets one up,
    with a message saying why.
    """

    @wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_moderator(user):
            raise Http404("No such page.")
        if not has_two_factor(user):
            messages.info(
                request,
                "Moderation pages need two-factor authentication. Please set up an "
                "authenticator app on your phone first; it takes about two minutes. You'll "
                "also get recovery codes: keep them somewhere safe.",
            )
            return redirect("mfa_activate_totp")
        return view(request, *args, **kwargs)

    return wrapped
