"""The README's promises that a test can check: links that resolve, the Binder badge and Binder's
configuration, and the Quick start's test command as CI runs it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_relative_links_lead_to_files_that_exist() -> None:
    links = re.findall(r"\]\(((?!https?://|#)[^)\s]+)\)", README)
    assert links and [link for link in links if not (ROOT / link.split("#")[0]).exists()] == []


def test_the_binder_badge_opens_the_start_notebook_of_this_repository_in_jupyterlab() -> None:
    repository = re.search(r'^Repository = "https://github.com/([^"]+)"$', PYPROJECT, re.MULTILINE).group(1)
    (badge,) = re.findall(r"\(https://mybinder\.org/v2/gh/([^)]+)\)", README)
    path = "notebooks/00_start_here.ipynb"
    assert badge == f"{repository}/HEAD?urlpath=lab/tree/{path}" and (ROOT / path).is_file()


def test_binder_installs_the_pinned_requirements_with_a_supported_python() -> None:
    lines = (ROOT / ".binder" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line and not line.startswith("#")] == ["-r ../requirements.txt"]
    runtime = (ROOT / ".binder" / "runtime.txt").read_text(encoding="utf-8").strip()
    minimum = re.search(r'requires-python = ">=3\.(\d+)"', PYPROJECT).group(1)
    assert re.fullmatch(r"python-3\.(\d+)", runtime) and int(runtime.split(".")[1]) >= int(minimum)
    assert (ROOT / ".binder" / "postBuild").stat().st_mode & 0o100, "postBuild must be executable"
    assert not (ROOT / "postBuild").exists(), "Binder reads .binder/ only: a postBuild at the root would be ignored"


def test_the_quick_start_test_command_is_the_one_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "grep -A1 '^# 2\\. install, then run every test' README.md" in ci
    command = README.split("# 2. install, then run every test", 1)[1].splitlines()[1]
    assert command == "python -m pip install -r requirements.txt && python -m pytest"


def test_the_introduction_claims_about_the_seed_story_only_what_its_data_show() -> None:
    """Issue 14, item 11: four of the five outlets are unknown, so the README claims no outlet's
    stance; what it says of the articles matches the seed story."""
    from framekit.story.load import load_story

    story = load_story("crocus-call-2024")
    intro = README.split("## Quick start", 1)[0]
    assert "different stance" not in intro and "five outlets" not in intro
    named = sum(article.outlet_identified == "stated" for article in story.articles)
    assert (len(story.articles), named) == (5, 1)
    flat = " ".join(intro.split())
    assert "Five news articles" in flat and "Only one of the five names its outlet" in flat
    assert "is read from the text itself, not known from who published it" in flat
