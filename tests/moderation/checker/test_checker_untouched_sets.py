"""The checker against the sixth session's untouched sets, written by people who never read
the checker and kept unread by anyone: 79 (110 cases, dev.jsonl's proportions, a winter
week), 80 (110, crisis and community services, a fifth of them risk), 81 (110, carers and
families) and 82 (110, a month of everything, weighted to professional matters).

Scored in aggregate only (nobody looked at a case): against the checker as the session found
it (376baac), 403 of 440 (91.6 %), 51 of 57 risks held, 46 of 50 returns, 6 false
safeguarding holds; twice mid-session (410 and 412); and against the final checker, 414 of
440 (94.1 %), 53 of 57 risks, 47 of 50 returns, 7 false safeguarding holds (README "Where it
stands: the sixth session"). They are NOT training data and nothing was tuned on them.
The next session should score them once, untouched, before changing anything, and only
then read them; the bars are the level measured, so a change that loses any of it shows.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published): the final checker's scores.
BARS = [
    ("blind_cases_79.jsonl", 0.954, 1, 1),
    ("blind_cases_80.jsonl", 0.954, 2, 0),
    ("blind_cases_81.jsonl", 0.936, 0, 0),
    ("blind_cases_82.jsonl", 0.918, 1, 2),
]

(
    test_it_holds_its_level_on_the_untouched_sets,
    test_every_case_is_well_formed,
    test_the_untouched_sets_are_not_training_data,
) = set_bar_tests(BARS, trained=False)
