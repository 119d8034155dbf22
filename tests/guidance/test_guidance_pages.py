"""The guidance pages, driven through the test client."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from guidance.links import concern_url, principle_url
from guidance.models import Principle
from guidance.urls import RESERVED_SEGMENTS

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "guidance"


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_index_lists_every_body_and_concern(client, guidance):
    html = page(client, reverse("guidance:index"))
    assert reverse("guidance:house_rules") in html
    for body in guidance.bodies:
        if body.slug != "house":
            assert escape(body.name) in html
    for concern in guidance.concerns:
        assert concern_url(concern.slug) in html
        assert escape(concern.name) in html


def test_every_body_page_shows_every_principle_anchored_by_its_slug(client, guidance):
    for body in guidance.bodies:
        if body.slug == "house":
            continue
        html = page(client, reverse("guidance:body", kwargs={"slug": body.slug}))
        assert escape(body.name) in html
        for principle in body.principles:
            assert f'id="{principle.slug}"' in html, principle.slug
            assert escape(principle.title) in html, principle.slug
            assert escape(principle.summary) in html, principle.slug
        for document in body.documents:
            assert escape(document.title) in html


def test_a_principle_anchor_is_on_its_body_page(client, guidance):
    principle = Principle.objects.get(slug="nmc-confidential-info")
    assert principle.anchor_url == "/guidance/nmc/#nmc-confidential-info"
    assert 'id="nmc-confidential-info"' in page(client, "/guidance/nmc/")


def test_every_principle_has_a_permanent_page(client, guidance):
    for principle in guidance.principles:
        html = page(client, principle_url(principle.slug))
        assert escape(principle.title) in html, principle.slug
        assert escape(principle.summary) in html, principle.slug


def test_a_principle_page_says_whether_the_checker_acts_on_it(client, guidance):
    checkable = page(client, principle_url("hcpc-identify-service-user"))
    advice = page(client, principle_url("hcpc-keep-posting"))
    assert "Our checks look for this" in checkable
    assert "Advice. We never hold a post" in advice


def test_an_unknown_principle_is_not_found(client, guidance):
    unknown = "nmc-" + "no-such-principle"  # built from parts: not a real slug
    assert client.get(principle_url(unknown)).status_code == 404


def test_every_concern_page_gathers_the_principles_behind_it(client, guidance):
    for concern in guidance.concerns:
        html = page(client, concern_url(concern.slug))
        assert f"{escape(concern.name)} — what the codes say" in html
        for principle in guidance.principles_for_concern(concern.slug):
            assert principle_url(principle.slug) in html, (concern.slug, principle.slug)
        for example in concern.problem_examples + concern.fine_examples:
            assert escape(example) in html


def test_the_concern_index_lists_every_concern(client, guidance):
    html = page(client, reverse("guidance:concern_index"))
    for concern in guidance.concerns:
        assert escape(concern.name) in html


def test_the_house_rules_page_shows_every_house_rule_and_links_to_easy_read(client, guidance):
    html = page(client, reverse("guidance:house_rules"))
    for principle in guidance.body("house").principles:
        assert f'id="{principle.slug}"' in html
        assert escape(principle.summary) in html
    assert reverse("guidance:easy_read") in html


def test_the_house_body_address_redirects_to_the_house_rules(client, guidance):
    response = client.get(reverse("guidance:body", kwargs={"slug": "house"}))
    assert response.status_code == 301
    assert response["Location"] == reverse("guidance:house_rules")


def test_the_easy_read_page_shows_every_sentence(client, guidance):
    html = page(client, reverse("guidance:easy_read"))
    assert escape(guidance.easy_read.title) in html
    for line in guidance.easy_read.introduction:
        assert escape(line) in html
    for section in guidance.easy_read.sections:
        for sentence in section.sentences:
            assert escape(sentence) in html


def test_the_tips_page_shows_every_tip_and_the_principles_behind_it(client, guidance):
    html = page(client, reverse("guidance:tips"))
    for tip in guidance.tips:
        assert f'id="{tip.slug}"' in html
        assert escape(tip.text) in html
        for slug in tip.principles:
            assert principle_url(slug) in html


def test_the_crisis_page_keeps_its_address_and_shows_the_contacts(client, guidance):
    assert reverse("crisis") == "/help/"
    html = page(client, reverse("crisis"))
    assert "Need help now?" in html
    for contact in guidance.crisis_contacts:
        assert escape(contact.name) in html
    assert 'href="tel:116123"' in html
    assert "Text SHOUT to 85258" in html
    assert "Not recently checked." in html


def test_the_crisis_page_marks_information_lines_apart_from_crisis_lines(client, guidance):
    html = page(client, reverse("crisis"))
    information = html.split('id="information-lines"', 1)[1]
    assert "Mind Infoline" in information
    assert "Samaritans" not in information


def test_an_unverified_contacts_text_number_is_never_shown(client, guidance):
    from guidance.models import CrisisContact

    # The loader refuses this in the files; the page must hold the line even if a row slips in.
    CrisisContact.objects.filter(slug="childline").update(text="Text 99999 for help")
    assert "Text 99999" not in page(client, reverse("crisis"))


def test_the_navigation_links_to_the_guidance(client, guidance):
    assert f'href="{reverse("guidance:index")}"' in page(client, reverse("guidance:tips"))


def test_no_body_slug_takes_an_address_a_fixed_page_needs(guidance):
    assert {body.slug for body in guidance.bodies} & RESERVED_SEGMENTS == set()


def test_guidance_templates_have_no_inline_script_or_style():
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text()
        assert not re.search(r"<script|<style|\sstyle=|\son[a-z]+=", text), template.name


def _queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_body_pages_use_the_same_number_of_queries_however_many_principles(client, guidance):
    # NMC has fourteen principles, Caldicott one.
    assert _queries_for(client, "/guidance/nmc/") == _queries_for(client, "/guidance/caldicott/")


def test_the_index_uses_a_fixed_number_of_queries(client, guidance):
    before = _queries_for(client, reverse("guidance:index"))
    from guidance.models import Body

    Body.objects.create(
        slug="extra-body", name="An extra body", short_name="Extra", kind="charity", order=999
    )
    html_after = page(client, reverse("guidance:index"))
    assert "An extra body" in html_after
    assert _queries_for(client, reverse("guidance:index")) == before


def test_the_tips_and_concern_pages_use_a_fixed_number_of_queries(client, guidance):
    from guidance.models import Tip

    before = _queries_for(client, reverse("guidance:tips"))
    extra = Tip.objects.create(slug="extra-tip", title="An extra tip", text="Be kind.", order=99)
    extra.principles.set(
        Principle.objects.filter(slug__in=["gmc-say-who-you-are", "rcn-prohibited-content"])
    )
    assert "An extra tip" in page(client, reverse("guidance:tips"))
    assert _queries_for(client, reverse("guidance:tips")) == before
    # Identifiable information has a dozen principles behind it, spam two.
    assert _queries_for(client, concern_url("identifiable-information")) == _queries_for(
        client, concern_url("spam")
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            '{% load guidance_tags %}{% principle_url "nmc-confidential-info" %}',
            "/guidance/principles/nmc-confidential-info/",
        ),
        (
            "{% load guidance_tags %}{{ slug|principle_url }}",
            "/guidance/principles/nmc-confidential-info/",
        ),
    ],
)
def test_the_principle_url_tag_and_filter_give_the_permalink(source, expected):
    rendered = Template(source).render(Context({"slug": "nmc-confidential-info"}))
    assert rendered == expected


def test_the_principle_link_tag_uses_the_title(guidance):
    rendered = Template('{% load guidance_tags %}{% principle_link "hcpc-offensive-material" %}')
    html = rendered.render(Context())
    assert html == (
        '<a href="/guidance/principles/hcpc-offensive-material/">'
        "Don&#x27;t post offensive material</a>"
    )


def test_the_easy_read_page_uses_a_fixed_number_of_queries(client, guidance):
    from guidance.models import EasyReadSection

    before = _queries_for(client, reverse("guidance:easy_read"))
    EasyReadSection.objects.create(
        slug="extra-section",
        heading="An extra section",
        sentences=["One more short sentence."],
        principle=Principle.objects.get(slug="house-no-advertising"),
        order=99,
    )
    assert "An extra section" in page(client, reverse("guidance:easy_read"))
    assert _queries_for(client, reverse("guidance:easy_read")) == before
