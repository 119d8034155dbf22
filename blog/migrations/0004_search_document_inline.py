"""Keep each post's search document inside its row, not in the TOAST table (issue 8).

Search walks the newest published posts and tests each one's stored document until it has
found enough matches: for a common word that is about 5,000 posts to find 500. Stored the
default way, most documents (about 1 KB compressed) were moved out to the TOAST table, so
every post tested cost three more page reads there; on 100,000 posts that was most of a
search's time. With storage MAIN, PostgreSQL compresses the document and keeps it in the
row, moving the body and its HTML out first. Existing rows are rewritten so that they are
stored the new way too (the trigger does not fire: neither title nor body changes, and
concatenating an empty document gives back the same value). On a large table that leaves
the old row versions behind: run `VACUUM FULL blog_post` (it locks the table) afterwards to
give the space back; 100,000 posts took 19 s to rewrite and 14 s to vacuum.

On PostgreSQL only; other databases have no such column.
"""

from django.db import migrations

KEEP_INLINE = [
    "ALTER TABLE blog_post ALTER COLUMN search_document SET STORAGE MAIN",
    "UPDATE blog_post SET search_document = search_document || ''::tsvector "
    "WHERE search_document IS NOT NULL",
]
STORE_AS_BEFORE = [
    "ALTER TABLE blog_post ALTER COLUMN search_document SET STORAGE EXTENDED",
]


def _run_on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0003_submission_tokens"),
    ]

    operations = [
        migrations.RunPython(
            _run_on_postgresql(KEEP_INLINE), _run_on_postgresql(STORE_AS_BEFORE), elidable=False
        ),
    ]
