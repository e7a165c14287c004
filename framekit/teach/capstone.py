"""Formative feedback on the capstone of lesson 06: a short comparison of two outlets in which
every claim cites a number or a sentence from the kit.

:func:`feedback` counts the draft's words against the limit, finds the numbers it states and
the passages it quotes, and says which of them the kit's texts contain (the story's articles,
and the tables the lesson showed) and which it cannot find there. It is feedback to revise by,
not a grade: it cannot tell whether a number is used for the right claim, whether a quotation
is fair to its context, or whether the argument holds; the rubric (in the solution and the
instructor guide) asks those questions of a reader. It reads numbers in digits only ("three"
is not found), so a claim that spells its number out is listed neither way.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from framekit.language.quotemarks import quote_spans
from framekit.language.text import visible
from framekit.story.model import Story
from framekit.teach.profile import Profile

LIMIT = 300  # words, counted as a word processor counts them: runs of characters between spaces

# A number as a writer cites it: a sign, digits with thousands commas, decimals, a per cent sign
# ("−0.16", "+0.02", "1,234", "34%"). Each part is a single run: linear in the text.
NUMBER = re.compile(r"(?<![\w.])[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*")  # a cut inside a quotation
SHORTEST_QUOTE = 2  # words: a one-word quotation ("ridiculous") is a label, checked as a passage anyway
FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "\u00a0": " "})
NOT_ANSWERED = "Not answered yet: write your comparison in place of the ..., then run this cell again."


@dataclass(frozen=True)
class Feedback:
    """What :func:`feedback` found in a draft: its length, and each number and quoted passage
    with where the kit has it (article ids, or "the lesson's tables") or not."""

    words: int
    limit: int
    numbers: tuple[tuple[str, tuple[str, ...]], ...]
    quotes: tuple[tuple[str, tuple[str, ...]], ...]

    def lines(self) -> list[str]:
        """The feedback as plain sentences, in the order a writer revises: length, then evidence."""
        over = self.words - self.limit
        out = [f"{self.words} words: " + (f"{over} over the limit of {self.limit}; cut." if over > 0
                                         else f"within the limit of {self.limit}.")]
        out += self._part("number", self.numbers)
        out += self._part("quoted passage", self.quotes)
        if not self.numbers and not self.quotes:
            out.append("No number in digits and no quoted passage found: every claim needs one.")
        out.append("This is feedback, not a grade: read your draft against the rubric too.")
        return out

    @staticmethod
    def _part(noun: str, found: Sequence[tuple[str, tuple[str, ...]]]) -> list[str]:
        lines = []
        for text, where in found:
            if where:
                lines.append(f"✓ {noun} “{text}”: in {', '.join(where)}.")
            else:
                lines.append(f"? {noun} “{text}”: the kit's texts do not have it; check it, or say where it comes from.")
        return lines

    def __repr__(self) -> str:
        return "\n".join(visible(line) for line in self.lines())

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.lines())
        return f'<div class="framekit-capstone" role="status"><strong>Feedback on your draft</strong><ul>{items}</ul></div>'


@dataclass(frozen=True)
class _Pending:
    """What :func:`feedback` says while the draft is still the placeholder."""

    def __repr__(self) -> str:
        return f"✏️ {NOT_ANSWERED}"


def feedback(draft: object, story: Story, kit_texts: Sequence[str] = (), limit: int = LIMIT) -> Feedback | _Pending:
    """Feedback on ``draft`` (the student's text): its words against ``limit``, and for each
    number and quoted passage in it, the articles of ``story`` (headline, standfirst, body) that
    contain it, or "the lesson's tables" when only ``kit_texts`` (the texts of the tables the
    lesson showed) do."""
    if draft is ... or not isinstance(draft, str) or not draft.strip():
        return _Pending()
    articles = {a.id: _fold(" ".join(part for part in (a.headline, a.standfirst, a.body) if part)) for a in story.articles}
    tables = _fold(" ".join(kit_texts))
    article_numbers = {a: _numbers(text) for a, text in articles.items()}
    table_numbers = _numbers(tables)
    numbers = []
    for number in dict.fromkeys(_normal_number(m.group()) for m in NUMBER.finditer(draft)):
        where = tuple(a for a, found in article_numbers.items() if number in found)
        numbers.append((number, where or (("the lesson's tables",) if number in table_numbers else ())))
    quotes = []
    for span in quote_spans(draft):
        passage = " ".join(span.text.split())
        parts = [p for p in (_fold(part).strip(" ,.;:") for part in ELLIPSIS.split(passage)) if p]
        if not parts:
            continue
        where = tuple(a for a, text in articles.items() if all(part in text for part in parts))
        if not where and all(part in tables for part in parts):
            where = ("the lesson's tables",)
        quotes.append((passage, where))
    return Feedback(len(draft.split()), limit, tuple(numbers), tuple(quotes))


def _fold(text: str) -> str:
    """Case, curly quotation marks and runs of whitespace folded, so that a citation copied with
    straight marks or another line break is still found."""
    return " ".join(text.translate(FOLD).casefold().split())


def _normal_number(text: str) -> str:
    """A number as compared: no thousands commas, a plain minus, no plus, no per cent sign (a
    table writes 34% where a student may write 34 per cent), no trailing zeros after a point."""
    number = text.replace(",", "").replace("−", "-").lstrip("+").rstrip("%")
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return "0" if number in ("-0", "") else number


def _numbers(text: str) -> set[str]:
    return {_normal_number(m.group()) for m in NUMBER.finditer(text)}


def skeleton(found: Profile, evidence: Mapping[str, Mapping[str, str]]) -> str:
    """A worked draft for any story: the first two articles compared on the profile's relays,
    top voices and tone of narration, and the evidence for their moral evaluation. It cites
    but does not argue (a skeleton, not a model answer); with fewer than two articles, "".
    """
    if len(found.articles) < 2:
        return ""
    a, b = found.articles[:2]
    cells = {measure.name: measure.cells for measure in found.measures}
    relay, voice = cells["statements naming a relay"], cells["top voice's share of quoted words"]
    tone = cells["tone of narration (mean polarity)"]
    sentences = [
        f"{a} and {b} cover the same story with different means.",
        f"{a} names a relay for {relay[a].text} of its statements, {b} for {relay[b].text}.",
        f"Its top voice is {voice[a].text} of its quoted words; in {b}, {voice[b].text}.",
    ]
    if tone[a].value is not None and tone[b].value is not None:
        sentences.append(f"The mean polarity of its narration is {tone[a].value:+.2f}, against {tone[b].value:+.2f} "
                         f"for {b}, but most sentences score 0 and the lexicon was built for reviews, so this says little.")
    moral = evidence.get("moral evaluation", {})
    if a in moral and b in moral:
        sentences.append(f"For the moral evaluation the kit finds, in {a}: {moral[a]}; in {b}: {moral[b]}.")
    return " ".join(sentences)


def feedback_html(draft: str, story: Story, kit_texts: Sequence[str] = (), limit: int = LIMIT) -> str:
    """:func:`feedback` as HTML, every part escaped (the draft and the story are untrusted)."""
    result = feedback(draft, story, kit_texts, limit)
    if isinstance(result, Feedback):
        return result._repr_html_()
    return f'<div class="framekit-capstone" role="status">{html.escape(repr(result))}</div>'
