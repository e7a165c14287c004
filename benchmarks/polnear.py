"""PolNeAR as a framekit story, and framekit's quote extractor scored against its attributions.

PolNeAR (Newell, Margolin & Ruths, LREC 2018; github.com/networkdynamics/PolNeAR) is a corpus
of US political news articles whose attributions were annotated by hand: a ``Source`` (who),
a ``Cue`` (the verb) and a ``Content`` (what), as BRAT standoff files. This module reads one
split of a local copy and turns it into framekit's story format (``data/README.md``), so that
the extractor runs on it exactly as on a kit story, then scores the extractor against it.
The command is :mod:`benchmarks.bench_polnear`.

What the conversion decides, so that the numbers can be read:

- **One annotator per article**: a few articles were annotated by several annotators; the
  lowest annotator id (the file name's suffix) is used, so that runs agree.
- **The headline** (the text file's first line) goes to the front matter, as in the kit's own
  stories; annotated spans inside it are dropped and counted.
- **Direct** gold quotes: each stretch inside quotation marks (“…”, "…" and the NYT archive's
  ''…'') that a Content covers, without the marks: one row per quotation, so "“A,” he said,
  “B.”" gives two. **Indirect**: a Content whose words stand at least partly outside
  quotation marks, one row per piece of it; a Content that mixes its own words with quoted
  ones is an indirect row holding direct ones, the kit's own rule (``data/README.md``).
  PolNeAR itself does not tell direct from indirect: the quotation marks decide.
- **Speaker**: the Source's text; an attribution without one is kept with the speaker
  ``(no source)``, and a predicted speaker counts as right for it only when there is none.
- **Size**: framekit refuses story files over 2 MB, so a split whose quotes.csv would be
  larger (train) is written as several stories, ``part-1``, ``part-2``…, in one folder.

The PolNeAR texts are copyrighted and not redistributed: the story folders are written to a
folder of the user's choice (a temporary one by default) and must not be shared.
"""

from __future__ import annotations

import bisect
import csv
import io
import random
import re
import shutil
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from framekit.language.sentences import sentences
from framekit.story.load import check_story
from framekit.story.model import Story
from framekit.story.rows import QUOTE_COLUMNS, QuoteRow
from framekit.teach.evaluate import Score

SPLITS = ("train", "dev", "test")
PUBLISHERS = {
    "breitbart": "Breitbart", "huff-post": "Huffington Post", "nyt": "New York Times", "politico": "Politico",
    "usa-today": "USA Today", "wash-post": "Washington Post", "west-journal": "Western Journalism",
}
NO_SOURCE = "(no source)"
SPEAKER_KINDS = ("name", "pronoun, named chain", "pronoun, no name", "description", "no source")
# Gold speakers a found speaker cannot be checked against: a pronoun whose coreference chain
# names nobody, and an attribution without a Source.
UNCHECKABLE = frozenset(("pronoun, no name", "no source"))
PRONOUNS = frozenset(
    "i me my we us our you your he him his she her they them their it its this that these those who one".split()
)
DROPPED = frozenset(  # titles, articles and a reflexive after a name ("Cruz himself"), left out when names are compared
    """mr mrs ms miss dr rep sen gov gen president vice senator governor representative former jr sr ii iii iv the a an
    himself herself themselves itself""".split()
)
Fragment = tuple[int, int]  # start and end offsets into a PolNeAR text file


HOW_TO_GET = "clone https://github.com/networkdynamics/PolNeAR and pass the path of the clone"


class PolnearError(Exception):
    """A path that does not hold PolNeAR, or a split it lacks; the message is one line."""


# --- reading PolNeAR --------------------------------------------------------------------


@dataclass(frozen=True)
class Attribution:
    """One annotated attribution: the pieces of its source, cue and content, as text offsets."""

    source: tuple[Fragment, ...]
    cue: tuple[Fragment, ...]
    content: tuple[Fragment, ...]


@dataclass(frozen=True)
class Parse:
    """What the benchmark reads of CoreNLP's analysis: where each proper noun (a token tagged NNP
    or NNPS) starts, and the coreference chains, each a list of mention spans (offsets into the
    text file)."""

    proper_nouns: tuple[int, ...]
    chains: tuple[tuple[Fragment, ...], ...]

    def has_proper_noun(self, start: int, end: int) -> bool:
        """Whether a proper noun starts within ``start:end``."""
        index = bisect.bisect_left(self.proper_nouns, start)
        return index < len(self.proper_nouns) and self.proper_nouns[index] < end

    def chain_of(self, start: int, end: int) -> tuple[Fragment, ...]:
        """The mentions of the chain that refers to the phrase at ``start:end``, or none.

        The phrase's mention is the one that covers at least half of it or ends where it ends
        (an English noun phrase ends with its head: "aides to Mr. Trump" is not Mr. Trump's)."""
        best, best_overlap = (), 0
        for chain in self.chains:
            for m_start, m_end in chain:
                overlap = min(end, m_end) - max(start, m_start)
                if overlap > best_overlap and (2 * overlap >= end - start or m_end == end):
                    best, best_overlap = chain, overlap
        return best


@dataclass(frozen=True)
class PolnearArticle:
    """One PolNeAR article: its metadata, text, the chosen annotator's attributions, its parse."""

    id: str
    publisher: str
    published: date
    title: str
    author: str
    text: str
    annotator: str
    annotators: tuple[str, ...]
    attributions: tuple[Attribution, ...]
    parse: Parse | None


def data_folder(root: Path) -> Path:
    """The ``data`` folder of a PolNeAR copy given its top folder (or the data folder itself)."""
    for candidate in (Path(root) / "data", Path(root)):
        if (candidate / "metadata.tsv").is_file():
            return candidate
    if not Path(root).exists():
        raise PolnearError(f"{root}: no such folder; {HOW_TO_GET}")
    raise PolnearError(f"{root} is not a copy of PolNeAR (it has no data/metadata.tsv); {HOW_TO_GET}")


def read_split(root: Path, split: str) -> list[PolnearArticle]:
    """Every article of ``split`` (train, dev or test) of the PolNeAR copy at ``root``, in name order."""
    data = data_folder(root)
    folder = data / split
    if split not in SPLITS or not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
        raise PolnearError(f"{root}: no {split} split (no {folder}/text or {folder}/attributions); {HOW_TO_GET}")
    metadata = read_metadata(data / "metadata.tsv")
    annotators: dict[str, list[str]] = {}
    for path in (folder / "attributions").glob("*.ann"):
        name, _, annotator = path.stem.rpartition("_")
        annotators.setdefault(name, []).append(annotator)
    return [
        read_article(folder, path.stem, metadata.get(path.stem, {}), sorted(annotators.get(path.stem, [])))
        for path in sorted((folder / "text").glob("*.txt"))
    ]


def read_metadata(path: Path) -> dict[str, dict[str, str]]:
    """metadata.tsv's rows by article file name."""
    with path.open(encoding="utf-8", newline="") as file:
        return {row["filename"]: row for row in csv.DictReader(file, delimiter="\t")}


def read_article(folder: Path, name: str, meta: dict[str, str], annotators: list[str]) -> PolnearArticle:
    """One article of a split folder; the attributions are those of the lowest annotator id."""
    text = (folder / "text" / f"{name}.txt").read_text(encoding="utf-8")
    annotator = annotators[0] if annotators else ""
    ann = folder / "attributions" / f"{name}_{annotator}.ann"
    attributions = read_brat(ann.read_text(encoding="utf-8")) if annotator else ()
    corenlp = folder / "corenlp" / f"{name}.txt.xml"
    publisher = meta.get("publisher") or name.split("_")[0]
    published = meta.get("publication_date") or name.split("_")[1]
    return PolnearArticle(
        name, publisher, date.fromisoformat(published), meta.get("title", ""), meta.get("author", ""), text,
        annotator, tuple(annotators), attributions, read_corenlp(corenlp) if corenlp.is_file() else None,
    )


_TEXT_BOUND = re.compile(r"^(T\d+)\t\S+ ([\d ;]+)\t", re.MULTILINE)
_EVENT = re.compile(r"^E\d+\t(.*)$", re.MULTILINE)


def read_brat(ann: str) -> tuple[Attribution, ...]:
    """The attributions of a BRAT standoff file, in the order of their events.

    Only the offsets are read (``T1\\tSource 89 106\\t…``; ``381 507;601 662`` is a span in two
    pieces): the text after them may run over several lines. ``Content2`` is more content;
    notes, ``Discuss`` and ``Discard`` spans belong to no event and are left out."""
    spans = {
        match.group(1): tuple(tuple(map(int, piece.split())) for piece in match.group(2).split(";"))
        for match in _TEXT_BOUND.finditer(ann)
    }
    attributions = []
    for match in _EVENT.finditer(ann):
        roles: dict[str, list[Fragment]] = {"Source": [], "Cue": [], "Content": []}
        for argument in match.group(1).split():
            role, _, span_id = argument.partition(":")
            role = "Content" if role.startswith("Content") else role
            if role in roles and span_id in spans:
                roles[role] += spans[span_id]
        if roles["Content"]:
            attributions.append(Attribution(*(tuple(sorted(roles[r])) for r in ("Source", "Cue", "Content"))))
    return tuple(attributions)


_SENTENCE = re.compile(r'<sentence id="\d+">(.*?)</tokens>', re.DOTALL)
_TOKEN = re.compile(
    r"<CharacterOffsetBegin>(\d+)</CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)</CharacterOffsetEnd>\s*<POS>([^<]*)</POS>"
)
_CHAIN = re.compile(r"<coreference>\s*(<mention.*?)</coreference>", re.DOTALL)
_MENTION = re.compile(r"<sentence>(\d+)</sentence>\s*<start>(\d+)</start>\s*<end>(\d+)</end>")


def read_corenlp(path: Path) -> Parse | None:
    """The proper nouns and coreference chains of a CoreNLP XML file, or None when it cannot be read.

    Read with regular expressions rather than an XML parser: the files are large (parse trees,
    dependencies) and regular, and this reads the few fields needed about ten times faster."""
    try:
        xml = path.read_text(encoding="utf-8")
        by_sentence = [[(int(b), int(e), pos) for b, e, pos in _TOKEN.findall(s)] for s in _SENTENCE.findall(xml)]
        chains = []
        for chain in _CHAIN.findall(xml):
            mentions = []
            for sentence, start, end in _MENTION.findall(chain):
                tokens = by_sentence[int(sentence) - 1]
                mentions.append((tokens[int(start) - 1][0], tokens[int(end) - 2][1]))  # 1-based, end exclusive
            chains.append(tuple(mentions))
    except (OSError, UnicodeDecodeError, IndexError):
        return None
    proper = sorted(start for tokens in by_sentence for start, _, pos in tokens if pos.startswith("NNP"))
    return Parse(tuple(proper), tuple(chains))


# --- gold quotes ------------------------------------------------------------------------

_MARK = re.compile(r"''|[“”\"]")
_WORD = re.compile(r"\w")


def quoted_stretches(text: str) -> list[Fragment]:
    """The spans inside quotation marks, without the marks: “…”, "…" and the NYT archive's ''…''.

    Written independently of framekit's own quote finder, so that the gold does not copy it.
    Marks pair within a line (a paragraph); any double mark closes an open quotation (writers
    mix them: "work-related” emails), except a “ followed by a letter; a ” after a space and
    before a letter opens one (a mark typed the wrong way round); a quotation left open runs to
    the end of the line, the convention for a quotation that goes on in the next paragraph."""
    stretches = []
    position = 0
    for line in text.split("\n"):
        opened = None
        for match in _MARK.finditer(line):
            mark, after = match.group(), line[match.end() : match.end() + 1]
            before = line[match.start() - 1 : match.start()] if match.start() else " "
            if opened is None:
                wrong_way = mark == "”" and before.isspace() and after.isalnum()
                if mark != "”" or wrong_way:
                    opened = match.end()
            elif not (mark == "“" and after.isalnum()):
                stretches.append((position + opened, position + match.start()))
                opened = None
        if opened is not None:
            stretches.append((position + opened, position + len(line)))
        position += len(line) + 1
    return stretches


@dataclass(frozen=True)
class Gold:
    """One gold quote: its row (offsets into the framekit body), every name its speaker goes by
    (the Source's text, then each mention of the Source's coreference chain) and its kind."""

    row: QuoteRow
    names: tuple[str, ...]
    speaker_kind: str


def gold_quotes(article: PolnearArticle, body_start: int, body_end: int) -> list[Gold]:
    """The gold quotes of ``article`` that lie in ``text[body_start:body_end]``, the part that is
    the framekit body; offsets are shifted to index that body."""
    text, stretches = article.text, quoted_stretches(article.text)
    quotes = []
    for attribution in article.attributions:
        content = [piece for piece in (_clip(f, body_start, body_end) for f in attribution.content) if piece]
        direct = [piece for stretch in stretches if (piece := _inside(text, content, stretch))]
        outside = any(_WORD.search(text[a:b]) for f in content for a, b in _minus(f, stretches))
        indirect = [piece for f in content if (piece := _trim(text, f))] if outside else []
        speaker, names, kind = _speaker(article, attribution)
        cue = _joined(text, attribution.cue) or None
        for kind_name, pieces in (("direct", direct), ("indirect", indirect)):
            for start, end in pieces:
                row = QuoteRow(article=article.id, speaker=speaker, text=text[start:end], kind=kind_name, cue=cue,
                               via=None, start=start - body_start, end=end - body_start)
                quotes.append(Gold(row, names, kind))
    return quotes


def _speaker(article: PolnearArticle, attribution: Attribution) -> tuple[str, tuple[str, ...], str]:
    """(the speaker's text, every name it goes by, its kind: see :func:`speaker_kind`).

    The names are the Source and the mentions of its chain but the chain's pronouns: a found
    "he" names nobody, and every chain of a man holds one."""
    if not attribution.source:
        return NO_SOURCE, (), "no source"
    pieces = attribution.cue if _swapped(article.text, attribution) else attribution.source
    source = _joined(article.text, pieces)
    span = pieces[0][0], pieces[-1][1]
    chain = article.parse.chain_of(*span) if article.parse else ()
    mentions = (_joined(article.text, [mention]) for mention in chain)
    names = (source, *(mention for mention in mentions if not _is_pronoun(mention)), *_titled(article.text, source))
    return source, names, speaker_kind(source, span, chain, article.parse)


# How a title is written before a name ("Sen. Jane Roe"), for a Source of titles only.
_TITLE_FORMS = {"president": r"(?:President|Pres\.)", "senator": r"(?:Senator|Sen\.)", "governor": r"(?:Governor|Gov\.)",
                "representative": r"(?:Representative|Rep\.)", "vice": "Vice", "former": "[Ff]ormer"}


def _titled(text: str, source: str) -> list[str]:
    """For a Source of titles only ("the president", "the senator"), the names the article writes
    with those titles ("President Barack Obama" → "Barack Obama"; not "former President Bill
    Clinton" for "the president"): the people the description can stand for, by the article's
    own words, where CoreNLP's chain often holds no name. Other Sources: none."""
    words = _title_words(source)
    if _normalised(source) or not words or not all(word in _TITLE_FORMS for word in words):
        return []
    before = "" if words[0] in ("former", "vice") else r"(?<![Ff]ormer )(?<!Vice )(?<!-)"
    title = r"\s+".join(_TITLE_FORMS[word] for word in words)
    pattern = re.compile(rf"{before}\b{title}\s+((?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+)")
    return list(dict.fromkeys(match.group(1) for match in pattern.finditer(text)))


# Words that open a reporting clause's verb or "according to": a Source that opens with one of
# them is the annotator's slip when the Cue is the name (the benchmark's own short list, not the
# extractor's, so that the extractor does not decide what it is scored on).
_REPORTING_WORDS = frozenset(
    "said says say told tells added adds asked asks wrote writes stated states noted notes advised advises according".split()
)


def _swapped(text: str, attribution: Attribution) -> bool:
    """Whether the annotator swapped the labels of Source and Cue: the Source is a reporting
    verb ("said", "said in a statement", "According to") and the Cue is a name or a pronoun
    with no reporting word in it ("Hester" in "…,” said Hester."). About one attribution in
    two thousand; read with the two swapped, the speaker is the name, as a reader takes it."""
    source, cue = _joined(text, attribution.source).split(), _joined(text, attribution.cue).split()
    if not source or not cue or source[0].lower() not in _REPORTING_WORDS:
        return False
    if any(word.lower().strip(",.:") in _REPORTING_WORDS for word in cue):
        return False
    return cue[0][:1].isupper() or cue[0].lower() in PRONOUNS


def speaker_kind(source: str, span: Fragment, chain: Sequence[Fragment], parse: Parse | None) -> str:
    """What the gold speaker is: "name" when the Source or its coreference chain has a proper
    noun; a pronoun (he, they) as "pronoun, named chain" when its chain has one and "pronoun,
    no name" when not (these two are apart from "name" because they need resolving); else
    "description" ("a spokeswoman", "officials"). Without a CoreNLP file, a capitalised word
    stands in for a proper noun."""
    named_chain = parse is not None and any(parse.has_proper_noun(*mention) for mention in chain)
    words = _normalised(source)
    if _is_pronoun(source):
        return "pronoun, named chain" if named_chain else "pronoun, no name"
    own = parse.has_proper_noun(*span) if parse else any(capital for _, capital in words)
    return "name" if own or named_chain else "description"


def _is_pronoun(phrase: str) -> bool:
    """Whether ``phrase`` is pronouns only: "he", "they", "his"."""
    words = _normalised(phrase)
    return bool(words) and all(word in PRONOUNS for word, _ in words)


def _inside(text: str, content: Sequence[Fragment], stretch: Fragment) -> Fragment | None:
    """The part of a quoted stretch that ``content`` covers, from its first word to its last:
    one quotation makes one row even when PolNeAR cut its content in pieces (around a nested
    attribution, say); None when the content has no word in it."""
    pieces = [piece for fragment in content if (piece := _trim(text, _clip(fragment, *stretch)))]
    return (pieces[0][0], pieces[-1][1]) if pieces else None


def _clip(piece: Fragment, start: int, end: int) -> Fragment | None:
    """The part of ``piece`` within ``start:end``, or None."""
    clipped = (max(piece[0], start), min(piece[1], end))
    return clipped if clipped[0] < clipped[1] else None


def _trim(text: str, piece: Fragment | None) -> Fragment | None:
    """``piece`` without surrounding spaces, or None when it holds no word character."""
    if piece is None or not _WORD.search(text[piece[0] : piece[1]]):
        return None
    start, end = piece
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return start, end


def _minus(piece: Fragment, stretches: Sequence[Fragment]) -> list[Fragment]:
    """The parts of ``piece`` outside every stretch (stretches come in text order, apart)."""
    parts, position = [], piece[0]
    for start, end in stretches:
        if start < piece[1] and end > position:
            parts.append((position, max(position, start - 1)))  # up to the opening mark
            position = end + 1  # after the closing mark (two characters for '': a stray ' is no word)
    parts.append((position, piece[1]))
    return [(a, b) for a, b in parts if a < b]


def _joined(text: str, pieces: Iterable[Fragment]) -> str:
    """The text of ``pieces``, one space between them and inside them where lines or spaces run."""
    return " ".join(" ".join(text[a:b].split()) for a, b in pieces)


# --- converting to a framekit story -------------------------------------------------------

MAX_CSV_BYTES = 1_900_000  # framekit refuses story files over 2 MB (story.files.MAX_FILE_BYTES)
MARKER = ".polnear-benchmark"  # marks a folder this module wrote, so that a new run may replace it


@dataclass(frozen=True)
class Converted:
    """One article ready to write: its framekit body, its gold quotes (offsets into that body)
    and how many gold quotes its headline held."""

    article: PolnearArticle
    body: str
    gold: tuple[Gold, ...]
    in_headline: int


@dataclass(frozen=True)
class Conversion:
    """A split written as story folders (one, or parts when the gold is over 2 MB), its gold
    quotes, and what the conversion left out."""

    split: str
    paths: tuple[Path, ...]
    articles: tuple[Converted, ...]

    @property
    def gold(self) -> list[Gold]:
        """Every gold quote of the split, article by article."""
        return [gold for converted in self.articles for gold in converted.gold]

    @property
    def publishers(self) -> dict[str, str]:
        """Each article's publisher code, by article id."""
        return {c.article.id: c.article.publisher for c in self.articles}

    def notes(self) -> list[str]:
        """What a reader of the scores should know about this conversion."""
        articles = [c.article for c in self.articles]
        several = sum(1 for a in articles if len(a.annotators) > 1)
        no_parse = sum(1 for a in articles if a.parse is None)
        kinds = Counter(g.row["kind"] for g in self.gold)
        in_headlines = sum(c.in_headline for c in self.articles)
        notes = [
            (f"{len(articles)} articles; annotator: the lowest id of those who annotated each article "
             f"({several} had several)"),
            (f"gold: {kinds['direct']} direct, {kinds['indirect']} indirect; {in_headlines} gold spans in "
             "headlines left out (the headline goes to the front matter)"),
        ]
        if len(self.paths) > 1:
            notes.append(f"written as {len(self.paths)} stories: framekit limits quotes.csv to 2 MB")
        if no_parse:
            notes.append(f"no CoreNLP file for {no_parse} article(s): their speakers are matched without coreference")
        return notes


def framekit_body(text: str) -> tuple[int, str]:
    """(where the body starts in ``text``, the body) as framekit reads an article: leading blank
    lines dropped and trailing whitespace removed (``story.files.split_front_matter``)."""
    start = 0
    for line in text.split("\n"):
        if line.strip():
            break
        start += len(line) + 1
    return start, text[start:].rstrip()


def headline_end(article: PolnearArticle) -> int:
    """Where the headline line ends when the text opens with the article's title, else 0."""
    first = article.text.split("\n", 1)[0]

    def simple(words: str) -> str:
        return " ".join(re.findall(r"\w+", words.lower()))

    return len(first) if article.title and simple(first) == simple(article.title) else 0


def convert_article(article: PolnearArticle) -> Converted:
    """The article's framekit body (its text without the headline line) and gold quotes,
    each checked: ``body[start:end] == text``."""
    cut = headline_end(article)
    offset, body = framekit_body(article.text[cut:])
    gold = gold_quotes(article, cut + offset, cut + offset + len(body))
    for quote in gold:
        row = quote.row
        assert body[row["start"] : row["end"]] == row["text"], f"{article.id}: offsets shifted"
    in_headline = len(gold_quotes(article, 0, cut)) if cut else 0
    return Converted(article, body, tuple(gold), in_headline)


def convert(root: Path, split: str, out: Path) -> Conversion:
    """Read ``split`` of the PolNeAR copy at ``root`` and write it as ``out/polnear-<split>``: one
    story folder, or a folder of stories ``part-1``, ``part-2``… when its quotes.csv would pass
    framekit's 2 MB limit (``framekit validate`` checks either).

    A folder of that name written by an earlier run is replaced; any other existing folder
    is refused with a PolnearError."""
    converted = [convert_article(article) for article in read_split(root, split)]
    folder = Path(out) / f"polnear-{split}"
    if folder.exists():
        if not (folder / MARKER).is_file():
            raise PolnearError(f"{folder} exists and was not written by this benchmark: choose another --out")
        shutil.rmtree(folder)
    groups = parts(converted, MAX_CSV_BYTES)
    if len(groups) == 1:
        paths = [write_story(groups[0], f"polnear-{split}", split, folder)]
    else:
        paths = [write_story(group, f"polnear-{split}-{n}", split, folder / f"part-{n}")
                 for n, group in enumerate(groups, start=1)]
    (folder / MARKER).write_text("written by benchmarks/polnear.py; PolNeAR texts: do not share\n", encoding="utf-8")
    return Conversion(split, tuple(paths), tuple(converted))


def parts(converted: Sequence[Converted], limit: int) -> list[list[Converted]]:
    """The articles in order, cut into runs whose quotes.csv stays under ``limit`` bytes."""
    groups: list[list[Converted]] = [[]]
    size = 0
    for item in converted:
        item_size = len(_quotes_csv([g.row for g in item.gold]).encode("utf-8"))
        if groups[-1] and size + item_size > limit:
            groups.append([])
            size = 0
        groups[-1].append(item)
        size += item_size
    return groups


def write_story(converted: Sequence[Converted], story_id: str, split: str, folder: Path) -> Path:
    """Write the articles as the story folder ``folder`` and check it with the checks of
    ``framekit validate``; a problem is a bug here, raised as an AssertionError."""
    (folder / "articles").mkdir(parents=True)
    (folder / "annotations").mkdir()
    _write_yaml(folder / "story.yaml", _story_meta([c.article for c in converted], story_id, split))
    for item in converted:
        front = _yaml(_front_matter(item.article, split))
        (folder / "articles" / f"{item.article.id}.md").write_text(f"---\n{front}---\n\n{item.body}\n", encoding="utf-8")
    rows = [gold.row for item in converted for gold in item.gold]
    (folder / "annotations" / "quotes.csv").write_text(QUOTES_HEADER + _quotes_csv(rows), encoding="utf-8")
    problems = check_story(folder)
    assert not problems, "the converted story does not validate:\n" + "\n".join(map(str, problems[:5]))
    return folder


def _story_meta(articles: Sequence[PolnearArticle], story_id: str, split: str) -> dict:
    first = min((a.published for a in articles), default=date(2016, 11, 8))
    return {
        "id": story_id,
        "title": f"PolNeAR, {split} split: US election coverage, 2015-2016",
        "event_date": first.isoformat(),
        "language": "en",
        "summary": (
            f"The {split} split of PolNeAR (Newell, Margolin and Ruths, LREC 2018), converted for "
            "framekit's quote benchmark. The texts are copyrighted: do not share this folder."
        ),
    }


def _front_matter(article: PolnearArticle, split: str) -> dict[str, str]:
    meta = {
        "id": article.id,
        "outlet": PUBLISHERS.get(article.publisher, article.publisher),
        "published": article.published.isoformat(),
        "headline": " ".join(article.title.split()),
        "byline": " ".join(article.author.split()),
        "notes": f"PolNeAR {split} split; attributions of annotator {article.annotator or '(none)'}.",
    }
    return {key: value for key, value in meta.items() if value and value != "None"}


def _yaml(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)


def _write_yaml(path: Path, data: dict) -> None:
    path.write_text(_yaml(data), encoding="utf-8")


QUOTES_HEADER = ",".join(QUOTE_COLUMNS) + "\n"


def _quotes_csv(rows: Sequence[QuoteRow]) -> str:
    """``rows`` as lines of annotations/quotes.csv, without the header."""
    lines = io.StringIO()
    writer = csv.writer(lines, lineterminator="\n")
    writer.writerows([row[column] if row[column] is not None else "" for column in QUOTE_COLUMNS] for row in rows)
    return lines.getvalue()


# --- matching ---------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\w+")


def token_spans(body: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of the body's word tokens (punctuation is not a token)."""
    tokens = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(body)]
    return [s for s, _ in tokens], [e for _, e in tokens]


def tokens_in(spans: tuple[list[int], list[int]], start: int, end: int) -> range:
    """The indices of the tokens that ``start:end`` touches."""
    starts, ends = spans
    return range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end))


def token_f1(a: range, b: range) -> float:
    """Token-level F1 of two spans given as token index ranges: shared tokens over their mean length."""
    shared = max(0, min(a.stop, b.stop) - max(a.start, b.start))
    return 2 * shared / (len(a) + len(b)) if shared else 0.0


def match(found: Sequence[QuoteRow], expected: Sequence[QuoteRow], bodies: dict[str, str]) -> list[tuple[int, int]]:
    """One-to-one pairs (index in found, index in expected) whose spans have token F1 of 0.5 or more,
    the best pairs first.

    Token F1 rather than the lessons' overlap rule (``framekit.teach.evaluate``: half of the
    shorter span), because PolNeAR's Content spans and the extractor's spans often differ in
    length (a whole "that …" clause against its first words): half of the shorter span would
    pair a few words with a long paragraph, token F1 asks both spans to agree on most words."""
    tokens = {article: token_spans(body) for article, body in bodies.items()}
    by_article: dict[str, list[int]] = {}
    for j, row in enumerate(expected):
        by_article.setdefault(row["article"], []).append(j)
    candidates = []
    for i, row in enumerate(found):
        spans = tokens[row["article"]]
        mine = tokens_in(spans, row["start"], row["end"])
        for j in by_article.get(row["article"], ()):
            f1 = token_f1(mine, tokens_in(spans, expected[j]["start"], expected[j]["end"]))
            if f1 >= 0.5:
                candidates.append((-f1, i, j))
    used_found, used_expected, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_found and j not in used_expected:
            used_found.add(i)
            used_expected.add(j)
            pairs.append((i, j))
    return pairs


# --- the speaker rule -------------------------------------------------------------------


def _normalised(name: str) -> list[tuple[str, bool]]:
    """The words of ``name`` in lower case, each with whether it was capitalised; without
    titles (Mr., Sen., President…), articles, a reflexive ("Cruz himself"), possessive 's,
    punctuation and a conjunction that opens it (an annotator's "But a source familiar with …")."""
    words = _words(name)
    if words and words[0].lower() in ("and", "but"):
        words = words[1:]
    kept = []
    for word in words:
        word = re.sub(r"'s?$", "", word).strip(".'-")
        if word and word.lower() not in DROPPED:
            kept.append((word.lower(), word[0].isupper()))
    return kept


def same_speaker(predicted: str, gold: str) -> bool:
    """Whether two names may name one person: equal once normalised (case, titles, possessive
    's), or ending in the same capitalised word, a last name, when the shorter one's words are
    all in the longer one: "Trump" and "Donald J. Trump", "Jane Roe" and "Deputy
    Mayor Jane Roe", not "Bill Clinton" and "Hillary Clinton". Jr., Sr., II, III and IV are
    dropped with the titles, so "Donald Trump" passes for Donald Trump Jr. (a rare confusion)
    and "Brent Bozell III" for Bozell."""
    a, b = _normalised(predicted), _normalised(gold)
    if not a and not b:  # titles only: "the senator" is "The senator", not "the governor"
        return _title_words(predicted) == _title_words(gold) != []
    if not a or not b:
        return False
    if [word for word, _ in a] == [word for word, _ in b]:
        return True
    shorter, longer = sorted(({word for word, _ in a}, {word for word, _ in b}), key=len)
    return a[-1] == b[-1] and a[-1][1] and shorter <= longer  # the same capitalised last word


def _title_words(name: str) -> list[str]:
    """The words of a name made of titles only, in lower case, without articles: "the vice
    president" → ["vice", "president"]."""
    words = [re.sub(r"'s?$", "", word.lower()) for word in _words(name)]
    return [word for word in words if word not in ("the", "a", "an")]


def _words(name: str) -> list[str]:
    """The words of a name as the scorer compares them, a curly apostrophe made straight."""
    return re.findall(r"\w[\w.'’-]*", name.replace("’", "'"))


_APPOSITION = re.compile(r",|\(|\)|\s[—–-]+\s|\s(?:of|at)\s|\s(?:who|which|whose|that)\s")
# A participle that opens a description's modifier: "a source involved in …", "an aide speaking on …".
_PARTICIPLE = re.compile(r"\s\w+(?:ed|ing)\s")


def name_parts(name: str, heads: bool = True) -> list[str]:
    """``name``, its parts between commas, brackets, dashes, "of", "at" and a relative pronoun
    ("who", "which", "whose", "that"), and the part before each of these and before a
    participle, so that a Source with an apposition ("Jane Roe, a professor of law at Yale"), a
    place ("Senator Roe of Ohio", "Jane Roe at the Ledger"), a relative clause ("a nurse who asked
    not to be named", "a message that precedes each rally") or a participle
    ("a source involved in the talks", "one of the aides, speaking on condition of anonymity")
    is matched by the name or the noun phrase alone, as the kit labels a speaker. The parts
    before a separator (``heads``) are taken of the annotated Source only: CoreNLP's mentions
    run on past a clause ("a crowd that cheered when Trump spoke"), and a participle's part
    needs two words ("a source", not "one")."""
    parts = [part.strip() for part in _APPOSITION.split(name)]
    before = [name[: m.start()].strip() for m in _APPOSITION.finditer(name)] if heads else []
    before += [head for m in _PARTICIPLE.finditer(name) if len((head := name[: m.start()].strip()).split()) > 1] if heads else []
    return list(dict.fromkeys(part for part in (name, *parts, *before) if part))


def speaker_right(predicted: str | None, gold: Gold) -> bool:
    """Whether the predicted speaker is the gold quote's: it names the Source or any mention of
    the Source's coreference chain ("Donald Trump" for "he" whose chain holds "Donald J.
    Trump"). For an attribution without a Source, right only when nothing was predicted."""
    if not gold.names:
        return not predicted
    names = [part for index, name in enumerate(gold.names) for part in name_parts(name, heads=index == 0)]
    return bool(predicted) and any(same_speaker(predicted, name) for name in names)


# --- scoring ----------------------------------------------------------------------------


@dataclass(frozen=True)
class KindResult:
    """The extractor's quotes of one kind against the gold of that kind: the matched pairs and,
    for each pair, whether the speaker is right."""

    found: tuple[QuoteRow, ...]
    gold: tuple[Gold, ...]
    pairs: tuple[tuple[int, int], ...]
    right: tuple[bool, ...]

    def score(self, articles: set[str] | None = None, speaker: bool = False) -> Score:
        """Matches (with the right speaker, if ``speaker``) against found and gold counts,
        within ``articles`` when given."""
        keep = (lambda article: True) if articles is None else articles.__contains__
        correct = sum(1 for (_, j), ok in zip(self.pairs, self.right, strict=True)
                      if keep(self.gold[j].row["article"]) and (ok or not speaker))
        found = sum(1 for row in self.found if keep(row["article"]))
        expected = sum(1 for g in self.gold if keep(g.row["article"]))
        return Score(correct, found, expected)

    def checkable_score(self) -> Score:
        """The speaker score on the gold whose speaker can be checked: without the gold quotes
        whose Source is a pronoun that CoreNLP's chain ties to no name, or that have no Source
        (:data:`UNCHECKABLE`), and without the found quotes matched to them. Reported beside the
        strict score, never instead of it: it shows how much of the gap is the gold's."""
        unchecked = {j for j, gold in enumerate(self.gold) if gold.speaker_kind in UNCHECKABLE}
        matched_away = sum(1 for _, j in self.pairs if j in unchecked)
        correct = sum(1 for (_, j), ok in zip(self.pairs, self.right, strict=True) if ok and j not in unchecked)
        return Score(correct, len(self.found) - matched_away, len(self.gold) - len(unchecked))

    def speaker_accuracy(self, kind: str | None = None, articles: set[str] | None = None) -> tuple[int, int]:
        """(right speakers, matched quotes), for gold speakers of ``kind`` and in ``articles`` if given."""
        chosen = [ok for (_, j), ok in zip(self.pairs, self.right, strict=True)
                  if (kind is None or self.gold[j].speaker_kind == kind)
                  and (articles is None or self.gold[j].row["article"] in articles)]
        return sum(chosen), len(chosen)


def score_kind(found: Sequence[QuoteRow], gold: Sequence[Gold], bodies: dict[str, str]) -> KindResult:
    """Match ``found`` against ``gold`` (one kind of quote) and check each matched speaker."""
    pairs = match(found, [g.row for g in gold], bodies)
    right = tuple(speaker_right(found[i]["speaker"], gold[j]) for i, j in pairs)
    return KindResult(tuple(found), tuple(gold), tuple(pairs), right)


@dataclass(frozen=True)
class SplitResult:
    """The benchmark's result for one split: what was scored and how fast the extractor ran."""

    conversion: Conversion
    stories: tuple[Story, ...]
    direct: KindResult
    indirect: KindResult
    cpu_seconds: float

    @property
    def bodies(self) -> dict[str, str]:
        """Each article's body, by article id."""
        return {article.id: article.body for story in self.stories for article in story.articles}

    @property
    def words(self) -> int:
        """Words in the bodies of the split's articles."""
        return sum(article.words for story in self.stories for article in story.articles)


def score_split(conversion: Conversion, stories: Sequence[Story], found: Sequence[QuoteRow], cpu_seconds: float) -> SplitResult:
    """Score the extractor's rows ``found`` on the converted split (terms are not scored)."""
    bodies = {article.id: article.body for story in stories for article in story.articles}
    results = [
        score_kind([r for r in found if r["kind"] == kind], [g for g in conversion.gold if g.row["kind"] == kind], bodies)
        for kind in ("direct", "indirect")
    ]
    return SplitResult(conversion, tuple(stories), *results, cpu_seconds)


# --- reports ----------------------------------------------------------------------------


def report(result: SplitResult) -> str:
    """The scores of one split as plain-text tables."""
    conversion = result.conversion
    lines = [f"PolNeAR {conversion.split}", *(f"  {note}" for note in conversion.notes()), ""]
    lines += _table(
        ("", "found", "gold", "right", "P", "R", "F1"),
        [_score_cells(f"{kind}{' + speaker' if speaker else ''}", getattr(result, kind).score(speaker=speaker))
         for kind in ("direct", "indirect") for speaker in (False, True)]
        + [_score_cells("direct + speaker, checkable gold", result.direct.checkable_score())],
    )
    lines += ["  (checkable gold: without the gold quotes whose speaker cannot be checked, see below; the"
              " target is the strict row)"]
    lines += ["", "speaker accuracy on matched direct quotes, by kind of gold speaker:"]
    lines += _table(("kind", "right", "matched", "accuracy"),
                    [_accuracy_cells(kind, *result.direct.speaker_accuracy(kind)) for kind in SPEAKER_KINDS]
                    + [_accuracy_cells("all", *result.direct.speaker_accuracy())])
    lines += ["  (pronoun, no name: CoreNLP's chain names nobody, so a found name cannot be checked)"]
    lines += ["", "by publisher:"]
    lines += _table(("publisher", "articles", "direct F1", "+ speaker F1", "indirect F1", "+ speaker F1",
                     "speaker acc. (direct)"), _publisher_rows(result))
    speed = result.words / result.cpu_seconds if result.cpu_seconds else float("inf")
    lines += ["", (f"extraction: {result.words:,} words in {result.cpu_seconds:.2f} s of CPU time, "
                   f"{speed:,.0f} words per second")]
    return "\n".join(lines)


def summary(result: SplitResult) -> dict:
    """The result as counts only, for ``--save`` (no text of PolNeAR's: its texts are not
    redistributed): the format :func:`framekit.teach.evaluate.recorded` reads."""
    def counts(score: Score) -> dict[str, int]:
        return {"found": score.found, "expected": score.expected, "correct": score.correct}

    return {
        "corpus": "PolNeAR v1.0.0 (Newell, Margolin & Ruths, LREC 2018), github.com/networkdynamics/PolNeAR",
        "split": result.conversion.split,
        "articles": len(result.conversion.articles),
        "words": result.words,
        "scores": {**{f"{kind}{' + speaker' if speaker else ''}": counts(getattr(result, kind).score(speaker=speaker))
                      for kind in ("direct", "indirect") for speaker in (False, True)},
                   "direct + speaker, checkable gold": counts(result.direct.checkable_score())},
        "speaker accuracy": {kind: dict(zip(("right", "matched"), result.direct.speaker_accuracy(kind)))
                             for kind in SPEAKER_KINDS},
    }


def _publisher_rows(result: SplitResult) -> list[tuple[str, ...]]:
    rows = []
    for code in sorted(set(result.conversion.publishers.values())):
        ids = {i for i, p in result.conversion.publishers.items() if p == code}
        f1s = [f"{getattr(result, kind).score(ids, speaker).f1:.2f}" for kind in ("direct", "indirect") for speaker in (False, True)]
        right, matched = result.direct.speaker_accuracy(articles=ids)
        accuracy = f"{right / matched:.2f} ({right}/{matched})" if matched else "-"
        rows.append((code, str(len(ids)), *f1s, accuracy))
    return rows


def _score_cells(name: str, score: Score) -> tuple[str, ...]:
    counts = (score.found, score.expected, score.correct)
    return (name, *map(str, counts), *(f"{v:.3f}" for v in (score.precision, score.recall, score.f1)))


def _accuracy_cells(name: str, right: int, matched: int) -> tuple[str, ...]:
    return name, str(right), str(matched), f"{right / matched:.3f}" if matched else "-"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(row[i])) for row in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        first, *rest = cells
        return "  " + f"{first:<{widths[0]}}  " + "  ".join(f"{c:>{w}}" for c, w in zip(rest, widths[1:], strict=True))

    return [line(header), *(line(row) for row in rows)]


def errors(result: SplitResult, count: int, kind: str = "direct", seed: int = 0) -> str:
    """Up to ``count`` errors of each sort (missed, extra, wrong speaker) for quotes of ``kind``,
    drawn at random with a fixed seed so that they spread over the articles; each with the
    sentence around it (at most 200 characters) and the speakers. For the terminal only:
    the sentences are PolNeAR's."""
    scored: KindResult = getattr(result, kind)
    bodies = result.bodies
    matched_found = {i for i, _ in scored.pairs}
    matched_gold = {j for _, j in scored.pairs}
    missed = [(None, g) for j, g in enumerate(scored.gold) if j not in matched_gold]
    extra = [(f, None) for i, f in enumerate(scored.found) if i not in matched_found]
    wrong = [(scored.found[i], scored.gold[j]) for (i, j), ok in zip(scored.pairs, scored.right, strict=True) if not ok]
    lines = []
    for title, items in ((f"missed {kind} quotes", missed), (f"extra {kind} quotes", extra), ("wrong speakers", wrong)):
        sample = random.Random(seed).sample(items, min(count, len(items)))
        lines.append(f"== {title}: {len(items)} in all, {len(sample)} shown")
        for found_row, gold in sorted(sample, key=_position):
            row = gold.row if gold else found_row
            lines.append(f"- {row['article']} @{row['start']}: {_context(bodies[row['article']], row['start'], row['end'])}")
            predicted = found_row["speaker"] if found_row else "-"
            expected = f"{gold.row['speaker']} [{gold.speaker_kind}]" if gold else "-"
            lines.append(f"    found: {predicted} | gold: {expected}")
    return "\n".join(lines)


def _position(pair: tuple[QuoteRow | None, Gold | None]) -> tuple[str, int]:
    row = pair[1].row if pair[1] else pair[0]
    return row["article"], row["start"]


def _context(body: str, start: int, end: int, limit: int = 200) -> str:
    """The sentences around ``start:end`` on one line, at most ``limit`` characters, the span in [[ ]]."""
    around = [s for s in sentences(body) if s.end > start and s.start < end]
    first = around[0].start if around else start
    last = around[-1].end if around else end
    marked = f"{body[first:start]}[[{body[start:end]}]]{body[end:last]}"
    flat = " ".join(marked.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
