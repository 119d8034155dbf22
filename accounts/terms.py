"""Where the house rules and terms of use live, for links from sign-up and the accept page.

The house rules are served by the guidance app when it is installed with a `house_rules` page;
otherwise the summary on our own terms page stands in. Looked up at request time so accounts
works whichever of the two exists.
"""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse


def house_rules_url() -> str:
    """The house rules: the guidance page if there is one, else our terms page's summary."""
    try:
        return reverse("guidance:house_rules")
    except NoReverseMatch:
        return reverse("accounts:terms") + "#house-rules"


def terms_of_use_url() -> str:
    """The terms of use page."""
    return reverse("accounts:terms")
