"""How fast is the checker? Median time for a 1,000-word post, and throughput in KB/s.

Run with ``.venv/bin/python benchmarks/checker_bench.py`` (or ``make bench``). The posts are
generated from a fixed seed: ordinary reflective writing from mental health practice, with
the odd number, name, place, link and feeling mixed in, so that every detector has
candidates to look at rather than a trivially clean page.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from moderation.checker import check

COMMON = [
    "the",
    "a",
    "and",
    "to",
    "of",
    "in",
    "it",
    "was",
    "that",
    "for",
    "on",
    "with",
    "as",
    "at",
    "but",
    "this",
    "we",
    "our",
    "they",
    "had",
    "not",
    "be",
    "is",
    "are",
    "were",
    "from",
    "by",
    "so",
    "all",
    "one",
    "about",
    "when",
    "there",
    "what",
    "which",
    "would",
    "could",
    "if",
    "up",
    "out",
    "into",
    "then",
    "than",
    "them",
    "more",
    "some",
    "time",
    "just",
    "like",
    "also",
    "very",
    "really",
    "still",
    "only",
    "even",
    "back",
    "after",
    "before",
    "because",
    "while",
    "though",
    "over",
    "again",
    "much",
    "most",
    "other",
    "any",
    "every",
    "each",
    "those",
    "these",
]
DOMAIN = [
    "ward",
    "shift",
    "handover",
    "team",
    "patient",
    "service",
    "user",
    "carer",
    "nurse",
    "doctor",
    "consultant",
    "therapy",
    "session",
    "assessment",
    "referral",
    "discharge",
    "admission",
    "care",
    "plan",
    "medication",
    "review",
    "clinic",
    "community",
    "crisis",
    "recovery",
    "support",
    "family",
    "meeting",
    "night",
    "morning",
    "week",
    "month",
    "training",
    "supervision",
    "student",
    "placement",
    "manager",
    "trust",
    "policy",
    "guidance",
    "risk",
    "safety",
    "waiting",
    "list",
    "appointment",
    "letter",
    "phone",
    "call",
    "group",
    "garden",
    "kitchen",
    "tea",
    "biscuits",
    "rota",
    "paperwork",
    "office",
    "tired",
    "proud",
    "hopeful",
    "frustrated",
    "anxious",
    "calm",
    "busy",
    "quiet",
    "long",
    "hard",
    "good",
    "kind",
    "honest",
]
EXTRAS = [
    "Dr Okafor",
    "Larch Ward",
    "Leeds",
    "on Tuesday",
    "at 7.30",
    "in 2019",
    "£4.1 million",
    "https://www.nhs.uk/mental-health/",
    "0113 496 0275",
    "aged 41",
    "Samaritans on 116 123",
    "bloody",
    "I felt",
    "she said",
    '"not for now"',
]


def generate_post(rng: random.Random, words: int = 1000) -> str:
    """About ``words`` words of plausible prose in sentences and paragraphs."""
    out: list[str] = []
    sentence: list[str] = []
    count = 0
    while count < words:
        roll = rng.random()
        if roll < 0.03:
            token = rng.choice(EXTRAS)
        elif roll < 0.40:
            token = rng.choice(DOMAIN)
        else:
            token = rng.choice(COMMON)
        sentence.append(token)
        count += len(token.split())
        if len(sentence) >= rng.randint(8, 22):
            text = " ".join(sentence)
            out.append(text[0].upper() + text[1:] + rng.choice([".", ".", ".", "!", "?"]))
            sentence = []
            if rng.random() < 0.2:
                out.append("\n\n")
    if sentence:
        out.append(" ".join(sentence) + ".")
    return " ".join(out).replace(" \n\n ", "\n\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=200, help="how many posts to time")
    parser.add_argument("--words", type=int, default=1000, help="words per post")
    args = parser.parse_args()

    rng = random.Random(20250601)
    posts = [generate_post(rng, args.words) for _ in range(args.posts)]

    check(kind="post", fields={"title": "warm-up", "body": posts[0]})  # load vocabularies once

    # Wall-clock time is what a user waits; CPU time is steadier on a shared, busy machine.
    wall: list[float] = []
    cpu: list[float] = []
    for body in posts:
        started, started_cpu = time.perf_counter(), time.process_time()
        check(kind="post", fields={"title": "A week on the ward", "body": body})
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)

    total_kb = sum(len(body.encode("utf-8")) for body in posts) / 1024
    print(f"posts timed:            {len(posts)} x ~{args.words} words")
    print(f"median per post:        {statistics.median(wall) * 1000:.2f} ms wall clock")
    print(f"                        {statistics.median(cpu) * 1000:.2f} ms CPU")
    print(f"95th percentile:        {sorted(wall)[int(len(wall) * 0.95) - 1] * 1000:.2f} ms wall")
    print(f"throughput:             {total_kb / sum(wall):,.0f} KB/s wall clock")
    print(f"                        {total_kb / sum(cpu):,.0f} KB/s CPU")


if __name__ == "__main__":
    main()
