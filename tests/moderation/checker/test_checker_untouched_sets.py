"""The checker against the fifth session's untouched sets, written by people who never read
the checker and kept outside the repository, unread by anyone, until the checker was final:
69 (110 cases, dev.jsonl's proportions, a general week in spring), 70 (110, practitioners'
reflective posts and replies across the professions), 71 (110, people with lived
experience and carers commenting) and 72 (110, the hard edges of returns and holds:
identifiers written many ways against the writer's own and organisations', slurs used
against slurs discussed, obvious spam against a member's own charity event).

Scored in aggregate (nobody looked at a case) against the checker as the session found it
(bc2ee7a) and once against the final checker (README "Where it stands: the fifth
session"): decisions 381 -> 412 of 440 (86.6 % -> 93.6 %), risks held 70 -> 73 of 76,
returns 54 -> 54 of 60, false safeguarding holds 6 -> 7. They are NOT training data and
nothing was tuned on them. The next session should score them once, untouched, before
changing anything, and only then read them; the bars are the level measured, so a change
that loses any of it shows.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published): the final checker's scores when first run.
BARS = [
    ("blind_cases_69.jsonl", 0.945, 0, 0),
    ("blind_cases_70.jsonl", 0.972, 0, 1),
    ("blind_cases_71.jsonl", 0.945, 3, 1),
    ("blind_cases_72.jsonl", 0.881, 0, 4),
]

(
    test_it_holds_its_level_on_the_untouched_sets,
    test_every_case_is_well_formed,
    test_the_untouched_sets_are_not_training_data,
) = set_bar_tests(BARS, trained=False)
