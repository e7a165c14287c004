"""Views for lesson 05: each sentence's tone and voice, each article's tone per voice (a chart
and the same numbers as a table, its text alternative), the words that drive the scores, the
lexicon's entries for words of the news, and a reader's ratings beside TextBlob's.

Pure functions to a :class:`~framekit.show.table.Table`, a chart or HTML; article text is
escaped. :func:`framekit.show.widgets.tone_reader` wires controls to :func:`tone_sentences_html`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence

from framekit.language.sentiment import lexicon_entry
from framekit.show.charts import Chart, grouped_bars
from framekit.show.table import Table
from framekit.tone.scores import VOICES, Driver, SentenceTone, VoiceTone, direction
from framekit.words.concordance import one_line

POLARITY_AXIS = "mean polarity of its sentences (TextBlob: -1 negative, 0 neutral or not scored, +1 positive)"


def voice_chart(summary: Mapping[str, Mapping[str, VoiceTone]], *, title: str, ylabel: str = "article") -> Chart:
    """Each article's mean polarity in each voice, with the number of sentences behind it
    (:func:`framekit.tone.scores.summary`); :func:`voice_table` gives the same numbers as text."""
    values = {article: {voice: (tone.polarity, tone.sentences) for voice, tone in voices.items()}
              for article, voices in summary.items()}
    return grouped_bars(values, VOICES, title=title, xlabel=POLARITY_AXIS, ylabel=ylabel)


def voice_table(summary: Mapping[str, Mapping[str, VoiceTone]]) -> Table:
    """One row per article and voice: sentences, how many TextBlob scored at all, the means."""
    rows = []
    for article, voices in summary.items():
        for voice in VOICES:
            tone = voices[voice]
            rows.append((article, voice, str(tone.sentences), str(tone.scored),
                         "-" if tone.polarity is None else f"{tone.polarity:+.2f}",
                         "-" if tone.subjectivity is None else f"{tone.subjectivity:.2f}"))
    columns = ("article", "voice", "sentences", "scored (polarity not 0)", "mean polarity", "mean subjectivity")
    return Table(columns, tuple(rows), caption="Tone per article and voice (the chart's numbers)")


def _drivers(tone: SentenceTone) -> str:
    return ", ".join(f"{words} {polarity:+.2f}" for words, polarity in tone.drivers if polarity) or "-"


def _short(text: str, width: int) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def sentence_table(tones: Iterable[SentenceTone], width: int = 80, caption: str = "TextBlob's reading of each sentence") -> Table:
    """One row per sentence: its voice (with "+" when it mixes voices), scores and drivers."""
    rows = tuple((t.article, t.voice + (" +" if t.mixed else ""), f"{t.polarity:+.2f}", f"{t.subjectivity:.2f}",
                  _drivers(t), _short(t.text, width)) for t in tones)
    columns = ("article", "voice (+: mixed)", "polarity", "subjectivity", "words that scored", "sentence")
    return Table(columns, rows, caption=caption)


def driver_table(found: Sequence[Driver], limit: int = 12) -> Table:
    """The words that drive the most sentences' scores (:func:`framekit.tone.scores.drivers`)."""
    rows = tuple((d.words, f"{d.polarity:+.2f}", str(d.sentences)) for d in found[:limit])
    return Table(("words", "polarity", "sentences"), rows, caption="The words that drive TextBlob's scores in this story")


def lexicon_table(words: Iterable[str], used: Mapping[str, Sequence[SentenceTone]]) -> Table:
    """For each word, its entry in TextBlob's lexicon (or none), and how many of the story's
    sentences use it (``used``: :func:`framekit.tone.scores.mentioning`) and score 0."""
    rows = []
    for word in words:
        entry = lexicon_entry(word)
        found = used.get(word, ())
        rows.append((word, "not in the lexicon" if entry is None else f"{entry[0]:+.2f}",
                     "-" if entry is None else f"{entry[1]:.2f}", str(len(found)),
                     str(sum(1 for tone in found if tone.polarity == 0))))
    columns = ("word", "polarity in the lexicon", "subjectivity", "sentences using it", "of which score 0")
    return Table(columns, tuple(rows), caption="Words of the news in TextBlob's lexicon")


def agreement_table(ratings: Mapping[str, float], tones: Iterable[SentenceTone], width: int = 70) -> Table:
    """Each rated sentence: the reader's rating, TextBlob's polarity, and whether the two are on
    the same side (negative, neutral, positive)."""
    scores = {tone.text: tone.polarity for tone in tones}
    rows = []
    for text, rating in ratings.items():
        if text in scores:
            same = direction(float(rating)) == direction(scores[text])
            rows.append((f"{float(rating):+.2f}", f"{scores[text]:+.2f}", "yes" if same else "no", _short(text, width)))
    return Table(("you", "TextBlob", "same side?", "sentence"), tuple(rows), caption="Your ratings beside TextBlob's")


ALL_VOICES = "all"


def tone_sentences_html(tones: Iterable[SentenceTone], article: str, voice: str = ALL_VOICES) -> str:
    """One article's sentences in ``voice`` (or all), each with its voice, polarity and the words
    that scored, and a first line that sums them up (lesson 05's sentence reader). Story text
    is escaped; the view is a polite live region, so a screen reader hears each new result."""
    chosen = [t for t in tones if t.article == article and voice in (ALL_VOICES, t.voice)]
    scored = [t for t in chosen if t.polarity != 0]
    mean = f", mean polarity {sum(t.polarity for t in chosen) / len(chosen):+.2f}" if chosen else ""
    head = (f"<p><b>{html.escape(article)}</b> · {html.escape(voice)}: {len(chosen)} sentences, "
            f"{len(scored)} scored{mean}</p>")
    items = "".join(
        f"<li><b>{t.polarity:+.2f}</b> <small>{html.escape(t.voice)}{' (mixed)' if t.mixed else ''} · "
        f"words that scored: {html.escape(_drivers(t))}</small><br>{html.escape(one_line(t.text))}</li>"
        for t in chosen)
    body = f"<ol>{items}</ol>" if items else "<p><em>No sentence of this article is in this voice.</em></p>"
    return f'<div role="status" aria-live="polite">{head}{body}</div>'
