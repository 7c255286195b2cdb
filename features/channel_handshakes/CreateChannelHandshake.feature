@op:CreateChannelHandshake @handshakes @mutating
Feature: CreateChannelHandshake

  Background:
    Given I am "sender"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                       |
      | associatedAccountId                | {{principal.receiver.accountId}} |
    And I remember the response "relationshipDetail" as "rs"

  @documented
  Scenario: a START_SERVICE_PERIOD handshake for a relationship is created, and the receiver sees its detail
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}                 |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}}                |
      | payload.startServicePeriodPayload.servicePeriodType                  | FIXED_COMMITMENT_PERIOD   |
      | payload.startServicePeriodPayload.endDate                            | 2027-06-30T00:00:00Z      |
    Then the call succeeds
    And I remember the response "channelHandshakeDetail" as "hs"
    When "receiver" pages through ListChannelHandshakes with maxResults 10 and:
      | participantType               | RECEIVER     |
      | statuses                      | (absent)     |
      | handshakeTypeFilters          | {"startServicePeriodTypeFilters": {"servicePeriodTypes": ["FIXED_COMMITMENT_PERIOD"]}} |
      | associatedResourceIdentifiers | ["{{rs.arn}}"] |
    Then 1 item was collected
    And every collected item has "id" equal to {{hs.id}}
    And every collected item has "associatedResourceId" equal to {{rs.id}}
    And every collected item has "detail.startServicePeriodHandshakeDetail.servicePeriodType" equal to "FIXED_COMMITMENT_PERIOD"
    And every collected item has "detail.startServicePeriodHandshakeDetail.endDate" equal to "2027-06-30T00:00:00Z"

  @documented @required
  Scenario Outline: a request without <member> is rejected naming it
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}} |
      | <member>                     | (absent)  |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                                                                |
      | handshakeType                                                         |
      | catalog                                                               |
      | associatedResourceIdentifier                                          |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier  |
      | payload.startServicePeriodPayload.servicePeriodType                   |

  @documented @enum
  Scenario Outline: an unknown <member> is rejected naming it
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}} |
      | <member>                     | UNKNOWN   |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                                              |
      | handshakeType                                       |
      | payload.startServicePeriodPayload.servicePeriodType |

  @documented @enum
  Scenario Outline: servicePeriodType <type> is accepted
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}  |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.startServicePeriodPayload.servicePeriodType                  | <type>     |
    Then the call succeeds

    Examples:
      | type                    |
      | MINIMUM_NOTICE_PERIOD   |
      | FIXED_COMMITMENT_PERIOD |

  @documented @union
  Scenario: a payload with both members is rejected
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                          | {{rs.id}}  |
      | payload.revokeServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    Then the call fails with ValidationException
    And the error names "payload" [inferred]

  @documented @union
  Scenario: an empty payload is rejected
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}} |
      | payload                      | {}        |
    Then the call fails with ValidationException
    And the error names "payload" [inferred]

  @inferred @union
  Scenario Outline: a <type> handshake with payload <payload> is rejected: the payload must match the type
    When I call CreateChannelHandshake with the example request and:
      | handshakeType                | <type>     |
      | associatedResourceIdentifier | <resource> |
      | payload                      | <payload>  |
    Then the call fails with ValidationException
    And the error names "payload" [inferred]
    And the error reason is BUSINESS_VALIDATION_FAILED

    Examples:
      | type                       | resource   | payload                                                                                  |
      | START_SERVICE_PERIOD       | {{rs.id}}  | {"revokeServicePeriodPayload": {"programManagementAccountIdentifier": "{{pma.id}}"}}     |
      | START_SERVICE_PERIOD       | {{rs.id}}  | (absent)                                                                                 |
      | REVOKE_SERVICE_PERIOD      | {{rs.id}}  | {"startServicePeriodPayload": {"programManagementAccountIdentifier": "{{pma.id}}", "servicePeriodType": "MINIMUM_NOTICE_PERIOD"}} |
      | PROGRAM_MANAGEMENT_ACCOUNT | {{pma.id}} | {"revokeServicePeriodPayload": {"programManagementAccountIdentifier": "{{pma.id}}"}}     |

  @inferred @errors
  Scenario: the payload must name the relationship's own program management account
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "other"
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}    |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{other.id}} |
    Then the call fails with ValidationException
    And the error names "payload.startServicePeriodPayload.programManagementAccountIdentifier" [inferred]

  @inferred @errors
  Scenario Outline: the associated resource <case>
    When I call CreateChannelHandshake with the example request and:
      | handshakeType                | <type>     |
      | associatedResourceIdentifier | <resource> |
      | payload                      | (absent)   |
    Then the call fails with <error>

    Examples:
      | case                                         | type                       | resource          | error                     |
      | must be a PMA for a PMA handshake            | PROGRAM_MANAGEMENT_ACCOUNT | {{rs.id}}         | ValidationException       |
      | is not found when unknown                    | PROGRAM_MANAGEMENT_ACCOUNT | pma-zzzzzzzzzzzzz | ResourceNotFoundException |

  @inferred @errors
  Scenario: a relationship of another account is not found
    When "outsider" calls CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}  |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}} |
    Then the call fails [safety]
    And the error is ResourceNotFoundException [inferred]

  @documented @constraint
  Scenario Outline: note of <length> characters: <outcome>
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}          |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}}         |
      | payload.startServicePeriodPayload.note                               | {{chars <length>}} |
    Then the call <outcome>

    Examples:
      | length | outcome                                                                      |
      | 300    | succeeds                                                                     |
      | 301    | fails with ValidationException naming "payload.startServicePeriodPayload.note" |

  @documented @constraint
  Scenario Outline: <member> "<value>" is rejected
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier | {{rs.id}} |
      | <member>                     | <value>   |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                                              | value                |
      | payload.startServicePeriodPayload.minimumNoticeDays | "12345678901"        |
      | payload.startServicePeriodPayload.endDate           | "next tuesday"       |
      | associatedResourceIdentifier                        | "xx-0123456789abcdef" |

  @inferred @idempotency
  Scenario: a retry with the same clientToken returns the first handshake
    When I call CreateChannelHandshake with the example request and:
      | associatedResourceIdentifier                                         | {{rs.id}}        |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier | {{pma.id}}       |
      | clientToken                                                          | {{random.token}} |
    Then the call succeeds
    And I remember the response "channelHandshakeDetail.id" as "first"
    When I repeat the last request
    Then the call succeeds [documented]
    And the response "channelHandshakeDetail.id" equals {{first}} [safety]
    When I page through ListChannelHandshakes with maxResults 10 and:
      | associatedResourceIdentifiers | ["{{rs.id}}"] |
      | handshakeTypeFilters          | (absent)      |
      | handshakeTypeSort             | (absent)      |
    Then 1 item was collected [safety]
    And every collected item has "id" equal to {{first}}
