"""boto3 against the pcc-conformance strict mock: every operation of the Partner Central Channel API once,
channel contracts and the managed-services members included. Run by tests/sdk_foreign.rs with PCC_URL
and each party's keys in the environment; any failure raises, so the process exits non-zero."""
import datetime
import os

import boto3
from botocore.exceptions import ClientError


def client(party):
    return boto3.client(
        "partnercentral-channel",
        endpoint_url=os.environ["PCC_URL"],
        region_name="us-east-1",
        aws_access_key_id=os.environ[f"PCC_{party}_KEY"],
        aws_secret_access_key=os.environ[f"PCC_{party}_SECRET"],
    )


def refused(call, code, **kwargs):
    """The call fails with error `code`."""
    try:
        call(**kwargs)
    except ClientError as e:
        assert e.response["Error"]["Code"] == code, e.response
        return
    raise AssertionError(f"{call.__name__} succeeded; expected {code}")


sender, receiver = client("SENDER"), client("RECEIVER")
receiver_account = os.environ["PCC_RECEIVER_ACCOUNT"]
C = "Sandbox"

pma = sender.create_program_management_account(
    catalog=C, program="MANAGED_SERVICES_PROVIDER", type="MANAGED_SERVICES",
    displayName="boto3 msp", accountId=receiver_account,
)["programManagementAccountDetail"]
sender.update_program_management_account(catalog=C, identifier=pma["id"], displayName="boto3 msp 2")
listed = sender.list_program_management_accounts(catalog=C, type="MANAGED_SERVICES")["items"]
assert any(p["id"] == pma["id"] and p["type"] == "MANAGED_SERVICES" for p in listed), listed

rs = sender.create_relationship(
    catalog=C, associationType="MANAGED_SERVICES_END_CUSTOMER", programManagementAccountIdentifier=pma["id"],
    displayName="boto3 customer", sector="COMMERCIAL", accountScope="SPECIFIC_MEMBER_ACCOUNTS",
    startDate=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
)["relationshipDetail"]
sender.update_relationship(
    catalog=C, identifier=rs["id"], programManagementAccountIdentifier=pma["id"], displayName="boto3 customer 2"
)
assert any(r["id"] == rs["id"] for r in sender.list_relationships(catalog=C)["items"])

cc = sender.create_channel_contract(
    catalog=C, contractType="MANAGED_SERVICES_ATTESTATION",
    payload={"managedServicesAttestationPayload": {
        "legalEntityName": "Example Holdings Ltd", "relationshipIdentifier": rs["arn"],
        "programManagementAccountIdentifier": pma["arn"], "memberAccountIds": [receiver_account],
        "endDate": datetime.datetime(2099, 12, 31, tzinfo=datetime.timezone.utc),
        "supportedServices": ["MONITORING", "SECURITY"],
        "legalEntityAddress": {"addressLine": "1 Example Street", "city": "Seattle", "stateOrRegion": "WA",
                               "postalCode": "98101", "countryCode": "US"},
        "signatoryName": "Pat Example", "signatoryEmail": "pat@example.com",
    }},
    tags=[{"key": "team", "value": "msp"}],
)["channelContractDetail"]
got = sender.get_channel_contract(catalog=C, identifier=cc["id"])["channelContractDetail"]
assert got["status"] == "ACCEPTED" and got["respondedAt"], got
related = sender.get_relationship(catalog=C, programManagementAccountIdentifier=pma["id"], identifier=rs["id"])
assert related["relationshipDetail"]["channelContractId"] == cc["id"], related
contracts = sender.list_channel_contracts(catalog=C, contractType="MANAGED_SERVICES_ATTESTATION", statuses=["ACCEPTED"])
assert [c["id"] for c in contracts["items"]] == [cc["id"]], contracts
refused(sender.cancel_channel_contract, "ValidationException", catalog=C, identifier=cc["id"], reason="too late")

sender.tag_resource(resourceArn=cc["arn"], tags=[{"key": "stage", "value": "pilot"}])
tags = sender.list_tags_for_resource(resourceArn=cc["arn"])["tags"]
assert sorted(t["key"] for t in tags) == ["stage", "team"], tags
sender.untag_resource(resourceArn=cc["arn"], tagKeys=["stage"])

hs = sender.create_channel_handshake(
    catalog=C, handshakeType="PROGRAM_MANAGEMENT_ACCOUNT", associatedResourceIdentifier=pma["arn"]
)["channelHandshakeDetail"]
pending = receiver.list_channel_handshakes(
    catalog=C, handshakeType="PROGRAM_MANAGEMENT_ACCOUNT", participantType="RECEIVER", statuses=["PENDING"]
)["items"]
assert any(h["id"] == hs["id"] for h in pending), pending
accepted = receiver.accept_channel_handshake(catalog=C, identifier=hs["id"])["channelHandshakeDetail"]
assert accepted["status"] == "ACCEPTED", accepted
refused(receiver.reject_channel_handshake, "ValidationException", catalog=C, identifier=hs["id"])
refused(sender.cancel_channel_handshake, "ValidationException", catalog=C, identifier=hs["id"])

sender.delete_relationship(catalog=C, identifier=rs["id"], programManagementAccountIdentifier=pma["id"])
sender.delete_program_management_account(catalog=C, identifier=pma["id"])
print("boto3", boto3.__version__, "ok: 21 Channel operations")
