@documented @examples
Feature: AWS's documented examples

  AWS documents a request and its answer for most Channel operations (the service model's examples, which the
  AWS SDK for JavaScript ships in its command typings). Each scenario makes what an example names, sends the
  example's request with what it made in place of AWS's made-up ids (and, for a list, a page size of 1 with
  two items made, so that a next-page token is due as the example shows), and holds the answer to the
  example's form: every member the example shows is there, and each value has the example's form (an ARN's
  layout, an id's prefix and length, an account id, a counter, an instant, text). AWS's values themselves are
  placeholders and are never compared. Against the mock this is the mock's parity with what AWS published.

  Background:
    Given I am "sender"

  # ---- program management accounts ----

  @op:CreateProgramManagementAccount @pma @mutating
  Scenario: Example for CreateProgramManagementAccount
    When I send AWS's example "Example for CreateProgramManagementAccount" with:
      | accountId | {{random.accountId}} |
    Then the answer has the form of AWS's example

  @op:UpdateProgramManagementAccount @pma @mutating
  Scenario: Example for UpdateProgramManagementAccount
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I send AWS's example "Example for UpdateProgramManagementAccount" with:
      | identifier | {{pma.id}} |
      | revision   | "1"        |
    Then the answer has the form of AWS's example

  @op:ListProgramManagementAccounts @pma @readonly
  Scenario: Example for ListProgramManagementAccounts
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | TestDisplayName      |
    And I remember the request as "a"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | TestDisplayName      |
    And I remember the request as "b"
    When I send AWS's example "Example for ListProgramManagementAccounts" with:
      | accountIds | ["{{a.accountId}}", "{{b.accountId}}"] |
      | maxResults | 1                                      |
    Then the answer has the form of AWS's example

  @op:DeleteProgramManagementAccount @pma @mutating
  Scenario: Example for DeleteProgramManagementAccount
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I send AWS's example "Example for DeleteProgramManagementAccount" with:
      | identifier | {{pma.id}} |
    Then the answer has the form of AWS's example

  # ---- relationships ----

  @op:CreateRelationship @relationships @mutating
  Scenario: Example for CreateRelationship
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I send AWS's example "Example for CreateRelationship" with:
      | programManagementAccountIdentifier | {{pma.id}}           |
      | associatedAccountId                | {{random.accountId}} |
    Then the answer has the form of AWS's example

  @op:GetRelationship @op:UpdateRelationship @op:DeleteRelationship @relationships @mutating
  Scenario Outline: <title>
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}           |
      | associatedAccountId                | {{random.accountId}} |
      | associationType                    | DOWNSTREAM_SELLER    |
      | resaleAccountModel                 | END_CUSTOMER         |
      | sector                             | COMMERCIAL           |
      | displayName                        | TestDisplayName      |
    And I remember the response "relationshipDetail" as "rs"
    When I send AWS's example "<title>" with:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
      | revision                           | <revision> |
    Then the answer has the form of AWS's example

    Examples:
      | title                            | revision |
      | Example for GetRelationship      | (absent) |
      | Example for UpdateRelationship   | "1"      |
      | Example for DeleteRelationship   | (absent) |

  @op:ListRelationships @relationships @readonly
  Scenario: Example for ListRelationships
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}           |
      | associatedAccountId                | {{random.accountId}} |
      | associationType                    | DOWNSTREAM_SELLER    |
      | resaleAccountModel                 | END_CUSTOMER         |
      | displayName                        | TestDisplayName      |
    And I remember the request as "a"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}           |
      | associatedAccountId                | {{random.accountId}} |
      | associationType                    | DOWNSTREAM_SELLER    |
      | resaleAccountModel                 | END_CUSTOMER         |
      | displayName                        | TestDisplayName      |
    And I remember the request as "b"
    When I send AWS's example "Example for ListRelationships" with:
      | programManagementAccountIdentifiers | ["{{pma.id}}"]                                         |
      | associatedAccountIds                | ["{{a.associatedAccountId}}", "{{b.associatedAccountId}}"] |
      | maxResults                          | 1                                                      |
      | nextToken                           | (absent)                                               |
    Then the answer has the form of AWS's example

  # ---- tags ----

  @op:TagResource @op:ListTagsForResource @op:UntagResource @tags @mutating
  Scenario Outline: <title>
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}  |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelHandshakeDetail" as "hs"
    And I have called TagResource with the example request and:
      | resourceArn | {{<tagged>.arn}}                                |
      | tags        | [{"key": "ExampleKey", "value": "ExampleValue"}] |
    When I send AWS's example "<title>" with:
      | resourceArn | {{<resource>.arn}} |
    Then the answer has the form of AWS's example

    Examples:
      | title                           | tagged | resource |
      | Example for TagResource         | pma    | rs       |
      | Example for ListTagsForResource | pma    | pma      |
      | Example for UntagResource       | hs     | hs       |

  # ---- channel handshakes ----

  @op:CreateChannelHandshake @handshakes @mutating
  Scenario Outline: <title>
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
    And I remember the response "relationshipDetail" as "rs"
    When I send AWS's example "<title>" with:
      | associatedResourceIdentifier                        | {{rs.id}}  |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.startServicePeriodPayload.endDate           | <endDate>  |
    Then the answer has the form of AWS's example

    Examples:
      | title                                                                          | endDate              |
      | Example for CreateChannelHandshake - START_SERVICE_PERIOD with Minimum Notice Period | (absent)             |
      | Example for CreateChannelHandshake - START_SERVICE_PERIOD with Fixed Commitment Period | 2099-07-01T00:00:00Z |

  @op:CreateChannelHandshake @handshakes @mutating
  Scenario: Example for CreateChannelHandshake - REVOKE_SERVICE_PERIOD
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}  |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelHandshakeDetail" as "start"
    And the handshake {{start.id}} from "sender" to "receiver" is ACCEPTED
    When I send AWS's example "Example for CreateChannelHandshake - REVOKE_SERVICE_PERIOD" with:
      | associatedResourceIdentifier                                          | {{rs.id}}  |
      | payload.revokeServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    Then the answer has the form of AWS's example

  @op:CreateChannelHandshake @handshakes @pma @mutating @serial
  Scenario: Example for CreateChannelHandshake - PROGRAM_MANAGEMENT_ACCOUNT
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{principal.receiver.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I send AWS's example "Example for CreateChannelHandshake - PROGRAM_MANAGEMENT_ACCOUNT" with:
      | associatedResourceIdentifier | {{pma.id}} |
    Then the answer has the form of AWS's example

  @op:AcceptChannelHandshake @op:RejectChannelHandshake @op:CancelChannelHandshake @handshakes @mutating
  Scenario Outline: <title>
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}  |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelHandshakeDetail" as "hs"
    When "<party>" sends AWS's example "<title>" with:
      | identifier | {{hs.id}} |
    Then the answer has the form of AWS's example

    Examples:
      | title                              | party    |
      | Example for AcceptChannelHandshake | receiver |
      | Example for RejectChannelHandshake | receiver |
      | Example for CancelChannelHandshake | sender   |

  @op:ListChannelHandshakes @handshakes @readonly
  Scenario: Example for ListChannelHandshakes - START_SERVICE_PERIOD
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
    And I remember the response "relationshipDetail" as "a"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | associationType                    | INTERNAL                         |
    And I remember the response "relationshipDetail" as "b"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{a.id}} |
      | payload                      | {"startServicePeriodPayload": {"programManagementAccountIdentifier": "{{pma.id}}", "servicePeriodType": "FIXED_COMMITMENT_PERIOD", "endDate": "2099-07-01T00:00:00Z", "note": "Optional Note"}} |
    And I remember the response "channelHandshakeDetail" as "startA"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{b.id}} |
      | payload                      | {"startServicePeriodPayload": {"programManagementAccountIdentifier": "{{pma.id}}", "servicePeriodType": "FIXED_COMMITMENT_PERIOD", "endDate": "2099-07-01T00:00:00Z", "note": "Optional Note"}} |
    And I remember the response "channelHandshakeDetail" as "startB"
    And the handshake {{startA.id}} from "sender" to "receiver" is ACCEPTED
    And the handshake {{startB.id}} from "sender" to "receiver" is ACCEPTED
    When I send AWS's example "Example for ListChannelHandshakes - START_SERVICE_PERIOD" with:
      | associatedResourceIdentifiers | ["{{a.id}}", "{{b.id}}"] |
      | maxResults                    | 1                        |
    Then the answer has the form of AWS's example

  @op:ListChannelHandshakes @handshakes @readonly
  Scenario: Example for ListChannelHandshakes - REVOKE_SERVICE_PERIOD
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
    And I remember the response "relationshipDetail" as "a"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | associationType                    | INTERNAL                         |
    And I remember the response "relationshipDetail" as "b"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{a.id}}   |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelHandshakeDetail" as "startA"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{b.id}}   |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelHandshakeDetail" as "startB"
    And the handshake {{startA.id}} from "sender" to "receiver" is ACCEPTED
    And the handshake {{startB.id}} from "sender" to "receiver" is ACCEPTED
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                                                 |
      | associatedResourceIdentifier | {{a.id}}                                                                                              |
      | payload                      | {"revokeServicePeriodPayload": {"programManagementAccountIdentifier": "{{pma.id}}", "note": "Optional Note"}} |
    And I remember the response "channelHandshakeDetail" as "revokeA"
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                                                 |
      | associatedResourceIdentifier | {{b.id}}                                                                                              |
      | payload                      | {"revokeServicePeriodPayload": {"programManagementAccountIdentifier": "{{pma.id}}", "note": "Optional Note"}} |
    And I remember the response "channelHandshakeDetail" as "revokeB"
    And the handshake {{revokeA.id}} from "sender" to "receiver" is ACCEPTED
    And the handshake {{revokeB.id}} from "sender" to "receiver" is ACCEPTED
    When I send AWS's example "Example for ListChannelHandshakes - REVOKE_SERVICE_PERIOD" with:
      | associatedResourceIdentifiers | ["{{a.id}}", "{{b.id}}"] |
      | maxResults                    | 1                        |
    Then the answer has the form of AWS's example

  @op:ListChannelHandshakes @handshakes @pma @readonly @serial
  Scenario: Example for ListChannelHandshakes - PROGRAM_MANAGEMENT_ACCOUNT
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{principal.receiver.accountId}} |
    And I remember the response "programManagementAccountDetail" as "toReceiver"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{principal.outsider.accountId}} |
    And I remember the response "programManagementAccountDetail" as "toOutsider"
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{toReceiver.id}}          |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "hsReceiver"
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{toOutsider.id}}          |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "hsOutsider"
    And the handshake {{hsReceiver.id}} from "sender" to "receiver" is ACCEPTED
    And the handshake {{hsOutsider.id}} from "sender" to "outsider" is ACCEPTED
    When I send AWS's example "Example for ListChannelHandshakes - PROGRAM_MANAGEMENT_ACCOUNT" with:
      | associatedResourceIdentifiers | ["{{toReceiver.id}}", "{{toOutsider.id}}"] |
      | maxResults                    | 1                                          |
      | nextToken                     | (absent)                                   |
    Then the answer has the form of AWS's example
