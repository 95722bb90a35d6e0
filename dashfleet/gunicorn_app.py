"""A dashfleet service as gunicorn's documented custom application (`BaseApplication`): what
process mode's zygote runs in a forked child, with no `sys.argv` to rewrite. The settings are
dashfleet/gunicorn_conf.py's, read as gunicorn reads a config file (every name that is a setting),
so a service forked here and one started by `gunicorn -c python:dashfleet.gunicorn_conf` (an image,
process mode without the zygote) are configured alike."""

from __future__ import annotations

import importlib
import os
import sys

from gunicorn.app.base import BaseApplication

CONFIG = "dashfleet.gunicorn_conf"


class Service(BaseApplication):
    def __init__(self, proc_name: str | None = None):
        self.proc_name = proc_name  # gunicorn's --name: "gunicorn: master [NAME]" in ps
        super().__init__()

    def load_config(self) -> None:
        settings = vars(importlib.import_module(CONFIG))
        for key, value in settings.items():
            if key in self.cfg.settings and value is not None:
                self.cfg.set(key, value)
        if self.proc_name:
            self.cfg.set("proc_name", self.proc_name)
        # What gunicorn's command line does with `chdir`: the service's folder first on sys.path.
        os.chdir(self.cfg.chdir)
        if self.cfg.chdir not in sys.path:
            sys.path.insert(0, self.cfg.chdir)

    def load(self):
        from dashfleet import service

        return service.load()


def run(proc_name: str | None = None) -> int:
    """Serve until gunicorn stops; its exit code."""
    try:
        Service(proc_name).run()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0
