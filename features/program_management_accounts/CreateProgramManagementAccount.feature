@op:CreateProgramManagementAccount @pma @mutating
Feature: CreateProgramManagementAccount

  Background:
    Given I am "sender"

  @documented
  Scenario: a valid request creates a program management account with an id and ARN in the service's formats
    Given "account" is {{random.accountId}}
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{account}} |
    Then the call succeeds
    And the response "programManagementAccountDetail.id" matches "^pma-[a-z0-9]{13}$"
    And the response "programManagementAccountDetail.arn" matches "^arn:aws:partnercentral:us-east-1:{{principal.sender.accountId}}:catalog/{{catalog}}/program-management-account/pma-[a-z0-9]{13}$"
    And I remember the response "programManagementAccountDetail" as "pma"
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | accountIds | ["{{account}}"] |
      | programs   | (absent)        |
    Then 1 item was collected
    And every collected item has "id" equal to {{pma.id}}
    And every collected item has "arn" equal to {{pma.arn}}
    And every collected item has "accountId" equal to "{{account}}"
    And every collected item has "displayName" equal to "Example PMA"

  @documented @required
  Scenario Outline: a request without <member> is rejected naming it
    When I call CreateProgramManagementAccount with the example request without "<member>"
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the error reason is REQUEST_VALIDATION_FAILED
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member      |
      | catalog     |
      | program     |
      | displayName |
      | accountId   |

  @documented @enum
  Scenario Outline: every program is accepted: <program>
    Given "account" is {{random.accountId}}
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{account}} |
      | program   | <program>   |
    Then the call succeeds
    And I remember the response "programManagementAccountDetail" as "pma"
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | accountIds | ["{{account}}"] |
      | programs   | (absent)        |
    Then 1 item was collected
    And every collected item has "id" equal to {{pma.id}}
    And every collected item has "program" equal to "<program>"

    Examples:
      | program             |
      | SOLUTION_PROVIDER   |
      | DISTRIBUTION        |
      | DISTRIBUTION_SELLER |

  @documented @enum
  Scenario: an unknown program is rejected naming it
    When I call CreateProgramManagementAccount with the example request where "program" is RESELLER
    Then the call fails with ValidationException
    And the error names "program" [inferred]
    And the same request with "program" as in the example is not refused for it

  @documented @constraint
  Scenario Outline: displayName of <length> characters is accepted and read back
    Given "account" is {{random.accountId}}
    When I call CreateProgramManagementAccount with the example request and:
      | accountId   | {{account}}        |
      | displayName | {{chars <length>}} |
    Then the call succeeds
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | accountIds | ["{{account}}"] |
      | programs   | (absent)        |
    Then every collected item has "displayName" equal to "{{chars <length>}}"
    And 1 item was collected

    Examples:
      | length |
      | 1      |
      | 30     |

  @documented @constraint
  Scenario: displayName of 31 characters is refused naming it
    When I call CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | {{chars 31}}         |
    Then the call fails with ValidationException naming "displayName"

  @documented @constraint
  Scenario Outline: accountId "<accountId>" is rejected
    When I call CreateProgramManagementAccount with the example request where "accountId" is "<accountId>"
    Then the call fails with ValidationException
    And the error names "accountId" [inferred]
    And the same request with "accountId" as in the example is not refused for it

    Examples:
      | accountId     |
      | 12345678901   |
      | 1234567890123 |

  @documented @constraint
  Scenario: a tag key longer than 128 characters is rejected
    When I call CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}}                  |
      | tags        | [{"key": "{{chars 129}}", "value": "v"}] |
    Then the call fails with ValidationException
    And the error names "tags[0].key" [inferred]
    And the same request with "tags[0].key" as in the example is not refused for it

  @inferred @errors
  Scenario: a catalog other than AWS or Sandbox is a business validation error
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | catalog   | Nowhere              |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the error reason is BUSINESS_VALIDATION_FAILED
    And the same request with "catalog" as in the example is not refused for it

  @inferred @idempotency
  Scenario: a retry with the same clientToken returns the first result and creates nothing
    Given "account" is {{random.accountId}}
    When I call CreateProgramManagementAccount with the example request and:
      | accountId   | {{account}}      |
      | clientToken | {{random.token}} |
    Then the call succeeds
    And I remember the response "programManagementAccountDetail.id" as "first"
    When I repeat the last request
    Then the call succeeds [documented]
    And the response "programManagementAccountDetail.id" equals {{first}} [safety]
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | accountIds | ["{{account}}"] |
      | programs   | (absent)        |
    Then 1 item was collected [safety]
    And every collected item has "id" equal to {{first}}

  @inferred @idempotency
  Scenario: the same clientToken with other parameters is a conflict
    When I call CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | clientToken | {{random.token}}     |
    Then the call succeeds
    When I repeat the last request and:
      | displayName | Another name |
    Then the call fails with ConflictException [inferred]

  @inferred @errors
  Scenario: a second program management account for the same program and account is a conflict
    Given "account" is {{random.accountId}}
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{account}} |
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{account}} |
    Then the call fails with ConflictException [inferred]

  @inferred @errors @serial
  Scenario: creating past the quota is refused
    When I call CreateProgramManagementAccount with the example request and the table below until it fails, at most 150 times:
      | accountId | {{random.accountId}} |
      | tags      | (absent)             |
    Then the call fails with ServiceQuotaExceededException [inferred]
