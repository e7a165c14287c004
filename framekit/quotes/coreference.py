"""Who "he" is: the people an article names, and what a surname or a pronoun stands for (lesson 02).

An article introduces a person once in full ("French President Emmanuel Macron") and then
writes "Macron", "Mr. Macron" or "he". :class:`People` follows the article from the top and
resolves each such mention by rules a reader can check, and says which rule it used
(:attr:`Resolution.why`), because students will ask why a quote went to the person it did:

- **surname**: a name that is the end of a fuller name named before is that person ("Macron"
  after "Emmanuel Macron"); a title in front does not count ("Mr. Macron"), nor a suffix after
  the surname ("Pate" is "Luther Pate IV"). When several people share the surname, a title's
  gender chooses ("Mrs. Clinton" is not Bill Clinton); else the one the surname alone named
  before ("Trump" stays Donald Trump after "his daughter Ivanka Trump"), else the one named or
  meant by "he" or "she" last ("Ana Ebb, the daughter of Tom Ebb, … She …. “…,” Ebb said" is
  Ana Ebb, though her father was named after her).
- **a person, not a place**: "he" and "she" stand for people only, and for a description
  ("the authorities", "the book") only when its noun says a gender ("a spokeswoman"). A name is a person's when the
  article gives it a title (Mr., Sen., President…), a gender, or words to say, or when it is
  a first and a last name; a month, a weekday, a day's or an eve's name ("Founders Day"), a name with a word such as "House",
  "County", "News", "Watch" or "Party" in it, or one written after "the" ("the Harbour Ledger
  reported", but not a family's plural surname: "the Lorimers" after "Ana Lorimer" is her family) or a one-word name written after "in" ("a bakery in Dunmore") is not, even when
  it speaks, nor is a people's plural name ("Democrats", "many
  more Latinos"), a group's. A name between an article and a noun ("the Ebb campaign") only
  says what the noun is about: it is no mention of the person.
- **gender from the text**: a person is a man or a woman when the article says so: a title
  (Mr., Mrs., Ms., Miss, congresswoman…), "he"/"she" used of them when nobody else could
  be meant, "said she …" right after their name ("Ana Ruiz said she would stay"), "herself"
  or "himself" after their verb ("Ana Ruiz finds herself …") or right after their name ("Ruiz
  himself was delighted"), or a noun of a gender right
  before the name or in its appositive ("her husband Dirk Lamm", "His wife, Ana, sat down"),
  but not in a relative clause after it, which tells of someone else ("Ana Ruiz, whose husband
  …" is no man).
- **pronoun**: "he" or "she" is the person of a fitting gender in the nearest sentence before
  it that names one (the pronoun's own sentence counts only for who acts in it, and for its
  names when a verb of it comes before the pronoun: "Ms. Dorn sparred with Mr. Ebb, saying
  she was appalled that he …"), the sentence's subject before a name in passing (for a
  subject that names no one, the name in the possessive that opens it: "Tom Ruiz's essay
  attacked Sam Ebb. He calls …" is Ruiz); every "he" or "she" (always a verb's subject) counts for
  the person it stands for, who is the sentence's named subject when the pronoun is in its
  clause ("Ana Ruiz said on Monday that she …"), and nobody named when that subject is a
  description ("The head of the union met Tom Alder, and she left"); a description with "a"
  or a possessive ("my", "his") whose noun says a gender, as a sentence's subject, is someone who
  acts there ("A local woman was fined. “…,” she wrote" is that woman, and so is "my aunt" in "My
  aunt has mellowed, but she still says “…”"; see :func:`framekit.quotes.extraction`). A person the text made
  a man or a woman, named within a paragraph, comes before one of unknown gender, unless that
  one spoke in the sentence just before ("“…,” said Sam Roe. She added …"; a quotation that only
  goes on with them, with no one else named, is no sentence of its own here), or did something
  in it or in the pronoun's own sentence and no one of the known gender did in the last three
  ("The mill is Mr. Ebb's. Mark Ode, 55, drove a forklift. “…,” he said" is Ode) since the
  paragraph where they did opened (a new paragraph about them moves the story on), or did so
  as the one a pronoun of that gender last meant, later than anyone of the known gender ("Mr.
  Ebb spoke. Tom Lind ran the mill, and he built it. In a speech, he said …" is Lind). A "he" or
  "she" that is the subject of a subordinate clause after the main one ("“…,” said Ana Ruiz,
  who knows Tom Ebb, as he rose") only names its person: the next pronoun still finds the
  sentence's speaker first ("“…,” she said" is Ruiz); so does a name that is the subject of
  such a clause, even of a speech verb ("Tom Ruiz kept quiet when Sam Ebb asked him. “…,” he
  said" is Ruiz), or of a clause after "that" ("Ana Ruiz disclosed that Tom Ebb had phoned her. “…,” she said"), even of
  a speech verb: the sentence only tells of them (see :func:`framekit.quotes.extraction`). A
  "he" or "she" that speaks after a verb of its sentence is read as the same pronoun acting
  there is ("… came from Hana Lind, who teased me when she called it “…”" is Lind), but not
  after a clause that opens the sentence ("If Ada Lund wins, he said, “…”" is not Lund). The
  one person the article named with a title acts where a subject "the" + that title stands ("Adm. Tom
  Ebb … The admiral chuckled. “…,” he said" is Ebb), when the text named them in the three sentences
  before, and nobody else with that title. The
  person a question is put to acts after the one who asks it ("Sam Ebb asked Tom Ruiz whether
  the mill would close. “…,” he said" is Ruiz, who answers). "they" and
  "it" are the last speaker when that is not a person. A sentence here is a step of the
  narration: a quotation's own sentences belong to the sentence that reports it, and a voice
  quoted inside a quotation ("“They thought Hanna saying ‘Vote’ would do it,” she said") is
  not the last speaker.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from operator import attrgetter

from framekit.language.tags import plural_name

MALE_TITLES = frozenset("mr sir father brother king prince congressman spokesman chairman".split())
FEMALE_TITLES = frozenset("mrs ms miss sister queen princess congresswoman spokeswoman chairwoman".split())
TITLE_GENDERS = {**dict.fromkeys(MALE_TITLES, "m"), **dict.fromkeys(FEMALE_TITLES, "f")}  # a title's word -> gender
PERSON_TITLES = MALE_TITLES | FEMALE_TITLES | frozenset(
    """dr prof rep sen gov gen lt col maj capt sgt adm cmdr rev hon president senator representative
    governor mayor secretary minister judge justice speaker coach candidate""".split()
)
# Titles as news abbreviates them, read as the words a description uses ("the president").
TITLE_ABBREVIATIONS = {"pres": "president", "sen": "senator", "gov": "governor", "rep": "representative",
                       "gen": "general", "sec": "secretary", "supt": "superintendent", "adm": "admiral"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# Nouns that say a description's gender: "his brother added", "a 29-year-old Berlin woman wrote".
MALE_NOUNS = frozenset(
    "man father brother son husband boy king prince uncle nephew grandfather spokesman chairman congressman businessman".split()
)
FEMALE_NOUNS = frozenset(
    "woman mother sister daughter wife girl queen princess aunt niece grandmother spokeswoman chairwoman congresswoman businesswoman actress".split()
)
GROUP_PRONOUNS = frozenset("they it".split())
TITLED_REACH = 3  # sentences back where "the admiral" finds the one admiral named (People.only_titled)
RECENT = 30  # how many of the people named last a pronoun may stand for: so a long article stays linear
# Words that make a name a place, an organisation or a date rather than a person.
NOT_PEOPLE = frozenset(
    """states state house senate congress committee party department ministry university college school
    news times post journal network tribune herald magazine press campaign council city county street
    heights avenue valley river island lake mount fort center centre foundation institute association
    union agency office court administration commission bank fund group company corporation inc corp
    ltd llc club church republic kingdom nations america american americans europe european county
    capitol hall square park airport station hospital museum library embassy army navy police
    january february march april may june july august
    september october november december monday tuesday wednesday thursday friday saturday sunday
    act amendment treaty sea ocean gulf bay coast convention conference day eve watch""".split()
)


# Words that open a place's name ("San Diego", "New York", "West Virginia"), but not a person's
# that holds them further on ("Aung San Suu Kyi", "Allen West").
PLACE_OPENINGS = frozenset("new los las san santa saint st st. north south east west".split())


@dataclass(frozen=True)
class Resolution:
    """What a mention stands for, and the rule that says so, in one line."""

    name: str
    why: str


@dataclass(eq=False)
class Person:
    """Someone (or some organisation) the article names: the fullest name used, what the text says
    of them, and where it names them. Two are the same person only if they are the same object
    (``eq=False``): :meth:`People._seen` looks a person up among the recent ones by identity,
    which is quick, rather than comparing every field."""

    name: str
    gender: str | None = None
    titled: bool = False
    titles: set[str] = field(default_factory=set)  # the titles written before the name ("president")
    spoke: bool = False
    order: int = 0  # the how-manieth person the article names
    mentions: list[int] = field(default_factory=list)  # offsets where the article names them
    subjects: list[int] = field(default_factory=list)  # offsets where they do or say something
    determined: bool = False  # written after "the" ("the Federal Reserve"), as a thing's name is, or alone after "in"
    surnamed: bool = False  # called by the surname alone ("Trump" for Donald Trump)
    called: str | None = None  # the gender of the last "he" or "she" that stood for them as a verb's subject

    def is_a_group(self) -> bool:
        """Whether "they" or "it" could stand for this speaker: no gender or title, and a
        description ("the agency", "officials") or the name of a thing (:meth:`names_a_thing`);
        speaking does not make it a person."""
        if self.gender or self.titled:
            return False
        return self.name[:1].islower() or self.determined or self.names_a_thing()

    def could_be_a_person(self) -> bool:
        """Whether "he" or "she" could stand for this name (see the module docstring): a name
        written after "the" or that names a thing is no person's even when it speaks ("the
        Harbour Ledger reported")."""
        if self.gender or self.titled:
            return True
        return not self.determined and _could_name_a_person(self.name, self.spoke)

    def names_a_thing(self) -> bool:
        """Whether the name is a place's, an organisation's or a date's: it holds a word such as
        "Ministry", "News" or "March" (:data:`NOT_PEOPLE`), opens with a word such as "San" or
        "North" (:data:`PLACE_OPENINGS`), or holds an acronym (FBI, NATO) other than a suffix
        after a surname (:data:`SUFFIXES`: "Luther Pate IV" is a person)."""
        return _names_a_thing(self.name)


def _last(positions: list[int], before: int) -> int:
    """The last of the (sorted) ``positions`` before ``before``, or -1."""
    index = bisect.bisect_left(positions, before)
    return positions[index - 1] if index else -1


class People:
    """The people named so far in an article, updated as the article is read from the top."""

    def __init__(self, text: str = "") -> None:
        self.text = text  # the article's body, where a sentence may be seen to open a paragraph (:meth:`_none_acted`)
        self.people: list[Person] = []
        self.by_last_word: dict[str, list[Person]] = {}  # for surnames, without accents: "Macron" -> [Emmanuel Macron]
        self._near: dict[str, list[Person]] = {}  # _with_last_word's answers, kept up to date
        self._spellings: dict[str, list[str]] = {}  # a spelling with a letter dropped -> the words _near answers
        self._found: dict[str, dict[tuple[str, str | None], Person | None]] = {}  # last word -> _find's answers
        self._indexed: dict[Person, str] = {}  # each person's last word in by_last_word
        self.last_speaker: Person | None = None
        self.recent: list[Person] = []  # the people named last, the latest at the end
        self.sentences: list[int] = []  # where each sentence read so far opens
        self.quotations: set[int] = set()  # the index of each sentence that is only a quotation going on with its speaker
        self.last_spoke_at = -1  # where the last speaker spoke
        self.title_words: dict[str, list[Person]] = {}  # each title written before a name so far ("admiral") -> who had it

    def named(self, name: str, position: int, title: str = "", subject: bool = False, determined: bool = False,
              placed: bool = False) -> Person:
        """Record that ``name`` (without titles) is named at ``position``, as the subject of a
        verb or not; ``title`` is a word written before it ("Mr."), which may say the person's
        gender; ``determined``, that "the" is ("the Harbour Trust"): a thing's name; ``placed``,
        that "in" is ("in Dunmore"): a place's, when the person is named by that one word alone
        ("in Ebb" does not make Tom Ebb a place). Returns the person."""
        word = title.lower().rstrip(".")
        gender, length = TITLE_GENDERS.get(word), len(name.split())
        person = self.person(name, gender)
        self._seen(person)
        before = (person.name, person.surnamed, person.gender)
        known = length if person.name == name else len(person.name.split())  # the words of the fullest name
        if length > known:
            person.name, known = name, length  # the same last word: still indexed under it
        person.surnamed = person.surnamed or (length == 1 and known > 1)
        bisect.insort(person.mentions, position)
        if subject:
            bisect.insort(person.subjects, position)
        person.gender = person.gender or gender
        if (person.name, person.surnamed, person.gender) != before:
            self._changed(person)
        person.titled = person.titled or word in PERSON_TITLES
        family = length == 1 and known > 1  # "the Ebelings" after "Betsy Ebeling": her family, no thing's name
        person.determined = person.determined or (determined and not word and not family) or (placed and " " not in person.name)
        if word:
            person.titles.add(TITLE_ABBREVIATIONS.get(word, word))  # "Pres. Obama" is "the president"
            titled = self.title_words.setdefault(TITLE_ABBREVIATIONS.get(word, word), [])
            if person not in titled:
                titled.append(person)
        return person

    def _seen(self, person: Person) -> None:
        """Keep ``person`` among the :data:`RECENT` people named last, whom a pronoun may stand for."""
        recent = self.recent
        if recent and recent[-1] is person:
            return  # the latest already (named twice in a row, or named then speaking)
        if person in recent:
            recent.remove(person)
        recent.append(person)
        del recent[:-RECENT]

    def person(self, name: str, gender: str | None = None) -> Person:
        """The person (or organisation, or group) ``name`` is, recorded if new; ``gender`` is
        what a title says ("Mrs. Clinton" is not Bill Clinton)."""
        found = self._find(name, gender)
        if found is None:
            found = Person(name, gender or described_gender(name), order=len(self.people))
            self.people.append(found)
            words = _plain_words(name)  # as _find read them: the last word without accents is at hand
            self._index(found, words[-1] if words else _plain(name))
            self._answers(name)[name, gender] = found  # what _look_up would now say: the newcomer
        return found

    def _index(self, person: Person, last: str) -> None:
        """Index a newcomer under their last word (without accents). The words asked about that
        share one of its spellings (:meth:`_with_last_word`; the last word itself is one, asked
        about first) gain the newcomer, at the end since no one was named later, and their
        answers from :meth:`_find` go."""
        self._with_last_word(last)  # asked already when person() looked the name up: its spellings are known
        self.by_last_word.setdefault(last, []).append(person)
        self._indexed[person] = last
        for word in {word for variant in _dropped(last) for word in self._spellings[variant]}:
            self._near[word].append(person)
            self._found.pop(word, None)

    def _changed(self, person: Person) -> None:
        """``person`` has a new name, gender or surname flag, the things :meth:`_look_up` reads of
        a person: forget its answers for the last words whose people ``person`` is among
        (:meth:`_with_last_word`), and only those."""
        for variant in _dropped(self._indexed[person]):
            for word in self._spellings[variant]:
                self._found.pop(word, None)

    def _find(self, name: str, gender: str | None = None) -> Person | None:
        """:meth:`_look_up`, kept by the name's last word: an article asks about the same few
        names again and again. The answers for a word are forgotten when someone whose last
        word is alike is named (:meth:`person`) or changes (:meth:`_changed`)."""
        answers = self._answers(name)
        found = answers.get((name, gender), _UNREAD)
        if found is _UNREAD:
            found = answers[name, gender] = self._look_up(name, gender)
        return found

    def _answers(self, name: str) -> dict[tuple[str, str | None], Person | None]:
        """The answers :meth:`_find` keeps for the names that end with the last word of ``name``."""
        words = _plain_words(name)
        word = words[-1] if words else name
        answers = self._found.get(word)
        if answers is None:
            answers = self._found[word] = {}
        return answers

    def _look_up(self, name: str, gender: str | None = None) -> Person | None:
        """The person ``name`` is: the same name, or a fuller one that ends with it (surname),
        allowing for spelling: accents ("Sébastien"/"Sebastien") and one letter of a surname
        or a first name ("Lecorne"/"Lecornu", "Serguei"/"Sergei"); of the gender a title
        gives, when one does ("Mrs. Clinton" after Bill and Hillary Clinton). A description is
        only itself: "Clinton" is not "a person close to the Clintons", whose last word it is
        one letter from, nor "a top aide" that aide."""
        words = _plain_words(name)
        near = self._with_last_word(words[-1] if words else name)
        if not near:
            return None  # no one's last word is alike: a newcomer, most often
        matches = self._matches(name, words, near)
        if not gender and len(words) > 1:
            return next(matches, None)  # a full name: the last person of that name
        matches = list(islice(matches, RECENT))  # of many people of one surname, the recent ones: linear time
        if gender:
            return next((p for p in matches if p.gender == gender), next((p for p in matches if p.gender is None), None))
        if len(words) == 1:  # a surname: whom it named before ("Trump" after Donald and Ivanka Trump), else the last spoken of
            full = [p for p in matches if len(p.name.split()) > 1]
            return next((p for p in full if p.surnamed), max(full, key=_last_mention) if full else (matches[0] if matches else None))
        return matches[0] if matches else None

    def _matches(self, name: str, words: tuple[str, ...], near: list[Person]) -> Iterator[Person]:
        """The people ``name`` (its plain ``words``) may be, the latest named first: those of
        ``near`` (:meth:`_with_last_word`) whose name ends with words alike, word by word from the last."""
        described = name[:1].islower()
        for person in reversed(near):
            if person.name != name and (described or person.name[:1].islower()):
                continue  # a description is only itself
            known = _plain_words(person.name)
            if len(words) > len(known):
                continue
            if known[len(known) - len(words) :] == words or all(map(_alike, reversed(words), reversed(known))):
                yield person  # the same words (compared at once, as most are), or words alike

    def _with_last_word(self, word: str) -> list[Person]:
        """The people whose last word is ``word`` or one letter from it, found through the
        spellings of each with one letter dropped (``_spellings`` holds every word asked
        about, and so every person's last word, which :meth:`_index` asks about): no comparison
        with every name. An article asks for the same few words again and again: the answer is
        kept, and gains whoever is named later with a last word that shares one of those
        spellings (:meth:`_index`)."""
        near = self._near.get(word)
        if near is None:
            alike: set[str] = set()  # the words asked about before that share a spelling with ``word``
            spellings = self._spellings
            for variant in _dropped(word):
                words = spellings.get(variant)
                if words is None:
                    spellings[variant] = [word]  # no empty list made and thrown away for a spelling already known
                else:
                    alike.update(words)
                    words.append(word)
            lasts = self.by_last_word
            near = self._near[word] = sorted((p for key in alike if key in lasts for p in lasts[key]), key=_ORDER) if alike else []
        return near

    def knows(self, name: str, gender: str | None = None) -> bool:
        """Whether the article has named ``name`` (or a fuller name it is the end of) before."""
        return self._find(name, gender) is not None

    def titled(self, titles: tuple[str, ...]) -> Person | None:
        """The person named last with one of ``titles`` written before their name ("President
        Emmanuel Macron" for "president"), for "the president" or "the head of state"."""
        return next((p for p in reversed(self.recent) if p.titles and not p.titles.isdisjoint(titles)), None)

    def only_titled(self, title: str, position: int) -> Person | None:
        """The one person the article has named with ``title`` before their name ("Adm. Harry
        Ebb" for "admiral"), if it named them in the :data:`TITLED_REACH` sentences before the one
        at ``position``; None when it named nobody or several so ("the senator" after two
        senators may be either), or named them long before (then it may mean someone else)."""
        titled = self.title_words.get(title, ())
        if len(titled) != 1:
            return None
        named = self._sentence_of(_last(titled[0].mentions, position))
        return titled[0] if named >= 0 and named >= self._sentence_of(position) - TITLED_REACH else None

    def full_name(self, name: str, gender: str | None = None) -> str:
        """The fullest name the article used for ``name``, as :meth:`resolve_name` gives it, for
        the rules, which need the name but not why."""
        person = self._find(name, gender)
        return name if person is None else person.name

    def resolve_name(self, name: str, gender: str | None = None) -> Resolution:
        """The fullest name the article used for ``name`` (of ``gender``, when a title gives it)."""
        person = self._find(name, gender)
        if person is None or person.name == name:
            return Resolution(name, "named here")
        length = len(name.split())
        if length == 1:
            return Resolution(person.name, f"“{name}” is the surname of {person.name}, named before")
        if length < len(person.name.split()):
            return Resolution(person.name, f"“{name}” ends the full name {person.name}, named before")
        return Resolution(person.name, f"“{name}” is {person.name}, named before and spelt differently")

    def resolve_pronoun(self, pronoun: str, position: int, embedded: bool = False) -> Resolution | None:
        """The person a pronoun used at ``position`` stands for, or None when nobody fits;
        ``embedded``: the pronoun comes after a verb of its sentence, whose names then count
        ("Ayla Dorn sparred with Tom Ebb, saying she was appalled that he …" is Ebb)."""
        word = pronoun.lower()
        if word in GROUP_PRONOUNS:
            speaker = self.last_speaker
            if speaker is not None and speaker.is_a_group():
                return Resolution(speaker.name, f"“{pronoun}” is the last speaker, {speaker.name}")
            return None
        gender = PRONOUN_GENDER.get(word)
        if gender is None:
            return None
        # the quick tests first: a person of the other gender, or named only later, is not asked the rest
        candidates = [p for p in self.recent if p.gender in (gender, None) and p.mentions and p.mentions[0] < position
                      and (p.gender or p.name[:1].isupper()) and p.could_be_a_person()]
        if not candidates:
            return None
        here = self._sentence_of(position)  # the same for every candidate: found once
        before = position if embedded else self.sentences[here] if here >= 0 else 0
        salience = {p: self._salience(p, position, before) for p in candidates}
        best = max(candidates, key=salience.__getitem__)
        known = [p for p in candidates if p.gender == gender and position - salience[p][3] < 400]  # named within 400 characters
        acting = (bool(known) and self._acted_just_before(best, position, here) and best.called in (None, gender)  # not "he" just before
                  and (self._called_last(best, gender, known, salience) or self._none_acted(known, best, position, here)))
        if known and not self._spoke_just_before(best, here, position, candidates) and not acting:
            best = max(known, key=salience.__getitem__)
        if len(candidates) == 1 and best.gender is None:
            best.gender = gender  # the only person it could be: now we know
            self._changed(best)
        if _last(best.subjects, position) >= 0:
            return Resolution(best.name, f"“{pronoun}” is {best.name}, the last {_kind(gender)} to speak or act before it")
        return Resolution(best.name, f"“{pronoun}” is {best.name}, the last {_kind(gender)} named before it")

    def section_break(self) -> None:
        """The article opens a new section (a rule, or the time of a live blog's next entry): the
        people named before stay known by name, but no pronoun after the break stands for them
        until they are named again."""
        self.recent.clear()
        self.last_speaker = None

    def sentence(self, start: int) -> None:
        """A sentence of the article opens at ``start`` (sentences are given in order): a pronoun
        looks for its person sentence by sentence (:meth:`_salience`)."""
        if not self.sentences or start > self.sentences[-1]:
            self.sentences.append(start)

    def goes_on(self) -> None:
        """The sentence that opened last is only a quotation, which goes on with the speaker
        before: no step of the narration between them (:meth:`_spoke_just_before`)."""
        self.quotations.add(len(self.sentences) - 1)

    def _sentence_of(self, position: int) -> int:
        """The index of the sentence that holds ``position`` (-1 for none: no position)."""
        return bisect.bisect_right(self.sentences, position) - 1 if position >= 0 else -1

    def spoke_in_sentence_before(self, position: int) -> bool:
        """Whether the last speaker spoke in the sentence just before the one at ``position``
        (a paragraph that is only a quotation goes on with them, see :func:`framekit.quotes.extraction`)."""
        return self.last_speaker is not None and self._sentence_of(self.last_spoke_at) == self._sentence_of(position) - 1

    def _spoke_just_before(self, person: Person, here: int, position: int, others: list[Person]) -> bool:
        """Whether ``person`` is the last speaker, who spoke in the sentence ``here`` (the index
        of a pronoun's, at ``position``) or the one before: "“…,” said Ana Ruiz. She added …" is
        Ruiz though the text never said she is a woman and names another woman nearby. So is
        "“…,” said Ana Ruiz. “…” She added …": a quotation that goes on with her is no step of
        the narration, when none of the ``others`` was named since she spoke."""
        if person is not self.last_speaker:
            return False
        spoke, since = self._sentence_of(self.last_spoke_at), self.last_spoke_at
        if spoke >= here - 1:
            return True
        return (spoke >= 0 and all(k in self.quotations for k in range(spoke + 1, here))
                and not any(p is not person and _last(p.mentions, position) > since for p in others))

    def _acted_just_before(self, person: Person, position: int, here: int, back: int = 1) -> bool:
        """Whether ``person`` is the subject of a verb before ``position`` in its sentence (of
        index ``here``) or one of the ``back`` before it: "Mark Ode, 55, drove a forklift. “…,” he
        said." is Ode though the text never said he is a man and names a known man nearby."""
        return self._sentence_of(_last(person.subjects, position)) >= here - back

    def _none_acted(self, known: list[Person], person: Person, position: int, here: int) -> bool:
        """Whether none of ``known`` (of the pronoun's gender) acted in the two sentences before a
        pronoun's (of index ``here``) nor in it, since the paragraph in which ``person`` acted
        opened: a new paragraph moves the story on to them ("¶ Dana Lorne, who runs the bakery,
        remembered the fire. ¶ Now, she said, …" is Lorne though a woman of the paragraph
        before spoke two sentences earlier)."""
        acted = self._sentence_of(_last(person.subjects, position))  # the pronoun's sentence or the one before
        back = next((here - k for k in range(acted, max(here - 2, -1), -1) if self._opens_paragraph(k)), 2)
        return not any(self._acted_just_before(p, position, here, back) for p in known)

    def _opens_paragraph(self, index: int) -> bool:
        """Whether the sentence of ``index`` opens a paragraph of :attr:`text` (a line break before it)."""
        start = self.sentences[index]
        return start == 0 or "\n" in self.text[max(start - 4, 0) : start]

    def _called_last(self, person: Person, gender: str, known: list[Person], salience: dict) -> bool:
        """Whether ``person`` was last meant by a pronoun of ``gender`` as a verb's subject and acted
        in a later sentence than anyone of that gender the text made so (``known``), by their
        :meth:`_salience`: "Mr. Ebb spoke. Tom Lind ran the mill, and he built it. In a speech, he
        said …" is Lind, whom the "he" just before already meant."""
        if person.called != gender:
            return False
        acted = self._sentence_of(salience[person][2])
        return all(self._sentence_of(salience[p][2]) < acted for p in known)

    def _salience(self, person: Person, position: int, before: int) -> tuple[int, bool, int, int]:
        """How near ``person`` is to a pronoun at ``position``, sentence by sentence: the latest
        sentence where they spoke or acted, or were named before ``before``: the opening of the
        pronoun's sentence (a name in the pronoun's own sentence is not its subject: in "Asked
        about Reyes, he said" he is not Reyes), or the pronoun itself when a verb of its sentence
        comes first (``embedded``); in that sentence, its subject before a name in passing."""
        acted = _last(person.subjects, position)
        mentioned = _last(person.mentions, position)
        subject = self._sentence_of(acted)
        # the last mention before ``before`` is the last before ``position`` when that one comes first (most people)
        named = self._sentence_of(mentioned if mentioned < before else _last(person.mentions, before))
        return max(subject, named), subject >= named, acted, mentioned

    def gendered(self, name: str, gender: str) -> None:
        """The text says ``name`` is a man ("m") or a woman ("f"): "Ana Ruiz said she …" (see
        :func:`framekit.quotes.extraction`); a gender already known stays."""
        person = self._find(name)
        if person is not None and person.gender is None:
            person.gender = gender
            self._changed(person)

    def acted(self, pronoun: str, position: int, bound: str | None = None, embedded: bool = False,
              aside: bool = False) -> Resolution | None:
        """"He" or "she" at ``position`` is the subject of a verb: the person it stands for does
        something there, so that the next pronoun finds them in this sentence ("She called the
        plan “bold.” “I doubt it,” she said.": the same woman). ``bound`` is the name of the
        sentence's subject when the pronoun is in its clause ("Ana Ruiz said she …"). ``aside``:
        the verb is in a subordinate clause after the main one ("“…,” said Ana Ruiz, who met
        Tom Ebb as he rose"): the person is only named there, and does not outrank the one the
        sentence is about for the next pronoun. Returns the resolution."""
        if bound is not None:
            found = Resolution(bound, f"“{pronoun}” is {bound}, the subject of the clause it is in")
        else:
            found = self.resolve_pronoun(pronoun, position, embedded)
        person = self._find(found.name) if found else None
        if person is not None:
            person.called = PRONOUN_GENDER.get(pronoun.lower())
        if person is not None and _last(person.mentions, position + 1) != position:  # once per pronoun
            if not aside:
                bisect.insort(person.subjects, position)
            bisect.insort(person.mentions, position)
        return found

    def answers(self, name: str, position: int) -> None:
        """``name``, named at ``position``, is asked a question there and so acts: the next
        pronoun may stand for them before the one who asked (see :func:`framekit.quotes.extraction`)."""
        self.acts(name, position)

    def acts(self, name: str, position: int) -> None:
        """``name`` does something at ``position``, where the text may not name them ("the admiral
        chuckled" for Adm. Harry Ebb, see :func:`framekit.quotes.extraction`): the next pronoun may
        stand for them."""
        person = self._find(name)
        if person is not None and _last(person.subjects, position + 1) != position:
            bisect.insort(person.subjects, position)

    def spoke(self, person: Person | None, position: int | None = None) -> None:
        """``person`` is the speaker of the latest attribution, made at ``position``."""
        self.last_speaker = person
        self.last_spoke_at = -1 if position is None else position
        if person is not None:
            self._seen(person)
            person.spoke = True
            if position is not None:
                bisect.insort(person.subjects, position)
                bisect.insort(person.mentions, position)


_ORDER = attrgetter("order")  # the order in which people were named: a key read without a Python call
_UNREAD = object()  # what People._find keeps for a name not yet looked up (None is an answer)


def _last_mention(person: Person) -> int:
    """Where ``person`` was last named or meant by a "he" or "she" (-1: never): of several people
    of one surname, the one a bare surname stands for is the one the text spoke of last."""
    return person.mentions[-1] if person.mentions else -1


def title_gender(title: str) -> str | None:
    """The gender a title written before a name gives ("Mrs." a woman, "Mr." a man), or None."""
    return TITLE_GENDERS.get(title.lower().rstrip("."))


@lru_cache(maxsize=4096)
def described_gender(name: str) -> str | None:
    """The gender a description gives by its head noun ("his brother", "a Berlin woman from
    Mitte"), or None: a name does not say it ("Martha King" is no king). Kept for the last few
    thousand names and descriptions: each name of a sentence is asked about, again and again."""
    words = name.split()
    head = next((i for i, word in enumerate(words) if word.lower() in ("of", "for", "at", "in", "from", "with")), len(words))
    word = words[head - 1] if head else ""
    if word[:1].isupper():
        return None  # a capitalised head is a name, or a title written before one
    return "m" if word in MALE_NOUNS else "f" if word in FEMALE_NOUNS else None


# What may follow a surname: "Luther Pate IV" and "Donald Trump Jr." are Pate and Trump.
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


@lru_cache(maxsize=4096)
def _names_a_thing(name: str) -> bool:
    """:meth:`Person.names_a_thing` for a name, kept for the last few thousand names: a pronoun
    asks it of each of the recent people. A people's plural name ("Democrats", "Hispanic-Americans")
    names a group, not a person: "he" is never "Democrats", "they" may be."""
    words = name.split()
    return (any(word.lower() in NOT_PEOPLE or _possessor(word) in NOT_PEOPLE for word in words)
            or (len(words) == 1 and plural_name(name.rsplit("-", 1)[-1]))  # "Democrats", "Hispanic-Americans": a group
            or (len(words) > 1 and words[0].lower() in PLACE_OPENINGS)
            or any(word.isalpha() and word.isupper() and len(word) > 1 and word.lower() not in SUFFIXES for word in words))


@lru_cache(maxsize=4096)
def _could_name_a_person(name: str, spoke: bool) -> bool:
    """:meth:`Person.could_be_a_person` for a name with no gender, title or "the": no thing's
    name, and words said or a first and a last name. Kept for the last few thousand names: a
    pronoun asks it of each of the recent people."""
    if _names_a_thing(name):
        return False
    words = name.split()
    return spoke or (len(words) >= 2 and all(word[:1].isupper() for word in words))


def _possessor(word: str) -> str:
    """``word`` in lower case without a possessive or a period: "Post's" → "post"."""
    word = word.lower().rstrip(".")
    return word[:-2] if word.endswith(("'s", "’s")) else word.rstrip("'’")


def _surname_words(name: str) -> list[str]:
    """The words of a name without a suffix after the surname ("Jr.", "III"): "Pate" names
    "Luther Stan Pate IV"."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in SUFFIXES:
        words.pop()
    return words


@lru_cache(maxsize=4096)
def _plain_words(name: str) -> tuple[str, ...]:
    """The words of a name without a suffix (:func:`_surname_words`) and without accents
    (:func:`_plain`), as names are compared; kept for the last few thousand names, which an
    article repeats."""
    return tuple(_plain(word) for word in _surname_words(name))


def _plain(word: str) -> str:
    """A word without its accents: "Sébastien" → "Sebastien". Most words are ASCII, which has
    no accents to drop: they are returned as they are, without normalising them."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _dropped(word: str) -> frozenset[str]:
    """``word`` and every spelling of it with one letter dropped; two words one letter apart
    (changed, added or dropped) share one of these. Short words must match exactly. Kept for
    the last few thousand words: an article looks up the same few names over and over."""
    if len(word) < 5:
        return frozenset((word,))
    return frozenset((word, *(word[:i] + word[i + 1 :] for i in range(len(word)))))


def _alike(a: str, b: str) -> bool:
    """The same word, or (five letters or more) one letter apart."""
    return a == b or (min(len(a), len(b)) >= 5 and bool(_dropped(a) & _dropped(b)))


def _kind(gender: str) -> str:
    return "man or person of unknown gender" if gender == "m" else "woman or person of unknown gender"
