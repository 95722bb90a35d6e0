"""Process mode's restarts, on a fake clock: the back-off doubles, is capped, resets after a
service has stayed up, and a service that refused its configuration is not restarted."""

from dashfleet.service import EX_CONFIG
from dashfleet.tool.supervise import Backoff, supervise


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_backoff_doubles_up_to_the_cap_and_resets_after_staying_up():
    clock = Clock()
    backoff = Backoff(first=0.5, cap=4, reset_after=60, clock=clock)
    delays = []
    for _ in range(6):
        backoff.started("population")
        clock.now += 1  # dies a second after each start
        delays.append(backoff.delay("population"))
    assert delays == [0.5, 1, 2, 4, 4, 4]
    backoff.started("population")
    clock.now += 61  # stayed up a minute
    assert backoff.delay("population") == 0.5


class FakeFleet:
    """Exits and respawns as the supervisor sees them; the gateway exits after `ticks` polls."""

    def __init__(self, codes, ticks):
        self.codes, self.ticks, self.respawned = dict(codes), ticks, []

    def running(self):
        return ["gateway", *self.codes]

    def tick(self):  # on-demand dashboards: none here
        return []

    def exited(self):
        self.ticks -= 1
        return {"gateway": 0} if self.ticks <= 0 else dict(self.codes)

    def respawn(self, name):
        self.respawned.append(name)
        del self.codes[name]  # it came back up

    is_config_error = staticmethod(lambda code: code == EX_CONFIG)


def test_supervisor_restarts_a_crash_after_the_backoff_and_leaves_a_config_error_alone():
    clock = Clock()
    fleet = FakeFleet({"population": -9, "broken": EX_CONFIG}, ticks=10)
    lines = []

    def sleep(seconds):
        clock.now += seconds

    supervise(fleet, backoff=Backoff(first=0.5, clock=clock), sleep=sleep, log=lines.append)
    assert fleet.respawned == ["population"]
    assert lines.count("population exited (-9); restarting in 0.5s") == 1  # logged once per restart
    assert sum("broken refused its configuration" in line for line in lines) == 1
    assert lines[-1] == "the gateway exited (0); stopping"
