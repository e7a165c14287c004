"""framekit.quotes.coreference: the people an article names, and whom a surname or a pronoun
stands for (with the rule that says so), on invented people and places."""

from __future__ import annotations

from itertools import product

from framekit.quotes.coreference import (
    RECENT,
    People,
    Person,
    Resolution,
    described_gender,
)


def _men(count: int) -> list[str]:
    """``count`` invented surnames, each more than one letter from every other."""
    surnames = [a + b for a, b in product(("Brand", "Corv", "Delm", "Fenw", "Garth", "Holm"), ("ick", "ard", "ston", "by", "ley"))]
    return surnames[:count]


def test_a_surname_stands_for_the_fuller_name_named_before() -> None:
    people = People()
    people.named("Sébastien Vardoux", 0, "Minister", subject=True)
    assert people.resolve_name("Vardoux") == Resolution(
        "Sébastien Vardoux", "“Vardoux” is the surname of Sébastien Vardoux, named before"
    )
    assert people.resolve_name("Sébastien Vardoux") == Resolution("Sébastien Vardoux", "named here")


def test_a_name_nobody_had_before_is_named_here() -> None:
    people = People()
    assert people.resolve_name("Okafor") == Resolution("Okafor", "named here")
    people.named("Oskar Dahl", 0)
    assert people.resolve_name("Nadia Dahl") == Resolution("Nadia Dahl", "named here")  # another first name


def test_accents_and_one_letter_do_not_make_another_person() -> None:
    people = People()
    people.named("Sébastien Vardoux", 0)
    assert people.person("Sebastien Vardoux") is people.people[0]
    assert people.resolve_name("Vardous").name == "Sébastien Vardoux"  # a surname one letter off
    people.named("Serguei Orlov", 40)
    assert people.person("Sergei Orlov").name == "Serguei Orlov"  # a first name one letter off
    assert [person.name for person in people.people] == ["Sébastien Vardoux", "Serguei Orlov"]


def test_a_short_name_must_be_spelt_exactly() -> None:
    people = People()
    people.named("Oskar Dahl", 0)
    assert people.resolve_name("Dahn") == Resolution("Dahn", "named here")
    assert people.resolve_name("Dahl").name == "Oskar Dahl"


def test_a_title_says_a_gender_or_only_that_it_is_a_person() -> None:
    people = People()
    ruiz = people.named("Ruiz", 0, "Ms.")
    lagos = people.named("Lagos", 10, "Mr.")
    voss = people.named("Voss", 20, "Sen.")
    dahl = people.named("Dahl", 30, "Fisheries")
    assert [(p.gender, p.titled) for p in (ruiz, lagos, voss, dahl)] == [("f", True), ("m", True), (None, True), (None, False)]


def test_a_first_and_last_name_or_a_title_or_words_said_make_a_person_a_place_or_a_date_do_not() -> None:
    assert [Person(name).could_be_a_person() for name in ("Ilse Brandt", "Ilse", "Harbour County", "Larsvik News", "NRK Radio", "Tuesday")] == [
        True, False, False, False, False, False,
    ]
    assert Person("Ilse", titled=True).could_be_a_person()
    assert Person("Ilse", spoke=True).could_be_a_person()  # words said make a person of a name
    assert not Person("Larsvik Tribune", spoke=True).could_be_a_person()  # not of a newspaper's


def test_he_and_she_go_to_the_last_person_of_their_gender() -> None:
    people = People()
    people.named("Hana Ruiz", 0, "Ms.", subject=True)
    people.named("Pedro Lagos", 40, "Mr.", subject=True)
    assert people.resolve_pronoun("she", 80) == Resolution(
        "Hana Ruiz", "“she” is Hana Ruiz, the last woman or person of unknown gender to speak or act before it"
    )
    assert people.resolve_pronoun("he", 80).name == "Pedro Lagos"


def test_a_pronoun_prefers_the_last_subject_and_else_the_last_name() -> None:
    acted = People()
    acted.named("Harald Brek", 0, subject=True)
    acted.named("Ansel Morrow", 30)  # named in passing, doing nothing
    assert acted.resolve_pronoun("he", 60).name == "Harald Brek"
    named = People()
    named.named("Harald Brek", 0)
    named.named("Ansel Morrow", 30)
    assert named.resolve_pronoun("he", 60) == Resolution(
        "Ansel Morrow", "“he” is Ansel Morrow, the last man or person of unknown gender named before it"
    )


def test_a_pronoun_that_could_mean_one_person_only_gives_that_person_a_gender() -> None:
    people = People()
    people.named("Hana Ruiz", 0, subject=True)
    assert people.resolve_pronoun("She", 30).name == "Hana Ruiz"
    assert people.people[0].gender == "f"
    people.named("Pedro Lagos", 50, subject=True)
    assert people.resolve_pronoun("she", 80).name == "Hana Ruiz"  # not the man who acted last
    assert people.resolve_pronoun("he", 80).name == "Pedro Lagos"


def test_someone_just_called_he_is_not_the_next_she_who_acts() -> None:
    people = People()
    people.sentence(0)
    people.named("Ana Ruiz", 0, subject=True)
    people.gendered("Ana Ruiz", "f")
    people.sentence(50)
    people.named("Kim Varga", 60)
    people.sentence(100)
    people.named("Tom Bell", 130)
    assert people.acted("he", 160, embedded=True).name == "Tom Bell"  # "telling Bell that whatever he meant": Bell acts as "he"
    assert people.people[-1].gender is None  # Varga could have been "he" too: Bell's gender stays unknown
    people.sentence(200)
    assert people.resolve_pronoun("she", 210).name == "Ana Ruiz"  # not Bell, though he acted last and has no known gender


def test_he_and_she_stand_for_a_description_only_when_its_noun_gives_a_gender() -> None:
    def he_after(description: str) -> str:
        people = People()
        people.named("Tom Hale", 0, subject=True)
        people.spoke(people.person(description), 40)
        return people.resolve_pronoun("he", 80).name

    assert he_after("the authorities") == "Tom Hale"
    assert he_after("the harbour report") == "Tom Hale"
    assert he_after("his brother") == "his brother"
    assert he_after("a spokeswoman") == "Tom Hale"


def test_a_place_a_date_or_someone_not_yet_named_is_nobodys_he_or_she() -> None:
    places = People()
    places.named("North Harbour", 0, subject=True)
    places.named("Tuesday", 10)
    assert places.resolve_pronoun("he", 40) is None
    later = People()
    later.named("Hana Ruiz", 100)
    assert later.resolve_pronoun("she", 50) is None
    assert later.resolve_pronoun("she", 150).name == "Hana Ruiz"


def test_they_and_it_stand_for_the_last_speaker_only_when_that_is_not_a_person() -> None:
    people = People()
    people.named("Harbour Council", 0)
    people.last_speaker = people.person("Harbour Council")
    assert people.resolve_pronoun("they", 30) == Resolution("Harbour Council", "“they” is the last speaker, Harbour Council")
    assert people.resolve_pronoun("It", 30).name == "Harbour Council"
    people.named("Hana Ruiz", 40, "Ms.", subject=True)
    people.spoke(people.person("Hana Ruiz"), 50)
    assert people.last_speaker.name == "Hana Ruiz"
    assert people.resolve_pronoun("they", 80) is None


def test_a_pronoun_stands_only_for_the_recent_people() -> None:
    def she_after(men: int) -> str | None:
        people = People()
        people.named("Hana Ruiz", 0, "Ms.", subject=True)
        for k, surname in enumerate(_men(men), start=1):
            people.named(f"Karl {surname}", 10 * k, "Mr.", subject=True)
        assert len(people.people) == men + 1
        found = people.resolve_pronoun("she", 10 * (men + 1))
        return found.name if found else None

    assert she_after(RECENT - 1) == "Hana Ruiz"
    assert she_after(RECENT) is None  # she has left the window of the RECENT people named last


def test_every_resolution_says_why_in_one_line() -> None:
    people = People()
    people.named("Hana Ruiz", 0, "Ms.", subject=True)
    people.named("Pedro Lagos", 40)
    people.last_speaker = people.person("Harbour Council")
    resolutions = [
        people.resolve_name("Ruiz"), people.resolve_name("Okafor"),
        people.resolve_pronoun("she", 60), people.resolve_pronoun("he", 60), people.resolve_pronoun("they", 60),
    ]
    assert [r.name for r in resolutions] == ["Hana Ruiz", "Okafor", "Hana Ruiz", "Pedro Lagos", "Harbour Council"]
    assert all(r.why and "\n" not in r.why for r in resolutions)
    assert resolutions[3].why == "“he” is Pedro Lagos, the last man or person of unknown gender named before it"


def test_a_description_says_a_gender_by_its_head_noun_and_a_name_says_none() -> None:
    assert described_gender("his brother") == "m"
    assert described_gender("a Larsvik woman from the old town") == "f"
    assert described_gender("the mother of the missing fisher") == "f"
    assert described_gender("a man in a red coat") == "m"
    assert described_gender("the authorities") is None
    assert described_gender("Anna Kovac") is None
    assert described_gender("Martha King") is None  # a surname that is also a noun
    assert described_gender("Carla Prince") is None


def test_a_surname_that_is_a_noun_does_not_overrule_a_title() -> None:
    people = People()
    people.named("Martha King", 0, "Ms.")
    assert people.person("Martha King").gender == "f"
    people.named("Pedro Lagos", 20, "Mr.")
    assert people.resolve_pronoun("she", 60).name == "Martha King"


def test_it_stands_for_a_speaker_that_is_no_person_even_after_it_spoke() -> None:
    people = People()
    people.spoke(people.person("the agency"), 10)
    assert people.resolve_pronoun("it", 20) == Resolution("the agency", "“it” is the last speaker, the agency")
    people.spoke(people.person("NATO"), 30)
    assert people.resolve_pronoun("they", 40).name == "NATO"
    people.named("Pedro Lagos", 50, "Mr.")
    people.spoke(people.person("Pedro Lagos"), 60)
    assert people.resolve_pronoun("it", 70) is None


def test_why_tells_a_surname_from_a_full_name_spelt_differently() -> None:
    people = People()
    people.named("Sébastien Marc Vardoux", 0)
    assert people.resolve_name("Vardoux").why == "“Vardoux” is the surname of Sébastien Marc Vardoux, named before"
    assert people.resolve_name("Marc Vardoux").why == "“Marc Vardoux” ends the full name Sébastien Marc Vardoux, named before"
    assert people.resolve_name("Sebastien Marc Vardoux").why == (
        "“Sebastien Marc Vardoux” is Sébastien Marc Vardoux, named before and spelt differently")


def test_the_person_titled_president_and_whether_a_name_is_known() -> None:
    people = People()
    people.named("Emmanuel Macron", 0, "President")
    people.named("Sergei Shoigu", 40, "Minister")
    assert people.titled(("president",)).name == "Emmanuel Macron"
    assert people.titled(("king",)) is None
    assert people.knows("Macron") and people.knows("Shoigu") and not people.knows("Lecornu")


def test_a_suffix_after_the_surname_does_not_hide_it() -> None:
    people = People()
    people.named("Luther Pate IV", 0)
    people.named("Ada Crane Jr.", 20)
    assert people.resolve_name("Pate").name == "Luther Pate IV"
    assert people.resolve_name("Crane").name == "Ada Crane Jr."


def test_a_suffix_is_no_acronym_that_makes_a_name_an_organisations() -> None:
    assert Person("Otis Brandt III").could_be_a_person() and Person("Ray Dole IV").could_be_a_person()
    assert not Person("Otis Brandt III").names_a_thing()
    assert Person("NATO Command").names_a_thing() and Person("Harbour FC").names_a_thing()


def test_a_name_written_after_the_is_a_things_even_when_it_speaks() -> None:
    people = People()
    ledger = people.named("Harbour Ledger", 0, determined=True)  # "the Harbour Ledger reported"
    people.spoke(ledger, 0)
    assert not ledger.could_be_a_person() and ledger.is_a_group()
    assert people.resolve_pronoun("he", 40) is None
    reverend = people.named("Al Moss", 60, "Rev.", determined=True)  # "the Rev. Al Moss": a title between
    assert reverend.could_be_a_person() and not reverend.determined


def test_a_title_s_gender_picks_among_people_of_one_surname() -> None:
    people = People()
    hillary = people.named("Hillary Dunne", 0, "Ms.")
    bill = people.named("Bill Dunne", 30, "Mr.")
    assert people.resolve_name("Dunne", "f").name == "Hillary Dunne"
    assert people.resolve_name("Dunne", "m").name == "Bill Dunne"
    assert people.named("Dunne", 60, "Mrs.") is hillary and bill.gender == "m"  # not made a woman
    assert people.resolve_name("Dunne").name == "Hillary Dunne"  # no title: whom "Dunne" named before
    others = People()
    others.named("Ada Kerr", 0)
    others.named("Tom Kerr", 20)
    assert others.resolve_name("Kerr").name == "Tom Kerr"  # the surname used for nobody yet: the one named last
    others.named("Kerr", 40)
    others.named("Nils Kerr", 60)
    assert others.resolve_name("Kerr").name == "Tom Kerr"  # not the Kerr named since


def test_a_sea_or_an_act_is_nobodys_he() -> None:
    assert [Person(name).could_be_a_person() for name in ("China Sea", "Security Act")] == [False, False]


def test_a_pronoun_looks_sentence_by_sentence() -> None:
    people = People()
    for start in (0, 30, 70):
        people.sentence(start)
    people.named("Olaf Brandt", 0, subject=True)  # acts in the first sentence
    people.named("Marta Lind", 45)  # named in passing in the second
    people.named("Ivo Rask", 75)  # named in the pronoun's own sentence: not its subject
    assert people.resolve_pronoun("she", 90).name == "Marta Lind"
    people.named("Ana Berg", 50, subject=True)  # the second sentence's subject comes first
    assert people.resolve_pronoun("she", 90).name == "Ana Berg"


def test_a_pronoun_that_acts_counts_for_its_person() -> None:
    people = People()
    for start in (0, 30, 70):
        people.sentence(start)
    people.named("Lena Vos", 0, "Ms.", subject=True)
    people.named("Aron Pike", 40)
    assert people.acted("she", 55).name == "Lena Vos"  # "…, she has visited the council."
    assert people.resolve_pronoun("she", 90).name == "Lena Vos"
    assert people.people[0].subjects == [0, 55]


def test_a_pronoun_bound_by_its_clause_s_subject_acts_for_that_subject() -> None:
    people = People()
    people.sentence(0)
    people.named("Ivo Rask", 0, subject=True)
    people.named("Tom Dale", 20, subject=True)
    found = people.acted("he", 40, bound="Ivo Rask")  # "Ivo Rask, who met Tom Dale, said he …"
    assert found.name == "Ivo Rask" and "subject of the clause" in found.why
    assert people.people[0].subjects == [0, 40]


def test_a_name_in_the_pronoun_s_own_sentence_counts_only_after_a_verb() -> None:
    people = People()
    for start in (0, 30):
        people.sentence(start)
    people.named("Ivo Rask", 0, "Mr.", subject=True)
    people.named("Tom Ebb", 45, "Mr.")  # "Asked about Mr. Ebb, he said" / "… met Mr. Ebb, saying that he"
    assert people.resolve_pronoun("he", 60).name == "Ivo Rask"
    assert people.resolve_pronoun("he", 60, embedded=True).name == "Tom Ebb"


def test_the_last_speaker_goes_on_before_a_known_gender() -> None:
    people = People()
    for start in (0, 30, 70):
        people.sentence(start)
    people.named("Ana Torres", 0, "Ms.", subject=True)
    people.spoke(people.person("Sam Roe"), 35)
    assert people.resolve_pronoun("she", 75).name == "Sam Roe"  # "“…,” said Sam Roe. She added …"
    people.sentence(100)
    assert people.resolve_pronoun("she", 105).name == "Ana Torres"  # two sentences on: the known woman


def test_the_subject_just_before_goes_on_unless_a_known_gender_acted_lately_too() -> None:
    people = People()
    for start in (0, 30, 70):
        people.sentence(start)
    people.named("Tom Ebb", 20, "Mr.")  # "The mill belongs to Mr. Tom Ebb."
    people.named("Mark Ode", 30, subject=True)  # "Mark Ode, 55, drove a forklift there."
    assert people.resolve_pronoun("he", 75).name == "Mark Ode"
    people.named("Ebb", 10, "Mr.", subject=True)  # "Mr. Ebb owns the mill.": the known man acted lately too
    assert people.resolve_pronoun("he", 75).name == "Tom Ebb"


def test_a_gender_the_text_gives_is_kept() -> None:
    people = People()
    people.named("Nora Quist", 0)
    people.gendered("Nora Quist", "f")
    people.gendered("Quist", "m")  # a later, contradicting hint does not change it
    assert people.people[0].gender == "f"
    people.gendered("Nobody Named", "m")  # nobody of the name: nothing happens
    assert len(people.people) == 1


def test_a_place_opening_makes_a_place_only_as_the_first_word() -> None:
    places = [Person(name).could_be_a_person() for name in ("San Feliu", "North Varland", "New Harlow", "Varland Post's")]
    assert places == [False, False, False, False]
    assert Person("Aung San Tin").could_be_a_person() and Person("Ruth West").could_be_a_person()


def test_a_name_is_never_a_description_that_ends_in_a_word_like_it() -> None:
    people = People()
    people.named("a person close to the Clintons", 0)
    assert not people.knows("Clinton")
    assert people.person("Clinton") is not people.person("a person close to the Clintons")
