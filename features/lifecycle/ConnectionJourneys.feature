@op:CreateConnectionInvitation @op:AcceptConnectionInvitation @op:RejectConnectionInvitation @op:CancelConnectionInvitation @op:GetConnection @op:ListConnections @op:CancelConnection @op:GetConnectionInvitation @op:ListConnectionInvitations @invitations @connections @lifecycle @mutating @serial @contact:sender
Feature: Connections made and ended through invitations, end to end

  Background:
    Given I am "sender"
    And no SUBSIDIARY connection or pending invitation is between "sender" and "receiver"
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    And I remember the response as "inv"

  @inferred
  Scenario: invite, accept, cancel the type, refuse a second cancel, invite again
    When "receiver" calls AcceptConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call succeeds [documented]
    And the response "Connection.OtherParticipantAccountId" equals {{principal.sender.accountId}}
    And the response "Connection.ConnectionTypes.SUBSIDIARY.Status" equals "ACTIVE"
    And the response "Connection.ConnectionTypes.SUBSIDIARY.InviterEmail" equals {{contact.sender.email}}
    And the response "Connection.ConnectionTypes.SUBSIDIARY.InviterName" equals {{contact.sender.name}}
    And I remember the response "Connection" as "conn"
    When I call GetConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the response "Status" equals "ACCEPTED" [documented]
    And the response "ConnectionId" equals {{conn.Id}}
    When I call GetConnection with the example request and:
      | Identifier | {{conn.Id}} |
    Then the call succeeds [documented]
    And the response "OtherParticipantAccountId" equals {{principal.receiver.accountId}}
    And the response "ConnectionTypes.SUBSIDIARY.Status" equals "ACTIVE"
    And the response "ConnectionTypes.SUBSIDIARY.CanceledAt" is absent
    When I call CancelConnection with the example request and:
      | Identifier     | {{conn.Id}} |
      | ConnectionType | SUBSIDIARY  |
    Then the call succeeds [documented]
    And the response "ConnectionTypes.SUBSIDIARY.Status" equals "CANCELED"
    And the response "ConnectionTypes.SUBSIDIARY.CanceledBy" equals {{principal.sender.accountId}}
    And the response "ConnectionTypes.SUBSIDIARY.CanceledAt" matches "^\d{4}-\d{2}-\d{2}T"
    When "receiver" calls CancelConnection with the example request and:
      | Identifier     | {{conn.Id}} |
      | ConnectionType | SUBSIDIARY  |
    Then the call fails [safety]
    And the error is ConflictException [inferred]
    When I call CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    Then the call succeeds
    And I remember the response as "again"
    When "receiver" calls AcceptConnectionInvitation with the example request and:
      | Identifier | {{again.Id}} |
    Then the call succeeds
    And the response "Connection.Id" equals {{conn.Id}}
    And the response "Connection.ConnectionTypes.SUBSIDIARY.Status" equals "ACTIVE"
    And the response "Connection.ConnectionTypes.SUBSIDIARY.CanceledAt" is absent

  @inferred @errors
  Scenario: an invitation for a type that is already ACTIVE between the accounts is a conflict
    Given "receiver" has called AcceptConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    When I call CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    Then the call fails [safety]
    And the error is ConflictException [inferred]
    And the error reason is DUPLICATE_CONNECTION [inferred]

  @inferred
  Scenario: a rejected invitation makes no connection, and the sender may invite again
    When "receiver" calls RejectConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
      | Reason     | Not now    |
    Then the call succeeds [documented]
    And the response "Status" equals "REJECTED" [documented]
    And the response "ConnectionId" is absent
    When "receiver" pages through ListConnections with maxResults 100 and:
      | ConnectionType              | SUBSIDIARY:ACTIVE                  |
      | OtherParticipantIdentifiers | ["{{principal.sender.accountId}}"] |
    Then 0 items were collected [safety]
    When I call CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    Then the call succeeds

  @inferred
  Scenario: a withdrawn invitation cannot be accepted, and makes no connection
    When I call CancelConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call succeeds [documented]
    And the response "Status" equals "CANCELED" [documented]
    When "receiver" calls AcceptConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call fails [safety]
    When "receiver" pages through ListConnections with maxResults 100 and:
      | ConnectionType              | SUBSIDIARY:ACTIVE                  |
      | OtherParticipantIdentifiers | ["{{principal.sender.accountId}}"] |
    Then 0 items were collected [safety]

  @inferred
  Scenario: both parties list the invitation, each on its own side; a third account does not
    When "receiver" pages through ListConnectionInvitations with maxResults 100 and:
      | ConnectionType              | SUBSIDIARY                         |
      | ParticipantType             | RECEIVER                           |
      | Status                      | PENDING                            |
      | OtherParticipantIdentifiers | ["{{principal.sender.accountId}}"] |
    Then some collected item has "Id" equal to {{inv.Id}}
    And every collected item has "ParticipantType" equal to "RECEIVER" [documented]
    And every collected item has "Status" equal to "PENDING" [documented]
    When I page through ListConnectionInvitations with maxResults 100 and:
      | ConnectionType  | SUBSIDIARY |
      | ParticipantType | RECEIVER   |
      | Status          | PENDING    |
    Then no collected item has "Id" equal to {{inv.Id}}
    When "outsider" pages through ListConnectionInvitations with maxResults 100 and:
      | ConnectionType  | (absent) |
      | ParticipantType | (absent) |
      | Status          | (absent) |
    Then no collected item has "Id" equal to {{inv.Id}} [safety]

  @inferred @mock-only
  Scenario: an invitation nobody answers for 30 days expires, and cannot be accepted then
    Given the mock clock moves forward 29 days
    When I call GetConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the response "Status" equals "PENDING"
    When the mock clock moves forward 2 days
    And I call GetConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the response "Status" equals "EXPIRED"
    When I page through ListConnectionInvitations with maxResults 10 and:
      | ConnectionType              | SUBSIDIARY                           |
      | ParticipantType             | SENDER                               |
      | Status                      | EXPIRED                              |
      | OtherParticipantIdentifiers | ["{{principal.receiver.accountId}}"] |
    Then some collected item has "Id" equal to {{inv.Id}}
    And every collected item has "Status" equal to "EXPIRED" [documented]
    When "receiver" calls AcceptConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call fails with ConflictException

  @inferred @pagination
  Scenario: paging one at a time yields each pending invitation exactly once
    Given no OPPORTUNITY_COLLABORATION connection or pending invitation is between "sender" and "receiver"
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    When I page through ListConnectionInvitations with maxResults 1 and:
      | ConnectionType              | (absent)                             |
      | ParticipantType             | SENDER                               |
      | Status                      | PENDING                              |
      | OtherParticipantIdentifiers | ["{{principal.receiver.accountId}}"] |
    Then 2 items were collected [documented]
    And every collected item has a distinct "Id" [documented]
    And the collected items are ordered by "UpdatedAt" descending
