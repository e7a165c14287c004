"""A framing profile per article, built from what lessons 01-05 measure, and mapped onto Entman.

Each earlier lesson measures one means of framing with its own topic package: the facts an
article selects (:mod:`framekit.selection`), the voices it quotes and through whom
(:mod:`framekit.quotes`), the labels it uses (:mod:`framekit.words`), the figure it gives for
the dead (:mod:`framekit.figures`) and the tone of its narration (:mod:`framekit.tone`).
Lesson 06 lays these side by side, one column per article, so that a reader compares at a
glance. Topic packages never import each other, so the profile that combines them lives here,
in the teaching layer, which may import everything below it.

Every article is one outlet's text, so a column is an outlet's profile for this story only.
A measure that needs data the story lacks (a fact checklist, an official toll) is left out,
and :attr:`Profile.missing` says so in a sentence: nothing is filled in by guess.

:func:`entman` maps the same evidence onto Entman's (1993) four functions of a frame. The
mapping is an interpretation for students to argue with, not a finding: each cell quotes the
evidence the kit found, or says "no evidence found".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from framekit.figures import tolls
from framekit.language.sentences import sentences
from framekit.quotes import verbs, voices
from framekit.quotes.chains import relayed_share
from framekit.selection.facts import facts, first_facts, has_facts, mentions
from framekit.show.charts import profile_grid
from framekit.show.table import Table
from framekit.story.model import Story
from framekit.story.rows import FigureRow, QuoteRow
from framekit.story.terms import own_families
from framekit.tone.scores import NARRATED, sentence_tones, summary
from framekit.words import matching

NO_EVIDENCE = "no evidence found"
NO_FACTS = "This story has no fact checklist (annotations/facts.csv): the rows on facts are left out."
NO_TOLL = ("This story records no official death toll (reference facts in story.yaml): the figures "
           "are shown without a reading against the toll.")
NO_FIGURE = "no figure of the dead"
OWN_VOICE = "the outlet itself"
SHORTEST = 60  # characters of a quotation in an evidence cell before it is cut with "…"

FUNCTIONS = ("problem definition", "causal interpretation", "moral evaluation", "treatment recommendation")

# A recommendation for what to do names an obligation or an appeal: a deontic modal ("should",
# "must", "needs to", "has to") or a verb of appealing ("calls for", "urged", "demands").
RECOMMENDATION = re.compile(
    r"""\b(?:
        should | must | ought\ to                        # deontic modals
      | (?:need|needs|needed|has|have|had)\ to\b          # obligation: "needs to", "has to"
      | (?:calls|called|calling)\ (?:for|on)            # appeal: "called for" (not the noun: "a call on")
      | urg(?:e|es|ed|ing) | demand(?:s|ed)?             # appeal verbs
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)
JUDGING = ("judging: condemns or rejects", "distancing: casts doubt")  # verb groups that evaluate


@dataclass(frozen=True)
class Cell:
    """One article's value for one measure: ``text`` as shown, ``value`` the number behind it
    (None for a measure that is words, not a number)."""

    text: str
    value: float | None = None


@dataclass(frozen=True)
class Measure:
    """One row of the profile: which lesson measures it, its name, and a cell per article."""

    lesson: str
    name: str
    cells: Mapping[str, Cell]


@dataclass(frozen=True)
class Profile:
    """The measures of every article (columns in story order), and a sentence for each measure
    left out because the story lacks its data."""

    articles: tuple[str, ...]
    measures: tuple[Measure, ...]
    missing: tuple[str, ...]

    def labels(self) -> list[str]:
        """Row labels: "lesson · name"."""
        return [f"{m.lesson} · {m.name}" for m in self.measures]

    def values(self) -> list[list[float | None]]:
        """Per row, per article, the number behind each cell (None for words)."""
        return [[m.cells[a].value for a in self.articles] for m in self.measures]

    def texts(self) -> list[list[str]]:
        """Per row, per article, the text of each cell."""
        return [[m.cells[a].text for a in self.articles] for m in self.measures]


def profile(story: Story, quotes: Sequence[QuoteRow], figures: Sequence[FigureRow]) -> Profile:
    """The framing profile of every article of ``story``, from its quote rows and figure rows
    (either source: hand annotation or extractor)."""
    articles = tuple(a.id for a in story.articles)
    measures: list[Measure] = []
    missing: list[str] = []
    if has_facts(story):
        measures += fact_measures(story)
    else:
        missing.append(NO_FACTS)
    measures += voice_measures(story, quotes)
    measures += label_measures(story)
    measures += figure_measures(story, figures)
    if not tolls.facts(story, "killed"):
        missing.append(NO_TOLL)
    measures.append(tone_measure(story, quotes))
    return Profile(articles, tuple(measures), tuple(missing))


def fact_measures(story: Story) -> list[Measure]:
    """Lesson 01: how many of the checklist's facts each article states, and which comes first."""
    found, total = mentions(story), len(facts(story))
    stated = {a.id: sum(1 for where in found.values() if a.id in where) for a in story.articles}
    first = first_facts(story)
    return [
        Measure("01", "facts stated", {a: Cell(f"{n} of {total}", n / total if total else None) for a, n in stated.items()}),
        Measure("01", "fact stated first", {a: Cell(m.fact if m else "none") for a, m in first.items()}),
    ]


def voice_measures(story: Story, quotes: Sequence[QuoteRow]) -> list[Measure]:
    """Lesson 02: how many speakers each article quotes, its top voice's share of the quoted
    words, and the share of its statements that name an intermediary."""
    shares = voices.quoted_shares(story, quotes)
    relayed = relayed_share(story, quotes)
    counted, top = {}, {}
    for a in story.articles:
        article_shares = shares.get(a.id, {})
        counted[a.id] = Cell(str(len(article_shares)), float(len(article_shares)))
        if article_shares:
            who, share = next(iter(article_shares.items()))  # largest first
            top[a.id] = Cell(f"{who} {share:.0%}", share)
        else:
            top[a.id] = Cell("nobody quoted")
    return [
        Measure("02", "speakers quoted", counted),
        Measure("02", "top voice's share of quoted words", top),
        Measure("02", "statements naming a relay", {a: Cell(f"{s:.0%}", s) for a, s in relayed.items()}),
    ]


def label_measures(story: Story) -> list[Measure]:
    """Lesson 03: for each family the story defines itself, the variant each article uses most
    and how often ("-" when it uses none)."""
    own = own_families(story.terms)
    found = matching.counts(story, own)
    rows = []
    for family in own:
        cells = {}
        for a in story.articles:
            used = [c for c in found if c.article == a.id and c.family == family.id and c.count]
            best = max(used, key=lambda c: c.count, default=None)  # of equal counts, the family's first
            cells[a.id] = Cell(f"{best.variant} ×{best.count}" if best else "-")
        rows.append(Measure("03", f"label: {family.id}", cells))
    return rows


def figure_measures(story: Story, figures: Sequence[FigureRow]) -> list[Measure]:
    """Lesson 04: each article's first figure of the dead, read against the official toll in
    force on its publication date when the story has one, and whom the sentence credits."""
    with_toll = bool(tolls.facts(story, "killed"))
    compared = tolls.comparison(story, figures) if with_toll else [r for r in figures if r["category"] == "killed"]
    first: dict[str, Mapping] = {}
    for row in compared:
        if row.get("reading") != tolls.EARLIER:
            first.setdefault(row["article"], row)
    stated, credited = {}, {}
    for a in story.articles:
        row = first.get(a.id)
        if row is None:
            stated[a.id], credited[a.id] = Cell(NO_FIGURE), Cell("-")
            continue
        reading = f" ({row['reading']})" if with_toll else ""
        stated[a.id] = Cell(f"{row['text']}{reading}")
        credited[a.id] = Cell(row["source"] or OWN_VOICE)
    name = "figure of the dead, against the toll" if with_toll else "figure of the dead"
    return [Measure("04", name, stated), Measure("04", "figure credited to", credited)]


def tone_measure(story: Story, quotes: Sequence[QuoteRow]) -> Measure:
    """Lesson 05: the mean TextBlob polarity of each article's narrated sentences, with how many
    there are (a mean of a few sentences moves with one word)."""
    by_article = summary(sentence_tones(story, quotes))
    cells = {}
    for a in story.articles:
        tone = by_article.get(a.id, {}).get(NARRATED)
        if tone is None or tone.polarity is None:
            cells[a.id] = Cell("no narration")
        else:
            cells[a.id] = Cell(f"{tone.polarity:+.2f} ({tone.sentences} sent.)", tone.polarity)
    return Measure("05", "tone of narration (mean polarity)", cells)


# --- Entman's four functions ---------------------------------------------------------------


def entman(story: Story, quotes: Sequence[QuoteRow]) -> dict[str, dict[str, str]]:
    """Function -> article id -> the evidence the kit found for it in that article, or
    :data:`NO_EVIDENCE`. An interpretation: which evidence answers which function is argued in
    lesson 06, not measured.

    - problem definition: the checklist fact the article states first (else its headline);
    - causal interpretation: the voice it quotes most, and that voice's first statement;
    - moral evaluation: the first statement it introduces with a judging or distancing verb;
    - treatment recommendation: the first sentence with a deontic modal or a verb of appeal.
    """
    firsts = first_facts(story) if has_facts(story) else {}
    wording = {fact.id: fact.wording for fact in facts(story)}
    shares = voices.quoted_shares(story, quotes)
    said = voices.statements(quotes)
    table: dict[str, dict[str, str]] = {function: {} for function in FUNCTIONS}
    for article in story.articles:
        mention = firsts.get(article.id)
        if mention:
            problem = f"leads with the fact “{wording[mention.fact]}” (at {mention.position:.0%})"
        else:
            problem = f"headline: “{article.headline}”" if article.headline else NO_EVIDENCE
        own = [row for row in said if row["article"] == article.id]
        table["problem definition"][article.id] = problem
        table["causal interpretation"][article.id] = _top_voice(shares.get(article.id, {}), own)
        table["moral evaluation"][article.id] = _judged(own)
        table["treatment recommendation"][article.id] = _recommended(article.body)
    return table


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORTEST else text[: SHORTEST - 1].rstrip() + "…"


def _top_voice(shares: Mapping[str, float], statements: Sequence[QuoteRow]) -> str:
    if not shares:
        return NO_EVIDENCE
    who, share = next(iter(shares.items()))
    theirs = [row for row in statements if row["speaker"] == who]
    if not theirs:
        return f"most quoted: {who} ({share:.0%} of quoted words)"
    row = theirs[0]
    return f"most quoted: {who} ({share:.0%} of quoted words), {row['cue'] or verbs.NO_CUE}: “{_short(row['text'])}”"


def _judged(statements: Sequence[QuoteRow]) -> str:
    for row in statements:
        if verbs.signal(row["cue"]) in JUDGING:
            return f"{row['speaker']} {row['cue']}: “{_short(row['text'])}”"
    return NO_EVIDENCE


def _recommended(body: str) -> str:
    for span in sentences(body):
        found = RECOMMENDATION.search(span.text)
        if found:
            return f"“{_around(span.text, found.start())}”"
    return NO_EVIDENCE


def _around(text: str, at: int) -> str:
    """``text`` cut to about :data:`SHORTEST` characters that keep position ``at`` in view."""
    begin = max(0, at - SHORTEST // 2)
    cut = text[begin : begin + SHORTEST]
    return ("…" if begin else "") + " ".join(cut.split()) + ("…" if begin + SHORTEST < len(text) else "")


def evidence_texts(found: Profile, table: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Every text the profile and the Entman table show, for the capstone's feedback."""
    return [text for row in found.texts() for text in row] + [text for cells in table.values() for text in cells.values()]


# --- views ---------------------------------------------------------------------------------


def chart(found: Profile, title: str):  # -> matplotlib Figure
    """The profile as one grid a reader compares at a glance (:func:`framekit.show.charts.profile_grid`)."""
    return profile_grid(found.values(), found.texts(), found.labels(), found.articles,
                        title=title, xlabel="article (each one outlet's text)", ylabel="lesson · measure")


def table(found: Profile) -> Table:
    """The profile as a table: the chart's text alternative, every cell in full."""
    rows = tuple((label, *texts) for label, texts in zip(found.labels(), found.texts()))
    return Table(("lesson · measure", *found.articles), rows, caption="Framing profile: one column per article")


def entman_table(evidence: Mapping[str, Mapping[str, str]]) -> Table:
    """Entman's four functions × articles: the evidence the kit found for each cell (an interpretation)."""
    articles = list(next(iter(evidence.values()), {}))
    rows = tuple((function, *(evidence[function][a] for a in articles)) for function in evidence)
    return Table(("function (Entman 1993)", *articles), rows,
                 caption="Evidence for each of Entman's functions: an interpretation to argue with")
