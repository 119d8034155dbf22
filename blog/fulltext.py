"""Full-text search on PostgreSQL: a stored, weighted document per post, and how to query it.

Working out a post's `tsvector` costs about a millisecond for an ordinary post, so ranking
thousands of matches from the text itself took seconds at 100,000 posts. Instead each post
keeps its document in `blog_post.search_document`, a PostgreSQL-only column that the ORM
does not know about: a trigger (migration 0002) fills it whenever the title or body
changes, and a GIN index over it finds matches. Other databases have no such column and
search by word matching (see PostQuerySet.search).

Only the newest matches are ranked (`newest_matches`). Finding them cheaply needs order,
which a GIN index cannot give: the newest posts are walked through their B-tree index and
each document tested until enough match, and the GIN index is used only when a walk of
bounded length does not find enough (rare words). Migration 0004 keeps the documents inside
their rows, so testing one costs no extra reads.
"""

from __future__ import annotations

from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db.models import Expression
from django.db.models.expressions import RawSQL

SEARCH_CONFIG = "english"
SEARCH_COLUMN = "search_document"
# What the trigger stores: the title weighted A, the body B. seed_load builds the same value
# in bulk; a test checks the two agree.
TITLE_DOCUMENT_SQL = f"setweight(to_tsvector('{SEARCH_CONFIG}', coalesce({{title}}, '')), 'A')"
BODY_DOCUMENT_SQL = f"setweight(to_tsvector('{SEARCH_CONFIG}', coalesce({{body}}, '')), 'B')"


def document_sql(title: str, body: str) -> str:
    """The SQL expression for a post's search document from these two column expressions."""
    return f"{TITLE_DOCUMENT_SQL.format(title=title)} || {BODY_DOCUMENT_SQL.format(body=body)}"


class StoredDocument(Expression):
    """The stored search document of the post in the row being read.

    Written against the alias the query gives the post table (U0 in a subquery, say), which
    a fixed table name would get wrong inside a subquery.
    """

    output_field = SearchVectorField()

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list[Any]]:
        table = compiler.quote_name_unless_alias(compiler.query.base_table)
        return f"{table}.{connection.ops.quote_name(SEARCH_COLUMN)}", []


def stored_document() -> StoredDocument:
    """The stored document of the post in the row being read, as a query expression."""
    return StoredDocument()


def search_query(text: str) -> SearchQuery:
    """What a reader typed, read the way web search engines read it (quotes, or, -word)."""
    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


# How many of the newest published posts the walk may test before search falls back to
# collecting every match through the GIN index. Testing a post costs about half what
# collecting a match does (one heap page each), so the two cost the same near this length
# at 100,000 posts: a word in one post in twenty fills 500 candidates within the walk;
# rarer words have few enough matches to collect (measured in benchmarks/README.md).
WALK_LIMIT = 10_000

# The newest `limit` published matches, as one statement. The walk (`recent`) stops at the
# limit-th match; when it ends without that many (it has no limit-th row), the GIN path
# finds them among all posts, and its answer contains the walk's (they are the newest), so
# the union is exact either way. A walk that reached the oldest post (a small site) has seen
# every match, and the GIN path is skipped.
# The planner cannot see this: for several words it underestimates the matches (they share
# posts far more often than chance) and would collect all of them through the GIN index.
_NEWEST_MATCHES_SQL = f"""
WITH recent AS (
  SELECT id FROM (
    SELECT id, published_at, {SEARCH_COLUMN} FROM blog_post WHERE status = 'published'
    ORDER BY published_at DESC, id DESC LIMIT %s
  ) AS newest
  WHERE {SEARCH_COLUMN} @@ websearch_to_tsquery('{SEARCH_CONFIG}', %s)
  ORDER BY published_at DESC, id DESC LIMIT %s
)
SELECT id FROM recent
UNION ALL
SELECT id FROM (
  SELECT id FROM blog_post
  WHERE status = 'published' AND {SEARCH_COLUMN} @@ websearch_to_tsquery('{SEARCH_CONFIG}', %s)
  ORDER BY published_at DESC, id DESC LIMIT %s
) AS everything
WHERE NOT EXISTS (SELECT FROM recent OFFSET %s)
  AND EXISTS (
    SELECT FROM blog_post WHERE status = 'published' ORDER BY published_at DESC, id DESC OFFSET %s
  )
"""  # noqa: S608 (only constants are formatted in; the reader's words are parameters)


def newest_matches(text: str, limit: int) -> RawSQL:
    """Ids of the `limit` most recently published posts matching `text` (websearch syntax).

    For `Post.objects.filter(pk__in=...)`. Published posts only: the GIN index covers no
    others, and only published posts are ever searched.
    """
    # Every value from outside is a parameter; the statement holds only constants.
    params = [WALK_LIMIT, text, limit, text, limit, max(limit - 1, 0), WALK_LIMIT]
    return RawSQL(_NEWEST_MATCHES_SQL, params)  # noqa: S611
