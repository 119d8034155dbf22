"""E-mails moderation sends: to authors about decisions, to reporters about outcomes, and
to moderators about the queue and about safeguarding items.

Messages to moderators name the item and link to it but never quote it: e-mail is less safe
than the site, and a safeguarding disclosure belongs behind two-factor sign-in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from accounts.permissions import MODERATE_PERMISSION, is_moderator
from moderation.concerns import concern_label
from moderation.models import Appeal, Case, Report, ReportState
from moderation.principles import principle_title, principle_url


def absolute(path: str) -> str:
    """A full address for a site path, for e-mails."""
    return f"{settings.SITE_URL}{path}"


def moderators() -> list[Any]:
    """Every active member who may moderate."""
    app_label, codename = MODERATE_PERMISSION.split(".")
    permission = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    users = get_user_model().objects.filter(is_active=True)
    if permission is None:
        return []
    candidates = users.filter(
        Q(groups__permissions=permission) | Q(user_permissions=permission)
    ).distinct()
    return [user for user in candidates if is_moderator(user)]


def _principles(slugs: Iterable[str]) -> list[dict[str, str]]:
    return [
        {"slug": slug, "title": principle_title(slug), "url": absolute(principle_url(slug))}
        for slug in dict.fromkeys(slugs)
        if slug
    ]


def _send(subject: str, template: str, context: dict[str, Any], to: Iterable[str]) -> int:
    recipients = [address for address in to if address]
    if not recipients:
        return 0
    body = render_to_string(template, {"SITE_NAME": settings.SITE_NAME, **context})
    return send_mail(
        f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        body,
        settings.DEFAULT_FROM_EMAIL,
        recipients,
    )


def notify_author_of_decision(case: Case) -> None:
    """Tell the author what a moderator decided, why, and which principles it rests on."""
    content = case.content
    adapter = case.adapter()
    finding_principles = [finding.get("principle", "") for finding in case.findings]
    context = {
        "case": case,
        "author": case.author,
        "decision": case.get_state_display(),
        "item_url": absolute(adapter.url(content)) if content is not None else "",
        "cited": _principles(case.cited_principles),
        "found": _principles(finding_principles),
        "concerns": [concern_label(slug) for slug in case.concerns],
        "appeal_url": absolute(reverse("contributing:appeal", kwargs={"case_id": case.pk}))
        if case.can_be_appealed
        else "",
        "redacted": case.redaction is not None,
    }
    _send(
        f"Your {case.kind} “{case.label}”: {case.get_state_display().lower()}",
        "moderation/email/decision.txt",
        context,
        [case.author.email],
    )


def notify_reporters(case: Case) -> None:
    """Tell each reader who reported the item what the moderators did about it."""
    reports = list(
        case.reports.filter(reporter_told_at__isnull=True, resolved_at__isnull=False)
        .exclude(state=ReportState.OPEN)
        .select_related("reporter")
    )
    for report in reports:
        _send(
            f"Your report about “{case.label}”",
            "moderation/email/report_outcome.txt",
            {"report": report, "case": case},
            [report.reporter.email],
        )
    Report.objects.filter(pk__in=[report.pk for report in reports]).update(
        reporter_told_at=timezone.now()
    )


def notify_appeal_outcome(appeal: Appeal) -> None:
    """Tell the author how their appeal was heard."""
    case = appeal.case
    content = case.content
    _send(
        f"Your appeal about “{case.label}”",
        "moderation/email/appeal_outcome.txt",
        {
            "appeal": appeal,
            "case": case,
            "item_url": absolute(case.adapter().url(content)) if content is not None else "",
        },
        [appeal.appellant.email],
    )


def notify_moderators_of_appeal(appeal: Appeal) -> None:
    """Ask the moderators (except the one who decided) to hear a new appeal."""
    decided_by = appeal.case.decided_by_id
    _send(
        "An author has appealed a decision",
        "moderation/email/appeal_waiting.txt",
        {"appeal": appeal, "url": absolute(reverse("moderation:appeals"))},
        [user.email for user in moderators() if user.pk != decided_by],
    )


def alert_safeguarding_held(case: Case) -> None:
    """A safeguarding item has just been held: every moderator hears at once."""
    _send(
        "Safeguarding: an item is waiting for a moderator",
        "moderation/email/safeguarding_held.txt",
        {
            "case": case,
            "url": absolute(reverse("moderation:review", kwargs={"case_id": case.pk})),
        },
        [user.email for user in moderators()],
    )


def notify_escalation(case: Case) -> None:
    """Tell the moderator a case was escalated to."""
    if case.escalated_to is None:
        return
    _send(
        "A moderation decision has been passed to you",
        "moderation/email/escalated.txt",
        {
            "case": case,
            "url": absolute(reverse("moderation:review", kwargs={"case_id": case.pk})),
        },
        [case.escalated_to.email],
    )


def alert_safeguarding_overdue(case: Case) -> None:
    """A safeguarding item has waited longer than it should: every moderator hears."""
    _send(
        "URGENT: a safeguarding item is still waiting",
        "moderation/email/safeguarding_overdue.txt",
        {
            "case": case,
            "minutes": settings.MODERATION_SAFEGUARDING_ALERT_MINUTES,
            "url": absolute(reverse("moderation:review", kwargs={"case_id": case.pk})),
        },
        [user.email for user in moderators()],
    )


def send_digest(cases: list[Case]) -> int:
    """E-mail every moderator the pending queue. Returns how many were sent."""
    if not cases:
        return 0
    now = timezone.now()
    context = {
        "cases": cases,
        "count": len(cases),
        "safeguarding": sum(1 for case in cases if case.is_safeguarding),
        "oldest": min(case.created_at for case in cases),
        "now": now,
        "url": absolute(reverse("moderation:queue")),
    }
    return _send(
        f"{len(cases)} item{'s' if len(cases) != 1 else ''} waiting for a moderator",
        "moderation/email/digest.txt",
        context,
        [user.email for user in moderators()],
    )
