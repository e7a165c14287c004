"""framekit.story.files: YAML read with libyaml's C loader where PyYAML has it, as safely and with
the same path:line problems as the pure-Python loader."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from framekit.story.files import LOADERS, parse_yaml

PATH = Path("story.yaml")
DOCUMENTS = {
    "valid": "id: one\nevent_date: 2024-04-03\nvalue: 144\nlist: [a, b]\n",
    "syntax": "id: one\nlist: [a,\n",
    "indent": "id: one\n  title: x\n",
    "quote": "id: 'never closed\n",
    "tag": "id: !!python/object/apply:os.system ['echo hi']\n",
    "duplicate": "id: one\ntitle: A\nid: two\n",
    "empty": "",
}


def test_the_c_loader_comes_first_where_pyyaml_has_libyaml() -> None:
    assert len(LOADERS) == (2 if yaml.__with_libyaml__ else 1)
    assert issubclass(LOADERS[-1], yaml.SafeLoader)
    if yaml.__with_libyaml__:
        assert issubclass(LOADERS[0], yaml.CSafeLoader)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_both_loaders_give_the_same_data_and_problem_lines(name: str) -> None:
    results = [parse_yaml(DOCUMENTS[name], PATH, first_line=2, loader_class=loader) for loader in LOADERS]
    (data, problems), *others = results
    for other_data, other_problems in others:
        assert (other_data.data if other_data else None) == (data.data if data else None)
        assert (other_data.key_lines if other_data else None) == (data.key_lines if data else None)
        assert [(p.line, p.message.split(":")[0]) for p in other_problems] == [(p.line, p.message.split(":")[0]) for p in problems]


@pytest.mark.parametrize("loader", LOADERS)
def test_dates_stay_text_and_tags_build_nothing(loader: type) -> None:
    parsed, problems = parse_yaml(DOCUMENTS["valid"], PATH, loader_class=loader)
    assert problems == [] and parsed.data["event_date"] == "2024-04-03" and parsed.key_lines["value"] == 3
    parsed, problems = parse_yaml(DOCUMENTS["tag"], PATH, loader_class=loader)
    assert parsed is None and [str(p) for p in problems] == [
        "story.yaml:1: YAML tag not allowed (!!python/object/apply:os.system): story files hold plain data only"]


@pytest.mark.parametrize("loader", LOADERS)
def test_syntax_errors_and_duplicates_point_at_their_line(loader: type) -> None:
    assert [p.line for p in parse_yaml(DOCUMENTS["syntax"], PATH, first_line=2, loader_class=loader)[1]] == [4]
    assert [p.line for p in parse_yaml(DOCUMENTS["indent"], PATH, loader_class=loader)[1]] == [2]
    _, problems = parse_yaml(DOCUMENTS["duplicate"], PATH, loader_class=loader)
    assert [str(p) for p in problems] == ["story.yaml:3: duplicate key 'id' (first on line 1)"]
