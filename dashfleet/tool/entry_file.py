"""An app whose file name Python cannot import (`4.progress.py`, `app-v2.py`), served unrenamed.

The service imports its entry as `module:attribute`. For such a file, `dashfleet add` writes a
small module beside it, under a name Python accepts, that loads the file from its path as that
module: the author's file stays as it is, under its own name, and nothing in the service loader,
the registry, the images or `make check` needs to know.
"""

from __future__ import annotations

import keyword
import re

SHIM = '''\
"""Written by `dashfleet add`: Python cannot import {filename!r} by its name, so this module
loads that file, unchanged, from its path, as module {module!r} (the registry's `app` names it)."""

import importlib.util
import pathlib
import sys

_spec = importlib.util.spec_from_file_location(__name__, pathlib.Path(__file__).with_name({filename!r}))
_module = importlib.util.module_from_spec(_spec)
sys.modules[__name__] = _module  # the import then yields the app's module itself
_spec.loader.exec_module(_module)
'''


def importable(stem: str) -> bool:
    """Can `import stem` find stem.py?"""
    return stem.isidentifier() and not keyword.iskeyword(stem)


def module_name(stem: str, taken: set[str]) -> str:
    """A name Python imports, close to `stem`, that no file or folder in the app already has."""
    base = re.sub(r"\W+", "_", stem).strip("_") or "app"
    if not base.isidentifier() or keyword.iskeyword(base):
        base = f"app_{base}"
    for candidate in (base, *(f"{base}_{n}" for n in range(2, 100))):
        if candidate not in taken:
            return candidate
    raise ValueError(f"no free module name for {stem!r}")


def shim(filename: str, module: str) -> str:
    return SHIM.format(filename=filename, module=module)
