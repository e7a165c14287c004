"""framekit.story.terms: the terms.yaml format, the kit's default families, and every invalid-lexicon error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framekit.story.load import check_story, load_story
from framekit.story.terms import (
    DEFAULT_TERMS,
    compile_pattern,
    default_families,
    family_from_yaml,
    read_terms,
)

GOOD = """\
extends: default
families:
  - id: capital
    question: How is the capital spelled?
    referent: Ukraine's capital
    variants:
      - label: Kyiv
        patterns: Kyiv
        note: from Ukrainian
      - label: Kiev
        patterns: [Kiev, 'regex:\\bKiev\\b']
"""


def write(tmp_path, text: str):
    path = tmp_path / "terms.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_file_with_defaults(tmp_path) -> None:
    families, problems = read_terms(write(tmp_path, GOOD))
    assert problems == []
    assert [f.id for f in families] == [f.id for f in default_families()] + ["capital"]
    capital = families[-1]
    assert capital.variant("Kyiv").patterns == ("Kyiv",) and capital.variant("Kyiv").note == "from Ukrainian"
    assert [word for _, word in capital.variant("Kiev").searches] == ["kiev", None]
    with pytest.raises(KeyError, match="no variant 'Kyjiw'"):
        capital.variant("Kyjiw")


def test_a_story_family_replaces_the_default_with_its_id(tmp_path) -> None:
    own = GOOD.replace("id: capital", "id: doubt")
    families, problems = read_terms(write(tmp_path, own))
    assert problems == [] and [f.id for f in families].count("doubt") == 1
    assert families[-1].question == "How is the capital spelled?"


def test_without_extends_only_the_story_families(tmp_path) -> None:
    families, _ = read_terms(write(tmp_path, GOOD.replace("extends: default\n", "")))
    assert [f.id for f in families] == ["capital"]


def test_the_default_file_is_valid_and_documented() -> None:
    assert read_terms(DEFAULT_TERMS)[1] == []
    assert {f.id for f in default_families()} == {"reporting-verbs", "doubt"}


def test_phrases_ignore_case_and_regexes_keep_it() -> None:
    assert compile_pattern("kyiv").search("KYIV")
    assert compile_pattern("regex:\\bIS\\b").search("IS claimed") and not compile_pattern("regex:\\bIS\\b").search("it is")


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("families: [\n", 2, "YAML syntax error"),
        ("- a list\n", 1, "terms.yaml must have the keys families"),
        ("extends: default\n", 1, "missing key 'families'"),
        ("families: []\n", 1, "families must be a non-empty list"),
        ("families:\n  - just text\n", 2, "each family must have the keys id, question, referent and variants"),
        ("extend: default\nfamilies: []\n", 1, "unknown key 'extend' (did you mean 'extends'?)"),
        ("extends: mine\n" + GOOD.split("\n", 1)[1], 1, "extends must be 'default'"),
        (GOOD.replace("    referent:", "    color: red\n    referent:"), 5, "unknown key 'color'; a family has the keys"),
        (GOOD.replace("        note:", "        notes:"), 9, "unknown key 'notes' (did you mean 'note'?)"),
        (GOOD.replace("    question: How is the capital spelled?\n", ""), 3, "missing key 'question'"),
        (GOOD.replace("label: Kiev", "label: Kyiv"), 10, "duplicate label 'Kyiv' in family 'capital' (first on line 7)"),
        (GOOD + GOOD.split("families:\n", 1)[1], 12, "duplicate family id 'capital' (first on line 3)"),
        (GOOD.split("    variants:")[0] + "    variants: []\n", 6, "family 'capital' is empty"),
        (GOOD.split("    variants:")[0], 3, "family 'capital' is empty"),
        (GOOD.replace("        patterns: Kyiv\n", ""), 7, "missing key 'patterns'"),
        (GOOD.replace("patterns: Kyiv", "patterns: []"), 8, "patterns must be a phrase or a non-empty list"),
        (GOOD.replace("patterns: Kyiv", "patterns: ['']"), 8, "empty pattern"),
        (GOOD.replace("patterns: Kyiv", "patterns: ['regex:(Kyiv']"), 8, "invalid regular expression '(Kyiv': missing ), unterminated subpattern"),
        (GOOD.replace("patterns: Kyiv", "patterns: ['regex:x*']"), 8, "matches empty text"),
        (GOOD.replace("patterns: Kyiv", "patterns: [[Kyiv]]"), 8, "each pattern must be text"),
        (GOOD.replace("label: Kyiv", "label:"), 7, "label must be text"),
        (GOOD.replace("      - label: Kyiv", "      - Kyiv\n      - label: Kyjiw"), 7, "each variant of family 'capital' must have the keys"),
        (GOOD.replace("    variants:", "    id: again\n    variants:"), 6, "duplicate key 'id' (first on line 3)"),
        ("families: !!python/object:os.system {}\n", 1, "YAML tag not allowed"),
    ],
)
def test_every_problem_has_its_line(tmp_path, text: str, line: int, message: str) -> None:
    path = write(tmp_path, text)
    families, problems = read_terms(path)
    assert families == ()
    assert any(p.line == line and message in p.message for p in problems), [str(p) for p in problems]
    assert all(re.fullmatch(rf"{re.escape(str(path))}:\d+: .+", str(p)) for p in problems)


def test_validate_reports_terms_problems_and_loads_good_ones(make_story) -> None:
    root = make_story()
    (root / "terms.yaml").write_text(GOOD.replace("patterns: Kyiv", "patterns: ['regex:[']"), encoding="utf-8")
    (problem,) = check_story(root)
    assert str(problem).startswith(f"{root / 'terms.yaml'}:8: invalid regular expression")
    (root / "terms.yaml").write_text(GOOD, encoding="utf-8")
    assert [f.id for f in load_story(root).terms][-1] == "capital"


def test_a_story_without_terms_has_no_families(make_story) -> None:
    assert load_story(make_story()).terms == ()


def test_the_example_in_data_readme_is_valid(tmp_path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "data" / "README.md").read_text(encoding="utf-8")
    example = readme.split("## terms.yaml", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    families, problems = read_terms(write(tmp_path, example))
    assert problems == [] and [f.id for f in families][-2:] == ["capital", "perpetrators"]
    assert families[-1].variant("IS").searches[0][0].search("IS said") and not families[-1].variant("IS").searches[0][0].search("is")


def test_family_from_yaml_for_a_notebook() -> None:
    family = family_from_yaml("id: f\nquestion: Q?\nreferent: R\nvariants:\n  - label: a\n    patterns: [a]\n")
    assert family.id == "f" and family.variant("a").patterns == ("a",)
    with pytest.raises(ValueError, match=r"line 6 of your family: invalid regular expression"):
        family_from_yaml("id: f\nquestion: Q?\nreferent: R\nvariants:\n  - label: a\n    patterns: ['regex:[']\n")
    with pytest.raises(ValueError, match=r"line 1 of your family: missing key .question."):
        family_from_yaml("id: f\nreferent: R\nvariants:\n  - label: a\n    patterns: [a]\n")


def test_a_family_may_be_marked_proposed(tmp_path) -> None:
    text = GOOD.replace("  - id: capital\n", "  - id: capital\n    proposed: true\n")
    families, problems = read_terms(write(tmp_path, text))
    assert problems == [] and families[-1].proposed and not any(f.proposed for f in families[:-1])
    families, _ = read_terms(write(tmp_path, text.replace("proposed: true", "proposed: false")))
    assert not families[-1].proposed


@pytest.mark.parametrize("value", ["'yes'", "maybe", "[true]"])
def test_proposed_must_be_true_or_false(tmp_path, value: str) -> None:
    text = GOOD.replace("  - id: capital\n", f"  - id: capital\n    proposed: {value}\n")
    families, problems = read_terms(write(tmp_path, text))
    assert families == () and len(problems) == 1 and problems[0].line == 4 and "proposed must be true or false" in problems[0].message


def test_a_file_that_extends_the_defaults_may_list_no_family(tmp_path) -> None:
    families, problems = read_terms(write(tmp_path, "extends: default\nfamilies: []\n"))
    assert problems == [] and families == default_families()


def test_lessons_read_the_kits_families_for_a_story_without_terms_yaml(make_story) -> None:
    from framekit.story.terms import default_families, featured_families, lesson_families, own_families

    bare = load_story(make_story())
    assert bare.terms == () and lesson_families(bare.terms) == default_families() == featured_families(bare.terms)
    seed = load_story("crocus-call-2024")
    assert lesson_families(seed.terms) == seed.terms and featured_families(seed.terms) == own_families(seed.terms)
    assert featured_families(seed.terms)[0].id == "capital"
