"""Casualty figures in an article: how many, how sure, of what, and according to whom (lesson 04).

:func:`extract` finds each number that counts people harmed (144, 1,200, thirty-one, a
hundred, two dozen, dozens), the hedge in front of it (*at least*, *over*, *nearly*, …) and
the interval that hedge implies (:mod:`framekit.language.hedges`), the category from the words
around it (killed, injured, missing, detained, other), and the source when the sentence
credits one (*officials said*, *according to the health office*). Dates, years, ages, times,
durations, distances, weights, money and fractions are not casualty counts and are skipped.

Like the quote extractor, the rules are short and readable on purpose, so that students can
see why a figure is missed; lesson 04 scores them against ``annotations/figures.csv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from framekit.language.hedges import HEDGES, interval
from framekit.language.numbers import NUMBER, number_value
from framekit.language.sentences import sentences
from framekit.language.subjects import subject
from framekit.language.text import Span
from framekit.story.annotations import story_rows
from framekit.story.model import Article, Story
from framekit.story.rows import FigureRow
CATEGORY_WORDS = {
    "killed": r"kill(?:ed|ing|s)?|died|dies|dying|dead|deaths?|toll|lives|perished|fatalit(?:y|ies)|bodies",
    "injured": r"injur(?:ed|ies|y|ing)|wound(?:ed|ing|s)?|hurt|hospitali[sz](?:ed|ation)|hospital",
    "missing": r"missing|unaccounted",
    "detained": r"detain(?:ed|ing)?|detention|arrest(?:ed|s|ing)?|apprehended|custody",
    "other": r"casualt(?:y|ies)|affected|evacuated|victims?",
}
PEOPLE = (r"people|persons?|civilians?|children|child|adults?|women|men|victims?|lives|bodies|concertgoers|"
          r"spectators|visitors|hostages?|residents|soldiers|officers|policemen|firefighters|rescuers|suspects?|"
          r"attackers?|gunmen|terrorists?|militants?|employees|workers|staff|students|fans|citizens|"
          r"nationals|foreigners|others|individuals|passengers|teenagers|minors")
CUES = r"said|says|told|reported|reports|stated|affirmed|announced|confirmed|added|estimated|noted|declared|wrote"
MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
NOT_COUNTED = (
    r"hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|km|kilomet(?:re|er)s?|miles?|"
    r"met(?:re|er)s?|feet|tonnes?|tons?|kg|kilos?|kilograms?|litres?|liters?|percent|per\s+cent|%|roubles?|"
    r"rubles?|dollars?|euros?|pounds|o'clock|a\.m\.|p\.m\.|am|pm|times|thirds?|quarters?|fifths?|tenths?|halves|half"
)


_HEDGE = re.compile(r"\b(" + "|".join(sorted(HEDGES, key=len, reverse=True)) + r")\s+$", re.IGNORECASE)
_KEYWORDS = [(category, re.compile(rf"(?:{words})$", re.IGNORECASE)) for category, words in CATEGORY_WORDS.items()]
_ANY_KEYWORD = re.compile(r"\b(?:" + "|".join(CATEGORY_WORDS.values()) + r")\b", re.IGNORECASE)
_DEATH = re.compile(rf"\b(?:{CATEGORY_WORDS['killed']})\b", re.IGNORECASE)
_INJURY = re.compile(rf"\b(?:{CATEGORY_WORDS['injured']})\b", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(rf"^(?:\s+[\w-]+){{0,2}}?\s+(?:{PEOPLE})\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(rf"^(?:-|\s+)(?:{NOT_COUNTED})\b|^\s*%", re.IGNORECASE)
_NOT_A_COUNT_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s+$|\b(?:aged?|age of)\s+$|[$€£]\s*$")
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:(?:last|this|next|of)\s+)?(?:{MONTHS})\b")
_YEAR = re.compile(r"1\d{3}|2\d{3}")
_NOT_ONE = re.compile(r"\bno\s+$", re.IGNORECASE)
# "144 people, including five children, were killed": the aside does not end the clause
_ASIDE = re.compile(r"^((?:\s+[\w-]+){0,2}?)\s*,\s*(?:including|among them|among whom|of whom|mostly|many of them)\b[^,;:()]*,")
_BOUNDARY = re.compile(r"[;:()\[\]]|,(?!\d{3})")
_REVISION = re.compile(r"\bfrom\s+(?P<earlier>[\w,-]+(?:\s+[\w-]+)*?)\s+to\s+$", re.IGNORECASE)
_ACCORDING = re.compile(r"\b(?:according to|as stated in|as reported by|cited by)\s+(?P<who>[^,;.:]+)", re.IGNORECASE)
# "claimed" reports speech, but not in "claimed over 140 lives" or "claimed responsibility"
_LEADING_CUE = re.compile(
    rf"\b(?:{CUES}|claimed(?!\s+(?:the lives|responsibility|over|more|at least|\d)))\b(?!\s+by\b)"
)
# "the two ministers": a plural noun right after the number that names no people counts something else
_THINGS_AFTER = re.compile(rf"^\s+(?!(?:{PEOPLE}|{'|'.join(CATEGORY_WORDS.values())}|was|has|is|as|this|its)\b)[a-z]+s\b")
_TRAILING = re.compile(
    rf",\s*(?:(?P<who>[^,;“”\"]{{1,60}}?)\s+(?:{CUES})|(?:{CUES})\s+(?P<after>[^,;.“”\"]{{1,60}}))"
    r"(?:\s+(?:on|in|at|last|this)\s+\w+)*\s*[.!?]?[”\"]?\s*$"
)
BEFORE, AFTER = 6, 6


@dataclass(frozen=True)
class Figure:
    """A casualty figure; ``start``/``end`` index the article's body, ``text`` is as written.

    ``revised_from`` is the earlier figure of a revision ("rose from 28 to 31" gives 31 with
    ``revised_from=28``, and 28 as a figure of its own); it is not one of the row's fields.
    """

    article: str
    text: str
    value: int | None
    low: int | None
    high: int | None
    hedge: str | None
    category: str
    source: str | None
    start: int
    end: int
    revised_from: int | None = None

    def as_row(self) -> FigureRow:
        """The figure as a row, the same shape as a row of ``annotations/figures.csv``."""
        return FigureRow(**{f.name: getattr(self, f.name) for f in fields(self) if f.name != "revised_from"})


def extract_text(text: str) -> list[Figure]:
    """The casualty figures of any text, such as a sentence a student writes (article id "text")."""
    return extract(Article("text", "", date.min, text, Path("text"), 1))


def extract_story(story: Story) -> list[Figure]:
    """Every casualty figure of every article of ``story``."""
    return [figure for article in story.articles for figure in extract(article)]


def extract(article: Article) -> list[Figure]:
    """Every casualty figure in ``article``, in order of position."""
    found = []
    for paragraph in article.paragraphs:
        text = paragraph.text
        candidates = [m for m in NUMBER.finditer(text) if _counted(text, m)]
        if not candidates or not _ANY_KEYWORD.search(text):  # splitting sentences is the slow part
            continue
        spans = sentences(text)
        for match in candidates:
            sentence = next(s for s in spans if s.start <= match.start() < s.end)
            figure = _figure(article.id, paragraph.start, sentence, match)
            if figure:
                found.append(figure)
    return found


def _counted(body: str, match: re.Match) -> bool:
    """False for numbers that are not counts of people: dates, years, ages, units, "one of"."""
    before, after = body[max(0, match.start() - 20) : match.start()], body[match.end() : match.end() + 30]
    text = match.group().lower()
    if _UNIT_AFTER.match(after) or _NOT_A_COUNT_BEFORE.search(before) or _DATE_AFTER.match(after):
        return False
    if _YEAR.fullmatch(text) and not _PEOPLE_AFTER.match(after):
        return False
    return not (text == "one" and (_NOT_ONE.search(before) or after.lstrip().startswith("of ")))


def _figure(article_id: str, offset: int, sentence: Span, match: re.Match) -> Figure | None:
    """The figure that ``match`` gives in ``sentence`` (offsets in a paragraph that starts at
    ``offset`` in the body), or None when no casualty word goes with it."""
    text = sentence.text
    start, end = match.start() - sentence.start, match.end() - sentence.start
    hedge = _HEDGE.search(text[:start])
    begin = hedge.start() if hedge else start
    category = None if _THINGS_AFTER.match(text[end:]) else _category(text, begin, end)
    if category is None:
        return None
    value, low = number_value(match.group())
    hedge_word = hedge.group(1).lower() if hedge else None
    high = None
    if value is not None:
        low, high = interval(value, hedge_word)
    return Figure(
        article_id, text[begin:end], value, low, high, hedge_word, category, _source(text, begin),
        offset + sentence.start + begin, offset + match.end(), _revised_from(text[:begin]),
    )


def _category(text: str, begin: int, end: int) -> str | None:
    """The category of the nearest casualty word in the number's clause, or None if there is none
    (the number then counts something else: "the two ministers")."""
    left = max((m.end() for m in _BOUNDARY.finditer(text, 0, begin)), default=0)
    after = _ASIDE.sub(r"\1", text[end:], count=1)
    right = _BOUNDARY.search(after)
    before_words = re.findall(r"[\w'-]+", text[left:begin])[-BEFORE:][::-1]
    after_words = re.findall(r"[\w'-]+", after[: right.start() if right else len(after)])[:AFTER]
    for distance in range(max(BEFORE, AFTER)):
        for words in (after_words, before_words):  # on a tie, the words after the number win
            if distance < len(words):
                category = _keyword(words[distance], text)
                if category:
                    return category
    return None


def _keyword(word: str, sentence: str) -> str | None:
    for category, pattern in _KEYWORDS:
        if pattern.match(word):
            if category == "other" and word.lower().startswith("victim"):
                return _victims(sentence)
            return category
    return None


def _victims(sentence: str) -> str:
    """"Victims" are the dead or the injured as the rest of the sentence says, else "other"."""
    if _DEATH.search(sentence):
        return "killed"
    return "injured" if _INJURY.search(sentence) else "other"


def _source(text: str, begin: int) -> str | None:
    """Who the sentence credits: "according to X", "X said (that) …" before the figure, or a
    closing ", X said."; the outermost attribution when there are several."""
    according = _ACCORDING.search(text)
    if according:
        return according.group("who").strip()
    # the whole sentence is searched, so that the look-ahead sees "claimed over 140 lives"
    leading = next((m for m in _LEADING_CUE.finditer(text) if m.end() <= begin), None)
    if leading:
        who = subject(text[: leading.start()])
        if who:
            return who
    trailing = _TRAILING.search(text, begin)
    if trailing:
        return (trailing.group("who") or trailing.group("after")).strip()
    return None


def _revised_from(before: str) -> int | None:
    match = _REVISION.search(before)
    if not match:
        return None
    number = NUMBER.fullmatch(match.group("earlier"))
    return number_value(number.group())[0] if number else None


def figure_rows(story: Story, source: str = "annotation") -> list[FigureRow]:
    """The figures of ``story`` as rows, from the hand annotation or the extractor.

    Raises ValueError when ``source`` is unknown or the story has no ``figures.csv``.
    """
    return story_rows(story, "figures.csv", source, extract_story)
