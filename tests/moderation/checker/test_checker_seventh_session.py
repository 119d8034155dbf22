"""What the seventh session's reading of the sixth session's untouched sets (79-82) taught
the rules, each told both ways: method detail given with a shrug of "about", a habit gone
back to after months clean and covered up, a line that cuts off, a topic named "self-harm",
exasperation that is not a threat, a marked letter kept back or held out, a visit's
address, a scam warning, cash and engagement across a professional line, a break from a
medicine set for someone, insults said in a list, a group called a drain, and someone made
unique by a nationality. Wordings are our own."""

from __future__ import annotations

import pytest
from checker_scoring import verdict_of as rules

from moderation.checker.verdict import Verdict


def held_for(verdict: Verdict, concern: str) -> bool:
    return verdict.decision == "hold" and concern in verdict.concerns


# -- safeguarding: method detail, a broken streak, words that only look like risk -----------------


@pytest.mark.parametrize(
    "body",
    [
        "Five years ago I took roughly four packets of paracetamol I'd hidden in my room.",
        "I'd kept back a fortnight of my quetiapine and one night I took all of it with half a "
        "bottle of gin.",
    ],
)
def test_it_holds_method_detail_given_roughly_or_after_the_medicine(
    rules_only: None, body: str
) -> None:
    assert held_for(rules(body), "safeguarding")


@pytest.mark.parametrize(
    "body",
    [
        "We took about three packets of biscuits to the staff room.",
        "I took all of it with a bottle of water, the whole course of antibiotics, as told.",
    ],
)
def test_packets_of_biscuits_and_a_course_of_antibiotics_are_not_method(
    rules_only: None, body: str
) -> None:
    assert "safeguarding" not in rules(body).concerns


def test_it_holds_an_old_habit_gone_back_to_and_hidden(rules_only: None) -> None:
    verdict = rules(
        "New Year's Eve I went back to the old habit after nine months clean. Put a plaster "
        "on and wore a long sleeved top so my sister wouldn't ask."
    )
    assert held_for(verdict, "safeguarding")


def test_an_old_drinking_habit_is_not_self_harm(rules_only: None) -> None:
    verdict = rules(
        "New Year's Eve I went back to the old habit after nine months clean from drinking. "
        "Three pints and a headache. Back on it from today."
    )
    assert "safeguarding" not in verdict.concerns


def test_a_helpline_cutting_off_is_not_self_harm(rules_only: None) -> None:
    verdict = rules("I rang my benefits line four times and it kept cutting off on me. Fuming.")
    assert "safeguarding" not in verdict.concerns


def test_cutting_on_its_own_still_is(rules_only: None) -> None:
    assert held_for(rules("I've been cutting again since Sunday and I can't stop."), "safeguarding")


def test_self_harm_named_as_a_topic_is_not_an_event(rules_only: None) -> None:
    verdict = rules(
        "I'm a ward sister and I want to say something about self-harm training for new "
        "starters, because ours was one slide long."
    )
    assert "safeguarding" not in verdict.concerns


def test_a_quoted_myth_called_dangerous_is_no_attack(rules_only: None) -> None:
    verdict = rules('That is precisely why "they only do it for attention" is so harmful.')
    assert "personal-attack" not in verdict.concerns


def test_exasperation_at_a_habit_is_not_a_threat(rules_only: None) -> None:
    verdict = rules(
        "I'll kill him if he leaves the back door open one more time. Third new lock this year."
    )
    assert "safeguarding" not in verdict.concerns


def test_a_threat_with_no_habit_after_it_still_holds(rules_only: None) -> None:
    assert held_for(rules("I'll kill him if he comes near my kids."), "safeguarding")


def test_crying_for_no_reason_is_not_a_deflected_question(rules_only: None) -> None:
    verdict = rules(
        "Not in a bad place, just knackered. I cried at the bus stop for no reason at all "
        "today. Early night tonight. Tomorrow's another day."
    )
    assert "safeguarding" not in verdict.concerns


def test_keep_taking_the_tablets_is_an_idiom(rules_only: None) -> None:
    verdict = rules("Plan for the spring: keep taking the tablets, walk more, ring my brother.")
    assert "safeguarding" not in verdict.concerns


# -- confidential: a marked letter kept back, or held out to be read -------------------------------


def test_a_marked_letter_the_writer_will_not_post_publishes(rules_only: None) -> None:
    verdict = rules(
        "The report was marked 'strictly confidential' so I won't be posting it, but the "
        "short version is they've agreed to a second opinion."
    )
    assert "confidential-information" not in verdict.concerns


def test_a_marked_letter_held_out_and_read_is_held(rules_only: None) -> None:
    verdict = rules(
        "Here's the letter we had from the school nurse. It says 'PRIVATE AND CONFIDENTIAL' "
        "across the top: 'Following review, we do not feel a referral is indicated.'"
    )
    assert held_for(verdict, "confidential-information")


def test_an_email_sent_round_to_managers_and_marked_not_to_forward_is_held(
    rules_only: None,
) -> None:
    verdict = rules(
        "This went round to all the team leaders yesterday, 'please do not forward': bank "
        "shifts on Ash ward are frozen from Monday."
    )
    assert held_for(verdict, "confidential-information")


# -- identifiers: whose an address is -------------------------------------------------------------


def test_it_returns_the_address_of_a_visit(rules_only: None) -> None:
    verdict = rules(
        "I'm covering for a colleague and the home visit is at 22 Coppice Walk, Hadley HD4 "
        "7QT. Is there anywhere to park?"
    )
    assert verdict.decision == "return"
    assert verdict.concerns == ["identifiable-information"]


# -- people: public lives and unique people -------------------------------------------------------


def test_an_authors_memoir_is_her_public_life(rules_only: None) -> None:
    verdict = rules(
        "Finished Jenna Morrow's memoir about her years with bipolar disorder last night. The "
        "paperback has a new chapter on motherhood.",
        kind="post",
    )
    assert "identifiable-information" not in verdict.concerns


def test_it_holds_a_person_made_unique_by_a_nationality_and_a_job(rules_only: None) -> None:
    verdict = rules(
        "My brother is the only Lithuanian dentist in Corby and he was admitted to the unit "
        "on Monday. People keep asking the receptionist."
    )
    assert held_for(verdict, "identifiable-information")


# -- spam: a fake certificate mill, and a warning about a fake text -------------------------------


def test_it_returns_certificates_sold_with_no_study(rules_only: None) -> None:
    verdict = rules(
        "Accredited mental health diplomas, no exams required!! £19 each. www.quickdiploma-uk.com "
        "www.diploma-fast.net www.certs4u.org"
    )
    assert verdict.decision == "return"
    assert verdict.concerns == ["spam"]


def test_a_warning_about_a_fake_text_publishes(rules_only: None) -> None:
    verdict = rules(
        "Watch out, a text claiming to be from the NMC is asking people to confirm your bank "
        "details for a refund. It's not real. Don't tap the link, forward it to 7726."
    )
    assert "spam" not in verdict.concerns


# -- boundaries -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Two years ago I was her key worker. Now we're engaged and I've never been happier.",
        "I've known this family through four years of visits and they've basically adopted "
        "me. I'm godfather to the baby now and his brother is still on my caseload.",
        "A woman I've been social worker for since 2021 slipped me an envelope with £200 in it. "
        "I haven't put it on the gifts register. It's our little secret.",
    ],
)
def test_it_holds_relationships_and_gifts_across_the_line(rules_only: None, body: str) -> None:
    assert held_for(rules(body), "professional-boundaries")


@pytest.mark.parametrize(
    "body",
    [
        "My sister got engaged at the weekend and I'm going to be godmother to her first!",
        "A family I worked with sent a card with £20 for the ward tea fund. It's gone on the "
        "gifts register as it should.",
    ],
)
def test_family_news_and_a_declared_gift_are_not_boundary_breaches(
    rules_only: None, body: str
) -> None:
    assert "professional-boundaries" not in rules(body).concerns


# -- clinical advice: a break from a medicine set for someone -------------------------------------


def test_it_holds_a_medicine_break_set_for_someone(rules_only: None) -> None:
    verdict = rules(
        "@jo_on_nights just leave the sertraline off while you're away, two weeks off won't hurt."
    )
    assert held_for(verdict, "clinical-advice")


def test_the_writers_own_break_from_a_medicine_is_their_story(rules_only: None) -> None:
    verdict = rules("My GP agreed a week off my sertraline before the op. It went fine.")
    assert "clinical-advice" not in verdict.concerns


# -- conduct --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Has anyone else met Colin Parr, the new service lead? Arrogant, clueless and far too "
        "pleased with himself.",
        "Our guest speaker was Dr Hale. He is a pompous, smug little man who reads his slides.",
    ],
)
def test_it_holds_a_list_of_insults_about_a_named_person(rules_only: None, body: str) -> None:
    assert held_for(rules(body), "personal-attack")


def test_a_list_of_feelings_after_naming_someone_is_no_attack(rules_only: None) -> None:
    verdict = rules("Had supervision with Colin Parr today. Tired, hopeful and glad it's Friday.")
    assert "personal-attack" not in verdict.concerns


def test_it_holds_a_group_called_a_drain_on_police_time(rules_only: None) -> None:
    verdict = rules(
        "The usual frequent flyers in the suite again on Saturday, wasting everyone's time."
    )
    assert held_for(verdict, "offensive-content")


def test_the_writer_unique_in_their_own_town_is_their_own_story(rules_only: None) -> None:
    verdict = rules("I'm the only Lithuanian dentist in Corby and I was admitted on Monday.")
    assert "identifiable-information" not in verdict.concerns


# -- from reading sets 95-98 ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Anorexics are honestly the hardest patients going, every meal a battle.",
        "Autistic kids on the paeds ward are an absolute nightmare, no exaggeration.",
    ],
)
def test_it_holds_a_group_of_patients_called_a_nightmare(rules_only: None, body: str) -> None:
    assert held_for(rules(body), "offensive-content")


def test_an_environment_called_a_nightmare_for_a_group_is_not(rules_only: None) -> None:
    verdict = rules("Acute wards are a nightmare for autistic adults: the noise, the lights.")
    assert "offensive-content" not in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "Made a video for each birthday until she turns 21. Took all week. Glad it's done.",
        "I wanted us to have one lovely afternoon, something to remember me by.",
        "Does anyone know how to get prescriptions from two different pharmacies without it "
        "flagging on the system?",
        "Last Tuesday I waited nine hours in A&E after my overdose and saw nobody.",
    ],
)
def test_it_holds_risk_told_quietly(rules_only: None, body: str) -> None:
    assert held_for(rules(body), "safeguarding")


@pytest.mark.parametrize(
    "body",
    [
        "We made a video for each birthday of hers when she was little. Lovely to watch back.",
        "Does anyone know how to move my repeat prescription to a different pharmacy?",
    ],
)
def test_home_videos_and_moving_a_prescription_are_not_risk(rules_only: None, body: str) -> None:
    assert "safeguarding" not in rules(body).concerns


@pytest.mark.parametrize(
    "body",
    [
        "The bulletin from the chief exec says 'do not forward'. Forwarding it anyway: the "
        "Larch unit closes in March.",
        "I've been passed a copy of the staff survey free-text notes. They weren't meant to go "
        "beyond the exec team, and half of them name the same ward manager.",
        "Friend sent a screenshot from the managers' Teams chat. Direct quote from a service "
        "lead: 'nobody will notice if we don't fill the posts'.",
        "Pasting from this week's board minutes (marked 'execs only, not for circulation'): "
        "'the crisis line will move to an external provider'.",
    ],
)
def test_it_holds_internal_material_passed_on(rules_only: None, body: str) -> None:
    assert held_for(rules(body), "confidential-information")


def test_minutes_from_a_public_board_are_not_confidential(rules_only: None) -> None:
    verdict = rules(
        "Pasting from the public board minutes on the trust website: the crisis line is "
        "moving to a new provider."
    )
    assert "confidential-information" not in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "@sleepless_sal that dose of quetiapine sounds far too much for you. I'd ring the "
        "GP, and until then just cut them in half.",
        "@Pat_carer your dad's on a lot of that lorazepam if you ask me. I'd halve it.",
    ],
)
def test_it_holds_a_dose_cut_for_the_person_addressed(rules_only: None, body: str) -> None:
    assert held_for(rules(body), "clinical-advice")


def test_cutting_the_writers_own_tablets_on_advice_is_their_story(rules_only: None) -> None:
    verdict = rules("My pharmacist said I could cut the quetiapine in half, so I do.")
    assert "clinical-advice" not in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "I discharged him in March and we've been texting on and off since.",
        "One of the mums on my caseload keeps dropping round flapjacks at my house.",
        "Still see a few of the fellas I used to support at the hostel, one comes round ours "
        "for tea every Friday.",
    ],
)
def test_it_holds_personal_ties_kept_with_people_cared_for(rules_only: None, body: str) -> None:
    assert held_for(rules(body), "professional-boundaries")


def test_a_neighbour_dropping_round_is_not_a_boundary(rules_only: None) -> None:
    verdict = rules("My neighbour keeps dropping round flapjacks at my house. Not complaining.")
    assert "professional-boundaries" not in verdict.concerns


def test_a_job_title_with_a_teaching_word_still_names_a_person(rules_only: None) -> None:
    verdict = rules(
        "Our course lead, Dr Mark Penn, is a pompous, spiteful man who enjoys failing people."
    )
    assert held_for(verdict, "personal-attack")


def test_a_students_term_time_address_is_returned(rules_only: None) -> None:
    verdict = rules(
        "Worried about my tutee, could someone check on her? Her term-time address is 7 Alder "
        "Road, Hexley HX3 9RT."
    )
    assert verdict.decision == "return"
    assert verdict.concerns == ["identifiable-information"]


# -- from reading sets 103-108 (written this session as training data) ----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "01632 960288. That's Grandad's landline. Someone keeps ringing it pretending to be "
        "from the bank.",
        "We're dropping the flowers round to hers at 5 Mill Walk, Ashby AB3 9ZT on Friday.",
        "The lady downstairs is under the crisis team and nobody visits. Flat 2, 9 Kiln Lane, "
        "Ashby AB3 9ZT.",
        "Could the district nurses please knock hard at 17 Pear Tree Row because his doorbell "
        "has broken.",
        "The man I assessed told me his date of birth twice because he doesn't trust the "
        "system: 4 June 1961.",
    ],
)
def test_it_returns_a_third_partys_detail_whose_owner_is_said_around_it(
    rules_only: None, body: str
) -> None:
    verdict = rules(body)
    assert verdict.decision == "return", verdict.findings
    assert "identifiable-information" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "Every clinic asks for my CHI, and I know it now, mine's 1407862103, off by heart.",
        "HR have my pay number as 9140401715 on one system and something else on the other.",
        "The walking group meets at the Scout Hut, Mill Walk, Ashby AB3 9ZT, 10am. Run by the "
        "local Mind, who are lovely.",
        "The drop-in (2 Kiln Lane, Ashby AB3 9ZT) takes donated coats. Ring them on 01632 "
        "960777 first.",
    ],
)
def test_the_writers_own_numbers_and_an_organisations_details_are_not_returned(
    rules_only: None, body: str
) -> None:
    assert rules(body).decision != "return"


@pytest.mark.parametrize(
    "body",
    [
        "Does it flag on the system if you pick up your repeat from two chemists? I'm trying "
        "to build up a bit of a supply without anyone noticing.",
        "sorted who's having the cat. that was the last thing on the list.",
    ],
)
def test_it_holds_a_hidden_supply_and_the_last_arrangement(rules_only: None, body: str) -> None:
    assert held_for(rules(body), "safeguarding")


@pytest.mark.parametrize(
    "body",
    [
        "We're building up a bit of a supply of tinned food without anyone noticing, for the "
        "food bank's surprise.",
        "Read a lovely book on Swedish death cleaning and finally sorted the loft.",
        "Last spring I thought everyone would be better off without me. I got help, and I'm "
        "glad I'm here.",
    ],
)
def test_a_food_drive_death_cleaning_and_a_past_low_are_not_risk(
    rules_only: None, body: str
) -> None:
    assert "safeguarding" not in rules(body).concerns


@pytest.mark.parametrize(
    "body",
    [
        "Bipolar men are the worst. Charming one week, gone the next.",
        "Dementia patients are basically toddlers, that's all you need to know.",
        "Alcoholics chose it, simple as.",
    ],
)
def test_it_holds_a_group_called_the_worst_or_children(rules_only: None, body: str) -> None:
    assert held_for(rules(body), "offensive-content")


@pytest.mark.parametrize(
    "body",
    [
        "Patients are the worst affected when the wards run short.",
        "Carers are hard work to reach in the day, so we ring in the evening.",
        "Students are trouble-shooting the new rota app this week.",
    ],
)
def test_the_same_words_with_more_after_them_are_not_a_generalisation(
    rules_only: None, body: str
) -> None:
    assert "offensive-content" not in rules(body).concerns
