"""No test can hang the suite: pytest-timeout is required and gives every test a default limit."""

from __future__ import annotations

import pytest


def test_every_test_has_a_time_limit(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.pluginmanager.hasplugin("timeout"), "pytest-timeout is not installed"
    seconds = float(pytestconfig.getini("timeout"))
    assert 300 <= seconds <= 1800  # generous enough for a lesson notebook in a browser, never forever
    assert "pytest-timeout" in " ".join(pytestconfig.getini("required_plugins"))
