"""The story picker at the top of each lesson: which story the lesson reads, and what it has.

A lesson's first cell calls :func:`framekit.teach.lessons.open_story`, which loads the story
:func:`framekit.story.locate.chosen_story` names and shows :func:`story_picker`. Picking a
story sets ``FRAMEKIT_STORY`` in the kernel and asks the reader to run the lesson again, so
that every cell reads the same story (a widget cannot re-run the cells below it).
"""

from __future__ import annotations

import html
import os

import ipywidgets as widgets
from IPython.display import HTML, Markdown, display

from framekit.story.annotations import best_source, source_label
from framekit.story.locate import STORY_VARIABLE, story_ids
from framekit.story.model import Story

# Commentary on one story is marked as such, so that nobody reads it as true of every story.
COMMENTARY_MARK = "**About this story only ({story_id}):**"
RUN_AGAIN = "Now run the whole lesson again (Run ▸ Run All Cells) so that every cell reads {story}."


# JupyterLab's and Voilà's themes tell a link in the lessons' prose from the words around it by
# colour only (WCAG 1.4.1, axe-core's link-in-text-block): the banner, shown by each lesson's first
# cell, underlines the links of rendered Markdown and HTML on the page.
LINK_STYLE = ("<style>.jp-RenderedHTMLCommon a:link, .jp-RenderedHTMLCommon a:visited "
              "{ text-decoration: underline; }</style>")


def story_banner_html(story: Story) -> str:
    """One paragraph saying which story the lesson reads and where its quotes, figures and
    official toll come from (a hand annotation, the extractor, or nothing), with the style
    that underlines the lesson's links (:data:`LINK_STYLE`)."""
    days = sorted({article.published for article in story.articles})
    dates = f"{days[0]:%d %B %Y}" if len(days) == 1 else f"{days[0]:%d %B %Y} to {days[-1]:%d %B %Y}"
    quotes = source_label(best_source(story, "quotes.csv"))
    figures = source_label(best_source(story, "figures.csv"))
    toll = "yes" if story.reference else "none: lesson 04 skips the comparison"
    return (
        f'{LINK_STYLE}<div class="framekit-story" role="status"><strong>Story: {html.escape(story.title)}</strong> '
        f"(<code>{html.escape(story.id)}</code>): {len(story.articles)} articles, published {dates}. "
        f"Quotes from the {html.escape(quotes)}; figures from the {html.escape(figures)}; "
        f"official toll: {toll}.</div>"
    )


def story_picker(story: Story) -> widgets.VBox | None:
    """A drop-down of the kit's stories, with ``story`` chosen, when there is more than one to
    pick; None when there is not (a lesson then shows the banner only, and no widget)."""
    ids = story_ids()
    if len(ids) < 2:
        return None
    options = ids if story.id in ids else [story.id, *ids]
    choice = widgets.Dropdown(options=options, value=story.id, description="Story")
    message = widgets.HTML()

    def pick(change: dict) -> None:
        os.environ[STORY_VARIABLE] = change["new"]
        message.value = f'<p role="status" aria-live="polite">{html.escape(RUN_AGAIN.format(story=change["new"]))}</p>'

    choice.observe(pick, names="value")
    return widgets.VBox([choice, message])


def show_story(story: Story) -> None:
    """Display the banner of ``story`` and, when the kit has several stories, the picker (the
    first cell of each lesson)."""
    display(HTML(story_banner_html(story)))
    picker = story_picker(story)
    if picker is not None:
        display(picker)


def about_story(story: Story, story_id: str, commentary: str, otherwise: str) -> Markdown:
    """Commentary on the story ``story_id``, shown only when that story is loaded; on any other
    story the neutral prompt ``otherwise`` takes its place. Lessons keep every remark about the
    seed story's facts in such cells, so that a lesson run on another story says nothing false."""
    if story.id == story_id:
        return Markdown(f"{COMMENTARY_MARK.format(story_id=story.id)} {commentary.strip()}")
    return Markdown(otherwise.strip())
