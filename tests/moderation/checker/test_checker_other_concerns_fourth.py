"""Mechanisms found reading the untouched sets 9, 32, 33, 39 and 40 (fourth session), for
the concerns other than safeguarding, probed in our own words. Each family has near misses
that must publish."""

from __future__ import annotations

import pytest
from checker_scoring import comment, post


def assert_holds_for(body: str, concern: str) -> None:
    verdict = post(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert concern in verdict.concerns, (body, verdict.findings)


def assert_publishes(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)


# -- confidential: embargoes, markings read off a page, excerpts, sent documents ----------


@pytest.mark.parametrize(
    "body",
    [
        "The inspection report isn't out until next month and is embargoed, but the headline "
        "is that our crisis house gets rated poor. Keep it to yourselves for now.",
        "I've been forwarded the draft business case for merging the two crisis teams. It "
        'says "OFFICIAL - NOT FOR ONWARD CIRCULATION" at the top, but the gist is that nights '
        "go to one nurse per locality.",
        "From the closed minutes of the quality committee: \"The unit manager's conduct "
        'remains under review and agency use is 40% over budget."',
        "This went round on the managers' email list yesterday, 'restricted - do not share': "
        "bank rates for nights are being cut from April.",
        "I signed a confidentiality agreement when I left, but I'm going to break it: the "
        "consultant on the unit was found to have bullied three trainees.",
        "Our deputy ward manager got a final warning after the incident review, and she has "
        "been told not to mention it. Thought you should know.",
    ],
)
def test_it_holds_confidential_material_passed_on(body: str) -> None:
    assert_holds_for(body, "confidential-information")


def test_a_label_is_not_cancelled_by_something_public_said_paragraphs_away() -> None:
    body = (
        "The minutes of the closed session were marked 'strictly confidential'. I've read "
        "them.\n\nThe minutes say the ward closes because of the deficit.\n\nThere is more. "
        "Two posts go by attrition.\n\nNobody has told staff.\n\nThe public consultation "
        "tells a different story."
    )
    assert_holds_for(body, "confidential-information")


@pytest.mark.parametrize(
    "body",
    [
        "The embargo on the inspection report was lifted this morning and it is on the "
        "regulator's website: we got 'good' overall.",
        "Our trust's draft strategy went out for public consultation last week. It's on the "
        "website; the gist is fewer locality teams and more hubs.",
        "From the minutes of the public board meeting, which are on the trust website: the "
        "new crisis line starts in May.",
        "I was given a final warning myself two years ago and it was the making of me as a nurse.",
        "I signed a confidentiality agreement when I left and I'm keeping to it. All I'll say "
        "is that I'm happier now.",
        "Nobody should write 'restricted - patient data' on a referral unless it is.",
    ],
)
def test_public_or_own_or_merely_mentioned_material_publishes(body: str) -> None:
    assert_publishes(body)


# -- clinical advice: doses moved or counted, a medicine named before "it", a relative's -----


@pytest.mark.parametrize(
    "body",
    [
        "@Jo_P if the 50mg isn't helping, have three of those a day instead, it's what my GP "
        "did for me.",
        "If the 10mg isn't touching it just take two of them at night.",
        "Your dad doesn't need the donepezil any more, honestly, it's doing nothing. Give him "
        "half for a fortnight and then stop.",
        "@Mo_B stop taking them, the olanzapine is what's making you so tired.",
        "Drop from 300mg to 200mg of the quetiapine from tomorrow, you'll feel less groggy.",
        "@Dee_R you're fine to have a glass of wine, just miss the bedtime tablets on those "
        "nights.",
    ],
)
def test_it_holds_a_direction_about_one_persons_medicine(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "clinical-advice" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "I was on 20mg citalopram and it wasn't touching the sides, so my GP had me take two "
        "of them at night for a while.",
        "My dad doesn't need the donepezil any more, the memory clinic said, so they're "
        "tapering it.",
        "I stopped taking them in March after a long talk with my psychiatrist about the "
        "olanzapine.",
        "My consultant wants me to go down from 300mg to 200mg of quetiapine over a month.",
        "Nurses should never miss the bedtime tablets round, even when the ward is chaos.",
    ],
)
def test_own_experience_and_general_statements_about_medicine_publish(body: str) -> None:
    assert_publishes(body)


# -- identifiable information: case references, care given as a verb, more given names ------


@pytest.mark.parametrize(
    "body",
    [
        "Case ref 2290417 on RiO - the young man with the eating disorder who was discharged "
        "on Monday. Who has him now?",
        "MHA ref KT/4410/22: the gentleman detained on Friday. Has anyone got the AMHP report?",
        "Can someone in medical records chase case reference LMN-552019 for me? It's the lady "
        "I advocate for on the acute ward.",
        "Desmond Clarke, who I care-coordinated for six years, finally got his own flat this week.",
        "Did anyone catch Rory on the local news, the lad who swam the loch for charity? He's "
        "been with our early intervention team since his first episode.",
    ],
)
def test_it_holds_a_person_in_care_told_by_reference_or_name(body: str) -> None:
    assert_holds_for(body, "identifiable-information")


@pytest.mark.parametrize(
    "body",
    [
        "Crime ref 44120987 - someone broke into the day centre last night, police want witnesses.",
        "The case reference format changed to letters and numbers in 2021, which confused "
        "everyone.",
        "Desmond Clarke, who I worked alongside for six years on the crisis team, retired this "
        "week.",
        "Maxine Reid, who I trained with, has just started as a nurse on the eating disorder unit.",
        "An Unquiet Mind by Kay Redfield is the best thing I read after my bipolar diagnosis.",
        "After my diagnosis I read The Body Keeps the Score by Bessel van der Kolk, which I "
        "found hard going.",
        "Got my diagnosis on my 40th birthday (born 12/9/1983, so yes, a Virgo). Ten years on "
        "I'm doing fine.",
    ],
)
def test_colleagues_authors_and_the_writers_own_birthday_publish(body: str) -> None:
    assert_publishes(body)


def test_the_writers_own_case_reference_is_not_someone_elses() -> None:
    verdict = comment("My case ref is 2290417 if anyone from the trust can chase my complaint.")
    assert "identifiable-information" not in verdict.concerns, verdict.findings


def test_a_birthday_aside_about_someone_else_still_returns() -> None:
    verdict = comment("My patient's birthday is on the ward today (born 12/9/1943), cake later.")
    assert verdict.decision == "return", verdict.findings


# -- spam: phishing for bank details, a public body's name opening a domain, essay mills ----


@pytest.mark.parametrize(
    "body",
    [
        "URGENT for all NHS employees: a £600 cost of living payment is waiting for you. Go to "
        "nhs-payments.staff-support.net and fill in your bank details and staff number before "
        "Friday.",
        "Final year? Our team of qualified nurses will write your dissertation for you, "
        "guaranteed first class or your money back. www.nursewrite.co and www.grade-help.net",
    ],
)
def test_it_returns_phishing_and_essay_mills(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert verdict.concerns == ["spam"], (body, verdict.findings)


def test_it_holds_a_free_masterclass_sold_through_a_profile() -> None:
    body = (
        "Great thread. I run a FREE masterclass on resilience for nurses every month, details "
        "in my profile - spaces are limited!"
    )
    verdict = comment(body)
    assert verdict.decision == "hold", verdict.findings
    assert "spam" in verdict.concerns, verdict.findings


@pytest.mark.parametrize(
    "body",
    [
        "Heads up: there's a fake email going round asking NHS staff to enter your bank "
        "details at nhs-grant.co - it's a scam, don't click.",
        "Our trust hardship fund is open again; you can apply on the staff intranet and they "
        "will pay it with your salary.",
        "I went to the free webinar the RCN ran on burnout last week and it was genuinely useful.",
        "The NHS Confederation report on workforce is worth reading: www.nhsconfed.org",
        "Dissertation help please: has anyone got a good reference on risk assessment tools? "
        "I'm a second year.",
    ],
)
def test_warnings_public_offers_and_students_asking_publish(body: str) -> None:
    assert_publishes(body)


# -- professional boundaries: groups the writer ran, staff on the reader's ward, secrecy ----


@pytest.mark.parametrize(
    "body",
    [
        "To everyone from the Tuesday art group I used to facilitate at the day centre: I've "
        "made a new personal account now I'm retired, look me up, we don't need to go through "
        "the centre any more.",
        "@sam_on_the_mend I'm your nurse from Birch, send me your number and I'll text you "
        "after my shift, easier than the ward phone.",
        "I'm a support worker. Now and then I lend one of my gents a few quid for his gas when "
        "his benefits are late. The office doesn't need to know.",
        "I'm a counsellor. She was referred to me two years ago for grief work, and after we "
        "finished we ran into each other at a wedding and it went from there. We're engaged "
        "now.",
    ],
)
def test_it_holds_a_practitioner_blurring_the_relationship(body: str) -> None:
    assert_holds_for(body, "professional-boundaries")


def test_a_relationship_kept_from_work_counts_across_a_long_story() -> None:
    body = (
        "I'm a psychologist. I want to write about a young woman I worked with last year. "
        "She had nobody. Therapy ended in March. I gave her my own number then. That was a "
        "while ago. We talk most evenings now, mostly about telly. I haven't raised it in "
        "supervision."
    )
    assert_holds_for(body, "professional-boundaries")


@pytest.mark.parametrize(
    "body",
    [
        "To everyone from the Tuesday art group I used to facilitate: the centre has a new "
        "facilitator, Priya, and the group carries on as normal.",
        "@sam_on_the_mend I'm one of the nurses on Birch - lovely to see you doing so well. "
        "The ward's number is on the discharge letter if you need us.",
        "I'm a support worker. One of my gents asked to borrow money last week and I said no, "
        "then helped him ring the benefits line.",
        "I'm a community nurse. A woman I care for lost her husband this year. She lives alone "
        "and her daughter is in Australia. We set up a befriending volunteer who now visits "
        "her every week for a coffee. I've told my manager how well it's going.",
    ],
)
def test_official_contact_and_refusals_publish(body: str) -> None:
    assert_publishes(body)


# -- returns: a third party's number after "he's on", someone the writer knows to ring, ------
# -- and an address where someone opens their door ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "My brother-in-law had the same with the memory service; he'd be glad to talk, she's "
        "on 07723 118902 - his wife, I mean.",
        "Ring my neighbour Tony on 07712 345678, he won't mind.",
        "We finally got to 14 Linden Road, Amblecote DY8 4RT just after ten, and he answered "
        "the door in his dressing gown. We walked to the shop after.",
        "Two buses to Flat 3, 8 Orchard Way, Hebden HX7 2QP, where she let me in and put the "
        "kettle on.",
    ],
)
def test_it_returns_a_third_partys_number_or_home(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return", (body, verdict.findings)
    assert "identifiable-information" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The crisis team are brilliant; they're on 0300 123 4567 any time of day.",
        "Call your GP on the usual number or ring NHS 111.",
        "The open day is at 3 Station Road, Kelby KB1 2AA; when the receptionist opened the "
        "door at nine there was already a queue for the cafe.",
    ],
)
def test_a_services_number_or_a_venue_is_not_returned(body: str) -> None:
    assert comment(body).decision == "publish"


def test_the_writers_own_work_mobile_is_theirs() -> None:
    verdict = comment("If you need me, ring my work mobile on 07712 345678 rather than the office.")
    assert "identifiable-information" not in verdict.concerns, verdict.findings


# -- personal details: "at ours", a member's home by a landmark, times said in words -------


@pytest.mark.parametrize(
    "body",
    [
        "Come round ours on Friday, 12 Bell Street, Dunford DN3 1AB, I'll have the kettle on "
        "for anyone from the group.",
        "Wait, is @greenfingers the man who lives in the cottage next to the post office on "
        "Church Lane? I walk past every day!",
        "Aren't you the one in the house opposite the Spar on Wood Lane, @dandelion? The one "
        "with the blue door?",
        "Most nights around eleven I'm on the bench by the canal at Kirby Wharf, if anyone "
        "fancies a natter.",
        "@Rob_W you're always in the window seat at Costa on Market Street every lunchtime, "
        "I'll come and say hi.",
    ],
)
def test_it_holds_a_home_or_daily_whereabouts_posted_publicly(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "personal-details" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "@greenfingers lives near a post office too, apparently, and grows the best tomatoes "
        "on here.",
        "I don't live in the flat above the chippy on Mill Street any more, thank goodness.",
        "If you're ever in town, you can get a great coffee in the cafe opposite the library "
        "on King Street.",
        "Every night at ten I take my meds and read for a bit; it's the only routine that's stuck.",
        "The group meets at the library on Gordon Street every Tuesday at two.",
        "I used to go to the park every day at eight when I had the dog.",
    ],
)
def test_no_door_no_place_or_a_past_habit_publishes(body: str) -> None:
    assert_publishes(body)


# -- attacks and sexual remarks: an aside after "is", brushed-off readers, innuendo --------


@pytest.mark.parametrize(
    "body",
    [
        "Our new matron is, honestly, a spineless coward when it comes to standing up to the "
        "board.",
        "@MumOfThree get over yourself. You post the same complaint in every thread and it's "
        "boring.",
        "Here we go again with your sob story, @lenny_p, every single week.",
        "@Tom_R you know nothing about acute wards, stay in your lane.",
    ],
)
def test_it_holds_an_attack_on_a_person_or_reader(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "personal-attack" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The locum on our unit can review my care plan any time if you get what I mean 😏",
        "That new physio is seriously fit, I'd let her treat me any day, wouldn't say no to a "
        "private session 😉🔥",
    ],
)
def test_it_holds_innuendo_about_a_colleague(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "offensive-content" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The evidence is, frankly, a mess, and the guidance is honestly a fraud on the public "
        "purse.",
        "He wanted to talk about cricket, which I know nothing about, so I just listened.",
        "I know nothing about benefits appeals, can anyone point me to an advice line?",
        "My sob story, since people asked: three years on the waiting list and counting.",
        "My dad is really fit for 78 and still walks to the shops; the physio can check my "
        "knee any time, she said.",
        "The new psychologist could do my formulation any day next week, which is great news "
        "after a six month wait.",
    ],
)
def test_things_the_writers_own_ignorance_and_plain_praise_publish(body: str) -> None:
    assert_publishes(body)


# -- demeaning generalisations: a group called by a demeaning noun, or attention-seeking ----


@pytest.mark.parametrize(
    "body",
    [
        "People on section 136 are mostly junkies and drunks wasting police time.",
        "Teenagers who self-harm are basically spoilt kids wanting attention, send them home.",
    ],
)
def test_it_holds_a_group_called_by_a_demeaning_word(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "offensive-content" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "People on methadone scripts are too often called junkies by the staff who should be "
        "helping them.",
        "Patients with eating disorders are not spoilt or wanting attention; they are very unwell.",
        "Some of my patients said they felt like drama queens for asking for help, which broke "
        "my heart.",
    ],
)
def test_a_label_reported_or_denied_publishes(body: str) -> None:
    assert_publishes(body)


# -- a second batch of probes, written after the fixes above and scored before these -------
# -- (21 of 29 right): ages by decade, news not yet told, cuts, sarcasm, occasions ----------


@pytest.mark.parametrize(
    ("body", "concern"),
    [
        (
            "The only Polish woman in our village, mid-fifties, has just been sectioned with "
            "psychotic depression. Everyone is talking about it.",
            "identifiable-information",
        ),
        (
            "A lad in his late teens from a tiny hamlet outside Alston was admitted with first "
            "episode psychosis on Friday; his mum runs the post office.",
            "identifiable-information",
        ),
        (
            "Strictly between us, the board agreed last night to shut the mother and baby unit "
            "in April. Staff won't be told until after Christmas.",
            "confidential-information",
        ),
        (
            "Just seen the draft minutes from Tuesday's senior leadership meeting - they're "
            "planning to cut two consultant posts in the EIP team. Not announced yet obviously.",
            "confidential-information",
        ),
        (
            "Oh brilliant, another pearl of wisdom from our esteemed ward manager. Truly, where "
            "would we be without her genius rota.",
            "personal-attack",
        ),
        (
            "The lot on the crisis line are a bunch of useless clock-watchers who couldn't care "
            "less.",
            "personal-attack",
        ),
        (
            "I'm a CPN. One of my clients invited me to her daughter's wedding and I'm going - "
            "it's on a Saturday so it's my own time.",
            "professional-boundaries",
        ),
    ],
)
def test_it_holds_the_second_batch(body: str, concern: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert concern in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "I'm in my mid-fifties, live in a small village, and was diagnosed with depression last "
        "year. Writing helps.",
        "The trust announced today that it will shut the mother and baby unit in April; staff "
        "were told this morning and it's on the website.",
        "They cut two consultant posts last year and the waiting list doubled; it's all in the "
        "annual report.",
        "Staff won't be told until the new rota is ready, which is fair enough, it's only a draft.",
        "Another pearl of wisdom from my nan: never trust a man who doesn't like dogs.",
        "My colleague invited me to her daughter's wedding and I'm going, can't wait.",
        "I'm a CPN. One of my clients invited me to her daughter's wedding; I thanked her and "
        "said no, and we talked about what the day meant to her.",
    ],
)
def test_the_second_batchs_near_misses_publish(body: str) -> None:
    assert_publishes(body)


# -- a third batch (4 of 7 holds right before, 15 of 15 near misses published) -------------


@pytest.mark.parametrize(
    ("body", "concern"),
    [
        (
            "I've been asked not to say anything yet but the ward is closing in March and all "
            "the staff are being moved to Ashfield.",
            "confidential-information",
        ),
        (
            'Funny how the "lived experience lead" never actually turns up to anything. Must '
            "be nice being paid to tweet.",
            "personal-attack",
        ),
        (
            "Anyone I've nursed on Ward 7 - I'm on TikTok now @nursejamie_real, give us a follow x",
            "professional-boundaries",
        ),
    ],
)
def test_it_holds_the_third_batch(body: str, concern: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert concern in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        'Our confidentiality training this week was actually good: the trainer said "marked '
        'confidential" on an email means nothing if you then forward it to your personal '
        "account.",
        "I'm a carer for my husband, who has early onset dementia. He's 58. We live in a small "
        "village in Cumbria and people have been so kind.",
        "Shout out to Dr Amara Obi, our consultant, who ran the best teaching session on "
        "lithium I've ever been to.",
        "Anyone else find the investigation process after a serious incident really hard? "
        "Mine took eight months and I still don't know the outcome.",
        "My sister Claire has bipolar and has given me permission to write about how we "
        "handled her last relapse together.",
        "Lovely to meet so many of you at the carers' café on Tuesday; it runs every week at "
        "the library from 2pm.",
        "Our ward got an 'outstanding' in the CQC report published yesterday. So proud of the "
        "team.",
        "My psychiatrist doubled my dose of quetiapine last month and it's helped with sleep.",
        "I met my husband on a psychiatric ward - we were both patients. Twenty years married "
        "this June.",
    ],
)
def test_the_third_batchs_everyday_writing_publishes(body: str) -> None:
    assert_publishes(body)


# -- a fourth batch (9 of 15 right before): sarcasm, a name opening the sentence, a trade ---
# -- in a small place, a diagnosis read off the reader's posts, a joined order --------------


@pytest.mark.parametrize(
    ("body", "concern"),
    [
        (
            "Wow @StudentSam, did they teach you that in your first week? Maybe leave the "
            "clinical opinions to people who've actually qualified.",
            "personal-attack",
        ),
        (
            "Congratulations to the home treatment team for managing to lose another referral. "
            "Truly world class.",
            "personal-attack",
        ),
        ("Sandra on nights is a lazy cow who sleeps through every obs round.", "personal-attack"),
        (
            "The woman who runs the florist in Bampton has been in and out of the Warneford "
            "with her eating disorder since the spring.",
            "identifiable-information",
        ),
        (
            "@Wren_87 I can tell from your posts you're borderline, not bipolar. Ask them to "
            "reassess.",
            "clinical-advice",
        ),
        (
            "Hmm, your consultant sounds like a dinosaur. Get a second opinion and push for "
            "clozapine, it's the only thing that works for resistant schizophrenia.",
            "clinical-advice",
        ),
    ],
)
def test_it_holds_the_fourth_batch(body: str, concern: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert concern in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Congratulations to the home treatment team for managing to cut their waiting list in "
        "half this year!",
        "Sandra on nights is a legend who never misses an obs round.",
        "I was told I was borderline for years before they finally reassessed me and found "
        "bipolar.",
        "I can tell from your posts you're a brilliant nurse, and your team is lucky to have you.",
        "Ask your consultant about it and see what they think; some people do well on "
        "clozapine when nothing else has worked.",
        "Get a second opinion and ask about the options - that's what I did before I started "
        "clozapine.",
        "I was a lazy student and I'm not proud of it, but I found my feet in third year.",
    ],
)
def test_the_fourth_batchs_near_misses_publish(body: str) -> None:
    assert_publishes(body)


# -- a fifth batch (11 of 15 right before; the misses below): a body looking into someone, --
# -- a gift from a resident, the chocolate teapot said of people, a dose moved in the day ---


@pytest.mark.parametrize(
    ("body", "concern"),
    [
        (
            "HR are looking into Dr Patel on the older adults ward after three families "
            "complained about how she spoke to them. Don't say I told you.",
            "confidential-information",
        ),
        (
            "I'm a support worker and one of the residents bought me a necklace for my "
            "birthday. I wear it every day, my manager doesn't know.",
            "professional-boundaries",
        ),
        (
            "The day hospital lot are as much use as a chocolate teapot. Honestly, what do "
            "they do all day?",
            "personal-attack",
        ),
        (
            "@JayneR take your lithium in the morning instead of at night, then the levels "
            "won't be so high at your bloods.",
            "clinical-advice",
        ),
    ],
)
def test_it_holds_the_fifth_batch(body: str, concern: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert concern in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The day hospital is as much use as a chocolate teapot since they cut the staffing, "
        "and that's on the commissioners.",
        "My husband bought me a necklace for our anniversary and I've not taken it off since.",
        "HR are looking into the new rota system after staff complained about how it was "
        "rolled out.",
        "The NMC are looking into how fitness to practise cases are handled, according to "
        "their consultation.",
        "Lithium levels are usually taken 12 hours after the last dose, which is why most "
        "people take it at night.",
        "Rowan Ward has 18 beds and is the busiest in the trust; we admitted eleven people in "
        "March alone.",
        "A lad I discharged last month sent me a friend request. I didn't accept it and "
        "mentioned it to my supervisor.",
    ],
)
def test_the_fifth_batchs_near_misses_publish(body: str) -> None:
    assert_publishes(body)
