"""Identification without a full name: a diagnosis said of a first name, a role only one
person holds in a small place, a case reference with a child's age and a named street, and
the writer at work describing someone (not themself). Wordings are our own."""

from __future__ import annotations

import pytest

from moderation.checker import check


def post(body: str):
    return check(kind="post", fields={"title": "From the week", "body": body})


@pytest.mark.parametrize(
    "body",
    [
        # a diagnosis said of a first name
        "A big thank you to Deborah, who has bipolar disorder and still turned up to every "
        "single session of the walking group this winter.",
        "Callum, diagnosed with schizophrenia in his first year at uni, now runs our quiz.",
        # a role one person holds in a small place, with a diagnosis
        "Our hamlet's only retired vicar has just been told he has Parkinson's disease, so we "
        "are organising lifts to church.",
        # a case reference with a child's age and a named street
        "Any news on crime ref NW/5517/19? Boy, 9, taken into care after the flood on Tanner "
        "Lane last winter.",
        # the writer at work, describing someone else
        "Last night I was clerking a 71-year-old retired postmaster from Ashwell with "
        "vascular dementia. He told me about the war the whole time.",
    ],
)
def test_it_holds_a_person_pointed_at_without_a_full_name(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "identifiable-information" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        # a talk about a diagnosis, not a diagnosis of the speaker
        "Thanks to Deborah for her brilliant session on bipolar disorder and sleep.",
        # a colleague in her role, open about her own diagnosis
        "Congratulations to Priya, our ward manager, who has ADHD and talks about it at "
        "every induction.",
        # a colleague named by where they work, open about their own diagnosis
        "A big shout out to Jamie, who has autism and works on our reception, for the cakes.",
        # public figures telling their own story in their public role
        "Stephen Fry, who has bipolar disorder, gave a brilliant talk at the conference.",
        "I loved Matt Haig's book; Matt, who has depression himself, writes so honestly.",
        # a diagnosis denied
        "Callum doesn't have schizophrenia, whatever the old notes say about him.",
        # a unique role with no diagnosis
        "The only vicar in our village retired last year and the whole place turned out.",
        # the writer's own unique role and diagnosis
        "I'm the only pharmacist in our town with ADHD, as far as I know, and I love the job.",
        # the writer describing themself
        "I was a 34-year-old teacher from Ashwell with depression when I was first admitted, "
        "and I want to tell you what helped.",
        # the writer on the receiving end of care
        "When I was admitted as a 19-year-old student from Hull with psychosis, the nurses "
        "were kind and they listened to me.",
        # the only one of a role on a shift is not a small place
        "I was the only nurse on shift with three patients in psychosis, and they were all "
        "unsettled by the fire alarm.",
        # a reader addressed by name, with a diagnosis in the advice
        "Tom, with depression you have to pace yourself, honestly.",
        # a named street and an event, but nobody described
        "The flood on Tanner Lane last winter closed the clinic for a week.",
    ],
)
def test_it_publishes_talk_denial_and_the_writers_own_story(body: str) -> None:
    verdict = post(body)
    assert "identifiable-information" not in verdict.concerns, (body, verdict.findings)
