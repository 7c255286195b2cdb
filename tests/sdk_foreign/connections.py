"""boto3 against the pcc-conformance mock: invite, list, accept, read, cancel a connection type, read
preferences. Run by tests/sdk_foreign.rs with PCC_URL and each party's keys in the environment; any
failure raises, so the process exits non-zero."""
import os

import boto3


def client(party):
    return boto3.client(
        "partnercentral-account",
        endpoint_url=os.environ["PCC_URL"],
        region_name="us-east-1",
        aws_access_key_id=os.environ[f"PCC_{party}_KEY"],
        aws_secret_access_key=os.environ[f"PCC_{party}_SECRET"],
    )


sender, receiver = client("SENDER"), client("RECEIVER")
receiver_account = os.environ["PCC_RECEIVER_ACCOUNT"]

invitation = sender.create_connection_invitation(
    Catalog="Sandbox",
    ConnectionType="SUBSIDIARY",
    ReceiverIdentifier=receiver_account,
    Email="sender@example.com",
    Name="Sender Lead",
    Message="Shall we connect?",
)
assert invitation["Status"] == "PENDING", invitation
listed = receiver.list_connection_invitations(Catalog="Sandbox", ParticipantType="RECEIVER", Status="PENDING")
assert any(i["Id"] == invitation["Id"] for i in listed["ConnectionInvitationSummaries"]), listed
accepted = receiver.accept_connection_invitation(Catalog="Sandbox", Identifier=invitation["Id"])
connection = accepted["Connection"]
assert connection["ConnectionTypes"]["SUBSIDIARY"]["Status"] == "ACTIVE", connection
got = sender.get_connection(Catalog="Sandbox", Identifier=connection["Id"])
assert got["OtherParticipantAccountId"] == receiver_account, got
canceled = sender.cancel_connection(
    Catalog="Sandbox", Identifier=connection["Id"], ConnectionType="SUBSIDIARY", Reason="Done"
)
assert canceled["ConnectionTypes"]["SUBSIDIARY"]["Status"] == "CANCELED", canceled
preferences = receiver.get_connection_preferences(Catalog="Sandbox")
assert preferences["AccessType"] == "ALLOW_ALL" and preferences["Revision"] >= 1, preferences
print("boto3", boto3.__version__, "ok")
