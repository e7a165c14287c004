"""Interactive views for the lessons: thin ipywidgets wrappers over framekit functions.

Each widget here only wires controls to a pure function that renders its HTML, in
:mod:`framekit.show.reader` (lesson 00), :mod:`framekit.show.selection` (lesson 01), :mod:`framekit.show.quotes` (lesson 02),
:mod:`framekit.show.words` (lesson 03), :mod:`framekit.show.figures` (lesson 04) or
:mod:`framekit.show.tone` (lesson 05), where it
is tested without a browser.

Every control has a visible label that is also its accessible name, and announces its value
(dates as dates); a choice among a few options is a set of radio buttons, whose checked state a
screen reader announces (toggle buttons expose no pressed state). Each view of results is a
:class:`LiveHTML`, whose content sits in a polite live region, so that a screen reader reads
the new result after a change.

A view of a list that grows with the story (a concordance, a speaker's statements, the figures
against the toll) shows one page of it, from :mod:`framekit.show.pages`, and a :class:`Pager`
under it moves between pages, so that no interaction sends more than a page of HTML.

Each widget imports its topic's modules when it is built, not at the top: they bring the
tagger, the sentence splitter and matplotlib (0.7 s in a fresh kernel), which lesson 00's
article reader does not need.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets
import traitlets

from framekit.show.pages import PAGE_SIZE, Page, page_of
from framekit.show.reader import reader_html
from framekit.story.annotations import best_source
from framekit.story.model import Story
from framekit.story.rows import QuoteRow

NO_SECOND_ARTICLE = "(none)"
LIVE_REGION = '<div aria-live="polite">'


class LiveHTML(widgets.HTML):
    """A results view: whatever HTML it is given sits in a ``<div aria-live="polite">``, so that
    a screen reader announces a new result when a control changes it, without moving the focus."""

    @traitlets.validate("value")
    def _in_a_live_region(self, proposal: dict) -> str:
        value = proposal["value"]
        return value if value.startswith(LIVE_REGION) else f"{LIVE_REGION}{value}</div>"


class Pager:
    """"Previous page" and "Next page" buttons under a paged view: a click calls ``draw`` with
    the new page number (0-based); after each drawing the widget calls :meth:`show` with the
    :class:`~framekit.show.pages.Page` it drew, which disables a button that leads nowhere and
    hides both when everything fits on one page."""

    def __init__(self, draw: Callable[[int], None]) -> None:
        self.number = 0
        self.previous = widgets.Button(description="Previous page", tooltip="Show the previous page of the list")
        self.next = widgets.Button(description="Next page", tooltip="Show the next page of the list")
        self.previous.on_click(lambda _button: draw(self.number - 1))
        self.next.on_click(lambda _button: draw(self.number + 1))
        self.box = widgets.HBox([self.previous, self.next])

    def show(self, page: Page) -> None:
        self.number = page.number
        self.previous.disabled = page.number == 0
        self.next.disabled = page.number >= page.pages - 1
        self.box.layout.display = "none" if page.pages == 1 else None


def article_reader(story: Story) -> widgets.VBox:
    """Pick one or two articles, read them side by side, highlight a word or phrase."""
    ids = [article.id for article in story.articles]
    first = widgets.Dropdown(options=ids, value=ids[0], description="Article")
    second = widgets.Dropdown(
        options=[NO_SECOND_ARTICLE, *ids], value=ids[1] if len(ids) > 1 else NO_SECOND_ARTICLE, description="Beside it"
    )
    query = widgets.Text(placeholder="a word or phrase, e.g. Kiev", description="Highlight")
    view = LiveHTML()

    def update(_change: object = None) -> None:
        chosen = [story.article(first.value)]
        if second.value != NO_SECOND_ARTICLE and second.value != first.value:
            chosen.append(story.article(second.value))
        view.value = reader_html(chosen, query.value)

    for control in (first, second, query):
        control.observe(update, names="value")
    update()
    return widgets.VBox([widgets.HBox([first, second]), query, view])


ALL_ARTICLES = "(all articles)"
SOURCE_NAMES = {"annotation": "hand annotation", "draft": "draft, not reviewed", "extractor": "extractor"}


def _rows_by_source(story: Story) -> Callable[[str], list[QuoteRow]]:
    """quote_rows for each source, computed once per widget: the first time a source is asked
    for, never again (``setdefault`` would compute the rows before it looks)."""
    from framekit.quotes.extraction import quote_rows

    cache: dict[str, list[QuoteRow]] = {}

    def rows(source: str) -> list[QuoteRow]:
        if source not in cache:
            cache[source] = quote_rows(story, source)
        return cache[source]

    return rows


def _article_rows(story: Story) -> Callable[[str, str], list[QuoteRow]]:
    """The quote rows of one article from each source, each computed once per widget: the
    extractor reads only that article, so that a view of one article costs one article's
    extraction however large the story (the whole story's takes seconds at 1,000 articles)."""
    from framekit.quotes.extraction import extract

    annotation = _rows_by_source(story)
    extracted: dict[str, list[QuoteRow]] = {}

    def rows(source: str, article_id: str) -> list[QuoteRow]:
        if source != "extractor":
            return annotation(source)
        if article_id not in extracted:
            extracted[article_id] = [quote.as_row() for quote in extract(story.article(article_id))]
        return extracted[article_id]

    return rows


def _source_switch(story: Story) -> widgets.RadioButtons:
    """The story's annotation (hand-made, or a machine draft, so labelled) or the extractor, as
    radio buttons; a story with no annotation file offers the extractor only."""
    best = best_source(story, "quotes.csv")
    options = [(SOURCE_NAMES[best], best)] if best != "extractor" else []
    return widgets.RadioButtons(options=[*options, (SOURCE_NAMES["extractor"], "extractor")], value=best,
                                description="Quotes from")


def quote_view(story: Story) -> widgets.VBox:
    """One article with its quotes marked; switch between the hand annotation and the extractor (lesson 02)."""
    from framekit.show.quotes import article_quotes_html

    rows = _article_rows(story)
    article = widgets.Dropdown(options=[a.id for a in story.articles], description="Article")
    source = _source_switch(story)
    view = LiveHTML()

    def update(_change: object = None) -> None:
        view.value = article_quotes_html(story.article(article.value), rows(source.value, article.value))

    for control in (article, source):
        control.observe(update, names="value")
    update()
    return widgets.VBox([widgets.HBox([article, source]), view])


def quote_explorer(story: Story) -> widgets.VBox:
    """Pick a speaker (and optionally an article): all their statements side by side (lesson 02)."""
    from framekit.quotes.voices import speakers
    from framekit.show.quotes import ARTICLES_PER_PAGE, speaker_quotes_html

    rows = _rows_by_source(story)
    source = _source_switch(story)
    speaker = widgets.Dropdown(options=speakers(rows(source.value)), description="Speaker")
    article = widgets.Dropdown(options=[ALL_ARTICLES, *(a.id for a in story.articles)], description="Article")
    view = LiveHTML()

    def draw(number: int) -> None:
        chosen = None if article.value == ALL_ARTICLES else article.value
        view.value = speaker_quotes_html(story, rows(source.value), speaker.value, chosen, number) if speaker.value else ""
        pager.show(page_of(story.articles if chosen is None else [chosen], number, ARTICLES_PER_PAGE))

    pager = Pager(draw)

    def update(_change: object = None) -> None:
        draw(0)

    def change_source(_change: object = None) -> None:
        if source.value == "extractor":  # seconds on a large story: say what is happening meanwhile
            view.value = f"<p>The extractor is reading {len(story.articles):,} article(s)…</p>"
        names, current = speakers(rows(source.value)), speaker.value
        speaker.options = names  # this resets the value to the first name
        if current in names:
            speaker.value = current
        update()

    speaker.observe(update, names="value")
    article.observe(update, names="value")
    source.observe(change_source, names="value")
    update()
    return widgets.VBox([widgets.HBox([speaker, article]), source, view, pager.box])


ALL_VARIANTS = "(all variants)"


def concordance_view(story: Story, width: int = 50) -> widgets.VBox:
    """Every match of a family's variant, or of a typed query, in context (lesson 03).

    A query, when typed, takes the place of the family and variant: a phrase, or
    ``regex:`` and a regular expression, as in terms.yaml.
    """
    from framekit.show.words import concordance_html
    from framekit.story.terms import lesson_families
    from framekit.words.concordance import query_spans, variant_spans
    from framekit.words.matching import matches

    families = lesson_families(story.terms)
    found = matches(story, families)
    family = widgets.Dropdown(options=[f.id for f in families], description="Family")
    variant = widgets.Dropdown(description="Variant")
    query = widgets.Text(placeholder="or type a word or phrase, e.g. regime", description="Query")
    article = widgets.Dropdown(options=[ALL_ARTICLES, *(a.id for a in story.articles)], description="Article")
    view = LiveHTML()
    listed: dict[str, object] = {}  # the spans and their name, found once per change of the controls

    def draw(number: int) -> None:
        view.value = concordance_html(story, listed["spans"], listed["what"], width, number)
        pager.show(page_of(listed["spans"], number, PAGE_SIZE))

    pager = Pager(draw)

    def update(_change: object = None) -> None:
        if query.value.strip():
            spans, what = query_spans(story, query.value.strip()), f"“{query.value.strip()}”"
        else:
            label = None if variant.value == ALL_VARIANTS else variant.value
            spans, what = variant_spans(found, family.value, label), f"{family.value} · {label or 'all variants'}"
        listed.update(spans=[s for s in spans if article.value in (ALL_ARTICLES, s[0])], what=what)
        draw(0)

    def change_family(_change: object = None) -> None:
        labels = [v.label for f in families if f.id == family.value for v in f.variants]
        variant.options = [ALL_VARIANTS, *labels]
        variant.value = ALL_VARIANTS
        update()

    family.observe(change_family, names="value")
    for control in (variant, query, article):
        control.observe(update, names="value")
    change_family()
    return widgets.VBox([widgets.HBox([family, variant]), widgets.HBox([query, article]), view, pager.box])


def toll_slider(story: Story) -> widgets.VBox:
    """Step through the days after the event: the official toll on each day against the figure
    each article states, from the hand annotation or, without one, the extractor (lesson 04).
    Starts on the first publication day.

    The date is a labelled drop-down list (a native ``<select>``), which the arrow keys step
    through and a screen reader reads as the date ("27 Mar 2024"): ipywidgets' slider has no
    accessible name and announces its position (0 to 14) instead of the date."""
    from framekit.figures import tolls
    from framekit.figures.extraction import figure_rows
    from framekit.show.figures import stated, toll_on_date_html

    rows = figure_rows(story, best_source(story, "figures.csv"))
    days = tolls.days(story)
    if not days:
        raise ValueError(f"story {story.id!r} has no reference facts: list the official figures by date in story.yaml")
    start = min(article.published for article in story.articles)
    slider = widgets.Dropdown(options=[(f"{day:%d %b %Y}", day) for day in days],
                              value=start if start in days else days[-1], description="Date")
    view = LiveHTML()
    figures = stated(story, rows)

    def draw(number: int) -> None:
        view.value = toll_on_date_html(story, figures, slider.value, number)
        pager.show(page_of(figures, number, PAGE_SIZE))

    pager = Pager(draw)
    slider.observe(lambda _change: draw(pager.number), names="value")  # the same page on another day
    draw(0)
    return widgets.VBox([slider, view, pager.box])


def fact_explorer(story: Story) -> widgets.VBox:
    """Pick a fact of the checklist: each article's sentence for it, or "not mentioned" (lesson
    01), a page of articles at a time. The mentions are found once, when the widget is built."""
    from framekit.selection.facts import facts, mentions
    from framekit.show.selection import NO_FACTS, fact_html

    fact = widgets.Dropdown(options=[(f"{f.id}: {f.wording}", f.id) for f in facts(story)], description="Fact",
                            layout=widgets.Layout(width="95%"))
    view = LiveHTML()
    found = mentions(story)

    def draw(number: int) -> None:
        if not fact.value:
            view.value = f"<p>{NO_FACTS}</p>"
            pager.show(page_of([], 0))
            return
        view.value = fact_html(story, fact.value, number, found)
        pager.show(page_of(story.articles, number, PAGE_SIZE))

    pager = Pager(draw)
    fact.observe(lambda _change: draw(0), names="value")
    draw(0)
    return widgets.VBox([fact, view, pager.box])


def tone_reader(story: Story, tones: list | None = None) -> widgets.VBox:
    """Pick an article and a voice: its sentences with TextBlob's polarity and the words that
    scored, voices from the hand annotation or, without one, the extractor (lesson 05).
    ``tones``, the lesson's own :func:`~framekit.tone.scores.sentence_tones`, saves scoring the
    story a second time (seconds at 1,000 articles)."""
    from framekit.quotes.extraction import quote_rows
    from framekit.show.tone import ALL_VOICES, tone_sentences_html
    from framekit.tone.scores import VOICES, sentence_tones

    if tones is None:
        tones = sentence_tones(story, quote_rows(story, best_source(story, "quotes.csv")))
    ids = [article.id for article in story.articles]
    article = widgets.Dropdown(options=ids, value=ids[0], description="Article")
    voice = widgets.RadioButtons(options=[ALL_VOICES, *VOICES], value=ALL_VOICES, description="Voice")
    view = LiveHTML()

    def update(_change: object = None) -> None:
        view.value = tone_sentences_html(tones, article.value, voice.value)

    for control in (article, voice):
        control.observe(update, names="value")
    update()
    return widgets.VBox([article, voice, view])


def draft_feedback(feedback: Callable[[str], str], *, placeholder: str = "Write your comparison here.") -> widgets.VBox:
    """A box for a student's draft and, under it, ``feedback(draft)`` (HTML, escaped by the
    caller) as they type, announced to screen readers (lesson 06's capstone). The feedback
    function comes from the teaching layer above this one (:func:`framekit.teach.capstone.feedback_html`)."""
    box = widgets.Textarea(value="", placeholder=placeholder, description="Draft",
                           layout=widgets.Layout(width="95%", height="12em"))
    view = widgets.HTML()

    def update(_change: object = None) -> None:
        view.value = f'<div aria-live="polite">{feedback(box.value)}</div>'

    box.observe(update, names="value")
    update()
    return widgets.VBox([box, view])
