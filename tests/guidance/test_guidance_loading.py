"""Loading the content files into the database: upserts by slug, retirement, the command."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.urls import reverse

from guidance.links import principle_url
from guidance.models import Body, Concern, CrisisContact, Principle, Tip


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def slugs_and_ids() -> dict[str, int]:
    return dict(Principle.objects.values_list("slug", "pk"))


def load(folder: Path) -> str:
    from io import StringIO

    out = StringIO()
    call_command("load_guidance", content_dir=folder, stdout=out)
    return out.getvalue()


def test_the_loaded_database_holds_every_principle_and_concern(guidance):
    assert set(Principle.objects.values_list("slug", flat=True)) == {
        p.slug for p in guidance.principles
    }
    assert Concern.objects.count() == 9


def test_the_data_migration_loads_an_empty_database(db, shipped_content):
    migration = importlib.import_module("guidance.migrations.0002_load_guidance")
    for model in (Tip, Principle, Body, Concern, CrisisContact):
        model.objects.all().delete()
    migration.load(apps, None)
    assert Principle.objects.count() == len(shipped_content.principles)
    assert CrisisContact.objects.filter(slug="samaritans", phone="116 123").exists()


def test_reloading_an_edited_file_changes_the_page_without_touching_slugs(
    client, guidance, content_dir
):
    before = slugs_and_ids()
    new_summary = "A rewritten summary for this test. It has two sentences."
    edit(
        content_dir / "bodies" / "nmc.toml",
        "What you learn about the people you care for belongs to them, not to your feed.",
        new_summary,
    )

    output = load(content_dir)

    assert "principle: 1 updated" in output
    assert slugs_and_ids() == before
    assert new_summary in client.get("/guidance/nmc/").content.decode()
    assert new_summary in client.get(principle_url("nmc-confidential-info")).content.decode()


def test_the_content_folder_can_come_from_settings(client, guidance, content_dir, settings):
    edit(
        content_dir / "bodies" / "rcn.toml",
        'title = "Some content is never acceptable"',
        'title = "Never acceptable, whatever the intent"',
    )
    settings.GUIDANCE_CONTENT_DIR = content_dir
    call_command("load_guidance", stdout=None)
    assert "Never acceptable, whatever the intent" in client.get("/guidance/rcn/").content.decode()


def test_loading_the_same_files_twice_changes_nothing(guidance, content_dir):
    load(content_dir)
    assert load(content_dir).strip() == "Nothing changed."


def test_a_principle_removed_from_its_file_is_retired_not_deleted(client, guidance, content_dir):
    path = content_dir / "bodies" / "gmc.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('[[principles]]\nslug = "gmc-conflicts-of-interest"')
    end = text.index("[[principles]]", start + 1)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    before = slugs_and_ids()

    output = load(content_dir)

    # The principle after it moves up one place, which is an update.
    assert output.strip() == "principle: 1 updated, 1 retired"
    assert slugs_and_ids() == before
    retired = Principle.objects.get(slug="gmc-conflicts-of-interest")
    assert retired.is_retired
    page = client.get(principle_url("gmc-conflicts-of-interest"))
    assert page.status_code == 200
    assert "no longer part of our guidance" in page.content.decode()
    assert 'id="gmc-conflicts-of-interest"' not in client.get("/guidance/gmc/").content.decode()
    assert (
        "gmc-conflicts-of-interest"
        not in client.get(reverse("guidance:concern", kwargs={"slug": "spam"})).content.decode()
    )


def test_a_retired_principle_put_back_is_restored_under_the_same_slug(guidance, content_dir):
    original_id = Principle.objects.get(slug="rcn-same-standards-online").pk
    Principle.objects.filter(slug="rcn-same-standards-online").update(
        retired_at="2026-01-01T00:00Z"
    )

    output = load(content_dir)

    assert "principle: 1 restored" in output
    restored = Principle.objects.get(slug="rcn-same-standards-online")
    assert restored.pk == original_id
    assert not restored.is_retired


def test_a_new_principle_in_a_file_is_created(client, guidance, content_dir):
    new_slug = "rcn-" + "extra-for-a-test"  # built from parts: exists only in this test
    with (content_dir / "bodies" / "rcn.toml").open("a", encoding="utf-8") as handle:
        handle.write(
            f'\n[[principles]]\nslug = "{new_slug}"\ntitle = "An extra point"\n'
            'summary = "First sentence. Second sentence."\ndocument = "social-media-policy"\n'
            'concerns = []\ncheckable = false\naudience = ["nurse"]\nevidence = "checked"\n'
        )
    assert "principle: 1 created" in load(content_dir)
    assert "An extra point" in client.get("/guidance/rcn/").content.decode()
    assert Principle.objects.get(slug=new_slug).body.slug == "rcn"


def test_changing_a_principles_concerns_is_an_update(guidance, content_dir):
    edit(
        content_dir / "bodies" / "gmc.toml",
        'concerns = ["spam"]',
        'concerns = ["spam", "clinical-advice"]',
    )
    assert "principle: 1 updated" in load(content_dir)
    concerns = Principle.objects.get(slug="gmc-conflicts-of-interest").concerns
    assert set(concerns.values_list("slug", flat=True)) == {"spam", "clinical-advice"}


def test_a_bad_edit_is_refused_with_the_file_and_field_and_changes_nothing(guidance, content_dir):
    edit(
        content_dir / "bodies" / "nmc.toml",
        'concerns = ["offensive-content"]',
        'concerns = ["rudeness"]',
    )
    edit(content_dir / "bodies" / "nmc.toml", "Dark humour can help staff cope", "CHANGED")
    with pytest.raises(CommandError, match=r"bodies/nmc.toml: principles\[2\].*concerns"):
        load(content_dir)
    assert "CHANGED" not in Principle.objects.get(slug="nmc-derogatory-comments").summary


def test_check_only_validates(guidance, content_dir):
    from io import StringIO

    edit(
        content_dir / "bodies" / "rcn.toml", "blunt about the content", "CHANGED about the content"
    )
    out = StringIO()
    call_command("load_guidance", content_dir=content_dir, check=True, stdout=out)
    assert "valid" in out.getvalue()
    assert "CHANGED" not in Body.objects.get(slug="rcn").introduction


def test_the_loader_skips_values_for_fields_an_older_model_does_not_have(guidance):
    # The data migration runs with historical models: a value for a field added later must
    # be skipped rather than break that old migration.
    from guidance.loading import LoadReport, _Row, _sync_by_slug

    report = LoadReport()
    values = {"name": "Renamed for the test", "a_field_from_the_future": 1}
    _sync_by_slug(Body, "body", [_Row("rcn", values)], report)
    assert Body.objects.get(slug="rcn").name == "Renamed for the test"
    assert report.updated["body"] == 1
