"""framekit.quotes.chains: the relays between speaker and reader, and the relayed share."""

from __future__ import annotations

from framekit.quotes.chains import chains, relayed_share
from framekit.quotes.extraction import quote_rows
from framekit.quotes.verbs import cues_by_speaker
from framekit.story.load import load_story


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
