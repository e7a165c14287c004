"""A student's own reading of casualty figures, checked against the extractor (lesson 04).

Students write or collect sentences that report a casualty figure and say what each one
states: the interval its wording implies and what it counts. :func:`check_readings` runs
:mod:`framekit.figures.extraction` on each sentence and says, sentence by sentence, where the two
readings agree and where they differ. The extractor is a second reader, not the truth: when
they differ, the student's task is to decide which reading is right and why.
"""

from __future__ import annotations

from framekit.figures.extraction import Figure, extract_text
from framekit.language.hedges import describe
from framekit.story.annotations import FIGURE_CATEGORIES
from framekit.teach.checks import NOT_ANSWERED, Feedback

FORM = 'a list of (sentence, low, high, category) tuples, such as [("At least 31 people died.", 31, None, "killed")]'
MIN_SENTENCES, MIN_HEDGES = 3, 2


def check_readings(answer: object, *, hint: str) -> Feedback:
    """Feedback on ``answer``: at least three sentences, with two different hedges, each read as
    (sentence, low, high, category), where ``low``/``high`` are None for a missing bound."""
    if answer is Ellipsis:
        return Feedback("not answered", NOT_ANSWERED)
    problem = _form_problem(answer)
    if problem:
        return Feedback("not yet", f"Not yet. {problem}")
    verdicts, hedges, agreed = [], set(), 0
    for number, (sentence, low, high, category) in enumerate(answer, start=1):
        found = extract_text(sentence)
        hedges |= {figure.hedge for figure in found if figure.hedge}
        mine = f"{describe(low, high)} {category}"
        if any((f.low, f.high, f.category) == (low, high, category) for f in found):
            agreed += 1
            verdicts.append(f"Sentence {number}: agreed, {mine}.")
        elif found:
            verdicts.append(f"Sentence {number}: you read {mine}; framekit reads {'; '.join(_reading(f) for f in found)}.")
        else:
            verdicts.append(f"Sentence {number}: framekit finds no casualty figure.")
    summary = " ".join(verdicts)
    if len(answer) < MIN_SENTENCES or len(hedges) < MIN_HEDGES:
        return Feedback("not yet", f"Not yet. Give at least {MIN_SENTENCES} sentences with at least {MIN_HEDGES} "
                                   f"different hedges (framekit finds {len(hedges)}). {summary} {hint}")
    if agreed == len(answer):
        return Feedback("correct", f"Correct: framekit reads every sentence as you do. {summary}")
    return Feedback("not yet", f"Not yet. {summary} Where you differ, who is right: you or the rules? {hint}")


def _reading(figure: Figure) -> str:
    return f"“{figure.text}” as {describe(figure.low, figure.high)} {figure.category}"


def _form_problem(answer: object) -> str:
    if not isinstance(answer, (list, tuple)) or not answer:
        return f"Give {FORM}."
    for item in answer:
        if not (isinstance(item, (list, tuple)) and len(item) == 4 and isinstance(item[0], str)):
            return f"Each item must be (sentence, low, high, category); got {item!r}."
        sentence, low, high, category = item
        if any(not (bound is None or (isinstance(bound, int) and not isinstance(bound, bool))) for bound in (low, high)):
            return f"low and high must be whole numbers, or None where the wording sets no bound; got {low!r}, {high!r}."
        if category not in FIGURE_CATEGORIES:
            return f"The category must be one of {', '.join(FIGURE_CATEGORIES)}; got {category!r}."
    return ""
