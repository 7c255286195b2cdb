@handshakes @lifecycle @mutating
Feature: Journeys across two accounts

  Background:
    Given I am "sender"

  @inferred @serial @op:CreateChannelHandshake @op:AcceptChannelHandshake @op:ListProgramManagementAccounts
  Scenario: a program management account becomes ACTIVE when its handshake is accepted
    Given "account" is {{principal.receiver.accountId}}
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{account}}  |
      | program   | DISTRIBUTION |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{pma.arn}}                |
      | payload                      | (absent)                   |
    Then the call succeeds
    And the response "channelHandshakeDetail.id" matches "^ch-[a-z0-9]{13}$"
    And the response "channelHandshakeDetail.arn" matches "^arn:aws:partnercentral:us-east-1:{{principal.sender.accountId}}:catalog/{{catalog}}/channel-handshake/ch-[a-z0-9]{13}$"
    And I remember the response "channelHandshakeDetail" as "hs"
    When "receiver" calls AcceptChannelHandshake with the example request and:
      | identifier | {{hs.arn}} |
    Then the call succeeds
    And the response "channelHandshakeDetail.status" equals "ACCEPTED"
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | programs   | (absent)                 |
      | accountIds | ["{{account}}"]          |
      | statuses   | ["ACTIVE"]               |
    Then 1 item was collected
    And every collected item has "id" equal to {{pma.id}}
    And every collected item has "status" equal to "ACTIVE"

  @inferred @op:CreateChannelHandshake @op:AcceptChannelHandshake @op:GetRelationship
  Scenario: a service period starts, is revoked, and the revoke cannot be repeated without a new start
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                          |
      | associatedAccountId                | {{principal.receiver.accountId}}    |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                | {{rs.arn}} |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    Then the call succeeds
    And I remember the response "channelHandshakeDetail" as "start"
    When "receiver" calls AcceptChannelHandshake with the example request and:
      | identifier | {{start.id}} |
    Then the call succeeds
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the response "relationshipDetail.startDate" matches "^\d{4}-\d{2}-\d{2}T"
    When I call CreateChannelHandshake with the example request and:
      | handshakeType                | REVOKE_SERVICE_PERIOD                                         |
      | associatedResourceIdentifier | {{rs.id}}                                                     |
      | payload                      | {"revokeServicePeriodPayload": {"programManagementAccountIdentifier": "{{pma.arn}}", "note": "ending"}} |
    Then the call succeeds
    And I remember the response "channelHandshakeDetail" as "revoke"
    When "receiver" calls AcceptChannelHandshake with the example request and:
      | identifier | {{revoke.id}} |
    Then the call succeeds
    And the response "channelHandshakeDetail.status" equals "ACCEPTED"
    When I call CreateChannelHandshake with the example request and:
      | handshakeType                | REVOKE_SERVICE_PERIOD                                         |
      | associatedResourceIdentifier | {{rs.id}}                                                     |
      | payload                      | {"revokeServicePeriodPayload": {"programManagementAccountIdentifier": "{{pma.id}}"}} |
    Then the call fails with ValidationException
    And the error names "associatedResourceIdentifier" [inferred]
    And the error reason is BUSINESS_VALIDATION_FAILED
    And the same request with "associatedResourceIdentifier" as in the example is not refused for it

  @inferred @errors @serial @op:CreateChannelHandshake
  Scenario: a second pending handshake of the same type for the same resource is a conflict, until the first ends
    Given "account" is {{principal.receiver.accountId}}
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{account}}         |
      | program   | SOLUTION_PROVIDER   |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{pma.id}}                 |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "first"
    When I call CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{pma.id}}                 |
      | payload                      | (absent)                   |
    Then the call fails with ConflictException [inferred]
    Given the handshake {{first.id}} from "sender" to "receiver" is CANCELED
    When I call CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{pma.id}}                 |
      | payload                      | (absent)                   |
    Then the call succeeds

  @inferred @serial @op:ListChannelHandshakes
  Scenario: both parties see the handshake, each from their side, and nobody else does
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{principal.receiver.accountId}} |
      | program   | DISTRIBUTION                     |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{pma.id}}                 |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "hs"
    When "receiver" pages through ListChannelHandshakes with maxResults 100 and:
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT |
      | participantType               | RECEIVER                   |
      | statuses                      | ["PENDING"]                |
      | handshakeTypeFilters          | {"programManagementAccountTypeFilters": {"programs": ["DISTRIBUTION"]}} |
      | handshakeTypeSort             | (absent)                   |
      | associatedResourceIdentifiers | ["{{pma.arn}}"]            |
    Then 1 item was collected
    And every collected item has "id" equal to {{hs.id}}
    And every collected item has "senderAccountId" equal to {{principal.sender.accountId}}
    And every collected item has "receiverAccountId" equal to {{principal.receiver.accountId}}
    And every collected item has "detail" equal to {"programManagementAccountHandshakeDetail": {"program": "DISTRIBUTION"}}
    When "sender" pages through ListChannelHandshakes with maxResults 100 and:
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT |
      | participantType               | RECEIVER                   |
      | statuses                      | (absent)                   |
      | handshakeTypeFilters          | (absent)                   |
      | handshakeTypeSort             | (absent)                   |
      | associatedResourceIdentifiers | ["{{pma.id}}"]             |
    Then 0 items were collected
    When "outsider" pages through ListChannelHandshakes with maxResults 100 and:
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT |
      | participantType               | SENDER                     |
      | statuses                      | (absent)                   |
      | handshakeTypeFilters          | (absent)                   |
      | handshakeTypeSort             | (absent)                   |
      | associatedResourceIdentifiers | ["{{pma.id}}"]             |
    Then 0 items were collected [safety]

  @inferred @mock-only @serial @op:ListChannelHandshakes @op:AcceptChannelHandshake
  Scenario: a handshake nobody answers expires after 30 days
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{principal.receiver.accountId}} |
      | program   | DISTRIBUTION_SELLER              |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{pma.id}}                 |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "hs"
    When the mock clock moves forward 29 days
    And "receiver" pages through ListChannelHandshakes with maxResults 10 and:
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT |
      | participantType               | RECEIVER                   |
      | statuses                      | (absent)                   |
      | handshakeTypeFilters          | (absent)                   |
      | handshakeTypeSort             | (absent)                   |
      | associatedResourceIdentifiers | ["{{pma.id}}"]             |
    Then the collected "status" are ["PENDING"]
    When the mock clock moves forward 2 days
    And "receiver" pages through ListChannelHandshakes with maxResults 10 and:
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT |
      | participantType               | RECEIVER                   |
      | statuses                      | ["EXPIRED"]                |
      | handshakeTypeFilters          | (absent)                   |
      | handshakeTypeSort             | (absent)                   |
      | associatedResourceIdentifiers | ["{{pma.id}}"]             |
    Then the collected "status" are ["EXPIRED"]
    When "receiver" calls AcceptChannelHandshake with the example request and:
      | identifier | {{hs.id}} |
    Then the call fails with ValidationException
