"""The checker against the sets the fifth session trained on, every one written by someone
who never read the checker:

* 41-44, the fourth session's untouched sets, scored once more untouched at this session's
  start (385 of 440 decisions right, the same as the fourth session's last figures);
* 49-52, this session's first untouched sets, kept unread until the other concerns'
  readers were final (375 -> 395 of 440), then read;
* 53-56 (safeguarding said sideways; the quieter concerns; the four nations; heated
  threads), scored untouched on arrival: 369 of 440, 65 of 73 risks held;
* 57-60 (a winter fortnight; new staff and students; carers; many registers), kept
  untouched through one retraining (386 -> 404 of 440), then read;
* 61-68, written as training data and each scored untouched on arrival (621 of 680);
* 69-72 (a spring week; practitioners' posts; lived experience; the hard edges of
  returns), kept untouched through a second retraining (381 -> 412 of 440), then read;
* 77 and 78 (whose identifier it is, from context; risk implied rather than said),
  written as training data.

Both learned readers are trained on all of them, so these scores are no longer estimates of
unseen writing (the untouched sets in test_checker_untouched_sets.py are). The bars are the
level reached less a margin, to catch regressions.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published)
BARS = [
    ("blind_cases_41.jsonl", 0.96, 1, 1),
    ("blind_cases_42.jsonl", 0.93, 1, 2),
    ("blind_cases_43.jsonl", 0.95, 1, 3),
    ("blind_cases_44.jsonl", 0.93, 1, 2),
    ("blind_cases_49.jsonl", 0.95, 1, 1),
    ("blind_cases_50.jsonl", 0.95, 1, 2),
    ("blind_cases_51.jsonl", 0.95, 1, 1),
    ("blind_cases_52.jsonl", 0.95, 1, 1),
    ("blind_cases_53.jsonl", 0.96, 1, 1),
    ("blind_cases_54.jsonl", 0.96, 1, 1),
    ("blind_cases_55.jsonl", 0.94, 1, 4),
    ("blind_cases_56.jsonl", 0.96, 1, 1),
    ("blind_cases_57.jsonl", 0.94, 1, 3),
    ("blind_cases_58.jsonl", 0.94, 1, 3),
    ("blind_cases_59.jsonl", 0.93, 1, 2),
    ("blind_cases_60.jsonl", 0.96, 1, 1),
    ("blind_cases_61.jsonl", 0.96, 1, 1),
    ("blind_cases_62.jsonl", 0.9, 1, 3),
    ("blind_cases_63.jsonl", 0.94, 1, 3),
    ("blind_cases_64.jsonl", 0.96, 1, 2),
    ("blind_cases_65.jsonl", 0.95, 1, 2),
    ("blind_cases_66.jsonl", 0.96, 1, 2),
    ("blind_cases_67.jsonl", 0.94, 1, 1),
    ("blind_cases_68.jsonl", 0.93, 1, 2),
    ("blind_cases_69.jsonl", 0.96, 1, 1),
    ("blind_cases_70.jsonl", 0.97, 1, 1),
    ("blind_cases_71.jsonl", 0.95, 1, 2),
    ("blind_cases_72.jsonl", 0.92, 1, 2),
    ("blind_cases_77.jsonl", 0.87, 1, 10),
    ("blind_cases_78.jsonl", 0.94, 1, 1),
]

(
    test_it_meets_the_bar_on_the_fifth_sessions_sets,
    test_every_case_is_well_formed,
    test_they_are_training_data,
) = set_bar_tests(BARS, trained=True)
