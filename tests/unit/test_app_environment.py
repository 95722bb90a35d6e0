"""Which runtime an adopted app gets and what its requirements need to install (app_environment):
real uv resolutions against PyPI, wheels only, for this interpreter; nothing is installed."""

import pytest

from dashfleet.registry import RegistryError
from dashfleet.tool.app_environment import choose
from tests.helpers import ROOT

pytestmark = pytest.mark.once  # its own copy of the project, not the test fleet

LOCK = ROOT / "requirements.lock"


def test_requirements_within_the_shared_pins_stay_on_the_shared_runtime():
    text = "pandas\nplotly>=5\n"
    choice = choose(text, LOCK)
    assert (choice.runtime, choice.text, choice.notes) == ("shared", text, [])


def test_an_older_dash_gets_its_own_environment_with_what_that_release_needs():
    choice = choose("dash==2.5.1\n", LOCK)
    assert choice.runtime == "own"
    assert choice.text.splitlines() == [
        "dash==2.5.1",
        "# Added by dashfleet add, for the releases it resolves to:",
        "flask<2.3  # Dash before 2.7 calls Flask's before_first_request, gone in Flask 2.3",
        "werkzeug<2.3  # Flask 2.2 (for Dash before 2.7) does not work with Werkzeug 2.3 and later",
        "setuptools<81  # Dash before 2.14 imports pkg_resources (setuptools) without declaring it",
    ]
    assert choice.notes[0] == (
        "requirements.txt: its pins do not fit the shared runtime (requirements.lock): it gets an "
        'environment of its own (runtime = "own", Dash 2.5.1)'
    )


def test_a_current_dash_in_its_own_environment_needs_nothing_added():
    choice = choose("dash==3.0.4\npandas<3\n", LOCK)
    assert choice.runtime == "own" and "Added by dashfleet add" not in choice.text


def test_dash_1_is_refused_in_one_line_then_relaxed_to_the_nearest_dash_2():
    text = "dash==1.0.2\ndash-renderer==1.0.0\ndash-core-components==1.0.0\n"
    with pytest.raises(RegistryError) as err:
        choose(text, LOCK)
    assert str(err.value) == (
        "requirements.txt asks for Dash 1 (dash==1.0.2, dash-renderer==1.0.0, "
        "dash-core-components==1.0.0): dashfleet serves Dash 2.0 and later; pass --relax to take "
        "the nearest Dash 2 (its stub packages carry the app's Dash 1 imports)"
    )
    choice = choose(text, LOCK, relax=True)
    assert choice.text.splitlines()[:3] == [
        "dash==2.0.0  # was dash==1.0.2: dashfleet serves Dash 2.0 and later (dashfleet add --relax)",
        "# dash-renderer==1.0.0: Dash 2 and later carry their own renderer (dashfleet add --relax)",
        "dash-core-components==2.0.0  # was dash-core-components==1.0.0: the stub that re-exports "
        "dash.dcc (dashfleet add --relax)",
    ]
    assert "werkzeug<2.1  # Dash before 2.1 imports get_current_traceback" in choice.text


def test_a_pin_without_a_wheel_names_the_nearest_release_that_has_one():
    with pytest.raises(RegistryError) as err:
        choose("pandas==0.23.4\n", LOCK)
    assert str(err.value) == (
        "requirements.txt: pandas==0.23.4 has no wheel for this Python (the services install wheels "
        "only); the nearest that has one is 1.5.0: pass --relax to take it, or change the pin"
    )
    choice = choose("pandas==0.23.4\n", LOCK, relax=True)
    assert choice.text.startswith(
        "pandas==1.5.0  # was pandas==0.23.4: no wheel for this Python (dashfleet add --relax)\n"
    )
    assert choice.runtime == "own"  # pandas 1.5 is not the shared environment's
    assert "numpy<2  # pandas before 2.2.2 was built against numpy 1" in choice.text


def test_a_pin_of_the_server_is_dropped_dashfleet_runs_its_own():
    choice = choose("gunicorn==19.9.0\n", LOCK)
    assert choice.text == "# gunicorn==19.9.0: dashfleet runs the server (its own gunicorn)\n"
    assert choice.runtime == "shared"


def test_a_requirement_that_does_not_exist_is_refused_naming_it():
    with pytest.raises(RegistryError) as err:
        choose("dash-mantine-componeents>=0.15.1\n", LOCK)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith("requirements.txt does not install: uv: ")
    assert "dash-mantine-componeents" in message


def test_dash_2_draws_with_a_plotly_js_that_compiles_its_shaders():
    from dashfleet.tool.app_environment import compiles_shaders

    assert compiles_shaders("2.0.0") and compiles_shaders("2.18.2")
    assert not compiles_shaders("3.0.4") and not compiles_shaders("4.4.1")
    assert not compiles_shaders("")  # the shared runtime: dashfleet's strict bundle
