"""framekit.quotes.verbs: reporting verbs, what they signal, and statements counted once."""

from __future__ import annotations

from framekit.quotes.extraction import quote_rows
from framekit.quotes.verbs import NO_CUE, OTHER, cue_counts, signal, signal_counts
from framekit.quotes.voices import statements
from framekit.story.load import load_story


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


def test_a_partial_quote_inside_reported_speech_is_one_statement(row) -> None:
    outer = row("a", "Anna", 0, 40, kind="indirect", cue="adding")
    inner = row("a", "Anna", 30, 39, cue="adding")
    other_speaker = row("a", "Ivan", 10, 20, kind="indirect", cue="said")
    assert statements([outer, inner, other_speaker]) == [outer, other_speaker]
    assert cue_counts([outer, inner]) == {"a": {"adding": 1}}


def test_an_agency_sentence_about_a_minister_is_the_agency_s_quote() -> None:
    """Lesson 02: inside TASS's quoted sentence, Lecornu's position is reported speech relayed by TASS."""
    rows = [r for r in quote_rows(load_story("crocus-call-2024")) if r["article"] == "kyiv-independent-first-call"]
    outer = next(r for r in rows if r["kind"] == "direct" and r["text"].startswith("tried to convince Shoigu"))
    inner = [r for r in rows if r["kind"] == "indirect" and outer["start"] <= r["start"] < outer["end"]]
    assert outer["speaker"] == "TASS" and outer["cue"] == "claimed"
    assert [(r["speaker"], r["via"]) for r in inner] == [("Sebastien Lecornu", "TASS")]
