"""The package layout (docs/architecture.md): one level of subpackages, imports only downward,
no import cycles, heavy display libraries only in framekit.show, one palette."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "framekit"
# Lowest first: a module may import from its own subpackage and from the layers before its own.
LAYERS = (("language",), ("story",), ("quotes", "words", "figures", "selection", "tone"), ("show",), ("teach",), ("cli",), ("__main__", "__init__"))
DISPLAY_ONLY = ("ipywidgets", "matplotlib", "numpy", "IPython")  # imported only in framekit.show
HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path) -> set[str]:
    """Every framekit module ``path`` imports, anywhere in the file (in functions and under
    ``TYPE_CHECKING`` too), and the third-party packages, by top-level name."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names if f"{node.module}.{alias.name}" in MODULES}
        elif isinstance(node, ast.ImportFrom):
            raise AssertionError(f"{path}: relative import; framekit uses absolute imports only")
    return found


GRAPH = {name: {i for i in imports(path) if i in MODULES} for name, path in MODULES.items()}


def part(module: str) -> str:
    """The subpackage or top-level module a framekit module belongs to ("quotes", "cli", "__init__")."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else "__init__"


def layer(module: str) -> int:
    return next(index for index, names in enumerate(LAYERS) if part(module) in names)


def test_every_module_sits_in_a_layer_one_level_down() -> None:
    for name, path in MODULES.items():
        depth = len(path.relative_to(PACKAGE).parts)
        assert depth <= 2, f"{name}: framekit has one level of subpackages"
        assert any(part(name) in names for names in LAYERS), f"{name}: add its subpackage to LAYERS and docs/architecture.md"


def upward(graph: dict[str, set[str]]) -> list[str]:
    """The imports of ``graph`` that go sideways or up the layers, or to the package's root."""
    return [
        f"{name} imports {target}"
        for name, targets in sorted(graph.items())
        for target in sorted(targets)
        if part(target) != part(name) and (layer(target) >= layer(name) or target == "framekit")
    ]


def cycles(graph: dict[str, set[str]]) -> list[str]:
    """Each import cycle of ``graph`` found by a depth-first walk, as "a -> b -> a"."""
    state: dict[str, str] = {}
    found = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open":
                found.append(" -> ".join(path[path.index(target):] + [target]))
            elif target not in state:
                visit(target, path + [target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    return found


def test_imports_only_go_down_the_layers() -> None:
    assert upward(GRAPH) == []


def test_no_import_cycles() -> None:
    assert cycles(GRAPH) == []


def test_the_checks_catch_an_upward_import_and_a_cycle() -> None:
    graph = {"framekit.story.a": {"framekit.quotes.b"}, "framekit.quotes.b": {"framekit.story.a", "framekit.words.c"},
             "framekit.words.c": set(), "framekit.show.d": {"framekit.quotes.b", "framekit"}}
    assert upward(graph) == ["framekit.quotes.b imports framekit.words.c", "framekit.show.d imports framekit",
                             "framekit.story.a imports framekit.quotes.b"]
    assert cycles(graph) == ["framekit.quotes.b -> framekit.story.a -> framekit.quotes.b"]


@pytest.mark.parametrize("library", DISPLAY_ONLY)
def test_display_libraries_are_imported_only_in_show(library: str) -> None:
    importers = sorted(
        name for name, path in MODULES.items()
        if any(i == library or i.startswith(f"{library}.") for i in imports(path)) and part(name) != "show"
    )
    assert importers == []


def test_colours_are_defined_once_in_the_palette() -> None:
    elsewhere = sorted(name for name, path in MODULES.items()
                       if name != "framekit.show.palette" and HEX_COLOUR.search(path.read_text(encoding="utf-8")))
    assert elsewhere == []
