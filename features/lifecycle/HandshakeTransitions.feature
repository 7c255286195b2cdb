@op:AcceptChannelHandshake @op:RejectChannelHandshake @op:CancelChannelHandshake @handshakes @lifecycle @mutating @serial
Feature: The handshake lifecycle: every (status, action, party)

  Accept and reject belong to the receiver, cancel to the sender, and all three act on a PENDING handshake
  only. A third account does not see the handshake at all.

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

  @inferred
  Scenario Outline: <action> by the <party> of a <status> handshake <outcome>
    Given the handshake {{hs.id}} from "sender" to "receiver" is <status>
    When "<party>" calls <action>ChannelHandshake with the example request and:
      | identifier | {{hs.id}} |
    Then the call <outcome>
    When "sender" pages through ListChannelHandshakes with maxResults 10 and:
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT |
      | participantType               | SENDER                     |
      | statuses                      | (absent)                   |
      | handshakeTypeFilters          | (absent)                   |
      | handshakeTypeSort             | (absent)                   |
      | associatedResourceIdentifiers | ["{{pma.id}}"]         |
    Then the collected "status" are ["<after>"]

    Examples:
      | status   | action | party    | outcome                              | after    |
      | PENDING  | Accept | sender   | fails with AccessDeniedException     | PENDING  |
      | PENDING  | Accept | receiver | succeeds                             | ACCEPTED |
      | PENDING  | Accept | outsider | fails with ResourceNotFoundException | PENDING  |
      | PENDING  | Reject | sender   | fails with AccessDeniedException     | PENDING  |
      | PENDING  | Reject | receiver | succeeds                             | REJECTED |
      | PENDING  | Reject | outsider | fails with ResourceNotFoundException | PENDING  |
      | PENDING  | Cancel | sender   | succeeds                             | CANCELED |
      | PENDING  | Cancel | receiver | fails with AccessDeniedException     | PENDING  |
      | PENDING  | Cancel | outsider | fails with ResourceNotFoundException | PENDING  |
      | ACCEPTED | Accept | sender   | fails with AccessDeniedException     | ACCEPTED |
      | ACCEPTED | Accept | receiver | fails with ValidationException       | ACCEPTED |
      | ACCEPTED | Accept | outsider | fails with ResourceNotFoundException | ACCEPTED |
      | ACCEPTED | Reject | sender   | fails with AccessDeniedException     | ACCEPTED |
      | ACCEPTED | Reject | receiver | fails with ValidationException       | ACCEPTED |
      | ACCEPTED | Reject | outsider | fails with ResourceNotFoundException | ACCEPTED |
      | ACCEPTED | Cancel | sender   | fails with ValidationException       | ACCEPTED |
      | ACCEPTED | Cancel | receiver | fails with AccessDeniedException     | ACCEPTED |
      | ACCEPTED | Cancel | outsider | fails with ResourceNotFoundException | ACCEPTED |
      | REJECTED | Accept | sender   | fails with AccessDeniedException     | REJECTED |
      | REJECTED | Accept | receiver | fails with ValidationException       | REJECTED |
      | REJECTED | Accept | outsider | fails with ResourceNotFoundException | REJECTED |
      | REJECTED | Reject | sender   | fails with AccessDeniedException     | REJECTED |
      | REJECTED | Reject | receiver | fails with ValidationException       | REJECTED |
      | REJECTED | Reject | outsider | fails with ResourceNotFoundException | REJECTED |
      | REJECTED | Cancel | sender   | fails with ValidationException       | REJECTED |
      | REJECTED | Cancel | receiver | fails with AccessDeniedException     | REJECTED |
      | REJECTED | Cancel | outsider | fails with ResourceNotFoundException | REJECTED |
      | CANCELED | Accept | sender   | fails with AccessDeniedException     | CANCELED |
      | CANCELED | Accept | receiver | fails with ValidationException       | CANCELED |
      | CANCELED | Accept | outsider | fails with ResourceNotFoundException | CANCELED |
      | CANCELED | Reject | sender   | fails with AccessDeniedException     | CANCELED |
      | CANCELED | Reject | receiver | fails with ValidationException       | CANCELED |
      | CANCELED | Reject | outsider | fails with ResourceNotFoundException | CANCELED |
      | CANCELED | Cancel | sender   | fails with ValidationException       | CANCELED |
      | CANCELED | Cancel | receiver | fails with AccessDeniedException     | CANCELED |
      | CANCELED | Cancel | outsider | fails with ResourceNotFoundException | CANCELED |

    @mock-only
    Examples: expired (the mock's clock moves 31 days)
      | status  | action | party    | outcome                              | after   |
      | EXPIRED | Accept | sender   | fails with AccessDeniedException     | EXPIRED |
      | EXPIRED | Accept | receiver | fails with ValidationException       | EXPIRED |
      | EXPIRED | Accept | outsider | fails with ResourceNotFoundException | EXPIRED |
      | EXPIRED | Reject | sender   | fails with AccessDeniedException     | EXPIRED |
      | EXPIRED | Reject | receiver | fails with ValidationException       | EXPIRED |
      | EXPIRED | Reject | outsider | fails with ResourceNotFoundException | EXPIRED |
      | EXPIRED | Cancel | sender   | fails with ValidationException       | EXPIRED |
      | EXPIRED | Cancel | receiver | fails with AccessDeniedException     | EXPIRED |
      | EXPIRED | Cancel | outsider | fails with ResourceNotFoundException | EXPIRED |
