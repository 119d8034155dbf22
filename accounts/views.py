"""Settings, terms, and a member's rights over their data. Sign-in pages are allauth's."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db.models import ProtectedError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

from accounts.contributions import counts_for
from accounts.deletion import delete_account
from accounts.export import export_as_json, registered_section_titles
from accounts.forms import AcceptTermsForm, DeleteAccountForm, ProfileSettingsForm
from accounts.terms import house_rules_url, terms_of_use_url


@login_required
def profile_settings(request: HttpRequest) -> HttpResponse:
    """Display name, bio, capacity, showing the profession, and e-mail preferences."""
    form = ProfileSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, "Your settings are saved.")
            return redirect("accounts:settings")
        messages.error(request, "Please check the highlighted fields. Nothing has been lost.")
    return render(request, "accounts/settings.html", {"form": form})


@require_GET
def terms(request: HttpRequest) -> HttpResponse:
    """The terms of use, readable by anyone."""
    return render(
        request,
        "accounts/terms.html",
        {"terms_version": settings.TERMS_VERSION, "house_rules_url": house_rules_url()},
    )


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@login_required
def accept_terms(request: HttpRequest) -> HttpResponse:
    """Ask a member to accept the current house rules and terms of use."""
    next_url = _safe_next(request, settings.LOGIN_REDIRECT_URL)
    if request.user.has_accepted_current_terms:
        return redirect(next_url)
    form = AcceptTermsForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.user.accept_terms()
        messages.success(request, "Thank you. You're all set.")
        return redirect(next_url)
    return render(
        request,
        "accounts/accept_terms.html",
        {
            "form": form,
            "next": next_url,
            "first_time": not request.user.terms_version,
            "house_rules_url": house_rules_url(),
            "terms_url": terms_of_use_url(),
        },
    )


@login_required
@require_GET
def your_data(request: HttpRequest) -> HttpResponse:
    """What we hold, with the download and delete options."""
    return render(
        request,
        "accounts/your_data.html",
        {"counts": counts_for(request.user), "sections": registered_section_titles()},
    )


@login_required
@require_GET
def export(request: HttpRequest) -> HttpResponse:
    """Everything held about the member, as a JSON file download."""
    response = HttpResponse(export_as_json(request.user), content_type="application/json")
    filename = f"common-room-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def delete(request: HttpRequest) -> HttpResponse:
    """Delete the account, with contributions deleted or anonymised as the member chooses."""
    user = request.user
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        try:
            delete_account(user, form.cleaned_data["choice"])
        except ProtectedError:
            messages.error(
                request,
                "We couldn't delete your account automatically because other records depend "
                "on it. Nothing has been deleted. Please contact the moderators, who will do "
                "it for you.",
            )
            return redirect("accounts:your_data")
        logout(request)
        return redirect("accounts:deleted")
    return render(request, "accounts/delete.html", {"form": form, "counts": counts_for(user)})


@require_GET
def deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/deleted.html")
