"""Links that open the kit for a class: nbgitpuller on a JupyterHub, and Binder.

An nbgitpuller link (https://nbgitpuller.readthedocs.io, "link") has the form
``https://HUB/hub/user-redirect/git-pull?repo=REPO&branch=BRANCH&urlpath=lab/tree/FOLDER/OPEN``:
the hub starts the student's server, nbgitpuller clones REPO into ``FOLDER`` in the student's
home (the repository's name) or merges the latest commits into it without overwriting the
student's edits, and JupyterLab opens ``FOLDER/OPEN``. A Binder link,
``https://mybinder.org/v2/gh/OWNER/REPO/BRANCH?urlpath=lab/tree/OPEN``, builds the repository
as ``.binder/`` says and opens ``OPEN`` from the repository's root.

The repository is the one asked for, else the kit's ``origin`` remote when it is an https or
GitHub ssh address, else the repository of the README's Binder badge. Every address is checked
(https only, a host, no spaces or control characters) and every parameter URL-encoded;
a bad one raises :class:`LinkError` with a message that says what to give instead.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote, urlsplit

from framekit.story.locate import kit_file

DEFAULT_OPEN = "notebooks/00_start_here.ipynb"
BINDER = "https://mybinder.org/v2"
# The README's Binder badge: https://mybinder.org/v2/gh/OWNER/REPO/REF?...
_BADGE = re.compile(r"https://mybinder\.org/v2/gh/(?P<owner>[\w.-]+)/(?P<repo>[\w.-]+)/")
# git@github.com:OWNER/REPO(.git): the ssh form of a GitHub remote, rewritten to https.
_SSH_REMOTE = re.compile(r"git@(?P<host>[\w.-]+):(?P<path>[\w.-]+/[\w.-]+?)(?:\.git)?/?")
# A branch name git accepts, conservatively: no spaces, no "..", no control characters.
_BRANCH = re.compile(r"[\w][\w./-]*")


class LinkError(ValueError):
    """An address or name that cannot make a link; the message says what to give instead."""


@dataclass(frozen=True)
class Links:
    """The links for one repository, branch and notebook."""

    repo: str
    nbgitpuller: str | None  # None without a hub
    binder: str | None  # None for a repository Binder cannot build by owner/name


def links(hub: str | None, repo: str | None = None, branch: str | None = None,
          open_path: str = DEFAULT_OPEN, kit: Path | None = None) -> Links:
    """The nbgitpuller link for ``hub`` (None: none) and the Binder link that open
    ``open_path`` of ``repo`` (default: :func:`default_repo` of the kit) on ``branch`` (default:
    the repository's default branch). Raises :class:`LinkError` on a bad address or path."""
    repository = https_url(repo, "--repo") if repo else default_repo(kit)
    branch = check_branch(branch) if branch else None
    path = check_open(open_path)
    puller = nbgitpuller_link(https_url(hub, "--hub"), repository, branch, path) if hub else None
    return Links(repository, puller, binder_link(repository, branch, path))


def nbgitpuller_link(hub: str, repo: str, branch: str | None, open_path: str) -> str:
    """``hub``'s git-pull link: clone or update ``repo`` and open ``open_path`` in JupyterLab."""
    base = hub_base(hub)
    params = [("repo", quote(repo, safe=""))]
    if branch:
        params.append(("branch", quote(branch, safe="")))
    params.append(("urlpath", quote(f"lab/tree/{repo_folder(repo)}/{open_path}", safe="/")))
    return f"{base}/hub/user-redirect/git-pull?" + "&".join(f"{key}={value}" for key, value in params)


def binder_link(repo: str, branch: str | None, open_path: str) -> str | None:
    """mybinder.org's link for a GitHub repository (None for any other host)."""
    parts = urlsplit(repo)
    owner_name = parts.path.strip("/").removesuffix(".git").split("/")
    if parts.hostname != "github.com" or len(owner_name) != 2:
        return None
    owner, name = (quote(piece, safe="") for piece in owner_name)
    ref = quote(branch, safe="") if branch else "HEAD"
    return f"{BINDER}/gh/{owner}/{name}/{ref}?urlpath={quote(f'lab/tree/{open_path}', safe='/')}"


def https_url(address: str, option: str) -> str:
    """``address`` without a trailing slash, if it is an https URL with a host and nothing that
    needs escaping in it; otherwise :class:`LinkError` naming ``option``."""
    if any(ch.isspace() or not ch.isprintable() for ch in address):
        raise LinkError(f"{option}: {address!r} has spaces or control characters; give the address alone")
    parts = urlsplit(address)
    if parts.scheme != "https" or not parts.hostname:
        raise LinkError(f"{option}: {address!r} is not an https:// address; give one such as "
                        + ("https://hub.example.org" if option == "--hub" else "https://github.com/OWNER/REPO"))
    if parts.query or parts.fragment or parts.username or parts.password:
        raise LinkError(f"{option}: {address!r} has a query, a fragment or a password; give the plain address")
    return address.rstrip("/")


def hub_base(hub: str) -> str:
    """The hub's base address: ``hub`` cut before a ``/hub/...`` or ``/user/...`` path
    (an address copied from the browser), so that ``/hub/user-redirect`` can follow it."""
    parts = urlsplit(hub)
    segments = parts.path.strip("/").split("/") if parts.path.strip("/") else []
    for index, segment in enumerate(segments):
        if segment in ("hub", "user"):
            segments = segments[:index]
            break
    return f"https://{parts.netloc}" + "".join(f"/{segment}" for segment in segments)


def repo_folder(repo: str) -> str:
    """The folder nbgitpuller clones ``repo`` into: the last part of its path, less ``.git``."""
    name = urlsplit(repo).path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    if not name:
        raise LinkError(f"--repo: {repo!r} names no repository; give one such as https://github.com/OWNER/REPO")
    return name


def check_branch(branch: str) -> str:
    """``branch`` if it looks like a git branch or tag name; otherwise :class:`LinkError`."""
    if not _BRANCH.fullmatch(branch) or ".." in branch or branch.endswith((".", "/", ".lock")):
        raise LinkError(f"--branch: {branch!r} is not a branch name (letters, digits, - _ . /)")
    return branch


def check_open(open_path: str) -> str:
    """``open_path`` as a relative path inside the repository, with forward slashes."""
    path = PurePosixPath(open_path.replace("\\", "/"))
    if (not open_path.strip() or path.is_absolute() or ".." in path.parts
            or any(not ch.isprintable() for ch in open_path)):
        raise LinkError(f"--open: {open_path!r} is not a path inside the repository; give one such as {DEFAULT_OPEN}")
    return str(path)


def default_repo(kit: Path | None = None) -> str:
    """The kit's repository: its git ``origin`` as an https address, else the README's Binder
    badge repository. ``kit`` is the kit's folder (default: the one holding ``lessons.yaml``)."""
    folder = kit if kit is not None else _kit_folder()
    remote = _origin(folder) if folder else None
    if remote:
        return remote
    readme = folder / "README.md" if folder else None
    badge = _BADGE.search(readme.read_text(encoding="utf-8")) if readme and readme.is_file() else None
    if badge is None:
        raise LinkError("no repository found: the kit has no https git remote and no Binder badge in its "
                        "README; give one with --repo https://github.com/OWNER/REPO")
    return f"https://github.com/{badge['owner']}/{badge['repo']}"


def missing_here(open_path: str, kit: Path | None = None) -> bool:
    """True when this kit (``kit``, default: the one holding ``lessons.yaml``) is found and has
    no file ``open_path``: likely a typo, which would give every student a page not found."""
    folder = kit if kit is not None else _kit_folder()
    return folder is not None and not (folder / check_open(open_path)).is_file()


def _kit_folder() -> Path | None:
    found = kit_file("lessons.yaml")
    return found.parent if found else None


def _origin(folder: Path) -> str | None:
    """The ``origin`` remote of the git repository at ``folder`` as an https address, or None
    (no git, no repository, no remote, or a remote that is a local path)."""
    try:
        done = subprocess.run(["git", "-C", str(folder), "remote", "get-url", "origin"],
                              capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    remote = done.stdout.strip() if done.returncode == 0 else ""
    ssh = _SSH_REMOTE.fullmatch(remote)
    if ssh:
        remote = f"https://{ssh['host']}/{ssh['path']}"
    try:
        return https_url(remote, "origin").removesuffix(".git") if remote else None
    except LinkError:
        return None
