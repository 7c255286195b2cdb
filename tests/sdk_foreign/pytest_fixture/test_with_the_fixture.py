"""The pytest fixture as a client author uses it: boto3 finds the mock through `pcc_mock`'s environment.
One test keeps to the contract and passes; one sends a request the contract refuses (boto3's own checks
off, as a hand-written client has none): the fixture fails it, naming the violation. CI runs this file and
expects exactly that (`.ci/wheel`)."""
import boto3
import pytest
from botocore.config import Config

C = "Sandbox"


def test_a_program_management_account_is_made_and_listed(pcc_mock):
    channel = boto3.client("partnercentral-channel")
    account = pcc_mock.principals["receiver"]["accountId"]
    made = channel.create_program_management_account(
        catalog=C, program="DISTRIBUTION", displayName="fixture pma", accountId=account
    )["programManagementAccountDetail"]
    listed = channel.list_program_management_accounts(catalog=C, accountIds=[account])["items"]
    assert made["id"] in {p["id"] for p in listed}


@pytest.mark.pcc_curveballs("member,share=1")
def test_an_answer_with_a_member_the_model_lacks_is_read(pcc_mock):
    channel = boto3.client("partnercentral-channel")
    assert "items" in channel.list_program_management_accounts(catalog=C)


def test_a_request_the_contract_refuses_fails_the_test(pcc_mock):
    unchecked = boto3.client("partnercentral-channel", config=Config(parameter_validation=False))
    with pytest.raises(unchecked.exceptions.ValidationException):
        unchecked.list_relationships(catalog=C, maxResults=5000)
