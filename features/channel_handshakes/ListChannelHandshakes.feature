@op:ListChannelHandshakes @handshakes
Feature: ListChannelHandshakes

  Background:
    Given I am "sender"
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

  @documented @enum @lifecycle
  Scenario: revocations of both service period types are listed with the type they end
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "own"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{own.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | associationType                    | END_CUSTOMER                     |
    And I remember the response "relationshipDetail" as "a"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{own.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
      | associationType                    | INTERNAL                         |
    And I remember the response "relationshipDetail" as "b"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{a.id}}   |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{own.id}} |
    And I remember the response "channelHandshakeDetail" as "startA"
    And I have called CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{b.id}}                |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{own.id}}              |
      | payload.startServicePeriodPayload.servicePeriodType                  | FIXED_COMMITMENT_PERIOD |
    And I remember the response "channelHandshakeDetail" as "startB"
    And the handshake {{startA.id}} from "sender" to "receiver" is ACCEPTED
    And the handshake {{startB.id}} from "sender" to "receiver" is ACCEPTED
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | REVOKE_SERVICE_PERIOD                                              |
      | associatedResourceIdentifier | {{a.id}}                                                           |
      | payload                      | {"revokeServicePeriodPayload": {"programManagementAccountIdentifier": "{{own.id}}"}} |
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | REVOKE_SERVICE_PERIOD                                              |
      | associatedResourceIdentifier | {{b.id}}                                                           |
      | payload                      | {"revokeServicePeriodPayload": {"programManagementAccountIdentifier": "{{own.id}}"}} |
    When I page through ListChannelHandshakes with maxResults 100 and:
      | handshakeType                 | REVOKE_SERVICE_PERIOD      |
      | statuses                      | ["PENDING"]                |
      | handshakeTypeFilters          | (absent)                   |
      | handshakeTypeSort             | (absent)                   |
      | associatedResourceIdentifiers | ["{{a.id}}", "{{b.id}}"]   |
    Then 2 items were collected
    And every collected item has "handshakeType" equal to "REVOKE_SERVICE_PERIOD"
    And some collected item has "detail.revokeServicePeriodHandshakeDetail.servicePeriodType" equal to "MINIMUM_NOTICE_PERIOD" [inferred]
    And some collected item has "detail.revokeServicePeriodHandshakeDetail.servicePeriodType" equal to "FIXED_COMMITMENT_PERIOD" [inferred]

  @documented @enum
  Scenario: program management account handshakes are listed with their account's program
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | program   | SOLUTION_PROVIDER    |
    And I remember the response "programManagementAccountDetail" as "sp"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "msp"
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{sp.id}}                  |
      | payload                      | (absent)                   |
    And I have called CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{msp.id}}                 |
      | payload                      | (absent)                   |
    When I page through ListChannelHandshakes with maxResults 100 and:
      | handshakeType                 | PROGRAM_MANAGEMENT_ACCOUNT   |
      | statuses                      | ["PENDING"]                  |
      | handshakeTypeFilters          | (absent)                     |
      | handshakeTypeSort             | (absent)                     |
      | associatedResourceIdentifiers | ["{{sp.id}}", "{{msp.id}}"]  |
    Then 2 items were collected
    And some collected item has "detail.programManagementAccountHandshakeDetail.program" equal to "SOLUTION_PROVIDER"
    And some collected item has "detail.programManagementAccountHandshakeDetail.program" equal to "MANAGED_SERVICES_PROVIDER"

  @documented @required
  Scenario Outline: a request without <member> is rejected naming it
    When I call ListChannelHandshakes with the example request without "<member>"
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member          |
      | handshakeType   |
      | catalog         |
      | participantType |

  @documented @pagination @readonly
  Scenario Outline: paging with maxResults <max> returns every handshake exactly once, in both roles
    When "<who>" pages through ListChannelHandshakes with maxResults <max> and:
      | participantType               | <role>   |
      | statuses                      | (absent) |
      | handshakeTypeFilters          | (absent) |
      | handshakeTypeSort             | (absent) |
      | associatedResourceIdentifiers | {{mine}} |
    Then 3 items were collected in <pages> pages
    And every collected item has a distinct "id"
    And every collected item has "handshakeType" equal to "START_SERVICE_PERIOD"
    And the collected items are ordered by "updatedAt" descending [inferred]

    Examples:
      | who      | role     | max | pages |
      | sender   | SENDER   | 1   | 3     |
      | sender   | SENDER   | 2   | 2     |
      | receiver | RECEIVER | 100 | 1     |

  @inferred @pagination @readonly
  Scenario Outline: filtered by <filter>
    When "receiver" pages through ListChannelHandshakes with maxResults 100 and:
      | participantType               | RECEIVER             |
      | statuses                      | <statuses>           |
      | handshakeTypeFilters          | <typeFilters>        |
      | handshakeTypeSort             | (absent)             |
      | associatedResourceIdentifiers | {{mine}}             |
    Then the collected "associatedResourceId" are <ids>

    Examples:
      | filter                      | statuses                | typeFilters                                                                              | ids                          |
      | status PENDING              | ["PENDING"]             | (absent)                                                                                 | ["{{rs2.id}}", "{{rs1.id}}"] |
      | status REJECTED             | ["REJECTED"]            | (absent)                                                                                 | ["{{rs3.id}}"]               |
      | service period type         | (absent)                | {"startServicePeriodTypeFilters": {"servicePeriodTypes": ["FIXED_COMMITMENT_PERIOD"]}} | ["{{rs2.id}}"]               |
      | both, with no match         | ["REJECTED"]            | {"startServicePeriodTypeFilters": {"servicePeriodTypes": ["FIXED_COMMITMENT_PERIOD"]}} | []                           |

  @documented @enum
  Scenario Outline: every status is a valid filter, keeping only handshakes of that status: <status>
    When I page through ListChannelHandshakes with maxResults 100 and:
      | statuses                      | ["<status>"] |
      | handshakeTypeFilters          | (absent)     |
      | handshakeTypeSort             | (absent)     |
      | associatedResourceIdentifiers | {{mine}}     |
    Then the collected "associatedResourceId" are <ids>

    Examples:
      | status   | ids                          |
      | PENDING  | ["{{rs2.id}}", "{{rs1.id}}"] |
      | ACCEPTED | []                           |
      | REJECTED | ["{{rs3.id}}"]               |
      | CANCELED | []                           |
      | EXPIRED  | []                           |

  @documented @enum
  Scenario Outline: an unknown <member> is rejected naming it
    When I call ListChannelHandshakes with the example request where "<member>" is <value>
    Then the call fails with ValidationException
    And the error names "<path>" [inferred]

    Examples:
      | member          | value         | path            |
      | participantType | "OBSERVER"    | participantType |
      | handshakeType   | "HANDSHAKE"   | handshakeType   |
      | statuses        | ["DONE"]      | statuses[0]     |

  @documented @union
  Scenario Outline: <member> with two members is rejected
    When I call ListChannelHandshakes with the example request where "<member>" is <value>
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member               | value                                                                                                                                      |
      | handshakeTypeFilters | {"startServicePeriodTypeFilters": {}, "revokeServicePeriodTypeFilters": {}}                                                                |
      | handshakeTypeSort    | {"startServicePeriodTypeSort": {"sortOrder": "Ascending", "sortBy": "UpdatedAt"}, "programManagementAccountTypeSort": {"sortOrder": "Ascending", "sortBy": "UpdatedAt"}} |

  @inferred @union
  Scenario Outline: <member> must match handshakeType
    When I call ListChannelHandshakes with the example request where "<member>" is <value>
    Then the call fails with ValidationException
    And the error reason is BUSINESS_VALIDATION_FAILED

    Examples:
      | member               | value                                                                              |
      | handshakeTypeFilters | {"programManagementAccountTypeFilters": {"programs": ["DISTRIBUTION"]}}            |
      | handshakeTypeSort    | {"revokeServicePeriodTypeSort": {"sortOrder": "Ascending", "sortBy": "UpdatedAt"}} |

  @documented @constraint
  Scenario Outline: maxResults <max> is out of range
    When I call ListChannelHandshakes with the example request where "maxResults" is <max>
    Then the call fails with ValidationException
    And the error names "maxResults" [inferred]

    Examples:
      | max |
      | 0   |
      | 101 |
