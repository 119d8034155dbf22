"""The guidance content files: the slug contract, the concerns, and the loader's validation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from guidance.content_files import (
    DEFAULT_CONTENT_DIR,
    EASY_READ_MAX_WORDS,
    ContentError,
    GuidanceContent,
    load_content,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
NOTES = REPO_ROOT.parent / "notes"

# The nine concerns of the moderation contract (MODERATION.md), exact strings.
MODERATION_CONCERNS = (
    "identifiable-information",
    "confidential-information",
    "personal-details",
    "offensive-content",
    "personal-attack",
    "professional-boundaries",
    "safeguarding",
    "spam",
    "clinical-advice",
)

# The slug contract shared with the checker: every slug in the research tables and the house
# rules agreed in the team's slug notes. Kept here too so the test runs without those notes.
_CONTRACT_SLUG_LIST = """
nmc-confidential-info nmc-patient-images-consent nmc-derogatory-comments
nmc-bullying-exploitation nmc-relationships-service-users nmc-personal-data-misuse
nmc-encourage-violence-selfharm nmc-incite-hatred nmc-evidence-based-advice
nmc-personal-beliefs nmc-uphold-reputation nmc-concerns-proper-channels nmc-privacy-settings
nmc-employer-policy
hcpc-think-before-post hcpc-privacy-settings hcpc-professional-boundaries
hcpc-identify-service-user hcpc-confidential-info hcpc-offensive-material hcpc-employer-policy
hcpc-seek-advice hcpc-keep-posting hcpc-accurate-info hcpc-challenge-discrimination
hcpc-respect-colleagues hcpc-public-trust hcpc-historic-posts
bps-identifiable-permission bps-privacy-settings bps-relationship-clarity
bps-former-service-users bps-power-imbalance bps-research-ethics-online bps-respect-dignity
bps-competence-limits
nhse-canteen-test nhse-employer-policy nhse-professional-body-guidance nhse-separate-profiles
nhse-privacy-settings nhse-permissive-approach nhse-review-footprint
gmc-identifiable-patient-info gmc-cumulative-identification gmc-private-groups-not-private
gmc-patient-contact-boundaries gmc-say-who-you-are gmc-conflicts-of-interest
gmc-no-unsubstantiated-attacks
swe-no-disrepute swe-no-reference-to-people-supported swe-colleague-employer-info
swe-no-covert-searches swe-online-boundaries
rcn-prohibited-content rcn-same-standards-online
ukgdpr-indirect-identification ukgdpr-health-special-category ukgdpr-self-disclosure
ico-motivated-intruder caldicott-minimum-necessary icmje-omit-nonessential-identifiers
icmje-consent-if-identifiable
sam-method-detail sam-self-harm-detail sam-location-detail sam-graphic-content
sam-solution-framing sam-sensitive-language sam-speculation sam-content-warning
sam-signpost-support sam-imminent-risk sam-encouragement nspa-supportive-response
house-be-respectful house-no-identifying-details house-keep-confidences
house-your-personal-details house-no-anonymous-comments house-boundaries
house-keeping-people-safe house-no-advertising house-no-individual-clinical-advice
house-think-before-you-post
"""
CONTRACT_SLUGS = tuple(_CONTRACT_SLUG_LIST.split())

# House rules the checker may cite (checkable) and those that are advice only.
HOUSE_CHECKABLE = {
    "house-be-respectful": {"offensive-content", "personal-attack"},
    "house-no-identifying-details": {"identifiable-information"},
    "house-keep-confidences": {"confidential-information"},
    "house-your-personal-details": {"personal-details"},
    "house-boundaries": {"professional-boundaries"},
    "house-keeping-people-safe": {"safeguarding"},
    "house-no-advertising": {"spam"},
    "house-no-individual-clinical-advice": {"clinical-advice"},
}
HOUSE_ADVICE_ONLY = {"house-no-anonymous-comments", "house-think-before-you-post"}

# The principle a finding cites for each concern when nothing more specific fits.
PREFERRED_PRINCIPLE = {
    "identifiable-information": "hcpc-identify-service-user",
    "confidential-information": "nmc-confidential-info",
    "personal-details": "house-your-personal-details",
    "offensive-content": "hcpc-offensive-material",
    "personal-attack": "gmc-no-unsubstantiated-attacks",
    "professional-boundaries": "hcpc-professional-boundaries",
    "safeguarding": "sam-imminent-risk",
    "spam": "house-no-advertising",
    "clinical-advice": "house-no-individual-clinical-advice",
}

_SLUG_PREFIXES = "nmc|hcpc|bps|nhse|gmc|swe|rcn|ukgdpr|sam|nspa|house|ico|caldicott|icmje"
# A slug-shaped word that is not part of a web address or file name (nmc-uk.org, /the-...).
_SLUG_IN_PROSE = re.compile(
    rf"(?<![\w./-])(?:{_SLUG_PREFIXES})-[a-z0-9]+(?:-[a-z0-9]+)*(?![\w./-])"
)


@pytest.fixture(scope="module")
def content() -> GuidanceContent:
    return load_content()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped content folder for a test to break."""
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, target, ignore=shutil.ignore_patterns("checks"))
    return target


def edit(path: Path, old: str, new: str) -> None:
    """Replace one exact snippet in a content file, failing loudly if it is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(content_dir: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(content_dir)
    return [str(problem) for problem in caught.value.problems]


# -- the shipped content ---------------------------------------------------------------------


def test_the_shipped_content_loads_with_every_body_the_issue_names(content):
    slugs = {body.slug for body in content.bodies}
    assert {
        "nmc",
        "hcpc",
        "bps",
        "nhs-employers",
        "gmc",
        "social-work-england",
        "rcn",
        "samaritans",
        "nspa",
        "house",
    } <= slugs
    assert all(body.principles for body in content.bodies)


def test_the_concerns_file_names_exactly_the_nine_moderation_concerns(content):
    assert tuple(concern.slug for concern in content.concerns) == MODERATION_CONCERNS


def test_every_concern_has_a_checkable_principle_behind_it(content):
    unbacked = [
        concern
        for concern in MODERATION_CONCERNS
        if not any(p.checkable for p in content.principles_for_concern(concern))
    ]
    assert unbacked == []


def test_every_concern_in_the_moderation_contract_document_has_a_checkable_principle(content):
    moderation_md = SHARED / "MODERATION.md"
    if not moderation_md.exists():
        pytest.skip("shared/MODERATION.md is not beside this checkout")
    table_rows = re.findall(r"^\| `([a-z-]+)` \|", moderation_md.read_text(), flags=re.MULTILINE)
    concerns = [slug for slug in table_rows if slug not in {"publish", "hold", "return"}]
    assert len(concerns) == 9
    for concern in concerns:
        assert any(p.checkable for p in content.principles_for_concern(concern)), concern


def test_every_contract_slug_is_defined(content):
    assert sorted(set(CONTRACT_SLUGS) - content.principle_slugs) == []


def test_every_slug_in_the_research_tables_and_slug_notes_is_defined(content):
    sources = [
        SHARED / "research" / "guidance-codification.md",
        NOTES / "slugs.md",
        Path("/work/notes/slugs.md"),
    ]
    found = [path for path in sources if path.exists()]
    if not found:
        pytest.skip("neither the research notes nor the slug notes are beside this checkout")
    mentioned = {slug for path in found for slug in _SLUG_IN_PROSE.findall(path.read_text())}
    assert len(mentioned) > 10
    assert sorted(mentioned - content.principle_slugs) == []


def test_house_rules_are_checkable_or_advice_as_the_slug_contract_says(content):
    for slug, concerns in HOUSE_CHECKABLE.items():
        principle = content.principle(slug)
        assert principle.checkable, slug
        assert set(principle.concerns) == concerns, slug
    for slug in HOUSE_ADVICE_ONLY:
        principle = content.principle(slug)
        assert not principle.checkable, slug
        assert principle.concerns == (), slug


def test_each_concern_defaults_to_the_preferred_principle_which_backs_it(content):
    for concern in content.concerns:
        assert concern.main_principle == PREFERRED_PRINCIPLE[concern.slug]
        principle = content.principle(concern.main_principle)
        assert principle.checkable
        assert concern.slug in principle.concerns


def test_every_checkable_principle_backs_a_concern(content):
    assert [p.slug for p in content.principles if p.checkable and not p.concerns] == []


def test_summaries_are_two_to_four_sentences(content):
    for principle in content.principles:
        sentences = re.split(r"(?<=[.?!])\s+(?=[A-Z])", principle.summary)
        assert 2 <= len(sentences) <= 4, (principle.slug, len(sentences))


def test_every_principle_has_a_source_document_title_and_address(content):
    for principle in content.principles:
        assert principle.document_title, principle.slug
        assert principle.url.startswith(("https://", "/")), principle.slug


def test_principle_slugs_start_with_their_bodys_prefix(content):
    for body in content.bodies:
        for principle in body.principles:
            assert principle.slug.startswith(body.slug_prefixes), principle.slug


def test_tips_cover_the_topics_the_issue_asks_for(content):
    titles = " ".join(tip.title.lower() for tip in content.tips)
    for topic in ("contact details", "password", "your words", "signed-in", "terms", "think"):
        assert topic in titles, topic


def test_only_verified_crisis_contacts_give_a_text_number(content):
    for contact in content.crisis_contacts:
        if contact.text:
            assert contact.is_verified, contact.slug


def test_the_crisis_contacts_include_the_core_uk_services(content):
    contacts = {contact.slug: contact for contact in content.crisis_contacts}
    assert contacts["samaritans"].phone == "116 123"
    assert contacts["shout"].text == "Text SHOUT to 85258"
    assert contacts["emergency"].phone == "999"
    assert contacts["samaritans"].is_verified
    assert not contacts["mind-infoline"].crisis_line
    assert not contacts["mind-infoline"].is_verified
    assert contacts["mind-infoline"].unverified_note


def test_easy_read_sentences_are_short(content):
    sentences = list(content.easy_read.introduction)
    sentences += [s for section in content.easy_read.sections for s in section.sentences]
    assert sentences
    assert max(len(s.split()) for s in sentences) <= EASY_READ_MAX_WORDS


def test_every_house_rule_has_an_easy_read_section(content):
    covered = {section.principle for section in content.easy_read.sections}
    house = {p.slug for p in content.body("house").principles}
    assert house <= covered


# -- the loader's validation ----------------------------------------------------------------


def test_a_copy_of_the_content_loads_like_the_original(content_copy, content):
    assert load_content(content_copy).principle_slugs == content.principle_slugs


def test_it_reports_a_slug_defined_in_two_files(content_copy):
    edit(
        content_copy / "bodies" / "gmc.toml",
        'slug = "gmc-say-who-you-are"',
        'slug = "gmc-cumulative-identification"',
    )
    problems = problems_of(content_copy)
    assert any(
        "bodies/gmc.toml" in p and ".slug" in p and "duplicate principle slug" in p
        for p in problems
    ), problems


def test_it_reports_an_unknown_concern_with_file_and_field(content_copy):
    edit(
        content_copy / "bodies" / "nmc.toml",
        'concerns = ["confidential-information", "identifiable-information"]',
        'concerns = ["confidential-information", "identifable-information"]',
    )
    problems = problems_of(content_copy)
    assert any(
        p.startswith("bodies/nmc.toml: principles[0] (nmc-confidential-info).concerns")
        and "identifable-information" in p
        for p in problems
    ), problems


def test_it_reports_a_missing_field(content_copy):
    edit(content_copy / "bodies" / "rcn.toml", 'title = "Some content is never acceptable"\n', "")
    problems = problems_of(content_copy)
    assert any("bodies/rcn.toml" in p and ".title: is missing" in p for p in problems), problems


def test_it_reports_a_misspelt_field(content_copy):
    edit(content_copy / "bodies" / "rcn.toml", "checkable = true", "checkabel = true")
    problems = problems_of(content_copy)
    assert any("checkabel: unknown field" in p for p in problems), problems
    assert any("checkable: is missing" in p for p in problems), problems


@pytest.mark.parametrize("bad_url", ["nmc.org.uk/standards", "ftp://nmc.org.uk/", "https://"])
def test_it_reports_a_bad_url(content_copy, bad_url):
    edit(
        content_copy / "bodies" / "nmc.toml",
        'url = "https://www.nmc.org.uk/standards/code/"',
        f'url = "{bad_url}"',
    )
    problems = problems_of(content_copy)
    assert any("bodies/nmc.toml: documents[1].url" in p for p in problems), problems


def test_it_reports_a_body_without_principles(content_copy):
    path = content_copy / "bodies" / "caldicott.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.split("[[principles]]")[0], encoding="utf-8")
    problems = problems_of(content_copy)
    assert any(p.startswith("bodies/caldicott.toml: principles") for p in problems), problems


def test_it_reports_a_checkable_principle_with_no_concern(content_copy):
    edit(
        content_copy / "bodies" / "rcn.toml",
        'concerns = ["offensive-content"]',
        "concerns = []",
    )
    problems = problems_of(content_copy)
    assert any("must back at least one concern" in p for p in problems), problems


def test_it_reports_a_principle_outside_its_bodys_prefix(content_copy):
    edit(content_copy / "bodies" / "rcn.toml", '"rcn-same-standards-online"', '"nurse-standards"')
    problems = problems_of(content_copy)
    assert any("should start with one of ['rcn-']" in p for p in problems), problems


def test_it_reports_a_tip_citing_a_principle_that_does_not_exist(content_copy):
    # Built from parts so that the repository-wide dangling-slug scan does not trip on it.
    missing = "house-" + "no-anon"
    edit(content_copy / "tips.toml", '"house-no-anonymous-comments"]', f'"{missing}"]')
    problems = problems_of(content_copy)
    assert any("tips.toml" in p and f"{missing}'" in p for p in problems), problems


def test_it_refuses_a_text_number_for_an_unverified_crisis_contact(content_copy):
    edit(
        content_copy / "crisis.toml",
        'phone = "0800 1111"',
        'phone = "0800 1111"\ntext = "Text 12345"',
    )
    problems = problems_of(content_copy)
    assert any("crisis.toml: contacts[9].text" in p for p in problems), problems


def test_it_refuses_a_crisis_contact_that_is_neither_verified_nor_explained(content_copy):
    edit(
        content_copy / "crisis.toml",
        "last_verified = 2026-11-21\n",
        "",
    )
    problems = problems_of(content_copy)
    assert any("contacts[0].unverified_note: is needed" in p for p in problems), problems


def test_it_refuses_a_long_easy_read_sentence(content_copy):
    edit(
        content_copy / "easy-read.toml",
        '"Do not sell things here.",',
        '"Do not sell things here or anywhere else on the site at any time of day or night.",',
    )
    problems = problems_of(content_copy)
    assert any("easy-read.toml: sections[7].sentences" in p and "words" in p for p in problems)


def test_it_refuses_two_sentences_on_one_easy_read_line(content_copy):
    edit(content_copy / "easy-read.toml", '"Do not sell things here.",', '"Do not sell. Ever.",')
    problems = problems_of(content_copy)
    assert any("should be one sentence" in p for p in problems), problems


def test_it_reports_a_house_rule_missing_from_the_easy_read(content_copy):
    edit(content_copy / "easy-read.toml", 'principle = "house-no-advertising"\n', "")
    problems = problems_of(content_copy)
    assert any("no Easy Read section for 'house-no-advertising'" in p for p in problems)


def test_it_reports_a_concerns_default_principle_that_is_advice_only(content_copy):
    edit(
        content_copy / "concerns.toml",
        'main_principle = "house-no-advertising"',
        'main_principle = "house-think-before-you-post"',
    )
    problems = problems_of(content_copy)
    assert any("concerns[7].main_principle" in p for p in problems), problems


def test_it_reports_invalid_toml_with_the_file_name(content_copy):
    (content_copy / "bodies" / "bps.toml").write_text('slug = "bps\n', encoding="utf-8")
    problems = problems_of(content_copy)
    assert any(p.startswith("bodies/bps.toml: (file): is not valid TOML") for p in problems)


def test_it_reports_every_problem_at_once(content_copy):
    edit(content_copy / "bodies" / "rcn.toml", "checkable = true", "checkable = 1")
    edit(content_copy / "tips.toml", 'slug = "passwords"', 'slug = "house-' + 'passwords"')
    problems = problems_of(content_copy)
    assert any("bodies/rcn.toml" in p for p in problems)
    assert any("tips.toml" in p and "principle prefix" in p for p in problems)


def test_it_explains_a_missing_content_folder(tmp_path):
    with pytest.raises(ContentError, match="content folder not found"):
        load_content(tmp_path / "nowhere")
