# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   associatedResourceIdentifier at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   associatedResourceIdentifier at minLength 16: at the bound: it names what the probe made, at that resource's own length
#   associatedResourceIdentifier at minLength 16: one past the bound: no value of length 15 meets its pattern ((arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?)|(pma|rs)-[a-z0-9]{13})
#   catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   clientToken at maxLength 64: at the bound: one fixed token would repeat a create of the last run within 24 hours
#   clientToken at minLength 1: at the bound: one fixed token would repeat a create of the last run within 24 hours
#   payload.revokeServicePeriodPayload.note at maxLength 300: at the bound: it names what the probe made, at that resource's own length
#   payload.revokeServicePeriodPayload.note at minLength 1: at the bound: it names what the probe made, at that resource's own length
#   payload.revokeServicePeriodPayload.programManagementAccountIdentifier at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   payload.revokeServicePeriodPayload.programManagementAccountIdentifier at minLength 17: at the bound: it names what the probe made, at that resource's own length
#   payload.revokeServicePeriodPayload.programManagementAccountIdentifier at minLength 17: one past the bound: no value of length 16 meets its pattern (arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}
#   payload.startServicePeriodPayload.minimumNoticeDays at maxLength 10: at the bound: it names what the probe made, at that resource's own length
#   payload.startServicePeriodPayload.minimumNoticeDays at minLength 1: at the bound: it names what the probe made, at that resource's own length
#   payload.startServicePeriodPayload.note at maxLength 300: at the bound: it names what the probe made, at that resource's own length
#   payload.startServicePeriodPayload.note at minLength 1: at the bound: it names what the probe made, at that resource's own length
#   payload.startServicePeriodPayload.programManagementAccountIdentifier at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   payload.startServicePeriodPayload.programManagementAccountIdentifier at minLength 17: at the bound: it names what the probe made, at that resource's own length
#   payload.startServicePeriodPayload.programManagementAccountIdentifier at minLength 17: one past the bound: no value of length 16 meets its pattern (arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}
@generated @op:CreateChannelHandshake
Feature: CreateChannelHandshake — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: CreateChannelHandshake accepts handshakeType = PROGRAM_MANAGEMENT_ACCOUNT, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{pma.id}}                 |
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | payload                      | (absent)                   |
    Then the call succeeds
    And the answer or a read shows "handshakeType" as sent

  @enum @documented
  Scenario: CreateChannelHandshake accepts handshakeType = REVOKE_SERVICE_PERIOD, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}  |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelHandshakeDetail" as "hs"
    And "receiver" has called AcceptChannelHandshake with the example request and:
      | identifier | {{hs.id}} |
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                          |
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                              |
      | payload                      | {"revokeServicePeriodPayload":{"programManagementAccountIdentifier":"{{pma.id}}"}} |
    Then the call succeeds
    And the answer or a read shows "handshakeType" as sent

  @enum @documented
  Scenario: CreateChannelHandshake accepts handshakeType = START_SERVICE_PERIOD, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call succeeds
    And the answer or a read shows "handshakeType" as sent

  @enum @documented
  Scenario: CreateChannelHandshake accepts payload.startServicePeriodPayload.servicePeriodType = FIXED_COMMITMENT_PERIOD, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                     |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"FIXED_COMMITMENT_PERIOD"}} |
    Then the call succeeds
    And the answer or a read shows "payload.startServicePeriodPayload.servicePeriodType" as sent

  @enum @documented
  Scenario: CreateChannelHandshake accepts payload.startServicePeriodPayload.servicePeriodType = MINIMUM_NOTICE_PERIOD, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call succeeds
    And the answer or a read shows "payload.startServicePeriodPayload.servicePeriodType" as sent

  @constraint @documented
  Scenario: CreateChannelHandshake refuses associatedResourceIdentifier one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | arn:a:partnercentral:1:111111111111:catalog/{{chars 893}}/program-management-account/pma-1111111111111/relationship/rs-1111111111111                                                        |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call fails with ValidationException
    And the error names "associatedResourceIdentifier" [inferred]
    And the same request with "associatedResourceIdentifier" as {{rs.id}} is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses catalog one past its maxLength 64
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | catalog                      | {{chars 65}}                                                                                                                                                                                |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses catalog one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | catalog                      | ""                                                                                                                                                                                          |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses clientToken one past its maxLength 64
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | clientToken                  | {{digits 65}}                                                                                                                                                                               |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call fails with ValidationException
    And the error names "clientToken" [inferred]
    And the same request with "clientToken" as example-token-0001 is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses clientToken one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | clientToken                  | ""                                                                                                                                                                                          |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call fails with ValidationException
    And the error names "clientToken" [inferred]
    And the same request with "clientToken" as example-token-0001 is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses payload.revokeServicePeriodPayload.note one past its maxLength 300
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}  |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelHandshakeDetail" as "hs"
    And "receiver" has called AcceptChannelHandshake with the example request and:
      | identifier | {{hs.id}} |
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                  |
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                                                      |
      | payload                      | {"revokeServicePeriodPayload":{"note":"{{digits 301}}","programManagementAccountIdentifier":"{{pma.id}}"}} |
    Then the call fails with ValidationException
    And the error names "payload.revokeServicePeriodPayload.note" [inferred]
    And the same request with "payload.revokeServicePeriodPayload.note" as {{digits 300}} is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses payload.revokeServicePeriodPayload.note one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}  |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelHandshakeDetail" as "hs"
    And "receiver" has called AcceptChannelHandshake with the example request and:
      | identifier | {{hs.id}} |
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                    |
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                                        |
      | payload                      | {"revokeServicePeriodPayload":{"note":"","programManagementAccountIdentifier":"{{pma.id}}"}} |
    Then the call fails with ValidationException
    And the error names "payload.revokeServicePeriodPayload.note" [inferred]
    And the same request with "payload.revokeServicePeriodPayload.note" as "1" is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses payload.revokeServicePeriodPayload.programManagementAccountIdentifier one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}  |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelHandshakeDetail" as "hs"
    And "receiver" has called AcceptChannelHandshake with the example request and:
      | identifier | {{hs.id}} |
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                      |
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                                                                                                                          |
      | payload                      | {"revokeServicePeriodPayload":{"programManagementAccountIdentifier":"arn:a:partnercentral:1:111111111111:catalog/{{chars 923}}/program-management-account/pma-1111111111111"}} |
    Then the call fails with ValidationException
    And the error names "payload.revokeServicePeriodPayload.programManagementAccountIdentifier" [inferred]
    And the same request with "payload.revokeServicePeriodPayload.programManagementAccountIdentifier" as {{pma.id}} is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses payload.startServicePeriodPayload.minimumNoticeDays one past its maxLength 10
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                            |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"11111111111","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call fails with ValidationException
    And the error names "payload.startServicePeriodPayload.minimumNoticeDays" [inferred]
    And the same request with "payload.startServicePeriodPayload.minimumNoticeDays" as "30" is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses payload.startServicePeriodPayload.minimumNoticeDays one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                 |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call fails with ValidationException
    And the error names "payload.startServicePeriodPayload.minimumNoticeDays" [inferred]
    And the same request with "payload.startServicePeriodPayload.minimumNoticeDays" as "30" is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses payload.startServicePeriodPayload.note one past its maxLength 300
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                      |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"{{digits 301}}","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call fails with ValidationException
    And the error names "payload.startServicePeriodPayload.note" [inferred]
    And the same request with "payload.startServicePeriodPayload.note" as Start of the service period is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses payload.startServicePeriodPayload.note one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                        |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call fails with ValidationException
    And the error names "payload.startServicePeriodPayload.note" [inferred]
    And the same request with "payload.startServicePeriodPayload.note" as Start of the service period is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake refuses payload.startServicePeriodPayload.programManagementAccountIdentifier one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                                                                                                               |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"arn:a:partnercentral:1:111111111111:catalog/{{chars 923}}/program-management-account/pma-1111111111111","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
    Then the call fails with ValidationException
    And the error names "payload.startServicePeriodPayload.programManagementAccountIdentifier" [inferred]
    And the same request with "payload.startServicePeriodPayload.programManagementAccountIdentifier" as {{pma.id}} is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake accepts tags[0].key at its maxLength 128
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
      | tags                         | [{"key":"{{digits 128}}","value":"1111111"}]                                                                                                                                                |
    Then the call succeeds
    And the answer or a read shows "tags[0].key" as sent

  @constraint @documented
  Scenario: CreateChannelHandshake refuses tags[0].key one past its maxLength 128
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
      | tags                         | [{"key":"{{digits 129}}","value":"1111111"}]                                                                                                                                                |
    Then the call fails with ValidationException
    And the error names "tags[0].key" [inferred]
    And the same request with "tags[0].key" as {{digits 128}} is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake accepts tags[0].key at its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
      | tags                         | [{"key":"1","value":"1111111"}]                                                                                                                                                             |
    Then the call succeeds
    And the answer or a read shows "tags[0].key" as sent

  @constraint @documented
  Scenario: CreateChannelHandshake refuses tags[0].key one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
      | tags                         | [{"key":"","value":"1111111"}]                                                                                                                                                              |
    Then the call fails with ValidationException
    And the error names "tags[0].key" [inferred]
    And the same request with "tags[0].key" as "1" is not refused for it

  @constraint @documented
  Scenario: CreateChannelHandshake accepts tags[0].value at its maxLength 256
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
      | tags                         | [{"key":"1111111","value":"{{digits 256}}"}]                                                                                                                                                |
    Then the call succeeds
    And the answer or a read shows "tags[0].value" as sent

  @constraint @documented
  Scenario: CreateChannelHandshake refuses tags[0].value one past its maxLength 256
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                                                                                                                                   |
      | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{pma.id}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
      | tags                         | [{"key":"1111111","value":"{{digits 257}}"}]                                                                                                                                                |
    Then the call fails with ValidationException
    And the error names "tags[0].value" [inferred]
    And the same request with "tags[0].value" as {{digits 256}} is not refused for it

  @errors @mock-only
  Scenario: CreateChannelHandshake is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["CreateChannelHandshake"]}
      """
    When "refused" calls CreateChannelHandshake with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: CreateChannelHandshake answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["CreateChannelHandshake"]}
      """
    When "unlucky" calls CreateChannelHandshake with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
