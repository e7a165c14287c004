"""framekit.selection.leads: what each article leads with."""

from __future__ import annotations

import dataclasses

from framekit.selection.leads import facts_in_lead, leads
from framekit.story.model import Story


def test_leads_keep_a_missing_headline_missing(checklist: Story) -> None:
    first = dataclasses.replace(checklist.articles[0], headline="Storm kills two", standfirst=None)
    story = dataclasses.replace(checklist, articles=(first, *checklist.articles[1:]))
    tops = leads(story)
    assert (tops[0].headline, tops[0].standfirst, tops[0].first_paragraph) == (
        "Storm kills two", None, "A storm hit Riverton. Two people died.")
    assert tops[1].headline is None and tops[1].first_paragraph == "The mayor spoke on Monday about the town."


def test_facts_in_the_first_paragraph_earliest_first(checklist: Story) -> None:
    assert facts_in_lead(checklist) == {"early": ["storm", "deaths"], "late": [], "silent": []}
