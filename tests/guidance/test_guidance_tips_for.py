"""Choosing tips for the person writing, and the compose-page include."""

from __future__ import annotations

from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from guidance.tips import tips_for


def bodies_behind(tip) -> set[str]:
    return {principle.body.slug for principle in tip.principles.all()}


def test_a_nurse_sees_nmc_points_first(guidance):
    tips = tips_for("practitioner", "nurse")
    assert "nmc" in bodies_behind(tips[0])


def test_a_psychologist_sees_hcpc_and_bps_points_first(guidance):
    tips = tips_for("practitioner", "psychologist")
    assert bodies_behind(tips[0]) & {"hcpc", "bps"}
    assert bodies_behind(tips[1]) & {"hcpc", "bps"}


def test_a_social_worker_sees_social_work_england_first(guidance):
    assert "social-work-england" in bodies_behind(tips_for("practitioner", "social_worker")[0])


def test_a_doctor_sees_gmc_points_first(guidance):
    assert "gmc" in bodies_behind(tips_for("practitioner", "doctor")[0])


def test_a_person_with_lived_experience_sees_the_rule_on_their_own_details_first(guidance):
    tips = tips_for("lived_experience", "")
    slugs = {principle.slug for principle in tips[0].principles.all()}
    assert "house-your-personal-details" in slugs


def test_a_carer_is_shown_the_tip_written_for_carers(guidance):
    assert "carers-their-privacy-too" in [tip.slug for tip in tips_for("carer", "")]


def test_tips_for_other_groups_are_never_chosen(guidance):
    for capacity, profession in [
        ("practitioner", "nurse"),
        ("lived_experience", ""),
        ("reader", ""),
        ("carer", ""),
    ]:
        for tip in tips_for(capacity, profession, limit=50):
            assert "moderator" not in tip.audience or "all" in tip.audience
            assert tip.slug != "social-workers-no-family-stories"


def test_an_occupational_therapist_does_not_get_tips_only_for_psychologists(guidance):
    slugs = [tip.slug for tip in tips_for("practitioner", "occupational_therapist", limit=50)]
    assert "registrants-standards-first" in slugs
    assert "psychologists-mind-the-power-gap" not in slugs


def test_it_returns_at_most_the_limit_in_two_queries(guidance):
    with CaptureQueriesContext(connection) as queries:
        tips = tips_for("practitioner", "nurse", limit=4)
    assert len(tips) == 4
    assert len(queries) == 2


def test_an_unknown_capacity_still_gets_the_general_tips(guidance):
    tips = tips_for("", "")
    assert tips
    assert all("all" in tip.audience for tip in tips)


def test_the_compose_tips_tag_chooses_for_the_signed_in_member(practitioner, guidance):
    html = Template("{% load guidance_tags %}{% compose_tips user %}").render(
        Context({"user": practitioner})
    )
    first = tips_for(practitioner.capacity, practitioner.profession)[0]
    assert escape(first.title) in html
    assert "/guidance/house-rules/" in html
    assert "/help/" in html


def test_the_compose_tips_tag_works_for_a_visitor_without_a_profile(guidance):
    from django.contrib.auth.models import AnonymousUser

    html = Template("{% load guidance_tags %}{% compose_tips user %}").render(
        Context({"user": AnonymousUser()})
    )
    assert "<li>" in html
