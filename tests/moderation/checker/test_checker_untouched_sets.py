"""The checker against the seventh session's untouched sets, written by people who never read
the checker and kept unread by anyone.

Written at the session's start: 99 (110 cases, dev.jsonl's proportions, an early spring
fortnight), 100 (110, inpatient wards, 136 suites, A&E liaison and home treatment, a fifth
of them risk), 101 (110, lived experience and carers in the comments) and 102 (110,
practitioners' long reflective posts with any concern buried mid-post). Scored in aggregate
only (nobody looked at a case): against the checker as the session found it (aa08153), 406
of 440 (92.3 %), 49 of 51 risks held, 51 of 59 returns, 9 false safeguarding holds; after
each of three rounds of rules, after the retraining that was kept and after the
per-concern thresholds (406 every time, with the same risks, returns and false holds); and
once after a second retraining that was not kept (405).

Written near the session's end: 109 (110, dev.jsonl's proportions, a late-autumn week),
110 (110, children's, young people's and perinatal services, a fifth of them risk), 111
(110, older adults, dementia and care homes, and secure services) and 112 (110, arguments
and threads). Scored twice, in aggregate only: 415 of 440 (94.3 %) for the session's start,
54 of 57 risks, 56 of 58 returns, 10 false safeguarding holds; 419 (95.2 %) for the final
checker, 54 of 57, 58 of 58, 8 (README "Where it stands: the seventh session").

They are NOT training data and nothing was tuned on them. The next session should score
them once, untouched, before changing anything, and only then read them; the bars are the
level measured, so a change that loses any of it shows.
"""

from __future__ import annotations

from checker_scoring import set_bar_tests

# (file, minimum decision accuracy, safeguarding cases allowed to be missed, return cases
# allowed to be held or published): the final checker's scores.
BARS = [
    ("blind_cases_99.jsonl", 0.927, 1, 1),
    ("blind_cases_100.jsonl", 0.945, 1, 3),
    ("blind_cases_101.jsonl", 0.954, 0, 1),
    ("blind_cases_102.jsonl", 0.863, 0, 3),
    ("blind_cases_109.jsonl", 0.963, 0, 0),
    ("blind_cases_110.jsonl", 0.918, 2, 0),
    ("blind_cases_111.jsonl", 0.981, 1, 0),
    ("blind_cases_112.jsonl", 0.945, 0, 0),
]

(
    test_it_holds_its_level_on_the_untouched_sets,
    test_every_case_is_well_formed,
    test_the_untouched_sets_are_not_training_data,
) = set_bar_tests(BARS, trained=False)
