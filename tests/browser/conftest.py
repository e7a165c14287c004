"""Fixtures for the browser tests: JupyterLab on a copy of the notebooks, and Debian's Chromium.

Without Chromium, every test in this folder is skipped with a reason that says how to get
it, so a machine without a browser never passes them silently. CI sets
FRAMEKIT_REQUIRE_BROWSER=1, which makes a missing Chromium an error instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from harness import ROOT, Server, chromium, chromium_path, jupyterlab

ARTIFACTS = ROOT / "build" / "browser"
NO_CHROMIUM = (
    "Chromium not found: the browser tests need Debian's chromium package "
    "(sudo apt-get install chromium), or FRAMEKIT_CHROMIUM set to a Chromium executable"
)
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if chromium_path() is not None:
        return
    if os.environ.get("FRAMEKIT_REQUIRE_BROWSER"):
        raise pytest.UsageError(f"FRAMEKIT_REQUIRE_BROWSER is set but: {NO_CHROMIUM}")
    for item in items:
        if HERE in Path(item.fspath).resolve().parents:
            item.add_marker(pytest.mark.skip(reason=NO_CHROMIUM))


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """JupyterLab on a temporary copy of notebooks/; its sessions are deleted and it is stopped after."""
    with jupyterlab(tmp_path_factory.mktemp("lab")) as server:
        yield server


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory):
    """A headless Chromium context (Playwright's BrowserContext) with a fresh profile."""
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as context:
        yield context


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go: build/browser/ (ignored by git), or FRAMEKIT_ARTIFACTS."""
    folder = Path(os.environ.get("FRAMEKIT_ARTIFACTS") or ARTIFACTS)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
