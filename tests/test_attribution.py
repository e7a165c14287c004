"""framekit.attribution: reporting verbs, what they signal, and chains of relays."""

from __future__ import annotations

from framekit.attribution import (
    NO_CUE,
    OTHER,
    chains,
    cue_counts,
    cues_by_speaker,
    relayed_share,
    signal,
    signal_counts,
    statements,
    verb_table,
)
from framekit.corpus import load_story
from framekit.voices import quote_rows


def test_signal_groups_and_unknown_cues() -> None:
    assert signal("said") == signal("According to") == "neutral: reports"
    assert signal("claimed") == "distancing: casts doubt"
    assert signal("stressed") == "emphatic: insists"
    assert signal("denounced") == "judging: condemns or rejects"
    assert signal("murmured") == signal(None) == OTHER


def test_cue_and_signal_counts_leave_terms_out(row) -> None:
    rows = [row("a", "Anna", 0, 1, cue="said"), row("a", "Ivan", 0, 1, cue="claimed"),
            row("a", "Ivan", 0, 1, cue="claimed"), row("a", "Olga", 0, 1), row("b", None, 0, 1, kind="term")]
    assert cue_counts(rows) == {"a": {"claimed": 2, "said": 1, NO_CUE: 1}}
    assert signal_counts(rows) == {"a": {"distancing: casts doubt": 2, "neutral: reports": 1, OTHER: 1}}


def test_chains_name_the_relay_and_the_outlet(row, stories) -> None:
    story = stories({"a": "x", "b": "y"})
    rows = [row("b", "Sergey Shoigu", 0, 1, via="TASS", cue="stressed"), row("a", "Sergei Shoigu", 0, 1)]
    found = chains(story, rows)
    assert [str(c) for c in found] == ["Sergei Shoigu → a Times", "Sergei Shoigu → TASS → b Times"]
    assert [c.article for c in chains(story, rows, relayed_only=True)] == ["b"]
    assert relayed_share(story, rows) == {"a": 0.0, "b": 1.0}


def test_seed_story_attribution() -> None:
    """Claims lesson 02 makes about verbs and relays, on the hand annotation."""
    story = load_story("crocus-call-2024")
    rows = quote_rows(story)
    assert cues_by_speaker(rows, "kyiv-independent-first-call")["TASS"] == {"claimed": 2, "said": 1}
    assert cues_by_speaker(rows, "kyiv-independent-first-call")["Le Monde"] == {"said": 1}
    assert "Sergey Shoigu → TASS → The Kyiv Independent" in {str(c) for c in chains(story, rows, relayed_only=True)}
    shares = relayed_share(story, rows)
    assert max(shares, key=shares.get) == "kyiv-independent-first-call"
    assert min(shares, key=shares.get) == "macron-dismisses-claims"
    relayed = [c.via for c in chains(story, rows, relayed_only=True) if c.article == "macron-dismisses-claims"]
    assert relayed == ["the Russian MOD"]


def test_a_partial_quote_inside_reported_speech_is_one_statement(row) -> None:
    outer = row("a", "Anna", 0, 40, kind="indirect", cue="adding")
    inner = row("a", "Anna", 30, 39, cue="adding")
    other_speaker = row("a", "Ivan", 10, 20, kind="indirect", cue="said")
    assert statements([outer, inner, other_speaker]) == [outer, other_speaker]
    assert cue_counts([outer, inner]) == {"a": {"adding": 1}}


def test_verb_table_and_cues_by_speaker(row, stories) -> None:
    story = stories({"a": "x", "b": "y"})
    rows = [row("a", "TASS", 0, 1, cue="claimed"), row("a", "TASS", 2, 3, cue="claimed"), row("a", "Anna", 0, 1, cue="said")]
    table = verb_table(story, rows)
    assert table.columns == ("article", "neutral", "emphatic", "distancing", "judging", "other", "verbs")
    assert table.rows == (("a", "1", "0", "2", "0", "0", "claimed ×2, said ×1"), ("b", "0", "0", "0", "0", "0", ""))
    assert cues_by_speaker(rows, "a") == {"TASS": {"claimed": 2}, "Anna": {"said": 1}}
    assert cues_by_speaker(rows, "b") == {}


def test_an_agency_sentence_about_a_minister_is_the_agency_s_quote() -> None:
    """Lesson 02: inside TASS's quoted sentence, Lecornu's position is reported speech relayed by TASS."""
    rows = [r for r in quote_rows(load_story("crocus-call-2024")) if r["article"] == "kyiv-independent-first-call"]
    outer = next(r for r in rows if r["kind"] == "direct" and r["text"].startswith("tried to convince Shoigu"))
    inner = [r for r in rows if r["kind"] == "indirect" and outer["start"] <= r["start"] < outer["end"]]
    assert outer["speaker"] == "TASS" and outer["cue"] == "claimed"
    assert [(r["speaker"], r["via"]) for r in inner] == [("Sebastien Lecornu", "TASS")]
