// The AWS SDK for JavaScript v3 as an SDK user's test, run under `pcc-conformance verify-client -- node`:
// the client finds the mock (AWS_ENDPOINT_URL_PARTNERCENTRAL_ACCOUNT) and the sender's keys in the
// environment verify-client sets; the receiver's keys come from its PCC_PRINCIPAL_RECEIVER_* variables.
// Two invitations listed a page at a time, one accepted, read, canceled; an unknown connection is not
// found. Any failure throws, so the process exits non-zero.
import assert from "node:assert/strict";
import {
  PartnerCentralAccountClient,
  CreateConnectionInvitationCommand,
  AcceptConnectionInvitationCommand,
  GetConnectionCommand,
  CancelConnectionCommand,
  GetConnectionPreferencesCommand,
  ResourceNotFoundException,
  paginateListConnectionInvitations,
} from "@aws-sdk/client-partnercentral-account";

const sender = new PartnerCentralAccountClient({});
const receiver = new PartnerCentralAccountClient({
  credentials: {
    accessKeyId: process.env.PCC_PRINCIPAL_RECEIVER_ACCESS_KEY_ID,
    secretAccessKey: process.env.PCC_PRINCIPAL_RECEIVER_SECRET_ACCESS_KEY,
  },
});
const receiverAccount = process.env.PCC_PRINCIPAL_RECEIVER_ACCOUNT_ID;
const Catalog = "Sandbox";

const invite = (ConnectionType) =>
  sender.send(
    new CreateConnectionInvitationCommand({
      Catalog,
      ConnectionType,
      ReceiverIdentifier: receiverAccount,
      Email: "sender@example.com",
      Name: "Sender Lead",
      Message: "Shall we connect?",
    }),
  );
const invitations = [await invite("OPPORTUNITY_COLLABORATION"), await invite("SUBSIDIARY")];
const listed = [];
for await (const page of paginateListConnectionInvitations(
  { client: receiver, pageSize: 5 },
  { Catalog, ParticipantType: "RECEIVER", Status: "PENDING" },
)) {
  listed.push(...page.ConnectionInvitationSummaries.map((i) => i.Id));
}
for (const i of invitations) assert.ok(listed.includes(i.Id), `${i.Id} listed`);
assert.equal(new Set(listed).size, listed.length, "no invitation listed twice");

const accepted = await receiver.send(
  new AcceptConnectionInvitationCommand({ Catalog, Identifier: invitations[0].Id }),
);
const connection = accepted.Connection;
const got = await sender.send(new GetConnectionCommand({ Catalog, Identifier: connection.Id }));
assert.equal(got.OtherParticipantAccountId, receiverAccount);
assert.ok(got.UpdatedAt instanceof Date && !Number.isNaN(got.UpdatedAt.getTime()), "timestamps parse");
await receiver.send(
  new CancelConnectionCommand({
    Catalog,
    Identifier: connection.Id,
    ConnectionType: "OPPORTUNITY_COLLABORATION",
    Reason: "Done",
  }),
);
await assert.rejects(
  sender.send(new GetConnectionCommand({ Catalog, Identifier: "pac-0000000000000" })),
  (e) => e instanceof ResourceNotFoundException,
  "an unknown connection is ResourceNotFoundException",
);
const preferences = await receiver.send(new GetConnectionPreferencesCommand({ Catalog }));
assert.ok(preferences.AccessType);
console.log("js sdk ok");
