"""Every principle slug mentioned anywhere in the code or data resolves to a defined principle."""

from __future__ import annotations

import re
from pathlib import Path

from guidance.content_files import GuidanceContent, load_content

REPO_ROOT = Path(__file__).resolve().parents[2]
SCANNED_SUFFIXES = {".py", ".toml", ".html", ".jsonl"}
# Words that share a principle prefix but are not principles: the house rules page's address.
NOT_PRINCIPLES = {"house-rules"}
SKIPPED_FOLDERS = {".git", ".venv", "node_modules", "staticfiles", "__pycache__", ".ruff_cache"}


def _slug_pattern(content: GuidanceContent) -> re.Pattern[str]:
    prefixes = "|".join(re.escape(prefix) for prefix in content.slug_prefixes)
    # A slug-shaped word not glued to a longer word, a web address or a file name.
    return re.compile(rf"(?<![\w./-])(?:{prefixes})[a-z0-9]+(?:-[a-z0-9]+)*(?![\w./-])")


def _scanned_files() -> list[Path]:
    files = [
        path
        for path in REPO_ROOT.rglob("*")
        if path.suffix in SCANNED_SUFFIXES
        and path.is_file()
        and not SKIPPED_FOLDERS & set(path.relative_to(REPO_ROOT).parts)
    ]
    shared_cases = REPO_ROOT.parent / "shared" / "moderation-cases"
    if shared_cases.is_dir():
        files += sorted(shared_cases.glob("*.jsonl"))
    return files


# In JSON Lines files (labelled cases: people's writing) only a "principle" value is a slug;
# the prose itself may use a prefix as an ordinary word ("house" followed by "-bound").
_PRINCIPLE_VALUE = re.compile(r'"principle"\s*:\s*"([^"]*)"')


def find_dangling_slugs(content: GuidanceContent, files: list[Path]) -> list[str]:
    """``path:line: slug`` for every slug-shaped string that names no principle."""
    pattern = _slug_pattern(content)
    known = content.principle_slugs
    dangling = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            if path.suffix == ".jsonl":
                found = _PRINCIPLE_VALUE.findall(line)
            else:
                found = pattern.findall(line)
            for slug in found:
                if slug not in known and slug not in NOT_PRINCIPLES:
                    dangling.append(f"{path}:{number}: {slug}")
    return dangling


def test_no_principle_slug_in_the_repository_dangles():
    content = load_content()
    files = _scanned_files()
    assert any(path.name == "nmc.toml" for path in files)
    assert find_dangling_slugs(content, files) == []


def test_the_scan_finds_a_misspelt_slug(tmp_path):
    content = load_content()
    sample = tmp_path / "finding.py"
    typo = "hcpc-identify-" + "servce-user"
    sample.write_text(
        f'PRINCIPLE = "{typo}"\nOK = "hcpc-identify-service-user"\n'
        'URL = "https://www.hcpc-uk.org/standards/"\n',
        encoding="utf-8",
    )
    assert find_dangling_slugs(content, [sample]) == [f"{sample}:1: {typo}"]


def test_in_labelled_cases_only_principle_values_count(tmp_path):
    content = load_content()
    cases = tmp_path / "cases.jsonl"
    # Built from pieces so this file does not itself hold slug-shaped words.
    prose_word, unknown = "house-" + "bound", "house-" + "no-such-rule"
    cases.write_text(
        f'{{"body": "She is {prose_word} since the fall."}}\n'
        f'{{"findings": [{{"principle": "{unknown}"}}]}}\n',
        encoding="utf-8",
    )
    assert find_dangling_slugs(content, [cases]) == [f"{cases}:2: {unknown}"]
