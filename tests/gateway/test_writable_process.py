"""Process mode (`make run`) with an app that writes beside itself (tests/apps/notes, adopted with
`dashfleet add`): its SQLite rows, diskcache folder and generated stylesheet live in
`.dashfleet/data/notes/`, outlive a restart of the service and of the whole fleet, and the app's
source folder is never written to."""

from __future__ import annotations

import sqlite3

import pytest
import requests

from dashfleet.registry import load
from tests.helpers import notes_project, project_fleet, save_note

pytestmark = pytest.mark.once  # its own copy of the project, not the test fleet


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return notes_project(tmp_path_factory.mktemp("notes"))


def files_of(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if "__pycache__" not in p.parts)


def test_written_rows_outlive_restarts_and_the_source_stays_as_it_was(project, tmp_path):
    board = load(project / "dashboards.toml").dashboard("notes")
    assert board.writable == ("assets/generated.css", "cache/", "notes.db")
    source = project / board.service
    shipped = files_of(source)
    assert "notes.db" not in shipped and "cache" not in shipped  # the add's probe wrote elsewhere

    with project_fleet(project, tmp_path / "run1") as fleet:
        assert fleet.failed == {}
        assert save_note(fleet.url, "first") == "1 notes"
        assert save_note(fleet.url, "second") == "2 notes"
        css = requests.get(f"{fleet.url}/notes/assets/generated.css", timeout=10)
        assert css.status_code == 200 and "font-weight" in css.text
        fleet.stop_service("notes")
        fleet.start_service("notes")
        assert save_note(fleet.url, None) == "2 notes"  # the service restarted, the rows kept
    with project_fleet(project, tmp_path / "run2") as fleet:  # `make run` again
        assert save_note(fleet.url, "third") == "3 notes"

    data = project / ".dashfleet" / "data" / "notes"
    db = sqlite3.connect(data / "notes.db")
    try:
        assert [t for (t,) in db.execute("SELECT text FROM notes")] == ["first", "second", "third"]
    finally:
        db.close()
    assert (data / "cache" / "cache.db").is_file() and (data / "assets" / "generated.css").is_file()
    assert files_of(source) == shipped
