"""Registry `writable`: what a path may be, how the image's links, process mode's mirror and the
start's seeding behave on a real filesystem (SQLite through a link included), what `dashfleet add`
reads from an app's source, and what every target renders."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys

import pytest
import yaml

from dashfleet import writable
from dashfleet.registry import RegistryError, parse
from dashfleet.tool import app_writes, render
from tests.helpers import APPS, ROOT, one_dashboard_registry

REGISTRY = one_dashboard_registry("sales")


def sales(extra: str):
    return parse(REGISTRY + extra + "\n").dashboard("sales")


# -- the registry -----------------------------------------------------------------------------
def test_writable_paths_are_read_in_order_and_default_to_none():
    assert sales('writable = ["cache/", "data_entry.db", "instance/app.db", ".cache/"]').writable == (
        "cache/",
        "data_entry.db",
        "instance/app.db",
        ".cache/",
    )
    assert sales("").writable == ()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"cache/"', "writable must be a list"),
        ('["../outside.db"]', "must be a path inside the app's folder"),
        ('["data/../../x"]', "no '..'"),
        ('["/var/lib/x.db"]', "not absolute"),
        ('["./cache"]', "must be a path inside"),
        ('["a//b"]', "must be a path inside"),
        ('["a,b"]', "must be a path inside"),
        ('["a b"]', "must be a path inside"),
        ('[""]', "must be a path inside"),
        ("[1]", "must be a path inside"),
        ('["requirements.txt"]', "the image build reads it"),
        ('["assets/"]', "list the files the app writes there"),
        ('["assets"]', "list the files the app writes there"),
        ('["app.py"]', "the app's code stays read-only"),
        ('["__pycache__/x"]', "Python's own"),
        ('["cache", "cache/"]', "twice"),
        ('["cache/", "cache/db.sqlite"]', "'cache/db.sqlite' is inside 'cache/'"),
    ],
)
def test_mistakes_name_the_field(value, message):
    with pytest.raises(RegistryError, match=re.escape(message)) as caught:
        sales(f"writable = {value}")
    assert "[dashboards.sales]" in str(caught.value)


def test_a_generated_file_inside_assets_may_be_writable():
    assert sales('writable = ["assets/__generated_theme.css"]').writable == ("assets/__generated_theme.css",)


# -- links, mirror, seeding ----------------------------------------------------------------------
@pytest.fixture
def app_dir(tmp_path):
    """An app folder that ships a database and an assets folder, as mes-form does."""
    app = tmp_path / "app"
    (app / "assets").mkdir(parents=True)
    (app / "assets" / "style.css").write_text("body {}\n")
    (app / "app.py").write_text("app = None\n")
    with sqlite3.connect(app / "shipped.db") as db:
        db.execute("CREATE TABLE t (x TEXT)")
        db.execute("INSERT INTO t VALUES ('shipped')")
    db.close()
    return app


ENTRIES = ("shipped.db", "cache/", "assets/generated.css", "instance/new.db")


def rows(path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [x for (x,) in db.execute("SELECT x FROM t")]
    finally:
        db.close()


def test_image_links_move_what_the_app_ships_to_the_seed(app_dir, tmp_path):
    data, seed = tmp_path / "data", tmp_path / "seed"
    lines = writable.link(app_dir, data, ENTRIES, seed)
    assert len(lines) == 4 and "its first content: the app's own" in lines[0]
    for entry in ENTRIES:
        link = app_dir / entry.rstrip("/")
        assert link.is_symlink() and os.readlink(link) == str(data / entry.rstrip("/"))
    assert rows(seed / "shipped.db") == ["shipped"]
    assert (app_dir / "assets" / "style.css").is_file() and not (app_dir / "assets").is_symlink()
    assert (app_dir / "instance").is_dir()  # made for the link; the app did not ship it


def test_start_seeds_the_data_folder_once_and_sqlite_writes_through_the_link(app_dir, tmp_path, monkeypatch):
    data, seed = tmp_path / "data", tmp_path / "seed"
    writable.link(app_dir, data, ENTRIES, seed)
    assert writable.prepare(data, ENTRIES, seed) == ["shipped.db", "cache/"]
    monkeypatch.chdir(app_dir)  # as the service runs: relative paths, as the app wrote them
    db = sqlite3.connect("shipped.db")
    with db:
        db.execute("INSERT INTO t VALUES ('written')")
        # A rollback journal beside the real file, not in the (read-only) app folder.
        db.execute("CREATE TABLE big (x TEXT)")
    db.close()
    assert rows(data / "shipped.db") == ["shipped", "written"]
    with open("assets/generated.css", "w") as f:
        f.write("x")
    assert (data / "assets" / "generated.css").read_text() == "x"
    with sqlite3.connect("instance/new.db") as fresh:
        fresh.execute("CREATE TABLE n (x)")
    fresh.close()
    assert (data / "instance" / "new.db").is_file()
    assert (data / "cache").is_dir()
    # The next start keeps what is there: the data folder's copy wins over the seed.
    assert writable.prepare(data, ENTRIES, seed) == []
    assert rows(data / "shipped.db") == ["shipped", "written"]


def test_a_data_folder_that_cannot_be_written_is_named_with_the_fix(tmp_path):
    (tmp_path / "file").write_text("")  # nothing can be made under a file, not even by root
    data = tmp_path / "file" / "data"
    with pytest.raises(writable.WritableError, match=f"{data} is not writable .* mount a volume there"):
        writable.prepare(data, ("cache/",), None)
    assert writable.prepare(data, (), None) == []  # nothing declared: nothing asked of it


def test_a_folder_entry_that_is_a_file_in_the_app_is_refused(app_dir, tmp_path):
    with pytest.raises(writable.WritableError, match="is a file in the app: write it as 'shipped.db'"):
        writable.link(app_dir, tmp_path / "data", ("shipped.db/",), tmp_path / "seed")
    with pytest.raises(writable.WritableError, match="is a folder in the app: write it as 'assets/'"):
        writable.mirror(app_dir, tmp_path / "m", tmp_path / "data", ("assets",))


def test_process_mode_mirror_leaves_the_source_untouched(app_dir, tmp_path, monkeypatch):
    data, mirror = tmp_path / "data", tmp_path / "mirror"
    before = sorted(str(p.relative_to(app_dir)) for p in app_dir.rglob("*"))
    writable.mirror(app_dir, mirror, data, ENTRIES)
    writable.prepare(data, ENTRIES, app_dir)  # the seed is the app's own folder
    assert os.readlink(mirror / "app.py") == str(app_dir / "app.py")
    assert os.readlink(mirror / "assets" / "style.css") == str(app_dir / "assets" / "style.css")
    assert os.readlink(mirror / "shipped.db") == str(data / "shipped.db")
    monkeypatch.chdir(mirror)
    with sqlite3.connect("shipped.db") as db:
        db.execute("INSERT INTO t VALUES ('written')")
    db.close()
    with open("assets/generated.css", "w") as f:
        f.write("x")
    assert rows(app_dir / "shipped.db") == ["shipped"]  # the source's copy as it was
    assert rows(data / "shipped.db") == ["shipped", "written"]
    assert sorted(str(p.relative_to(app_dir)) for p in app_dir.rglob("*")) == before
    # Made anew at the next start, the data kept.
    writable.mirror(app_dir, mirror, data, ENTRIES)
    assert rows(mirror / "shipped.db") == ["shipped", "written"]


def test_the_image_step_reads_its_paths_from_the_build_argument(app_dir, tmp_path):
    env = {
        **os.environ,
        writable.WRITABLE_ENV: "shipped.db,cache/",
        writable.DATA_DIR_ENV: str(tmp_path / "data"),
        writable.SEED_DIR_ENV: str(tmp_path / "seed"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "dashfleet.writable", "link", str(app_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "dashfleet: writable shipped.db -> " in done.stdout
    assert (app_dir / "cache").is_symlink() and (tmp_path / "seed" / "shipped.db").is_file()


# -- what `dashfleet add` reads -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("app", "entries"),
    [
        ("notes", ["assets/generated.css", "cache/", "notes.db"]),
        ("third_party/mes-form", ["data_entry.db"]),
        ("third_party/dwave-template", ["cache/"]),
        ("third_party/dwave-employee-scheduling", ["assets/__generated_theme.css", "cache/"]),
        ("atlas", []),
    ],
)
def test_add_reads_what_real_apps_write(app, entries):
    found = app_writes.scan(APPS / app)
    assert found.entries == entries
    assert len([n for n in found.notes if n.startswith("writable: ")]) == len(entries)


def test_add_reads_each_way_of_writing_and_skips_what_is_not_inside_the_folder(tmp_path):
    (tmp_path / "app.py").write_text(
        "import sqlite3, diskcache\n"
        "from flask_caching import Cache\n"
        "engine = 'sqlite:///db/app.db?check_same_thread=False'\n"
        "sqlite3.connect('./local.db')\n"
        "sqlite3.connect(':memory:')\n"
        "diskcache.FanoutCache(directory='fanout')\n"
        "Cache(None, config={'CACHE_TYPE': 'filesystem', 'CACHE_DIR': 'cache-directory'})\n"
        "open('out/report.csv', 'a')\n"
        "open('data.csv')\n"
        "open('/tmp/scratch', 'w')\n"
        "sqlite3.connect('../elsewhere.db')\n"
        "open('app.py', 'w')\n"
    )
    found = app_writes.scan(tmp_path)
    assert found.entries == ["cache-directory/", "db/app.db", "fanout/", "local.db", "out/report.csv"]
    skipped = [n for n in found.notes if n.startswith("not made writable")]
    assert len(skipped) == 3 and any("'/tmp/scratch'" in n and "outside" in n for n in skipped)
    assert any("'app.py'" in n and "code stays read-only" in n for n in skipped)


def test_a_file_inside_a_writable_folder_is_covered_by_the_folder(tmp_path):
    (tmp_path / "app.py").write_text(
        "import diskcache, sqlite3\ndiskcache.Cache('cache')\nsqlite3.connect('cache/extra.db')\n"
    )
    assert app_writes.scan(tmp_path).entries == ["cache/"]


# -- what every target renders -------------------------------------------------------------------
def rendered(extra: str) -> dict[str, str]:
    return {path.name: text for path, text in render.render(parse(REGISTRY + extra + "\n")).items()}


def test_compose_gives_each_writing_dashboard_a_volume_and_its_build_the_paths():
    compose = yaml.safe_load(rendered('writable = ["cache/", "data.db"]')["docker-compose.yml"])
    service = compose["services"]["dash_sales"]
    assert service["build"]["args"]["WRITABLE"] == "cache/,data.db"
    assert service["volumes"] == ["data-sales:/var/lib/dashfleet/data"]
    assert service["read_only"] is True and compose["volumes"] == {"data-sales": {}}
    plain = yaml.safe_load(rendered("")["docker-compose.yml"])
    assert "volumes" not in plain and "volumes" not in plain["services"]["dash_sales"]
    assert "WRITABLE" not in plain["services"]["dash_sales"]["build"]["args"]


def test_swarm_keeps_tmp_beside_the_data_volume():
    stack = yaml.safe_load(rendered('writable = ["cache/"]')["stack.yml"])
    service = stack["services"]["dash_sales"]
    assert service["read_only"] is True
    assert service["volumes"] == [
        {"type": "tmpfs", "target": "/tmp"},
        {"type": "volume", "source": "data-sales", "target": "/var/lib/dashfleet/data"},
    ]
    assert stack["volumes"] == {"data-sales": {}}


def test_kubernetes_claims_a_volume_the_service_may_write_and_keeps_replicas_together():
    docs = [d for d in yaml.safe_load_all(rendered('writable = ["cache/"]')["sales.yaml"]) if d]
    claim = next(d for d in docs if d["kind"] == "PersistentVolumeClaim")
    assert claim["metadata"]["name"] == "dashfleet-sales-data"
    assert claim["spec"]["accessModes"] == ["ReadWriteOnce"]
    pod = next(d for d in docs if d["kind"] == "Deployment")["spec"]["template"]["spec"]
    assert pod["securityContext"]["fsGroup"] == 10001
    assert pod["containers"][0]["securityContext"]["readOnlyRootFilesystem"] is True
    assert {"name": "data", "mountPath": "/var/lib/dashfleet/data"} in pod["containers"][0]["volumeMounts"]
    assert {"name": "data", "persistentVolumeClaim": {"claimName": "dashfleet-sales-data"}} in pod["volumes"]
    affinity = pod["affinity"]["podAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"][0]
    assert affinity["topologyKey"] == "kubernetes.io/hostname"
    assert affinity["labelSelector"]["matchLabels"]["app.kubernetes.io/component"] == "sales"
    plain = [d for d in yaml.safe_load_all(rendered("")["sales.yaml"]) if d]
    assert not any(d["kind"] == "PersistentVolumeClaim" for d in plain)
    plain_pod = next(d for d in plain if d["kind"] == "Deployment")["spec"]["template"]["spec"]
    assert "fsGroup" not in plain_pod["securityContext"] and "affinity" not in plain_pod
