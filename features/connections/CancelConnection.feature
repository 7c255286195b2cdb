@op:CancelConnection @op:GetConnection @op:ListConnections @connections @mutating @serial @contact:sender
Feature: CancelConnection (Partner Central Account API)

  The connection is made the way the service makes it: the sender invites the receiver to both types and
  the receiver accepts each. So these scenarios run against any endpoint; the cleanup cancels what is
  still ACTIVE of what they made.

  Background:
    Given I am "sender"
    And no OPPORTUNITY_COLLABORATION connection or pending invitation is between "sender" and "receiver"
    And no SUBSIDIARY connection or pending invitation is between "sender" and "receiver"
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    And I remember the response as "first"
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    And I remember the response as "second"
    And "receiver" has called AcceptConnectionInvitation with the example request and:
      | Identifier | {{first.Id}} |
    And "receiver" has called AcceptConnectionInvitation with the example request and:
      | Identifier | {{second.Id}} |
    And I remember the response "Connection" as "conn"

  @documented
  Scenario Outline: canceling <type> cancels that type only
    When I call CancelConnection with the example request and:
      | Identifier     | {{conn.Id}} |
      | ConnectionType | <type>      |
    Then the call succeeds
    And the response "Id" equals {{conn.Id}}
    And the response "OtherParticipantAccountId" equals {{principal.receiver.accountId}}
    And the response "ConnectionTypes.<type>.Status" equals "CANCELED"
    And the response "ConnectionTypes.<type>.CanceledBy" equals {{principal.sender.accountId}} [inferred]
    And the response "ConnectionTypes.<other>.Status" equals "ACTIVE" [safety]
    And the response "ConnectionTypes.<type>.OtherParticipant.Account.Name" matches "." [inferred]

    Examples:
      | type                      | other                     |
      | OPPORTUNITY_COLLABORATION | SUBSIDIARY                |
      | SUBSIDIARY                | OPPORTUNITY_COLLABORATION |

  @inferred
  Scenario: either party may cancel a type, and the connection says who did
    When "receiver" calls CancelConnection with the example request and:
      | Identifier     | {{conn.Id}} |
      | ConnectionType | SUBSIDIARY  |
    Then the call succeeds
    And the response "ConnectionTypes.SUBSIDIARY.CanceledBy" equals {{principal.receiver.accountId}}
    When I call GetConnection with the example request and:
      | Identifier | {{conn.Id}} |
    Then the response "ConnectionTypes.SUBSIDIARY.Status" equals "CANCELED" [documented]
    And the response "ConnectionTypes.SUBSIDIARY.CanceledBy" equals {{principal.receiver.accountId}}

  @inferred @errors
  Scenario: canceling a type twice is a conflict
    Given I have called CancelConnection with the example request and:
      | Identifier     | {{conn.Id}} |
      | ConnectionType | SUBSIDIARY  |
    When "receiver" calls CancelConnection with the example request and:
      | Identifier     | {{conn.Id}} |
      | ConnectionType | SUBSIDIARY  |
    Then the call fails [safety]
    And the error is ConflictException [inferred]
    And the error reason is INCOMPATIBLE_CONNECTION_STATE [inferred]

  @inferred @idempotency
  Scenario: a retry with the same ClientToken returns the first answer
    When I call CancelConnection with the example request and:
      | Identifier     | {{conn.Id}}           |
      | ConnectionType | SUBSIDIARY            |
      | ClientToken    | retry-{{random.name}} |
    Then the call succeeds
    And I remember the response "ConnectionTypes.SUBSIDIARY.CanceledAt" as "canceledAt"
    When I repeat the last request
    Then the call succeeds [documented]
    And the response "ConnectionTypes.SUBSIDIARY.Status" equals "CANCELED"
    And the response "ConnectionTypes.SUBSIDIARY.CanceledAt" equals {{canceledAt}}
    When I call GetConnection with the example request and:
      | Identifier | {{conn.Id}} |
    Then the response "ConnectionTypes.SUBSIDIARY.Status" equals "CANCELED"
    And the response "ConnectionTypes.SUBSIDIARY.CanceledAt" equals {{canceledAt}}
    And the response "ConnectionTypes.OPPORTUNITY_COLLABORATION.Status" equals "ACTIVE" [safety]

  @inferred @errors
  Scenario Outline: <who> canceling <case> is not found
    When "<who>" calls CancelConnection with the example request and:
      | Identifier | <id> |
    Then the call fails [<basis>]
    And the error is ResourceNotFoundException [inferred]
    And the error reason is CONNECTION_NOT_FOUND [inferred]

    Examples:
      | who      | case                 | id                | basis      |
      | sender   | an unknown id        | pac-ZZZZZZZZZZZZZ | documented |
      | outsider | another's connection | {{conn.Id}}       | safety     |

  @documented
  Scenario: both participants see the connection, each with the other as the other participant
    When "receiver" calls GetConnection with the example request and:
      | Identifier | {{conn.Id}} |
    Then the call succeeds
    And the response "OtherParticipantAccountId" equals {{principal.sender.accountId}}
    And the response "ConnectionTypes.SUBSIDIARY.OtherParticipant.Account.Name" matches "." [inferred]
    When "outsider" calls GetConnection with the example request and:
      | Identifier | {{conn.Id}} |
    Then the call fails [safety]
    And the error is ResourceNotFoundException [inferred]

  @inferred @pagination
  Scenario: listing filters by type and status, and by the other participant
    Given I have called CancelConnection with the example request and:
      | Identifier     | {{conn.Id}} |
      | ConnectionType | SUBSIDIARY  |
    When I page through ListConnections with maxResults 100 and:
      | ConnectionType              | SUBSIDIARY:CANCELED                  |
      | OtherParticipantIdentifiers | ["{{principal.receiver.accountId}}"] |
    Then some collected item has "Id" equal to {{conn.Id}}
    And every collected item has a distinct "Id"
    And every collected item has "ConnectionTypes.SUBSIDIARY.Status" equal to "CANCELED"
    When I page through ListConnections with maxResults 100 and:
      | ConnectionType              | SUBSIDIARY:ACTIVE                    |
      | OtherParticipantIdentifiers | ["{{principal.receiver.accountId}}"] |
    Then no collected item has "Id" equal to {{conn.Id}}
    And every collected item has "ConnectionTypes.SUBSIDIARY.Status" equal to "ACTIVE"
