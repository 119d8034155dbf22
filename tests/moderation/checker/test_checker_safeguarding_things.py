"""Safeguarding risk told through things rather than feelings: a means kept ready, a place
chosen, an accident welcomed, hidden injuries, goodbyes done, lethal-dose questions about any
medicine, a menace aimed at someone findable, a dependent adult left without care.

Wordings here are our own, not the blind sets'; each group has near misses that publish."""

from __future__ import annotations

import pytest
from checker_scoring import comment


@pytest.mark.parametrize(
    "body",
    [
        # a means kept ready
        "The cord's been in the garage since the summer. Some nights I stand "
        "there wondering which beam.",
        "Moved all my sertraline to the drawer by my bed and worked out how "
        "many of them it would take.",
        # a place chosen or pulling
        "Every morning on the bus over the viaduct I catch myself wondering "
        "which bridge would be high enough.",
        "The river keeps calling and I went and stood by it again on Sunday night.",
        # an accident welcomed, a night not woken from
        "If a bus hit me on the way to work tomorrow I'd honestly be relieved.",
        "Wouldn't be the worst thing if I just didn't wake up. Been doubling "
        "the zopiclone to help it along with.",
        # hidden injuries
        "The sink turned red again this morning. Plasters in my bag and long "
        "sleeves till it heals.",
        # goodbyes done
        "Took the dog to my brother's for good and cancelled the papers. Won't "
        "have to worry about any of it soon.",
        # lethal-dose questions about any medicine
        "Which of the allergy tablets do the most damage if you take a lot? Asking for a quiz.",
        "How many of these propranolol would it take, roughly, before the "
        "hospital can't reverse it?",
        # menace aimed at someone findable
        "I know what time the housing officer who evicted us leaves the "
        "office. He'll find out what it feels like to lose a home.",
        # a dependent adult left without care
        "The carers haven't come in to my nan for four days. She's in the same "
        "nightie and sheets since Tuesday.",
        "My uncle can't get out of bed on his own and there's nothing in his "
        "fridge but milk. The agency keep promising.",
    ],
)
def test_it_holds_risk_told_through_things(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", body
    assert verdict.concerns[0] == "safeguarding", body


@pytest.mark.parametrize(
    "body",
    [
        "Could kill for a coffee after that handover, honestly.",
        "We walked past the woods on the way to the pub quiz and tried to work "
        "out which tree the owls nest in.",
        "Our ward's ligature audit found three points in the en-suites; "
        "estates fixed them within the week.",
        "Training today on how to ask about means: a rope in the car or "
        "tablets saved up matter more than the words.",
        "Ten years ago I hoarded tablets and planned the bridge. Today I run "
        "the peer group and I'm well.",
        "How many of these antibiotics would it take to clear a chest infection, one or two a day?",
        "Which painkillers do the most damage to the stomach long-term? "
        "Writing a leaflet for our clinic.",
        "I know where the new social worker parks because she's next to me "
        "every morning. Lovely woman.",
        "She'll find out what it feels like to be a manager soon enough, bless her.",
        "Dad's carers came twice today and he had a full dinner; the new "
        "agency is a big improvement.",
        "The heating went off in the office again, we all worked in our coats.",
        "If I didn't wake up to an alarm I'd sleep till noon on my days off.",
    ],
)
def test_it_publishes_talk_about_means_places_and_care(body: str) -> None:
    verdict = comment(body)
    assert "safeguarding" not in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        # numbered list items are one sentence each, so signs on neighbouring items add up
        "Sunday jobs:\n1. returned the library books\n2. left my guitar with Sam, won't need it\n"
        "3. recorded the goodbye video for my brother",
        # abuse disclosed, however long ago
        "Two years back a porter on the unit would come into my bay at night and grope me. "
        "He told me nobody would believe a patient.",
        # someone else's intent, quoted
        "The man we sent home yesterday, who told me at the door he'd 'finish it for good' "
        "once his daughter's wedding is over.",
    ],
)
def test_it_holds_risk_across_list_items_disclosures_and_quoted_intent(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", body
    assert verdict.concerns[0] == "safeguarding", body


@pytest.mark.parametrize(
    "body",
    [
        "Eleven years ago this week I tried to end my life. Today I ran my first 10k.",
        "Shopping list:\n1. bin bags\n2. milk, won't need bread\n3. birthday card for Mum",
        "My gran touched me with how proud she was at graduation.",
        "Who told me the audit would finish the job of killing the project? Ha.",
    ],
)
def test_it_publishes_anniversaries_lists_and_fond_touches(body: str) -> None:
    verdict = comment(body)
    assert "safeguarding" not in verdict.concerns, (body, verdict.findings)
