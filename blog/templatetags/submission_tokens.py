"""`{% submission_token form %}`: the value for a form's hidden submission token."""

from __future__ import annotations

import uuid

from django import template
from django.forms import BaseForm

from blog.idempotency import new_token

register = template.Library()


@register.simple_tag
def submission_token(form: BaseForm | None = None) -> str:
    """The token the form was sent with when it is shown again, else a new one.

    A page that holds several forms (a reply form under every comment) gets a different
    token in each, so sending one never makes another look like a copy.
    """
    if form is not None and form.is_bound:
        try:
            return str(uuid.UUID(str(form.data.get("submission_token", ""))))
        except ValueError:
            pass
    return str(new_token())
