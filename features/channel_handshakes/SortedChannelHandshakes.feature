@op:ListChannelHandshakes @handshakes
Feature: ListChannelHandshakes sorted by UpdatedAt

  The items are written a second apart (the mock's clock moves; a service is waited for), so that
  what the list sorts by differs between them and the key's order alone tells the sort apart.

  Background:
    Given I am "sender"
    And the writes that follow are a second apart
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | associationType                    | END_CUSTOMER                     |
    And I remember the response "relationshipDetail" as "rs1"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | associationType                    | INTERNAL                         |
    And I remember the response "relationshipDetail" as "rs2"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | associationType                    | DOWNSTREAM_SELLER                |
    And I remember the response "relationshipDetail" as "rs3"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs1.id}} |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs2.id}}              |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}}              |
      | payload.startServicePeriodPayload.servicePeriodType                  | FIXED_COMMITMENT_PERIOD |
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs3.id}} |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelHandshakeDetail" as "third"
    And the handshake {{third.id}} from "sender" to "receiver" is REJECTED
    And "mine" is ["{{rs1.id}}", "{{rs2.id}}", "{{rs3.id}}"]

  @inferred @pagination @readonly
  Scenario Outline: sorted <order> by UpdatedAt
    When I page through ListChannelHandshakes with maxResults 100 and:
      | statuses                      | (absent)                                                                  |
      | handshakeTypeFilters          | (absent)                                                                  |
      | handshakeTypeSort             | {"startServicePeriodTypeSort": {"sortOrder": "<order>", "sortBy": "UpdatedAt"}} |
      | associatedResourceIdentifiers | {{mine}}                                                                  |
    Then the collected items are strictly ordered by "updatedAt" <direction> [documented]
    And the collected "associatedResourceId" are <ids>

    Examples:
      | order      | direction  | ids                                        |
      | Ascending  | ascending  | ["{{rs1.id}}", "{{rs2.id}}", "{{rs3.id}}"] |
      | Descending | descending | ["{{rs3.id}}", "{{rs2.id}}", "{{rs1.id}}"] |
