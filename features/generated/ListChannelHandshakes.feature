# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   statuses[] = EXPIRED sent: statuses[0] = EXPIRED: it takes 30 days on the mock's clock, which moves for every scenario at once; the lifecycle features list expired ones
#   associatedResourceIdentifiers[] at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   associatedResourceIdentifiers[] at minLength 16: at the bound: it names what the probe made, at that resource's own length
#   associatedResourceIdentifiers[] at minLength 16: one past the bound: no value of length 15 meets its pattern ((arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?)|(pma|rs)-[a-z0-9]{13})
#   catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   nextToken at maxLength 2048: at the bound: a token is taken only as the service issued it
#   nextToken at minLength 1: at the bound: a token is taken only as the service issued it
@generated @op:ListChannelHandshakes
Feature: ListChannelHandshakes — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeType = PROGRAM_MANAGEMENT_ACCOUNT, a value the model lists
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
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{pma.id}}                 |
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "pmahs"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{pma.id}}"]             |
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT |
      | handshakeTypeFilters          | (absent)                   |
      | handshakeTypeSort             | (absent)                   |
    Then the call succeeds
    And the answer or a read shows "handshakeType" as sent

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeType = REVOKE_SERVICE_PERIOD, a value the model lists
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
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                          |
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                              |
      | payload                      | {"revokeServicePeriodPayload":{"programManagementAccountIdentifier":"{{pma.id}}"}} |
    And I remember the response "channelHandshakeDetail" as "revoke"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"]         |
      | handshakeType                 | REVOKE_SERVICE_PERIOD |
      | handshakeTypeFilters          | (absent)              |
      | handshakeTypeSort             | (absent)              |
    Then the call succeeds
    And the answer or a read shows "handshakeType" as sent

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeType = START_SERVICE_PERIOD, a value the model lists
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
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{pma.id}}                 |
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "pmahs"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}","{{pma.id}}"] |
    Then the call succeeds
    And the answer or a read shows "handshakeType" as sent, keeping out "{{pmahs.id}}"

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeFilters.programManagementAccountTypeFilters.programs[0] = DISTRIBUTION, a value the model lists
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
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | program   | DISTRIBUTION         |
    And I remember the response "programManagementAccountDetail" as "pma2"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{pma2.id}}                |
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "pmahs"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{pma2.id}}"]                                                       |
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT                                            |
      | handshakeTypeFilters          | {"programManagementAccountTypeFilters":{"programs":["DISTRIBUTION"]}} |
      | handshakeTypeSort             | (absent)                                                              |
    Then the call succeeds
    And the answer or a read shows "handshakeTypeFilters.programManagementAccountTypeFilters.programs[0]" as sent

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeFilters.programManagementAccountTypeFilters.programs[0] = DISTRIBUTION_SELLER, a value the model lists
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
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | program   | DISTRIBUTION_SELLER  |
    And I remember the response "programManagementAccountDetail" as "pma2"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{pma2.id}}                |
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "pmahs"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{pma2.id}}"]                                                              |
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT                                                   |
      | handshakeTypeFilters          | {"programManagementAccountTypeFilters":{"programs":["DISTRIBUTION_SELLER"]}} |
      | handshakeTypeSort             | (absent)                                                                     |
    Then the call succeeds
    And the answer or a read shows "handshakeTypeFilters.programManagementAccountTypeFilters.programs[0]" as sent

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeFilters.programManagementAccountTypeFilters.programs[0] = MANAGED_SERVICES_PROVIDER, a value the model lists
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
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma2"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{pma2.id}}                |
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "pmahs"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{pma2.id}}"]                                                                    |
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT                                                         |
      | handshakeTypeFilters          | {"programManagementAccountTypeFilters":{"programs":["MANAGED_SERVICES_PROVIDER"]}} |
      | handshakeTypeSort             | (absent)                                                                           |
    Then the call succeeds
    And the answer or a read shows "handshakeTypeFilters.programManagementAccountTypeFilters.programs[0]" as sent

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeFilters.programManagementAccountTypeFilters.programs[0] = SOLUTION_PROVIDER, a value the model lists
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
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | program   | SOLUTION_PROVIDER    |
    And I remember the response "programManagementAccountDetail" as "pma2"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{pma2.id}}                |
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "pmahs"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | program   | DISTRIBUTION         |
    And I remember the response "programManagementAccountDetail" as "pma3"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{pma3.id}}                |
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "pmahs3"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{pma2.id}}","{{pma3.id}}"]                                              |
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT                                                 |
      | handshakeTypeFilters          | {"programManagementAccountTypeFilters":{"programs":["SOLUTION_PROVIDER"]}} |
      | handshakeTypeSort             | (absent)                                                                   |
    Then the call succeeds
    And the answer or a read shows "handshakeTypeFilters.programManagementAccountTypeFilters.programs[0]" as sent, keeping out "{{pmahs3.id}}"

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeFilters.revokeServicePeriodTypeFilters.servicePeriodTypes[0] = FIXED_COMMITMENT_PERIOD, a value the model lists
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
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | associationType                    | INTERNAL                         |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs2"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs2.id}}              |
      | payload.startServicePeriodPayload.endDate                            | 2099-06-30T00:00:00Z    |
      | payload.startServicePeriodPayload.minimumNoticeDays                  | (absent)                |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}}              |
      | payload.startServicePeriodPayload.servicePeriodType                  | FIXED_COMMITMENT_PERIOD |
    And I remember the response "channelHandshakeDetail" as "hs2"
    And "receiver" has called AcceptChannelHandshake with the example request and:
      | identifier | {{hs2.id}} |
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs2.id}}                                                                         |
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                              |
      | payload                      | {"revokeServicePeriodPayload":{"programManagementAccountIdentifier":"{{pma.id}}"}} |
    And I remember the response "channelHandshakeDetail" as "revoke"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs2.id}}"]                                                                        |
      | handshakeType                 | REVOKE_SERVICE_PERIOD                                                                 |
      | handshakeTypeFilters          | {"revokeServicePeriodTypeFilters":{"servicePeriodTypes":["FIXED_COMMITMENT_PERIOD"]}} |
      | handshakeTypeSort             | (absent)                                                                              |
      | statuses                      | (absent)                                                                              |
    Then the call succeeds
    And the answer or a read shows "handshakeTypeFilters.revokeServicePeriodTypeFilters.servicePeriodTypes[0]" as sent

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeFilters.revokeServicePeriodTypeFilters.servicePeriodTypes[0] = MINIMUM_NOTICE_PERIOD, a value the model lists
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
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                          |
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                              |
      | payload                      | {"revokeServicePeriodPayload":{"programManagementAccountIdentifier":"{{pma.id}}"}} |
    And I remember the response "channelHandshakeDetail" as "revoke"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"]                                                                       |
      | handshakeType                 | REVOKE_SERVICE_PERIOD                                                               |
      | handshakeTypeFilters          | {"revokeServicePeriodTypeFilters":{"servicePeriodTypes":["MINIMUM_NOTICE_PERIOD"]}} |
      | handshakeTypeSort             | (absent)                                                                            |
      | statuses                      | (absent)                                                                            |
    Then the call succeeds
    And the answer or a read shows "handshakeTypeFilters.revokeServicePeriodTypeFilters.servicePeriodTypes[0]" as sent

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeFilters.startServicePeriodTypeFilters.servicePeriodTypes[0] = FIXED_COMMITMENT_PERIOD, a value the model lists
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
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | associationType                    | INTERNAL                         |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs2"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs2.id}}              |
      | payload.startServicePeriodPayload.endDate                            | 2099-06-30T00:00:00Z    |
      | payload.startServicePeriodPayload.minimumNoticeDays                  | (absent)                |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}}              |
      | payload.startServicePeriodPayload.servicePeriodType                  | FIXED_COMMITMENT_PERIOD |
    And I remember the response "channelHandshakeDetail" as "hs2"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs2.id}}"]                                                                       |
      | handshakeTypeFilters          | {"startServicePeriodTypeFilters":{"servicePeriodTypes":["FIXED_COMMITMENT_PERIOD"]}} |
    Then the call succeeds
    And the answer or a read shows "handshakeTypeFilters.startServicePeriodTypeFilters.servicePeriodTypes[0]" as sent

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeFilters.startServicePeriodTypeFilters.servicePeriodTypes[0] = MINIMUM_NOTICE_PERIOD, a value the model lists
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
    Then the call succeeds
    And the answer or a read shows "handshakeTypeFilters.startServicePeriodTypeFilters.servicePeriodTypes[0]" as sent

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeSort.programManagementAccountTypeSort.sortBy = UpdatedAt, a value the model lists
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
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{pma.id}}                 |
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "pmahs"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{pma.id}}"]                                                                      |
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT                                                          |
      | handshakeTypeFilters          | (absent)                                                                            |
      | handshakeTypeSort             | {"programManagementAccountTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}} |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeSort.programManagementAccountTypeSort.sortOrder = Ascending, a value the model lists
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
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{pma.id}}                 |
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "pmahs"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{pma.id}}"]                                                                      |
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT                                                          |
      | handshakeTypeFilters          | (absent)                                                                            |
      | handshakeTypeSort             | {"programManagementAccountTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}} |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeSort.programManagementAccountTypeSort.sortOrder = Descending, a value the model lists
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
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{pma.id}}                 |
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | payload                      | (absent)                   |
    And I remember the response "channelHandshakeDetail" as "pmahs"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{pma.id}}"]                                                                       |
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT                                                           |
      | handshakeTypeFilters          | (absent)                                                                             |
      | handshakeTypeSort             | {"programManagementAccountTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Descending"}} |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeSort.revokeServicePeriodTypeSort.sortBy = UpdatedAt, a value the model lists
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
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                          |
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                              |
      | payload                      | {"revokeServicePeriodPayload":{"programManagementAccountIdentifier":"{{pma.id}}"}} |
    And I remember the response "channelHandshakeDetail" as "revoke"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"]                                                                  |
      | handshakeType                 | REVOKE_SERVICE_PERIOD                                                          |
      | handshakeTypeFilters          | (absent)                                                                       |
      | handshakeTypeSort             | {"revokeServicePeriodTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}} |
      | statuses                      | (absent)                                                                       |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeSort.revokeServicePeriodTypeSort.sortOrder = Ascending, a value the model lists
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
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                          |
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                              |
      | payload                      | {"revokeServicePeriodPayload":{"programManagementAccountIdentifier":"{{pma.id}}"}} |
    And I remember the response "channelHandshakeDetail" as "revoke"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"]                                                                  |
      | handshakeType                 | REVOKE_SERVICE_PERIOD                                                          |
      | handshakeTypeFilters          | (absent)                                                                       |
      | handshakeTypeSort             | {"revokeServicePeriodTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}} |
      | statuses                      | (absent)                                                                       |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeSort.revokeServicePeriodTypeSort.sortOrder = Descending, a value the model lists
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
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}}                                                                          |
      | handshakeType                | REVOKE_SERVICE_PERIOD                                                              |
      | payload                      | {"revokeServicePeriodPayload":{"programManagementAccountIdentifier":"{{pma.id}}"}} |
    And I remember the response "channelHandshakeDetail" as "revoke"
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"]                                                                   |
      | handshakeType                 | REVOKE_SERVICE_PERIOD                                                           |
      | handshakeTypeFilters          | (absent)                                                                        |
      | handshakeTypeSort             | {"revokeServicePeriodTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Descending"}} |
      | statuses                      | (absent)                                                                        |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeSort.startServicePeriodTypeSort.sortBy = UpdatedAt, a value the model lists
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeSort.startServicePeriodTypeSort.sortOrder = Ascending, a value the model lists
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"]                                                                 |
      | handshakeTypeSort             | {"startServicePeriodTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}} |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelHandshakes accepts handshakeTypeSort.startServicePeriodTypeSort.sortOrder = Descending, a value the model lists
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelHandshakes accepts participantType = RECEIVER, a value the model lists
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | participantType               | RECEIVER      |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelHandshakes accepts participantType = SENDER, a value the model lists
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelHandshakes accepts statuses[0] = ACCEPTED, a value the model lists
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | statuses                      | ["ACCEPTED"]  |
    Then the call succeeds
    And the answer or a read shows "statuses[0]" as sent

  @enum @documented
  Scenario: ListChannelHandshakes accepts statuses[0] = CANCELED, a value the model lists
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
    And I have called CancelChannelHandshake with the example request and:
      | identifier | {{hs.id}} |
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | statuses                      | ["CANCELED"]  |
    Then the call succeeds
    And the answer or a read shows "statuses[0]" as sent

  @enum @documented
  Scenario: ListChannelHandshakes accepts statuses[0] = PENDING, a value the model lists
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
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | associationType                    | INTERNAL                         |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "rs2"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs2.id}} |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelHandshakeDetail" as "hs2"
    And I have called CancelChannelHandshake with the example request and:
      | identifier | {{hs2.id}} |
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}","{{rs2.id}}"] |
    Then the call succeeds
    And the answer or a read shows "statuses[0]" as sent, keeping out "{{hs2.id}}"

  @enum @documented
  Scenario: ListChannelHandshakes accepts statuses[0] = REJECTED, a value the model lists
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
    And "receiver" has called RejectChannelHandshake with the example request and:
      | identifier | {{hs.id}} |
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | statuses                      | ["REJECTED"]  |
    Then the call succeeds
    And the answer or a read shows "statuses[0]" as sent

  @constraint @documented
  Scenario: ListChannelHandshakes refuses associatedResourceIdentifiers[0] one past its maxLength 1011
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["arn:a:partnercentral:1:111111111111:catalog/{{chars 893}}/program-management-account/pma-1111111111111/relationship/rs-1111111111111"] |
    Then the call fails with ValidationException
    And the error names "associatedResourceIdentifiers[0]" [inferred]
    And the same request with "associatedResourceIdentifiers[0]" as {{rs.id}} is not refused for it

  @constraint @documented
  Scenario: ListChannelHandshakes refuses catalog one past its maxLength 64
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | catalog                       | {{chars 65}}  |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: ListChannelHandshakes refuses catalog one past its minLength 1
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | catalog                       | ""            |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: ListChannelHandshakes accepts maxResults at its maximum 100
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | maxResults                    | 100           |
    Then the call succeeds

  @constraint @documented
  Scenario: ListChannelHandshakes refuses maxResults one past its maximum 100
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | maxResults                    | 101           |
    Then the call fails with ValidationException
    And the error names "maxResults" [inferred]
    And the same request with "maxResults" as 10 is not refused for it

  @constraint @documented
  Scenario: ListChannelHandshakes accepts maxResults at its minimum 1
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | maxResults                    | 1             |
    Then the call succeeds

  @constraint @documented
  Scenario: ListChannelHandshakes refuses maxResults one past its minimum 1
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | maxResults                    | 0             |
    Then the call fails with ValidationException
    And the error names "maxResults" [inferred]
    And the same request with "maxResults" as 10 is not refused for it

  @constraint @documented
  Scenario: ListChannelHandshakes refuses nextToken one past its maxLength 2048
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"]   |
      | nextToken                     | {{digits 2049}} |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]
    And the same request with "nextToken" as (absent) is not refused for it

  @constraint @documented
  Scenario: ListChannelHandshakes refuses nextToken one past its minLength 1
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
    When I call ListChannelHandshakes with the example request and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | nextToken                     | ""            |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]
    And the same request with "nextToken" as (absent) is not refused for it

  @errors @mock-only
  Scenario: ListChannelHandshakes is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["ListChannelHandshakes"]}
      """
    When "refused" calls ListChannelHandshakes with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: ListChannelHandshakes answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["ListChannelHandshakes"]}
      """
    When "unlucky" calls ListChannelHandshakes with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
