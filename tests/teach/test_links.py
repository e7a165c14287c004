"""framekit.teach.links and `framekit link`: the nbgitpuller and Binder links for a class."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from framekit.cli import main
from framekit.teach.links import LinkError, default_repo, links

ROOT = Path(__file__).resolve().parents[2]
BADGE = "[![Binder](https://mybinder.org/badge_logo.svg)](https://mybinder.org/v2/gh/someone/their-kit/HEAD?urlpath=lab)\n"


def kit(tmp_path: Path, remote: str | None = None, readme: str = BADGE) -> Path:
    """A kit folder with a README (and a git repository with ``remote`` as origin, if given)."""
    folder = tmp_path / "kit"
    folder.mkdir()
    (folder / "README.md").write_text(readme, encoding="utf-8")
    (folder / "lessons.yaml").write_text("lessons: []\n", encoding="utf-8")
    if remote is not None:
        subprocess.run(["git", "init", "-q", str(folder)], check=True)
        subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", remote], check=True)
    return folder


def test_the_nbgitpuller_link_has_the_documented_form_and_decodes_to_what_was_asked() -> None:
    made = links("https://hub.example.org", "https://github.com/me/framekit-fork", "spring-2027",
                 "exercises/02 quote attribution.ipynb")
    parts = urlsplit(made.nbgitpuller)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "hub.example.org", "/hub/user-redirect/git-pull")
    query = parse_qs(parts.query)
    assert query == {
        "repo": ["https://github.com/me/framekit-fork"],
        "branch": ["spring-2027"],
        "urlpath": ["lab/tree/framekit-fork/exercises/02 quote attribution.ipynb"],
    }
    assert " " not in made.nbgitpuller and "repo=https%3A%2F%2Fgithub.com" in made.nbgitpuller


def test_the_binder_link_opens_the_notebook_from_the_repository_root() -> None:
    made = links(None, "https://github.com/me/framekit-fork.git", "spring-2027")
    assert made.nbgitpuller is None
    assert made.binder == ("https://mybinder.org/v2/gh/me/framekit-fork/spring-2027"
                           "?urlpath=lab/tree/notebooks/00_start_here.ipynb")
    assert links(None, "https://github.com/me/kit").binder.startswith("https://mybinder.org/v2/gh/me/kit/HEAD?")


def test_without_a_branch_the_puller_uses_the_default_branch() -> None:
    made = links("https://hub.example.org", "https://gitlab.com/me/kit.git")
    assert "branch" not in parse_qs(urlsplit(made.nbgitpuller).query)
    assert parse_qs(urlsplit(made.nbgitpuller).query)["urlpath"] == ["lab/tree/kit/notebooks/00_start_here.ipynb"]
    assert made.binder is None  # mybinder.org/v2/gh is for GitHub only


@pytest.mark.parametrize("pasted, base", [
    ("https://hub.example.org/", "https://hub.example.org"),
    ("https://hub.example.org/hub/login", "https://hub.example.org"),
    ("https://hub.example.org/user/ana/lab", "https://hub.example.org"),
    ("https://example.org/jupyter/hub/home", "https://example.org/jupyter"),
])
def test_a_hub_address_copied_from_the_browser_gives_the_hub_base(pasted: str, base: str) -> None:
    made = links(pasted, "https://github.com/me/kit")
    assert made.nbgitpuller.startswith(f"{base}/hub/user-redirect/git-pull?")


@pytest.mark.parametrize("hub, repo, branch, open_path, message", [
    ("http://hub.example.org", None, None, "a.ipynb", "--hub: 'http://hub.example.org' is not an https://"),
    ("hub.example.org", None, None, "a.ipynb", "is not an https://"),
    ("https://hub.example.org", "git@github.com:me/kit.git", None, "a.ipynb", "--repo:"),
    ("https://hub.example.org", "file:///srv/kit", None, "a.ipynb", "--repo:"),
    ("https://hub.example.org\n", None, None, "a.ipynb", "control characters"),
    ("https://hub.example.org?next=x", None, None, "a.ipynb", "query"),
    ("https://user:secret@hub.example.org", None, None, "a.ipynb", "password"),
    ("https://hub.example.org", "https://github.com/", None, "a.ipynb", "names no repository"),
    ("https://hub.example.org", None, "main branch", "a.ipynb", "--branch:"),
    ("https://hub.example.org", None, "a..b", "a.ipynb", "--branch:"),
    ("https://hub.example.org", None, None, "../secrets.ipynb", "--open:"),
    ("https://hub.example.org", None, None, "/etc/passwd", "--open:"),
])
def test_a_bad_address_or_path_is_a_clear_message(hub, repo, branch, open_path, message, tmp_path: Path) -> None:
    with pytest.raises(LinkError) as raised:
        links(hub, repo or "https://github.com/me/kit", branch, open_path)
    assert message in str(raised.value)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("remote", ["git@github.com:me/fork.git", "https://github.com/me/fork.git", "https://github.com/me/fork"])
def test_the_default_repository_is_the_kits_origin_remote(remote: str, tmp_path: Path) -> None:
    assert default_repo(kit(tmp_path, remote)) == "https://github.com/me/fork"


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_local_remote_falls_back_to_the_readme_badge(tmp_path: Path) -> None:
    assert default_repo(kit(tmp_path, "/some/local/clone")) == "https://github.com/someone/their-kit"


def test_without_a_remote_or_badge_the_message_asks_for_repo(tmp_path: Path) -> None:
    with pytest.raises(LinkError, match="give one with --repo"):
        default_repo(kit(tmp_path, readme="# no badge\n"))


def test_the_kits_own_readme_badge_is_the_default_without_a_remote(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert default_repo(kit(tmp_path, readme=readme)) == "https://github.com/framekit/framekit"


def test_the_command_prints_both_links(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(kit(tmp_path))
    assert main(["link", "--hub", "https://hub.example.org"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "repository: https://github.com/someone/their-kit"
    assert ("https://hub.example.org/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fsomeone%2Ftheir-kit"
            "&urlpath=lab/tree/their-kit/notebooks/00_start_here.ipynb") in out
    assert "https://mybinder.org/v2/gh/someone/their-kit/HEAD?urlpath=lab/tree/notebooks/00_start_here.ipynb" in out


def test_the_command_fails_with_a_message_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["link", "--hub", "http://hub.example.org", "--repo", "https://github.com/me/kit"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err
    assert captured.err.startswith("framekit link: --hub: 'http://hub.example.org' is not an https:// address")


def test_a_notebook_this_kit_lacks_gets_a_note_but_still_a_link(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch) -> None:
    folder = kit(tmp_path)
    (folder / "notebooks").mkdir()
    (folder / "notebooks" / "00_start_here.ipynb").write_text("{}", encoding="utf-8")
    monkeypatch.chdir(folder)
    assert main(["link"]) == 0 and capsys.readouterr().err == ""
    assert main(["link", "--open", "notebooks/00_strat_here.ipynb"]) == 0
    captured = capsys.readouterr()
    assert "this kit has no notebooks/00_strat_here.ipynb" in captured.err
    assert "urlpath=lab/tree/notebooks/00_strat_here.ipynb" in captured.out
