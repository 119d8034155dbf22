"""A submission that fails part-way leaves nothing behind, and its error page still renders."""

import pytest

from blog.models import Tag

pytestmark = pytest.mark.urls("tests.security.half_done_urls")


def test_a_post_that_writes_then_fails_with_a_404_leaves_nothing_and_shows_the_404_page(
    client_for, practitioner
):
    client = client_for(practitioner)
    client.raise_request_exception = False

    response = client.post("/write-then-404/")

    assert response.status_code == 404
    assert b"not found;" in response.content
    assert not Tag.objects.filter(slug="half-written").exists()


def test_a_post_that_succeeds_keeps_what_it_wrote(client_for, practitioner):
    assert client_for(practitioner).post("/write-then-ok/").status_code == 200
    assert Tag.objects.filter(slug="fully-written").exists()
