"""Who is quoted, how much, and who is left out (lesson 02).

Every function here takes quote rows (:class:`~framekit.story.rows.QuoteRow`), as
:func:`framekit.quotes.extraction.quote_rows` gives them from either source, the extractor or
the hand annotation (``annotations/quotes.csv``). So a lesson can ask each question of both
and show where they differ. :func:`statements` keeps the rows that are statements of their
own, for counting verbs (:mod:`framekit.quotes.verbs`) and relays (:mod:`framekit.quotes.chains`).

Outlets spell one person several ways ("Sergei" and "Sergey Shoigu", "Sébastien" and
"Sebastien Lecornu"); :func:`speaker_labels` groups such spellings under one label so that
a speaker can be followed across articles.
"""

from __future__ import annotations

import bisect
import heapq

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from framekit.language.text import words
from framekit.story.model import Story
from framekit.story.rows import QuoteRow

SPEECH = ("direct", "indirect")


def _fold(name: str) -> str:
    """Without accents and honorifics, with one kind of apostrophe: "Mr. Sébastien" -> "Sebastien"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = plain.replace("’", "'")
    parts = [part for part in plain.split() if part not in ("Mr.", "Mrs.", "Ms.", "Dr.")]
    return " ".join(parts)


def _key(name: str) -> str:
    """A full name (all words capitalised) is keyed by first initial and surname, so that
    transliterations ("Sergei"/"Sergey") meet; any other phrase by itself, in lower case."""
    parts = _fold(name).split()
    if len(parts) >= 2 and all(part[0].isupper() for part in parts):
        return f"{parts[0][0]} {parts[-1]}".lower()
    return " ".join(parts).lower()


def speaker_labels(names: Iterable[str | None]) -> dict[str, str]:
    """Each speaker name -> one label for every spelling of the same speaker.

    The label is the spelling used most often (the first in alphabetical order on a tie). A
    bare surname joins the full name when exactly one full name has that surname.
    """
    counts = Counter(name for name in names if name)
    keys = {name: _key(name) for name in counts}
    surnames = defaultdict(set)
    for key in keys.values():
        if " " in key:
            surnames[key.split()[-1]].add(key)
    for name, key in keys.items():
        if " " not in key and len(surnames.get(key, ())) == 1:
            keys[name] = next(iter(surnames[key]))
    spellings = defaultdict(list)
    for name, key in keys.items():
        spellings[key].append(name)
    label = {key: min(group, key=lambda n: (-counts[n], n)) for key, group in spellings.items()}
    return {name: label[key] for name, key in keys.items()}


def labelled(rows: Sequence[QuoteRow]) -> list[QuoteRow]:
    """``rows`` with each speaker replaced by its label from :func:`speaker_labels`."""
    labels = speaker_labels(row["speaker"] for row in rows)
    return [{**row, "speaker": labels.get(row["speaker"], row["speaker"])} for row in rows]


def speakers(rows: Sequence[QuoteRow]) -> list[str]:
    """The labelled speakers of ``rows``, the one with most statements first."""
    counts = Counter(row["speaker"] for row in labelled(rows) if row["kind"] in SPEECH and row["speaker"])
    return [who for who, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def quoted_words(story: Story, rows: Sequence[QuoteRow]) -> dict[str, Counter]:
    """Article id -> number of quoted words per speaker (labelled).

    A word inside two quotes (a partial quote inside reported speech, a statement relayed
    inside an agency's words) counts once, for the innermost quote: the words reported as
    that speaker's own. Terms are not speech and do not count.
    """
    by_article: dict[str, list[QuoteRow]] = {}
    for row in labelled(rows):
        if row["kind"] in SPEECH:
            by_article.setdefault(str(row["article"]), []).append(row)
    return {article.id: _owners(article.body, by_article.get(article.id, [])) for article in story.articles}


def _owners(body: str, speech: list[QuoteRow]) -> Counter:
    """Quoted words per speaker in one article, each word counted for the shortest quote that
    holds it. One pass over the words, with the quotes open at each word in a heap by length:
    linear in the words and quotes (times a logarithm), however many quotes nest."""
    found = words(body)
    starts, ends = [w.start for w in found], [w.end for w in found]
    opening: dict[int, list[tuple[int, int, int, str]]] = {}  # first word -> (length, row order, last word, speaker)
    for order, row in enumerate(speech):
        first, last = bisect.bisect_left(starts, row["start"]), bisect.bisect_right(ends, row["end"]) - 1
        if first <= last:
            opening.setdefault(first, []).append((row["end"] - row["start"], order, last, str(row["speaker"])))
    counts: Counter = Counter()
    open_quotes: list[tuple[int, int, int, str]] = []
    for index in range(len(found)):
        for quote in opening.get(index, ()):
            heapq.heappush(open_quotes, quote)
        while open_quotes and open_quotes[0][2] < index:
            heapq.heappop(open_quotes)  # the shortest open quote ended before this word
        if open_quotes:
            counts[open_quotes[0][3]] += 1
    return counts


def quoted_shares(story: Story, rows: Sequence[QuoteRow]) -> dict[str, dict[str, float]]:
    """Article id -> each speaker's share (0 to 1) of the article's quoted words."""
    shares = {}
    for article_id, counts in quoted_words(story, rows).items():
        total = sum(counts.values())
        shares[article_id] = {who: n / total for who, n in counts.most_common()} if total else {}
    return shares


def speakers_by_article(story: Story, rows: Sequence[QuoteRow]) -> dict[str, list[str]]:
    """Article id -> the labelled speakers it quotes, most quoted words first."""
    return {article_id: [who for who, _ in counts.most_common()] for article_id, counts in quoted_words(story, rows).items()}


def left_out(story: Story, rows: Sequence[QuoteRow], quoted_in_at_least: int = 2) -> dict[str, list[str]]:
    """Article id -> speakers that at least ``quoted_in_at_least`` other articles quote and this one does not.

    The default, two, keeps the voices the story's coverage shares and drops one-off
    sources; set it to 1 to see every voice an article does without.
    """
    quoted = speakers_by_article(story, rows)
    reach = Counter(who for speakers in quoted.values() for who in speakers)
    return {
        article_id: sorted(who for who, n in reach.items() if who not in speakers and n >= quoted_in_at_least)
        for article_id, speakers in quoted.items()
    }


def statements(rows: Sequence[QuoteRow]) -> list[QuoteRow]:
    """The speech rows that are statements of their own, speakers labelled.

    A partial quote inside reported speech with the same speaker and verb ("adding that any
    suggestions … were “ridiculous”") is part of that one statement, not a second one.
    """
    speech = [row for row in labelled(rows) if row["kind"] in SPEECH]
    wrapped = _wrapped(speech)
    return [row for index, row in enumerate(speech) if index not in wrapped]


def _wrapped(speech: list[QuoteRow]) -> set[int]:
    """Indexes of the rows that another row of the same article, speaker and verb contains
    (a longer span around it). Rows are sorted once by where they start: the row reaching
    furthest among those that start no later is the only one that can contain the next, so
    the story is read in n log n, not by comparing every pair."""
    groups: dict[tuple, list[int]] = {}
    for index, row in enumerate(speech):
        groups.setdefault((row["article"], row["speaker"], row["cue"]), []).append(index)
    wrapped = set()
    for members in groups.values():
        widest: tuple[int, int] | None = None  # (start, end) of the row reaching furthest so far
        for index in sorted(members, key=lambda i: (speech[i]["start"], -speech[i]["end"])):
            span = (speech[index]["start"], speech[index]["end"])
            if widest is not None and widest[1] >= span[1] and widest != span:
                wrapped.add(index)
            if widest is None or span[1] > widest[1]:
                widest = span
    return wrapped


def mixed_paragraph(story: Story, rows: Sequence[QuoteRow]) -> tuple[str, int] | None:
    """The paragraph that mixes the most kinds of quotation (direct, indirect, term), then holds
    the most rows, as (article id, paragraph index); None when no row falls in a paragraph.
    Lessons show it to tell the kinds apart on one piece of text of the story at hand."""
    found: dict[tuple[str, int], list[str]] = {}
    by_article: dict[str, list[QuoteRow]] = {}
    for row in rows:
        by_article.setdefault(str(row["article"]), []).append(row)
    for article in story.articles:
        starts = [paragraph.start for paragraph in article.paragraphs]
        for row in by_article.get(article.id, []):
            index = bisect.bisect_right(starts, int(row["start"])) - 1
            if index >= 0 and int(row["start"]) < article.paragraphs[index].end:
                found.setdefault((article.id, index), []).append(str(row["kind"]))
    if not found:
        return None
    return max(found, key=lambda place: (len(set(found[place])), len(found[place])))
