"""A student's own annotation of a paragraph, scored against the answer key (lesson 02).

Students list the quotes they find in one paragraph as ``(kind, speaker, text)``, copying
``text`` from the paragraph. :func:`check_annotation` finds each text in the paragraph,
scores the list against the hand annotation with :mod:`framekit.teach.evaluate` (precision and
recall, as for the extractor), and says how many kinds and speakers agree. It reports
numbers and the student's own extra quotes, never the key's rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framekit.quotes.voices import SPEECH, speaker_labels
from framekit.story.model import Article
from framekit.story.rows import QuoteRow
from framekit.teach.checks import NOT_ANSWERED, Feedback
from framekit.teach.evaluate import pairs, score
KINDS = ("direct", "indirect")
FORM = 'a list of (kind, speaker, text) tuples, such as [("direct", "Anna Kovač", "It is absurd.")]'
# Curly and straight marks are the same to a student typing them; each maps to one character,
# so that offsets in the normalised text are offsets in the original.
_SAME_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def locate(text: str, paragraph: str) -> tuple[int, int] | None:
    """Where ``text`` occurs in ``paragraph`` (offsets into it), ignoring the kind of quotation
    marks and runs of spaces, and without quotation marks around ``text``; None if absent."""
    wanted = text.strip().translate(_SAME_MARKS).strip("\"' ")
    if not wanted:
        return None
    pattern = r"\s+".join(re.escape(part) for part in wanted.split())
    match = re.search(pattern, paragraph.translate(_SAME_MARKS))
    return (match.start(), match.end()) if match else None


def check_annotation(answer: object, key: Sequence[QuoteRow], article: Article, paragraph: int, *, hint: str) -> Feedback:
    """Feedback on a student's quotes in paragraph ``paragraph`` (0-based) of ``article``."""
    if answer is Ellipsis:
        return Feedback("not answered", NOT_ANSWERED)
    chosen = article.paragraphs[paragraph]
    rows, problem = _rows(answer, article.id, chosen.start, chosen.text)
    if problem:
        return Feedback("not yet", f"Not yet. {problem}")
    expected = [
        row for row in key
        if row["article"] == article.id and row["kind"] in SPEECH and chosen.start <= row["start"] < chosen.end
    ]
    return _feedback(rows, expected, hint)


def _rows(answer: object, article_id: str, offset: int, paragraph: str) -> tuple[list[QuoteRow], str]:
    if not isinstance(answer, (list, tuple)):
        return [], f"Give {FORM}."
    rows = []
    for item in answer:
        if not (isinstance(item, (list, tuple)) and len(item) == 3 and all(isinstance(x, str) for x in item)):
            return [], f"Each item must be three pieces of text, (kind, speaker, text); got {item!r}."
        kind, speaker, text = item
        if kind not in KINDS:
            return [], f"The kind must be 'direct' or 'indirect'; got {kind!r}."
        where = locate(text, paragraph)
        if where is None:
            return [], f"“{text}” is not in the paragraph: copy the words exactly as they are printed."
        rows.append(QuoteRow(article=article_id, speaker=speaker, text=text, kind=kind, cue=None, via=None,
                             start=offset + where[0], end=offset + where[1]))
    return rows, ""


def _feedback(found: list[QuoteRow], expected: list[QuoteRow], hint: str) -> Feedback:
    spans = score(found, expected)
    matched = pairs(found, expected)
    labels = speaker_labels([row["speaker"] for row in found] + [row["speaker"] for row in expected])
    same_kind = sum(1 for f, e in matched if f["kind"] == e["kind"])
    same_speaker = sum(1 for f, e in matched if labels[f["speaker"]] == labels[e["speaker"]])
    numbers = (
        f"Precision {spans.precision:.2f}: {spans.correct} of your {spans.found} quotes are in the answer key. "
        f"Recall {spans.recall:.2f}: you found {spans.correct} of its {spans.expected}. "
        f"Of the quotes you share with the key, {same_kind} have the same kind and {same_speaker} the same speaker."
    )
    if spans.correct == spans.found == spans.expected and same_kind == same_speaker == len(matched):
        return Feedback("correct", f"Correct. {numbers}")
    matched_ids = {id(f) for f, _ in matched}
    extra = [f"“{row['text']}”" for row in found if id(row) not in matched_ids]
    extras = f" Not in the key: {', '.join(extra)}." if extra else ""
    return Feedback("not yet", f"Not yet. {numbers}{extras} {hint}")
