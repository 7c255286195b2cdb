@op:AcceptConnectionInvitation @op:RejectConnectionInvitation @op:CancelConnectionInvitation @op:GetConnectionInvitation @op:ListConnectionInvitations @invitations @lifecycle @mutating @serial @contact:sender
Feature: The invitation lifecycle: every (status, action, party)

  The receiver answers an invitation (accept or reject) and the sender may withdraw it (cancel); a third
  account does not see it. That the receiver answers and the sender withdraws is the API reference's
  wording [documented]. That another party, or a move from a settled invitation, is refused is never
  advisory [safety]: it would make or break a connection nobody agreed to. Which error comes back is our
  reading [inferred]. The status afterwards is read back: a refused action changes nothing [safety].

  Background:
    Given I am "sender"
    And no SUBSIDIARY connection or pending invitation is between "sender" and "receiver"
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    And I remember the response as "inv"

  @documented
  Scenario Outline: <action> by the <party> of a PENDING invitation makes it <after>
    When "<party>" calls <action>ConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call succeeds [documented]
    When "sender" calls GetConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the response "Status" equals "<after>" [documented]
    When "sender" pages through ListConnectionInvitations with maxResults 100 and:
      | ConnectionType              | SUBSIDIARY                           |
      | ParticipantType             | SENDER                               |
      | Status                      | <after>                              |
      | OtherParticipantIdentifiers | ["{{principal.receiver.accountId}}"] |
    Then some collected item has "Id" equal to {{inv.Id}} [inferred]
    And every collected item has "Status" equal to "<after>" [documented]

    Examples:
      | action | party    | after    |
      | Accept | receiver | ACCEPTED |
      | Reject | receiver | REJECTED |
      | Cancel | sender   | CANCELED |

  @inferred
  Scenario Outline: <action> by the <party> of a <status> invitation is refused with <error>
    Given the invitation {{inv.Id}} from "sender" to "receiver" is <status> [documented]
    When "<party>" calls <action>ConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call fails [safety]
    And the error is <error> [inferred]
    When "sender" calls GetConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the response "Status" equals "<status>" [safety]

    Examples:
      | status   | action | party    | error                     |
      | PENDING  | Accept | sender   | AccessDeniedException     |
      | PENDING  | Accept | outsider | ResourceNotFoundException |
      | PENDING  | Reject | sender   | AccessDeniedException     |
      | PENDING  | Reject | outsider | ResourceNotFoundException |
      | PENDING  | Cancel | receiver | AccessDeniedException     |
      | PENDING  | Cancel | outsider | ResourceNotFoundException |
      | ACCEPTED | Accept | receiver | ConflictException         |
      | ACCEPTED | Reject | receiver | ConflictException         |
      | ACCEPTED | Cancel | sender   | ConflictException         |
      | ACCEPTED | Accept | outsider | ResourceNotFoundException |
      | REJECTED | Accept | receiver | ConflictException         |
      | REJECTED | Reject | receiver | ConflictException         |
      | REJECTED | Cancel | sender   | ConflictException         |
      | CANCELED | Accept | receiver | ConflictException         |
      | CANCELED | Reject | receiver | ConflictException         |
      | CANCELED | Cancel | sender   | ConflictException         |
      | CANCELED | Cancel | receiver | AccessDeniedException     |

    @mock-only
    Examples: expired on the mock's clock
      | status  | action | party    | error             |
      | EXPIRED | Accept | receiver | ConflictException |
      | EXPIRED | Reject | receiver | ConflictException |
      | EXPIRED | Cancel | sender   | ConflictException |

  @inferred
  Scenario Outline: a settled invitation names the state in its refusal (<status>)
    Given the invitation {{inv.Id}} from "sender" to "receiver" is <status> [documented]
    When "receiver" calls AcceptConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call fails [safety]
    And the error reason is INCOMPATIBLE_CONNECTION_INVITATION_STATE [inferred]

    Examples:
      | status   |
      | ACCEPTED |
      | REJECTED |
      | CANCELED |
