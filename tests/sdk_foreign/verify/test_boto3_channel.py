"""A small boto3 test suite as an SDK user writes one, run under `pcc-conformance verify-client -- python3 -m
pytest`: boto3 finds the mock and its keys in the environment verify-client sets, nothing else. Two switches
let tests/verify_client.rs see each outcome: PCC_BREAK_CONTRACT=1 sends one request the contract refuses
(boto3's own checks turned off, as a hand-written client has none), PCC_FAIL_A_TEST=1 fails a test."""
import datetime
import os

import boto3
import pytest
from botocore.config import Config

C = "Sandbox"


@pytest.fixture(scope="module")
def channel():
    return boto3.client("partnercentral-channel")


@pytest.fixture(scope="module")
def pma(channel):
    return channel.create_program_management_account(
        catalog=C, program="MANAGED_SERVICES_PROVIDER", type="MANAGED_SERVICES",
        displayName="pytest msp", accountId=os.environ["PCC_PRINCIPAL_RECEIVER_ACCOUNT_ID"],
    )["programManagementAccountDetail"]


def relationship(channel, pma, name):
    return channel.create_relationship(
        catalog=C, associationType="MANAGED_SERVICES_END_CUSTOMER", programManagementAccountIdentifier=pma["id"],
        displayName=name, sector="COMMERCIAL", accountScope="SPECIFIC_MEMBER_ACCOUNTS",
        startDate=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
    )["relationshipDetail"]


def test_relationships_are_all_listed_page_by_page(channel, pma):
    made = {relationship(channel, pma, f"pytest customer {i}")["id"] for i in range(3)}
    pages = channel.get_paginator("list_relationships").paginate(catalog=C, PaginationConfig={"PageSize": 2})
    listed = [r["id"] for page in pages for r in page["items"]]
    assert made <= set(listed)
    assert len(listed) == len(set(listed)), "an item listed twice"


def test_a_relationship_reads_back_with_its_times(channel, pma):
    made = relationship(channel, pma, "pytest read back")
    got = channel.get_relationship(catalog=C, programManagementAccountIdentifier=pma["id"], identifier=made["id"])
    detail = got["relationshipDetail"]
    assert detail["displayName"] == "pytest read back"
    assert isinstance(detail["createdAt"], datetime.datetime)


def test_an_unknown_relationship_is_not_found(channel, pma):
    with pytest.raises(channel.exceptions.ResourceNotFoundException):
        channel.get_relationship(catalog=C, programManagementAccountIdentifier=pma["id"], identifier="rs-0000000000000")


@pytest.mark.skipif(os.environ.get("PCC_BREAK_CONTRACT") != "1", reason="sends a request the contract refuses")
def test_a_request_the_contract_refuses():
    unchecked = boto3.client("partnercentral-channel", config=Config(parameter_validation=False))
    with pytest.raises(unchecked.exceptions.ValidationException):
        unchecked.list_relationships(catalog=C, maxResults=5000)


@pytest.mark.skipif(os.environ.get("PCC_FAIL_A_TEST") != "1", reason="fails on purpose")
def test_that_fails():
    assert 1 == 2
