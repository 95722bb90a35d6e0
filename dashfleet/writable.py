"""Files an app writes beside itself (the registry's `writable`), kept in a data folder of the
dashboard's own while the rest of its folder, and the container's root, stay read-only.

An app written for `python app.py` writes where it stands: `sqlite:///data.db`, `Cache("./cache")`,
a stylesheet generated at import. Each path the registry lists (`"cache/"` a folder, `"data.db"` a
file) becomes a symbolic link from the app's folder into the data folder, so the app's own
relative paths keep working; SQLite follows the link and keeps its journal beside the real file.

- Images (`python -m dashfleet.writable link`, run by the Dockerfile): the links are made at build
  time, so the root stays read-only; what the app ships at those paths (a database with its
  tables) moves to a seed folder. The data folder is a volume per dashboard.
- Process mode (dashfleet/tool/local.py, `mirror`): the service runs in a folder of links to the
  app's files, the writable paths linking into `.dashfleet/data/NAME/`: the app's source is never
  written to.
- At every start (`prepare`, from dashfleet.service): what is missing in the data folder is made,
  from the seed when the app ships one. The data folder's copy wins from then on.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
from pathlib import Path

WRITABLE_ENV = "DASHFLEET_WRITABLE"  # the registry's writable, comma-separated
DATA_DIR_ENV = "DASHFLEET_DATA_DIR"  # the dashboard's data folder
SEED_DIR_ENV = "DASHFLEET_SEED_DIR"  # what the app shipped at those paths
# In the images (Dockerfile): the data folder is the volume's mount point.
IMAGE_DATA_DIR = Path("/var/lib/dashfleet/data")
IMAGE_SEED_DIR = Path("/opt/dashfleet/seed")


class WritableError(Exception):
    """The data folder cannot hold what the registry declares; the message says what to do."""


def entries_from(text: str | None) -> tuple[str, ...]:
    return tuple(e for e in (text or "").split(",") if e)


def is_folder(entry: str) -> bool:
    return entry.endswith("/")


def relative(entry: str) -> Path:
    return Path(entry.rstrip("/"))


def _check_kind(path: Path, entry: str) -> None:
    if path.is_dir() and not path.is_symlink() and not is_folder(entry):
        raise WritableError(f"writable {entry!r} is a folder in the app: write it as {entry + '/'!r}")
    if path.exists() and not path.is_dir() and is_folder(entry):
        raise WritableError(f"writable {entry!r} is a file in the app: write it as {entry.rstrip('/')!r}")


def link(app_dir: Path, data_dir: Path, entries, seed_dir: Path) -> list[str]:
    """Image build: each entry becomes a link into `data_dir`; what the app had there moves to
    `seed_dir`. Returns one line per entry, for the build log."""
    done = []
    for entry in entries:
        path = app_dir / relative(entry)
        _check_kind(path, entry)
        if path.exists() or path.is_symlink():
            seed = seed_dir / relative(entry)
            seed.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(path, seed)
            done.append(f"{entry} -> {data_dir / relative(entry)} (its first content: the app's own)")
        else:
            done.append(f"{entry} -> {data_dir / relative(entry)}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(data_dir / relative(entry))
    return done


def mirror(app_dir: Path, dest: Path, data_dir: Path, entries) -> Path:
    """Process mode: `dest` made anew as the app's folder seen through links, each of its files and
    folders a link to the original, but the writable paths, which link into `data_dir`; the
    folders on the way to one are real folders of links. Returns `dest`."""
    for entry in entries:
        _check_kind(app_dir / relative(entry), entry)
    shutil.rmtree(dest, ignore_errors=True)
    _mirror(app_dir, dest, [relative(e).parts for e in entries], data_dir)
    return dest


def _mirror(source: Path, dest: Path, wanted: list[tuple[str, ...]], data_dir: Path) -> None:
    dest.mkdir(parents=True)
    names = set(os.listdir(source)) if source.is_dir() else set()
    for name in sorted(names | {parts[0] for parts in wanted}):
        inside = [parts[1:] for parts in wanted if parts[0] == name]
        if () in inside:  # a writable path itself
            (dest / name).symlink_to(data_dir / name)
        elif inside:  # a folder on the way to one
            _mirror(source / name, dest / name, inside, data_dir / name)
        else:
            (dest / name).symlink_to(source / name)


def prepare(data_dir: Path, entries, seed_dir: Path | None) -> list[str]:
    """Service start: make what the data folder lacks (from the seed where the app shipped one).
    Safe when replicas or workers start together: each copy is made aside, then renamed into
    place, and one already there is kept. Returns the entries it made."""
    if not entries:
        return []
    with contextlib.suppress(OSError):  # reported below, with what to do
        data_dir.mkdir(parents=True, exist_ok=True)
    if not (data_dir.is_dir() and os.access(data_dir, os.W_OK | os.X_OK)):
        raise WritableError(
            f"the data folder {data_dir} is not writable by uid {os.geteuid()}: mount a volume there "
            "(the rendered compose, Swarm and Kubernetes files do) or set DASHFLEET_DATA_DIR"
        )
    made = []
    for entry in entries:
        target = data_dir / relative(entry)
        if target.exists() or target.is_symlink():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        seed = seed_dir / relative(entry) if seed_dir else None
        if seed is not None and seed.exists():
            _copy_into_place(seed, target)
            made.append(entry)
        elif is_folder(entry):
            target.mkdir(exist_ok=True)
            made.append(entry)
    return made


def _copy_into_place(seed: Path, target: Path) -> None:
    aside = target.with_name(f".{target.name}.seeding-{os.getpid()}")
    if seed.is_dir():
        shutil.copytree(seed, aside, copy_function=shutil.copyfile)
        for folder, _, _ in os.walk(aside):  # the service's own, whatever modes the image had
            os.chmod(folder, 0o700)
    else:
        shutil.copyfile(seed, aside)
    try:
        # Never over a copy already there (another replica or worker was first): link() refuses
        # an existing file, rename() a folder with something in it.
        if seed.is_dir():
            os.rename(aside, target)
        else:
            os.link(aside, target)
    except OSError:
        pass
    if aside.is_dir():
        shutil.rmtree(aside, ignore_errors=True)
    else:
        aside.unlink(missing_ok=True)


def prepare_from_env(environ=os.environ) -> list[str]:
    """`prepare` with the service's settings (the image's, or what `make run` sets)."""
    entries = entries_from(environ.get(WRITABLE_ENV))
    data_dir = Path(environ.get(DATA_DIR_ENV) or IMAGE_DATA_DIR)
    seed = environ.get(SEED_DIR_ENV)
    return prepare(data_dir, entries, Path(seed) if seed else None)


def main(argv: list[str] | None = None) -> int:
    """`python -m dashfleet.writable link APP_DIR`: the Dockerfile's step, entries from
    $DASHFLEET_WRITABLE."""
    parser = argparse.ArgumentParser(prog="python -m dashfleet.writable")
    parser.add_argument("command", choices=["link"])
    parser.add_argument("app_dir", type=Path)
    args = parser.parse_args(argv)
    entries = entries_from(os.environ.get(WRITABLE_ENV))
    data_dir = Path(os.environ.get(DATA_DIR_ENV) or IMAGE_DATA_DIR)
    seed_dir = Path(os.environ.get(SEED_DIR_ENV) or IMAGE_SEED_DIR)
    try:
        for line in link(args.app_dir, data_dir, entries, seed_dir):
            print(f"dashfleet: writable {line}")
    except WritableError as exc:
        print(f"dashfleet: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
