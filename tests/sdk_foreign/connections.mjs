// The AWS SDK for JavaScript v3 against the pcc-conformance mock: invite, list, accept, read, cancel a
// connection type, read preferences. Run by tests/sdk_foreign.rs with PCC_URL and each party's keys in
// the environment; any failure throws, so the process exits non-zero.
import assert from "node:assert/strict";
import {
  PartnerCentralAccountClient,
  CreateConnectionInvitationCommand,
  ListConnectionInvitationsCommand,
  AcceptConnectionInvitationCommand,
  GetConnectionCommand,
  CancelConnectionCommand,
  GetConnectionPreferencesCommand,
} from "@aws-sdk/client-partnercentral-account";

const client = (party) =>
  new PartnerCentralAccountClient({
    endpoint: process.env.PCC_URL,
    region: "us-east-1",
    credentials: {
      accessKeyId: process.env[`PCC_${party}_KEY`],
      secretAccessKey: process.env[`PCC_${party}_SECRET`],
    },
  });

const sender = client("SENDER");
const receiver = client("RECEIVER");
const receiverAccount = process.env.PCC_RECEIVER_ACCOUNT;

const invitation = await sender.send(
  new CreateConnectionInvitationCommand({
    Catalog: "Sandbox",
    ConnectionType: "OPPORTUNITY_COLLABORATION",
    ReceiverIdentifier: receiverAccount,
    Email: "sender@example.com",
    Name: "Sender Lead",
    Message: "Shall we connect?",
  }),
);
assert.equal(invitation.Status, "PENDING");
const listed = await receiver.send(
  new ListConnectionInvitationsCommand({ Catalog: "Sandbox", ParticipantType: "RECEIVER", Status: "PENDING" }),
);
assert.ok(listed.ConnectionInvitationSummaries.some((i) => i.Id === invitation.Id));
const accepted = await receiver.send(
  new AcceptConnectionInvitationCommand({ Catalog: "Sandbox", Identifier: invitation.Id }),
);
const connection = accepted.Connection;
assert.equal(connection.ConnectionTypes.OPPORTUNITY_COLLABORATION.Status, "ACTIVE");
const got = await sender.send(new GetConnectionCommand({ Catalog: "Sandbox", Identifier: connection.Id }));
assert.equal(got.OtherParticipantAccountId, receiverAccount);
assert.ok(got.UpdatedAt instanceof Date, "timestamps parse");
const canceled = await receiver.send(
  new CancelConnectionCommand({
    Catalog: "Sandbox",
    Identifier: connection.Id,
    ConnectionType: "OPPORTUNITY_COLLABORATION",
    Reason: "Done",
  }),
);
assert.equal(canceled.ConnectionTypes.OPPORTUNITY_COLLABORATION.Status, "CANCELED");
const preferences = await receiver.send(new GetConnectionPreferencesCommand({ Catalog: "Sandbox" }));
assert.equal(preferences.AccessType, "ALLOW_ALL");
console.log("js sdk ok");
