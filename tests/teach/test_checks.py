"""framekit.teach.checks: fingerprints and the feedback students see."""

from __future__ import annotations

import pytest

from framekit.story.load import load_story
from framekit.teach import checks
from framekit.teach.checks import Feedback, check, check_function, digest, fingerprint

HINT = "Count the articles, not the outlets."
SALT = "00.1"


@pytest.fixture(autouse=True)
def fast_fingerprints(monkeypatch: pytest.MonkeyPatch) -> None:
    """The slow hash is what protects a pasted fingerprint; the tests need only its logic."""
    monkeypatch.setattr(checks, "ROUNDS", 10)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (3, 3),
        (2.0, 2),
        (0.12341, 0.1229),
        (True, True),
        (None, None),
        ("  Kiev   REGIME\n", "kiev regime"),
        (("a", 1), ["a", 1]),
        ({"b", "a"}, frozenset({"a", "b"})),
        ({"Kyiv": 2.0, " kiev ": [1]}, {"kiev": [1], "kyiv": 2}),
    ],
)
def test_equal_answers_are_correct(answer: object, expected: object) -> None:
    feedback = check(answer, fingerprint(expected, SALT), salt=SALT, hint=HINT)
    assert feedback == Feedback("correct", "Correct.")
    assert repr(feedback) == "✅ Correct."


def test_unordered_list_ignores_order_of_top_level_items_only() -> None:
    expected = fingerprint([("a", 2), ("b", 1)], SALT, unordered=True)
    assert check([("b", 1), ("a", 2)], expected, salt=SALT, hint=HINT, unordered=True).status == "correct"
    assert check([("b", 1), ("a", 2)], expected, salt=SALT, hint=HINT).status == "not yet"
    assert check([("b", 1), (2, "a")], expected, salt=SALT, hint=HINT, unordered=True).status == "not yet"


def test_values_that_differ_have_different_fingerprints() -> None:
    values = [1, True, "1", 1.5, [1], None, {"1": 1}, 1.002, "kiev regime", "kievregime"]
    assert len({fingerprint(value, SALT) for value in values}) == len(values)


def test_the_normal_form_is_stable() -> None:
    # Literals: a change of the normalisation would silently break every pasted fingerprint.
    assert digest(3) == "38de5c4cb73b34ec"
    assert digest("  Kiev  Regime") == "aa43269fddd77af6"
    assert digest(["b", "a"], unordered=True) == "92a462e5eba85e4a"
    assert digest({"Kyiv": 2.5}) == "6660a054e04c084f"
    assert digest(2 / 3) == "fb2c35d45f70bfff"


def test_wrong_answer_gives_the_hint_and_never_the_answer() -> None:
    expected = fingerprint("Kyiv regime", SALT)
    feedback = check("Kiev regime", expected, salt=SALT, hint=HINT)
    assert feedback.status == "not yet"
    assert feedback.message == f"Not yet. {HINT}"
    assert repr(feedback) == f"❌ Not yet. {HINT}"
    for shown in (repr(feedback), feedback._repr_html_()):
        assert "kyiv" not in shown.lower()
        assert expected not in shown


@pytest.mark.parametrize("answer", [..., [1, ...], ("a", [...]), {"k": ...}, {...: 1}, {...}])
def test_ellipsis_anywhere_means_not_answered(answer: object) -> None:
    feedback = check(answer, fingerprint(1, SALT), salt=SALT, hint=HINT)
    assert feedback.status == "not answered"
    assert repr(feedback) == "✏️ Not answered yet: replace the ... with your answer."


def test_unsupported_type_says_what_is_expected_not_the_answer() -> None:
    expected = fingerprint(42, SALT)
    feedback = check(object(), expected, salt=SALT, hint=HINT)
    assert feedback.status == "not yet"
    assert "a number, text" in feedback.message
    assert "42" not in feedback.message and expected not in feedback.message


def test_fingerprint_rejects_unsupported_types() -> None:
    with pytest.raises(TypeError, match="cannot fingerprint a value of type complex"):
        fingerprint([1, 2j], SALT)


def test_raw_answer_instead_of_fingerprint_is_an_authoring_error_that_hides_it() -> None:
    with pytest.raises(ValueError, match="fingerprint") as caught:
        check(7, "seven hundred", salt=SALT, hint=HINT)  # type: ignore[arg-type]
    assert "seven" not in str(caught.value)


def count_mentions(text: str) -> int:
    return text.split().count("Kiev")


def test_check_function_correct() -> None:
    cases = [(("Kiev is Kiev",), fingerprint(2, SALT)), (("Kyiv",), fingerprint(0, SALT))]
    assert check_function(count_mentions, cases, salt=SALT, hint=HINT).status == "correct"


def test_check_function_reports_the_first_failing_case_without_its_result() -> None:
    cases = [(("Kiev is Kiev",), fingerprint(2, SALT)), (("kiev",), fingerprint(1, SALT))]
    feedback = check_function(count_mentions, cases, salt=SALT, hint=HINT)
    assert feedback.status == "not yet"
    assert "('kiev',)" in feedback.message and HINT in feedback.message
    assert fingerprint(1, SALT) not in feedback.message


def test_check_function_turns_an_exception_into_feedback() -> None:
    def broken(text: str) -> float:
        return len(text) / 0

    feedback = check_function(broken, [(("Kiev is Kiev",), fingerprint(2, SALT))], salt=SALT, hint=HINT)
    assert feedback.status == "not yet"
    assert feedback.message.startswith(
        "Not yet. Your function raised ZeroDivisionError: division by zero when called with ('Kiev is Kiev',)."
    )


def test_check_function_placeholder_returning_ellipsis_is_not_answered() -> None:
    def placeholder(text: str) -> int:
        return ...  # type: ignore[return-value]

    assert check_function(placeholder, [(("x",), fingerprint(0, SALT))], salt=SALT, hint=HINT).status == "not answered"


def test_check_function_on_something_not_callable() -> None:
    feedback = check_function(3, [(("x",), fingerprint(0, SALT))], salt=SALT, hint=HINT)  # type: ignore[arg-type]
    assert feedback.status == "not yet"
    assert "expects a function" in feedback.message and "int" in feedback.message


def test_check_function_does_not_let_the_student_change_the_cases() -> None:
    def greedy(items: list) -> int:
        items.clear()
        return 0

    args = ([1, 2],)
    check_function(greedy, [(args, fingerprint(2, SALT))], salt=SALT, hint=HINT)
    assert args == ([1, 2],)


def test_html_is_escaped_and_coloured_by_status() -> None:
    html = check(1, fingerprint(2, SALT), salt=SALT, hint="Use <b>tags</b> & more")._repr_html_()
    assert "&lt;b&gt;tags&lt;/b&gt; &amp; more" in html and "<b>" not in html
    assert "#D55E00" in html and "❌" in html
    assert "#009E73" in check(2, fingerprint(2, SALT), salt=SALT, hint=HINT)._repr_html_()
    assert "#0072B2" in check(..., fingerprint(2, SALT), salt=SALT, hint=HINT)._repr_html_()


def test_feedback_is_frozen_and_validates_status() -> None:
    feedback = Feedback("correct", "Correct.")
    with pytest.raises(AttributeError):
        feedback.status = "not yet"  # type: ignore[misc]
    with pytest.raises(ValueError):
        Feedback("wrong", "x")
    assert checks.Feedback is Feedback


def test_feedback_names_long_arguments_briefly() -> None:
    article = load_story("crocus-call-2024").article("macron-dismisses-claims")
    feedback = check_function(lambda a, p: 0, [((article, "Kiev"), fingerprint(5, SALT))], salt=SALT, hint="Look again.")
    assert feedback.status == "not yet"
    assert "<Article macron-dismisses-claims:" in repr(feedback)
    assert article.body[:40] not in repr(feedback) and len(repr(feedback)) < 300


def test_a_fingerprint_is_salted_per_check_and_slow_by_default() -> None:
    assert fingerprint(3, "02.1") != fingerprint(3, "02.2")
    assert check(3, fingerprint(3, "02.1"), salt="02.2", hint=HINT).status == "not yet"
    assert check(3, fingerprint(3, "02.1"), salt="02.1", hint=HINT).status == "correct"


def test_the_default_hash_is_slow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the module's own value, not the fixture's
    assert checks.ROUNDS >= 500_000


decimal = pytest.importorskip("decimal")


@pytest.mark.parametrize(("answer", "same_as"), [(decimal.Decimal("3"), 3), (decimal.Decimal("2.5"), 2.5)])
def test_decimal_answers_count_as_numbers(answer: object, same_as: object) -> None:
    assert check(answer, fingerprint(same_as, SALT), salt=SALT, hint=HINT).status == "correct"


def test_numpy_booleans_count_as_booleans() -> None:
    numpy = pytest.importorskip("numpy")
    assert check(numpy.bool_(True), fingerprint(True, SALT), salt=SALT, hint=HINT).status == "correct"
    assert check([numpy.int64(2), numpy.float64(0.5)], fingerprint([2, 0.5], SALT), salt=SALT, hint=HINT).status == "correct"


def deep(levels: int) -> list:
    nested: list = [1]
    for _ in range(levels):
        nested = [nested]
    return nested


def looping() -> list:
    loop: list = [1]
    loop.append(loop)
    return loop


@pytest.mark.parametrize("answer", [10**5000, looping(), deep(60)], ids=["huge number", "list in itself", "deep"])
def test_any_answer_gets_feedback_never_a_traceback(answer: object) -> None:
    feedback = check(answer, fingerprint(1, SALT), salt=SALT, hint=HINT)
    assert feedback.status == "not yet" and "cannot be checked" in feedback.message
    assert checks.check_story(answer, lambda: 1, hint=HINT).status == "not yet"


def test_a_function_that_exits_gets_feedback() -> None:
    def leaves(text):
        raise SystemExit(3)

    feedback = check_function(leaves, [(("x",), fingerprint(0, SALT))], salt=SALT, hint=HINT)
    assert feedback.status == "not yet" and "SystemExit" in feedback.message
    assert checks.check_story_function(leaves, lambda text: 0, [("x",)], hint=HINT).status == "not yet"


def test_check_ratings_wants_every_sentence_rated_in_range_and_shows_no_value() -> None:
    sentences = ["One.", "Two."]
    assert checks.check_ratings({"One.": -1, "Two.": 0.5}, sentences, hint="H").status == "correct"
    assert checks.check_ratings({"One.": ..., "Two.": 0.5}, sentences, hint="H").status == "not answered"
    missing = checks.check_ratings({"One.": 0.2}, sentences, hint="H")
    assert missing.status == "not yet" and "1 of the sentences have no rating" in missing.message
    extra = checks.check_ratings({"One.": 0.2, "Two.": 0, "Three.": 1}, sentences, hint="H")
    assert "1 of your keys are not one of them" in extra.message
    for bad in (2, -1.5, "good", True, float("nan")):
        feedback = checks.check_ratings({"One.": bad, "Two.": 0}, sentences, hint="H")
        assert feedback.status == "not yet" and "not a number from -1 to 1" in feedback.message, bad
    assert checks.check_ratings([0.1, 0.2], sentences, hint="H").status == "not yet"
