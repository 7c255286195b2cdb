"""Every phase of a test is checked (run by tests/verify_client.rs, which expects exactly this): a fixture
that breaks the contract in its setup or teardown is that test's error; a wrong secret fails its test; a
test using `pcc_mock_server` alone is checked; a thread that outlives its test fails the run at its end,
and not the clean test running when its request arrives."""
import threading
import time

import boto3
import pytest

from conftest import UNCHECKED, break_the_contract


def test_setup_breaks_the_contract(breaks_in_setup):
    pass


def test_teardown_breaks_the_contract(breaks_in_teardown):
    pass


def test_a_wrong_secret_fails(pcc_mock, monkeypatch):
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "not-the-secret")
    # A session of its own: boto3's default one keeps the credentials it read first.
    client = boto3.session.Session().client("partnercentral-channel", config=UNCHECKED)
    with pytest.raises(Exception, match="Signature"):
        client.list_program_management_accounts(catalog="Sandbox")


def test_the_server_alone_is_checked(pcc_mock_server):
    first = pcc_mock_server.principals["sender"]
    client = boto3.client(
        "partnercentral-channel",
        endpoint_url=pcc_mock_server.url,
        region_name="us-east-1",
        aws_access_key_id=first["accessKeyId"],
        aws_secret_access_key=first["secretAccessKey"],
        config=UNCHECKED,
    )
    with pytest.raises(client.exceptions.ValidationException):
        client.list_relationships(catalog="Sandbox", maxResults=5003)


def test_leaves_a_thread_behind(pcc_mock):
    client = boto3.client("partnercentral-channel", config=UNCHECKED)

    def later():
        time.sleep(1.0)
        try:
            client.list_relationships(catalog="Sandbox", maxResults=5004)
        except client.exceptions.ValidationException:
            pass

    threading.Thread(target=later).start()


def test_a_clean_test_while_the_thread_sends(pcc_mock):
    client = boto3.client("partnercentral-channel")
    for _ in range(6):
        client.list_program_management_accounts(catalog="Sandbox")
        time.sleep(0.4)
