"""Fixtures that break the contract outside a test's call: in their setup, in their teardown."""
import boto3
import pytest
from botocore.config import Config

UNCHECKED = Config(parameter_validation=False, retries={"max_attempts": 1})


def break_the_contract(what):
    """A request the contract refuses (boto3's own checks off, as a hand-written client has none)."""
    client = boto3.client("partnercentral-channel", config=UNCHECKED)
    try:
        client.list_relationships(catalog="Sandbox", maxResults=5000 + what)
    except client.exceptions.ValidationException:
        pass


@pytest.fixture
def breaks_in_setup(pcc_mock):
    break_the_contract(1)
    yield


@pytest.fixture
def breaks_in_teardown(pcc_mock):
    yield
    break_the_contract(2)
