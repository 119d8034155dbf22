"""Safeguarding by family of real writing: indirect goodbyes, means kept and hidden, someone
else's risk reported, adults and children at risk, menace aimed at a findable person, dark
jokes that are disclosures, recent self-harm told through its wounds.

Each family has positives (held with safeguarding first), near misses and talk about the
topic (published). Wordings are our own, not the blind sets'."""

from __future__ import annotations

import pytest
from checker_scoring import comment

from moderation.checker import check


def held(body: str) -> bool:
    verdict = comment(body)
    return verdict.decision == "hold" and verdict.concerns[0] == "safeguarding"


def not_safeguarding(body: str) -> bool:
    return "safeguarding" not in comment(body).concerns


# -- indirect goodbyes: a day fixed, dependants settled, help turned away, absence foretold ------

GOODBYES = [
    "Cheers for all the laughs on this forum over the years. This is the last time you "
    "will hear from me. Take care of yourselves.",
    "You've all been so kind. I won't be posting again after tonight. Look after each other.",
    "i've set the date for sunday. sorted who's taking the cat. please don't try and "
    "talk me round.",
    "Going to be honest, I don't plan on being around for my birthday. Already given my "
    "sister the spare key and the passwords.",
    "dont need to bother renewing my passport lol not planning on needing it. did my "
    "goodbye texts last night",
    "Not posting this so anyone can stop me. Just wanted it written down somewhere. "
    "Thank you for everything x",
    "This is the final entry. I've chosen the 3rd, once the bills are paid, and arranged "
    "who's looking after the rabbits.",
    "cheers for keeping me company all these years. longer than i thought i'd last "
    "honestly. you won't hear from me again",
]

GOODBYES_EVERYDAY = [
    "This will be my last post for a while, off on holiday to Crete tomorrow! Look after "
    "each other x",
    "Last day on the ward today after 22 years. Thanks for everything over the years, "
    "I'm retiring to the coast.",
    "We've set a date for the wedding! Sorted who's having the dog for the honeymoon too.",
    "I wrote letters to my MP and the council about the closure of the day centre.",
    "I won't be around for the next meeting, I'm on annual leave that week.",
    "Thanks for reading all these years, the blog is moving to a new address next month.",
    "We've finally picked Saturday for the team picnic.",
    "I've chosen the 14th for my leaving drinks, hope you can come.",
    "Thank you for reading all these years, I'm retiring from nursing next month.",
    "I wrote goodbye cards for the whole team on my last shift.",
    "Don't try to talk me out of it, I'm buying the red sofa.",
    "I'm not writing to be stopped from going part-time, I've decided.",
    "This is the last post in my series on sleep hygiene. Thanks for reading all along!",
    "Thanks for everything over the years, team. Off to pastures new at the community team.",
    "Sorted who's having the cat while we're in Portugal.",
    "I gave my sister the spare key and the wifi passwords before we went away.",
    "Having my wisdom tooth out tomorrow, don't worry about me, it'll all be over soon.",
    "Have a plan for rainy weeks: tea in the shed and seed catalogues.",
    "I have a plan to get fit this year, couch to 5k starts Monday.",
]


@pytest.mark.parametrize("body", GOODBYES)
def test_indirect_goodbyes_are_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", GOODBYES_EVERYDAY)
def test_partings_plans_and_dates_of_everyday_life_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- means kept and hidden, told through things ---------------------------------------------

MEANS_KEPT = [
    "Stopped taking my sertraline a month ago but kept every box. They're in the shoebox "
    "under the bed.",
    "been skipping my quetiapine and putting them in an old pencil case. weirdly calming "
    "knowing theyre there",
    "I keep the blades in my purse now. It's comforting to know they're close.",
    "Not swallowing my mirtazapine at night any more, hiding them in a sock instead. "
    "Nearly enough now.",
]

MEANS_EVERYDAY = [
    "I keep my inhaler in my purse now so it's always close.",
    "Stopped taking my sertraline a month ago with my GP's help, tapering went fine.",
    "It's comforting knowing they're there if I need them, my friends have been amazing.",
    "I keep the plasters in a tin in the kitchen drawer.",
    "I bought paracetamol yesterday for my headache.",
    "I took two paracetamol last night for a headache.",
    "I cut my finger on a tin last night, needed a plaster.",
    "I had cigarettes this morning, first in a year, annoyed with myself.",
]


@pytest.mark.parametrize("body", MEANS_KEPT)
def test_means_kept_or_hidden_are_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", MEANS_EVERYDAY)
def test_medicines_and_small_injuries_of_everyday_life_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- someone else's risk, reported -----------------------------------------------------------

OTHERS_AT_RISK = [
    "My son hasn't been home since Friday. He told his girlfriend he was going to end it.",
    "My flatmate's been missing since last night and her phone's off. She said last week "
    "she didn't see the point anymore.",
    "A patient with severe depression said to me on his way out, \"Don't worry about me, "
    "it'll all be over soon.\" I can't stop thinking about it.",
    "My dad keeps saying he won't be around by Christmas and he's given away his tools. "
    "He's been so low since mum died.",
    "Discharged a lady today after a long admission for depression. At the door she said "
    "it would all be over by spring anyway.",
]

OTHERS_EVERYDAY = [
    "My son told his girlfriend he was going to end it with her, they'd been arguing for weeks.",
    "The dog went missing on Sunday but a neighbour found her.",
    "The inspection will all be over by Friday, then we can breathe again.",
    "She said she didn't see the point of the new rota system at all.",
    "He told me he won't be around for the Christmas party, he's in Spain.",
    "He's given away all his old records to the charity shop, he's downsizing.",
    "She told her sister she was going to end it with her boyfriend.",
]


@pytest.mark.parametrize("body", OTHERS_AT_RISK)
def test_someone_elses_reported_risk_is_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", OTHERS_EVERYDAY)
def test_other_peoples_plans_and_partings_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- adults at risk: marks explained away, money taken, shut in, no food ---------------------

ADULTS_AT_RISK = [
    "Grandad's in a care home and he has bruises on both arms again. The staff told us he "
    "knocked them on the bed rail. He goes quiet when one particular carer is on shift.",
    "My aunt's new lodger has her debit card and about six thousand pounds has gone from "
    "her savings. She's got dementia and doesn't remember giving it to him.",
    "my nan's carer locks her in her bedroom at night and there's never any food in the "
    "cupboards when I visit",
    "The man upstairs is in his eighties and his son shuts him in the flat all day. I can "
    "hear him calling out.",
    "Mum has finger marks on her wrists after respite. The home reckons she fell. I don't "
    "know whether I'm overreacting.",
]

ADULTS_EVERYDAY = [
    "Mum's in a care home and has a bruise from a fall; the staff rang us straight away and "
    "reported it properly.",
    "I look after my dad's bank card since his stroke, I do his shopping every Friday and "
    "he checks the receipts.",
    "The fridge is empty again, need to do a big shop tomorrow.",
    "Grandad flinches when the dog barks, he's never liked loud noises.",
    "My nan goes quiet when one of her programmes is on.",
    "Fourteen grand has gone out of the ward budget on agency staff this quarter.",
    "Can you hear him calling out the bingo numbers? Dad loves it.",
    "Our resident's bank card is kept in the office safe under the finance policy, she "
    "signs for cash.",
]


@pytest.mark.parametrize("body", ADULTS_AT_RISK)
def test_adults_at_risk_are_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", ADULTS_EVERYDAY)
def test_care_money_and_bruises_explained_openly_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- children: left alone, hungry, a parent incapable ----------------------------------------

CHILDREN_AT_RISK = [
    "There's a little girl two doors down who's left on her own most evenings, she's maybe "
    "six. I've seen her eating out of the bins.",
    "My nephew is being left home alone for days at a time. His mum's always off her face.",
    "the boy across the road keeps getting left by himself overnight, he's seven. would "
    "that be enough to ring social services?",
]

CHILDREN_EVERYDAY = [
    "We left the kids with my mum for the weekend, first night off in ages.",
    "Our son's learning to stay home alone for an hour after school, he's 14 and loving it.",
    "Our daughter was left on her own for an hour after school and loved the independence.",
    "My son shuts himself in his room all day playing games, typical teenager.",
    "The kids were going through the bins looking for the lost retainer, gross.",
    "My dad's always drunk at weddings, it's embarrassing.",
]


@pytest.mark.parametrize("body", CHILDREN_AT_RISK)
def test_children_left_without_care_are_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", CHILDREN_EVERYDAY)
def test_ordinary_family_life_publishes(body: str) -> None:
    assert not_safeguarding(body), body


# -- menace aimed at a findable person --------------------------------------------------------

THREATS = [
    "That social worker better watch her back. I know where she lives and what time she leaves.",
    "He'll find out what it's like being hurt when I get out of here. I know which gym he goes to.",
]

THREATS_EVERYDAY = [
    "You'd better watch yourself on those icy steps, I nearly went over this morning.",
    "I know where she parks because we car share on Tuesdays.",
    "He'd better watch his back, the new manager is on the warpath about rotas.",
    "I know which gym she goes to because we're both in the Tuesday spin class.",
]


@pytest.mark.parametrize("body", THREATS)
def test_menace_aimed_at_a_findable_person_is_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", THREATS_EVERYDAY)
def test_warnings_and_knowing_peoples_habits_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- dark jokes that are disclosures ---------------------------------------------------------

DARK_JOKES = [
    "lol at least i won't have to do my tax return next year, won't be here for it 💀 "
    "already sorted my will",
    "haha imagine still being alive for the next election. couldn't be me. bought the rope tuesday",
    "lmao not planning on being around for the next gas bill. wrote my letters to everyone "
    "this morning so that's one job done",
]

DARK_JOKES_EVERYDAY = [
    "lol my tax return is going to kill me, three hours in and still on page two",
    "haha this post made me want to die of embarrassment, I did the exact same thing",
    "Imagine still being in the office at 9pm on a Friday, couldn't be me.",
    "I nearly died laughing at the ward Christmas panto.",
    "honestly could kill myself laughing at the state of my handwriting on nights",
]


@pytest.mark.parametrize("body", DARK_JOKES)
def test_dark_jokes_that_disclose_are_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", DARK_JOKES_EVERYDAY)
def test_idioms_that_carry_a_risk_word_on_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- recent self-harm told through its wounds; history and relief ----------------------------

RECENT_SELF_HARM = [
    "Did it again last night, the cuts on my thigh needed steri strips. Nobody at home knows.",
    "Relapsed on Saturday after 8 months. Went deeper than I meant to.",
    "can't sleep, want to die",
    "Not going to lie, I've been thinking about ending it.",
]

HISTORY_AND_TOPIC = [
    "I relapsed on cigarettes on Saturday after 8 months, gutted.",
    "The cuts on my hands from the brambles took ages to heal.",
    "The conversation went deeper than I meant it to, we talked about my dad for an hour.",
    "I wanted to die this time last year and now I'm training to be a peer worker.",
    "Two years ago I was stockpiling tablets. I'm well now and I want others to know it passes.",
    "The film ends with her saying goodbye to everyone and walking into the sea, I cried.",
    "Years ago my mum's boyfriend used to lock me in my room, I'm okay now and I talk about "
    "it in therapy.",
    "I would never, ever kill myself, but some days are heavy.",
]


@pytest.mark.parametrize("body", RECENT_SELF_HARM)
def test_recent_self_harm_and_unhedged_wishes_are_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", HISTORY_AND_TOPIC)
def test_history_relief_films_and_emphatic_denials_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- slang, misspellings and hedged or passive wishes ----------------------------------------

SLANG_AND_HEDGED = [
    "honestly thinking about sewerslide again tonight",
    "gonna ctb this weekend i think",
    "i want to kil myself",
    "want to unalive tbh",
    "did sh again, not deep but yeah",
    "i dont see myself making it to christmas tbh",
    "might not be here much longer, and honestly that feels ok",
    "I keep wishing I could just fall asleep and that be it",
    "i hope i dont wake up tomorrow",
    "some days i think about just walking into the traffic",
    "I'm so tired of being here. Tonight feels like the night.",
]

SLANG_AND_HEDGED_EVERYDAY = [
    "I hope I don't wake up tomorrow with this cold still.",
    "Wish I could sleep for a week and wake up when the renovations are done.",
    "I can't see myself making it to Friday in this job without a holiday.",
    "I might not be here much longer, my contract ends in June.",
    "Tonight's the night we finally find out who won the bake off!",
    "Honestly my phone will be dead by tonight, forgot the charger.",
    "the new rota is killing me lol",
]


@pytest.mark.parametrize("body", SLANG_AND_HEDGED)
def test_slang_misspellings_and_hedged_wishes_are_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", SLANG_AND_HEDGED_EVERYDAY)
def test_everyday_tiredness_deadlines_and_dead_phones_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- more third-party risk: someone else's medicine, children's marks, adults trapped ----------

MORE_AT_RISK = [
    "I have 60 of my mum's tramadol in my room",
    "I punched the wall until my knuckles split last night because I deserved it",
    "My 12 year old told me her stepdad comes into the bathroom when she's in there and "
    "won't leave.",
    "A pupil came in with a handprint on his face and said his dad did it.",
    "My brother has a learning disability and his 'friends' take his benefits every week "
    "and leave him with nothing.",
    "My sister's boyfriend has started hitting her, she has a 2 year old and says she can't leave.",
    "I'm going to make the consultant pay for what he did. I know where he lives.",
    "one more word from that woman at the jobcentre and she's getting glassed",
]

MORE_EVERYDAY = [
    "I have 28 of my mum's tablets in her dosette box, I sort them every Sunday.",
    "He'll kill me if I'm late again, my manager is strict about handover.",
    "My dad hit the roof when he found out I'd crashed the car.",
    "Mum came into my room to say dinner was ready.",
    "We'll make the council pay for the parking permits, it's in the contract.",
    "One more comment from my manager about the rota and I'm asking for a transfer.",
    "My client told me she'd tried to end her life in 2015; she's well now and volunteers.",
]


@pytest.mark.parametrize("body", MORE_AT_RISK)
def test_more_risk_to_self_and_others_is_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", MORE_EVERYDAY)
def test_more_everyday_talk_publishes(body: str) -> None:
    assert not_safeguarding(body), body


# -- told through circumstances: cover stories, methods rehearsed, timing, care roles ----------

THROUGH_CIRCUMSTANCES = [
    "Everyone keeps asking about Christmas plans. I haven't got any because I won't be "
    "here. Sorted the cat with my neighbour already.",
    "I don't think I'll be around much longer, and I've made my peace with that.",
    "been giving my stuff away to my mates. told them i'm decluttering. i'm not.",
    "Nobody will have to put up with me much longer.",
    "Last night I sat in the car with the engine running in the garage for a while.",
    "Spent the afternoon looking at the bridge from the footpath and working out the drop.",
    "i'm going to do it after my sister's wedding so i don't ruin it for her",
    "I just want to go to sleep forever.",
    "my mum's new boyfriend keeps coming in the bathroom when i'm in the shower and he "
    "looks at me. i'm 13",
    "My carer shouts at me and takes my money. I'm scared to tell anyone because she's "
    "the only one who comes.",
    "I think my neighbour's husband is hurting her. I hear thuds and her crying most "
    "nights and she had a black eye last week.",
    "the voices are telling me to hurt the baby and I don't know what to do",
    "If my manager comes at me one more time I'll put him in the ground.",
    "I swallowed everything in the cupboard about an hour ago. Feeling sleepy.",
    "I'm writing this from A&E, they're pumping my stomach. Didn't work again.",
]

TOPIC_ADMIN_AND_HYPERBOLE = [
    "As a ward manager I've picked the 12th for our next reflective practice session. "
    "We'll cover how to respond when a patient says they've got a plan, and what to do if"
    " someone's been missing since their last leave.",
    "Safeguarding training today: signs a child is being left alone, like always hungry, "
    "going through bins for food, unexplained bruises. Really useful session.",
    "Our team lead said she didn't see the point of the new form. Fair enough, it "
    "duplicates the care plan.",
    "I wrote cards to each of my team on my last shift before retiring. Thank you for "
    "reading all these years.",
    "My grandad used to lock me in the shed when I was little. I'm 45 now and I've made "
    "my peace with it through therapy.",
    "The patient said he'd be gone by Christmas, meaning discharged home to his "
    "daughter's in Wales. Lovely man.",
    "Finally sorted my will and my power of attorney after Dad's death, everyone should "
    "do it, it's a relief.",
    "I gave away my old uniforms to the new starters, won't be needing them now I'm in "
    "the community team.",
    "We left the dog with my sister for good when we moved to the flat; she sends photos "
    "every week.",
    "I'm done with night shifts! Last one tonight, then days for the first time in ten years.",
    "I've been stockpiling seeds for the allotment all winter.",
    "I keep my dad's old penknife in my bag, it reminds me of him.",
    "Been saving up for a new car, nearly there.",
    "Honestly this heat, I'm dying. Can't wait for autumn.",
    "I could have killed him when he parked across my drive again, honestly.",
    "My sister said she'd kill herself laughing if she saw me in that costume.",
    "He said he'd be dead keen to join the running club.",
    "In my training we learned that if someone says nobody would miss them, you ask "
    "directly about suicide.",
    "I'm not writing this to be told I'm wrong, I just want to share my view on agency staffing.",
    "My mum's in hospital after a fall, she's got bruises all down her arm but she's in "
    "good hands.",
]


@pytest.mark.parametrize("body", THROUGH_CIRCUMSTANCES)
def test_risk_told_through_circumstances_is_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", TOPIC_ADMIN_AND_HYPERBOLE)
def test_teaching_admin_history_and_hyperbole_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- the same families in other words; practitioners, novels and history beside them ----------

SAME_FAMILIES_OTHER_WORDS = [
    "I've got it all planned for the 14th. Cat's going to my mate's for good. I'm weirdly"
    " calm about it.",
    "thank u all for being the best bits of the last few years. not gonna be around after"
    " the weekend. love u",
    "Been hiding my lithium under my tongue and spitting it into a tissue. Got a little "
    "collection going in my desk.",
    "My neighbour's little boy is at ours most nights because his dad doesn't come home "
    "and there's no food in the flat.",
    "The agency carers didn't turn up for my gran for three days and she was found on the floor.",
    "my girlfriend keeps saying she'd be better off dead and she's stopped eating",
    "i know exactly which bus he gets home and one of these nights he'll get what's coming",
    "burnt myself with the iron again on purpose, nobody knows",
    "scratched until it bled again, its the only thing that makes the noise stop",
    "everyone would honestly be relieved if i wasn't here, i've thought about how",
]

PRACTICE_FICTION_AND_HISTORY = [
    "Reflecting on a case from years ago: a young man told me he'd been saving his "
    "tablets in a sock. We found them together and he's doing well now. It taught me to "
    "ask about means every time.",
    "In supervision we discussed a resident who flinches when certain staff come in; we "
    "raised it, the home investigated, and it was a hearing aid issue.",
    "Top tip for carers: if your relative's fridge is empty and the bank card's gone "
    "missing, ask the council for a carer's assessment.",
    "Our safeguarding lead's slides covered: children left alone for days, parents out of"
    " it on drugs, kids going through bins for food. Heavy but vital.",
    "The novel's narrator says goodbye to everyone, gives away her cat and writes letters"
    " to each of her sisters. It's a hard read about grief.",
    "My late dad sorted his will, gave away his tools and told us he wouldn't be around "
    "by Christmas. He had terminal cancer and died peacefully in November.",
    "I was discharged on Friday with a safety plan I actually believe in. Feeling hopeful"
    " for once.",
    "Question for peer workers: how do you respond when someone says \"it'll all be over "
    'soon"? I never know whether to ask directly.',
    "Just finished a 12 hour shift, I'm dead on my feet, going to bed and not waking up till noon!",
    "We're running a session on what to say if someone tells you they've picked a date.",
    "I used to keep razor blades in my purse. I'm four years free of self-harm now.",
    "When I was 15 my stepdad came into the bathroom while I was in the shower. I'm 40 "
    "now, I've had therapy, and I volunteer for NAPAC.",
    "The man in bed 3 has been missing since 2pm, police informed, he was found safe at "
    "the station. Reflecting on our absconding policy.",
    "My cat scratched my arm until it bled this morning, little monster.",
]


@pytest.mark.parametrize("body", SAME_FAMILIES_OTHER_WORDS)
def test_the_same_families_in_other_words_are_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", PRACTICE_FICTION_AND_HISTORY)
def test_practice_fiction_and_history_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- posts: a farewell told across paragraphs; leaving posts, teaching, bereavement -----------

FAREWELL_POSTS = [
    (
        "Some housekeeping",
        "I've been writing here for a long time, mostly about my work in the community team.\n"
        "\n"
        "Over the last month I've closed my accounts, handed my keys back to the landlord and "
        "found a lovely family for Biscuit. My sister has the folder with everything she'll need."
        "\n"
        "\n"
        "People at work think I'm going travelling. I'm not.\n"
        "\n"
        "I want to say that none of this is anyone's fault. You have all been kinder than I "
        "deserved. Please look after each other.",
    ),
    (
        "Night shift thoughts",
        "Night shifts give you a lot of time to think.\n"
        "\n"
        "Lately I've been thinking about the multistorey next to the hospital. I park on the top "
        "floor every night now, even when there's space lower down.\n"
        "\n"
        "Last night I stood by the barrier for twenty minutes. I don't really know why I'm "
        "writing this.",
    ),
    (
        "Tired",
        "I'm tired. Not sleepy tired, the other kind.\n"
        "\n"
        "I've stopped taking my meds but I haven't thrown them out. They're in a tin at the back "
        "of the wardrobe.\n"
        "\n"
        "I keep thinking the people I love would cope better without me around. Not sure why I'm "
        "posting this.",
    ),
    (
        "Housekeeping",
        "I've been writing here for a long time, mostly about my work in the community team. It's"
        " been a good place.\n"
        "\n"
        "Over the last month I've closed my accounts. The car is sold.\n"
        "\n"
        "It's been a busy few weeks at work too, with the new rota and two people off sick. We "
        "had an inspection which went fine, and the new manager seems decent enough.\n"
        "\n"
        "People at work think I'm going travelling. I'm not.\n"
        "\n"
        "I want to say that none of this is anyone's fault. Please look after each other.",
    ),
]

PARTING_AND_TOPIC_POSTS = [
    (
        "What I learned from ten years on a crisis team",
        "Ten years ago I started on the crisis team. I want to share some of what people told me,"
        " anonymised and with the lessons rather than the stories.\n"
        "\n"
        "People rarely say \"I want to die\". They say they've sorted the dog, they've written "
        "letters, they won't be around for Christmas. Training taught us phrases like these.\n"
        "\n"
        "If someone you know gives away their things or says goodbye oddly, ask them directly. "
        "You won't put the idea in their head. Samaritans are on 116 123.",
    ),
    (
        "My leaving post",
        "After twelve years on Ward 7 I'm moving to a new role in the community.\n"
        "\n"
        "I've handed over my caseload, cleared my locker and said goodbye to the best team anyone"
        " could ask for. Thank you all for everything over the years.\n"
        "\n"
        "I won't be on here as much for a while while I settle in, but look after each other.",
    ),
    (
        "A hard anniversary",
        "Five years ago this month my brother died by suicide. He had given away his guitar and "
        "written letters to each of us.\n"
        "\n"
        "I still think about the signs we missed. This post is for anyone bereaved: it isn't your"
        " fault. Support After Suicide helped me, and Samaritans are on 116 123.",
    ),
    (
        "Spring clean",
        "I've had a big clear out this month. Closed my old bank accounts, sold the car and gave "
        "my old records to the charity shop.\n"
        "\n"
        "Work has been busy with the new rota and two people off sick. We had an inspection which"
        " went fine.\n"
        "\n"
        "People at work think I'm mad for doing it all at once. Please look after each other and "
        "have a good weekend.",
    ),
]


def post(title: str, body: str):
    return check(kind="post", fields={"title": title, "body": body})


@pytest.mark.parametrize(("title", "body"), FAREWELL_POSTS)
def test_farewells_told_across_a_post_are_held(title: str, body: str) -> None:
    verdict = post(title, body)
    assert verdict.decision == "hold" and verdict.concerns[0] == "safeguarding", title


@pytest.mark.parametrize(("title", "body"), PARTING_AND_TOPIC_POSTS)
def test_leaving_posts_teaching_and_bereavement_publish(title: str, body: str) -> None:
    assert "safeguarding" not in post(title, body).concerns, title


# -- harm done to the writer's body by someone else is abuse, not self-harm --------------------

HARM_BY_ANOTHER = [
    "He burned my arm with a cigarette last night because dinner was late.",
    "She scratched my face and pulled my hair out, my girlfriend does this when she drinks.",
    "my dad hit my head against the wall again",
    "My boyfriend cut my arm with a knife during the row.",
]


@pytest.mark.parametrize("body", HARM_BY_ANOTHER)
def test_harm_to_the_writers_body_by_someone_else_is_held_as_abuse(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold" and verdict.concerns[0] == "safeguarding", body
    assert any(f.rule == "safeguarding:abuse_self" for f in verdict.findings), body


@pytest.mark.parametrize(
    "body",
    [
        "The physio had to glue my skin after I fell off my bike.",
        "She won't be around by Christmas, she's emigrating to Canada.",
    ],
)
def test_an_accident_treated_by_someone_else_publishes(body: str) -> None:
    assert not_safeguarding(body)


# -- others better off without the writer, whoever the sentence starts with --------------------

BETTER_OFF = [
    "They'd all be better off without me.",
    "my family would honestly be happier without me around",
    "People would be relieved if I disappeared.",
]

BETTER_OFF_EVERYDAY = [
    "The kids would honestly be happier if I let them stay up late.",
    "She'd be better off if I stopped nagging her about the rota.",
]


@pytest.mark.parametrize("body", BETTER_OFF)
def test_others_better_off_without_the_writer_is_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", BETTER_OFF_EVERYDAY)
def test_others_better_off_with_a_change_publishes(body: str) -> None:
    assert not_safeguarding(body), body


# -- places researched, supplies gathered, apologies ahead, children told to keep secrets ------

GATHERED_AND_FORETOLD = [
    "i've been researching which bridges round here don't have the nets yet",
    "Asked my GP for a bigger prescription of my sleeping tablets so I'd have enough. She"
    " said yes.",
    "My mate's been talking about killing himself all week and tonight he's not picking up.",
    "Just need everyone to know I love them. I'm sorry for what comes next.",
    "I wrote a will on a napkin tonight and put it under my pillow",
    "the only thing stopping me is my dog and she's nearly 15",
    "When she's gone I won't have a reason to stay either.",
    "I keep driving past the level crossing slower than I need to, wondering.",
    "got my hands on some of the stuff they use at the vets, just in case",
    "Cut deeper than ever last night. Should probably have gone to A&E but couldn't face it.",
    "My step-dad makes me sit on his lap and says it's our secret. I'm 9 and my mum "
    "doesn't believe me.",
    "My neighbour hits her toddler really hard, I can hear him screaming through the wall"
    " every night.",
    "Mum's carer has been taking money from her purse every week, she's 91 and blind.",
    "Going to wait outside his work tomorrow with a hammer and see how brave he is then.",
]

GATHERED_AND_FORETOLD_EVERYDAY = [
    "Asked my GP for a bigger prescription of my inhaler before the holidays, she said yes.",
    "I drive past the level crossing every day on the way to work, the barrier is always down.",
    "The only thing stopping me from quitting is my lovely team.",
    "When she's gone on maternity leave I won't have a reason to stay late either.",
    "Our vet was amazing when our dog had to be put to sleep, so gentle.",
    "My toddler hits me when he's tired, is this a phase? He's 2.",
]


@pytest.mark.parametrize("body", GATHERED_AND_FORETOLD)
def test_places_researched_supplies_gathered_and_secrets_are_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", GATHERED_AND_FORETOLD_EVERYDAY)
def test_prescriptions_commutes_and_toddlers_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- anniversaries of recovery and reasons for giving things away ------------------------------

ANNIVERSARIES_AND_REASONS = [
    "Two years clean from self-harm today. I used to hide blades in my purse; now I carry a "
    "photo of my nephew instead.",
    "Gave away my maternity clothes to a friend, won't be needing them again, two is enough!",
    "Caring for Mum with dementia is exhausting. She doesn't know what day it is most of the "
    "time, but the carers are lovely and she's well looked after.",
    "My son's GCSEs start tomorrow. He says he'll die if he fails maths, typical 16-year-old "
    "drama.",
    "I found a lovely home for the kittens, all four rehomed to families from work.",
]

RELAPSE_ON_THE_DAY = [
    "Two weeks clean and I cut again today.",
    "3 months free of self harm and i relapsed this morning, deep ones",
]


@pytest.mark.parametrize("body", ANNIVERSARIES_AND_REASONS)
def test_anniversaries_and_given_reasons_publish(body: str) -> None:
    assert not_safeguarding(body), body


@pytest.mark.parametrize("body", RELAPSE_ON_THE_DAY)
def test_a_relapse_on_the_day_is_still_held(body: str) -> None:
    assert held(body), body


# -- hedged intent: not minding, not caring, part of me, maybe --------------------------------

HEDGED = [
    "I wouldn't mind if I died in my sleep tonight.",
    "honestly don't care if i die anymore",
    "i think i might just end it soon",
    "part of me wants to not be here anymore",
    "Some days I think dying would be a relief.",
    "maybe i'll just take all my tablets and see what happens",
    "I'm not saying I'm going to do anything, but I've been looking at the pills a lot.",
    "I probably won't be around to see the new year.",
]

HEDGED_EVERYDAY = [
    "I wouldn't mind if I slept till noon tomorrow.",
    "Honestly don't care if I die my hair pink, it's my hair.",
    "Part of me wants to not be at work anymore, but the mortgage says otherwise.",
    "Some days I think retiring would be a relief.",
    "I'll just take all my tablets at breakfast from now on, easier to remember.",
    "Maybe I should take all the tablets with food, the GP said it helps.",
]


@pytest.mark.parametrize("body", HEDGED)
def test_hedged_intent_is_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", HEDGED_EVERYDAY)
def test_hedged_everyday_wishes_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- the same words in ordinary lives ------------------------------------------------------------

ORDINARY_LIVES = [
    "I bought extra paracetamol just in case the kids get ill over Christmas.",
    "Sorry for what comes next, it's a long rant about parking at the hospital.",
    "Need everyone to know I love them, happy Valentine's from our ward!",
    "My toddler makes me sit on the floor and play trains for hours.",
    "We could hear the baby screaming through the wall when he was teething, poor thing.",
    "The kids' surprise party is our secret, don't tell my husband!",
    "She was found on the floor of the gym after fainting, turned out to be low blood "
    "sugar, she's fine now.",
    "Waiting outside his school with a bag of sweets for his birthday surprise.",
    "I know which gym he goes to, we both go to the one on the high street.",
    "Part of me wants to quit and become a florist.",
    "Dying would be a relief compared to this cold, honestly, man flu is real.",
    "I wouldn't mind if I won the lottery tomorrow.",
    "Honestly don't care if I lose, just happy to be running the marathon.",
    "My grandad locks himself in the shed for hours with his radio.",
    "I'm sorry for everything I said at the team meeting, I was tired and stressed.",
    "We've got it all planned for the party on the 14th, balloons and everything.",
    "She's going to be left on her own for an hour after school from next week, she's 13 "
    "and excited.",
    "If the kids are left alone with the dog for five minutes, chaos.",
    "I'm done. Finished the marathon in under four hours!",
    "Tonight's the night: our ward quiz final!",
    "I keep my insulin in a cool bag in my drawer at work.",
    "My patient told me she'd given away all her old clothes after losing weight, she's so proud.",
    "We set a date for the ward's Christmas party: the 12th!",
    "Scratched until it bled, stupid mosquito bites on holiday.",
    "Last night I sat in the car with the engine running to warm up before driving home.",
]


@pytest.mark.parametrize("body", ORDINARY_LIVES)
def test_the_same_words_in_ordinary_lives_publish(body: str) -> None:
    assert not_safeguarding(body), body


# -- short, drawn or in a second language -------------------------------------------------------

SHORT_DRAWN_OR_SECOND_LANGUAGE = [
    "bye everyone. its time x",
    "💊💊💊💊💊 tonight. sorry mum",
    "🪢 tonight i think",
    "goodbye. thank you for trying.",
    "cant do it anymore. sorry for being a burden",
    "i have nothing left to live for and the pills are right here",
    "I am not want to live more, I have the tablets ready for tonight",
    "my english not good but i want to die, please help",
]

SHORT_EVERYDAY = [
    "bye everyone, see you on Monday x",
    "💊 reminder: take your meds with food!",
    "goodbye 2025, hello 2026!",
    "Thank you for trying to sort the rota, it's a nightmare.",
]


@pytest.mark.parametrize("body", SHORT_DRAWN_OR_SECOND_LANGUAGE)
def test_short_drawn_and_second_language_risk_is_held(body: str) -> None:
    assert held(body), body


@pytest.mark.parametrize("body", SHORT_EVERYDAY)
def test_short_everyday_goodbyes_and_reminders_publish(body: str) -> None:
    assert not_safeguarding(body), body
