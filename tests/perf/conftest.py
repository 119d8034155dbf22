"""The page cache is on in these tests, as in production (where REDIS_URL turns it on)."""

import pytest


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
