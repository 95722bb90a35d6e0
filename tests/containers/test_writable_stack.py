"""An app that writes beside itself (tests/apps/notes, adopted with `dashfleet add`) on the compose
stack: its writes land on the dashboard's data volume while the root stays read-only, and they
outlive `make redeploy` (new image, new containers)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from dashfleet.registry import load
from dashfleet.tool import wait
from dashfleet.tool.local import free_port
from tests.containers.stack import Stack, first_pass_engine_or_skip
from tests.helpers import notes_project, save_note

pytestmark = pytest.mark.containers


@pytest.fixture(scope="module")
def stack(tmp_path_factory, engine):
    found = first_pass_engine_or_skip()
    project = notes_project(tmp_path_factory.mktemp("notes-stack"))
    running = Stack(
        load(project / "dashboards.toml"), f"dashfleet-data-{os.getpid()}", free_port(), *found, root=project
    )
    running.env["DASHFLEET_IMAGE_PREFIX"] = "dashfleet-data"
    try:
        yield running.up()
    finally:
        running.down()


def in_container(stack, container: str, code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [stack.engine, "exec", container, "python", "-c", code], capture_output=True, text=True, timeout=60
    )


def test_writes_land_on_the_volume_and_the_root_stays_read_only(stack):
    assert save_note(stack.url, "first") == "1 notes"
    (container,) = stack.containers("dash_notes")
    assert stack.inspect(container, "{{.HostConfig.ReadonlyRootfs}}") == "true"
    link = in_container(stack, container, "import os; print(os.path.realpath('/app/dash_notes/notes.db'))")
    assert link.stdout.strip() == "/var/lib/dashfleet/data/notes.db"
    for path in ("/app/dash_notes/other.db", "/app/dash_notes/assets/other.css", "/app/x", "/x"):
        refused = in_container(stack, container, f"open({path!r}, 'w')")
        assert refused.returncode != 0 and "Read-only file system" in refused.stderr, (path, refused)
    listed = in_container(stack, container, "import os; print(sorted(os.listdir('/var/lib/dashfleet/data')))")
    assert listed.stdout.strip() == "['assets', 'cache', 'notes.db']"


def test_written_rows_outlive_a_redeploy(stack):
    if save_note(stack.url, None) == "0 notes":
        save_note(stack.url, "first")
    before = set(stack.containers("dash_notes"))
    done = subprocess.run(
        [sys.executable, "-m", "dashfleet", "redeploy", "notes", "--project", stack.project],
        cwd=stack.root,
        env={**stack.env, "DASHFLEET_ENGINE": stack.engine},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    after = set(stack.containers("dash_notes"))
    assert after and not after & before
    stack.heal_engine_dns()
    wait.until(lambda: stack.healthy_through_gateway("notes"), 60, poll=0.5, what="notes after redeploy")
    assert save_note(stack.url, None) == "1 notes"
    assert save_note(stack.url, "second") == "2 notes"
