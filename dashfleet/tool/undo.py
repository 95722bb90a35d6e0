"""Files and folders as they were before a command wrote them, to put back when it fails."""

from __future__ import annotations

import shutil
from pathlib import Path


class Undo:
    """Call `keep(path)` before writing a file and `made(folder)` after creating a folder tree;
    `restore()` then writes back each file's old bytes, deletes the files that were new, and
    removes the folders the command created."""

    def __init__(self) -> None:
        self._files: dict[Path, bytes | None] = {}
        self._folders: list[Path] = []

    def keep(self, path: Path) -> None:
        path = Path(path)
        if path in self._files:
            return  # the first state is the one to go back to
        self._files[path] = path.read_bytes() if path.exists() else None
        parent = path.parent
        missing = []
        while not parent.exists():
            missing.append(parent)
            parent = parent.parent
        self._folders += reversed(missing)  # outermost first

    def made(self, folder: Path) -> None:
        self._folders.append(Path(folder))

    def restore(self) -> None:
        for path, data in self._files.items():
            if data is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(data)
        for folder in reversed(self._folders):  # innermost first
            shutil.rmtree(folder, ignore_errors=True)
