"""The checker against sets 95-98, written at the sixth session's end as training data by
people who never read the checker, scored on arrival and not yet read or trained on:
95 (scorn without insult words, and its fair-criticism near misses), 96 (very quiet risk,
half of it near misses), 97 (the quieter concerns told sideways) and 98 (dev.jsonl's
proportions, a spring of everything). 357 of 440 for the final checker (351 for the
session's start); 60 of 72 risks held.

They were trained on once, as a trial: the untouched sets 79-82 lost a risk (52 of 57
against 53) and gained no decision, so the shipped readers were kept (NOTES). The bars are
the level measured on arrival; the next session can read them and add them to training.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published): the final checker's scores on arrival.
BARS = [
    ("blind_cases_95.jsonl", 0.636, 0, 0),
    ("blind_cases_96.jsonl", 0.89, 11, 0),
    ("blind_cases_97.jsonl", 0.772, 1, 2),
    ("blind_cases_98.jsonl", 0.945, 0, 2),
]

(
    test_it_holds_its_level_on_the_sets_not_yet_read,
    test_every_case_is_well_formed,
    test_they_are_not_yet_training_data,
) = set_bar_tests(BARS, trained=False)
