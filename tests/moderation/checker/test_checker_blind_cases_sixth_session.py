"""The checker against the sets the sixth session read and trained on, every one written by
someone who never read the checker:

* 73-76, the fifth session's last untouched sets, scored once more untouched at this
  session's start (422 of 440, the same as that session's last figure), then read;
* 83-86, written as training data and scored on arrival (349 of 440, the same for the
  session's starting checker and for the checker then): mockery and scorn told indirectly;
  practitioners' boundaries and confidences; whose detail it is; risk told in the middle
  of ordinary writing;
* 87-90, written as training data and scored on arrival (399 of 440 for the session's
  starting checker, 409 for the checker then): comment threads; the line between return,
  hold and publish; writing that sounds risky and is not; practitioners' long posts;
* 91-94, the same (397 of 440 for the session's start, 396 for the checker then): carers in
  winter and at night; a fortnight of everything from all four nations; lived experience;
  the quieter concerns and their near misses.

Both learned readers are trained on them, so these scores are no longer estimates of unseen
writing (the untouched sets in test_checker_untouched_sets.py are). The bars are the level
reached less a margin, to catch regressions.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published)
BARS = [
    ("blind_cases_73.jsonl", 0.96, 1, 1),
    ("blind_cases_74.jsonl", 0.97, 1, 1),
    ("blind_cases_75.jsonl", 0.97, 1, 1),
    ("blind_cases_76.jsonl", 0.97, 1, 1),
    ("blind_cases_83.jsonl", 0.95, 1, 1),
    ("blind_cases_84.jsonl", 0.95, 1, 2),
    ("blind_cases_85.jsonl", 0.96, 1, 1),
    ("blind_cases_86.jsonl", 0.96, 1, 1),
    ("blind_cases_87.jsonl", 0.97, 1, 1),
    ("blind_cases_88.jsonl", 0.93, 1, 4),
    ("blind_cases_89.jsonl", 0.97, 1, 1),
    ("blind_cases_90.jsonl", 0.97, 1, 1),
    ("blind_cases_91.jsonl", 0.96, 1, 1),
    ("blind_cases_92.jsonl", 0.95, 1, 2),
    ("blind_cases_93.jsonl", 0.97, 1, 1),
    ("blind_cases_94.jsonl", 0.97, 1, 1),
]

(
    test_it_meets_the_bar_on_the_sixth_sessions_sets,
    test_every_case_is_well_formed,
    test_they_are_training_data,
) = set_bar_tests(BARS, trained=True)
