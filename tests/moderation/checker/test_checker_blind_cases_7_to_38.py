"""The checker against blind sets 7, 8, 10 to 31 and 34 to 38: 3,340 cases written in the
third session by 29 people who never read the checker, each scored once untouched before
anything was tuned on it (moderation/checker/README.md, "Blind sets 7 to 38").

Since then the rules were tuned by mechanism on some of them (6-8, 10, 11-28 for false
safeguarding holds, 14, 17, 21 and 24 for the other concerns) and the learned reader is
trained on all of them, so the scores printed here are no longer estimates of unseen
writing: the README's leave-one-set-out table is. The bars are the level reached less a
margin, to catch regressions. Set 9, written at the same time, is scored in
test_checker_blind_cases_fourth_session.py.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published). Sets 25 and 31 are short comments, most under the
# learned reader's 15 words, so the rules alone must find their risks.
BARS = [
    ("blind_cases_7.jsonl", 0.97, 0, 0),
    ("blind_cases_8.jsonl", 0.97, 0, 0),
    ("blind_cases_10.jsonl", 0.97, 0, 0),
    ("blind_cases_11.jsonl", 0.9, 2, 0),
    ("blind_cases_12.jsonl", 0.92, 1, 0),
    ("blind_cases_13.jsonl", 0.92, 1, 0),
    ("blind_cases_14.jsonl", 0.9, 1, 2),
    ("blind_cases_15.jsonl", 0.93, 1, 0),
    ("blind_cases_16.jsonl", 0.92, 1, 0),
    ("blind_cases_17.jsonl", 0.9, 1, 1),
    ("blind_cases_18.jsonl", 0.85, 2, 0),
    ("blind_cases_19.jsonl", 0.92, 1, 0),
    ("blind_cases_20.jsonl", 0.92, 2, 0),
    ("blind_cases_21.jsonl", 0.9, 1, 2),
    ("blind_cases_22.jsonl", 0.95, 1, 0),
    ("blind_cases_23.jsonl", 0.95, 1, 0),
    ("blind_cases_24.jsonl", 0.9, 2, 1),
    ("blind_cases_25.jsonl", 0.78, 12, 0),
    ("blind_cases_26.jsonl", 0.9, 1, 0),
    ("blind_cases_27.jsonl", 0.9, 1, 0),
    ("blind_cases_28.jsonl", 0.95, 2, 0),
    ("blind_cases_29.jsonl", 0.88, 1, 2),
    ("blind_cases_30.jsonl", 0.88, 1, 1),
    ("blind_cases_31.jsonl", 0.95, 1, 0),
    ("blind_cases_34.jsonl", 0.96, 1, 0),
    ("blind_cases_35.jsonl", 0.95, 1, 0),
    ("blind_cases_36.jsonl", 0.93, 1, 0),
    ("blind_cases_37.jsonl", 0.92, 1, 0),
    ("blind_cases_38.jsonl", 0.92, 1, 0),
]


(
    test_it_meets_the_bar_on_blind_sets_7_to_38,
    test_every_case_is_well_formed,
    test_they_are_training_data,
) = set_bar_tests(BARS, trained=True)
