"""Term families proposed from a story's texts, for the instructor to review (``framekit new-story``).

Lesson 03 compares the words outlets choose for one thing. Two kinds of difference can be
found without knowing the story:

- **spellings**: capitalised words, each used as a name (in mid-sentence, and not an ordinary
  word that the tagger's lexicon knows), that differ by at most :data:`MAX_EDITS` letters and are
  used in different articles: "Kyiv" and "Kiev", "Sergei" and "Sergey". Candidate pairs come
  from words that share a key with one letter deleted, so the search is linear in the texts;
- **labels**: two or more words of one group in :data:`LABEL_GROUPS` (the common words news
  uses for an event, its perpetrators, a war, a protest, a disaster) used in the texts.

:func:`terms_yaml` writes them as a ``terms.yaml`` that extends the kit's own families, each
proposal marked ``proposed: true`` (see :mod:`framekit.story.terms`) under a comment giving
the evidence. A proposal is a lead, not a finding: the instructor reads its matches first.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from framekit.language.tags import common_word
from framekit.language.text import phrase_pattern

NAME = re.compile(r"[^\W\d_]+")  # a run of letters: "Kiev’s" is "Kiev" and "s"
SENTENCE_BREAK = re.compile(r"[.!?:;\n\"“”«»]")  # between two words: the second may open a sentence
MIN_NAME, MAX_NAME = 4, 30  # letters; shorter words are initials and acronyms, longer ones no names
MAX_EDITS = 2  # Kyiv and Kiev differ by two letters
MAX_BUCKET = 30  # more words than this sharing a deletion key: a common stem, not one name's spellings
MAX_GROUP = 6  # spellings of one name; a larger group is chained look-alikes
LISTED = 3  # articles named in a proposal's comment
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)

# Words news uses for the same kind of thing, by group: (family id, question, referent,
# ((label, patterns), ...)). A group is proposed when the texts use two or more of its labels.
LABEL_GROUPS = (
    ("event-words", "Which word does the outlet use for the event?", "the event the story is about", (
        ("attack", ("attack", "attacks")),
        ("terrorist attack", ("terrorist attack", "terror attack", "terrorist act", "act of terrorism")),
        ("massacre", ("massacre",)),
        ("shooting", ("shooting", "shooting spree", "mass shooting")),
        ("bombing", ("bombing", "explosion", "blast")),
        ("tragedy", ("tragedy",)),
        ("incident", ("incident",)),
        ("atrocity", ("atrocity",)),
        ("raid", ("raid",)),
        ("assault", ("assault",)),
    )),
    ("perpetrator-words", "What does the outlet call the people who carried it out?", "the perpetrators", (
        ("terrorists", ("terrorist", "terrorists")),
        ("gunmen", ("gunman", "gunmen")),
        ("attackers", ("attacker", "attackers", "assailant", "assailants")),
        ("shooters", ("shooter", "shooters")),
        ("militants", ("militant", "militants")),
        ("fighters", ("fighter", "fighters")),
        ("insurgents", ("insurgent", "insurgents", "rebel", "rebels")),
        ("suspects", ("suspect", "suspects")),
    )),
    ("war-words", "What does the outlet call the war?", "the armed conflict", (
        ("war", ("war",)),
        ("invasion", ("invasion", "full-scale invasion")),
        ("special military operation", ("special military operation",)),
        ("conflict", ("conflict",)),
    )),
    ("protest-words", "What does the outlet call the gathering and the people in it?", "the protest", (
        ("protest", ("protest", "protests", "protesters", "protestors")),
        ("demonstration", ("demonstration", "demonstrations", "demonstrators")),
        ("riot", ("riot", "riots", "rioters", "rioting")),
        ("unrest", ("unrest",)),
        ("clashes", ("clashes",)),
    )),
    ("disaster-words", "What does the outlet call what happened?", "the disaster", (
        ("accident", ("accident",)),
        ("disaster", ("disaster",)),
        ("catastrophe", ("catastrophe",)),
        ("tragedy", ("tragedy",)),
    )),
)


@dataclass(frozen=True)
class Proposal:
    """A term family found in the texts, with the evidence for it (where each variant is used)."""

    id: str
    question: str
    referent: str
    variants: tuple[tuple[str, tuple[str, ...]], ...]  # (label, patterns)
    used_in: tuple[tuple[str, ...], ...]  # the articles that use each variant, in the same order

    @property
    def evidence(self) -> str:
        """Where each variant is used: "'Kiev' in 4 articles (a, b, c, …); 'Kyiv' in 1 (d)"."""
        return "; ".join(f"'{label}' in {_articles(ids)}" for (label, _), ids in zip(self.variants, self.used_in))


def proposals(texts: dict[str, str]) -> list[Proposal]:
    """Spelling and label families for the articles ``texts`` (id -> body)."""
    return spellings(texts) + labels(texts)


def spellings(texts: dict[str, str]) -> list[Proposal]:
    """A family per group of names that differ by a few letters and are used in different articles."""
    used = names(texts)
    groups = _groups(used)
    found, taken = [], set()
    for group in groups:
        ordered = sorted(group, key=lambda word: (-len(used[word]), word))
        family_id = _unique(f"spelling-{_slug(ordered[0])}", taken)
        shown = " / ".join(ordered)
        found.append(Proposal(
            family_id, f"How does the outlet spell {shown}?",
            f"the name written {shown} (check that they name one thing)",
            tuple((word, (word,)) for word in ordered), tuple(tuple(sorted(used[word])) for word in ordered),
        ))
    return found


def names(texts: dict[str, str]) -> dict[str, set[str]]:
    """Capitalised words used as names, each with the articles that use it: used at least once
    in mid-sentence, :data:`MIN_NAME` to :data:`MAX_NAME` letters (so that the letter-deletion keys
    of a word stay few), not all capitals, not a month or a day,
    and not an ordinary word the tagger's lexicon knows in lower case ("Minister")."""
    articles: dict[str, set[str]] = defaultdict(set)
    mid_sentence: set[str] = set()
    for article_id, body in texts.items():
        previous_end = None
        for match in NAME.finditer(body):
            word = match.group()
            if MIN_NAME <= len(word) <= MAX_NAME and word[0].isupper() and not word.isupper():
                articles[word].add(article_id)
                if previous_end is not None and not SENTENCE_BREAK.search(body, previous_end, match.start()):
                    mid_sentence.add(word)
            previous_end = match.end()
    return {w: ids for w, ids in articles.items() if w in mid_sentence and w.lower() not in CALENDAR and not common_word(w)}


def _groups(used: dict[str, set[str]]) -> list[list[str]]:
    """Groups of words that are spellings of one another (pairs joined), largest groups dropped."""
    buckets: dict[str, set[str]] = defaultdict(set)
    for word in used:
        low = word.lower()
        for key in {low} | {low[:i] + low[i + 1:] for i in range(len(low))}:
            buckets[key].add(word)
    parent = {word: word for word in used}

    def root(word: str) -> str:
        while parent[word] != word:
            parent[word] = parent[parent[word]]
            word = parent[word]
        return word

    for bucket in buckets.values():
        if 1 < len(bucket) <= MAX_BUCKET:
            ordered = sorted(bucket)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    if _spellings(a, b, used):
                        parent[root(a)] = root(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for word in sorted(used):
        groups[root(word)].append(word)
    return [group for group in groups.values() if 1 < len(group) <= MAX_GROUP]


def _spellings(a: str, b: str, used: dict[str, set[str]]) -> bool:
    """Whether ``a`` and ``b`` look like two spellings of one name: same first letter, neither
    the other plus an ending (Russia, Russian), a few letters apart, each used where the other is not."""
    low_a, low_b = a.lower(), b.lower()
    if low_a == low_b or low_a[0] != low_b[0] or low_a.startswith(low_b) or low_b.startswith(low_a):
        return False
    return bool(used[a] - used[b]) and bool(used[b] - used[a]) and edit_distance(low_a, low_b) <= MAX_EDITS


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: the fewest letters inserted, deleted or replaced to turn ``a`` into ``b``."""
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other)))
        previous = current
    return previous[-1]


def labels(texts: dict[str, str]) -> list[Proposal]:
    """A family per group of :data:`LABEL_GROUPS` of which the texts use two or more labels."""
    found = []
    for family_id, question, referent, variants in LABEL_GROUPS:
        used = [(variant, tuple(sorted(_using(texts, variant[1])))) for variant in variants]
        used = [(variant, ids) for variant, ids in used if ids]
        if len(used) >= 2:
            found.append(Proposal(family_id, question, referent, tuple(v for v, _ in used), tuple(ids for _, ids in used)))
    return found


def _using(texts: dict[str, str], patterns: Iterable[str]) -> set[str]:
    compiled = [phrase_pattern(pattern) for pattern in patterns]
    return {article_id for article_id, body in texts.items() if any(p.search(body) for p in compiled if p)}


def terms_yaml(texts: dict[str, str]) -> str:
    """A terms.yaml that extends the kit's families and lists the proposals for ``texts``."""
    lines = [
        "# Drafted by framekit new-story. 'extends: default' adds the kit's own families (reporting",
        "# verbs, markers of doubt). Each family below marked 'proposed: true' was found in the texts",
        "# by a rule and nobody has reviewed it: read its matches (lesson 03's concordance), then keep,",
        "# edit or delete it, and delete 'proposed: true'. Format: data/README.md, section terms.yaml.",
        "extends: default",
    ]
    found = proposals(texts)
    if not found:
        return "\n".join(lines + ["families: []  # none proposed: add your own (data/README.md)"]) + "\n"
    lines.append("families:")
    for proposal in found:
        lines += _family_lines(proposal)
    return "\n".join(lines) + "\n"


def _family_lines(proposal: Proposal) -> list[str]:
    lines = [f"  # proposed from the texts: {proposal.evidence}",
             f"  - id: {proposal.id}", "    proposed: true",
             f"    question: {_quoted(proposal.question)}", f"    referent: {_quoted(proposal.referent)}", "    variants:"]
    for label, patterns in proposal.variants:
        lines += [f"      - label: {_quoted(label)}", f"        patterns: [{', '.join(map(_quoted, patterns))}]"]
    return lines


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _articles(ids: tuple[str, ...]) -> str:
    listed = ", ".join(ids[:LISTED]) + (", …" if len(ids) > LISTED else "")
    return f"{len(ids)} article{'s' if len(ids) != 1 else ''} ({listed})"


def _slug(word: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()).strip("-") or "name"


def _unique(candidate: str, taken: set[str]) -> str:
    found, number = candidate, 2
    while found in taken:
        found, number = f"{candidate}-{number}", number + 1
    taken.add(found)
    return found
