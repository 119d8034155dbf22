"""Safeguarding read through spelling as people write it and through weak signs that add up.

Two mechanisms:

* a standard-spelling view (spelling.py, spelling.toml): text-speak, dropped g's, missing
  apostrophes and UK dialect words are read as the standard words every vocabulary uses,
  and findings point back at the words as written;
* families of risk told indirectly: affairs settled (belongings allotted, a pet handed on,
  keys left, calm), contact turned away ahead of a time, a place told through the scenery,
  questions about being found, a lethal dose asked as "what dose", an accident hoped for,
  voices about a child, a child silenced by a threat, an adult whose money, heat or food is
  controlled or who has not been seen for days, and where and how someone died named in a
  post about the death.

Each family has positives (held for safeguarding), near misses and talk about the topic
(published). Wordings are our own, not the blind sets'.
"""

from __future__ import annotations

import pytest

from moderation.checker import check, spelling


def verdict_of(body: str, kind: str = "comment", title: str | None = None):
    fields = {"body": body}
    if title:
        fields["title"] = title
    return check(kind=kind, fields=fields)


def held(body: str, kind: str = "comment", title: str | None = None) -> bool:
    verdict = verdict_of(body, kind, title)
    return verdict.decision == "hold" and "safeguarding" in verdict.concerns


def not_safeguarding(body: str, kind: str = "comment", title: str | None = None) -> bool:
    return "safeguarding" not in verdict_of(body, kind, title).concerns


# -- the standard-spelling view ----------------------------------------------------------------


def test_text_speak_and_dialect_are_read_as_standard_words() -> None:
    view = spelling.standard("wot wud u do if me mam wasnt checkin on me. Ken said no")
    assert view.text == ("what would you do if my mam wasn't checking on me. Ken said no")


def test_a_word_stands_for_another_only_before_the_right_words() -> None:
    assert spelling.standard("tell me more").text == "tell me more"
    assert spelling.standard("4 days in").text == "4 days in"
    assert spelling.standard("asking 4 a mate").text == "asking for a mate"
    assert spelling.standard("i ken which bridge").text == "i know which bridge"
    assert spelling.standard("Ken which one is yours").text == "Ken which one is yours"


def test_words_that_are_words_already_keep_their_spelling() -> None:
    text = "my cousin is thin, said it within the cabin; wi-fi at www.wud.com"
    assert spelling.standard(text).text == text


def test_a_capital_is_kept() -> None:
    assert spelling.standard("Wot a day").text == "What a day"


def test_spans_map_back_to_the_words_as_written() -> None:
    original = "honestly dont bother checkin in on me after friday"
    view = spelling.standard(original)
    start = view.text.index("checking")
    assert view.original_span(start, start + len("checking")) == (
        original.index("checkin"),
        original.index("checkin") + len("checkin"),
    )
    later = view.text.index("friday")
    assert view.original_span(later, later + 6) == (
        original.index("friday"),
        original.index("friday") + 6,
    )


def test_a_finding_on_the_standard_view_quotes_the_words_as_written() -> None:
    body = "wot amount of sertraline wud actually do it, asking 4 a mate"
    verdict = verdict_of(body)
    assert verdict.decision == "hold"
    for finding in verdict.findings:
        assert body[finding.start : finding.end] == finding.excerpt


# -- affairs settled, adding up over a short comment ------------------------------------------

AFFAIRS = [
    "sorted the last bits today. our Dean's having the telly, the dog's going to live with "
    "my auntie and I've written everyone a letter. feel dead peaceful now",
    "me sister can have me records, the rabbits are going to our Kelly's tomorrow and the "
    "keys are with next door. thats all done now. weirdly calm",
    "left the cat with me mam and the house keys with the neighbour. dont worry bout me x",
]

AFFAIRS_EVERYDAY = [
    "cleared out the garage at last!! our Dean's having the old telly for his flat and the "
    "rest went to the tip. weirdly calm now, clear outs are therapy",
    "off to Lanzarote for a fortnight tomorrow, left the cat with me mam and the keys with "
    "next door. dont worry bout me, I'll have a cocktail for you all x",
    "my lad's having my old car now he's passed his test, so proud of him",
    "gave the dog to my mum for the weekend while we're at the wedding",
]


@pytest.mark.parametrize("body", AFFAIRS)
def test_affairs_settled_over_a_short_comment_hold(body: str) -> None:
    assert held(body)


@pytest.mark.parametrize("body", AFFAIRS_EVERYDAY)
def test_a_clear_out_a_holiday_or_a_gift_publishes(body: str) -> None:
    assert not_safeguarding(body)


def test_someone_else_giving_everything_away_holds_and_outgrowing_it_does_not() -> None:
    assert held(
        "my daughter's 15 and she's been giving all her jewellery away to her friends. "
        "barely eating. said 'you'll be fine without me' last night"
    )
    assert not_safeguarding(
        "my daughter's given all her old toys to her cousin cos she's grown out of them, "
        "a proper teenager now"
    )


# -- contact turned away ahead of a time -------------------------------------------------------

CONTACT_REFUSED = [
    "ta for askin but no need to check in on me after the weekend. there'll be no need. "
    "got it all sorted in me head",
    "honestly u lot dont need to check up on me anymore. im not even sad about it now",
]

CONTACT_EVERYDAY = [
    "no need to check in on me this week, I'm at my sister's in Leeds for the week and "
    "she's feeding me up",
    "there'll be no need for a lift on Friday, the bus runs again",
]


@pytest.mark.parametrize("body", CONTACT_REFUSED)
def test_contact_turned_away_ahead_holds(body: str) -> None:
    assert held(body)


@pytest.mark.parametrize("body", CONTACT_EVERYDAY)
def test_contact_not_needed_for_an_everyday_reason_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- a place told through the scenery; an ending said bare -------------------------------------


def test_a_place_chosen_among_many_holds() -> None:
    assert held("went up the woods again lookin at the trees. ken which one now")
    assert held("been stood looking at the bridges all evening. I know exactly which one.")


def test_the_sea_at_night_with_arrangements_holds() -> None:
    assert held(
        "gave next door the spare key and left the dog at my brother's. the river looks "
        "so still tonight. dont worry about me"
    )


def test_an_ending_said_bare_with_a_place_holds() -> None:
    assert held("if the tribunal says no again thats me. no more. been looking at the cliffs")


SCENERY_EVERYDAY = [
    "the sea looks amazing tonight from the prom, went for chips with the kids",
    "been looking at the trees in the park for my art project, the colours are unreal",
    "if they turn my appeal down again thats me ringing my MP, no more being polite",
]


@pytest.mark.parametrize("body", SCENERY_EVERYDAY)
def test_scenery_and_determination_alone_publish(body: str) -> None:
    assert not_safeguarding(body)


# -- questions about being found; a lethal dose asked as "what dose" ---------------------------


def test_asking_how_long_before_someone_is_found_holds() -> None:
    assert held(
        "random question. how long would it take for someone to be found if nobody checks "
        "on them? i dont have anyone who would notice"
    )
    assert held(
        "asking for a mate. how long before anyone would notice if a person who lives "
        "alone just stopped answering?"
    )


def test_a_found_question_about_something_else_publishes() -> None:
    assert not_safeguarding("how long does it usually take for a lost dog to be found?")
    assert not_safeguarding("how long did it take you to be found a placement after uni?")


def test_what_dose_would_do_it_holds_whatever_the_pretext() -> None:
    assert held("what amount of propranolol would actually do it? for a book im writing")
    assert held("wot dose of my mums tramadol wud kill someone, just curious")


def test_dose_questions_for_treatment_publish() -> None:
    assert not_safeguarding("what dose of sertraline did you start on? mine is 50mg")
    assert not_safeguarding("which dose of melatonin works best for jet lag?")


# -- an accident hoped for, safety not cared about ---------------------------------------------

ACCIDENT = [
    "I drive home from the late shift and catch myself hoping a bus will hit me, not "
    "badly, just enough that it all stops.",
    "Some nights I'm praying that I crash on the bypass. I haven't told my supervisor.",
    "I didn't wear my helmet on the bike all week and honestly I didn't care what happened. "
    "Haven't told anyone.",
]
ACCIDENT_EVERYDAY = [
    "I'm hoping the train is on time tomorrow, I've got the interview at nine.",
    "Hoping for a snow day so I can stay in with the kids.",
    "The lorry nearly hit me on the roundabout and I was shaking for an hour.",
]


@pytest.mark.parametrize("body", ACCIDENT)
def test_an_accident_hoped_for_holds(body: str) -> None:
    assert held(body, kind="post", title="Driving home")


@pytest.mark.parametrize("body", ACCIDENT_EVERYDAY)
def test_hopes_and_near_misses_on_the_road_publish(body: str) -> None:
    assert not_safeguarding(body, kind="post", title="Driving home")


# -- voices about a child; a child silenced by a threat ----------------------------------------


def test_voices_about_a_child_hold_even_told_lightly() -> None:
    assert held(
        "voices are loud tonight, keep telling me my son would be better off in heaven. lol"
    )
    assert held("the voice says the twins are evil and have to go. partner is away till friday")


def test_voices_with_support_and_a_safe_child_publish() -> None:
    assert not_safeguarding(
        "voices are back but I rang the crisis team and my daughter is at her nan's, "
        "feeling safer already"
    )


def test_a_child_silenced_by_a_threat_holds() -> None:
    assert held(
        "im 13 and my stepdad told me if i tell my teacher about the bruises he'll say i "
        "did it myself. what do i do"
    )


@pytest.mark.parametrize(
    "body",
    [
        "im 14 and my mum said if i dont do my homework shes taking my phone",
        "dad says no xbox till my mocks are done. im 15 not 5",
        "grounded for a week cos i got home at 10. im literally 13 its so unfair",
    ],
)
def test_a_teenager_moaning_about_house_rules_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- an adult at risk through a carer or relative ----------------------------------------------

ADULT = [
    "my grandad's lodger keeps his bank card and grandad hasnt had the heating on since "
    "november. he's lost loads of weight and says he's 'not allowed' to ring us",
    "the old lady at number 6 hasn't opened her curtains in five days and the post is "
    "piling up. her nephew was there last week and went off with her purse",
]
ADULT_EVERYDAY = [
    "my nan's carer is lovely, they do her online banking together and she's had the "
    "heating on all winter",
    "the old chap next door has had his curtains shut all week because he's at his "
    "daughter's in Spain, I'm watering the plants",
]


@pytest.mark.parametrize("body", ADULT)
def test_an_adult_controlled_or_unseen_holds(body: str) -> None:
    assert held(body)


@pytest.mark.parametrize("body", ADULT_EVERYDAY)
def test_a_good_carer_or_a_neighbour_away_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- a menace about what happens to people who don't listen ------------------------------------


def test_what_happens_to_people_who_cross_the_writer_with_a_whereabouts_holds() -> None:
    assert held(
        "tell that social worker I know where she parks on a tuesday. she'll see what "
        "happens to people who mess with my family"
    )


# -- how and where someone died, in a post about the death -------------------------------------

DEATH_DETAIL = [
    "A young man from our team's caseload died last month. He jumped from the bridge at "
    "Castleford, where the railings are low, and I can't stop thinking about it.",
    "We lost a patient in the spring. She died at the same spot where three other people "
    "have died, and there is still a gap in the fence at the top of the path.",
]
DEATH_TOPIC = [
    "A young man from our team's caseload died last month. I won't write about how; what "
    "I want to talk about is how the team grieved.",
    "Our suicide prevention training covered how to talk about a death safely: never "
    "describe the method or the place.",
    "We jumped off the pier at Tenby on the coasteering trip, best day of the summer.",
]


@pytest.mark.parametrize("body", DEATH_DETAIL)
def test_method_and_place_of_a_death_hold(body: str) -> None:
    assert held(body, kind="post", title="After a death")


@pytest.mark.parametrize("body", DEATH_TOPIC)
def test_a_death_told_without_method_or_place_publishes(body: str) -> None:
    assert not_safeguarding(body, kind="post", title="Reflections")


def test_a_discharge_like_falling_off_a_cliff_is_an_idiom() -> None:
    assert not_safeguarding(
        "Leaving our service can feel like falling off a cliff for people, so we phone "
        "everyone a week after discharge.",
        kind="post",
        title="After discharge",
    )


# -- the same families in other words, dialects and spellings -----------------------------------
# A second batch, written after the first was passing, to check the mechanisms and not the
# first batch's wording; near misses alongside.

OTHER_WORDS_HELD = [
    # affairs settled
    "gave me nephew the xbox today and me mate's takin the fish tank. wrote to mam n dad. "
    "dunno why but i feel lighter than i have in years",
    "all sorted now. sister's got the spare key, the dog's at me nan's for good and i've "
    "paid off the catalogue. nowt left to do really",
    "Finished the letters tonight, one for each of the kids. Put them in the drawer with "
    "the insurance papers. Weirdly peaceful.",
    "cancelled me phone contract, gave the cat to the lass next door n left a note for me "
    "brother. feel sound about it tbh",
    # contact refused ahead
    "no need to text me after sunday hun, honestly. it'll all be sorted by then x",
    "pls dont ring the crisis team on me, ive made my mind up and im ok with it",
    "yous have been good to me but dont come lookin for me this weekend",
    # place via scenery
    "sat on the wall at the top of the multi storey again. the town looks dead small from "
    "up here. nobody knows im here",
    "the tracks behind ours are proper quiet after the last train. been going down most "
    "nights just to sit",
    "walked to the bridge again tonight. the water looks so calm from up there. didnt "
    "want to come home",
    # being found / lethal
    "if someone took a load of insulin how long till anyone found them? no reason",
    "wat happens if u take 30 of ur sertraline at once, like wud u just sleep",
    "how many co-codamol wud it take 2 not wake up. askin for a mate",
    "whats the most painless way to go. for a story",
    # accident / not caring
    "keep thinkin if i just didnt brake at the roundabout nobody would blame me",
    "stepped off the kerb without looking today. half hoping. didnt tell anyone",
    # voices/child
    "the voices keep sayin my daughter is the devil and i need to sort it. shes only 3",
    "hearing things again telling me to hurt the baby. i wont but its loud",
    # child threatened / abuse
    "im 12 and my mums boyfriend said if i tell anyone what he does he'll hurt my little brother",
    "my step dad hits me with his belt when mum is at work. she doesnt believe me",
    "im 14 and me dad keeps lockin me in me room with no food when he's drinkin",
    # adult at risk
    "me nan's new fella has took over her bank stuff and now she can't even buy her own "
    "milk. she's scared of him",
    "the woman in the flat below hasnt been seen in a week, theres a smell and her son "
    "took her car and her cards",
    "my uncle's carers havent been in 3 days and hes in the same clothes, fridge is empty",
    "grandad says his carer keeps his pension and only gives him a tenner a week. he's "
    "lost so much weight",
    # death detail
    "RIP to the lad from our estate, he hung himself in the woods behind Asda on Tuesday. "
    "they found him near the old railway bridge.",
    # direct, dialect
    "honestly cannae dae this anymore. gonna end it the night. sorry ma",
    "av had enuf. takin the lot tonight. bye x",
    "wanna die tbh. no1 wud even notice",
    "gonna do it after me mams birthday so i dont ruin it",
]


OTHER_WORDS_PUBLISHED = [
    "gave me nephew the xbox today cos he's saving for a ps5, buzzing for him",
    "sorted the dog with me nan for the week while we're in Magaluf!! dont worry bout me lol",
    "no need to text me after sunday hun, I'm back at work and flat out x",
    "sat on the wall at the top of the multi storey eating chips, the town looks dead "
    "small from up here",
    "walked to the bridge tonight with the dog, the water looks so calm. lovely evening",
    "how long till the insulin pen starts working? newly diagnosed type 1",
    "wat dose of sertraline did u start on? im on 50 and feel sick",
    "my daughter was the devil in the nativity lol she loved it",
    "the voices are quieter since the clozapine, my daughter says im more myself",
    "im 14 and me dad keeps nicking me chargers",
    "me nan's new fella is lovely, does all her shopping and takes her to bingo",
    "the woman in the flat below is in Spain for a week, i've got her cards to post",
    "RIP to the lad from our estate, gone far too young. funeral is friday at St Marys, "
    "all welcome",
    "honestly cannae be bothered wi the washing the night lol",
    "av had enuf of this rain. takin the kids to soft play tonight",
    "dying to see the new Bond film tbh",
    "ive written everyone a christmas card this year, feel dead organised",
    "left the keys with next door cos the boiler man is coming while im at work",
    "thats me. done with my dissertation!! no more.",
    "my son has given all his lego away to his cousin now hes into football",
    "cos of the strikes no trains tonight so im walking home along the canal",
    "I'm hoping the lorry drivers' strike ends soon, the shelves are empty",
    "my nan hasn't had the heating on since october cos her boiler's broke, council "
    "fixing it monday",
    "haven't opened the curtains in two days, flu is rough, my mam's bringing soup",
]


@pytest.mark.parametrize("body", OTHER_WORDS_HELD)
def test_the_families_in_other_words_hold(body: str) -> None:
    assert held(body)


@pytest.mark.parametrize("body", OTHER_WORDS_PUBLISHED)
def test_their_near_misses_in_other_words_publish(body: str) -> None:
    assert not_safeguarding(body)


# -- a third batch: other dialects, goodbyes to the group, attempts stopped short ---------------
# Written after the second batch passed; it held 7 of 29 before the changes it prompted
# (cover stories, a day named, trains timed, means with their use denied, lethal "enough",
# thoughts of harming a child, children going without, an age gap met online, an adult's
# benefits taken, a death told through a named bridge).

THIRD_BATCH_HELD = [
    # affairs / goodbyes
    "ive sorted me will, gave our lass me nana's ring and put a note under the telly for "
    "whoever finds it. canny calm now",
    "the boys will get my tools and the van. told the landlord to keep the deposit. "
    "im done faffing",
    "rehomed the budgie with the woman from church. she thinks im goin in hospital lol. im not",
    "Ta-ra everyone. been lovely knowing yous. dont be sad x",
    "just want to say thank u to everyone on here before i go. u were the only ones who listened",
    "wrote a letter for each of the grandkids and left them with the solicitor. dont want "
    "a fuss when the time comes, which wont be long",
    # contact / time
    "after tomorrow you wont have to worry bout me anymore mam",
    "wont be replying after tonight so dont panic when i go quiet. its for the best",
    "sunday's the day. got everything i need",
    # place / method soft
    "drove up to the top of the moor road and sat with the engine running for an hour. "
    "couldnt do it this time",
    "the train goes past at 23.14 every night. i know cos ive been timing it",
    "went to the cliffs again last night, stood there ages. nearly",
    "got a length of rope from b&q. not for the garden",
    # lethal q
    "does anyone know if 20 propranolol is enough to stop your heart",
    "how much paracetamol is too much like fatal too much",
    "whats the max u can take of zopiclone before it becomes dangerous. askin for reasons",
    # passive/practitioner
    "Every night on the drive home I think about just letting go of the wheel on the bend "
    "by the reservoir.",
    # child/parent
    "my 9 year old said he wants to die and hes been hurting himself with a compass. "
    "school dont know",
    "i keep having thoughts about dropping the baby down the stairs. i dont want to but "
    "they wont stop",
    "my neighbours little ones are always outside in the cold til late, no coats, and "
    "they're always asking us for food",
    "my daughter's 13 and shes been meeting a 25 year old man she met on snapchat, he "
    "buys her vapes",
    # adult
    "me mam's carer shouts at her and i found bruises on her arms, she says she fell but "
    "she wont look at me",
    "my brother with learning disabilities has moved in with a 'friend' who takes all his "
    "benefits and makes him sleep on the floor",
    "the old lad at the end of our street hasnt had his bins out for weeks and his gas "
    "got cut off. i dont think hes eating",
    # menace
    "that nurse who sectioned me better hope she never sees me in town. i know she "
    "lives in Fairfield",
    # death detail
    "Another one off the Tyne Bridge this week. Same spot as the lad in March. You can "
    "just climb over by the bus stop.",
    # dialect direct
    "a cannae take much mair o this. am done. naebody would miss me anyhow",
    "wish i cud just go to sleep n not wake up tbh",
    "im gona od tonight i swear",
]


THIRD_BATCH_PUBLISHED = [
    "ive sorted me will at last, solicitor was canny. feels good to be organised at 60",
    "rehomed the budgie with the woman from church cos my grandson's allergic, she loves him",
    "Ta-ra everyone, off to Benidorm for two weeks, dont be sad x",
    "just want to say thank u to everyone on here, u helped me get through the exams!!",
    "sunday's the day! got everything i need for the wedding cake",
    "drove up to the top of the moor road to watch the sunrise with the kids, amazing",
    "the train goes past at 23.14 every night, wakes the baby every time",
    "went to the cliffs again last night with the camera club, got some cracking shots",
    "got a length of rope from b&q for the kids' swing",
    "does anyone know if propranolol helps with exam nerves",
    "how much paracetamol can I give a 6 year old? calpol's run out",
    "I've been a ward manager for 12 years and I still love the night shifts.",
    "my 9 year old said he wants to be a paramedic when he grows up",
    "me mam's carer is a treasure, she sings to her",
    "the old lad at the end of our street has got his bins out again, nice to see him about",
    "that nurse who looked after me, if she ever sees me in town I'll buy her a coffee",
    "The Tyne Bridge looked gorgeous lit up in purple for the Samaritans campaign this week.",
    "a cannae take much mair o this weather, roll on summer",
    "im done with this assignment, off to the pub",
    "my son has been giving me so much grief about his phone lol",
    "I teach a session on spotting financial abuse of older people; carers taking bank "
    "cards is the commonest sign.",
    "My mum died by suicide when I was 19. Twenty years on, I volunteer for Samaritans.",
]


@pytest.mark.parametrize("body", THIRD_BATCH_HELD)
def test_the_third_batch_holds(body: str) -> None:
    assert held(body)


@pytest.mark.parametrize("body", THIRD_BATCH_PUBLISHED)
def test_the_third_batch_near_misses_publish(body: str) -> None:
    assert not_safeguarding(body)


def test_a_clock_time_is_not_an_age() -> None:
    assert held("the last train goes through at 23.40. been timing it most nights")


# -- a fourth batch, and the gist of a short text ------------------------------------------------
# Written after the third passed; it held 4 of 16 before the changes it prompted (a plan kept
# hidden, absence "or ever", medicine being saved, organ failure and "does it hurt" questions,
# a crash pictured, an unexplained note, "no" governing one noun, a Scots grandad not out of
# his house). The gist reading (three kinds of sign in a short text, one an arrangement, a
# parting or a means, none explained) holds the debts-passwords-"ready now" comment.

FOURTH_BATCH_HELD = [
    "tidied the flat top to bottom, left a note for our Shaz on the table and put the "
    "cat's food out for a week. calmer than ive been in ages",
    "just wanted to say ta for everything on here. nobody at home knows what im "
    "planning and i want it kept that way",
    "think ive finally made my mind up. the tablets are in my bag. sorry to everyone",
    "might not be on tomorrow. or ever. dont want a fuss, i'm at peace with it",
    "my son (16) has written letters to all his mates and keeps saying 'it won't "
    "matter soon'. he's not sleeping",
    "I've paid off my debts and cancelled the gym. Told my sister where the passwords "
    "are. Ready now.",
    "the meds ive been saving are in a sock under the bed. nobody knows. thinking "
    "about the weekend",
    "mam's fella takes her pension every week and she's lost three stone. she won't "
    "say a word against him",
    "ma granda's no been oot his hoose in a fortnight and his carer's no been near "
    "him. fridge is bare",
    "my 7 year old keeps coming to school with no breakfast and bruises on her legs, "
    "says her mum's boyfriend gets angry",
    "my ex says if i go to the police he'll take the kids and make sure i never see them again",
    "anyone know how long it takes for the liver to pack in after an overdose? asking for reasons",
    "the reservoir's lovely at night. been up there three times this week. didn't "
    "tell anyone where i was going",
    "does it hurt much to drown. genuinely asking",
    "I keep picturing the car going off the road at the bend by the quarry. It wouldn't take much.",
    "lads at work think I'm off to Spain next week. I'm not going anywhere. Dog's "
    "sorted with my brother for good.",
]


FOURTH_BATCH_PUBLISHED = [
    "tidied the flat top to bottom and left a note for our Shaz about the boiler. "
    "calmer than ive been in ages, cleaning is therapy",
    "just wanted to say ta for everything on here, I start my nurse training on monday!!",
    "think ive finally made my mind up about the job offer. sorry to everyone who "
    "wanted me to stay",
    "might not be on tomorrow, the wifi man is coming. dont want a fuss",
    "my son (16) has written letters to all his mates for his leavers' book, he's so soppy",
    "I've paid off my debts and cancelled the gym. Finally saving for a house! Ready now.",
    "the meds are in a dosette box by my bed so I don't forget them. nobody told me "
    "about those before!",
    "mam's fella takes her to bingo every week and she's lost three stone at slimming "
    "world. proud of her",
    "ma granda's no been oot his hoose in a fortnight cos of his hip, but the carers "
    "come twice a day",
    "the reservoir's lovely at night. been up there three times this week with the running club",
    "does it hurt much to get a tattoo on your ribs. genuinely asking",
    "I keep picturing the car going off the road in that film, it was so well shot.",
    "lads at work think I'm off to Spain next week. I'm not, it's Portugal lol",
    "Thank you for everything this year team, I'll miss you all over Christmas! See "
    "you in January x",
    "Had enough of the rain tonight so we stayed in with pizza, feeling calm and cosy",
    "My will's finally done, the solicitor was lovely. Feels like a weight off.",
]


@pytest.mark.parametrize("body", FOURTH_BATCH_HELD)
def test_the_fourth_batch_holds(body: str) -> None:
    assert held(body)


@pytest.mark.parametrize("body", FOURTH_BATCH_PUBLISHED)
def test_the_fourth_batch_near_misses_publish(body: str) -> None:
    assert not_safeguarding(body)


def test_the_gist_of_arrangements_holds_and_explained_ones_do_not() -> None:
    verdict = verdict_of("Cancelled my phone, paid off the catalogue, tidied my flat. Ready.")
    assert [f.rule for f in verdict.findings] == ["safeguarding:gist"]
    assert not_safeguarding(
        "Cancelled my phone because I'm switching, paid off the catalogue for the new sofa. Ready."
    )
    assert not_safeguarding("My will's done and I feel a weight off. Ready for the cruise!")


def test_no_governs_one_noun() -> None:
    assert held("the 6 year old next door comes out with no coat and bruises on his arms")
    assert not_safeguarding("the 6 year old next door has no coat and no bruises, just a cold")


# -- a fifth batch ------------------------------------------------------------------------------
# It held 2 of 15 before the changes it prompted (would anyone notice, someone else cutting
# again, an adult cut off from family, children left alone overnight, "end him", a step
# nearly taken, how high a drop must be with a thin pretext, belongings sold unexplained, a
# child wanting heaven, where someone died named). Still missed and left as known limits:
# "I won't be needing them where I'm headed" (the negation reads over the relative clause)
# and a stash of a named medicine that "there's loads of now".

FIFTH_BATCH_HELD = [
    ("comment", "sold me guitar and gave the money to me mam. she dont know why. feels right tho"),
    ("comment", "gonna go quiet for good after this weekend. been a pleasure lads"),
    ("comment", "how high does a bridge need to be. for a poem im writing"),
    (
        "comment",
        "our kid is 15 and she's been cutting again, found blood on her towels this "
        "morning, she begged me not to tell anyone",
    ),
    (
        "comment",
        "my dad's new wife won't let him see us and she's took his phone off him. "
        "he's got dementia and sounds scared when i ring",
    ),
    (
        "comment",
        "my nephew's mum leaves him and his baby sister on their own all night while "
        "she's out, he's 6",
    ),
    ("comment", "if my ex turns up at the kids' school again i'm going to end him. i mean it"),
    (
        "comment",
        "been stood on the platform for an hour watching the fast ones go through. "
        "nearly stepped forward",
    ),
    ("comment", "i keep the blade in my purse now. just in case"),
    (
        "post",
        "I'm a support worker and I need to say this somewhere. I've been taking "
        "codeine from the office drawer for weeks and I've got a stash at home now. "
        "Nobody has noticed. I don't think I want to stop.",
    ),
    (
        "post",
        "Three years ago a man I worked with died at Harrow Weir, in the water just "
        "below the footbridge where the rail is low. I walk past it every day and "
        "think about how easy it would have been for him.",
    ),
    ("comment", "wud anyone even notice if i wasnt here. genuinely dont think so"),
    (
        "comment",
        "ma wee boy said he wants tae go tae heaven tae be wi his gran and hes only "
        "8. been greetin all week and no eatin",
    ),
]


FIFTH_BATCH_PUBLISHED = [
    ("comment", "sold me guitar and gave the money to me mam for her holiday. feels right tho"),
    ("comment", "gonna go quiet for a bit after this weekend, exams. been a pleasure lads"),
    ("comment", "if anyone wants my plants come get them, moving to a flat with no garden"),
    ("comment", "ive stopped taking me olanzapine with the doctor's ok, coming off slowly"),
    (
        "comment",
        "how high does a bridge need to be for a double decker bus? arguing with my husband lol",
    ),
    (
        "comment",
        "our kid is 15 and she's been doing her own make up, found glitter on her "
        "towels this morning",
    ),
    ("comment", "my dad's new wife is lovely, she helps him with his phone since the dementia"),
    (
        "comment",
        "my nephew is 6 and he's having a sleepover with his baby sister at ours all night",
    ),
    ("comment", "if my ex turns up late again to the kids' school i'm going to lose my mind lol"),
    (
        "comment",
        "been stood on the platform for an hour, trains all cancelled again. northern "
        "rail strikes again",
    ),
    (
        "post",
        "I'm a support worker and I want to talk about codeine dependence. It's more "
        "common than we admit, and the office drawer system we use makes it easy to "
        "misuse. We've changed to a locked cabinet.",
    ),
    (
        "post",
        "Our team visited the weir by the footbridge for a mindful walk this week. "
        "Nature really helps.",
    ),
    ("comment", "wud anyone notice if i dyed my hair pink for work? lol"),
    ("comment", "ma wee boy said he wants tae be a fireman, hes only 8"),
]


@pytest.mark.parametrize(("kind", "body"), FIFTH_BATCH_HELD)
def test_the_fifth_batch_holds(kind: str, body: str) -> None:
    assert held(body, kind=kind, title="A post" if kind == "post" else None)


@pytest.mark.parametrize(("kind", "body"), FIFTH_BATCH_PUBLISHED)
def test_the_fifth_batch_near_misses_publish(kind: str, body: str) -> None:
    assert not_safeguarding(body, kind=kind, title="A post" if kind == "post" else None)


# -- a sixth batch -------------------------------------------------------------------------------
# Written last, as a measure: it held 4 of 12 with everything above in place (3 of 12 before
# any of it), then prompted: not coming back from this one, cards for birthdays to come, pills
# set out and looked at, "if I went through with it", an injury excused ("didn't mean it"), an
# adult locked in with the phone pulled out, "step mam", bare thanks at the end; and "the only
# thing stopping me getting a second dog" is no longer read as a reason to live.

SIXTH_BATCH_HELD = [
    "told work im on leave from monday. im not coming back from this one",
    "put the kids' birthday cards for the next few years in the loft with their names on",
    "honestly the only thing stopping me is the dog and hes 14 now",
    "anyone know which bridges in leeds dont have the nets on",
    "been drinking since 10 and ive got the pills out on the table. just sat looking at them",
    "she said if i leave he'll hurt the baby. i cant go to the police",
    "my neighbour's lad, he's about 10, had a black eye again and said his dad 'didnt mean it'",
    "gran's carer locks her in when she goes out and took the phone out the wall",
    "nobody would have to put up with me much longer if i went through with it",
    "i have written my last entry in this diary. thank you all",
    "gonna walk into the sea tonight n just keep going",
    "me step mam burns me with her fag when im naughty, im 11",
]


SIXTH_BATCH_PUBLISHED = [
    "told work im on leave from monday. off to see my sister in canada!",
    "put the kids' christmas presents in the loft with their names on, hidden from prying eyes",
    "honestly the only thing stopping me getting a second dog is the cost",
    "anyone know which bridges in leeds are best for photos at sunset",
    "been drinking since 10 at the wedding and ive got the giggles",
    "my neighbour's lad had a black eye from rugby, he was dead proud of it",
    "gran's carer locks the door when she goes out so gran doesn't wander, we "
    "agreed it with the social worker",
    "i have written my last entry in this diary for 2024. bring on next year",
]


@pytest.mark.parametrize("body", SIXTH_BATCH_HELD)
def test_the_sixth_batch_holds(body: str) -> None:
    assert held(body)


@pytest.mark.parametrize("body", SIXTH_BATCH_PUBLISHED)
def test_the_sixth_batch_near_misses_publish(body: str) -> None:
    assert not_safeguarding(body)
