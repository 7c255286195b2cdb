@managed-services @mutating
Feature: Managed services program management accounts and relationships

  Background:
    Given I am "sender"

  @documented @op:CreateProgramManagementAccount @op:ListProgramManagementAccounts
  Scenario Outline: a managed services provider PMA of type <type> is made and found by its type
    Given "account" is {{random.accountId}}
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{account}}               |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | <type>                    |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{account}}  |
      | program   | DISTRIBUTION |
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | type       | <type>                        |
      | programs   | ["MANAGED_SERVICES_PROVIDER"] |
      | accountIds | ["{{account}}"]               |
    Then 1 item was collected
    And some collected item has "id" equal to {{pma.id}}
    And every collected item has "type" equal to "<type>"

    Examples:
      | type                    |
      | MANAGED_SERVICES        |
      | RESALE_BILLING_TRANSFER |

  @inferred @op:CreateProgramManagementAccount
  Scenario: a managed services provider PMA without a type is refused naming it
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
    Then the call fails with ValidationException [documented]
    And the error names "type"
    And the error reason is BUSINESS_VALIDATION_FAILED

  @documented @enum @op:CreateProgramManagementAccount
  Scenario: an unknown PMA type is refused naming it
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | type      | RESELLER             |
    Then the call fails with ValidationException
    And the error names "type" [inferred]
    And the same request with "type" as in the example is not refused for it

  @documented @op:CreateRelationship @op:GetRelationship
  Scenario Outline: a managed services relationship with account scope <scope> needs no associated account
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | associatedAccountId                | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | requestedSupportPlan               | (absent)                      |
      | accountScope                       | <scope>                       |
      | startDate                          | "2026-01-01T00:00:00Z"        |
    Then the call succeeds
    And I remember the response "relationshipDetail" as "rs"
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the call succeeds
    And the response "relationshipDetail.accountScope" equals "<scope>"
    And the response "relationshipDetail.startDate" equals "2026-01-01T00:00:00Z" [inferred]
    And the response "relationshipDetail.associatedAccountId" is absent [inferred]

    Examples:
      | scope                    |
      | ENTIRE_ORGANIZATION      |
      | SPECIFIC_MEMBER_ACCOUNTS |

  @inferred @op:CreateRelationship
  Scenario Outline: <member> on a <type> relationship is refused naming it
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | associationType                    | <type>     |
      | <member>                           | <value>    |
    Then the call fails with ValidationException
    And the error names "<member>"
    And the error reason is BUSINESS_VALIDATION_FAILED

    Examples:
      | type              | member       | value                  |
      | END_CUSTOMER      | accountScope | ENTIRE_ORGANIZATION    |
      | DOWNSTREAM_SELLER | startDate    | "2026-01-01T00:00:00Z" |

  @inferred @required @op:CreateRelationship
  Scenario Outline: a <type> relationship still needs associatedAccountId
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | associationType                    | <type>     |
      | associatedAccountId                | (absent)   |
    Then the call fails with ValidationException
    And the error names "associatedAccountId"

    Examples:
      | type              |
      | DOWNSTREAM_SELLER |
      | END_CUSTOMER      |
      | INTERNAL          |

  @documented @enum @op:CreateRelationship
  Scenario: an unknown account scope is refused naming it
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | accountScope                       | SOME_ACCOUNTS                 |
    Then the call fails with ValidationException
    And the error names "accountScope" [inferred]
    And the same request with "accountScope" as in the example is not refused for it
