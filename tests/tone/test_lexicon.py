"""framekit.tone.lexicon: what TextBlob's lexicon file says it is (lesson 05's prose), read as installed."""

from __future__ import annotations

from framekit.language.sentiment import lexicon_entry
from framekit.tone import lexicon


def test_lesson_05_says_where_the_lexicon_comes_from() -> None:
    notes = lexicon.notes()
    assert notes.startswith("SUBJECTIVITY LEXICON FOR ENGLISH ADJECTIVES.")
    assert "hand-tagged (1.0) or inferred (0.7)" in notes
    assert "For English movie reviews (Pang & Lee polarity dataset v2.0), the accuracy is 75%" in notes
    assert lexicon.authors() == {"language": "en", "version": "1.3", "author": "Tom De Smedt, Walter Daelemans",
                                 "license": "PDDL"}
    tags = lexicon.parts_of_speech()
    assert tags.most_common(1)[0][0] == "JJ" and tags["JJ"] / sum(tags.values()) > 0.9  # nine in ten are adjectives


def test_senses_are_the_entries_textblob_averages() -> None:
    behind = lexicon.senses("Behind")
    assert [(s.pos, s.gloss) for s in behind] == [("JJ", "having the lower score or lagging position in a contest")]
    assert lexicon_entry("behind") == (behind[0].polarity, behind[0].subjectivity)
    responsible = lexicon.senses("responsible")
    assert len(responsible) > 1 and lexicon_entry("responsible")[0] == sum(s.polarity for s in responsible) / len(responsible)
    assert lexicon.senses("attack") == [] and lexicon.senses("rose")[0].gloss.endswith("purplish pink color")


def test_textblob_scores_with_pattern_s_analyzer_by_default() -> None:
    """Lesson 05: TextBlob's default analyzer is PatternAnalyzer, which says it uses Pattern's implementation."""
    from textblob import TextBlob
    from textblob.en.sentiments import PatternAnalyzer

    assert isinstance(TextBlob("A test.").analyzer, PatternAnalyzer)
    assert "uses the same implementation as the pattern library" in " ".join(PatternAnalyzer.__doc__.split())
    assert lexicon.LEXICON == ("textblob.en", "en-sentiment.xml")
