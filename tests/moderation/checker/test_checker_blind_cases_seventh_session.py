"""The checker against the sets the seventh session read and trained on, every one written
by someone who never read the checker:

* 79-82, the sixth session's untouched sets (a winter week; crisis and community services;
  carers and families; a month weighted to professional matters), scored once more
  untouched at this session's start (414 of 440, the same as that session's last figure),
  then read;
* 95-98, written at the sixth session's end as training data and scored on arrival (357 of
  440): scorn without insult words; very quiet risk; the quieter concerns told sideways; a
  spring of everything. Read in this session.

Both learned readers are trained on them, so these scores are no longer estimates of unseen
writing (the untouched sets in test_checker_untouched_sets.py are). The bars are the level
reached less a margin, to catch regressions.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published)
BARS = [
    ("blind_cases_79.jsonl", 0.97, 1, 1),
    ("blind_cases_80.jsonl", 0.97, 1, 1),
    ("blind_cases_81.jsonl", 0.97, 1, 1),
    ("blind_cases_82.jsonl", 0.97, 1, 1),
    ("blind_cases_95.jsonl", 0.97, 1, 1),
    ("blind_cases_96.jsonl", 0.97, 1, 1),
    ("blind_cases_97.jsonl", 0.95, 1, 3),
    ("blind_cases_98.jsonl", 0.96, 1, 2),
]

(
    test_it_holds_its_level_on_the_sets_read_this_session,
    test_every_case_is_well_formed,
    test_they_are_training_data,
) = set_bar_tests(BARS, trained=True)
