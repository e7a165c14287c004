"""Shared by the accuracy benchmarks: a result's counts written to ``data/benchmarks/``, which
:func:`framekit.teach.evaluate.recorded` reads for the lessons."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path


def save_record(record: dict, command: str, path: Path) -> None:
    """Write ``record`` (counts only, never a corpus's text) to ``path`` as JSON, with the
    ``command`` that measured it and today's date."""
    record = {**record, "command": command, "measured": date.today().isoformat()}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"saved the counts to {path}")
