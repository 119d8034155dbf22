"""Pages that serve the guidance: the codes, the concerns, house rules, tips and crisis help.

Every page reads a fixed number of queries however much content there is.
"""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from guidance.content_files import BODY_KINDS
from guidance.models import (
    HOUSE_BODY_SLUG,
    Body,
    Concern,
    CrisisContact,
    EasyReadSection,
    PageText,
    Principle,
    Tip,
)


def _page_text(key: str) -> PageText:
    """The stored introduction for a page, or an empty one before the first load."""
    return PageText.objects.filter(key=key).first() or PageText(key=key)


def _current_principles() -> Prefetch:
    """Current principles with their concerns, for prefetching onto bodies or tips."""
    return Prefetch(
        "principles",
        queryset=Principle.objects.current().prefetch_related(
            Prefetch("concerns", queryset=Concern.objects.current())
        ),
    )


def index(request: HttpRequest) -> HttpResponse:
    """The guidance front page: house rules and help first, then concerns, then the codes."""
    bodies = (
        Body.objects.current()
        .exclude(slug=HOUSE_BODY_SLUG)
        .annotate(
            principle_count=Count("principles", filter=Q(principles__retired_at__isnull=True))
        )
    )
    groups: dict[str, list[Body]] = {kind: [] for kind in BODY_KINDS}
    for body in bodies:
        groups.setdefault(body.kind, []).append(body)
    body_groups = [(BODY_KINDS.get(kind, kind), members) for kind, members in groups.items()]
    return render(
        request,
        "guidance/index.html",
        {
            "body_groups": [(label, members) for label, members in body_groups if members],
            "concerns": Concern.objects.current(),
        },
    )


def body_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """One body's page: its introduction, sources and every principle, anchored by slug."""
    if slug == HOUSE_BODY_SLUG:
        return redirect("guidance:house_rules", permanent=True)
    body = get_object_or_404(Body, slug=slug)
    return render(
        request,
        "guidance/body.html",
        {
            "body": body,
            "documents": body.documents.all(),
            "principles": _principles_of(body),
        },
    )


def _principles_of(body: Body) -> list[Principle]:
    principles = body.principles.current().prefetch_related(
        Prefetch("concerns", queryset=Concern.objects.current())
    )
    # The body is already in hand; save each principle a query for it.
    for principle in principles:
        principle.body = body
    return list(principles)


def principle_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A principle's permanent page. Retired principles still render, marked as retired."""
    principle = get_object_or_404(
        Principle.objects.select_related("body").prefetch_related(
            Prefetch("concerns", queryset=Concern.objects.current()),
            Prefetch("tips", queryset=Tip.objects.current()),
        ),
        slug=slug,
    )
    return render(request, "guidance/principle.html", {"principle": principle})


def concern_index(request: HttpRequest) -> HttpResponse:
    """The concerns every check looks for."""
    concerns = Concern.objects.current().annotate(
        checkable_count=Count(
            "principles",
            filter=Q(principles__retired_at__isnull=True, principles__checkable=True),
        )
    )
    return render(
        request,
        "guidance/concern_index.html",
        {"concerns": concerns, "introduction": _page_text("concerns")},
    )


def concern_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """One concern: what it covers, examples, and what each code says about it."""
    concern = get_object_or_404(Concern.objects.current(), slug=slug)
    principles = list(
        concern.principles.current()
        .select_related("body")
        .order_by("-checkable", "body__order", "order")
    )
    return render(
        request,
        "guidance/concern.html",
        {
            "concern": concern,
            "checkable": [p for p in principles if p.checkable],
            "advice": [p for p in principles if not p.checkable],
        },
    )


def house_rules(request: HttpRequest) -> HttpResponse:
    """Common Room's own rules."""
    body = get_object_or_404(Body, slug=HOUSE_BODY_SLUG)
    return render(
        request,
        "guidance/house_rules.html",
        {"body": body, "principles": _principles_of(body)},
    )


def easy_read(request: HttpRequest) -> HttpResponse:
    """The house rules in Easy Read: short sentences, one idea each."""
    return render(
        request,
        "guidance/easy_read.html",
        {
            "page": _page_text("easy-read"),
            "sections": EasyReadSection.objects.current().select_related("principle__body"),
        },
    )


def tips(request: HttpRequest) -> HttpResponse:
    """Every good-practice tip, with the principles behind it."""
    tip_list = Tip.objects.current().prefetch_related(
        Prefetch("principles", queryset=Principle.objects.current().select_related("body"))
    )
    return render(request, "guidance/tips.html", {"tips": tip_list})


def crisis(request: HttpRequest) -> HttpResponse:
    """ "Need help now?": crisis lines first, then information lines."""
    contacts = list(CrisisContact.objects.current())
    return render(
        request,
        "guidance/crisis.html",
        {
            "introduction": _page_text("crisis"),
            "crisis_lines": [c for c in contacts if c.crisis_line],
            "information_lines": [c for c in contacts if not c.crisis_line],
        },
    )
