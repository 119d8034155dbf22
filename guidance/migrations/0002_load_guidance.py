"""Fill a fresh database with the guidance from guidance/content/ (no network needed).

Later edits to the files reach an existing database through ``manage.py load_guidance``.
"""

from django.db import migrations


def load(apps, schema_editor):
    from guidance.content_files import load_content
    from guidance.loading import sync_content

    sync_content(load_content(), lambda name: apps.get_model("guidance", name))


class Migration(migrations.Migration):
    dependencies = [("guidance", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop, elidable=False)]
