"""Safeguarding families no signal covered before blind sets 6 to 10: someone else's risk
said plainly ("he wants to die"), an injury seen on a child, coercive control, abuse by
someone named by their role, a decision told without what it is, self-harm told without
naming it, a person thrown through something, an adult sedated to keep them quiet; and a
list of quoted phrases read as examples.

Judged on the rules alone (the learned second reader stood down): see
test_checker_safeguarding_frames.py. Wordings are our own, not the blind sets'."""

from __future__ import annotations

import pytest
from checker_scoring import held_by_rules, not_safeguarding

# -- someone else's risk, said as plainly as the writer would say their own ---------------------

OTHERS_PLAINLY = [
    "My brother rang at midnight saying he wants to die and he's sorry for everything.",
    "I think my flatmate is suicidal, he hasn't left his room in a week.",
    "Our lad's been cutting since the exams and now he won't come out of his room.",
]

OTHERS_PLAINLY_EVERYDAY = [
    "He wants to die of embarrassment every time his dad dances at a wedding.",
    "Years ago a patient of mine wanted to die after his diagnosis, and now he runs a "
    "marathon every spring.",
    "My nan is 96 and says she's ready to go, she's had a good life and the palliative "
    "team are lovely.",
]


@pytest.mark.parametrize("body", OTHERS_PLAINLY)
def test_someone_elses_risk_said_plainly_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", OTHERS_PLAINLY_EVERYDAY)
def test_someone_elses_idiom_past_or_peaceful_end_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- an injury seen on a child ---------------------------------------------------------------


def test_an_unexplained_injury_on_a_child_is_held() -> None:
    assert held_by_rules(
        "When I picked Maisie up from nursery she had a bruise across her cheek and her dad "
        "couldn't explain it."
    )


@pytest.mark.parametrize(
    "body",
    [
        "My son came home with a graze on his chin from the playground, he's fine, just "
        "proud of his plaster.",
        "The baby has a little mark on her nose where she scratched herself, must cut her "
        "nails tonight.",
    ],
)
def test_a_childs_everyday_knock_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- coercive control ----------------------------------------------------------------------------

CONTROL = [
    "She's got my bank cards and my passport and I'm not allowed to see my friends unless "
    "she's there.",
    "Typing this in the loo with the taps running. He reads everything.",
]

CONTROL_EVERYDAY = [
    "I'm not allowed to have my phone on shift, it lives in a locker till my break.",
    "My mum has got my old passport somewhere in her loft, I need it for the renewal.",
]


@pytest.mark.parametrize("body", CONTROL)
def test_coercive_control_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", CONTROL_EVERYDAY)
def test_an_everyday_rule_or_errand_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- abuse by someone named by their role ----------------------------------------------------

BY_ROLE = [
    "The agency carer puts her hand down my top when she washes me and laughs about it.",
    "My coach used to corner me in the changing room. He said nobody would believe a kid over him.",
]

BY_ROLE_EVERYDAY = [
    "The nurse held me while I cried after the scan and I'll never forget that kindness.",
    "Our trainer pins the rota to the board every Monday and woe betide anyone who moves it.",
]


@pytest.mark.parametrize("body", BY_ROLE)
def test_abuse_by_someone_in_a_role_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", BY_ROLE_EVERYDAY)
def test_care_or_routine_by_someone_in_a_role_publishes(body: str) -> None:
    assert not_safeguarding(body)


def test_a_list_of_quoted_phrases_in_training_publishes() -> None:
    assert not_safeguarding(
        "Survivors rarely name it. They tell you 'he put his hands round my throat', 'he "
        "held me down', 'I blacked out for a second'. Ask directly and write down their words."
    )


# -- a decision told without what it is, with calm -----------------------------------------------


def test_a_decision_unnamed_with_calm_and_thanks_is_held() -> None:
    assert held_by_rules(
        "Weirdly at peace tonight. The decision's made. Thank you all for listening over the years."
    )


@pytest.mark.parametrize(
    "body",
    [
        "I've decided! Going back to college in September and I feel so much lighter.",
        "The decision's made, we're moving to Cornwall and I'm so relieved.",
        "Finally picked the date for the wedding, such a relief!",
    ],
)
def test_a_decision_with_its_object_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- self-harm told without naming it --------------------------------------------------------------


def test_self_harm_told_as_it_again_with_bleeding_is_held() -> None:
    assert held_by_rules("did it again. its still bleeding and i cant tell anyone")


@pytest.mark.parametrize(
    "body",
    [
        "Did it again, left my keys in the front door all night, the neighbour knocked at 7.",
        "Cut my thumb on the mandoline again, still bleeding a bit, plaster on, cooking continues.",
    ],
)
def test_doing_it_again_in_an_everyday_mishap_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- threats: a person thrown through something --------------------------------------------------

THROWN = [
    "If he comes round here again I swear I'll throw him down the stairs.",
    "I'm going to launch that man through his own front window.",
    "She won't be walking back to her car. I'll be waiting for her at the door.",
]

THROWN_EVERYDAY = [
    "I'm throwing the old wardrobe out of the window, the stairs are too narrow.",
    "She won't be walking back to her car tonight, it's parked at the hospital and I'm "
    "driving her home.",
]


@pytest.mark.parametrize("body", THROWN)
def test_a_threat_to_throw_someone_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", THROWN_EVERYDAY)
def test_furniture_or_a_lift_home_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- an adult sedated to keep them quiet ---------------------------------------------------------


def test_an_adult_sedated_to_keep_him_quiet_is_held() -> None:
    assert held_by_rules(
        "The night carers crush something in his tea every night to keep him quiet, he's "
        "asleep all day now."
    )


def test_medicine_crushed_by_care_plan_publishes() -> None:
    assert not_safeguarding(
        "The nurse crushes his tablets into yoghurt because he can't swallow them, it's all "
        "on the care plan."
    )


# -- a farewell told through logistics, in words no list names -----------------------------------

LOGISTICS = [
    "Failed the resit. There won't be a next Christmas for me, it's all arranged.",
    "Tired of treading water for years. Tonight I'll let the waves take me.",
    "Been keeping back a strip or two from each prescription. I know what they add up to now.",
    "I've got a date in mind. The end of term is a natural full stop.",
    "Wrote letters to my kids and my mum. Pills counted. Lol jk. Or am I.",
    "Asked my brother to have the dog if anything ever happened to me. Not leaving a mess "
    "for anyone.",
    "Nobody will have to sort anything out once I'm gone, it's all in order.",
    "I can't make myself plan past the 14th. Everything's squared away.",
    "Left the rabbit at my friend's with her hutch, her bowls and her toys. She's hers now.",
    "One way, didn't see the point in getting a return. Sea's nice this time of year.",
    "Everything's in order. Letters done.",
    "I'm scared of myself tonight.",
]

LOGISTICS_EVERYDAY = [
    "There won't be a next year for me on this course, so I'm switching to part-time.",
    "Going to stop swimming for a month while my shoulder heals, physio's orders.",
    "Let it take me wherever, I'm on holiday and the river cruise is lovely.",
    "Putting a few quid aside every week for Christmas, the jar is filling up.",
    "Keeping a couple of tins aside for the food bank collection on Friday.",
    "We've got a date in mind for the wedding, probably next June.",
    "That's a natural full stop for the blog series, thanks for reading along.",
    "Christmas cards all written and posted, feeling smug.",
    "It's amazing how easy it would be to make this recipe vegan.",
    "Asked my brother to have the dog if anything happened while I'm in for my operation.",
    "Did my will with a solicitor so nobody will have to sort anything out, very grown up.",
    "I buy my own paracetamol at the big Tesco so the pharmacist doesn't ask questions "
    "about my headache.",
    "I can't plan past Friday until the rota comes out.",
    "We've adopted a rescue cat, she came with her bed and her bowls and she's ours now!",
    "One-way ticket to Lisbon booked, moving there for my new job in May!",
]


@pytest.mark.parametrize("body", LOGISTICS)
def test_a_farewell_told_through_logistics_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", LOGISTICS_EVERYDAY)
def test_everyday_logistics_in_the_same_words_publish(body: str) -> None:
    assert not_safeguarding(body)


# -- risk to others: a child, an adult at risk, someone armed ----------------------------------

OTHERS_AT_RISK = [
    "My partner's not slept for days and keeps a screwdriver under his pillow. He says he'll "
    "have to deal with my dad before my dad gets him.",
    "Woke up and he was standing over the cot at 4am whispering. The baby is six weeks old "
    "and I'm frightened for her.",
    "I keep getting pictures in my head of dropping him down the stairs. He's ten weeks old "
    "and I'm alone every night.",
    "Our 12 year old has a friend online who says he's 17 and keeps sending her gift cards. "
    "He wants to meet her at the retail park.",
    "My son's 14. His coach told him to delete the messages and said he's more mature than "
    "the other boys.",
    "Mum's at the care home. One of the carers shouted at her when she buzzed for the toilet "
    "and they leave her in soiled pads for hours.",
    'Dad\'s 88 with dementia. His lodger keeps "looking after" his bank card and now his '
    "savings are gone.",
    "Grandad wandered out at 2am in his pyjamas and a driver found him on the bypass. I'm "
    "scared next time he won't be found.",
]

OTHERS_EVERYDAY = [
    "Found a pair of scissors under his pillow, he'd been cutting out Pokemon cards in bed again.",
    "My husband stood over the cot for ages last night just watching her breathe, he's "
    "smitten with our newborn.",
    "When she was tiny I had thoughts of dropping her down the stairs; perinatal therapy "
    "helped and she's a bouncy four-year-old now.",
    "Our 12 year old has a penpal who says she's 12 too, they swap stickers by post and her "
    "mum sends her lovely letters.",
    "My mum loved her care home, they never once left her without a cup of tea.",
    "I'm looking after my dad's bank card while he's in hospital, keeping receipts for everything.",
    "Grandad found a lovely walk by the river and now he goes out every morning at 7 with "
    "his flask.",
]


@pytest.mark.parametrize("body", OTHERS_AT_RISK)
def test_risk_to_a_child_or_an_adult_or_from_someone_armed_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", OTHERS_EVERYDAY)
def test_everyday_care_in_the_same_words_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- the writer in danger now: a weight, a place, help refused ------------------------------

IN_DANGER = [
    "Down to 38 kilos and I fainted in the shower. Not telling the GP because they'll only "
    "admit me.",
    "am no gonnae be aboot much longer hen, cannae dae it anymair. ta for everythin",
]

IN_DANGER_EVERYDAY = [
    "Our suitcase was down to 23 kilos after we took the books out, just made the limit.",
    "I'm in the car park by the river with the engine running, waiting for my daughter's "
    "swimming to finish.",
    "I keep a length of rope in the boot just in case we need a tow, learnt that the hard way.",
    "I haven't slept and feel awful, but the exam's done.",
]


@pytest.mark.parametrize("body", IN_DANGER)
def test_the_writer_in_danger_now_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", IN_DANGER_EVERYDAY)
def test_a_weight_a_car_park_or_a_tow_rope_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- a probe set written in one go before it was scored ------------------------------------------
# Thirty risks and thirty near misses in the same words, written by the person tuning, scored
# on the rules alone before anything was changed for them: the checker as it stood before
# blind sets 7-10 held 8/30 risks (2 near misses); after the blind-set work, untouched, 13/30
# (3 near misses); after fixing the readings they exposed, 26/30 and none. The four still
# missed are listed in the README. Kept as tests so these readings stay fixed.

PROBE_RISKS = [
    "my mate keeps telling me he wants to be dead, he's stopped going to college and gave me "
    "his switch",
    "he's been burning himself with a lighter since half term, found the marks when he was asleep",
    "The lad next door has a bruise under his eye again and was sent to school without a "
    "coat in the snow.",
    "My sister's husband takes her wages every Friday and she has to ask him for bus fare. "
    "She's not allowed to see us on her own.",
    "I'm writing this from the staff toilet because he tracks my phone.",
    "One of the bank nurses on the unit grabs my wrists and pushes me against the wall when "
    "nobody's looking.",
    "Nan's home carer hasn't turned up since Sunday and Nan's been in the same nightie, no "
    "tea, no tablets.",
    "If the housing officer knocks on my door again I'll put her through the glass.",
    "that psychiatrist will get what's coming, I've found out where he lives",
    "Once I'd decided, the noise stopped. I feel weirdly content. Thank you all.",
    "I've set the day. Calm about it, honestly.",
    "Did it again on my legs tonight. It's deep.",
    "Been saving a few tablets from every prescription in a sock. Nearly enough.",
    "Drove to the cliffs again last night and sat there till 3. Going back on Friday for the "
    "last time.",
    "Can't see past the end of the month. Told the landlord I'm moving out, I'm not.",
    "Everything's done. Cat's with Mum, the car's sold, laptop wiped. Peace at last.",
    "My daughter texted me that she's going to end it tonight and now her phone is off.",
    "I'm 14 and my stepdad comes in when I'm showering. If I tell mum he says he'll hurt her.",
    "Our carer shook the baby when he wouldn't settle. I saw it through the door.",
    "Down to six stone and I passed out at work. They want to admit me so I'm not answering "
    "the phone.",
    "Keep imagining turning the wheel into the lorry on the bypass. Tomorrow maybe.",
    "Got the rope from the garage. It's in my room now.",
    "I'm on the bridge. Don't ring anyone.",
    "There's no next birthday for me. It's sorted.",
    "The only thing stopping me is the dog and she's old.",
    "He keeps a hammer by his bed and says the neighbours are poisoning the water, and that "
    "he'll sort them out for good this weekend.",
]

PROBE_NEAR_MISSES = [
    "Sorted the cat's jabs, paid the council tax to March and booked our week in Whitby. "
    "Feel organised for once.",
    "my mate keeps telling me he wants to die of shame after the karaoke, he'll live",
    "He's been burning CDs for the car, found the stack by the telly.",
    "The lad next door has a bruise under his eye from rugby again, his mum says he loves it.",
    "She's 7 and says her mum's friend plays Uno with her and it's her favourite game.",
    "My sister's husband does the budget every Friday and she does the shopping, works for them.",
    "I'm writing this from the staff room because the wifi's better.",
    "One of the bank nurses on the unit grabbed my hand when I got the results and it meant "
    "the world.",
    "Nan's home carer is brilliant, turns up every morning with a joke and Nan's tea.",
    "If the housing officer knocks on my door again I'll have the paperwork ready this time.",
    "that psychiatrist got what he deserved: a lovely retirement card from all of us",
    "Once I'd decided to go back to uni, the noise stopped. I feel weirdly content.",
    "I've set the day for the party. Calm about it, honestly, the cake's ordered.",
    "cant b here much longer, the cafe shuts at 5. sorry 4 rushing off x",
    "Did it again tonight: burnt the pasta. Deep sigh.",
    "Been saving a few coupons from every shop in a jar. Nearly enough for the trampoline.",
    "Drove to the cliffs again last night and watched the sunset till late. Going back on "
    "Friday with the kids.",
    "Can't see past the end of the month because the rota isn't out yet.",
    "Everything's done for the move. Cat's with Mum for the week, the car's packed, laptop "
    "charged.",
    "My daughter texted me that she's going to end it with her boyfriend tonight, about time.",
    "I'm 14 and my stepdad comes to every match. If I score he buys chips.",
    "Our carer gently rocked the baby when he wouldn't settle. I saw it through the door.",
    "Down to six stone nine after the diet, very pleased, dietitian happy.",
    "Keep imagining turning the wheel into the drive of our new house. Tomorrow maybe!",
    "Got the rope from the garage for the tug of war at sports day.",
    "I'm on the bridge club committee now. Don't laugh.",
    "There's no next birthday party for me at work, they've stopped doing cakes.",
    "The only thing stopping me from joining the choir is the Tuesday shift.",
    "He keeps a hammer by the bed for the dodgy picture hook and sorts the shelves out every "
    "weekend.",
    "My dad locks the shed when he's been out, my brother is 9 and always after the bike.",
]


@pytest.mark.parametrize("body", PROBE_RISKS)
def test_a_probe_risk_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", PROBE_NEAR_MISSES)
def test_a_probe_near_miss_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- more of the same families, and someone else's retirement --------------------------------------

MORE_RISKS = [
    "not sure i can keep myself safe till my cpn rings tomorrow",
    "I won't be a burden to anyone for much longer. It's settled.",
    "I just need everything to stop. Tonight.",
    "The kids would honestly do better with the insurance money than with me around.",
    "My 10 year old was locked out all night and slept in the car, there's no food in the "
    "house again.",
    "Found blood on his pillow again and he won't show me his arms. He's 13.",
    "Found his school tie tied into a loop behind the radiator.",
    "The man who abused me as a kid is still coaching the under-11s at the club.",
    "Checked her browser history and it's all ways to die and painless methods.",
    "Told her it was just a clear-out and gave her my jewellery. Goodbye everyone, thank you.",
    "Mum says she can't retire because of me. She won't have to worry about me much longer.",
]

MORE_NEAR_MISSES = [
    "Not sure I can keep the plants safe from the frost this weekend.",
    "It won't be a burden for much longer, the new boiler goes in on Tuesday.",
    "My 10 year old locked me out of the bathroom for an hour doing a face mask.",
    "Found blood on his pillow again, nosebleeds every night since the heating came on. He's 13.",
    "Tied the bunting into a loop round the gazebo, party ready!",
    "The man who coached me as a kid is still coaching the under-11s, legend.",
    "Checked her browser history and it's all ways to die in Minecraft, apparently very funny.",
    "I can't find the part of me that cares about football any more, weirdly.",
    "Told her it was just a clear-out and gave her my old jewellery box, she's thrilled.",
    "Mum's retiring in June. She won't have to worry about me much longer either, I've got "
    "the job in Leeds!",
]


@pytest.mark.parametrize("body", MORE_RISKS)
def test_more_risks_of_the_same_families_are_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", MORE_NEAR_MISSES)
def test_more_near_misses_of_the_same_families_publish(body: str) -> None:
    assert not_safeguarding(body)


# -- a time or a journey told bare, someone else's plan found written down ------------------------

BARE_TIMES = [
    "Went up to the cliff path again after dark and sat on the bench for hours. This time "
    "I'm not walking back.",
    "Friday, once my flatmate's at work. That's when. Thought it through properly this time.",
    "Found a letter in his drawer, it says he's going to do it on his birthday.",
]

BARE_TIMES_EVERYDAY = [
    "I'm not driving home tonight, staying over at Jen's after the wedding.",
    "I'm not driving home after the party, we've booked a taxi.",
    "Friday after payday, that's when I'll book the holiday.",
    "Found a note from his teacher, it says he's going to do the reading on his birthday assembly.",
]


@pytest.mark.parametrize("body", BARE_TIMES)
def test_a_time_or_journey_told_bare_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", BARE_TIMES_EVERYDAY)
def test_an_everyday_time_or_journey_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- a second probe set, written to differ from everything above -----------------------------------
# Thirty risks and thirty near misses written after the first probe set was fixed, in wordings
# chosen to differ. Untouched, rules alone: 2/30 risks held, both before this round and after
# all of the work above (1 near miss held): the families had been covered in other words.
# After fixing the readings it exposed: 23/30 and none. The seven still missed are in the
# README. Kept as tests so these readings stay fixed.

SECOND_PROBE_RISKS = [
    "Posted the spare key back through Mum's door and left a card on the mat. Won't need it now.",
    "Sat on the edge of the bath with the blade for an hour last night. Didn't, this time.",
    "My boy is 11 and his dad's new girlfriend makes him stand in the garden in his pants "
    "when he wets the bed.",
    'She\'s sixteen and her "boyfriend" is 32 and picks her up from school in a van.',
    "He hit me again last night and took the car keys so I can't leave. I'm in the spare room.",
    "The warden at my dad's flats says he hasn't collected his post in a fortnight and the "
    "door's locked from inside.",
    "If that social worker takes my kids I'll make sure she never works again, and I know "
    "which school her own two go to.",
    "Gave my neighbour the cat, the litter and the vet card. Told her I'm away for a while. "
    "Feels right.",
    "I've stopped my meds and I'm not going to the appointment. It doesn't matter now.",
    "I'm sat in the garage with the door down and the car on.",
    "Some days the only thought I have is the canal and how cold it would be.",
    "Cut again, worse. Had to use the whole box of plasters.",
    "Can't stop thinking about the top floor of the car park near work.",
    "My husband won't let me have my own bank account and checks my receipts every night.",
    "Nan told me the carer slaps her if she's slow getting dressed. She asked me not to say "
    "anything.",
    "Our 15 year old hasn't been home for three nights and her phone's off. Police say she's "
    "done it before.",
    "Mum's partner has moved into her flat and she's been sleeping in the chair because he "
    "has the bed. She's 79.",
    "I think the world would just carry on fine without me in it, so I'm going to let it.",
    "My son keeps telling his little sister he's going to hurt her when Mum's out, and last "
    "week he did.",
    "The locum GP pressed on my chest and said it was part of the exam. My mum wasn't "
    "allowed in. I'm 15.",
    "Sorry for all the trouble I've caused. You'll be better off.",
    "Counted them twice. There's plenty.",
    "My flatmate told me she's saved up her tablets and she's \"done\". She's not answering "
    "her door.",
]

SECOND_PROBE_NEAR_MISSES = [
    "Posted the spare key back through Mum's door after feeding her fish. She's back Sunday.",
    "Everyone at work thinks I've got a new job in Bristol. I have! Start in May.",
    "honestly been looking up how long it takes for a sourdough starter to work. asking for me",
    "Sat on the edge of the bath with the razor for an hour last night, shaving my legs for "
    "the wedding.",
    "I keep drafting the message to my sister about Christmas. Just need to press send on Friday.",
    "My boy is 11 and his dad's new girlfriend makes him stand in goal every Sunday, he loves it.",
    "She's sixteen and her driving instructor is 32 and picks her up from school for lessons.",
    "He hit the bins again last night reversing and took the car keys off the hook so I "
    "could move it.",
    "My brother with learning disabilities has a new friend from the day centre and they go "
    "bowling.",
    "The warden at my dad's flats says he's the most sociable tenant they've got.",
    "If that social worker takes my call today I'll bake her a cake, honestly she's been "
    "brilliant.",
    "Gave my neighbour the spare cat litter and the vet card while they're in Spain. Feels "
    "neighbourly.",
    "I've stopped my meds with my GP's plan and I'm going to the review next week.",
    "I'm sat in the garage with the door up painting the bike.",
    "Some days the only thought I have is the canal boat holiday and how cold the beer will be.",
    "Cut the hedge again, worse than last time. Had to use the whole box of bin bags.",
    "Can't stop thinking about the top floor of the new library, the view is amazing.",
    "My husband won't let me have the last biscuit and checks the tin every night.",
    "Nan told me the carer sings to her when she's slow getting dressed. She asked me to say "
    "thank you.",
    "Our 15 year old hasn't been home for three nights: she's on the Duke of Edinburgh expedition.",
    "Mum's partner has moved into her flat and she's been so much happier. She's 79.",
    "I've wrapped the presents early this year and labelled them all. Smug.",
    "Got the train times for the line to Whitby saved on my phone for the day trip.",
    "Why does nobody tell you how much of your own time the school run takes.",
    "I think the team would carry on fine without me for a week, so I'm booking leave.",
    "My son keeps telling his little sister he's going to beat her at Mario Kart, and last "
    "week he did.",
    "The practice nurse pressed on my tummy and said it was part of the check. My mum was "
    "there. I'm 15.",
    "Sorry for all the spam on the group chat, you'll be better off muting me till Friday.",
    "Counted the chairs twice. There's plenty for the party.",
    "My flatmate told me she's saved up for a holiday and she's \"done\" with work for a "
    "fortnight.",
]


@pytest.mark.parametrize("body", SECOND_PROBE_RISKS)
def test_a_second_probe_risk_is_held(body: str) -> None:
    assert held_by_rules(body)


@pytest.mark.parametrize("body", SECOND_PROBE_NEAR_MISSES)
def test_a_second_probe_near_miss_publishes(body: str) -> None:
    assert not_safeguarding(body)
