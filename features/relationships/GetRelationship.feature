@op:GetRelationship @relationships @readonly
Feature: GetRelationship

  Background:
    Given I am "sender"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}        |
      | associationType                    | DOWNSTREAM_SELLER |
      | sector                             | GOVERNMENT        |
      | resaleAccountModel                 | DISTRIBUTOR       |
      | displayName                        | Partner One       |
    And I remember the response "relationshipDetail" as "rs"

  @documented
  Scenario: get after create returns what was created
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the call succeeds
    And the response "relationshipDetail.id" equals {{rs.id}}
    And the response "relationshipDetail.arn" equals {{rs.arn}}
    And the response "relationshipDetail.revision" equals "1"
    And the response "relationshipDetail.catalog" equals {{catalog}}
    And the response "relationshipDetail.associationType" equals "DOWNSTREAM_SELLER"
    And the response "relationshipDetail.programManagementAccountId" equals {{pma.id}}
    And the response "relationshipDetail.associatedAccountId" equals "444455556666"
    And the response "relationshipDetail.displayName" equals "Partner One"
    And the response "relationshipDetail.resaleAccountModel" equals "DISTRIBUTOR"
    And the response "relationshipDetail.sector" equals "GOVERNMENT"
    And the response "relationshipDetail.createdAt" matches "^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}"
    And the response "relationshipDetail.startDate" is absent

  @documented @enum
  Scenario: an internal relationship in the government exception sector, resold to the end customer, reads back as created
    Given I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}           |
      | associationType                    | INTERNAL             |
      | associatedAccountId                | {{random.accountId}} |
      | sector                             | GOVERNMENT_EXCEPTION |
      | resaleAccountModel                 | END_CUSTOMER         |
    And I remember the response "relationshipDetail" as "internal"
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}       |
      | identifier                         | {{internal.id}}  |
    Then the call succeeds
    And the response "relationshipDetail.associationType" equals "INTERNAL"
    And the response "relationshipDetail.sector" equals "GOVERNMENT_EXCEPTION"
    And the response "relationshipDetail.resaleAccountModel" equals "END_CUSTOMER"

  @documented
  Scenario: both identifiers may be ARNs
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.arn}} |
      | identifier                         | {{rs.arn}}  |
    Then the call succeeds
    And the response "relationshipDetail.id" equals {{rs.id}}

  @documented @required
  Scenario Outline: a request without <member> is rejected naming it
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
      | <member>                           | (absent)   |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member                             |
      | catalog                            |
      | programManagementAccountIdentifier |
      | identifier                         |

  @documented @constraint
  Scenario Outline: identifier "<identifier>" is malformed
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}   |
      | identifier                         | <identifier> |
    Then the call fails with ValidationException
    And the error names "identifier" [inferred]
    And the same request with "identifier" as in the example is not refused for it

    Examples:
      | identifier         |
      | rs-0123456789ABC   |
      | pma-0123456789abc  |
      | rs-01234567        |

  @inferred @errors
  Scenario: a relationship named under another program management account is not found
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "other"
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{other.id}} |
      | identifier                         | {{rs.id}}    |
    Then the call fails [documented]
    And the error is ResourceNotFoundException [inferred]

  @inferred @errors
  Scenario: another account cannot see the relationship
    When "receiver" calls GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the call fails [safety]
    And the error is ResourceNotFoundException [inferred]
