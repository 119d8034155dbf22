"""Indexes for a site with 100,000 posts and a million comments (issue 8).

- Published posts, newest first: for the home page, feeds and keyset pagination.
- Each author's published posts, newest first: for profile pages.
- On PostgreSQL only, a stored full-text document per post kept up to date by a trigger,
  and a GIN index over it for search (see blog/fulltext.py for why it is stored).
"""

from django.db import migrations, models

SEARCH_SETUP = [
    "ALTER TABLE blog_post ADD COLUMN search_document tsvector",
    """
    CREATE FUNCTION blog_post_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- A document given with a new row is kept (seed_load builds them in bulk); otherwise
      -- it is worked out, and again whenever the title or the body changes.
      IF (TG_OP = 'INSERT' AND NEW.search_document IS NULL)
         OR (TG_OP = 'UPDATE' AND (NEW.title IS DISTINCT FROM OLD.title
                                   OR NEW.body IS DISTINCT FROM OLD.body)) THEN
        NEW.search_document :=
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
          || setweight(to_tsvector('english', coalesce(NEW.body, '')), 'B');
      END IF;
      RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER blog_post_search_document BEFORE INSERT OR UPDATE OF title, body
    ON blog_post FOR EACH ROW EXECUTE FUNCTION blog_post_search_document()
    """,
    """
    UPDATE blog_post SET search_document =
      setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(body, '')), 'B')
    """,
    """
    CREATE INDEX blog_post_search_document_gin ON blog_post USING gin (search_document)
    WHERE status = 'published'
    """,
]
SEARCH_TEARDOWN = [
    "DROP INDEX IF EXISTS blog_post_search_document_gin",
    "DROP TRIGGER IF EXISTS blog_post_search_document ON blog_post",
    "DROP FUNCTION IF EXISTS blog_post_search_document()",
    "ALTER TABLE blog_post DROP COLUMN IF EXISTS search_document",
]


def _run_on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0001_initial"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="post",
            index=models.Index(
                fields=["-published_at", "-id"],
                condition=models.Q(status="published"),
                name="post_published_newest",
            ),
        ),
        migrations.AddIndex(
            model_name="post",
            index=models.Index(
                fields=["author", "-published_at", "-id"],
                condition=models.Q(status="published"),
                name="post_author_published_newest",
            ),
        ),
        migrations.RunPython(
            _run_on_postgresql(SEARCH_SETUP), _run_on_postgresql(SEARCH_TEARDOWN), elidable=False
        ),
    ]
