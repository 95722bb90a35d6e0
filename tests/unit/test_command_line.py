"""The command line's contract: one line on stderr naming what to change, exit 2 when what was
asked is wrong, 1 when it was right but did not work, 0 when it did."""

from __future__ import annotations

import pytest

from dashfleet.tool import cli


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["probe", "no-such-board"], "no dashboard named 'no-such-board' in the registry"),
        (["redeploy", "no-such-board"], "no dashboard named 'no-such-board' in the registry"),
        (["users", "remove"], "users remove needs a NAME"),
        (["--registry", "/nonexistent/dashboards.toml", "check"], "cannot read the registry"),
    ],
)
def test_a_wrong_request_is_one_line_and_exit_2(argv, says, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("DASHFLEET_USERS", str(tmp_path / "users.json"))
    assert cli.main(argv) == cli.USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err and "Traceback" not in err


def test_every_command_has_a_function_a_help_line_and_its_arguments(capsys):
    for name, (command, text, _) in cli.COMMANDS.items():
        assert command.__name__ == f"cmd_{name}" and text
    with pytest.raises(SystemExit):
        cli._parser().parse_args(["--help"])
    shown = capsys.readouterr().out
    assert all(name in shown for name in cli.COMMANDS)


def test_secret_prints_a_key_long_enough_for_sign_in(capsys):
    assert cli.main(["secret"]) == 0
    assert len(capsys.readouterr().out.strip()) >= 32
