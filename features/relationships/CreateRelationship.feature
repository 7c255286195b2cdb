@op:CreateRelationship @relationships @mutating
Feature: CreateRelationship

  Background:
    Given I am "sender"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"

  @documented
  Scenario: a valid request creates a relationship whose ARN is nested under its program management account
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
    Then the call succeeds
    And the response "relationshipDetail.id" matches "^rs-[a-z0-9]{13}$"
    And the response "relationshipDetail.arn" matches "^{{pma.arn}}/relationship/rs-[a-z0-9]{13}$"
    And I remember the response "relationshipDetail" as "rs"
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the call succeeds
    And the response "relationshipDetail.id" equals {{rs.id}}
    And the response "relationshipDetail.arn" equals {{rs.arn}}
    And the response "relationshipDetail.associationType" equals "END_CUSTOMER"
    And the response "relationshipDetail.displayName" equals "Example relationship"

  @documented @required
  Scenario Outline: a request without <member> is rejected naming it
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | <member>                           | (absent)   |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the error reason is REQUEST_VALIDATION_FAILED
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member                             |
      | catalog                            |
      | associationType                    |
      | programManagementAccountIdentifier |
      | displayName                        |
      | sector                             |

  @documented @enum
  Scenario Outline: <member> <value> is accepted
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | <member>                           | <value>    |
    Then the call succeeds

    Examples:
      | member             | value                |
      | associationType    | DOWNSTREAM_SELLER    |
      | associationType    | END_CUSTOMER         |
      | associationType    | INTERNAL             |
      | associationType    | MANAGED_SERVICES_END_CUSTOMER |
      | sector             | COMMERCIAL           |
      | sector             | GOVERNMENT           |
      | sector             | GOVERNMENT_EXCEPTION |
      | resaleAccountModel | DISTRIBUTOR          |
      | resaleAccountModel | END_CUSTOMER         |
      | resaleAccountModel | SOLUTION_PROVIDER    |

  @documented @enum
  Scenario Outline: an unknown <member> is rejected naming it
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | <member>                           | UNKNOWN    |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member                                          |
      | associationType                                 |
      | sector                                          |
      | resaleAccountModel                              |
      | requestedSupportPlan.partnerLedSupport.coverage |
      | requestedSupportPlan.partnerLedSupport.provider |

  @documented @union
  Scenario Outline: requestedSupportPlan may be <variant> with coverage <coverage>
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                                                               |
      | requestedSupportPlan               | {"<variant>": {"coverage": "<coverage>", "tamLocation": "eu-west-1"}} |
    Then the call succeeds

    Examples:
      | variant                 | coverage                |
      | resoldEnterprise        | ENTIRE_ORGANIZATION     |
      | partnerLedSupport       | MANAGEMENT_ACCOUNT_ONLY |
      | resoldUnifiedOperations | ENTIRE_ORGANIZATION     |

  @documented @enum
  Scenario Outline: partnerLedSupport provider <provider> is accepted
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier              | {{pma.id}}  |
      | requestedSupportPlan.partnerLedSupport.provider | <provider>  |
    Then the call succeeds

    Examples:
      | provider            |
      | DISTRIBUTOR         |
      | DISTRIBUTION_SELLER |

  @documented @union
  Scenario Outline: requestedSupportPlan <case> is rejected naming <path>
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | requestedSupportPlan               | <plan>     |
    Then the call fails with ValidationException
    And the error names "<path>" [inferred]
    And the same request with "requestedSupportPlan" as in the example is not refused for it

    Examples:
      | case                             | plan                                                                                                                                                  | path                                               |
      | with two members                 | {"resoldEnterprise": {"coverage": "ENTIRE_ORGANIZATION", "tamLocation": "x"}, "partnerLedSupport": {"coverage": "ENTIRE_ORGANIZATION", "tamLocation": "x"}} | requestedSupportPlan                               |
      | with no member                   | {}                                                                                                                                                    | requestedSupportPlan                               |
      | with the seeds' resoldBusiness   | {"resoldBusiness": {"coverage": "ENTIRE_ORGANIZATION", "tamLocation": "x"}}                                                                           | requestedSupportPlan.resoldBusiness                |
      | without coverage                 | {"resoldEnterprise": {"tamLocation": "x"}}                                                                                                            | requestedSupportPlan.resoldEnterprise.coverage     |
      | without tamLocation              | {"resoldUnifiedOperations": {"coverage": "ENTIRE_ORGANIZATION"}}                                                                                      | requestedSupportPlan.resoldUnifiedOperations.tamLocation |

  @documented @constraint
  Scenario Outline: displayName of <length> characters: <outcome>
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}         |
      | displayName                        | {{chars <length>}} |
    Then the call <outcome>

    Examples:
      | length | outcome                                             |
      | 1      | succeeds                                            |
      | 30     | succeeds                                            |
      | 31     | fails with ValidationException naming "displayName" |
      | 0      | fails with ValidationException naming "displayName" |

  @documented @constraint
  Scenario Outline: associatedAccountId "<account>" is rejected
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | associatedAccountId                | "<account>" |
    Then the call fails with ValidationException
    And the error names "associatedAccountId" [inferred]
    And the same request with "associatedAccountId" as in the example is not refused for it

    Examples:
      | account       |
      | 12345678901   |
      | 1234567890123 |

  @inferred @errors
  Scenario: an unknown program management account is not found
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | pma-zzzzzzzzzzzzz |
    Then the call fails [documented]
    And the error is ResourceNotFoundException [inferred]

  @inferred @errors
  Scenario: another account cannot create under this program management account
    When "outsider" calls CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
    Then the call fails [safety]
    And the error is ResourceNotFoundException [inferred]

  @inferred @idempotency
  Scenario: a retry with the same clientToken returns the first relationship
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.arn}}      |
      | clientToken                        | {{random.token}} |
    Then the call succeeds
    And I remember the response "relationshipDetail.id" as "first"
    When I repeat the last request
    Then the response "relationshipDetail.id" equals {{first}} [safety]
    When I repeat the last request and:
      | sector | GOVERNMENT |
    Then the call fails with ConflictException [inferred]
    When I page through ListRelationships with maxResults 10 and:
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
      | associationTypes                    | (absent)       |
    Then 1 item was collected [safety]
    And every collected item has "id" equal to {{first}}

  @inferred @errors
  Scenario: a second relationship with the same account and association type is a conflict
    Given I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
    Then the call fails with ConflictException [inferred]
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | associationType                    | INTERNAL   |
    Then the call succeeds

  @inferred
  Scenario: tags passed at create are visible on the relationship's ARN
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                          |
      | tags                               | [{"key": "tier", "value": "gold"}] |
    Then I remember the response "relationshipDetail" as "rs"
    When I call ListTagsForResource with the example request and:
      | resourceArn | {{rs.arn}} |
    Then the response "tags" equals [{"key": "tier", "value": "gold"}]

  @inferred @errors @op:DeleteProgramManagementAccount
  Scenario: a program management account with relationships cannot be deleted
    Given I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
    When I call DeleteProgramManagementAccount with the example request and:
      | identifier | {{pma.id}} |
    Then the call fails with ConflictException [inferred]
