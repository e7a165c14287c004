"""Where the kit's data and lesson list are, however framekit is installed.

framekit may be installed editable, as a wheel (Binder's ``pip install .``) or in a JupyterLite
kernel, so it never looks for the kit beside its own package files. It looks in this order:

1. the folder named by the environment variable ``FRAMEKIT_DATA``: the kit's ``data/`` folder,
   or any folder holding ``stories/``;
2. the working folder and each folder above it, nearest first. A notebook runs in its own
   folder, so one in the kit's ``notebooks/``, ``exercises/`` or ``solutions/`` finds ``../data``;
   ``framekit`` commands run from the kit's folder find ``data/``.

The kit's ``lessons.yaml`` is found the same way: beside the ``FRAMEKIT_DATA`` folder, then
from the working folder up. When nothing is found, :class:`StoryError` says where framekit
looked and how to point it at the kit.
"""

from __future__ import annotations

import os
from pathlib import Path

from framekit.story.model import StoryError

DATA_VARIABLE = "FRAMEKIT_DATA"
STORY_VARIABLE = "FRAMEKIT_STORY"
# The story the kit ships and its lessons' commentary is about; lessons open it unless told otherwise.
SEED_STORY = "crocus-call-2024"
HOW_TO_POINT = (
    "open the notebook from the kit's notebooks/, exercises/ or solutions/ folder (or run from "
    f"the kit's folder), or set {DATA_VARIABLE} to the kit's data folder, for instance "
    f"{DATA_VARIABLE}=/path/to/framekit/data"
)


def data_dir() -> Path:
    """The kit's ``data/`` folder: ``$FRAMEKIT_DATA``, else the nearest ``data/`` (with
    ``stories/`` in it) in the working folder or above it. Raises :class:`StoryError` if none."""
    named = os.environ.get(DATA_VARIABLE)
    if named:
        folder = Path(named).expanduser()
        if not (folder / "stories").is_dir():
            raise StoryError(message=f"{DATA_VARIABLE} is set to {folder}, which has no stories/ folder: "
                                     "point it at the kit's data folder, the one that holds stories/")
        return folder
    found = nearest("data/stories")
    if found is None:
        raise StoryError(message=f"no kit data found: {DATA_VARIABLE} is not set, and neither {Path.cwd()} "
                                 f"nor any folder above it has data/stories/. To fix it, {HOW_TO_POINT}")
    return found.parent


def kit_file(name: str) -> Path | None:
    """The kit's file ``name`` (``lessons.yaml``): beside the ``$FRAMEKIT_DATA`` folder, else
    the nearest one in the working folder or above it; None if there is none."""
    named = os.environ.get(DATA_VARIABLE)
    if named and (Path(named).expanduser().parent / name).is_file():
        return Path(named).expanduser().parent / name
    found = nearest(name)
    return found if found is not None and found.is_file() else None


def nearest(relative: str) -> Path | None:
    """``relative`` (a file or folder) in the working folder or the nearest folder above it."""
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / relative).exists():
            return folder / relative
    return None


def story_ids() -> list[str]:
    """Ids of the stories in the kit's ``data/stories/``."""
    stories = data_dir() / "stories"
    return sorted(p.name for p in stories.iterdir() if (p / "story.yaml").is_file())


def chosen_story() -> str:
    """The story the lessons open: ``$FRAMEKIT_STORY`` (a story id or a path to a story folder,
    for batch runs and CI), else the story picked last in this kernel (the picker sets the same
    variable), else the seed story when the kit has it, else the kit's first story."""
    named = os.environ.get(STORY_VARIABLE, "").strip()
    if named:
        return named
    ids = story_ids()
    if not ids:
        raise StoryError(message=f"{data_dir() / 'stories'} holds no story: make one with "
                                 "`framekit new-story` (see data/README.md)")
    return SEED_STORY if SEED_STORY in ids else ids[0]
