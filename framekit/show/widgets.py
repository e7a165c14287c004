"""Interactive views for the lessons: thin ipywidgets wrappers over framekit functions.

Each widget here only wires controls to a pure function that renders its HTML, in
:mod:`framekit.show.reader` (lesson 00), :mod:`framekit.show.quotes` (lesson 02),
:mod:`framekit.show.words` (lesson 03), :mod:`framekit.show.figures` (lesson 04) or
:mod:`framekit.show.tone` (lesson 05), where it
is tested without a browser.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from framekit.figures import tolls
from framekit.figures.extraction import figure_rows
from framekit.quotes.extraction import quote_rows
from framekit.quotes.voices import speakers
from framekit.show.figures import toll_on_date_html
from framekit.show.quotes import article_quotes_html, speaker_quotes_html
from framekit.show.reader import reader_html
from framekit.show.tone import ALL_VOICES, tone_sentences_html
from framekit.show.words import concordance_html
from framekit.story.annotations import best_source
from framekit.story.model import Story
from framekit.story.rows import QuoteRow
from framekit.tone.scores import VOICES, sentence_tones
from framekit.words.concordance import concordance, query_spans, variant_spans
from framekit.words.matching import matches

NO_SECOND_ARTICLE = "(none)"


def article_reader(story: Story) -> widgets.VBox:
    """Pick one or two articles, read them side by side, highlight a word or phrase."""
    ids = [article.id for article in story.articles]
    first = widgets.Dropdown(options=ids, value=ids[0], description="Article")
    second = widgets.Dropdown(
        options=[NO_SECOND_ARTICLE, *ids], value=ids[1] if len(ids) > 1 else NO_SECOND_ARTICLE, description="Beside it"
    )
    query = widgets.Text(placeholder="a word or phrase, e.g. Kiev", description="Highlight")
    view = widgets.HTML()

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
    cache: dict[str, list[QuoteRow]] = {}

    def rows(source: str) -> list[QuoteRow]:
        if source not in cache:
            cache[source] = quote_rows(story, source)
        return cache[source]

    return rows


def _source_switch(story: Story) -> widgets.ToggleButtons:
    """The story's annotation (hand-made, or a machine draft, so labelled) or the extractor; a
    story with no annotation file offers the extractor only."""
    best = best_source(story, "quotes.csv")
    options = [(SOURCE_NAMES[best], best)] if best != "extractor" else []
    return widgets.ToggleButtons(options=[*options, (SOURCE_NAMES["extractor"], "extractor")], value=best,
                                 description="Quotes from")


def quote_view(story: Story) -> widgets.VBox:
    """One article with its quotes marked; switch between the hand annotation and the extractor (lesson 02)."""
    rows = _rows_by_source(story)
    article = widgets.Dropdown(options=[a.id for a in story.articles], description="Article")
    source = _source_switch(story)
    view = widgets.HTML()

    def update(_change: object = None) -> None:
        view.value = article_quotes_html(story.article(article.value), rows(source.value))

    for control in (article, source):
        control.observe(update, names="value")
    update()
    return widgets.VBox([widgets.HBox([article, source]), view])


def quote_explorer(story: Story) -> widgets.VBox:
    """Pick a speaker (and optionally an article): all their statements side by side (lesson 02)."""
    rows = _rows_by_source(story)
    source = _source_switch(story)
    speaker = widgets.Dropdown(options=speakers(rows(source.value)), description="Speaker")
    article = widgets.Dropdown(options=[ALL_ARTICLES, *(a.id for a in story.articles)], description="Article")
    view = widgets.HTML()

    def update(_change: object = None) -> None:
        chosen = None if article.value == ALL_ARTICLES else article.value
        view.value = speaker_quotes_html(story, rows(source.value), speaker.value, chosen) if speaker.value else ""

    def change_source(_change: object = None) -> None:
        names, current = speakers(rows(source.value)), speaker.value
        speaker.options = names  # this resets the value to the first name
        if current in names:
            speaker.value = current
        update()

    speaker.observe(update, names="value")
    article.observe(update, names="value")
    source.observe(change_source, names="value")
    update()
    return widgets.VBox([widgets.HBox([speaker, article]), source, view])


ALL_VARIANTS = "(all variants)"


def concordance_view(story: Story, width: int = 50) -> widgets.VBox:
    """Every match of a family's variant, or of a typed query, in context (lesson 03).

    A query, when typed, takes the place of the family and variant: a phrase, or
    ``regex:`` and a regular expression, as in terms.yaml.
    """
    found = matches(story, story.terms)
    family = widgets.Dropdown(options=[f.id for f in story.terms], description="Family")
    variant = widgets.Dropdown(description="Variant")
    query = widgets.Text(placeholder="or type a word or phrase, e.g. regime", description="Query")
    article = widgets.Dropdown(options=[ALL_ARTICLES, *(a.id for a in story.articles)], description="Article")
    view = widgets.HTML()

    def update(_change: object = None) -> None:
        chosen = None if article.value == ALL_ARTICLES else [article.value]
        if query.value.strip():
            spans, what = query_spans(story, query.value.strip()), f"“{query.value.strip()}”"
        else:
            label = None if variant.value == ALL_VARIANTS else variant.value
            spans, what = variant_spans(found, family.value, label), f"{family.value} · {label or 'all variants'}"
        view.value = concordance_html(concordance(story, spans, width, chosen), what)

    def change_family(_change: object = None) -> None:
        labels = [v.label for f in story.terms if f.id == family.value for v in f.variants]
        variant.options = [ALL_VARIANTS, *labels]
        variant.value = ALL_VARIANTS
        update()

    family.observe(change_family, names="value")
    for control in (variant, query, article):
        control.observe(update, names="value")
    change_family()
    return widgets.VBox([widgets.HBox([family, variant]), widgets.HBox([query, article]), view])


def toll_slider(story: Story) -> widgets.VBox:
    """Slide through the days after the event: the official toll on each day against the figure
    each article states, from the hand annotation or, without one, the extractor (lesson 04).
    Starts on the first publication day."""
    rows = figure_rows(story, best_source(story, "figures.csv"))
    days = tolls.days(story)
    if not days:
        raise ValueError(f"story {story.id!r} has no reference facts: list the official figures by date in story.yaml")
    start = min(article.published for article in story.articles)
    slider = widgets.SelectionSlider(
        options=[(f"{day:%d %b %Y}", day) for day in days], value=start if start in days else days[-1],
        description="Date", continuous_update=False, layout=widgets.Layout(width="95%"),
    )
    view = widgets.HTML()

    def update(_change: object = None) -> None:
        view.value = toll_on_date_html(story, rows, slider.value)

    slider.observe(update, names="value")
    update()
    return widgets.VBox([slider, view])


def tone_reader(story: Story) -> widgets.VBox:
    """Pick an article and a voice: its sentences with TextBlob's polarity and the words that
    scored, voices from the hand annotation or, without one, the extractor (lesson 05)."""
    tones = sentence_tones(story, quote_rows(story, best_source(story, "quotes.csv")))
    ids = [article.id for article in story.articles]
    article = widgets.Dropdown(options=ids, value=ids[0], description="Article")
    voice = widgets.ToggleButtons(options=[ALL_VOICES, *VOICES], value=ALL_VOICES, description="Voice")
    view = widgets.HTML()

    def update(_change: object = None) -> None:
        view.value = tone_sentences_html(tones, article.value, voice.value)

    for control in (article, voice):
        control.observe(update, names="value")
    update()
    return widgets.VBox([article, voice, view])
