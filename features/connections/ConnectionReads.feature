@op:GetConnection @op:ListConnections @op:ListConnectionInvitations @op:GetConnectionPreferences @connections @readonly
Feature: Reading connections, invitations and preferences: the request shape

  These requests are refused before anything is looked up, so they name no real resource.

  @documented @required
  Scenario Outline: <operation> without <member> is rejected naming it
    When I call <operation> with the example request without "<member>"
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | operation                 | member     |
      | GetConnection             | Catalog    |
      | GetConnection             | Identifier |
      | ListConnections           | Catalog    |
      | ListConnectionInvitations | Catalog    |
      | GetConnectionPreferences  | Catalog    |

  @documented @constraint
  Scenario Outline: <operation> with <member> <value> is rejected
    When I call <operation> with the example request where "<member>" is <value>
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | operation                | member                      | value                 |
      | GetConnection            | Identifier                  | "pac-1"               |
      | ListConnections          | MaxResults                  | 101                   |
      | ListConnections          | ConnectionType              | "!!!"                 |
      | ListConnections          | OtherParticipantIdentifiers | "444455556666"        |
      | GetConnectionPreferences | Catalog                     | "{{chars 65}}"        |

  @inferred @errors
  Scenario: an unknown connection is not found
    When I call GetConnection with the example request where "Identifier" is "pac-ZZZZZZZZZZZZZ"
    Then the call fails [documented]
    And the error is ResourceNotFoundException [inferred]
    And the error reason is CONNECTION_NOT_FOUND [inferred]
