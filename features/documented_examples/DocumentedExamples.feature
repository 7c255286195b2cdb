@documented @examples
Feature: AWS's documented examples

  AWS documents a request and its answer for most Channel operations (the service model's examples, which the
  AWS SDK for JavaScript ships in its command typings). Each scenario makes what an example names, sends the
  example's request with what it made in place of AWS's made-up ids (and, for a list, a page size of 1 with
  two items made, so that a next-page token is due as the example shows), and holds the answer to the
  example's form: every member the example shows is there, and each value has the example's form (an ARN's
  layout, an id's prefix and length, an account id, a counter, an instant, text). AWS's made-up values are
  never compared; what the example's answer repeats of its request (an id, a filter's value, an id in an
  ARN), counts on from it (a revision one past the one sent) or states as a value the model lists (an
  accepted handshake's status) is held to the request sent. What the example's request writes is read back
  (what a create or an update took, what a delete or an untag removed): an answer of the right form from a
  call that did nothing is no pass. Against the mock this is the mock's parity with what AWS published.

  Background:
    Given I am "sender"

  # ---- program management accounts ----

  @op:CreateProgramManagementAccount @pma @mutating
  Scenario: Example for CreateProgramManagementAccount
    When I send AWS's example "Example for CreateProgramManagementAccount" with:
      | accountId   | {{random.accountId}} |
      | displayName | {{random.name}}      |
    Then the answer has the form of AWS's example
    And the answer or a read shows "displayName" as sent

  @op:UpdateProgramManagementAccount @pma @mutating
  Scenario: Example for UpdateProgramManagementAccount
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I send AWS's example "Example for UpdateProgramManagementAccount" with:
      | identifier  | {{pma.id}}      |
      | revision    | "1"             |
      | displayName | {{random.name}} |
    Then the answer has the form of AWS's example
    And the answer or a read shows "displayName" as sent

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
    And I remember the request as "made"
    When I call ListProgramManagementAccounts with the example request and:
      | programs   | (absent)                |
      | accountIds | ["{{made.accountId}}"]  |
    Then the response "items" has 1 item
    When I send AWS's example "Example for DeleteProgramManagementAccount" with:
      | identifier | {{pma.id}} |
    Then the answer has the form of AWS's example
    When I call ListProgramManagementAccounts with the example request and:
      | programs   | (absent)                |
      | accountIds | ["{{made.accountId}}"]  |
    Then the response "items" has 0 items [inferred]

  # ---- relationships ----

  @op:CreateRelationship @relationships @mutating
  Scenario: Example for CreateRelationship
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I send AWS's example "Example for CreateRelationship" with:
      | programManagementAccountIdentifier | {{pma.id}}           |
      | associatedAccountId                | {{random.accountId}} |
      | displayName                        | {{random.name}}      |
    Then the answer has the form of AWS's example
    And the answer or a read shows "displayName" as sent

  @op:GetRelationship @relationships @readonly
  Scenario: Example for GetRelationship
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
    When I send AWS's example "Example for GetRelationship" with:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the answer has the form of AWS's example

  @op:UpdateRelationship @relationships @mutating
  Scenario: Example for UpdateRelationship
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
    When I send AWS's example "Example for UpdateRelationship" with:
      | programManagementAccountIdentifier | {{pma.id}}      |
      | identifier                         | {{rs.id}}       |
      | revision                           | "1"             |
      | displayName                        | {{random.name}} |
    Then the answer has the form of AWS's example
    And the answer or a read shows "displayName" as sent

  @op:DeleteRelationship @relationships @mutating
  Scenario: Example for DeleteRelationship
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
    When I send AWS's example "Example for DeleteRelationship" with:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the answer has the form of AWS's example
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the call fails
    And the error is ResourceNotFoundException [inferred]

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

  @op:TagResource @tags @mutating
  Scenario: Example for TagResource
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}           |
      | associatedAccountId                | {{random.accountId}} |
    And I remember the response "relationshipDetail" as "rs"
    When I send AWS's example "Example for TagResource" with:
      | resourceArn | {{rs.arn}}                                        |
      | tags        | [{"key": "ExampleKey", "value": "{{random.name}}"}] |
    Then the answer has the form of AWS's example
    And the answer or a read shows "tags" as sent

  @op:ListTagsForResource @tags @readonly
  Scenario: Example for ListTagsForResource
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | tags      | (absent)             |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called TagResource with the example request and:
      | resourceArn | {{pma.arn}}                                       |
      | tags        | [{"key": "ExampleKey", "value": "{{random.name}}"}] |
    And I remember the request as "tagged"
    When I send AWS's example "Example for ListTagsForResource" with:
      | resourceArn | {{pma.arn}} |
    Then the answer has the form of AWS's example
    And the response "tags" equals {{tagged.tags}}

  @op:UntagResource @tags @mutating
  Scenario: Example for UntagResource
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
      | resourceArn | {{hs.arn}}                                   |
      | tags        | [{"key": "ExampleKey", "value": "ExampleValue"}, {"key": "Kept", "value": "Kept"}] |
    When I send AWS's example "Example for UntagResource" with:
      | resourceArn | {{hs.arn}} |
    Then the answer has the form of AWS's example
    When I call ListTagsForResource with the example request and:
      | resourceArn | {{hs.arn}} |
    Then the response "tags" equals [{"key": "Kept", "value": "Kept"}]

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
      | payload.startServicePeriodPayload.note              | {{random.name}} |
    Then the answer has the form of AWS's example
    And the answer or a read shows "payload.startServicePeriodPayload.note" as sent

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
      | payload.revokeServicePeriodPayload.note                               | {{random.name}} |
    Then the answer has the form of AWS's example
    And the answer or a read shows "payload.revokeServicePeriodPayload.note" as sent

  @op:CreateChannelHandshake @handshakes @pma @mutating @serial
  Scenario: Example for CreateChannelHandshake - PROGRAM_MANAGEMENT_ACCOUNT
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{principal.receiver.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I send AWS's example "Example for CreateChannelHandshake - PROGRAM_MANAGEMENT_ACCOUNT" with:
      | associatedResourceIdentifier | {{pma.id}} |
    Then the answer has the form of AWS's example
    And the answer or a read shows "associatedResourceIdentifier" as sent

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
