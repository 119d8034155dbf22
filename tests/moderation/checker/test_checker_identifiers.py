"""Hard identifiers: NHS/CHI/H&C numbers, NI numbers, dates of birth, addresses and
postcodes, phone numbers, e-mail addresses, hospital and case numbers.

Fixtures are the safe values from the research notes: 9xx NHS numbers are never issued,
the 020 7946 0xxx and 07700 900xxx phone ranges are Ofcom's drama numbers.
"""

from __future__ import annotations

import pytest
from checker_scoring import comment

from moderation.checker import check
from moderation.checker.identifiers import health_number_kind, nhs_checksum_ok


def rules(verdict) -> set[str]:
    return {finding.rule.split(":")[0] for finding in verdict.findings}


# -- the modulus 11 check ------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["9434765919", "4010232137", "0101901232", "3200000015"])
def test_it_accepts_checksum_valid_health_numbers(number: str) -> None:
    assert nhs_checksum_ok(number)


@pytest.mark.parametrize(
    "number",
    ["9434765918", "0101901233", "4444444444", "0000000000", "1234567890", "123456789"],
)
def test_it_rejects_bad_checksums_repdigits_and_wrong_lengths(number: str) -> None:
    assert not nhs_checksum_ok(number)


def test_it_names_the_scheme_from_the_number_range() -> None:
    assert health_number_kind("0101901232") == "CHI"
    assert health_number_kind("3200000015") == "H&C"
    assert health_number_kind("9434765919") == "NHS"


# -- NHS, CHI, H&C numbers in text ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "His NHS number is 943 476 5919 if anyone can chase the referral.",
        "Patient 943-476-5919 was discharged without a plan.",
        "Bloods for 9434765919 went missing again.",
        "CHI 0101901232 keeps bouncing on the system.",
        "H&C 320 000 0015 for the lady on the ward.",
        # Grouped some other way, with a label saying what it is.
        "His NHS no. is 943 4765 919, could someone chase the clozapine bloods?",
        "Her CHI is 010190 1232 for anyone in Tayside picking up her care.",
        "Mr Amadi's N H S number 94 347 659 19 is on the letter.",
    ],
)
def test_it_returns_a_post_with_a_third_partys_health_number(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return"
    assert verdict.concerns == ["identifiable-information"]
    finding = verdict.findings[0]
    assert finding.excerpt == body[finding.start : finding.end]
    assert finding.excerpt.replace(" ", "").replace("-", "") in body.replace(" ", "").replace(
        "-", ""
    )


def test_it_publishes_the_writers_own_nhs_number() -> None:
    # Neither a contact nor a location detail (MODERATION.md's personal-details), and the
    # writer's to tell, as with their own date of birth; the labelled sets agree.
    verdict = comment("My NHS number is 943 476 5919 and the GP still can't find my notes.")
    assert verdict.decision == "publish", verdict.findings


def test_it_returns_someone_elses_nhs_number_told_the_same_way() -> None:
    verdict = comment("His NHS number is 943 476 5919 and the GP still can't find his notes.")
    assert verdict.decision == "return"
    assert verdict.concerns == ["identifiable-information"]


@pytest.mark.parametrize(
    "body",
    [
        "The dummy number 943 476 5918 from the training pack was rejected.",
        "Our ward has 4444444444 problems this week.",
        "The ISBN is 9390996031 if anyone wants to order it.",
        "Their FOI reference was 402 887 1356.",
        "Order number 9131860915 still hasn't arrived.",
        # Ten digits grouped oddly with no label: a phone or a count, not a health number.
        "Ring the office on 943 4765 919 after ten.",
        "The project cost 94 347 659 19 pence over ten years, apparently.",
    ],
)
def test_it_publishes_numbers_that_are_not_health_numbers(body: str) -> None:
    assert comment(body).decision == "publish"


# -- National Insurance numbers ------------------------------------------------------------------


def test_it_returns_a_service_users_ni_number() -> None:
    verdict = comment("His NI number is JR 63 81 27 C, could someone at the DWP chase it?")
    assert verdict.decision == "return"
    assert verdict.findings[0].excerpt == "JR 63 81 27 C"


@pytest.mark.parametrize("nino", ["QQ 12 34 56 A", "GB 12 34 56 A", "AB 12 34 56 E"])
def test_it_ignores_strings_that_break_hmrc_rules(nino: str) -> None:
    assert (
        comment(f"The example on the form was {nino} which confused everyone.").decision
        == "publish"
    )


# -- dates of birth ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The young woman I assessed (DOB 14/02/2001) had been sent home twice.",
        "Pt 34M, date of birth 12.04.1990, brought in by police.",
        "He was born on 3 March 1961 and has lived on the estate all his life.",
    ],
)
def test_it_returns_a_third_partys_date_of_birth(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return"
    assert "date-of-birth" in rules(verdict)


@pytest.mark.parametrize(
    "body",
    [
        "I qualified on 12/09/2015 and started nights on 05/10/2015.",
        "The audit covers 01/04/2023 to 31/03/2024.",
        "Born in 1985 and still can't work the rota app.",
    ],
)
def test_it_publishes_dates_that_are_not_dates_of_birth(body: str) -> None:
    assert comment(body).decision == "publish"


# -- addresses and postcodes ---------------------------------------------------------------------


def test_it_returns_a_service_users_home_address() -> None:
    body = "I've been visiting Mrs Adeyemi at 27 Thornfield Road, Haverley HV3 8QD for years."
    verdict = comment(body)
    assert verdict.decision == "return"
    address = next(f for f in verdict.findings if f.rule == "address")
    assert address.excerpt == "27 Thornfield Road, Haverley HV3 8QD"


@pytest.mark.parametrize(
    "body",
    [
        # Whose home it is, said in the sentence before.
        "Could the housing team post the forms to my client's new flat? It's 8 Hollins Court, "
        "Merebank ME6 2XR.",
        # A given name's house, even with "house" among the venue words.
        "Priya's house is at 14 Elm Road, Leeds LS6 2AB if anyone can drop the forms round.",
    ],
)
def test_it_returns_an_address_said_to_be_someone_elses_home(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "return"
    assert any(f.rule == "address" for f in verdict.findings)


def test_a_word_shaped_like_a_postcode_in_a_one_letter_area_that_does_not_exist_is_none() -> None:
    # P is no postcode area (PO is): "p00fs" and "T0 0AB" are not postcodes; "B1 1AA" is.
    assert comment("We met at T0 0AB, the old depot.").decision == "publish"
    assert (
        comment("Her flat is at B1 1AA, near the station, I visit her there.").decision == "return"
    )


def test_it_returns_an_address_where_the_writer_visits_someone() -> None:
    body = (
        "For two years I've been visiting a widower at 12 Linnet Close, Dunmore DN4 7QT. "
        "The first time, the hall was stacked to the ceiling with newspapers."
    )
    assert comment(body).decision == "return"


def test_an_organisations_house_is_a_venue() -> None:
    body = "Mind's house in town is at 14 Elm Road, Leeds LS6 2AB, drop in on Tuesdays."
    assert comment(body).decision == "publish"


def test_it_holds_the_writers_own_address_as_personal_details() -> None:
    verdict = comment("Come to the book swap, I live at 9 Larkspur Close, Fenwick FN2 7QS.")
    assert verdict.decision == "hold"
    assert verdict.concerns == ["personal-details"]


def test_it_holds_the_writers_street_even_without_a_house_number() -> None:
    verdict = comment("I live on Church Lane in Little Oakley, pop by any time!")
    assert verdict.concerns == ["personal-details"]


@pytest.mark.parametrize(
    "body",
    [
        "The drop-in moves to the Friends Meeting House, 12 Quaker Lane, Hedleigh HD9 4TW.",
        "The cafe meets at St Luke's Community Centre, 22 Mill Lane, Bexley DA5 1JX.",
    ],
)
def test_it_publishes_a_public_venue(body: str) -> None:
    assert comment(body).decision == "publish"


@pytest.mark.parametrize("postcode", ["QA1 1AA", "M1 1AC", "AI1 1AA"])
def test_it_ignores_invalid_postcodes(postcode: str) -> None:
    assert comment(f"The code {postcode} was printed on the form.").decision == "publish"


# -- phone numbers -------------------------------------------------------------------------------


def test_it_returns_a_service_users_phone_number() -> None:
    verdict = comment("Could someone from the team ring him direct on 07700 900412?")
    assert verdict.decision == "return"
    assert verdict.findings[0].excerpt == "07700 900412"
    assert verdict.findings[0].principle == "nmc-personal-data-misuse"


def test_it_holds_the_writers_own_mobile_as_personal_details() -> None:
    verdict = comment("Text me on 07700 900115 if you want to join the walking group.")
    assert verdict.decision == "hold"
    assert verdict.concerns == ["personal-details"]


@pytest.mark.parametrize(
    "body",
    [
        "Samaritans are free on 116 123, any time.",
        "Text SHOUT to 85258, or ring NHS 111.",
        "Papyrus HOPELINE247 is 0800 068 4141.",
        "Breathing Space: 0800 83 85 87.",
        "Lifeline is on 0808 808 8000.",
        "The Trust's Patient Advice and Liaison Service is on 0113 496 0275, weekdays 9 to 5.",
        "Our unit's new number is 020 7946 0018.",
    ],
)
def test_it_publishes_helplines_and_organisations(body: str) -> None:
    assert comment(body).decision == "publish"


# -- e-mail addresses ----------------------------------------------------------------------------


def test_it_returns_a_third_partys_email() -> None:
    verdict = comment("Her email is bernie.walsh62@example.com, do get in touch with her.")
    assert verdict.decision == "return"
    assert verdict.findings[0].excerpt == "bernie.walsh62@example.com"


def test_it_holds_the_writers_personal_email() -> None:
    verdict = comment("Email me on my personal address, sarah.b.walker84@example.com.")
    assert verdict.concerns == ["personal-details"]
    assert verdict.findings[0].excerpt == "sarah.b.walker84@example.com"


@pytest.mark.parametrize(
    "address", ["pals@calderbrook.nhs.uk", "report@phishing.gov.uk", "jo@samaritans.org"]
)
def test_it_publishes_role_and_helpline_mailboxes(address: str) -> None:
    assert comment(f"You can write to {address} about it.").decision == "publish"


# -- hospital and case numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hospital number RX4 556201 - can someone check his leave?",
        "MRN 40218876: were the clozapine levels done?",
        "Patient ID: HX00492871, CTO paperwork is missing.",
    ],
)
def test_it_holds_hospital_and_record_numbers(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert "hospital-number" in rules(verdict)


def test_it_publishes_a_plain_number_without_a_record_label() -> None:
    assert comment("We saw 4021887 people across the region last year.").decision == "publish"


def test_it_returns_another_members_phone_number_as_their_personal_details() -> None:
    verdict = check(
        kind="comment",
        fields={"body": "Got @SamTheNurse's mobile from the rota group: 07700 900461. Ring her."},
    )
    assert verdict.decision == "return"
    assert verdict.concerns == ["personal-details"]


def test_it_returns_an_address_given_for_a_named_person_who_is_back_home() -> None:
    verdict = check(
        kind="comment",
        fields={"body": "Harold's back home now, 12 Orchard Close, Bexford, if you want to visit."},
    )
    assert verdict.decision == "return"
    assert verdict.concerns == ["identifiable-information"]


@pytest.mark.parametrize(
    "body",
    [
        "The NHS was born on 5 July 1948 and I still love working for it.",
        "Our recovery college was born out of a merger on 3 March 2015.",
    ],
)
def test_a_birthday_of_something_that_is_not_a_person_publishes(body: str) -> None:
    assert check(kind="comment", fields={"body": body}).decision == "publish"


def test_a_persons_date_of_birth_is_still_returned() -> None:
    verdict = check(kind="comment", fields={"body": "Mr Jones was born on 3 March 1951."})
    assert verdict.decision == "return"


# -- e-mail addresses spelled out, and work addresses ---------------------------------------------


def test_it_returns_a_third_partys_email_spelled_out_in_words() -> None:
    body = (
        "Dev from my recovery group asked me to pass his email on. It's dev dot okafor12 at "
        "gmail dot com. He's had a hard year but he's keen."
    )
    verdict = comment(body)
    assert verdict.decision == "return"
    assert verdict.findings[0].excerpt == "dev dot okafor12 at gmail dot com"


def test_it_holds_the_writers_own_email_spelled_out() -> None:
    verdict = comment(
        "Happy to share the playlist, drop me a line at ravenwing8 at hotmail dot co dot uk"
    )
    assert verdict.decision == "hold"
    assert verdict.concerns == ["personal-details"]


@pytest.mark.parametrize(
    "body",
    [
        # "at" and "dot" in ordinary sentences.
        "We were at the dot com launch party at Leeds, back in 1999.",
        # The writer's own work address, given in a professional role.
        "For Tuesday's handouts, email me at work: j.okoro@nhs.net, not for clinical queries.",
    ],
)
def test_ordinary_at_and_dot_and_a_work_address_publish(body: str) -> None:
    assert comment(body).decision == "publish", comment(body).findings
