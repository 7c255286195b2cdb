@op:AcceptChannelHandshake @op:RejectChannelHandshake @op:CancelChannelHandshake @handshakes @lifecycle @mutating @serial
Feature: The handshake lifecycle: every (status, action, party)

  Accept and reject belong to the receiver, cancel to the sender, and all three act on a PENDING handshake
  only. A third account does not see the handshake at all.

  Each assertion carries its basis. That accept, reject and cancel act on a *pending* handshake is the API
  reference's wording [documented]; that an account other than the answering party is refused is never
  advisory [safety]; *which* error comes back is our reading [inferred]. The status afterwards is checked as
  the sender lists it: a refused action changes nothing [safety].

  Background:
    Given I am "sender"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{principal.receiver.accountId}} |
      | program   | DISTRIBUTION_SELLER                  |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{pma.id}}             |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "hs"

  @documented
  Scenario Outline: <action> by the <party> of a PENDING handshake makes it <after>
    When "<party>" calls <action>ChannelHandshake with the example request and:
      | identifier | {{hs.id}} |
    Then the call succeeds [documented]
    And the response "channelHandshakeDetail.status" equals "<after>" [documented]
    When "sender" pages through ListChannelHandshakes with maxResults 10 and:
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT |
      | participantType               | SENDER                     |
      | statuses                      | (absent)                   |
      | handshakeTypeFilters          | (absent)                   |
      | handshakeTypeSort             | (absent)                   |
      | associatedResourceIdentifiers | ["{{pma.id}}"]             |
    Then the collected "status" are ["<after>"] [documented]

    Examples:
      | action | party    | after    |
      | Accept | receiver | ACCEPTED |
      | Reject | receiver | REJECTED |
      | Cancel | sender   | CANCELED |

  @inferred
  Scenario Outline: <action> by the <party> of a <status> handshake is refused with <error>
    Given the handshake {{hs.id}} from "sender" to "receiver" is <status> [documented]
    When "<party>" calls <action>ChannelHandshake with the example request and:
      | identifier | {{hs.id}} |
    Then the call fails [safety]
    And the error is <error> [inferred]
    When "sender" pages through ListChannelHandshakes with maxResults 10 and:
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT |
      | participantType               | SENDER                     |
      | statuses                      | (absent)                   |
      | handshakeTypeFilters          | (absent)                   |
      | handshakeTypeSort             | (absent)                   |
      | associatedResourceIdentifiers | ["{{pma.id}}"]             |
    Then the collected "status" are ["<status>"] [safety]

    Examples:
      | status   | action | party    | error                     |
      | PENDING  | Accept | sender   | AccessDeniedException     |
      | PENDING  | Accept | outsider | ResourceNotFoundException |
      | PENDING  | Reject | sender   | AccessDeniedException     |
      | PENDING  | Reject | outsider | ResourceNotFoundException |
      | PENDING  | Cancel | receiver | AccessDeniedException     |
      | PENDING  | Cancel | outsider | ResourceNotFoundException |
      | ACCEPTED | Accept | sender   | AccessDeniedException     |
      | ACCEPTED | Accept | outsider | ResourceNotFoundException |
      | ACCEPTED | Reject | sender   | AccessDeniedException     |
      | ACCEPTED | Reject | outsider | ResourceNotFoundException |
      | ACCEPTED | Cancel | receiver | AccessDeniedException     |
      | ACCEPTED | Cancel | outsider | ResourceNotFoundException |
      | REJECTED | Accept | sender   | AccessDeniedException     |
      | REJECTED | Accept | outsider | ResourceNotFoundException |
      | REJECTED | Reject | sender   | AccessDeniedException     |
      | REJECTED | Reject | outsider | ResourceNotFoundException |
      | REJECTED | Cancel | receiver | AccessDeniedException     |
      | REJECTED | Cancel | outsider | ResourceNotFoundException |
      | CANCELED | Accept | sender   | AccessDeniedException     |
      | CANCELED | Accept | outsider | ResourceNotFoundException |
      | CANCELED | Reject | sender   | AccessDeniedException     |
      | CANCELED | Reject | outsider | ResourceNotFoundException |
      | CANCELED | Cancel | receiver | AccessDeniedException     |
      | CANCELED | Cancel | outsider | ResourceNotFoundException |

    @mock-only
    Examples: expired (the mock's clock moves 31 days)
      | status   | action | party    | error                     |
      | EXPIRED  | Accept | sender   | AccessDeniedException     |
      | EXPIRED  | Accept | outsider | ResourceNotFoundException |
      | EXPIRED  | Reject | sender   | AccessDeniedException     |
      | EXPIRED  | Reject | outsider | ResourceNotFoundException |
      | EXPIRED  | Cancel | receiver | AccessDeniedException     |
      | EXPIRED  | Cancel | outsider | ResourceNotFoundException |

  @inferred
  Scenario Outline: <action> by the <party> of a <status> handshake fails, with <error>
    Given the handshake {{hs.id}} from "sender" to "receiver" is <status> [documented]
    When "<party>" calls <action>ChannelHandshake with the example request and:
      | identifier | {{hs.id}} |
    Then the call fails [documented]
    And the error is <error> [inferred]
    When "sender" pages through ListChannelHandshakes with maxResults 10 and:
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT |
      | participantType               | SENDER                     |
      | statuses                      | (absent)                   |
      | handshakeTypeFilters          | (absent)                   |
      | handshakeTypeSort             | (absent)                   |
      | associatedResourceIdentifiers | ["{{pma.id}}"]             |
    Then the collected "status" are ["<status>"] [documented]

    Examples:
      | status   | action | party    | error               |
      | ACCEPTED | Accept | receiver | ValidationException |
      | ACCEPTED | Reject | receiver | ValidationException |
      | ACCEPTED | Cancel | sender   | ValidationException |
      | REJECTED | Accept | receiver | ValidationException |
      | REJECTED | Reject | receiver | ValidationException |
      | REJECTED | Cancel | sender   | ValidationException |
      | CANCELED | Accept | receiver | ValidationException |
      | CANCELED | Reject | receiver | ValidationException |
      | CANCELED | Cancel | sender   | ValidationException |

    @mock-only
    Examples: expired (the mock's clock moves 31 days)
      | status   | action | party    | error               |
      | EXPIRED  | Accept | receiver | ValidationException |
      | EXPIRED  | Reject | receiver | ValidationException |
      | EXPIRED  | Cancel | sender   | ValidationException |
