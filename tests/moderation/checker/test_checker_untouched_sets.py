"""The checker against the fifth session's untouched sets, written by people who never read
the checker and kept outside the repository, unread by anyone, until the checker was final:
49 (110 cases, dev.jsonl's proportions, a general week in many voices), 50 (110,
practitioners' reflective posts and the comments under them), 51 (110, people with lived
experience and carers commenting) and 52 (110, the messy edges: spam dressed as help, kind
advice that is still direction, helplines against private numbers, identifiers written
oddly, quoting the guidance).

Scored in aggregate (nobody looked at a case) against the checker as the session found it
(bc2ee7a) and once against the final checker (README "Where it stands: the fifth
session"): decisions 375 -> 395 of 440 (85.2 % -> 89.8 %), risks held 59 -> 60 of 68,
returns 52 -> 52 of 60, false safeguarding holds 9 -> 8. They are NOT training data and
nothing was tuned on them. The next session should score them once, untouched, before
changing anything, and only then read them; the bars are the level measured, so a change
that loses any of it shows.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published): the final checker's scores when first run.
BARS = [
    ("blind_cases_49.jsonl", 0.918, 3, 2),
    ("blind_cases_50.jsonl", 0.836, 2, 3),
    ("blind_cases_51.jsonl", 0.9, 3, 0),
    ("blind_cases_52.jsonl", 0.936, 0, 3),
]


(
    test_it_holds_its_level_on_the_untouched_sets,
    test_every_case_is_well_formed,
    test_the_untouched_sets_are_not_training_data,
) = set_bar_tests(BARS, trained=False)
