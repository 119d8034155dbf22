"""The checker against the sets the fifth session trained on: the fourth session's untouched
sets (41-44, scored once more untouched at the fifth session's start: 385 of 440 decisions
right, the same as the fourth session's last figures) and four new sets written by people
who never read the checker (53: safeguarding said sideways; 54: the quieter concerns; 55:
the four nations and many settings; 56: heated threads), scored untouched on arrival: 369 of
440 right, 65 of 73 risks held.

Both learned readers (safeguarding, and the other concerns' readers that the fifth session
added) are now trained on all eight, so these scores are no longer estimates of unseen
writing (the untouched sets in test_checker_untouched_sets.py are). Left out of the other
concerns' training, their readers held 17 more of 41-44 rightly and none wrongly, and 28
more of 53-56 rightly and one wrongly (README "The other concerns' learned readers"). The
bars are the level reached less a margin, to catch regressions.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published)
BARS = [
    ("blind_cases_41.jsonl", 0.96, 1, 1),
    ("blind_cases_42.jsonl", 0.94, 1, 2),
    ("blind_cases_43.jsonl", 0.95, 1, 3),
    ("blind_cases_44.jsonl", 0.94, 1, 2),
    ("blind_cases_53.jsonl", 0.96, 1, 1),
    ("blind_cases_54.jsonl", 0.96, 1, 1),
    ("blind_cases_55.jsonl", 0.94, 1, 5),
    ("blind_cases_56.jsonl", 0.96, 1, 1),
]


(
    test_it_meets_the_bar_on_the_fifth_sessions_sets,
    test_every_case_is_well_formed,
    test_they_are_training_data,
) = set_bar_tests(BARS, trained=True)
