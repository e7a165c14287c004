"""Quotations in an article and who speaks them (lesson 02).

:func:`extract` finds direct quotes (words in quotation marks, found by
:mod:`framekit.language.quotemarks`) and indirect reported speech ("X said that …", "according to
X, …") and attributes each to a speaker, with the reporting verb (``cue``) and the
intermediary that relays it (``via``: TASS, Le Monde, AFP, a ministry's readout).
Words in quotation marks that nobody says (a name, a scare quote) get ``kind="term"``.
The rules for reported speech are in :mod:`framekit.quotes.reported`, those for who speaks,
with which verb and through whom (and the fullest name for "he" or "Mr. Macron") in
:mod:`framekit.quotes.attribution`. :func:`quote_rows` gives the quotes of a story as rows from
either source, the extractor or the hand annotation, so that a lesson can ask each question
of both.

The rules are deliberately simple and readable, so that students can see why the
extractor gets a quote wrong; lesson 02 compares them with the hand annotation.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from framekit.language import subjects
from framekit.language.quotemarks import quote_spans
from framekit.language.sentences import sentences
from framekit.language.text import Span
from framekit.quotes import attribution
from framekit.quotes.attribution import CUE, NOUN_BEFORE, Quote, final_attribution, via_in
from framekit.quotes.reported import Context, reported
from framekit.story.annotations import story_rows
from framekit.story.model import Article, Story
from framekit.story.rows import QuoteRow

_IN_DOCUMENT = re.compile(
    rf"\s+in ((?:the|a|an|his|her|its|their) (?:[\w-]+ )?{attribution.DOCUMENTS}"
    r"(?: (?:from|of|by) (?:the |his |her |its |their )?(?:[A-Z][\w-]* )*[\w-]+)?)"
)


def extract_story(story: Story) -> list[Quote]:
    """Every quote of every article of ``story``."""
    return [quote for article in story.articles for quote in extract(article)]


def extract_text(text: str) -> list[Quote]:
    """The quotes in a piece of text of your own, as if it were an article's body (id "text").

    For trying the rules on new sentences (lesson 02, exercise 7).
    """
    return extract(Article("text", "(your text)", date.today(), text, Path("text"), 1))


def extract(article: Article) -> list[Quote]:
    """Every direct and indirect quote in ``article``, in order of position."""
    known = attribution.people(article.body)
    quotes = []
    spans = quote_spans(article.body)
    last_speaker, previous = None, None
    all_sentences = sentences(article.body)
    for sentence in all_sentences:
        for span in (s for s in spans if sentence.start <= s.start < sentence.end):
            quote = _direct(article, all_sentences, span, known, last_speaker)
            if quote.kind == "direct" and quote.cue is None and previous and _opens_paragraph(article.body, span):
                quote = replace(quote, speaker=previous.speaker, cue=previous.cue, via=previous.via)
            quotes.append(quote)
            if quote.kind == "direct":
                last_speaker, previous = quote.speaker, quote
        touching = [q for q in quotes if q.kind == "direct" and q.end > sentence.start]
        context = Context(article.body, known, touching, last_speaker)
        for item in reported(sentence.start, sentence.end, context):
            indirect = Quote(article.id, item.speaker, article.body[item.start : item.end], "indirect", item.cue, item.via, item.start, item.end)
            quotes.append(indirect)
            if indirect.speaker in known.values():  # a named person, not "Putin's country"
                last_speaker = indirect.speaker
    return sorted(_within_reported_speech(quotes), key=lambda q: q.start)


def _opens_paragraph(body: str, span: Span) -> bool:
    """A quotation that opens its paragraph with no attribution goes on with the quote before."""
    return body[: max(span.start - 1, 0)].rstrip(" ").endswith("\n\n")


def _within_reported_speech(quotes: list[Quote]) -> list[Quote]:
    """A partial quote inside a reported statement has its speaker, cue and via ("said he hoped that “…”")."""
    indirect = [q for q in quotes if q.kind == "indirect"]
    for index, quote in enumerate(quotes):
        outer = next((q for q in indirect if q.start <= quote.start and quote.end <= q.end), None)
        if quote.kind == "direct" and outer:
            quotes[index] = replace(quote, speaker=outer.speaker, cue=outer.cue, via=outer.via)
    return quotes


def _direct(article: Article, all_sentences: list[Span], span: Span, known: dict, last_speaker) -> Quote:
    if _looks_like_a_term(span.text):
        return Quote(article.id, None, span.text, "term", None, None, span.start, span.end)
    first = next(s for s in all_sentences if s.start <= span.start < s.end)
    last = next((s for s in all_sentences if s.start < span.end <= s.end), first)
    body = article.body
    before = attribution.outside_quotes(body[first.start : span.start - 1])
    after = body[span.end + 1 : last.end]
    found = _after_attribution(after) or _before_attribution(before) or _closing_attribution(body[span.end : last.end])
    speaker, cue, relay = found if found else (last_speaker, None, None)
    context = body[first.start : last.end]
    if cue and cue.endswith("ing"):  # "…, saying “…”": the sentence's subject says it
        speaker = attribution.sentence_subject(body[first.start : span.start]) or speaker
    speaker = attribution.resolve(speaker, known, body[: span.start], last_speaker) if speaker else None
    via = relay or via_in(context)
    return Quote(article.id, speaker, span.text, "direct", cue, None if via == speaker else via, span.start, span.end)


def _after_attribution(after: str) -> tuple[str, str, str | None] | None:
    """"…," said X / "…," X said — allowing a short phrase first ("… on the conflict, a source … told").

    A document named right after the verb relays the quote: "he explained in the press release".
    """
    match = re.match(r"^[\s,.]*" + CUE + r"\s+(?P<who>[^,.;:“”\"]+)", after)
    if match and match.group("who").strip()[:1].isupper():
        return match.group("who").strip(), match.group("cue"), None
    match = re.match(r"^(?:[^,“”\".]{0,30},)?[\s,.]*(?P<who>(?:" + subjects.NAME + r"|he|she|they|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) [\w ’'.-]+?))\s+" + CUE, after)
    if match:
        document = _IN_DOCUMENT.match(after, match.end())
        return match.group("who").strip(), match.group("cue"), document.group(1) if document else None
    return None


def _closing_attribution(after: str) -> tuple[str, str, None] | None:
    """“…,” and more words, X claimed: the reporter closing the sentence says the quote."""
    match = final_attribution(after)
    return (match.group("who"), match.group("cue"), None) if match else None


def _before_attribution(before: str) -> tuple[str, str, str | None] | None:
    """X said: "…" / X said that "…" / X said that Y had "…" (Y speaks, X relays)."""
    matches = [m for m in re.finditer(CUE, before) if not NOUN_BEFORE.search(before[: m.start()])]
    if not matches:
        return None
    cue = matches[-1]
    between = before[cue.end() :]
    if re.search(r",\s*(?:even though|although|but|whereas)\b", between):
        return None  # the verb governs another clause, not this quote
    subject = subjects.subject(before[: cue.start()])
    if re.search(r"\band\s+$", before[: cue.start()]):  # "X held a call …, and expressed"
        subject = attribution.sentence_subject(before) or ""
    chained = re.fullmatch(r"\s*(?:that\s+)?(?P<who>" + subjects.NAME + r")\s+(?:had|has|have|was|would)?\s*", between)
    if chained:
        return chained.group("who"), cue.group("cue"), subject or None
    return subject, cue.group("cue"), None


def _looks_like_a_term(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words if len(w) > 3)


def quote_rows(story: Story, source: str = "annotation") -> list[QuoteRow]:
    """The quotes of ``story`` as rows, from the hand annotation or the extractor.

    Raises ValueError when ``source`` is unknown or the story has no ``quotes.csv``.
    """
    return story_rows(story, "quotes.csv", source, extract_story)
