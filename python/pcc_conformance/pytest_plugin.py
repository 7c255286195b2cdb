"""A pytest fixture for client authors: the strict pcc-conformance mock, started once per session, with
the environment an AWS SDK reads set for each test that asks for it (`pcc_mock`). A test whose own
requests broke the contract fails, naming each violation as `verify-client` does; a request signed badly
(a wrong secret) is a violation too. Every phase is checked: a violation during a fixture's setup or
teardown is that test's error, as pytest reports a fixture's failure; one during the test, its failure.
A request that arrives after its test ended (a thread that outlived it) fails the run at its end, named
with its test, rather than failing whichever test runs then. Each test's requests carry its own
application id (`AWS_SDK_UA_APP_ID`, which the AWS SDKs put in their User-Agent); requests without one
belong to the test running when they arrive. Tests that use `pcc_mock_server` alone are checked alike.

    def test_lists_relationships(pcc_mock):
        channel = boto3.client("partnercentral-channel")   # finds the mock and its keys in the environment
        ...

    @pytest.mark.pcc_curveballs("short-page,empty-last-page")   # answers a real service may send
    @pytest.mark.pcc_reset                                       # start from an empty mock
    def test_pages(pcc_mock): ...

`pcc_mock.url`, `pcc_mock.principals` (name → account and keys) and `pcc_mock.admin(path, body)` reach the
mock itself. Options: `--pcc-bin PATH` (or PCC_CONFORMANCE_BIN), `--pcc-principals FILE`.
"""
import collections
import json
import os
import re
import subprocess
import threading
import urllib.error
import urllib.request

import pytest

from . import binary

#: What of a developer's environment would point an SDK elsewhere.
CLEARED = ("AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE")
_LISTENING = re.compile(r"listening on (http://\S+)")
_PRINCIPAL = re.compile(
    r"principal (\S+)\s+account (\d{12})\s+AWS_ACCESS_KEY_ID=(\S+) AWS_SECRET_ACCESS_KEY=(\S+)"
)


class MockServer:
    """The strict mock as a child process on a free loopback port."""

    def __init__(self, exe, principals_file=None):
        args = [exe, "mock", "--strict", "--bind", "127.0.0.1:0"]
        if principals_file:
            args += ["--principals", principals_file]
        self.process = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
        )
        self.url = None
        self.principals = {}
        banner = []
        expected = None
        for line in self.process.stdout:
            banner.append(line)
            listening = _LISTENING.search(line)
            if listening:
                self.url = listening.group(1)
                expected = self.admin("/_mock/health").get("principals", 0)
            principal = _PRINCIPAL.search(line)
            if principal:
                name, account, key, secret = principal.groups()
                self.principals[name] = {"accountId": account, "accessKeyId": key, "secretAccessKey": secret}
            if expected is not None and len(self.principals) >= expected:
                break
        if not self.url or not self.principals:
            self.stop()
            raise RuntimeError("the strict mock did not start:\n" + "".join(banner))
        # Keep reading what it prints, so it never blocks on a full pipe.
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        for _ in self.process.stdout:
            pass

    def environment(self):
        """The environment an AWS SDK reads, pointing at the mock as its first principal."""
        first = next(iter(self.principals.values()))
        env = {
            "AWS_ENDPOINT_URL": self.url,
            "AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL": self.url,
            "AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT": self.url,
            "AWS_ACCESS_KEY_ID": first["accessKeyId"],
            "AWS_SECRET_ACCESS_KEY": first["secretAccessKey"],
            "AWS_REGION": "us-east-1",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_EC2_METADATA_DISABLED": "true",
            "PCC_MOCK_URL": self.url,
        }
        for name, p in self.principals.items():
            key = re.sub(r"[^A-Za-z0-9]", "_", name).upper()
            env[f"PCC_PRINCIPAL_{key}_ACCOUNT_ID"] = p["accountId"]
            env[f"PCC_PRINCIPAL_{key}_ACCESS_KEY_ID"] = p["accessKeyId"]
            env[f"PCC_PRINCIPAL_{key}_SECRET_ACCESS_KEY"] = p["secretAccessKey"]
        return env

    def admin(self, path, body=None):
        """A request to the mock's admin API: its JSON answer (GET without a body, POST with one)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method="GET" if data is None else "POST")
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return json.loads(answer.read() or b"null")
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"the mock refused {path}: {e.code} {e.read().decode(errors='replace')}") from e

    def offences(self):
        """Every request of the client's that broke the contract so far, as verify-client words it, each
        with the application id its User-Agent named (None without one)."""
        report = self.admin("/_mock/client-report")
        return [
            (o.get("appId"), f"VIOLATION {row['operation']}: {o['message']}")
            for row in report.get("operations", [])
            for o in row.get("violations", [])
        ]

    def running(self):
        return self.process.poll() is None

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Watch:
    """The session's view of what the strict mock saw: each new violation belongs to the test whose
    application id it carries, else to the test running when it arrived; one of a test that has ended,
    or one that arrived between tests, is late."""

    def __init__(self):
        self.server = None
        self.seen = collections.Counter()
        self.current = None
        self.apps = {}
        self.pending = []
        self.late = []

    def app_for(self, nodeid):
        """The application id a test's requests carry."""
        app = f"pcc-test-{len(self.apps) + 1}"
        self.apps[app] = nodeid
        return app

    def sync(self):
        """Sorts the violations that arrived since the last look."""
        if self.server is None or not self.server.running():
            return
        now = collections.Counter(self.server.offences())
        for app, message in (now - self.seen).elements():
            owner = self.apps.get(app)
            if self.current is not None and (owner is None or owner == self.current):
                self.pending.append(message)
            else:
                self.late.append((owner, message))
        self.seen = now

    def take(self):
        """The current test's violations not yet reported."""
        found, self.pending = self.pending, []
        return found


_WATCH = pytest.StashKey[Watch]()


def pytest_addoption(parser):
    group = parser.getgroup("pcc-conformance")
    group.addoption("--pcc-bin", default=None, help="the pcc-conformance executable (default: the installed one)")
    group.addoption("--pcc-principals", default=None, help="a principals file for the mock (default: its own three)")


def pytest_configure(config):
    config.stash[_WATCH] = Watch()
    config.addinivalue_line("markers", "pcc_curveballs(spec): the mock throws these curveballs during the test")
    config.addinivalue_line("markers", "pcc_reset: the mock starts the test empty")


@pytest.fixture(scope="session")
def pcc_mock_server(request):
    """The strict mock, one per session."""
    exe = request.config.getoption("--pcc-bin") or binary()
    server = MockServer(exe, request.config.getoption("--pcc-principals"))
    watch = request.config.stash[_WATCH]
    watch.server = server
    yield server
    watch.sync()
    server.stop()


@pytest.fixture
def pcc_mock(pcc_mock_server, monkeypatch, request):
    """The strict mock with the environment an AWS SDK reads set for this test; asked-for curveballs
    thrown and state reset; the test fails if its requests broke the contract."""
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
    for name, value in pcc_mock_server.environment().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_SDK_UA_APP_ID", request.config.stash[_WATCH].app_for(request.node.nodeid))
    if request.node.get_closest_marker("pcc_reset"):
        pcc_mock_server.admin("/_mock/reset", {})
    curveballs = request.node.get_closest_marker("pcc_curveballs")
    if curveballs:
        spec = curveballs.args[0] if curveballs.args else None
        try:
            pcc_mock_server.admin("/_mock/curveballs", {"spec": spec})
        except RuntimeError as refused:
            pytest.fail(f"@pytest.mark.pcc_curveballs({spec!r}): {refused}", pytrace=False)
    yield pcc_mock_server
    if curveballs:
        pcc_mock_server.admin("/_mock/curveballs", {"spec": None})


def _watched(item, when):
    """Around one phase of a test that uses the mock: its new violations fail that phase (a setup's or
    teardown's as the test's error); with the phase already failed, they are added to its report."""
    watch = item.config.stash.get(_WATCH, None)
    if watch is None or "pcc_mock_server" not in getattr(item, "fixturenames", ()):
        return (yield)
    if when == "setup":
        watch.sync()
        watch.current = item.nodeid
    try:
        result = yield
    except BaseException:
        found = _closed(watch, when)
        if found:
            item.add_report_section(when, "pcc-conformance", "\n".join(found))
        raise
    found = _closed(watch, when)
    if found:
        pytest.fail(
            f"{len(found)} of the test's requests broke the contract during its {when}:\n  " + "\n  ".join(found),
            pytrace=False,
        )
    return result


def _closed(watch, when):
    """A phase has ended: the violations it brought; after the teardown, no test is running."""
    watch.sync()
    found = watch.take()
    if when == "teardown":
        watch.current = None
    return found


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    return (yield from _watched(item, "setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    return (yield from _watched(item, "call"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    return (yield from _watched(item, "teardown"))


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session, exitstatus):
    """Violations that arrived after their test ended fail the run."""
    watch = session.config.stash.get(_WATCH, None)
    if watch is not None and watch.late and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter):
    watch = terminalreporter.config.stash.get(_WATCH, None)
    if watch is None or not watch.late:
        return
    terminalreporter.section("pcc-conformance: requests that broke the contract after their test ended")
    for owner, message in watch.late:
        terminalreporter.line(f"{message}  (sent for {owner or 'no test: between tests'})")
