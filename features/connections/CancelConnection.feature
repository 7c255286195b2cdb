@op:CancelConnection @op:GetConnection @op:ListConnections @connections @mock-only @mutating
Feature: CancelConnection (Partner Central Account API)

  Connections are made through the invitation flow of the Account API, which the mock does not model:
  these scenarios make them with the mock's admin API, and so run against the mock only.

  Background:
    Given I am "sender"
    And I post to the mock's admin API at "/_mock/connections" and remember the answer as "conn":
      """
      {"between": ["sender", "receiver"], "types": ["OPPORTUNITY_COLLABORATION", "SUBSIDIARY"]}
      """

  @documented
  Scenario Outline: canceling <type> cancels that type only
    When I call CancelConnection with the example request and:
      | Identifier     | {{conn.Id}} |
      | ConnectionType | <type>      |
    Then the call succeeds
    And the response "Id" equals {{conn.Id}}
    And the response "OtherParticipantAccountId" equals {{principal.receiver.accountId}}
    And the response "ConnectionTypes.<type>.Status" equals "CANCELED"
    And the response "ConnectionTypes.<type>.CanceledBy" equals {{principal.sender.accountId}}
    And the response "ConnectionTypes.<other>.Status" equals "ACTIVE"
    And the response "ConnectionTypes.<type>.OtherParticipant.Account.Name" equals "receiver"

    Examples:
      | type                      | other                     |
      | OPPORTUNITY_COLLABORATION | SUBSIDIARY                |
      | SUBSIDIARY                | OPPORTUNITY_COLLABORATION |

  @inferred @errors
  Scenario: canceling a type twice is a conflict
    Given I have called CancelConnection with the example request and:
      | Identifier     | {{conn.Id}} |
      | ConnectionType | SUBSIDIARY  |
    When "receiver" calls CancelConnection with the example request and:
      | Identifier     | {{conn.Id}} |
      | ConnectionType | SUBSIDIARY  |
    Then the call fails with ConflictException [inferred]
    And the error reason is INCOMPATIBLE_CONNECTION_STATE

  @inferred @errors
  Scenario: canceling a type the connection does not have is a conflict
    Given I post to the mock's admin API at "/_mock/connections" and remember the answer as "only":
      """
      {"between": ["sender", "outsider"], "types": ["SUBSIDIARY"]}
      """
    When I call CancelConnection with the example request and:
      | Identifier     | {{only.Id}}               |
      | ConnectionType | OPPORTUNITY_COLLABORATION |
    Then the call fails with ConflictException [inferred]

  @inferred @idempotency
  Scenario: a retry with the same ClientToken returns the first answer
    When I call CancelConnection with the example request and:
      | Identifier     | {{conn.Id}}      |
      | ConnectionType | SUBSIDIARY       |
      | ClientToken    | retry-{{random.name}} |
    Then the call succeeds
    When I repeat the last request
    Then the call succeeds [documented]
    And the response "ConnectionTypes.SUBSIDIARY.Status" equals "CANCELED"

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

  @documented @required
  Scenario Outline: a request without <member> is rejected naming it
    When I call CancelConnection with the example request and:
      | Identifier | {{conn.Id}} |
      | <member>   | (absent)    |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member         |
      | Catalog        |
      | Identifier     |
      | ConnectionType |
      | Reason         |
      | ClientToken    |

  @documented @enum @constraint
  Scenario Outline: <member> <value> is rejected
    When I call CancelConnection with the example request and:
      | Identifier | {{conn.Id}} |
      | <member>   | <value>     |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member         | value              |
      | ConnectionType | RESALE             |
      | Identifier     | pac-123            |
      | Reason         | {{chars 257}}      |
      | ClientToken    | "!!!"              |
      | Catalog        | "Sand box"         |

  @documented
  Scenario: both participants see the connection, each with the other as the other participant
    When "receiver" calls GetConnection with the example request and:
      | Identifier | {{conn.Id}} |
    Then the call succeeds
    And the response "OtherParticipantAccountId" equals {{principal.sender.accountId}}
    And the response "ConnectionTypes.SUBSIDIARY.OtherParticipant.Account.Name" equals "sender"
    When "outsider" calls GetConnection with the example request and:
      | Identifier | {{conn.Id}} |
    Then the call fails with ResourceNotFoundException

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
