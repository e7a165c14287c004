"""NOAA's Storm Events Database as a benchmark for the casualty-figure extractor (lesson 04).

Each record of the database (NCEI, National Centers for Environmental Information) is a storm
event with a narrative written by a National Weather Service office and the counts of people
killed and injured, filled in by the office: ``DEATHS_DIRECT`` and ``INJURIES_DIRECT``. The
narratives are official publications of the U.S. government and in the public domain (17
U.S.C. § 105). The counts are the gold, and nobody tuned the extractor on these texts.

A count is *stated* when it is 2 or more and the narrative holds a number of that value, in
digits or in words, that a reader can tie to the harm: the number stands in a sentence with a
word of that harm ("Two people were injured": injured; "killed", "died", "lives" … for the
dead), or it counts people (a noun of people right after it) and the next sentence names the
harm ("… trapping two men in the debris. Both were injured."). A narrative that says "a man
was injured" states no count, one that splits it ("two in Fremont … one in Altamont") does not
state the total, and "Two barns were destroyed" in a report of two injured states nothing about
them. A count of 1 is left out: "one" stands in many narratives for other things ("one tree
fell"), so a number of value 1 does not show that the count is stated. Only stated counts are
scored: the question is whether the extractor reads what the text says. The harm words here
are a short list of the benchmark's own, not the extractor's, so that the extractor does not
decide what it is scored on.

What is scored, for the killed and for the injured: the share of events whose stated count the
extractor finds as a figure of that value and category; and how many of the figures it labels
"killed" in an event are the injured count (a wounded count taken for the dead).

The yearly files are ``StormEvents_details-ftp_v1.0_dYYYY_cYYYYMMDD.csv.gz`` from
https://www.ncei.noaa.gov/pub/data/swdi/stormevents/csvfiles/ (plain or gzipped CSV with a header).
Columns are read by name, so any CSV with the five in :data:`COLUMNS` is read the same, in any
order and with others beside them: the results of the database's web search are such a file.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from framekit.language.numbers import NUMBER, number_value
from framekit.language.sentences import sentences

COLUMNS = ("EVENT_ID", "EVENT_TYPE", "DEATHS_DIRECT", "INJURIES_DIRECT", "EVENT_NARRATIVE")
HOW_TO_GET = "download StormEvents_details-*.csv.gz from https://www.ncei.noaa.gov/pub/data/swdi/stormevents/csvfiles/"


class StormEventsError(Exception):
    """A file that is not a Storm Events details file; the message is one line."""


@dataclass(frozen=True)
class Event:
    """One storm event: its id, the file it came from, its narrative and its gold counts."""

    id: str
    file: str
    kind: str
    narrative: str
    deaths: int
    injuries: int


def read_events(paths: Iterable[Path]) -> list[Event]:
    """Every event with a narrative in the details files ``paths`` (plain or gzipped CSV)."""
    events = []
    for path in paths:
        for row in _rows(Path(path)):
            narrative = (row["EVENT_NARRATIVE"] or "").strip()
            if narrative:
                events.append(Event(row["EVENT_ID"], Path(path).name, row["EVENT_TYPE"], narrative,
                                    _count(path, row, "DEATHS_DIRECT"), _count(path, row, "INJURIES_DIRECT")))
    return events


def _rows(path: Path) -> list[dict[str, str]]:
    """The rows of one details file, checked to have the columns the benchmark reads."""
    try:
        raw = path.read_bytes()
        text = gzip.decompress(raw).decode("utf-8") if raw[:2] == b"\x1f\x8b" else raw.decode("utf-8")
    except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError) as problem:
        raise StormEventsError(f"{path}: cannot read it ({problem}); {HOW_TO_GET}") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        raise StormEventsError(f"{path}:1: not a Storm Events details file (no {', '.join(missing)}); {HOW_TO_GET}")
    return list(reader)


def _count(path: Path, row: dict[str, str], column: str) -> int:
    """A count cell as an int; empty is 0, "2.0" is 2 (some copies write floats)."""
    cell = (row[column] or "0").strip()
    try:
        return int(float(cell))
    except ValueError:
        raise StormEventsError(f"{path}: event {row['EVENT_ID']}: {column} is not a number ({cell!r})") from None


# The benchmark's own words of harm (see the module docstring), and of people after a number.
HARM = {
    "killed": re.compile(r"\b(?:kill|die[ds]?\b|dead|death|fatal|lives\b|life\b|drown|perish|bod(?:y|ies)\b)", re.IGNORECASE),
    "injured": re.compile(r"\b(?:injur|hurt|wound|hospital|treated|burns?\b|bruis|cuts\b|fractur|lacerat|broken\b)", re.IGNORECASE),
}
_PEOPLE_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|teen(?:ager)?s|adults|"
    r"occupants|passengers|workers|employees|students|campers|residents|motorists|drivers|family|members|"
    r"individuals|others)\b", re.IGNORECASE)


def stated(narrative: str, count: int, category: str) -> bool:
    """Whether the narrative states ``count`` (2 or more) for ``category`` ("killed" or
    "injured"): a number of that value ("2", "two", "Two") in a sentence with a word of that
    harm, or counting people right before a sentence with one."""
    if count < 2:
        return False
    harm, spans = HARM[category], sentences(narrative)
    for index, span in enumerate(spans):
        for match in NUMBER.finditer(span.text):
            if number_value(match.group())[0] != count:
                continue
            if harm.search(span.text):
                return True
            following = spans[index + 1].text if index + 1 < len(spans) else ""
            if _PEOPLE_AFTER.match(span.text, match.end()) and harm.search(following):
                return True
    return False


@dataclass(frozen=True)
class Outcome:
    """How the extractor did on one event: for each category, whether the count is stated and
    found, and the values of the figures it labelled "killed"."""

    event: Event
    killed_stated: bool
    killed_found: bool
    injured_stated: bool
    injured_found: bool
    killed_values: tuple[int | None, ...]

    @property
    def wounded_as_killed(self) -> int:
        """Figures labelled "killed" whose value is the injured count and not the death count."""
        e = self.event
        return sum(1 for v in self.killed_values if e.injuries and v == e.injuries and v != e.deaths)


def outcome(event: Event, figures: Sequence) -> Outcome:
    """Score the extractor's ``figures`` (objects with ``value`` and ``category``) on ``event``."""
    def found(category: str, count: int) -> bool:
        return any(f.category == category and f.value == count for f in figures)

    killed_values = tuple(f.value for f in figures if f.category == "killed")
    return Outcome(event, stated(event.narrative, event.deaths, "killed"), found("killed", event.deaths),
                   stated(event.narrative, event.injuries, "injured"), found("injured", event.injuries), killed_values)


@dataclass(frozen=True)
class Result:
    """The outcomes of a set of events and the extractor's CPU time on all their narratives."""

    outcomes: tuple[Outcome, ...]
    words: int
    cpu_seconds: float

    def share(self, category: str) -> tuple[int, int]:
        """(events whose stated count of ``category`` was found, events that state one)."""
        stated_ = [o for o in self.outcomes if getattr(o, f"{category}_stated")]
        return sum(1 for o in stated_ if getattr(o, f"{category}_found")), len(stated_)

    def wounded_as_killed(self) -> tuple[int, int]:
        """(figures labelled "killed" that are the injured count, figures labelled "killed"),
        in events that state an injured count."""
        chosen = [o for o in self.outcomes if o.injured_stated]
        return sum(o.wounded_as_killed for o in chosen), sum(len(o.killed_values) for o in chosen)


def score(events: Sequence[Event], extract: Callable[[str], Sequence], clock: Callable[[], float]) -> Result:
    """Run ``extract`` on every narrative (timed with ``clock``, CPU seconds) and score it."""
    start = clock()
    figures = [extract(event.narrative) for event in events]
    cpu = clock() - start
    words = sum(len(event.narrative.split()) for event in events)
    return Result(tuple(outcome(e, f) for e, f in zip(events, figures, strict=True)), words, cpu)


def report(result: Result, name: str) -> str:
    """The result as lines for the terminal."""
    lines = [f"NOAA Storm Events: {name}", f"  {len(result.outcomes):,} events with a narrative"]
    for category, label in (("killed", "killed"), ("injured", "injured")):
        right, total = result.share(category)
        share = f"{right / total:.1%}" if total else "-"
        lines.append(f"  {label:8} count stated in {total:5,} events; found (value and category) in {right:5,}: {share}")
    wrong, killed = result.wounded_as_killed()
    share = f"{wrong / killed:.1%}" if killed else "-"
    lines.append(f"  'killed' figures that are the injured count: {wrong} of {killed}: {share}")
    speed = result.words / result.cpu_seconds if result.cpu_seconds else float("inf")
    lines.append(f"  extraction: {result.words:,} words in {result.cpu_seconds:.2f} s of CPU time, {speed:,.0f} words per second")
    return "\n".join(lines)


def summary(result: Result, files: Sequence[str]) -> dict:
    """The result as counts, for ``--save``: the format :func:`framekit.teach.evaluate.recorded` reads."""
    def share(right_of: tuple[int, int]) -> dict[str, int]:
        return {"right": right_of[0], "of": right_of[1]}

    return {
        "corpus": "NOAA NCEI Storm Events Database, event narratives (public domain), www.ncei.noaa.gov/stormevents",
        "split": " ".join(files),
        "articles": len(result.outcomes),
        "words": result.words,
        "shares": {
            "killed count found": share(result.share("killed")),
            "injured count found": share(result.share("injured")),
            "killed figures that are the injured count": share(result.wounded_as_killed()),
        },
    }


def misses(result: Result, category: str, count: int) -> list[str]:
    """Up to ``count`` events whose stated count of ``category`` was not found, for development
    (the narratives are public domain; print them only for the files you develop on)."""
    chosen = [o for o in result.outcomes if getattr(o, f"{category}_stated") and not getattr(o, f"{category}_found")]
    lines = []
    for o in chosen[:count]:
        gold = o.event.deaths if category == "killed" else o.event.injuries
        lines.append(f"- {o.event.file} {o.event.id} ({o.event.kind}), {category} {gold}, killed figures {list(o.killed_values)}:")
        spans = sentences(o.event.narrative)
        shown = set()
        for index, sentence in enumerate(spans):  # the sentences that hold a number of its value, and the next
            if any(number_value(m.group())[0] == gold for m in NUMBER.finditer(sentence.text)):
                shown.update((index, index + 1))
        lines.extend(f"    {' '.join(spans[i].text.split())[:300]}" for i in sorted(shown) if i < len(spans))
    return lines
