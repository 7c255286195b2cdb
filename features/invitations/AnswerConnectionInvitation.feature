@op:AcceptConnectionInvitation @op:RejectConnectionInvitation @op:CancelConnectionInvitation @op:GetConnectionInvitation @op:ListConnectionInvitations @invitations
Feature: Accepting, rejecting, withdrawing and reading an invitation: the request shape

  These requests are refused before anything is looked up, so they name no real invitation.

  @documented @required @mutating
  Scenario Outline: <operation> without <member> is rejected naming it
    When I call <operation> with the example request without "<member>"
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | operation                  | member      |
      | AcceptConnectionInvitation | Catalog     |
      | AcceptConnectionInvitation | Identifier  |
      | AcceptConnectionInvitation | ClientToken |
      | RejectConnectionInvitation | Catalog     |
      | RejectConnectionInvitation | Identifier  |
      | RejectConnectionInvitation | ClientToken |
      | CancelConnectionInvitation | Catalog     |
      | CancelConnectionInvitation | Identifier  |
      | CancelConnectionInvitation | ClientToken |

  @documented @required @readonly
  Scenario Outline: GetConnectionInvitation without <member> is rejected naming it
    When I call GetConnectionInvitation with the example request without "<member>"
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member     |
      | Catalog    |
      | Identifier |

  @documented @constraint @mutating
  Scenario Outline: <operation> with <member> <value> is rejected
    When I call <operation> with the example request where "<member>" is <value>
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | operation                  | member      | value            |
      | AcceptConnectionInvitation | Identifier  | "pacinv-123"     |
      | AcceptConnectionInvitation | ClientToken | "!!!"            |
      | RejectConnectionInvitation | Identifier  | "pac-0123456789abc" |
      | RejectConnectionInvitation | Reason      | {{chars 257}}    |
      | CancelConnectionInvitation | Identifier  | "inv-0123456789abc" |
      | CancelConnectionInvitation | Catalog     | ""               |
      | GetConnectionInvitation    | Identifier  | "pacinv-!!!!!!!!!!!!!" |

  @inferred @errors @mutating
  Scenario Outline: <operation> on an unknown invitation is not found
    When I call <operation> with the example request where "Identifier" is "pacinv-ZZZZZZZZZZZZZ"
    Then the call fails [documented]
    And the error is ResourceNotFoundException [inferred]
    And the error reason is CONNECTION_INVITATION_NOT_FOUND [inferred]

    Examples:
      | operation                  |
      | AcceptConnectionInvitation |
      | RejectConnectionInvitation |
      | CancelConnectionInvitation |
      | GetConnectionInvitation    |

  @documented @enum @readonly
  Scenario Outline: ListConnectionInvitations with <member> <value> is rejected
    When I call ListConnectionInvitations with the example request where "<member>" is <value>
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member                      | value              |
      | Status                      | "OPEN"             |
      | ParticipantType             | "OWNER"            |
      | ConnectionType              | "RESALE"           |
      | MaxResults                  | 0                  |
      | MaxResults                  | 101                |
      | OtherParticipantIdentifiers | "444455556666"     |
      | NextToken                   | ""                 |
