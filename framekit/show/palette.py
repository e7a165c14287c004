"""One palette for every chart, view and feedback box: Okabe and Ito's colours.

Okabe and Ito chose these eight colours to stay distinct under the common colour-vision
deficiencies; charts with a scale use matplotlib's ``cividis``, designed for the same. Colour
is never the only signal anywhere in the kit: a marked quote has a written label and a line
style, a verdict a symbol and words, a heatmap cell its number.
"""

from __future__ import annotations

BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
# Greys for what carries no meaning of its own: secondary text, label backgrounds, table rules.
GREY = "#555555"
DARK_GREY = "#333333"
LIGHT_GREY = "#EEEEEE"
RULE = "#DDDDDD"

# Chart series in this order, each also told apart by line style and marker.
SERIES = (BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, VERMILLION)
SEQUENTIAL = "cividis"

# Highlighted words: yellow under black text, readable under every colour-vision deficiency.
HIGHLIGHT_STYLE = f"background:{YELLOW};color:{BLACK};font-weight:bold;padding:0 1px"


def tint(colour: str, alpha: float) -> str:
    """``colour`` ("#RRGGBB") as a CSS ``rgba()`` with opacity ``alpha``, for backgrounds."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha:g})"
