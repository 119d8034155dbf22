"""The checker against sets 103-108, written in the seventh session as training data by
people who never read the checker, scored on arrival, then read (rules came of them), and
NOT trained on: 103 (mockery without insult words, beside fair criticism), 104 (whose
detail it is), 105 (quiet risk and its near misses), 106 (confidences and boundaries told
sideways), 107 (staff-room talk and casual clinical direction) and 108 (a month from Wales,
Scotland and Northern Ireland).

On arrival: 519 of 660 for the session's starting checker, 530 for the checker then; 547
after the rules read from them; 553 once the confidentiality and personal-attack readers
held at 0.3 (measured on other sets; README). A retraining with them moved the untouched
sets 99-102 from 406 to 405 of 440, held none more of their risks, and two of the tests'
hand-written near misses came to be held, so the shipped readers are trained without them
(NOTES). The bars are the level the shipped checker reaches, so a change that loses any of
it shows.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published): the shipped checker's scores.
BARS = [
    ("blind_cases_103.jsonl", 0.618, 0, 0),
    ("blind_cases_104.jsonl", 0.927, 0, 5),
    ("blind_cases_105.jsonl", 0.945, 3, 0),
    ("blind_cases_106.jsonl", 0.809, 0, 0),
    ("blind_cases_107.jsonl", 0.8, 0, 0),
    ("blind_cases_108.jsonl", 0.927, 0, 0),
]

(
    test_it_holds_its_level_on_the_sets_read_but_not_trained_on,
    test_every_case_is_well_formed,
    test_they_are_not_training_data,
) = set_bar_tests(BARS, trained=False)
