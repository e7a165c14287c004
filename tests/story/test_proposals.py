"""framekit.story.proposals: term families proposed from a story's texts (fictional articles)."""

from __future__ import annotations

from pathlib import Path

from framekit.story.proposals import edit_distance, labels, names, proposals, spellings, terms_yaml
from framekit.story.terms import default_families, parse_terms

TEXTS = {
    "post": "The governor of Vellin said on Tuesday that the attack on the port of Kalmora was a massacre. "
            "Minister Ilse Brandt visited Kalmora.",
    "herald": "In Kalmorra, gunmen opened fire at the port. The Kalmorra attack killed two, said Minister Ilse Brant.",
    "wire": "Officials in Vellin said the terrorists fled. Minister Ilse Brandt said the attack would be investigated.",
}


def test_names_are_capitalised_words_used_in_mid_sentence() -> None:
    found = names(TEXTS)
    assert found["Kalmora"] == {"post"} and found["Kalmorra"] == {"herald"} and found["Vellin"] == {"post", "wire"}
    assert "Minister" not in found  # an ordinary word the lexicon knows ("minister")
    assert "Tuesday" not in found  # a day
    assert "Officials" not in found and "The" not in found  # only at the start of a sentence


def test_spellings_that_differ_across_articles_are_proposed() -> None:
    found = {p.id: p for p in spellings(TEXTS)}
    assert sorted(found) == ["spelling-brandt", "spelling-kalmora"]
    kalmora = found["spelling-kalmora"]
    assert [label for label, _ in kalmora.variants] == ["Kalmora", "Kalmorra"]
    assert kalmora.used_in == (("post",), ("herald",)) and kalmora.evidence == "'Kalmora' in 1 article (post); 'Kalmorra' in 1 article (herald)"


def test_words_used_in_the_same_articles_or_an_ending_apart_are_not_spellings() -> None:
    texts = {"a": "He met Russia's envoy and the Russian minister, and Karlsson and Karlson too.",
             "b": "The Russian envoy spoke with Karlsson and Karlson in Russia."}
    assert spellings(texts) == []  # Russia / Russian: an ending; Karlsson / Karlson: both in both articles


def test_kyiv_and_kiev_two_letters_apart() -> None:
    texts = {"a": "The mayor of Kyiv spoke.", "b": "The mayor of Kiev spoke.", "c": "The mayor of Kiev left."}
    [proposal] = spellings(texts)
    assert proposal.variants == (("Kiev", ("Kiev",)), ("Kyiv", ("Kyiv",))) and edit_distance("kyiv", "kiev") == 2


def test_labels_need_two_words_of_a_group() -> None:
    found = {p.id: p for p in labels(TEXTS)}
    assert sorted(found) == ["event-words", "perpetrator-words"]
    assert [label for label, _ in found["event-words"].variants] == ["attack", "massacre"]
    assert [label for label, _ in found["perpetrator-words"].variants] == ["terrorists", "gunmen"]
    assert labels({"a": "The attack.", "b": "Attacks and an attack."}) == []


def test_terms_yaml_extends_the_defaults_and_marks_each_proposal() -> None:
    text = terms_yaml(TEXTS)
    families, problems = parse_terms(text, Path("terms.yaml"))
    assert problems == []
    assert [f.id for f in families] == [f.id for f in default_families()] + [p.id for p in proposals(TEXTS)]
    assert [f.proposed for f in families] == [False] * len(default_families()) + [True] * len(proposals(TEXTS))
    assert "# proposed from the texts: 'Kalmora' in 1 article (post); 'Kalmorra' in 1 article (herald)" in text


def test_terms_yaml_without_proposals_is_valid() -> None:
    text = terms_yaml({"a": "Nothing to see here."})
    families, problems = parse_terms(text, Path("terms.yaml"))
    assert problems == [] and families == default_families()


def test_many_look_alike_names_stay_linear_and_bounded() -> None:
    # 2,000 names sharing stems: candidate pairs come only from deletion keys, and crowded keys are skipped
    texts = {f"a{i}": " ".join(f"the Name{chr(97 + i % 26)}{chr(97 + j % 26)}x" for j in range(40)) for i in range(50)}
    assert all(len(p.variants) <= 6 for p in spellings(texts))
