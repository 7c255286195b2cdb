"""A pytest fixture for client authors: the strict pcc-conformance mock, started once per session, with
the environment an AWS SDK reads set for each test that asks for it (`pcc_mock`). A test whose own
requests broke the contract fails, naming each violation as `verify-client` does:

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
        """Every request of the client's that broke the contract so far, as verify-client words it."""
        report = self.admin("/_mock/client-report")
        return [
            f"VIOLATION {row['operation']}: {o['message']}"
            for row in report.get("operations", [])
            for o in row.get("violations", [])
        ]

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def pytest_addoption(parser):
    group = parser.getgroup("pcc-conformance")
    group.addoption("--pcc-bin", default=None, help="the pcc-conformance executable (default: the installed one)")
    group.addoption("--pcc-principals", default=None, help="a principals file for the mock (default: its own three)")


def pytest_configure(config):
    config.addinivalue_line("markers", "pcc_curveballs(spec): the mock throws these curveballs during the test")
    config.addinivalue_line("markers", "pcc_reset: the mock starts the test empty")


@pytest.fixture(scope="session")
def pcc_mock_server(request):
    """The strict mock, one per session."""
    exe = request.config.getoption("--pcc-bin") or binary()
    server = MockServer(exe, request.config.getoption("--pcc-principals"))
    yield server
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
    if request.node.get_closest_marker("pcc_reset"):
        pcc_mock_server.admin("/_mock/reset", {})
    curveballs = request.node.get_closest_marker("pcc_curveballs")
    if curveballs:
        pcc_mock_server.admin("/_mock/curveballs", {"spec": curveballs.args[0]})
    yield pcc_mock_server
    if curveballs:
        pcc_mock_server.admin("/_mock/curveballs", {"spec": None})


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    server = getattr(item, "funcargs", {}).get("pcc_mock")
    if server is None:
        return (yield)
    before = collections.Counter(server.offences())
    result = yield
    new = list((collections.Counter(server.offences()) - before).elements())
    if new:
        pytest.fail(
            f"{len(new)} of the test's requests broke the contract:\n  " + "\n  ".join(new), pytrace=False
        )
    return result
