"""Answer keys computed from the story: one small function per exercise whose answer depends on it.

An exercise's check calls its key at check time, on the story the notebook has loaded, and
compares fingerprints (:func:`framekit.teach.checks.check_story`), so that a worked solution
is marked correct on any story, not only the seed story. Each key is written on its own, from
the exercise's wording, not copied from the worked solution: when the two disagree, one of them
is wrong, and ``tests/teach/test_keys.py`` checks each key against the answer recorded for the
seed story. The ``*_cases`` functions choose the arguments a function check tries, from the
story's own articles. Students can read this module: the checks are formative, not an exam.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from urllib.parse import urlparse

from framekit.figures import tolls
from framekit.language.hedges import contains
from framekit.language.quotemarks import quote_spans
from framekit.language.sentiment import assessments
from framekit.language.text import find_phrase
from framekit.quotes.verbs import signal_counts
from framekit.quotes.voices import quoted_words
from framekit.story.model import Article, Story
from framekit.story.rows import FigureRow, QuoteRow
from framekit.story.terms import lesson_families, own_families
from framekit.tone.scores import SentenceTone
from framekit.words.matching import Match, matches

CASES = 3  # arguments a function check tries, at most, besides any made-up ones
DISTANCING = "distancing: casts doubt"  # the group of framekit.quotes.verbs.SIGNALS exercise 02.2 asks for


# --- 00 start here -------------------------------------------------------------------------


def named_outlets(story: Story) -> int:
    """Exercise 00.1: how many articles name their outlet in the text (``outlet_identified``
    is "stated")."""
    count = 0
    for article in story.articles:
        if article.outlet_identified == "stated":
            count += 1
    return count


def other_spelling(story: Story) -> str:
    """Exercise 00.2's phrase: the second variant of the story's first own family with two or more
    (on the seed story, *Kiev* of the ``capital`` family), else the first variant of any family."""
    own = [family for family in own_families(story.terms) if len(family.variants) > 1]
    if own:
        return own[0].variants[1].label
    return lesson_families(story.terms)[0].variants[0].label


def articles_with(story: Story, phrase: str) -> list[str]:
    """Exercise 00.2: the ids of the articles whose body has ``phrase`` at least once (sorted;
    the check ignores the order)."""
    return sorted(article.id for article in story.articles if len(find_phrase(article.body, phrase)) > 0)


def mentions(article: Article, phrase: str) -> int:
    """Exercise 00.3: how often ``phrase`` occurs in what a reader sees of ``article``: its
    headline, standfirst and body, any of the first two possibly missing (None)."""
    total = len(find_phrase(article.body, phrase))
    for extra in (article.headline, article.standfirst):
        if extra is not None:
            total += len(find_phrase(extra, phrase))
    return total


def mention_cases(story: Story) -> list[tuple[Article, str]]:
    """Exercise 00.3's cases: up to three articles, those missing a headline or a standfirst first
    (a function must not fail on them), each with the longest word of its headline (so that the
    headline counts), or of its body's first line when it has none."""
    ordered = sorted(story.articles, key=lambda a: (a.headline is not None and a.standfirst is not None, a.id))
    return [(article, _longest_word(article.headline or article.body.split("\n", 1)[0])) for article in ordered[:CASES]]


def missing_headlines(story: Story) -> list[str]:
    """Exercise 00.5: the ids of the articles that reached the kit without a headline (sorted; the
    check ignores the order). A copy can lose its headline on the way, so this says something about
    the copies, not about the outlets."""
    return sorted(article.id for article in story.articles if article.headline is None)


def _longest_word(text: str) -> str:
    words = ["".join(ch for ch in word if ch.isalnum()) for word in text.split()]
    return max(words, key=len, default="") or "the"


# --- 01 selection ----------------------------------------------------------------------------


def _fact_rows(story: Story) -> tuple:
    return story.annotations.get("facts.csv", ())


def facts_per_article(story: Story) -> dict[str, int]:
    """Exercise 01.1: article id -> how many different facts of the checklist it states (0 for an
    article with no row in facts.csv)."""
    stated: dict[str, set] = {article.id: set() for article in story.articles}
    for row in _fact_rows(story):
        if row["article"] in stated:
            stated[row["article"]].add(row["fact"])
    return {article: len(found) for article, found in stated.items()}


def most_omissions(story: Story) -> list[str]:
    """Exercise 01.2: the article(s) that leave out the most facts of the checklist (sorted; the
    check ignores the order); all the articles when each leaves out as many."""
    checklist = {row["fact"] for row in _fact_rows(story)}
    left_out = {article: len(checklist) - count for article, count in facts_per_article(story).items()}
    most = max(left_out.values(), default=0)
    return sorted(article for article, count in left_out.items() if count == most)


def facts_in_every_article(story: Story) -> list[str]:
    """Exercise 01.3: the facts that every article of the story states (sorted; the check ignores
    the order)."""
    where: dict[str, set] = {}
    for row in _fact_rows(story):
        where.setdefault(row["fact"], set()).add(row["article"])
    everyone = {article.id for article in story.articles}
    return sorted(fact for fact, articles in where.items() if everyone and everyone <= articles)


def first_fact(story: Story) -> dict[str, str | None]:
    """Exercise 01.4: article id -> the fact whose passage starts earliest in its body (None for an
    article that states no fact of the checklist)."""
    earliest: dict[str, tuple[int, str] | None] = {article.id: None for article in story.articles}
    for row in _fact_rows(story):
        if row["article"] not in earliest:
            continue
        current = earliest[row["article"]]
        if current is None or row["start"] < current[0]:
            earliest[row["article"]] = (row["start"], row["fact"])
    return {article: None if pair is None else pair[1] for article, pair in earliest.items()}


# --- 02 quote attribution ------------------------------------------------------------------


def direct_counts(story: Story, rows: Sequence[QuoteRow]) -> dict[str, int]:
    """Exercise 02.1: article id -> the number of its ``rows`` whose kind is "direct", every
    article of the story included (0 when it has none)."""
    counts = dict.fromkeys((article.id for article in story.articles), 0)
    for row in rows:
        if row["kind"] == "direct" and row["article"] in counts:
            counts[row["article"]] += 1
    return counts


def distancing_articles(rows: Sequence[QuoteRow]) -> list[str]:
    """Exercise 02.2: the articles with at least one statement introduced by a distancing verb
    (sorted; the check ignores the order)."""
    return sorted(article for article, groups in signal_counts(rows).items() if groups[DISTANCING] > 0)


def relays(rows: Sequence[QuoteRow], article_id: str) -> list[str]:
    """Exercise 02.3: the distinct intermediaries (``via``) that one article names, sorted."""
    named = set()
    for row in rows:
        if row["article"] == article_id and row["via"]:
            named.add(row["via"])
    return sorted(named)


def relay_cases(story: Story, rows: Sequence[QuoteRow]) -> list[tuple[Sequence[QuoteRow], str]]:
    """Exercise 02.3's cases: the articles naming the most intermediaries (up to two), one that
    names none, and no rows at all (the answer is then an empty list)."""
    named: dict[str, set] = {article.id: set() for article in story.articles}
    for row in rows:  # one pass over the rows, however many articles the story has
        if row["via"] and row["article"] in named:
            named[row["article"]].add(row["via"])
    ranked = sorted(named, key=lambda article: (-len(named[article]), article))
    chosen = [(list(rows), article) for article in ranked[:CASES - 1]]
    silent = [article for article in ranked[CASES - 1:] if not named[article]]
    if silent:
        chosen.append((list(rows), silent[0]))
    return chosen + ([([], story.articles[0].id)] if story.articles else [])


# --- 03 word choice --------------------------------------------------------------------------


def doubting(story: Story) -> list[str]:
    """Exercise 03.1: the articles that use at least one variant of the ``doubt`` family (sorted;
    the check ignores the order)."""
    family = [f for f in lesson_families(story.terms) if f.id == "doubt"]
    return sorted({match.article for match in matches(story, family)})


def event_rates(story: Story) -> dict[str, float]:
    """Exercise 03.2: article id -> labels of the ``event`` family per 1,000 words of its body
    (0 for an article with none, or when the story has no such family)."""
    family = [f for f in lesson_families(story.terms) if f.id == "event"]
    found: dict[str, int] = {}
    for match in matches(story, family):
        found[match.article] = found.get(match.article, 0) + 1
    return {article.id: found.get(article.id, 0) * 1000 / article.words for article in story.articles}


def narrated(story: Story, found: Sequence[Match], family: str, variant: str) -> int:
    """Exercise 03.3: how many matches of ``family``'s ``variant`` lie outside every quotation
    (in the outlet's own words)."""
    chosen: dict[str, list[Match]] = {}
    for match in found:
        if match.family == family and match.variant == variant:
            chosen.setdefault(match.article, []).append(match)
    outside = 0
    for article in story.articles:
        spans = quote_spans(article.body) if article.id in chosen else []
        for match in chosen.get(article.id, []):
            if not any(span.start <= match.start and match.end <= span.end for span in spans):
                outside += 1
    return outside


def narrated_cases(story: Story, found: Sequence[Match]) -> list[tuple[Story, list[Match], str, str]]:
    """Exercise 03.3's cases: the story's most frequent variants (up to three), so that the check
    tries labels the story really uses, quoted and not."""
    tally: dict[tuple[str, str], int] = {}
    for match in found:
        tally[(match.family, match.variant)] = tally.get((match.family, match.variant), 0) + 1
    common = sorted(tally, key=lambda pair: (-tally[pair], pair))[:CASES]
    return [(story, list(found), family, variant) for family, variant in common]


# --- 04 casualty figures -------------------------------------------------------------------


def toll_days(story: Story) -> tuple[date, ...]:
    """Exercise 04.2's two days: when the story's first article and its last article appeared;
    none when the story has no article or no official death toll (the exercise is skipped)."""
    if not story.articles or not tolls.facts(story):
        return ()
    published = sorted(article.published for article in story.articles)
    return published[0], published[-1]


def tolls_on(story: Story, days: Sequence[date]) -> tuple[int | None, ...]:
    """Exercise 04.2: the official death toll in force on each of ``days`` (None before the first)."""
    result = []
    for day in days:
        before = [fact for fact in story.reference if fact.kind == "killed" and fact.date <= day]
        # of two facts on the same day, the one listed later replaces the other
        latest = max(range(len(before)), key=lambda i: (before[i].date, i), default=None)
        result.append(None if latest is None else before[latest].value)
    return tuple(result)


def first_day_it_holds(story: Story, row: FigureRow) -> str | None:
    """Exercise 04.3: the first day of :func:`framekit.figures.tolls.days` on which the official
    death toll lies in the row's interval (``low``..``high``, None being open), as "YYYY-MM-DD"."""
    holding = [day for day in tolls.days(story)
               if (toll := tolls.official(story, day)) is not None and contains(row["low"], row["high"], toll.value)]
    return holding[0].isoformat() if holding else None


def interval_cases(story: Story, rows: Sequence[FigureRow]) -> list[tuple[Story, dict]]:
    """Exercise 04.3's cases: the story's first two figures of the dead, then two made-up ones
    from its final death toll T: "up to T/3" and "at least T + 6" (which never holds, unless
    the toll rises that far)."""
    facts = tolls.facts(story)
    if not facts:
        return []
    dead = [row for row in rows if row["category"] == "killed"][:2]
    final = facts[-1].value
    made_up = [{"low": None, "high": final // 3}, {"low": final + 6, "high": None}]
    return [(story, dict(row)) for row in dead + made_up]


def own_voice(rows: Sequence[FigureRow]) -> dict[str, str | None]:
    """Exercise 04.4: article id -> the hedge of its figure given with no source (in the outlet's
    own voice); of several in one article, the last one."""
    result = {}
    for row in rows:
        if row["source"] is None:
            result[row["article"]] = row["hedge"]
    return result


def reference_sites(story: Story) -> list[str]:
    """Exercise 04.7: the site (host name, lower case, without a leading "www.") of the page each
    reference fact cites, in the order of ``story.reference``: where the kit copied the number
    from, as against ``fact.source``, who published it."""
    sites = []
    for fact in story.reference:
        host = (urlparse(fact.url).hostname or "").lower()
        sites.append(host.removeprefix("www."))
    return sites


# --- 05 tone -------------------------------------------------------------------------------


def scoring_words(sentence: str) -> list[str]:
    """Exercise 05.1: the words (or phrases such as "not good") that TextBlob scored in
    ``sentence`` with a polarity other than 0, in the order it found them, repeats kept."""
    return [words for words, polarity in assessments(sentence) if polarity != 0]


def scoring_cases(tones: Sequence[SentenceTone]) -> list[tuple[str]]:
    """Exercise 05.1's sentences: the story's sentence with the most scored words, one with a
    phrase of two words or more if there is one (a negation, an intensifier), and one with none."""
    if not tones:
        return []
    richest = max(tones, key=lambda tone: len(scoring_words(tone.text)))
    phrase = next((tone for tone in tones if any(" " in words for words in scoring_words(tone.text))), None)
    silent = next((tone for tone in tones if not scoring_words(tone.text)), None)
    chosen = [richest.text] + [tone.text for tone in (phrase, silent) if tone is not None and tone.text != richest.text]
    return [(text,) for text in dict.fromkeys(chosen)][:CASES]


def narrated_means(tones: Sequence[SentenceTone]) -> dict[str, float]:
    """Exercise 05.2: article id -> the mean polarity of its narrated sentences (voice
    "narrated"), for the articles that have any; sentences scored 0 count."""
    total: dict[str, float] = {}
    count: dict[str, int] = {}
    for tone in tones:
        if tone.voice == "narrated":
            total[tone.article] = total.get(tone.article, 0.0) + tone.polarity
            count[tone.article] = count.get(tone.article, 0) + 1
    return {article: total[article] / count[article] for article in total}


def most_positive_text(tones: Sequence[SentenceTone], article: str) -> str | None:
    """Exercise 05.3: the text of the sentence of ``article`` with the highest polarity; of
    sentences with the same, the first; None when the article has no sentence."""
    of_article = [tone for tone in tones if tone.article == article]
    if not of_article:
        return None
    top = max(tone.polarity for tone in of_article)
    return next(tone.text for tone in of_article if tone.polarity == top)


# --- 06 framing profile --------------------------------------------------------------------


def top_voices(story: Story, rows: Sequence[QuoteRow]) -> dict[str, str | None]:
    """Exercise 06.2: article id -> the speaker with the most quoted words in it (of equal
    counts, the one whose words come first), None for an article that quotes nobody."""
    result: dict[str, str | None] = {}
    for article_id, counted in quoted_words(story, rows).items():
        most = max(counted.values(), default=0)
        result[article_id] = next((who for who, n in counted.items() if n == most), None) if most else None
    return result


def most_negative_narration(tones: Sequence[SentenceTone]) -> str | None:
    """Exercise 06.3: the article whose narrated sentences have the lowest mean polarity (of
    equal means, the first), None when no article has a narrated sentence."""
    means = narrated_means(tones)
    return min(means, key=means.get) if means else None


def fact_share(story: Story, article_id: str) -> float:
    """Exercise 06.4: the share (0 to 1) of the checklist's facts that the article states; 0 for
    a story with no checklist."""
    rows = story.annotations.get("facts.csv", ())
    checklist = {row["fact"] for row in rows}
    stated = {row["fact"] for row in rows if row["article"] == article_id}
    return len(stated) / len(checklist) if checklist else 0.0


def fact_share_cases(story: Story) -> list[tuple[Story, str]]:
    """Exercise 06.4's arguments: the story with each of its first articles."""
    return [(story, article.id) for article in story.articles[:CASES]]
