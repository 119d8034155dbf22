"""What the sixth session's reading of the fifth session's last untouched sets (73-76) taught
the rules, each told both ways: a detail's owner named in the sentence before it, a named
person's home set off by commas, adverts for prescription-only medicines, method detail by
packs, an appeal for someone missing, abuse told as being held under, a sentence that ends
in a contraction, invitations to a ward's patients, orders to refuse a treatment, a workplace
a town has one of, and the learned readers leaving alone what the rules set aside on
purpose. Wordings are our own."""

from __future__ import annotations

import pytest
from checker_scoring import post
from checker_scoring import verdict_of as rules

from moderation.checker import check
from moderation.checker.context import split_sentences

# -- whose number: the sentence before, when the detail opens its own -----------------------------


@pytest.mark.parametrize(
    "body",
    [
        "If you want someone who's been there, ring my pal Deb from the drop-in centre, she "
        "said it's fine. 07700 900417",
        "Text my cousin Aled, he won't mind at all. Mobile: 07700 900582",
    ],
)
def test_it_returns_a_friends_number_given_after_the_sentence_that_names_her(
    rules_only: None, body: str
) -> None:
    verdict = rules(body)
    assert verdict.decision == "return", verdict.findings
    assert verdict.concerns == ["identifiable-information"]


def test_a_teams_number_after_a_sentence_about_the_team_stays_the_teams(rules_only: None) -> None:
    verdict = rules("The crisis team were brilliant with us. 0114 496 0871")
    assert "identifiable-information" not in verdict.concerns
    assert "personal-details" not in verdict.concerns


# -- whose address: a named person set off by commas ----------------------------------------------


def test_it_returns_the_home_of_a_person_named_between_commas(rules_only: None) -> None:
    verdict = rules(
        "One of the gents on my round, Wilf, lives at 12 Tanyard Close, Brompton, YO13 9DL, and "
        "still hasn't had his depot review."
    )
    assert verdict.decision == "return", verdict.findings
    assert verdict.concerns == ["identifiable-information"]


def test_the_writers_own_address_after_their_name_is_still_theirs(rules_only: None) -> None:
    verdict = rules("Hi, I'm Nell. I live at 12 Tanyard Close, Brompton, YO13 9DL if you're near.")
    assert "identifiable-information" not in verdict.concerns


# -- adverts for prescription-only medicines -------------------------------------------------------


def test_it_returns_prescription_only_medicines_sold_at_a_link(rules_only: None) -> None:
    verdict = rules(
        "Can't switch off at night? Zopiclone and diazepam, no prescription needed, discreet "
        "next day delivery. Order today at www.sleepwell-meds.example.co and get 15% off"
    )
    assert verdict.decision == "return", verdict.findings
    assert verdict.concerns == ["spam"]


@pytest.mark.parametrize(
    "body",
    [
        # a paid course with a discount: an advert for a moderator, not obvious spam
        "My six-week sleep course is £120, 20% off this month at www.sleepcourse.example.co.uk",
        # a warning about such sellers
        "Please don't buy diazepam online with no prescription - it's a scam and the pills "
        "can be anything.",
    ],
)
def test_it_does_not_return_an_ordinary_advert_or_a_warning(rules_only: None, body: str) -> None:
    assert rules(body).decision != "return"


# -- method detail counted in packs ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Everyone thinks codeine is a gentle way to go. My brother took three whole boxes over "
        "a weekend and it wasn't gentle at all.",
        "She swallowed two full packets of paracetamol on Friday.",
    ],
)
def test_it_holds_how_many_packs_were_taken(rules_only: None, body: str) -> None:
    verdict = rules(body)
    assert verdict.decision == "hold" and verdict.concerns[0] == "safeguarding", verdict


@pytest.mark.parametrize(
    "body",
    [
        "I took two full boxes of old files down to the shredder this afternoon.",
        "We took three whole boxes of donations to the food bank, tablets for the kids too.",
    ],
)
def test_packs_of_other_things_are_not_method(rules_only: None, body: str) -> None:
    assert "safeguarding" not in rules(body).concerns


# -- someone missing, and someone's stated intent --------------------------------------------------


def test_it_holds_an_appeal_for_someone_missing(rules_only: None) -> None:
    verdict = rules(
        "Please share. Tyler Marsh, aged 16, missing from Greenbank since Tuesday night and "
        "without his medication."
    )
    assert verdict.decision == "hold" and "safeguarding" in verdict.concerns, verdict


def test_something_missing_from_a_place_is_no_appeal(rules_only: None) -> None:
    verdict = rules("The Greenbank leaflets, missing from reception since Tuesday, are back.")
    assert "safeguarding" not in verdict.concerns


def test_it_holds_intent_reported_with_a_contracted_verb(rules_only: None) -> None:
    verdict = rules("He's told me twice he'd jump if they let him out this weekend.")
    assert verdict.decision == "hold" and "safeguarding" in verdict.concerns, verdict


# -- abuse told as what was done ------------------------------------------------------------------


def test_it_holds_being_held_under_water(rules_only: None) -> None:
    verdict = rules("Last week my partner pushed my face into the sink until I couldn't breathe.")
    assert verdict.decision == "hold" and "safeguarding" in verdict.concerns, verdict


def test_being_held_in_comfort_is_not_abuse(rules_only: None) -> None:
    verdict = rules("When I heard the news he held my hand and we both cried.")
    assert "safeguarding" not in verdict.concerns


# -- a sentence ending in a contraction is a sentence ----------------------------------------------


def test_a_contraction_before_a_full_stop_ends_the_sentence() -> None:
    text = "It isn't. My friend took them."
    assert split_sentences(text) == [(0, 9), (9, len(text))]


def test_an_initial_before_a_full_stop_does_not() -> None:
    text = "Ask J. Patel about it."
    assert split_sentences(text) == [(0, len(text))]


def test_a_denial_in_the_sentence_before_does_not_cancel_method(rules_only: None) -> None:
    verdict = rules("People call it painless. It isn't. She took two full boxes of paracetamol.")
    assert "safeguarding" in verdict.concerns


# -- a question the writer asks is not a condition ------------------------------------------------


def test_not_sure_if_does_not_make_a_disciplinary_hypothetical(rules_only: None) -> None:
    verdict = rules(
        "Not sure if people know but the deputy manager on Linden walked out two days before "
        "her disciplinary hearing."
    )
    assert "confidential-information" in verdict.concerns, verdict.findings


def test_a_real_condition_still_is(rules_only: None) -> None:
    verdict = rules("If a patient threatens to hurt someone, the ward calls security.")
    assert "safeguarding" not in verdict.concerns


# -- boundaries: a ward's patients, a catch-up, one of mine ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Any of you lot from Rowan ward fancy a catch-up when you're out? Round mine Friday.",
        "@greyheron you're one of mine, aren't you? Let's grab a coffee away from the clinic.",
        "To all my wonderful clients over the years: I've left now, so add me on Facebook!",
    ],
)
def test_it_holds_invitations_to_the_writers_patients(rules_only: None, body: str) -> None:
    verdict = rules(body)
    assert "professional-boundaries" in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "Any of you from the Rowan ward team fancy a catch-up after the audit?",
        "My colleagues' clients are lovely too; we grab a coffee as a team on Fridays.",
    ],
)
def test_colleagues_meeting_up_is_not_a_boundary(rules_only: None, body: str) -> None:
    assert "professional-boundaries" not in rules(body).concerns


# -- an order to refuse a treatment ---------------------------------------------------------------


def test_it_holds_telling_someone_to_refuse_their_injection(rules_only: None) -> None:
    verdict = rules("@jo_m don't let them give you the injection tomorrow. Just refuse it.")
    assert "clinical-advice" in verdict.concerns, verdict.findings


def test_the_writers_own_refusal_is_their_story(rules_only: None) -> None:
    verdict = rules("I refused the depot for two years, and it was my choice to make.")
    assert "clinical-advice" not in verdict.concerns


# -- a name that wounds ---------------------------------------------------------------------------


def test_it_holds_calling_a_colleague_an_old_witch(rules_only: None) -> None:
    verdict = rules("So long to Pam from the day unit. Bitter old witch.")
    assert "personal-attack" in verdict.concerns, verdict.findings


def test_witches_at_halloween_are_fancy_dress(rules_only: None) -> None:
    verdict = rules("The ward dressed up as witches for Halloween and the residents loved it.")
    assert "personal-attack" not in verdict.concerns


# -- a workplace a town has one of -----------------------------------------------------------------


def test_it_holds_a_client_who_works_at_the_only_shop_in_a_village(rules_only: None) -> None:
    verdict = rules(
        "A new client, a 23-year-old Latvian woman who works at the only bakery in Scarthby, "
        "told me about her panic attacks today.",
        kind="post",
    )
    assert "identifiable-information" in verdict.concerns, verdict.findings


def test_the_only_one_of_a_role_on_a_shift_is_not_a_place(rules_only: None) -> None:
    verdict = rules("I was the only nurse working on the ward with 18 patients last night.")
    assert "identifiable-information" not in verdict.concerns


# -- history: an inquiry's chair is public -------------------------------------------------------


def test_it_publishes_the_chair_of_a_historical_inquiry(rules_only: None) -> None:
    verdict = post(
        "The 1969 report, chaired by Barbara Whitcombe, found patients on the long-stay wards "
        "left in bed all day with no occupation."
    )
    assert "identifiable-information" not in verdict.concerns, verdict.findings


# -- the learned readers leave alone what the rules set aside --------------------------------------


def test_the_readers_leave_a_placeholder_nhs_number_alone() -> None:
    verdict = post(
        "Three referrals this month came back because the NHS number field said 111 111 1111. "
        "If the surgery doesn't know it, please leave it empty."
    )
    assert verdict.decision == "publish", verdict.findings


def test_the_readers_leave_a_made_up_case_alone() -> None:
    verdict = post(
        "A made-up case for Thursday's teaching: Mrs B, 84, lives alone after a stroke and "
        "wants to refuse a care package. Her son disagrees. What would you weigh?"
    )
    assert "identifiable-information" not in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    ("body", "held"),
    [
        # "made up" as delighted: a real person, named
        (
            "Mr Dawson on Ward 7 will be made up you wrote about him, he's been off heroin "
            "since June.",
            True,
        ),
        # "made up" as invented
        ("Mr Dawson on Ward 7 is a made up example; he's been off heroin since June.", False),
    ],
)
def test_made_up_as_delighted_is_no_made_up_case(rules_only: None, body: str, held: bool) -> None:
    verdict = rules(body)
    assert ("identifiable-information" in verdict.concerns) is held, verdict.findings


# -- obvious spam, returned ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # a scheme's own site pushed twice
        "Tired of money worries? My £300 turned into £5,200 in a month with CoinCarer. Join "
        "today www.coincarer-pays.biz/start and www.coincarer-pays.biz/bonus",
        # a scam-recovery scam, which says "scam" itself
        "Lost savings to an investment scam? Our agents recover 100% GUARANTEED. "
        "www.getitback-now.biz www.getitback-now.biz/form",
        # paid in gift cards
        "Guaranteed NHS job offer in 7 days, 100% success. Pay the £300 processing fee via "
        "gift cards and WhatsApp agent Ray on +44 7700 900761.",
        # an advance fee for a job
        "Remote wellbeing moderators wanted, £40/hour, no experience. Just pay the £75 "
        "onboarding fee by bank transfer to secure your place: jobs@carework-hiring.example",
        # an account threatened against the clock
        "Your ESR payroll access will be suspended in 24 hours. Verify your staff login at "
        "http://esr-payroll-check.biz/login today.",
        # a romance scam's opening
        "Hello dear, I am engineer on peace mission abroad and I want to know you more. "
        "Please write me private at captain.reed.heart@example.com",
        # prescription-only medicines with a private contact
        "pregabalin + zopiclone no prescription needed, next day delivery, discreet "
        "packaging. dm for prices",
        # a link farm whose anchors are shopping searches, without a scheme in the hrefs
        "Nice post. <a href='cheapcounselling.biz'>cheap counselling near me</a> "
        "<a href='therapy-offers.biz'>best therapy deals</a> "
        "<a href='cheapcounselling.biz/cbt'>cheap cbt uk</a>",
    ],
)
def test_it_returns_obvious_spam(rules_only: None, body: str) -> None:
    verdict = rules(body)
    assert verdict.decision == "return", verdict.findings
    assert verdict.concerns == ["spam"]


@pytest.mark.parametrize(
    "body",
    [
        "Heads up: someone's texting staff saying their ESR access will be suspended. It's a "
        "scam, don't click the link.",
        "I had to pay a £40 DBS fee for my new bank shifts, which felt a bit much.",
        "We got Mum a gift card for her birthday so she could choose her own books.",
        "The pharmacist said no prescription is needed for the antihistamines, which helped.",
        "Two pages from our local carers' centre that helped us: www.carers-centre.example.org/"
        "benefits and www.carers-centre.example.org/respite",
    ],
)
def test_it_does_not_return_warnings_stories_and_shared_pages(rules_only: None, body: str) -> None:
    assert rules(body).decision != "return"


# -- whose detail, read from the sentence after, the title and the verbs around it ---------------


@pytest.mark.parametrize(
    ("body", "title", "decision", "concern"),
    [
        # the owner named in the sentence after
        (
            "07700 900318. That's my brother's mobile, he won't pick up for withheld numbers.",
            None,
            "return",
            "identifiable-information",
        ),
        (
            "07700 900318. That's my own mobile if anyone wants to talk.",
            None,
            "hold",
            "personal-details",
        ),
        # a person's home named in the title
        (
            "She's home at last. It's 4 Wren Court, Haxby YO32 3TP if you want to send a card.",
            "Nan's new address",
            "return",
            "identifiable-information",
        ),
        # whoever "lives at" is not the writer
        (
            "The warden who was sacked lives at 19 Mill Rise, Oxton now.",
            None,
            "return",
            "identifiable-information",
        ),
        # "give her a ring on"
        (
            "My neighbour's at her wits' end caring for him. Could someone give her a ring on "
            "0161 496 0743?",
            None,
            "return",
            "identifiable-information",
        ),
        # the writer's own postcode
        (
            "The crisis team say I'm in LS12 4QT so I'm not their patch.",
            None,
            "hold",
            "personal-details",
        ),
    ],
)
def test_it_reads_whose_detail_from_around_it(
    rules_only: None, body: str, title: str | None, decision: str, concern: str
) -> None:
    verdict = check(kind="post" if title else "comment", fields={"title": title, "body": body})
    assert verdict.decision == decision, verdict.findings
    assert concern in verdict.concerns


def test_a_members_email_reposted_is_returned_as_their_details(rules_only: None) -> None:
    verdict = rules("@NightOwlRN put her email up earlier, it's owl.rn.nights@example.com.")
    assert verdict.decision == "return"
    assert verdict.concerns == ["personal-details"]


def test_a_groups_shared_mobile_is_the_groups(rules_only: None) -> None:
    verdict = rules("Text the group mobile on 07700 900383, whoever's on the rota answers.")
    assert verdict.decision == "publish", verdict.findings


# -- the writer's own numbers, and numbers the writer says are invented ---------------------------


@pytest.mark.parametrize(
    "body",
    [
        # the writer's own NHS number: neither contact nor location
        "The app keeps rejecting my NHS number (943 476 5919) even though it's on every letter.",
        # the writer's own birth date, opening the text
        "Born 4 March 1981, diagnosed autistic at 41. I'm still unpicking what that explains.",
        # an example number, said to be one
        "It's ten digits in three blocks; a made-up one would look like 943 476 5919.",
        # a teaching scenario whose numbers are said to be invented
        'The names, dates and numbers below are made up. "Ann Test, DOB 02/02/1950, NHS no. '
        '943 476 5919, admitted after a fall."',
        # a drama number, said to be one
        "The nurse on the telly read out 07700 900114 - one of the Ofcom drama numbers, so "
        "nobody's phone rings.",
    ],
)
def test_it_publishes_own_and_invented_numbers(rules_only: None, body: str) -> None:
    verdict = rules(body, kind="post")
    assert verdict.decision == "publish", verdict.findings


def test_a_client_born_on_a_date_with_a_short_year_is_identifiable(rules_only: None) -> None:
    verdict = rules("The lad I saw today (born 14th Feb '01) finally got his flat.")
    assert verdict.decision == "return", verdict.findings


def test_a_real_number_beside_a_case_based_on_someone_is_still_returned(rules_only: None) -> None:
    verdict = rules(
        "This is loosely based on a man I nursed: NHS number 943 476 5919, admitted in March."
    )
    assert verdict.decision == "return", verdict.findings


# -- risk told in the middle of something else -----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Great holiday. He'd already done my wrist in on the Monday, but the beach was lovely.",
        "Any tips for a cheap phone? He checks mine and last time he broke one of my fingers.",
        "When I said I'd leave he said he'd send the photos to my mum and my boss.",
        "She's barely slept since the birth and keeps saying the baby would be better off with "
        "the angels.",
        "The bridge has had three deaths this year. The railing is only waist height and you "
        "can park right beside it.",
        "He bought four boxes of paracetamol from different chemists on the same day.",
        "Sorry I've been quiet, I was kept in for a week after I tried again. Home now.",
        "My granddaughter came back with a split lip after his weekend. She's been wetting the "
        "bed since.",
        "The old man downstairs has given them £9,000 already and they've driven him to the "
        "bank three times.",
        "My sister texted me 'sorry for everything' at midnight and her phone's been off since.",
    ],
)
def test_it_holds_risk_told_in_passing(rules_only: None, body: str) -> None:
    verdict = rules(body)
    assert verdict.decision == "hold" and "safeguarding" in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "If the printer jams once more I'm taking a hammer to it.",
        "The railing at the bandstand is only waist height, which the toddlers love.",
        "We bought four boxes of mince pies from different shops for the ward party.",
        "I tried again with the crossword after lunch and got three more clues.",
        "He came back with a split lip from rugby, and was proud of it.",
        "Papyrus is for under-35s having thoughts of suicide, and for people worried about one.",
    ],
)
def test_the_near_misses_publish(rules_only: None, body: str) -> None:
    assert "safeguarding" not in rules(body).concerns, rules(body).findings


@pytest.mark.parametrize(
    ("body", "excerpt"),
    [
        ("My CHI is 0101901232 and the letters still go to a man in Fife.", "0101901232"),
        ("Born 4 March 1981, diagnosed autistic at 41. I'm still unpicking it.", "4 March 1981"),
    ],
)
def test_the_writers_own_number_or_birth_date_publishes_with_a_note(
    rules_only: None, body: str, excerpt: str
) -> None:
    verdict = rules(body)
    assert verdict.decision == "publish", verdict.findings
    [note] = verdict.notes
    assert body[note.start : note.end] == excerpt
    assert note.principle == "house-your-personal-details"


# -- slurs talked about publish with a note; a slur used after a cue is still used ----------------


@pytest.mark.parametrize(
    "body",
    [
        "A visitor called me a spastic in the car park and I'm still shaking.",
        'The hearing quoted the manager calling a porter a "mong". Good that it is on record.',
    ],
)
def test_a_reported_slur_publishes_with_a_note(rules_only: None, body: str) -> None:
    verdict = rules(body)
    assert verdict.decision == "publish", verdict.findings
    assert [note.principle for note in verdict.notes] == ["rcn-prohibited-content"]


def test_a_slur_the_writer_uses_after_a_cue_is_returned(rules_only: None) -> None:
    verdict = rules("Whatever the guidance says, I won't call that spastic on nights 'colleague'.")
    assert verdict.decision == "return", verdict.findings


# -- mockery of a member, said as a label ----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "lol ok karen",
        "Thanks, Captain Obvious, we'd never have worked that out.",
        "@DaveOnNights 🤡🤡",
        "Our director, bless her cotton socks, thinks a wellbeing bench fixes burnout.",
    ],
)
def test_it_holds_mocking_labels(rules_only: None, body: str) -> None:
    assert "personal-attack" in rules(body).concerns


@pytest.mark.parametrize(
    "body",
    [
        "My nan, bless her, sends a card for every birthday on the ward.",
        "Karen from the carers' group made the cakes, thank you Karen!",
        "The clown doctors visited the children's ward today 🤡 and it was lovely.",
    ],
)
def test_affection_and_names_are_not_mockery(rules_only: None, body: str) -> None:
    assert "personal-attack" not in rules(body).concerns


# -- boundaries told sideways ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Funny one: matched with an ex-client on Tinder, drinks on Friday, what could go wrong",
        "My wife and I met when I was her care coordinator, ten years married now!",
        "Ran into a former patient at parkrun and now we're running partners on Sundays.",
        "One of my family therapy clients' brothers asked me out and I said yes.",
        "A client gave me her late mum's bracelet. We're meant to declare gifts but it's between "
        "me and her.",
        "Best part of my week is when my favourite service user sends me memes on my own phone.",
        "Anyone who was on Kestrel ward while I worked there, I'm on here now, drop me a message.",
        "My leaving do is Friday at the Swan. Any of the lovely people from the day centre are "
        "more than welcome to come and raise a glass!",
        "If a certain someone from the Thursday anxiety group wants to keep our chats going "
        "after I leave, you know where to find me.",
    ],
)
def test_it_holds_boundaries_told_sideways(rules_only: None, body: str) -> None:
    verdict = rules(body)
    assert "professional-boundaries" in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "Anyone from the Tuesday hearing voices group fancy meeting at the café before?",
        "A former client sent a card to the team; we put it on the board and declared it.",
        "My partner and I met at a training day for support workers, years before either of us "
        "worked on a ward.",
        "I turned down a friend request from a former patient and explained why, kindly.",
    ],
)
def test_peers_declared_gifts_and_refusals_publish(rules_only: None, body: str) -> None:
    assert "professional-boundaries" not in rules(body).concerns, rules(body).findings


# -- confidences about findable colleagues ---------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The new OT in the Ashby team got walked off site by HR on Friday. Poor woman.",
        "A certain consultant at the Larches won't be on the rota for a while; the GMC's been "
        "told, apparently.",
        "Not surprised @ward_sister_k has gone quiet, she's been suspended since the drugs error.",
        "Pasting the outcome letter from my colleague's disciplinary: a first written warning. "
        "It's Dana on the night team.",
        "Screenshot from our managers' WhatsApp that got forwarded to me: 'Don't Datix the "
        "staffing tonight.'",
    ],
)
def test_it_holds_confidences_about_findable_colleagues(rules_only: None, body: str) -> None:
    verdict = rules(body)
    assert "confidential-information" in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "My daughter Leah Price walked out of the unit an hour ago. Police have been told.",
        "I was walked off site myself once, years ago, and I'm writing about how it felt.",
        "The GMC's guidance on social media has been updated; worth a read.",
        # the reader addressed, warned off
        "@FedUpOnHeron naming people here will only land you in a disciplinary. Try the union.",
    ],
)
def test_other_processes_are_not_confidences(rules_only: None, body: str) -> None:
    assert "confidential-information" not in rules(body).concerns, rules(body).findings


# -- set 87-90's lessons ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "long sleeves at work again cos of last night. anyway who's on the late?",
        "How long would you have after too much paracetamol, before it can't be undone? Just "
        "curious, no reason.",
    ],
)
def test_it_holds_risk_said_with_a_shrug(rules_only: None, body: str) -> None:
    verdict = rules(body)
    assert verdict.decision == "hold" and "safeguarding" in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "Long sleeves in July because the ward air conditioning is set to arctic.",
        "I'm shattered but the respite week is booked, then I'm going to see the sea.",
        "The summer I wanted to die I read every book in the unit. Twelve summers on, I still "
        "read every day.",
    ],
)
def test_the_shrug_near_misses_publish(rules_only: None, body: str) -> None:
    assert "safeguarding" not in rules(body).concerns, rules(body).findings


@pytest.mark.parametrize(
    "body",
    [
        "@taper_tom switch to the liquid and take 1ml less each week, much gentler.",
        "Your son's level of 1.3 is fine, no need to ring anyone or hold his dose.",
    ],
)
def test_it_holds_individual_doses_set_for_someone(rules_only: None, body: str) -> None:
    assert "clinical-advice" in rules(body).concerns, rules(body).findings


@pytest.mark.parametrize(
    "body",
    [
        "You're entitled to ask for a medication review if the side effects are wearing you down.",
        "If the weight is why you want to stop your meds, say that to your prescriber.",
        "I can't safely tell you whether to change your dose from here; your pharmacist can.",
        "Please talk it through with your GP before changing anything.",
    ],
)
def test_signposting_to_a_prescriber_publishes(rules_only: None, body: str) -> None:
    assert "clinical-advice" not in rules(body).concerns, rules(body).findings


def test_a_cure_sold_by_private_message_is_returned(rules_only: None) -> None:
    verdict = rules(
        "My sister was completely cured of bipolar by Mama Grace's herbs, no more lithium, "
        "no more tablets! WhatsApp her on +234 803 555 0147."
    )
    assert verdict.decision == "return" and verdict.concerns == ["spam"], verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "I'm an independent distributor now, so message me for the catalogue and a starter "
        "kit at cost.",
        "My 6-week calm programme has 3 spaces left. Message me for the price list!",
    ],
)
def test_it_holds_selling_to_readers(rules_only: None, body: str) -> None:
    verdict = rules(body)
    assert verdict.decision == "hold" and verdict.concerns == ["spam"], verdict.findings


def test_a_warning_about_cure_spam_publishes(rules_only: None) -> None:
    verdict = rules(
        "Seen the 'herbal cure for psychosis' comments on old posts? Don't reply to them, "
        "just hit report."
    )
    assert verdict.decision == "publish", verdict.findings


@pytest.mark.parametrize(
    ("body", "decision"),
    [
        (
            "The man who shouts at my mum lives at 3 Mill Garth, Ebford EX3 9LW. Horrible man.",
            "return",
        ),
        ("her email is jo dot marsh at example dot org, drop her a line", "return"),
        ("We're having the party at home dot com style, all online this year.", "publish"),
        ("I turn 40 on 2 May (born 02/05/1986) and I'm finally throwing a party.", "publish"),
        ("Give us a ring on 07700 900219 if you want to come to the group.", "hold"),
    ],
)
def test_whose_detail_more(rules_only: None, body: str, decision: str) -> None:
    assert rules(body).decision == decision, rules(body).findings


def test_a_service_user_invited_home_is_a_boundary(rules_only: None) -> None:
    verdict = rules(
        "I'm a support worker. One of the men I've been supporting had nowhere for Christmas, "
        "so I invited him to ours and he's coming round again for New Year.",
        kind="post",
    )
    assert "professional-boundaries" in verdict.concerns, verdict.findings


# -- set 91-94's lessons ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "concern"),
    [
        ("Took too many of my tablets on Sunday. A&E, charcoal, home now.", "safeguarding"),
        (
            "This is the last thing I'm going to write. The letters are on the kitchen table.",
            "safeguarding",
        ),
        (
            "@dozy_dan mirtazapine 7.5 is nothing, just take two a night like I do.",
            "clinical-advice",
        ),
        ("@mum_of_two just cancel his depot next week, he'll perk up.", "clinical-advice"),
        (
            "@sam_k ignore your care coordinator, you're fine to drive on 300mg of quetiapine.",
            "clinical-advice",
        ),
        (
            "@jo_b no wonder your daughter's in the state she's in, with a mother like you.",
            "personal-attack",
        ),
        (
            "A certain ex-client and I keep bumping into each other at the pool, not by accident.",
            "professional-boundaries",
        ),
        (
            "Minutes: HR have moved Phil Dunn to stage 2 of the capability process. The manager "
            "asked us not to discuss it outside the team.",
            "confidential-information",
        ),
    ],
)
def test_it_holds_the_last_rounds_lessons(rules_only: None, body: str, concern: str) -> None:
    assert concern in rules(body).concerns, rules(body).findings


@pytest.mark.parametrize(
    "body",
    [
        "Five winters ago we didn't know if he'd wake up. Last night he beat me at Scrabble.",
        "Just to be clear, my last post worried a few of you: I'm tired, not unsafe. Bed now.",
        "My little brother built a Lego Death Star on the floor while I did my homework.",
        "From my novel. Content note: it deals with suicidal thoughts, though nothing happens.",
        "I took too many photos at the wedding, the memory card's full.",
    ],
)
def test_the_last_rounds_near_misses_publish(rules_only: None, body: str) -> None:
    assert rules(body).decision == "publish", rules(body).findings


def test_a_relatives_home_with_dad_s_at_is_returned(rules_only: None) -> None:
    verdict = rules("Night nurses: Dad's at 4 Hollin Rise, Kelby KB2 7TQ, key safe by the door.")
    assert verdict.decision == "return", verdict.findings


def test_an_address_after_a_visit_named_is_theirs(rules_only: None) -> None:
    verdict = rules("Called in on Maureen on my day off - 6 Ash Grove, Pelby PB4 2NL - lovely.")
    assert verdict.decision == "return", verdict.findings
