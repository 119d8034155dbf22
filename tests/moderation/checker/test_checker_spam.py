"""Spam: obvious scams and link farms return; self-promotion holds; useful links publish."""

from __future__ import annotations

import pytest
from checker_scoring import comment

from moderation.checker import check


@pytest.mark.parametrize(
    "body",
    [
        "Our 100% natural drops CURE depression in 14 days, GUARANTEED. Order now at "
        "www.calm-drops.shop",
        "Made £4,800 last week with the crypto auto-trader!! Sign up here >> http://coin-profits.biz",
        "[cheap meds no prescription](http://meds-uk.ru) [payday loans](http://cash.xyz) [casino](http://spin.top)",
        "Earn £350 a day from home, no experience needed, just send the £45 registration fee.",
        # A fortune behind links that hide where they go.
        "Make £300/day from your sofa!! Message Kev now >>> bit.ly/sofa-cash  tinyurl.com/sofa2",
        # A payment said to be waiting, and a call to verify to get it.
        "Mental health staff: your £250 wellbeing bonus is waiting. Verify your employment here "
        "> tinyurl.com/staff-bonus before it expires!!",
        "Free CPD certificate for every nurse! Just enter your NMC PIN and card details for the "
        "£1 admin fee at www.quick-cpd-certs.info",
        # A fee to keep one's registration, against the clock, at a link.
        "HCPC NOTICE: your registration lapses Friday. Pay the £65 renewal fee today at "
        "hcpc-renew-now.co.uk to stay on the register.",
        # Bank details asked for, to a private mailbox.
        "Unclaimed carers' payment of £1,900! Send your name, sort code and account number to "
        "claims.desk.uk@example.net today.",
        # Money multiplied, behind links.
        "Turn £100 into £5,000 in a fortnight with our AI trading bot! Join: t.me/fastprofitz "
        "and quickgains-uk.io/start",
        # Work written to be handed in as one's own.
        "Stressed about revalidation? We write all your reflective accounts, guaranteed NMC "
        "pass, £79! WhatsApp us, limited slots!!",
    ],
)
def test_it_returns_obvious_spam(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return"
    assert verdict.concerns == ["spam"]


def test_it_holds_self_promotion_of_a_paid_service() -> None:
    body = "My new course is £149 with the code READER at www.my-course.co.uk, places are limited."
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert verdict.concerns == ["spam"]


@pytest.mark.parametrize(
    "body",
    [
        "Mind's page is a good start: https://www.mind.org.uk/information-support/",
        "The NICE guideline is at https://www.nice.org.uk/guidance/ng225",
        "Beware: fake NMC emails asking you to 'pay now'. It's a scam, report it.",
        "We're recruiting two band 6 nurses; details are on NHS Jobs.",
        # Shortened links that sell nothing.
        "Please fill in our carers survey, it takes five minutes: bit.ly/carers-survey-2026",
        "We raised £450 for Mind at the bake sale! Photos at bit.ly/bakesale",
        "A text said 'your £200 refund is waiting, verify your account here'. Scam, ignore it.",
        "Your revalidation fee is due this month: pay it through NMC Online at www.nmc.org.uk.",
        "We turned £50 of raffle tickets into £600 for the ward garden!",
    ],
)
def test_it_publishes_useful_links_and_scam_warnings(body: str) -> None:
    assert comment(body).decision == "publish"


def test_spammers_own_number_is_part_of_the_spam() -> None:
    verdict = comment("Limited slots!!! Earn £500/day, WhatsApp me now on +44 7700 900871")
    assert verdict.concerns == ["spam"]


def test_it_returns_a_phishing_message_that_threatens_the_readers_account() -> None:
    verdict = check(
        kind="comment",
        fields={
            "body": "Notice: your account has been locked after a sign-in attempt. "
            "Confirm your password at roomsafe-login.com within 12 hours."
        },
    )
    assert verdict.decision == "return"
    assert verdict.concerns == ["spam"]


def test_a_warning_about_phishing_publishes() -> None:
    verdict = check(
        kind="post",
        fields={
            "body": "Heads up: there's a scam going round telling staff to verify your login "
            "on a fake Trust page. IT will never ask for your password."
        },
    )
    assert verdict.decision == "publish"


@pytest.mark.parametrize(
    "body",
    [
        "Loved this! Affordable counselling London visit https://talk-easy.example.com, cheap "
        "therapy sessions https://talk-easy.example.com/book, online CBT https://talk-easy.example.com/cbt",
        "Best sleep clinic UK https://sleepwell.example.net/clinic - call now for a free "
        "assessment! More at https://sleepwell.example.net/offers and https://sleepwell.example.net/near-me",
    ],
)
def test_it_returns_a_run_of_keyword_stuffed_links(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return"
    assert verdict.concerns == ["spam"]


@pytest.mark.parametrize(
    "body",
    [
        "Took a carload to the charity shop now that the kids have left home. Felt lighter after.",
        "We can't afford to buy now, so we're renting for another year and that's fine.",
        "The best guide I've found for carers is at https://www.carersuk.org, worth a read.",
        "I'll call now for an update from the ward and let you all know how she is.",
        "Act now to protect the crisis line: write to your MP before the budget vote.",
    ],
)
def test_shopping_words_in_ordinary_sentences_publish(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", verdict.findings


def test_a_call_to_buy_at_the_start_of_a_line_counts() -> None:
    verdict = comment("Shop now! Calming gummies, 20% off with code CALM20.")
    assert "spam" in verdict.concerns
