"""Every function that reads user text takes time linear in the text's length, whatever the text.

The kit's rule (an article body, a sentence, a terms.yaml pattern applied to a body): no regular
expression on user text may backtrack exponentially or quadratically, and no loop may compare
every item with every other. Each case below is an input built from a repeated unit, at a size
where a quadratic implementation takes minutes and a linear one a fraction of a second: the
shapes a fuzz run found to grow quadratically or worse (" at least 5" after a casualty sentence,
a long run of spaces before a verb, thousands of matches of one term, many articles), and the
same shapes for the functions that were already linear (phrase search, a large article), so
that they stay so.

The kit forbids timed tests of speed: nothing here measures a duration. All the cases run in one
child process with a generous timeout, a guard against a hang and not a speed target, and each
must finish and give the expected result. ``python -m benchmarks.bench_linear`` times the same
cases at n and 4n and reports the ratio.

To add a case, add one line to :data:`CASES`: a name, the function as ``"module:name"``, and a
builder that gives its argument (or a tuple of arguments) for size n; optionally a check of the
result.
"""

from __future__ import annotations

import atexit
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from framekit.language.numbers import LARGEST
from framekit.story.model import Article, Story
from framekit.story.terms import Family, Variant, default_families

ROOT = Path(__file__).resolve().parents[1]
N = 20_000  # the size of every case: a quadratic function takes minutes at this size
HANG_GUARD = 120  # seconds for all the cases together: a guard against a hang, not a speed target


class Case(NamedTuple):
    """One adversarial input: ``build(n)`` gives the argument (or a tuple of arguments) of
    ``function``, written ``"module:name"``, at size n; ``check(result, n)`` says whether the
    result is the expected one (None: any result, as long as the function returns)."""

    name: str
    function: str
    build: Callable[[int], Any]
    check: Callable[[Any, int], bool] | None = None


def story_of(*bodies: str) -> Story:
    """A story in memory with one article per body, ids a0, a1, …, and three outlets."""
    articles = tuple(Article(f"a{i}", f"Outlet {i % 3}", date(2024, 4, 4), body, Path(f"a{i}.md"), 1)
                     for i, body in enumerate(bodies))
    return Story("s", "S", date(2024, 4, 3), "Summary.", Path("s"), articles)


# The kit's own families and one whose variants overlap ("Kiev regime" holds "Kiev").
FAMILIES = (*default_families(), Family("kyiv", "How is the capital named?", "Kyiv", (
    Variant("Kiev", ("Kiev",)), Variant("Kiev regime", ("Kiev regime",)))))


def story_folder(body: str, figure_rows: str = "") -> Path:
    """A story folder, in a temporary folder removed at exit, with one article (id "a") of ``body``
    and, if there are ``figure_rows``, an ``annotations/figures.csv`` of them."""
    root = Path(tempfile.mkdtemp(prefix="framekit-linear-")) / "s"
    atexit.register(shutil.rmtree, root.parent, ignore_errors=True)
    (root / "articles").mkdir(parents=True)
    (root / "story.yaml").write_text("id: s\ntitle: T\nevent_date: 2024-04-03\nsummary: S.\n", encoding="utf-8")
    front = "---\nid: a\noutlet: Example Times\npublished: 2024-04-04\n---\n\n"
    (root / "articles" / "a.md").write_text(front + body, encoding="utf-8")
    if figure_rows:
        (root / "annotations").mkdir()
        header = "article,text,value,low,high,hedge,category,source,start,end\n"
        (root / "annotations" / "figures.csv").write_text(header + figure_rows, encoding="utf-8")
    return root


def count(how_many: int | Callable[[int], int]) -> Callable[[Any, int], bool]:
    """A check that the result has ``how_many`` items (a number, or a function of n)."""
    return lambda result, n: len(result) == (how_many(n) if callable(how_many) else how_many)


def figures(how_many: int | Callable[[int], int], **first: Any) -> Callable[[Any, int], bool]:
    """A check of casualty figures: ``how_many`` of them (a number, or a function of n), the first
    with the fields given (``text="At least 3"``)."""

    def check(found: list, n: int) -> bool:
        expected = how_many(n) if callable(how_many) else how_many
        return len(found) == expected and all(getattr(found[0], key) == value for key, value in first.items())

    return check


EXTRACT = "framekit.figures.extraction:extract_text"


def all_injured(found: list, n: int) -> bool:
    """Some figures, at most one for each number, all of the injured: a rule that reaches a
    bounded stretch back or on reads only the numbers near its words."""
    return 1 <= len(found) <= n + 1 and {figure.category for figure in found} == {"injured"}
QUOTES = "framekit.quotes.extraction:extract_text"
CASES: list[Case] = [
    # casualty figures (lesson 04): each number once read the whole sentence before it, several times
    Case("figures: ' at least 5' repeated", EXTRACT, lambda n: "At least 3 people were killed" + " at least 5" * n,
         figures(3, text="At least 3", low=3)),
    Case("figures: ' 1' repeated", EXTRACT, lambda n: "At least 3 people were killed" + " 1" * n, figures(7, text="At least 3")),
    Case("figures: ' from 1' repeated, then 'to'", EXTRACT, lambda n: "The death toll rose" + " from 1" * n + " to 31 dead.",
         lambda found, n: len(found) == n and (found[-1].low, found[-1].high) == (1, 31)),  # each tied to the toll
    Case("figures: ' to 1' repeated after 'from 28'", EXTRACT, lambda n: "The death toll rose from 28" + " to 1" * n + ".",
         lambda found, n: len(found) == n + 1 and found[1].revised_from == 28),
    Case("figures: ' (5)' repeated", EXTRACT, lambda n: "“" + " (5)" * n + " 5 people died.", figures(1, value=5)),
    Case("figures: ', including 5' repeated", EXTRACT, lambda n: "(" + ", including 5" * n + " 5 people died.", figures(3)),
    Case("figures: ' 5,' repeated", EXTRACT, lambda n: "(" + " 5," * n + " 5 people died.", figures(1, category="killed")),
    Case("figures: parts of a total repeated", "tests.test_linear_time:figures_and_totals",
         lambda n: "Three soldiers" + " and 3 soldiers" * (n // 3) + " were killed.",
         lambda found, n: len(found) == 1 and found[0].value % 3 == 0),  # the parts near the verb, added up
    Case("figures: ' 5 people' repeated after a cue", EXTRACT, lambda n: "Officials said" + " 5 people" * n + " were killed.",
         lambda found, n: 2 <= len(found) <= 20 and {f.source for f in found} == {"Officials"}),  # those near the verb
    Case("figures: ' 5 killed' repeated before ', officials said'", EXTRACT, lambda n: " 5 killed" * n + ", officials said.",
         lambda found, n: len(found) == n and {figure.source for figure in found} == {"officials"}),
    Case("figures: ' 5 killed' repeated before 'according to'", EXTRACT, lambda n: " 5 killed" * n + " according to officials.",
         lambda found, n: len(found) == n and {figure.source for figure in found} == {"officials"}),
    Case("figures: ' 5 victims' repeated", EXTRACT, lambda n: " 5 victims" * n + " were hurt.",
         lambda found, n: len(found) == n and {figure.category for figure in found} == {"injured"}),
    Case("figures: many sentences, then many figures", EXTRACT,
         lambda n: "It rained. " * (n // 2) + "5 dead" + ", 5 dead" * (n // 2) + ".", figures(lambda n: n // 2 + 1)),
    Case("figures: a number of n digits", EXTRACT, lambda n: "1" * n + " people were killed.", figures(1, value=LARGEST)),
    Case("figures: 'hundred' n times", EXTRACT, lambda n: "A " + "hundred " * n + "people were killed.", figures(1, value=LARGEST)),
    # a count whose verb is in the next clause or sentence, or that borrows the verb before
    Case("figures: ' 5 people' repeated, then 'They were victims'", EXTRACT,
         lambda n: "In Varn" + " 5 people" * n + ". They were victims of the storm.", figures(lambda n: n, category="other")),
    Case("figures: ' 5 people' repeated, then '; all were hurt'", EXTRACT,
         lambda n: "In Varn" + " 5 people" * n + "; all were hurt.", all_injured),
    Case("figures: ', and 5 in Varn' repeated", EXTRACT, lambda n: "Three were hurt in Lisk" + ", and 5 in Varn" * n + ".",
         all_injured),
    Case("figures: ' 5 people x' repeated, then ', injuring all'", EXTRACT,
         lambda n: " 5 people x" * n + ", injuring all of them.", all_injured),
    Case("figures: ' 5 remain there' repeated after a hospital", EXTRACT,
         lambda n: "Nine were taken to hospital." + " 5 remain there." * n, all_injured),
    # a group's fate in a later clause ("and none survived"), a later death, a group of none
    Case("figures: ' 5 people' repeated, then ', and none survived'", EXTRACT,
         lambda n: "In Varn" + " 5 people" * n + ", and none survived.",
         lambda found, n: 1 <= len(found) <= n and {figure.category for figure in found} == {"killed"}),
    Case("figures: ' in x' repeated between 'injured' and 'and then died'", EXTRACT,
         lambda n: "5 people were injured" + " in x" * n + " and then died.", figures(1, category="injured")),
    Case("figures: 'none of the 5 ' repeated, then 'survived'", EXTRACT,
         lambda n: "none of the 5 " * n + "survived.", lambda found, n: len(found) <= n + 1),
    # an agent noun in "-ers" ("snowshoers") counts people only by the verbs right after it
    Case("figures: ' 5 snowshoers were buried and' repeated, then 'killed'", EXTRACT,
         lambda n: " 5 snowshoers were buried and" * n + " killed.", lambda found, n: 1 <= len(found) <= n),
    Case("figures: 'killing 5 of the ' repeated, then 'trekkers'", EXTRACT,
         lambda n: "killing 5 of the " * n + "trekkers.", lambda found, n: len(found) <= n),
    Case("figures: ' 5 paddlers were swept away and' repeated, then 'drowned'", EXTRACT,
         lambda n: " 5 paddlers were swept away and" * n + " drowned.", lambda found, n: 1 <= len(found) <= n),
    Case("figures: 'Of the 40 injuries' then ' 5,' repeated", EXTRACT,
         lambda n: "Of the 40 injuries," + " 5," * n + " 5 were in Lund.", lambda found, n: 1 <= len(found) <= n + 2),
    # two people named one by one ("a man and his son were killed"): each "and" reads a bounded window
    Case("figures: ' a man and his son' repeated, then 'were killed'", EXTRACT,
         lambda n: "In Varn" + " a man and his son" * n + " were killed.", lambda found, n: 1 <= len(found) <= n),
    Case("figures: ' and the old' repeated after 'a man', then 'son were hurt'", EXTRACT,
         lambda n: "A man" + " and the old" * n + " son were hurt.", lambda found, n: len(found) <= 1),
    # the subject of a verb (lessons 02 and 04): every space of a run started a new attempt
    Case("subject: a run of spaces", "framekit.language.reporting:reporter_words",
         lambda n: ("Lecornu" + " " * n + "Smith said it.", n + 13), lambda who, n: who.split() == ["Lecornu", "Smith"]),
    Case("subject: a run of line breaks", "framekit.language.reporting:reporter_words",
         lambda n: ("Mr. Macron" + "\n" * n + "himself said it.", n + 18), lambda who, n: who.split() == ["Mr.", "Macron"]),
    Case("subject: appositives repeated", "framekit.language.reporting:reporter_words",
         lambda n: ("Anna Kovač" + ", a spokeswoman" * (n // 3) + ", said it.", 10 + 15 * (n // 3) + 2),
         lambda who, n: who in ("Anna Kovač", "a spokeswoman")),  # past a few appositives, the nearest
    # phrase search and term matching (lesson 03)
    Case("phrase: 'Kiev regime' n times", "framekit.language.text:find_phrase",
         lambda n: ("Kiev regime " * n, "Kiev regime"), count(lambda n: n)),
    Case("phrase: a run of spaces and hyphens", "framekit.language.text:find_phrase",
         lambda n: ("so -" * n + " called", "so-called"), count(1)),
    Case("terms: overlapping variants n times", "framekit.words.matching:matches",
         lambda n: (story_of("Kiev regime, Kiev. " * n), FAMILIES),
         lambda found, n: sum(m.family == "kyiv" for m in found) == 2 * n),
    Case("terms: rates by outlet over many articles", "framekit.words.matching:by_outlet",
         lambda n: (story_of(*["Kiev regime said."] * (n // 4)), FAMILIES), count(3)),
    # keyword in context and the tone around each match (lesson 03)
    Case("concordance: a query matched n times", "framekit.words.concordance:query_spans",
         lambda n: (story_of("Kiev’s " * n), "kiev"), count(lambda n: n)),
    Case("concordance: matches in many articles", "framekit.words.concordance:concordance",
         lambda n: (story_of(*["Kiev said."] * n), [(f"a{i}", 0, 4) for i in range(n)]), count(lambda n: n)),
    Case("tone: one sentence with n matches", "framekit.words.tone:tone",
         lambda n: (story_of("Kiev " * (n // 4) + "."), _matches("Kiev " * (n // 4) + ".")),
         count(lambda n: n // 4)),
    # reading a story (every lesson): a large article, its paragraphs and words
    Case("story: a large article", "tests.test_linear_time:load_and_read",
         lambda n: story_folder("At least 5 people were killed,  \n officials said.\n \n" * (n // 2)),
         lambda read, n: read == (n // 2, 8 * (n // 2))),
    Case("story: many annotation rows over a long article", "framekit.story.load:check_story",
         lambda n: story_folder("At least 5 people were killed. " * 3 * n, f"a,x,1,1,1,,killed,,1,{93 * n - 2}\n" * n),
         count(lambda n: n)),
    # numbers as news reports write them
    Case("numbers: number words joined by hyphens", "framekit.language.numbers:NUMBER.findall",
         lambda n: "one-" * n + "x", count(1)),
    # quotation marks (lesson 02): a rule that rescanned the paragraph for each mark took minutes
    *(Case(f"quote marks: {unit!r} repeated", "framekit.language.quotemarks:quote_spans",
           lambda n, unit=unit: (unit * (2 * n // len(unit) + 1))[: 2 * n])
      for unit in ("‘", "''' ", "‘a ”", "“‘'‘\"’”'' ", "He said “no. ", "a“ ”b ", "‘em ‘90s ’n’ ")),
    # the quote extractor (lesson 02)
    Case("quotes: ' to' repeated after 'he said'", QUOTES, lambda n: "Officials met on Monday, he said" + " to" * n + "; later.",
         count(0)),
    Case("quotes: a long article of quoted sentences", QUOTES, lambda n: "“It is over,” she said. " * (n // 4),
         count(lambda n: n // 4)),
    Case("quotes: quotations in a row in one paragraph", QUOTES, lambda n: "Anna Kovač said: " + "“Yes.” " * (n // 2),
         lambda found, n: len(found) == n // 2 and {q.speaker for q in found} == {"Anna Kovač"}),
    Case("quotes: a speech verb repeated", QUOTES, lambda n: "“No,” he" + " said" * n + ".", count(1)),
    Case("quotes: commas repeated before an attribution", QUOTES, lambda n: "“No” and" + ", a" * n + ", the agency said.", count(1)),
    Case("tags: digits and slashes, then no slash", "framekit.language.tags:words", lambda n: "1/" * n + "1 " + "1" * n,
         count(2)),
    Case("quotes: a run of spaces before a verb", QUOTES, lambda n: "“No,” Anna Kovač" + " " * n + "said.",
         lambda found, n: [q.speaker for q in found] == ["Anna Kovač"]),
    Case("quotes: appositives repeated", QUOTES, lambda n: "“No,” Anna Kovač" + ", a spokeswoman" * (n // 3) + ", said.", count(1)),
    Case("quotes: names repeated", QUOTES, lambda n: "Anna Kovač met " + "Olga Petrenko and " * (n // 4) + "Smith. “No,” she said.",
         count(1)),
    Case("quotes: ' he said' repeated after 'that'", QUOTES, lambda n: "The group said that" + " he said" * (n // 3), count(0)),
    Case("quotes: ' he said' repeated inside a quotation", QUOTES, lambda n: "“A" + " he said" * (n // 3), count(1)),
    Case("quotes: quotations that report, in a row", QUOTES, lambda n: "“Kovač said it,” " * (n // 6) + "she said.",
         lambda found, n: len(found) >= n // 6),
    Case("quotes: many people, each then a pronoun", QUOTES,
         lambda n: " ".join(f"Anna Q{i} arrived. “Yes,” she said." for i in range(n // 8)), count(lambda n: n // 8)),
    Case("quotes: ' and' repeated at a clause's end", QUOTES, lambda n: "He said" + " and" * (n // 4) + "; later.", count(0)),
    Case("quotes: ', “a' repeated after 'said that'", QUOTES, lambda n: "He said that" + ", “a" * (n // 4) + " x", None),
    Case("quotes: reported statements that each hold a partial quote", QUOTES,
         lambda n: "Anna Kovač said that the plan was “bad” and the mayor agreed. " * (n // 12),
         lambda found, n: len(found) >= n // 12 and {q.speaker for q in found if q.kind == "direct"} == {"Anna Kovač"}),
    Case("statements: many speech rows of one speaker", "framekit.quotes.voices:statements",
         lambda n: [_row(i, "Shoigu", "said", 10 * i, 10 * i + 8) for i in range(n // 4)]
         + [_row(i, "Shoigu", "said", 10 * i + 2, 10 * i + 6) for i in range(n // 4)],  # each inside one above
         count(lambda n: n // 4)),
    Case("quoted words: many nested quotes in one article", "framekit.quotes.voices:quoted_words",
         lambda n: (story_of("word " * n), [_row(0, f"S{i}", "said", 0, 5 * n - i) for i in range(n // 4)]),
         lambda found, n: sum(found["a0"].values()) == n),
    Case("quoted words: many articles", "framekit.quotes.voices:quoted_words",
         lambda n: (story_of(*["Kiev said no."] * (n // 4)), [_row(i, "Kiev", "said", 0, 4) for i in range(n // 4)]),
         lambda found, n: len(found) == n // 4),
    Case("renderings: many quotes of one speaker", "framekit.quotes.renderings:renderings",
         lambda n: ([_row(i, "Shoigu", "said", 0, 40, f"France must answer for word{i} and Russia") for i in range(n // 20)],
                    "Shoigu"),
         None),
    # a new story from pasted texts (framekit new-story)
    Case("new story: lines of furniture and text", "framekit.story.new:clean",
         lambda n: ("Fire in the port\n" + "Share\nFire in the port\nA fire broke out.\n" * (n // 8), Path("a.txt")),
         lambda cleaned, n: cleaned[1] == "Fire in the port" and len(cleaned[3]) == 1 + 2 * (n // 8)),
    Case("new story: a first line of n words", "framekit.story.new:clean",
         lambda n: ("Fire" + " in the port" * n + "\nA fire broke out.", Path("a.txt")), lambda cleaned, n: cleaned[1] is None),
    Case("new story: a word of n letters", "framekit.story.proposals:spellings",
         lambda n: {"a": "the K" + "a" * n + " and Kalmora", "b": "the K" + "a" * n + "b and Kalmorra"},
         lambda found, n: [p.id for p in found] == ["spelling-kalmora"]),
    Case("new story: many names in many articles", "framekit.story.proposals:proposals",
         lambda n: {f"a{i}": f"the Name{_letters(i)} and the attack, a massacre" for i in range(n // 4)},
         lambda found, n: [p.id for p in found][-1:] == ["event-words"]),
    Case("quotes: paragraphs of quotations", QUOTES, lambda n: "“Yes,” Anna Kovač said.\n\n" + "“No.”\n\n" * (n // 3),
         lambda found, n: {q.speaker for q in found} == {"Anna Kovač"}),
    Case("quotes: one woman's pronouns, sentence after sentence", QUOTES,
         lambda n: "Ana Ruiz said she would stay. " + "She agreed. “We stay,” she said. " * (n // 8),
         lambda found, n: {q.speaker for q in found if q.kind == "direct"} == {"Ana Ruiz"}),
]


def _letters(i: int) -> str:
    """A different run of lower-case letters for each ``i`` (a, b, …, z, ba, bb, …)."""
    letters = ""
    while True:
        letters = chr(97 + i % 26) + letters
        i //= 26
        if not i:
            return letters


def _row(i: int, speaker: str, cue: str, start: int, end: int, text: str = "words of a statement") -> dict:
    """A direct quote row of article a{i} (one article per row, so that every article differs)."""
    return {"article": f"a{i}", "speaker": speaker, "text": text, "kind": "direct", "cue": cue, "via": None,
            "start": start, "end": end}


def figures_and_totals(text: str) -> list:
    """The totals derived from the figures of ``text``, as lesson 04 would ask for them."""
    from framekit.figures.extraction import derived_totals, extract_text

    return derived_totals(extract_text(text), text)


def load_and_read(folder: Path) -> tuple[int, int]:
    """Load the story at ``folder`` and read its first article as every lesson does first:
    (paragraphs, words)."""
    from framekit.story.load import load_story

    article = load_story(folder).articles[0]
    return len(article.paragraphs), article.words


def _matches(body: str) -> list:
    """The matches of :data:`FAMILIES` in a story of one article of ``body``."""
    from framekit.words.matching import matches

    return matches(story_of(body), FAMILIES)


def resolve(path: str) -> Callable:
    """The function at ``"module:name"`` (``name`` may be dotted: ``"module:PATTERN.findall"``)."""
    module, _, name = path.partition(":")
    found: Any = import_module(module)
    for attribute in name.split("."):
        found = getattr(found, attribute)
    return found


def arguments(case: Case, n: int) -> tuple:
    """The case's arguments at size n, as a tuple."""
    built = case.build(n)
    return built if isinstance(built, tuple) else (built,)


def run_case(case: Case, n: int) -> str:
    """Run one case at size n: "ok", or what went wrong."""
    try:
        result = resolve(case.function)(*arguments(case, n))
        if case.check is not None and not case.check(result, n):
            return "finished with an unexpected result"
    except Exception as err:  # noqa: BLE001 - reported with the case's name, the other cases still run
        return f"raised {type(err).__name__}: {str(err)[:200]}"
    return "ok"


def main(n: int = N) -> None:
    """Run every case at size n (in the child process), naming each on stderr before it starts,
    and print {name: "ok" or what went wrong} as JSON."""
    results = {}
    for case in CASES:
        print(case.name, file=sys.stderr, flush=True)
        results[case.name] = run_case(case, n)
    print(json.dumps(results))


def _text(output: str | bytes | None) -> str:
    """A child's output as text, whether subprocess gives str, bytes or nothing."""
    return output.decode("utf-8", "replace") if isinstance(output, bytes) else output or ""


def test_cases_have_unique_names() -> None:
    assert len({case.name for case in CASES}) == len(CASES)


def test_every_case_finishes_with_the_expected_result() -> None:
    """All cases in one child process; if it hangs, the case it was running is named."""
    command = [sys.executable, "-c", "from tests.test_linear_time import main; main()"]
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=HANG_GUARD,
                              check=False)
    except subprocess.TimeoutExpired as err:
        started = _text(err.stderr).strip().splitlines() or ["?"]
        pytest.fail(f"no result after {HANG_GUARD} s; the case running was: {started[-1]}")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert results == {case.name: "ok" for case in CASES}
