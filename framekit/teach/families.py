"""A term family a student writes, checked against the story (lesson 03).

Students write a family of their own in YAML, as an entry of ``terms.yaml``: a referent, the
question it answers and at least two variants. :func:`check_family` says whether it is valid
and how often each variant occurs, the counts a student then interprets.
"""

from __future__ import annotations

from framekit.story.model import Story
from framekit.story.terms import family_from_yaml
from framekit.teach.checks import NOT_ANSWERED, Feedback
from framekit.words.matching import counts


def check_family(text: object, story: Story, *, hint: str) -> Feedback:
    """Feedback on a family a student writes in YAML (lesson 03): valid, with at least two
    variants that the story's articles use. The message gives the counts to interpret."""
    if text is Ellipsis:
        return Feedback("not answered", NOT_ANSWERED)
    if not isinstance(text, str):
        return Feedback("not yet", f"Not yet. Write your family as text in YAML, between triple quotes. {hint}")
    try:
        family = family_from_yaml(text)
    except ValueError as err:
        return Feedback("not yet", f"Not yet. Your family has problems: {err} {hint}")
    if len(family.variants) < 2:
        return Feedback("not yet", f"Not yet. A family compares labels: give it at least two variants. {hint}")
    found = counts(story, [family])
    totals = {v.label: sum(c.count for c in found if c.variant == v.label) for v in family.variants}
    articles = {v.label: sum(1 for c in found if c.variant == v.label and c.count) for v in family.variants}
    summary = "; ".join(f"{label}: {n} in {articles[label]} article(s)" for label, n in totals.items())
    if sum(1 for n in totals.values() if n) < 2:
        return Feedback("not yet", f"Not yet. Fewer than two of your variants occur in the story ({summary}). {hint}")
    return Feedback("correct", f"Correct: '{family.id}' is a valid family. {summary}.")
