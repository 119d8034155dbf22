"""The checker against the fifth session's last untouched sets, written by people who never
read the checker and kept outside the repository, unread by anyone, until the checker was
final: 73 (110 cases, dev.jsonl's proportions, a late-summer week), 74 (110, reflective
practice: supervision, restraint, the Mental Health Act, inquests), 75 (110, peer support
threads late at night) and 76 (110, a random-looking month of everything).

Scored in aggregate (nobody looked at a case) against the checker as the session found it
(bc2ee7a) and once against the final checker (README "Where it stands: the fifth
session"): decisions 400 -> 422 of 440 (90.9 % -> 95.9 %), risks held 69 -> 70 of 73,
returns 57 -> 57 of 60, false safeguarding holds 6 -> 3. They are NOT training data and
nothing was tuned on them. The next session should score them once, untouched, before
changing anything, and only then read them; the bars are the level measured, so a change
that loses any of it shows.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published): the final checker's scores when first run.
BARS = [
    ("blind_cases_73.jsonl", 0.954, 1, 0),
    ("blind_cases_74.jsonl", 0.963, 1, 0),
    ("blind_cases_75.jsonl", 0.963, 0, 1),
    ("blind_cases_76.jsonl", 0.954, 1, 2),
]

(
    test_it_holds_its_level_on_the_untouched_sets,
    test_every_case_is_well_formed,
    test_the_untouched_sets_are_not_training_data,
) = set_bar_tests(BARS, trained=False)
