"""False safeguarding holds from blind sets 11 to 28, fixed by the reading that failed.

Each block is one mechanism: fresh wordings of our own (not the blind sets') of the near miss
that must publish, beside the risky versions in the same words that must still hold. Judged
on the rules alone, with the learned second reader stood down (as in
test_checker_safeguarding_mechanisms.py).
"""

from __future__ import annotations

import pytest
from checker_scoring import held_by_rules, not_safeguarding

# -- a death that is someone else's: lost to it, an event, a relative's, a thing's -------------

OTHERS_DEATH = [
    "Our unit lost a young woman we'd nursed for two years to suicide last spring, and the "
    "team still talks about her every week.",
    "How do you explain to a six-year-old that her uncle died by suicide? I'm not sure what "
    "words to use.",
    "My mum dying last year knocked me sideways, but the bereavement group is helping and "
    "I've started sleeping again.",
    "The peace lilies on my windowsill that are slowly dying are the only thing I've managed "
    "to neglect this month, I'm doing okay otherwise.",
    "After the death of a resident on our ward, I took the pills trolley round with shaking "
    "hands. We had a debrief and I'm fine now.",
]

OWN_DEATH = [
    "I keep thinking about my own death, I've got the tablets saved up in a drawer.",
    "Lost the will to carry on. I want to be dead and I've got the pills.",
    "My dad dying made me realise I want to die too, I've been saving my tablets.",
]


@pytest.mark.parametrize("body", OTHERS_DEATH)
def test_someone_elses_death_near_a_means_publishes(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", OWN_DEATH)
def test_the_writers_own_death_with_a_means_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- time counted since the act: the recent word dates the milestone --------------------------

MILESTONES = [
    "It's eight months since I last burned myself, and I'm marking it today with a swim.",
    "This time three years ago I'd cancelled everything and written the notes. Today I'm on a "
    "narrowboat with my sister.",
    "Yesterday made two years since I last cut, and I celebrated with cake.",
    "Fourteen months clean from self-harm on Saturday and I'm having a party.",
    "this time last yr i was burning myself most nights. now i'm coaching under 9s football",
]

RUN_BROKEN = [
    "Two months clean and I cut myself again last night, deeper than before.",
    "Two years since I last cut and tonight I burned myself with a lighter.",
    "Six months free from self-harm until today. I relapsed this morning and can't stop the "
    "bleeding.",
    "It's been three days since I last cut and I want to do it again tonight.",
]


@pytest.mark.parametrize("body", MILESTONES)
def test_a_milestone_of_time_since_the_act_publishes(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", RUN_BROKEN)
def test_a_run_broken_or_a_new_act_after_the_milestone_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- a parting explained, and a list of quoted phrases -----------------------------------------

PARTING_EXPLAINED = [
    "Told the GP I won't be around for the review in March - I'm moving back up to Glasgow "
    "and she's sending the notes over.",
    'We covered the quieter phrases in training: "I\'ve sorted it all", "you won\'t have to '
    'worry about me soon", "I\'m tired of being a burden".',
]

PARTING_UNEXPLAINED = [
    "I won't be here by March, I've sorted the will and the tablets are ready.",
    'She texted me "you won\'t have to worry about me soon, love you all" and now her '
    "phone's off.",
]


@pytest.mark.parametrize("body", PARTING_EXPLAINED)
def test_a_parting_explained_or_quoted_as_one_of_a_list_publishes(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", PARTING_UNEXPLAINED)
def test_a_parting_unexplained_or_one_persons_quoted_goodbye_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- the safety net's own subject: a later subject, a relative with the medicine, harm to him --

SUBJECT_TAKES_OVER = [
    "When my son told me he'd burned himself, I got the first aid kit and we phoned 111 "
    "together. That was three summers ago and he's thriving.",
    "My wife sorts my pills into the weekly box because the doses changed, the pharmacist "
    "suggested it.",
    "I was terrified they'd think I'd hurt him when he came home with a black eye from rugby.",
]

SUBJECT_STILL_AT_RISK = [
    "My girlfriend told me she'd cut herself again last night and she won't let me see.",
    "I'm scared I'll hurt him, I keep picturing it when he cries at night.",
    "My wife hides my pills and says I'll die if I leave her.",
]


@pytest.mark.parametrize("body", SUBJECT_TAKES_OVER)
def test_harm_that_is_someone_elses_in_the_same_words_publishes(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", SUBJECT_STILL_AT_RISK)
def test_harm_told_as_just_happened_or_feared_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- a place as an outing: company, a photograph, the way home ---------------------------------

OUTINGS = [
    "Up to the top deck of the multi-storey at six tomorrow with the birdwatching society, "
    "the peregrines nest on the lift shaft.",
    "Walked over the railway bridge this morning for the first time since the crash. Stood a "
    "minute, then walked back home and had porridge.",
    "Going to stand on the viaduct on Sunday for photos of the steam special, anyone coming?",
]

PLACES_ALONE = [
    "Going up to the top floor of the multi-storey tonight on my own. Nobody needs to know.",
    "Drove to the viaduct again and sat there for hours in the dark. I don't want to go home.",
    "I'm going to drive to the coast tonight and watch the sunrise over the sea, then I'll "
    "work out the rest, I've stopped the lithium and nobody knows.",
]


@pytest.mark.parametrize("body", OUTINGS)
def test_a_place_visited_in_company_for_a_photo_or_on_the_way_home_publishes(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", PLACES_ALONE)
def test_a_place_visited_alone_without_a_way_home_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- an injury against a thing is an accident; with a thing, on the body or somewhere, not ------

ACCIDENTS = [
    "Burnt myself on the grill pan making tea for the kids, it's blistered but fine.",
    "Cut my thumb on a tin of beans last night, plaster on, carrying on.",
]

INJURIES_DONE = [
    "Burnt myself with a lighter last night, three times on the same spot.",
    "Cut myself on the arm again tonight, it won't stop bleeding.",
    "I burned myself on purpose last night.",
    "Cut my wrists on the bathroom floor last night.",
    "Cut myself on the broken mirror glass deliberately last night, it's deep.",
]


@pytest.mark.parametrize("body", ACCIDENTS)
def test_an_injury_against_a_thing_publishes(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", INJURIES_DONE)
def test_an_injury_with_a_thing_on_the_body_or_in_a_place_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- the body giving way while restricting (a family the accident reading exposed) ------------

FAINTS_EVERYDAY = [
    "Fainted at my blood test this morning, the nurse gave me a biscuit and I was fine.",
    "Passed out at the gig last night from the heat, the first aiders were lovely.",
]

FAINTS_RESTRICTING = [
    "Haven't eaten properly in a week, just black coffee. Blacked out on the bus this morning "
    "and I'm not telling the ED team.",
    "Fainted twice at work today. The eating disorder service can't make me go back.",
]


@pytest.mark.parametrize("body", FAINTS_EVERYDAY)
def test_a_faint_with_an_everyday_cause_publishes(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", FAINTS_RESTRICTING)
def test_a_faint_while_restricting_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- exasperation: one more of an annoyance; a lie-in that runs on to a time -------------------

EXASPERATION = [
    "if i get one more email about the car park i'm going to kill myself lol",
    "If the printer jams one more time today I swear I'll throw it off the roof.",
    "Honestly if my brother borrows my hoodie one more time without asking I'll kill him.",
    "After four earlies in a row I want to go to sleep and never wake up till Saturday lunchtime.",
    "Night shift done. Do not want to wake up before teatime, blinds down, phone off.",
]

EXASPERATION_RISKY = [
    "If he hits her one more time I'll kill him, I've got the bat by the door.",
    "If I have to live through one more day like this I'll kill myself.",
    "If I wake up one more morning in this house I'm going to end it.",
    "I want to go to sleep and never wake up. I'm so tired of all of it.",
    "I just don't want to wake up tomorrow. Everyone would be fine.",
    "If I have to go to one more appointment where nobody listens, I'm going to end it, I've "
    "got the pills ready.",
]


@pytest.mark.parametrize("body", EXASPERATION)
def test_one_more_annoyance_or_a_lie_in_till_a_time_publishes(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", EXASPERATION_RISKY)
def test_one_more_harm_or_day_of_life_or_waking_unbounded_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- someone else's question to the writer; an anniversary dated tonight -----------------------

QUESTIONS_AND_ANNIVERSARIES = [
    "The assessor asked whether I had ever tried to kill myself. I said yes, once, in 2015, "
    "and that I've been well since.",
    'A year ago tonight my son rang me to say goodbye, "I\'m sorry for everything". Tonight '
    "he's cooking me dinner.",
]

QUESTIONS_ANSWERED_WITH_A_HIDDEN_YES = [
    "The duty nurse asked if I'd thought about killing myself. I told her no but I've thought "
    "of nothing else all week.",
    "My therapist asked if I'm safe and I said no, I'm going to kill myself this weekend.",
]


@pytest.mark.parametrize("body", QUESTIONS_AND_ANNIVERSARIES)
def test_a_question_put_to_the_writer_or_a_dated_anniversary_publishes(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", QUESTIONS_ANSWERED_WITH_A_HIDDEN_YES)
def test_a_question_answered_with_a_hidden_yes_or_a_plan_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- a text framed as teaching, saying the words of nobody in particular ----------------------

TAUGHT = [
    "Ran the safeguarding induction for new support workers today. Bruises in unusual places, "
    "a carer who answers every question, money going missing: those are the signs we covered.",
    "Notes from our suicide awareness module: people often go quiet and calm once they've "
    "decided, and giving possessions away can be a sign.",
    "Ligature checks done on every bedroom this morning, two door closers flagged to estates.",
]

TAUGHT_BUT_PARTICULAR = [
    "Did my safeguarding training today. My stepdad hits me and I have bruises all over my "
    "back from Sunday.",
    "Ran a training session today on neglect. Afterwards one of the students told me her "
    "little brother has had no food since Friday and has bruises on his face.",
    "Awareness week at college. Honestly I want to die, I have the pills in my bag.",
    "I made a ligature last night and tied it to the banister, it holds my weight.",
]


@pytest.mark.parametrize("body", TAUGHT)
def test_teaching_about_nobody_in_particular_publishes(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", TAUGHT_BUT_PARTICULAR)
def test_the_writer_or_one_person_inside_a_teaching_text_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- a plan for keeping safe, or made with the people caring for the writer --------------------

CARE_PLANS = [
    "Reviewed my tablets with the GP today and we halved the lithium. The changes are in my "
    "care plan and my sister has a copy.",
    "I've got a plan I made with my CPN for the bad nights, including staying away from the "
    "station.",
]

PLANS_OF_ONES_OWN = [
    "I've got a plan and I've saved up the tablets. The care team have no idea.",
    "Stopped all my tablets, I have a plan now and it's for Friday.",
]


@pytest.mark.parametrize("body", CARE_PLANS)
def test_a_care_or_safety_plan_publishes(body: str) -> None:
    assert not_safeguarding(body)


@pytest.mark.parametrize("body", PLANS_OF_ONES_OWN)
def test_a_plan_of_the_writers_own_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- the same readings kept narrow: risky texts that share their words --------------------------

NARROW_READINGS_RISKY = [
    # "lost ... to" is someone else's death only when the word is a death named as a noun.
    "I lost my job and my flat this month and I want to die, I've got the pills.",
    # Someone's question ends where the writer's own answer starts.
    "My mum asked if I was okay and I said I want to kill myself tonight.",
    # Being a student in training is who the writer is, not a lesson about nobody.
    "Nursing student in training here. Tablets all lined up on the desk. Tonight's the night.",
    # Telling a group is not going there with it.
    "I told my support group I'm going to the bridge tonight. Standing on the bridge now.",
]


@pytest.mark.parametrize("body", NARROW_READINGS_RISKY)
def test_risky_texts_sharing_the_near_misses_words_are_still_held(body: str) -> None:
    assert held_by_rules(body)


RISKY_BESIDE_A_COUNT_A_GROUP_OR_A_DURATION = [
    # The count of time covers only the act named right after it.
    "Six months since I last saw my kids and I want to die today.",
    # Company is no outing for a place of harm: only a group, a photograph or the way home is.
    "I'm going to drive into the river with the kids tonight.",
    # A duration is no everyday parting: "not slept for a week" beside goodbyes.
    "Haven't slept for a week. I've written my goodbye letters and given the cat to my neighbour.",
    "Haven't eaten for a few days. Did my goodbye texts last night.",
]


@pytest.mark.parametrize("body", RISKY_BESIDE_A_COUNT_A_GROUP_OR_A_DURATION)
def test_risk_beside_a_count_company_or_a_duration_is_still_held(body: str) -> None:
    assert held_by_rules(body)


MORE_RISKY_TWINS = [
    # A return said to be a lie is a cover story, not an everyday parting.
    "I won't be here tomorrow. See you tomorrow is what I told them but it isn't true.",
    # A death named with a determiner is the writer's when the writer goes on to want it.
    "A suicide is the only way out I can see now. Tonight.",
    "The death I want is quick. I've bought the rope.",
]


@pytest.mark.parametrize("body", MORE_RISKY_TWINS)
def test_a_denied_return_or_a_death_the_writer_wants_is_held(body: str) -> None:
    assert held_by_rules(body)


# -- readings the older blind sets showed too wide, and a family they relied on by accident ----

MENACE_AFTER_ONE_MORE = [
    # Exasperation is the stock figure ("I'll kill him"); a menace in other words is meant.
    "If that social worker ignores my calls one more time I swear I'll be waiting for her in "
    "the car park, and she won't be driving home.",
    # Method detail of a death told as a reflection: someone else's death, but the method
    # is the finding (it had only been held as the writer's own death word).
    "After the inquest I keep seeing it: the dressing gown cord tied to the loft hatch, and "
    "how long he must have been there.",
]

CORDS_AND_LEADS_EVERYDAY = [
    "Tied the dog's lead to the door handle while I grabbed my keys, she's a nightmare on walks.",
    "Tied the birthday balloons to the banister with ribbon cord for her party, and the cake "
    "nearly died in the heat.",
]


@pytest.mark.parametrize("body", MENACE_AFTER_ONE_MORE)
def test_a_menace_after_one_more_or_a_method_told_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", CORDS_AND_LEADS_EVERYDAY)
def test_a_cord_tied_to_a_door_in_everyday_life_publishes(body: str) -> None:
    assert not_safeguarding(body)
