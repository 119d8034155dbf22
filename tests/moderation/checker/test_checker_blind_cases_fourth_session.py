"""The checker against the sets the fourth session trained and tuned on: the third session's
untouched sets (9, 32, 33, 39 and 40, scored once more untouched at the fourth session's
start: 89.4 % of 520 decisions right, 86 of 88 risks held) and four new ones written by
people who never read the checker (45: 120 short late-night comments; 46: 60 pairs of a
concern and its near miss; 47: a general week in many UK voices; 48: long posts with the
concern inside). Each new set was scored once, untouched, as it arrived (82.1 % of 480, 81
of 127 risks held; set 45 alone 14 of 55).

Since then the rules were tuned on 9, 32, 33, 39 and 40 and the learned reader is trained on
all nine, so these scores are no longer estimates of unseen writing (the untouched sets in
test_checker_untouched_sets.py are). The bars are the level reached less a margin, to catch
regressions.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published)
BARS = [
    ("blind_cases_9.jsonl", 0.96, 1, 1),
    ("blind_cases_32.jsonl", 0.95, 1, 1),
    ("blind_cases_33.jsonl", 0.94, 1, 1),
    ("blind_cases_39.jsonl", 0.96, 1, 1),
    ("blind_cases_40.jsonl", 0.95, 1, 1),
    ("blind_cases_45.jsonl", 0.93, 2, 1),
    ("blind_cases_46.jsonl", 0.9, 1, 0),
    ("blind_cases_47.jsonl", 0.87, 1, 1),
    ("blind_cases_48.jsonl", 0.88, 1, 1),
]


(
    test_it_meets_the_bar_on_the_fourth_sessions_sets,
    test_every_case_is_well_formed,
    test_they_are_training_data,
) = set_bar_tests(BARS, trained=True)
