"""Mechanisms found reading blind sets 6, 7 and 10, probed in our own words: a new dose named
as a target ("go up to 45"), one label swapped for another, "miracle" as a product's name
only, whose a contact detail is (an advert's, a relative's, an organisation's), and more
below. Each family has near misses that must publish."""

from __future__ import annotations

import pytest
from checker_scoring import comment, post

# -- clinical advice: a target dose, split tablets, one label for another --------------------


@pytest.mark.parametrize(
    "body",
    [
        "@nightowl_88 20mg citalopram is nothing. Jump up to 40 from tomorrow, no need to "
        "wait for the clinic.",
        "Honestly just come down to 25mg of the quetiapine this week and see how you feel.",
        "@wren you could easily crush those lamotrigine tablets into yoghurt and skip one.",
        "@Dee_R from everything you've written you're obviously cyclothymic, not depressed.",
        "Have an extra 5mg of your diazepam before the tribunal, it'll take the edge off.",
        "@sam_k your 50mg sertraline clearly isn't touching it, bump it to 100 from Monday.",
        "@bexx just knock it down to half a tablet at night, the quetiapine is flattening you.",
        "@rory you're plainly dissociating, not depressed, and nobody on your team has noticed.",
    ],
)
def test_it_holds_a_new_dose_or_a_swapped_label_given_to_the_reader(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "clinical-advice" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "My psychiatrist wants me to come down to 25mg of quetiapine over the summer.",
        "I went up to 40mg of citalopram in March and the first fortnight was rough.",
        "Build up to 30 minutes of walking a day and your sleep will thank you.",
        "You're clearly knackered, not lazy, so please be kinder to yourself.",
        "I crush my tablets into yoghurt because I can't swallow them, my pharmacist said fine.",
        "Get yourself to 10,000 steps a day and you'll feel the difference.",
        "My consultant said to bring it down to 100 over the summer.",
    ],
)
def test_own_doses_other_targets_and_kind_words_publish(body: str) -> None:
    verdict = comment(body)
    assert "clinical-advice" not in verdict.concerns, (body, verdict.findings)


# -- spam: "miracle" sells only as a product's name --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "It wasn't a miracle, just a lot of small things: sleep, walks and a good CPN.",
        "Getting all six of them round one table for the review was a minor miracle.",
        "Therapy is no miracle, but it gave me words for what was going on.",
    ],
)
def test_miracle_in_everyday_speech_publishes(body: str) -> None:
    verdict = comment(body)
    assert "spam" not in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "ALL NEW CBD OIL ENDS DEPRESSION IN 5 DAYS, text Gary on 07700 900 871 to order!!!",
        "Anxiety gone in 7 days with our herbal patches, DM for the link",
    ],
)
def test_a_cure_against_the_clock_is_spam(body: str) -> None:
    # Alone it holds as spam; with a private number to order by it is returned.
    verdict = comment(body)
    assert verdict.decision in ("hold", "return"), (body, verdict.findings)
    assert verdict.concerns == ["spam"], verdict.findings


def test_a_story_of_what_helped_publishes() -> None:
    verdict = comment("Yoga ended my insomnia within two weeks, honestly, no exaggeration.")
    assert verdict.decision == "publish", verdict.findings


def test_a_miracle_product_still_counts_as_spam() -> None:
    verdict = comment(
        "Our miracle drops cure anxiety in a week, 100% natural, order at calmdrops.shop"
    )
    assert verdict.decision == "return"
    assert "spam" in verdict.concerns


# -- whose a contact detail or birth date is ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Thirty-five on Sunday! Born 2nd of March 1991, in the same hospital I now work in.",
        "I was born on 14 June 1979, so I've seen every reorganisation the NHS has had since.",
        "Guess who's 50? Born 30/01/1976 and still can't work the new rota system.",
        "@linz I'm 52 tomorrow, born 3rd Feb 1974, and still no one remembers!",
    ],
)
def test_the_writers_own_birth_date_publishes(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Still waiting on the care home. Born 2nd of March 1931, she's outlived two husbands.",
        "His daughter rang the ward; he was born on 14 June 1949 if that helps find the notes.",
        "Another 136 overnight. Born 04/11/1990, known to the team, settled by morning.",
        "My mum is 80 today! Born 3rd Feb 1946, and sharp as a tack.",
        "Eileen turns 90 today. Born 3rd Feb 1936, she still beats us all at bingo.",
        "I think my mum, born 3rd Feb 1946, would have loved this ward.",
    ],
)
def test_someone_elses_birth_date_still_returns(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert "identifiable-information" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "His wife wants the discharge letter emailed over, it's m.hollins62@hotmail.co.uk if "
        "the admin team can do it.",
        "The patient's brother asked us to copy him in, his address is dave.k1970@gmail.com.",
    ],
)
def test_a_relatives_webmail_address_returns_even_with_a_team_nearby(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert "identifiable-information" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "The new peer support hub opens on Tuesday. Opening hours are 10 till 4, or email "
        "hello-hub@northfieldrecovery.org.uk with questions.",
        "Drop-in at the library every Thursday; the service's booking line is 01632 960 111 "
        "or email bookings.team@lindenwellbeing.co.uk.",
    ],
)
def test_a_services_mailbox_on_its_own_domain_publishes(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "publish", (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Master Kofi's herbal tonic cures anxiety for good, my uncle is living proof. Message "
        "him on WhatsApp +234 802 555 0199 and say I sent you!!",
        "Made £6,000 in a month trading bitcoin with my coach, text her on +44 7700 900412 "
        "for a free place on the course.",
    ],
)
def test_a_claim_plus_a_private_number_is_returned_as_spam_alone(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert verdict.concerns == ["spam"], verdict.findings


def test_a_shouted_advert_has_no_initials_in_it() -> None:
    verdict = comment("STRESS GONE BY FRIDAY!!! OUR DROPS WORK IN 3 DAYS, buy now at calm.shop")
    assert "identifiable-information" not in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "K.L., the retired postmistress who was with us on Cedar Ward for ECT in May, popped "
        "in with cake today.",
        "JT, the retired vicar we admitted to Birch Ward in June, has been discharged home.",
    ],
)
def test_a_patient_described_by_a_former_job_is_not_a_colleague_retiring(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "identifiable-information" in verdict.concerns


def test_a_colleagues_retirement_publishes() -> None:
    verdict = comment(
        "Huge send-off for J.R., our ward manager, retiring after 38 years on Cedar Ward."
    )
    assert verdict.decision == "publish", verdict.findings


# -- another member's shift and home, told to them -----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "@kit you do the early shift at Asda in Hull, right? I'll come and say hi.",
        "@marnie_b you work nights at the Travelodge by the ring road, I'll bring you a brew.",
        "@jo_h you still live on Marsh Lane? It's the end terrace with the yellow door, right?",
        "@dev_carer you're on Rowan Close aren't you, the bungalow opposite the post box? "
        "I'll drop the leaflets in.",
    ],
)
def test_it_holds_a_members_shift_or_home_told_to_them(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "personal-details" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "@kit you work at Asda? I thought you were a nurse.",
        "@jo_h you're on Marsh Lane too? Small world, I grew up round there. The house with "
        "the green door was my nan's.",
        "@dev_carer you're in Rowan Close? Lovely part of town.",
    ],
)
def test_a_members_employer_or_street_alone_publishes(body: str) -> None:
    verdict = comment(body)
    assert "personal-details" not in verdict.concerns, (body, verdict.findings)


# -- conduct: masked slurs, condescension, reported self-talk, clinical sex words ---------------


@pytest.mark.parametrize(
    "body",
    [
        "@quietriot nobody wants your opinion, go back to your mates you r3tard",
        "Typical p@ki corner shop, never has what you need.",
        "The new lot on nights are all dagos who can't write a care plan.",
    ],
)
def test_it_returns_slurs_masked_or_newly_listed(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert "offensive-content" in verdict.concerns


def test_a_masked_slur_at_the_reader_is_an_attack_too() -> None:
    verdict = comment("@sunny_side keep your opinions to yourself you f*gg*t")
    assert verdict.decision == "return", verdict.findings
    assert {"offensive-content", "personal-attack"} <= set(verdict.concerns)


@pytest.mark.parametrize(
    "body",
    [
        "What the f*** is going on with the rota this month?",
        "Bought a Pollock print for the staff room, it's very s*x*y in a modern-art way.",
        "My password is b4nana*split now, which IT say is fine.",
    ],
)
def test_masked_words_that_are_not_slurs_publish_or_hold_as_before(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision != "return", (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "@gem_77 did you even get past the first line? Honestly. Run along now, pet.",
        "@OllieR maybe leave this to the grown-ups, sweetie, it's a clinical thread.",
        "@Kez some folk just love the sound of their own voice, don't they. Pipe down, hun.",
    ],
)
def test_it_holds_a_member_sent_away_with_a_pet_name(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "personal-attack" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "If the late shift wiped you out, sit this one out and rest, we'll cover it.",
        "Thanks so much, love, that made my morning.",
        "Stick to your plan, hun, you've done the hard part already.",
    ],
)
def test_kind_advice_and_pet_names_alone_publish(body: str) -> None:
    verdict = comment(body)
    assert "personal-attack" not in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Six months of him coming home from school saying he's stupid and useless.",
        "My mum rang in tears, telling me she's a useless mother. She isn't.",
    ],
)
def test_someones_words_about_themself_reported_publish(body: str) -> None:
    verdict = comment(body)
    assert "personal-attack" not in verdict.concerns, (body, verdict.findings)


def test_the_writer_reporting_their_own_insult_still_holds() -> None:
    verdict = comment("I keep saying he's useless and the bank shifts prove it, Dr Ahmed.")
    assert "personal-attack" in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "SSRIs often blunt libido and can delay orgasm; it's worth raising at your review.",
        "Anorgasmia is a recognised side effect of several antidepressants.",
    ],
)
def test_sexual_function_discussed_as_health_publishes(body: str) -> None:
    verdict = post(body)
    assert "offensive-content" not in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The new physio could examine me any time 🥵 if you know what I'm saying",
        "Dr Patel can assess me any day of the week, if you catch my drift 😏",
    ],
)
def test_it_holds_innuendo_about_a_clinician(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "offensive-content" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "People who self-harm are not attention seekers, and it's time A&E stopped acting "
        "like they are.",
        "People who self-harm are often seen as attention seekers by staff, which is why "
        "this training matters.",
    ],
)
def test_a_generalisation_denied_or_reported_publishes(body: str) -> None:
    verdict = post(body)
    assert "offensive-content" not in verdict.concerns, (body, verdict.findings)


def test_it_holds_a_generalisation_about_people_who_do_something() -> None:
    verdict = comment(
        "Anyone who takes an overdose for the third time is an attention seeker and should "
        "wait at the back."
    )
    assert verdict.decision == "hold", verdict.findings
    assert "offensive-content" in verdict.concerns


# -- confidentiality: told anyway, minutes of a meeting, described staff, a grievance ------------


@pytest.mark.parametrize(
    "body",
    [
        "Notes from this morning's case conference, which I'm honestly not meant to repeat: "
        "the baby goes to his nan's on Monday and dad gets supervised contact only.",
        "The board pack for Thursday was headed 'Restricted - board members only'. Here's "
        "what they're proposing: the crisis house closes in April and the beds go to the PICU.",
        "The charge nurse from our ward, the one with the motorbike, is the subject of a "
        "formal grievance by three HCAs and HR opened the investigation last week.",
        "Porter on our unit, the one who's always singing, is under investigation after the "
        "fall on Saturday. Please keep it to yourselves.",
    ],
)
def test_it_holds_confidential_material_told_in_new_words(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "confidential-information" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The minutes of the public board meeting are on the trust website if anyone wants to "
        "read the bit about the crisis house.",
        "I'm not supposed to share my rota swaps on the staff group, apparently, so I'll ask "
        "here: anyone fancy a Sunday?",
        "I raised a formal grievance last year and honestly the process was kinder than I "
        "feared. Ask your union rep early.",
        "The one with the red lanyard is our new student nurse, say hello if you see her!",
    ],
)
def test_public_minutes_own_grievances_and_friendly_descriptions_publish(body: str) -> None:
    verdict = post(body)
    assert "confidential-information" not in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The Mensah twins were both taken into care on Friday after the strategy meeting.",
        "Heartbreaking week: the Doyle family's eldest was sectioned again on Tuesday.",
    ],
)
def test_a_household_named_by_surname_with_care_detail_is_held(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "identifiable-information" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "The Polish family across the road brought the ward a cake when Dad came home.",
        "The Doyle family have run the corner shop for forty years and everyone knows them.",
        "We watched The Addams Family on the ward film night and the patients loved it.",
    ],
)
def test_surnames_and_nationalities_without_care_detail_publish(body: str) -> None:
    verdict = comment(body)
    assert "identifiable-information" not in verdict.concerns, (body, verdict.findings)


# -- boundaries: a person carried by pronoun, a group the writer runs, official contact given ----


@pytest.mark.parametrize(
    "body",
    [
        "I'm a support worker. One of the women I support has nobody nearby. In the summer "
        "she was in hospital for weeks with no visitors. So I started taking her for Sunday "
        "lunch at ours, and we've become proper friends.",
        "I work as an OT. I ran a cooking group at the day centre and one of the lads from the "
        "group really made me laugh. The course ended in May. Since then we've been seeing "
        "each other and it's going well.",
    ],
)
def test_it_holds_a_relationship_told_a_few_sentences_after_the_person(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "professional-boundaries" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "I go to a hearing voices group at the hub. One of the men in the group and I really "
        "clicked, and we've been seeing each other since the summer.",
        "A dad asked me for my personal mobile after the review. I gave him the team's duty "
        "number instead and flagged the phone problem at our meeting.",
        # (Six sentences: a text of five or fewer is read as one window.)
        "I'm a nurse on a rehab ward. One of the men I support loves football. The weather's "
        "been awful all week. The car failed its MOT. My husband and I went for a drink on "
        "Friday to celebrate our anniversary. Back on earlies tomorrow.",
    ],
)
def test_peers_official_numbers_and_the_writers_own_life_publish(body: str) -> None:
    verdict = post(body)
    assert "professional-boundaries" not in verdict.concerns, (body, verdict.findings)


# -- soft identifiers: a case told in a relative clause, a counted population, presenters ------


@pytest.mark.parametrize(
    "body",
    [
        "The saddest referral we had this year was a 41-year-old shepherd from Ardnish, which "
        "has maybe two hundred people, newly diagnosed with motor neurone disease.",
        "The youngest patient I've ever admitted was a 15-year-old girl from Thornby, a "
        "village that has about ninety houses, with anorexia.",
    ],
)
def test_it_holds_a_case_pointed_at_by_age_place_and_diagnosis(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "identifiable-information" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The hardest year I've had was when I was a 34-year-old newly qualified nurse from "
        "Leeds with depression of my own.",
        "Our team has 30 people and a waiting list of 400; the 58-year-old building in Hull "
        "is falling apart.",
    ],
)
def test_the_writer_or_a_team_counted_publishes(body: str) -> None:
    verdict = post(body)
    assert "identifiable-information" not in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Best presentation of the day was Ruth Okonjo and Sam Pryce from the recovery college at "
        "Northgate, on what restraint feels like for people who've been detained.",
        "The panel after lunch had Daniel Achebe of Hillside Mind talking about sectioning "
        "from the other side of the table.",
    ],
)
def test_presenters_named_with_where_they_work_publish(body: str) -> None:
    verdict = post(body)
    assert "identifiable-information" not in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Photos from the gardening session: Maureen and Ken from the memory service with "
        "their sunflowers!",
        "At the ward barbecue Tom Briscoe, who was detained on Cedar Ward in May, won the raffle.",
    ],
)
def test_people_a_service_serves_are_still_held_at_an_event(body: str) -> None:
    verdict = post(body)
    assert "identifiable-information" in verdict.concerns, (body, verdict.findings)


# -- a third round in our own words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "concern"),
    [
        (
            "If anyone from my old caseload is reading this, I'm on Insta as @kezza_runs now "
            "I've left the trust, come and say hi!",
            "professional-boundaries",
        ),
        (
            "I told my client I'd message her on WhatsApp after discharge so she had someone "
            "to talk to at weekends.",
            "professional-boundaries",
        ),
        ("What a bunch of useless, lazy cows the day staff on Ward 7 are.", "personal-attack"),
        ("That GP is a total prick and I hope he gets struck off.", "personal-attack"),
        (
            "The only Somali interpreter in Barrow was sectioned last week; everyone at the "
            "mosque knows.",
            "identifiable-information",
        ),
        (
            "Reposting from the closed Facebook group for CMHT staff (don't share): "
            "redundancies announced for band 4s from April.",
            "confidential-information",
        ),
    ],
)
def test_it_holds_the_third_round_of_wordings(body: str, concern: str) -> None:
    verdict = post(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert concern in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "I'm on Insta as @kezza_runs, mostly marathon training and dog pics!",
        "My client group is mostly older men, and I message them on the team's phone.",
        "Please don't share this, but I got the job!!",
        "The only time I felt safe in Barrow was on the ward, and I was sectioned there twice.",
        "That GP is a total star and I hope he gets the award.",
        "I told my client I'd ring her on the team mobile after discharge, as agreed in her plan.",
    ],
)
def test_the_third_round_near_misses_publish(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "publish", (body, verdict.findings)


# -- return or hold: whose relative, which reader, which office ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "@ricky_d your mum's address is 14 Holly Road, Leeds LS6 2AB, I'll send the card there.",
        "My son's postcode is LS6 2AB and he needs the crisis team to visit.",
        "Their grandad's number is 07700 900 654 if the district nurses can't get in.",
    ],
)
def test_a_relatives_address_or_number_is_returned(body: str) -> None:
    verdict = post(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert "identifiable-information" in verdict.concerns


def test_a_readers_address_told_to_them_is_returned() -> None:
    verdict = comment("@sara_k I'll come to yours, you're at 9 Mill Lane aren't you?")
    assert verdict.decision == "return", verdict.findings
    assert verdict.concerns == ["personal-details"]


@pytest.mark.parametrize(
    "body",
    [
        "You can reach our ward on 01632 960 200 between 9 and 5.",
        "My personal email is jo.birch77@gmail.com if anyone wants the rota template.",
    ],
)
def test_a_wards_line_publishes_and_an_own_email_is_only_a_personal_detail(body: str) -> None:
    verdict = post(body)
    assert "professional-boundaries" not in verdict.concerns, verdict.findings
    assert verdict.decision in ("publish", "hold"), verdict.findings
    assert set(verdict.concerns) <= {"personal-details"}, verdict.findings


def test_a_personal_number_offered_to_patients_is_still_a_boundary_issue() -> None:
    verdict = post("Any of my patients can have my personal mobile, I'd rather they rang me.")
    assert "professional-boundaries" in verdict.concerns, verdict.findings


# -- a fourth round in our own words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "concern"),
    [
        (
            "@dev_m wow, another expert who did a two-day course. Let the qualified people "
            "talk, hun.",
            "personal-attack",
        ),
        ("The psychiatrist who assessed me was a patronising old fool.", "personal-attack"),
        (
            "Bipolar people shouldn't be allowed to work on wards, they're a liability, end of.",
            "offensive-content",
        ),
        (
            "Half the overseas nurses here can't even speak English properly, it's dangerous.",
            "offensive-content",
        ),
        (
            "@nina_b the new clozapine clinic nurse is proper fit, I'd let her take my bloods "
            "any time 😉",
            "offensive-content",
        ),
        (
            "DM me if you're under our team and want a chat outside the clinic, I'm on WhatsApp.",
            "professional-boundaries",
        ),
        (
            "Thread from the managers-only Teams channel, screenshotted by a mate: they're "
            "cutting the night coordinator post in May.",
            "confidential-information",
        ),
    ],
)
def test_it_holds_the_fourth_round_of_wordings(body: str, concern: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert concern in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Bipolar people are so often told they can't work on wards, and it isn't true.",
        "The psychiatrist who assessed me was kind and thorough, and I was a nervous wreck.",
        "Overseas nurses can speak English perfectly well, the test is just badly designed.",
        "Let the qualified people handle it, hun, you've done your bit for today.",
        "I'm on WhatsApp and Facebook with my family abroad, it's how we keep in touch.",
        "Our team WhatsApp group is the only reason the rota works, honestly.",
    ],
)
def test_the_fourth_round_near_misses_publish(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)


# -- a fifth round: someone pointed out in a picture, a relative's behaviour named -------------


@pytest.mark.parametrize(
    ("body", "concern"),
    [
        (
            "Lovely photo from the garden party: that's Bill in the blue cap, he's been with us "
            "on Aspen since his stroke.",
            "identifiable-information",
        ),
        (
            "@lee_t your daughter's tantrums sound exactly like ODD to me, get her assessed "
            "privately and push for guanfacine.",
            "clinical-advice",
        ),
    ],
)
def test_it_holds_the_fifth_round_of_wordings(body: str, concern: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert concern in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Lovely photo from the garden party: that's Bill in the blue cap, our longest-serving "
        "porter!",
        "That's Dawn on the left, she's our new ward clerk.",
        "@lee_t your daughter's laugh sounds exactly like my mum's, what a lovely video.",
        "That was an odd thing to say, but your son seems like a lovely lad.",
    ],
)
def test_the_fifth_round_near_misses_publish(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)
