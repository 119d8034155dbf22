"""Full-text search on PostgreSQL: a stored, weighted document per post, and how to query it.

Working out a post's `tsvector` costs about a millisecond for an ordinary post, so ranking
thousands of matches from the text itself took seconds at 100,000 posts. Instead each post
keeps its document in `blog_post.search_document`, a PostgreSQL-only column that the ORM
does not know about: a trigger (migration 0002) fills it whenever the title or body
changes, and a GIN index over it finds matches. Other databases have no such column and
search by word matching (see PostQuerySet.search).
"""

from __future__ import annotations

from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db.models import Expression

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
