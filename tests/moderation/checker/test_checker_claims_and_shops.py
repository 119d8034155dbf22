"""Mechanisms found reading blind sets 14, 17, 21 and 24, probed in our own words: a
testimonial claim is spam only beside something sold, two dodgy domains are a scheme, a
free first session under any name is promotion. Each family has near misses that must
publish."""

from __future__ import annotations

import pytest
from checker_scoring import comment, post

# -- spam: a testimonial claim beside a shop, dodgy domains counted ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "After just two weeks, my anxiety was completely gone. Grab a bottle at "
        "www.calmroot-drops.store and use code CALM30 at checkout.",
        "This tincture has healed over 4,000 sufferers of OCD. Order via "
        "https://peacetonic.shop today, 40% off this week.",
        "What big pharma doesn't want you to know: one capsule a day. www.brainfix.club "
        "with code BRAIN10.",
        "Claim your £2,400 energy rebate at http://rebate-check.top and "
        "http://uk-refunds-now.xyz before the deadline.",
    ],
)
def test_it_returns_a_claim_sold_from_a_dodgy_shop(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert verdict.concerns == ["spam"], (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Within six weeks my panic attacks were gone, and it was CBT that did it, nothing "
        "else. I know that's not everyone's story.",
        "Our service has helped thousands of people back into work over the years.",
        "My GP didn't want me to know how long the waiting list was, I think, to spare me.",
        "Doctors don't want you to know your results until they've checked them, which is fair.",
    ],
)
def test_a_recovery_story_with_nothing_sold_publishes(body: str) -> None:
    verdict = comment(body)
    assert "spam" not in verdict.concerns, (body, verdict.findings)
    assert verdict.decision == "publish", (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Lovely post. I'm a CBT coach and offer a free 15-minute intro call at "
        "www.steadymind-coaching.co.uk, and 10% off your first month.",
        "Really resonated. I run a small practice, book a free clarity session at "
        "www.brightpath.co.uk and quote NURSES for 20% off.",
    ],
)
def test_it_holds_a_free_first_session_under_any_name(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert verdict.concerns == ["spam"], (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The Samaritans offer a free call any time, day or night, on 116 123.",
        "My GP did a free assessment for the memory clinic and it took ten minutes.",
    ],
)
def test_a_free_service_mentioned_in_passing_publishes(body: str) -> None:
    verdict = comment(body)
    assert "spam" not in verdict.concerns, (body, verdict.findings)


# -- attacks: a slur at the member answered, mockery, epithets; group slurs are not attacks --


@pytest.mark.parametrize(
    "body",
    [
        "@CarerKev honestly a retard like you shouldn't be giving anyone advice.",
        "@JoPeer of course a tranny would say that about the ward rules.",
        "@mo_ot what would a faggot know about dads' groups anyway.",
    ],
)
def test_it_returns_a_slur_aimed_at_the_member_answered_as_an_attack_too(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert set(verdict.concerns) == {"offensive-content", "personal-attack"}, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "Every porter on nights is a pikey, apparently, according to my charming uncle.",
        "Half the estate is pikeys, my dad says, and he wonders why I never visit.",
    ],
)
def test_a_slur_about_a_counted_group_is_offensive_not_an_attack(body: str) -> None:
    verdict = comment(body)
    assert "personal-attack" not in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "@gem_rn arguing with you is like arguing with a lamp post.",
        "@Pauly do you want me to spell it out for you, or shall I use smaller words?",
        "Dave, mate. Nobody asked for your opinion on our rota.",
        "He's gone now, thank god, the smug little weasel never once backed his staff.",
        "Shame about the new matron, the spineless rat signed off every cut.",
    ],
)
def test_it_holds_mockery_and_epithets_aimed_at_a_person(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "personal-attack" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Talking to you is like talking to an old friend, thank you for this.",
        "It's awful that nobody asked how your shift went after that incident.",
        "The trust paid a settlement and made the whole complaint go away.",
        "I waited for the ringing in my ears to go away before the next round.",
        "We named the ward cat the arrogant pig because he steals toast.",
        "My brother told the stupid joke about the vicar again at Christmas.",
    ],
)
def test_kind_likenesses_sympathy_and_things_going_away_publish(body: str) -> None:
    verdict = comment(body)
    assert "personal-attack" not in verdict.concerns, (body, verdict.findings)


# -- boundaries: the writer's home, time off together, the work named then the person ------


@pytest.mark.parametrize(
    "body",
    [
        "One of the lads I key-worked at the hostel rang, his landlord's kicked him out, so "
        "he's kipping on my sofa till he finds somewhere. My team lead doesn't need to know.",
        "I'm a CPN. A woman I care-coordinate has just had her baby and I'm popping round "
        "on my day off with a cake. She's like a sister to me now.",
        "I finished seeing a client last spring. She invited me to her wedding and I went, "
        "and we've been texting most weeks since.",
        "I'm an OT. One of the men on my caseload boxes, and I've started going to see his "
        "fights. Last week he bought me a drink and introduced me as his mate.",
        "To all the families I supported at the children's centre, I'm Kel Marsh on "
        "Facebook, add me!",
    ],
)
def test_it_holds_a_personal_life_shared_with_someone_cared_for(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "professional-boundaries" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Our young people deserve better than a six-month wait. I went for a coffee with my "
        "manager to talk it through and we've agreed to raise it at the board.",
        "My sister is staying in my spare room while her flat is fixed, so the blog is late.",
        "I finished working with a client today who taught me more than any course. I "
        "wrote up my reflections for supervision and closed the case.",
        "One of the men I supported for years has got his own flat, and the team sent a "
        "card. I'm so pleased for him.",
        "My best friend bought me a pint after my last night shift on the unit.",
    ],
)
def test_the_work_and_a_private_life_kept_apart_publish(body: str) -> None:
    verdict = post(body)
    assert "professional-boundaries" not in verdict.concerns, (body, verdict.findings)
    assert verdict.decision == "publish", (body, verdict.findings)


# -- clinical advice: an order after a condition, doses given, tablets counted by strength -


@pytest.mark.parametrize(
    "body",
    [
        "@tam_rmn if your partner still isn't settling by ten, give her 2mg of your "
        "lorazepam and let her sleep it off.",
        "When the flashbacks won't stop just halve it to 1mg for a week, I did.",
        "@Kez if she doesn't settle after a fortnight on the sertraline, triple it to 75.",
        "Honestly start your lad on some melatonin this weekend, no need for the clinic.",
        "Sounds like the propranolol is too weak for you. Have three of the 10s tonight "
        "instead of two.",
        "@ruth_h your boy has full-blown OCD. Nag the paediatrician for sertraline.",
    ],
)
def test_it_holds_orders_after_a_condition_and_doses_given(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "clinical-advice" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "If it doesn't work after a week they usually put it up to 6mg, that's what the "
        "leaflet says.",
        "When I couldn't sleep my GP started me on melatonin, which helped a bit.",
        "If the nightmares keep coming, please don't change the dose yourself, ring the GP.",
        "My consultant gave me 3mg at first and then we went from there.",
        "If you can't sleep, try a warm bath and no screens for an hour.",
    ],
)
def test_own_treatment_information_and_refusals_publish(body: str) -> None:
    verdict = comment(body)
    assert "clinical-advice" not in verdict.concerns, (body, verdict.findings)


# -- personal details: whereabouts invited, told by "half six", pointed out at work --------


@pytest.mark.parametrize(
    "body",
    [
        "Anybody who wants a natter, I'm on the bench at Greenbank Rec most days at 2pm "
        "with a flask.",
        "If anyone's nearby, I swim at Moorside Baths every Tuesday at half seven, lane two.",
        "@dan_peer wasn't that you behind the bar at the Red Lion on Fridays? Small world!",
        "@kezcarer spotted you at the Thursday 10am carers' group at Oakfield again, you're "
        "always by the window!",
    ],
)
def test_it_holds_a_member_found_by_place_and_time(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "personal-details" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The carers' group meets at Oakfield every Thursday at 10am, all welcome.",
        "I used to watch him leave the depot at half five every night, regular as a clock.",
        "If anyone's nearby, the library on Station Road has free wifi and a quiet room.",
        "@dan_peer you on the bar at Christmas was the best bit of the staff party.",
    ],
)
def test_events_someone_elses_routine_and_no_place_and_time_publish(body: str) -> None:
    verdict = comment(body)
    assert "personal-details" not in verdict.concerns, (body, verdict.findings)


# -- whose an address or number is: a person in its own sentence, "their" for a service ----


@pytest.mark.parametrize(
    "body",
    [
        "I've moved to the crisis team this year. The lady I visited longest, Mrs Ogunleye "
        "at 7 Tanner Row, Hebden Bridge HX7 8AB, still sends me a card with her lithium "
        "levels scribbled on it.",
        "Our team covers the whole valley. One gent I see weekly, Alun Jenkins of Ty Mawr "
        "Farm, Cwmdu NP8 1RU, has had bipolar disorder since the seventies.",
    ],
)
def test_it_returns_a_persons_address_though_a_team_is_named_nearby(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert "identifiable-information" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Ring the carers' centre at Thornbury if you need a break. Their number is "
        "01632 960 123 and they sorted respite for Dad in a week.",
        "The community team moved last month. Their new base is 14 Mill Street, Ashford "
        "TN24 8AB, next to the library.",
    ],
)
def test_a_services_number_or_base_told_with_their_publishes(body: str) -> None:
    verdict = comment(body)
    assert "identifiable-information" not in verdict.concerns, (body, verdict.findings)
    assert verdict.decision == "publish", (body, verdict.findings)


# -- confidentiality: told anyway, an aside before the verb, "in confidence", outcomes -----


@pytest.mark.parametrize(
    "body",
    [
        "The outcome is supposedly confidential but I'm going to tell you anyway: the "
        "deputy manager on Larch, Sean Doyle, falsified the fridge temperatures.",
        "Here's what the draft review, which managers were told not to circulate, really "
        "says about the crisis line.",
        "Shouldn't post this (it was sent round marked 'managers in confidence') but the "
        "day hospital shuts in June.",
        "Our complaint about the night sister, Paula Greene, has been partly upheld.",
        "Dr Hayes is at home on full pay pending the trust's investigation into the "
        "restraint on Ash ward.",
    ],
)
def test_it_holds_confidential_material_and_staff_processes_told_anyway(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "confidential-information" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The findings are confidential, so I can't say any more until the family has seen them.",
        "My own complaint to the surgery was upheld, and they apologised for the delay.",
        "Staff were told not to share patient photos on WhatsApp, which is just good practice.",
        "Dr Hayes gave a brilliant talk at the conference on restraint reduction.",
    ],
)
def test_talk_about_confidentiality_and_own_outcomes_publish(body: str) -> None:
    verdict = comment(body)
    assert "confidential-information" not in verdict.concerns, (body, verdict.findings)


def test_a_name_after_a_role_and_its_ward_is_staff_publish() -> None:
    body = "The charge nurse at Larch, Tom Bright, ran the best debrief I've had after a restraint."
    verdict = comment(body)
    assert "identifiable-information" not in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "The manager, Kath, never once returned my calls. Useless, spineless coward.",
        "That GP refused the referral again. Arrogant little prick who thinks he knows best.",
    ],
)
def test_it_holds_a_sentence_that_is_only_an_insult(body: str) -> None:
    verdict = comment(body)
    assert "personal-attack" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Useless, vile weather all week. The garden is a swamp.",
        "Stupid idea of mine to drive in the snow.",
    ],
)
def test_insulting_words_on_things_publish(body: str) -> None:
    verdict = comment(body)
    assert "personal-attack" not in verdict.concerns, (body, verdict.findings)


# -- offensive content: rights denied to a group, a demeaning noun pinned on its share, ----
# -- wanting more than the job from someone -----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Honestly, people on benefits shouldn't be allowed to have children.",
        "The immigrants round here, most of whom never worked, should not breed.",
        "Half the regulars at the drop-in are there for free toast. Freeloaders, the lot of them.",
        "The new HCA on nights is gorgeous, I'd let her give me a lot more than my depot "
        "if you know what I mean.",
    ],
)
def test_it_holds_demeaning_generalisations_and_innuendo(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "offensive-content" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "People with epilepsy shouldn't drive until they have been seizure-free for a year.",
        "Parents who've had children removed shouldn't be written off as parents.",
        "Volunteers, most of them retired nurses, run the Tuesday drop-in.",
        "I'd let him do more than the washing up if he offered, my son is a great cook.",
    ],
)
def test_rules_descriptions_and_chores_publish(body: str) -> None:
    verdict = comment(body)
    assert "offensive-content" not in verdict.concerns, (body, verdict.findings)


# -- identifiable information: "made up" meaning delighted, a name by its age, a case ----
# -- that stayed with the writer, the person seen at an address ---------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Dead made up for our walking group! In the photo that's Maureen and Des from the "
        "Thursday recovery group, and Stan, who came to us straight from Ward 2 in March.",
        "Lovely news: Tiegan-Rose, the 7 year old on Robin ward who came in with a severe "
        "anorexia relapse on Monday, went home today.",
        "The patient who has haunted me most was a 15-year-old girl from Upper Slaughter "
        "with psychosis whose mum runs the village shop.",
    ],
)
def test_it_holds_a_person_pointed_at_by_a_name_or_a_description(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "identifiable-information" in verdict.concerns, (body, verdict.findings)


def test_it_returns_the_address_of_someone_the_writer_goes_to_see() -> None:
    body = (
        "On Mondays I go and see Harold at 3 Bramble Way, Oxley OX4 9QT. He has had "
        "bipolar disorder for forty years and still does the crossword in pen."
    )
    verdict = post(body)
    assert verdict.decision == "return", verdict.findings
    assert "identifiable-information" in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "The team is made up of four nurses, an OT and a psychologist, and we cover the "
        "whole of Oxley.",
        "Made up names throughout: Maureen isn't real, and her ward is a composite too.",
        "Jaxon, the 7 year old Labrador next door, barks at the postman every morning.",
    ],
)
def test_teams_composites_and_dogs_publish(body: str) -> None:
    verdict = post(body)
    assert "identifiable-information" not in verdict.concerns, (body, verdict.findings)


# -- a second round of probes, written before scoring: the misses it found ----------------


def test_it_returns_a_past_tense_cure_sold_from_a_dodgy_shop() -> None:
    body = (
        "Stopped my panic attacks in 10 days flat!! CalmWave drops, 50% off with code "
        "PANIC50 at www.calmwave.shop"
    )
    verdict = comment(body)
    assert verdict.decision == "return", verdict.findings


def test_a_past_tense_recovery_with_nothing_sold_publishes() -> None:
    verdict = comment("The group stopped my panic attacks in ten weeks, I'll always be grateful.")
    assert verdict.decision == "publish", verdict.findings


def test_it_holds_an_epithet_in_apposition() -> None:
    verdict = comment("The consultant on Birch, the pompous old toad, never once asked the family.")
    assert "personal-attack" in verdict.concerns, verdict.findings


def test_a_charity_branch_number_given_with_their_publishes() -> None:
    body = (
        "Contact the Samaritans branch in Leeds. Their number is 0113 245 6789 and they're lovely."
    )
    verdict = comment(body)
    assert verdict.decision == "publish", verdict.findings


def test_it_holds_an_entitlement_denied_to_a_whole_group() -> None:
    body = "Travellers shouldn't be allowed to have council houses, they wreck everything."
    verdict = comment(body)
    assert "offensive-content" in verdict.concerns, verdict.findings


def test_a_fitness_rule_about_a_group_publishes() -> None:
    body = "People with epilepsy shouldn't be allowed to drive until they've been fit-free a year."
    verdict = comment(body)
    assert "offensive-content" not in verdict.concerns, verdict.findings


# -- a third round of probes (20/25 untouched): the misses it found ------------------------


def test_it_returns_a_condition_cleared_against_the_clock_beside_a_shop() -> None:
    body = (
        "My brother's psoriasis AND depression cleared within 14 days on this tea. Grab it at "
        "https://herbalbliss.store, code FAMILY15."
    )
    assert comment(body).decision == "return"


def test_it_holds_the_writers_own_free_session_with_a_link() -> None:
    body = "I offer a free 20-min intro session at www.gentlemind.co.uk for anyone struggling."
    verdict = comment(body)
    assert verdict.decision == "hold", verdict.findings
    assert verdict.concerns == ["spam"], verdict.findings


def test_a_free_group_run_by_the_writer_with_no_link_publishes() -> None:
    verdict = comment("We run a free online course for carers every spring, ask your CMHT.")
    assert "spam" not in verdict.concerns, verdict.findings


def test_it_returns_an_everyday_slur_said_like_you_as_an_attack() -> None:
    verdict = comment("@SallyOT nobody wants a poof like you running the men's shed.")
    assert verdict.decision == "return", verdict.findings
    assert "personal-attack" in verdict.concerns, verdict.findings


def test_it_holds_someone_cared_for_moving_in_with_the_writer() -> None:
    body = (
        "I'm a nurse on a rehab unit. A woman I nursed last year is moving in with me next "
        "month while she finds her feet. My manager doesn't know."
    )
    assert "professional-boundaries" in post(body).concerns


def test_it_holds_a_service_change_told_while_saying_it_may_not_be() -> None:
    body = (
        "Technically not allowed to share this, but the restructure paper says two wards "
        "are merging."
    )
    assert "confidential-information" in comment(body).concerns


def test_the_truth_said_beside_a_restructure_publishes_without_a_confidential_finding() -> None:
    body = (
        "They think I'm leaving because of the restructure. The truth is I just wanted to "
        "be nearer my mum."
    )
    assert "confidential-information" not in post(body).concerns


# -- a fourth round of probes (17/20 untouched): the misses it found -----------------------


def test_it_holds_an_epithet_followed_by_an_adverb_and_a_verb() -> None:
    verdict = comment("Our old matron, the spiteful old cow, finally retired. Good riddance.")
    assert "personal-attack" in verdict.concerns, verdict.findings


def test_a_kind_epithet_before_a_verb_publishes() -> None:
    verdict = comment("Our old matron, the dear old soul, finally retired after forty years.")
    assert verdict.decision == "publish", verdict.findings


def test_it_holds_a_dose_of_the_readers_own_medicine_at_the_end_of_a_sentence() -> None:
    body = "@kayleigh_m when the voices get loud at night, take an extra 5mg of your olanzapine."
    assert "clinical-advice" in comment(body).concerns


def test_the_writers_own_extra_dose_publishes() -> None:
    body = "When the voices got loud I took an extra 5mg of my olanzapine, agreed with my team."
    assert "clinical-advice" not in comment(body).concerns


def test_it_holds_a_trade_a_small_place_and_a_diagnosis() -> None:
    body = (
        "The case that's stuck with me most was a 70-year-old fisherman from Mousehole with "
        "psychosis."
    )
    assert "identifiable-information" in post(body).concerns


def test_a_trade_and_a_place_with_nothing_clinical_publishes() -> None:
    body = "My grandad was a 70-year-old fisherman from Mousehole who still went out daily."
    assert post(body).decision == "publish"
