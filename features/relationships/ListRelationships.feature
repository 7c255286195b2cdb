@op:ListRelationships @relationships
Feature: ListRelationships

  Background:
    Given I am "sender"
    And "name" is {{random.name}}
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma2"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}   |
      | displayName                        | {{name}}     |
      | associationType                    | END_CUSTOMER |
      | associatedAccountId                | "100000000001"   |
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}        |
      | displayName                        | {{name}}          |
      | associationType                    | DOWNSTREAM_SELLER |
      | associatedAccountId                | "100000000002"   |
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}   |
      | displayName                        | {{name}}     |
      | associationType                    | INTERNAL     |
      | associatedAccountId                | "100000000001"   |
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma2.id}}  |
      | displayName                        | {{name}}     |
      | associationType                    | END_CUSTOMER |
      | associatedAccountId                | "100000000003"   |
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma2.id}}       |
      | displayName                        | {{name}}          |
      | associationType                    | DOWNSTREAM_SELLER |
      | associatedAccountId                | "100000000001"   |

  @documented @required
  Scenario: a request without catalog is rejected naming it
    When I call ListRelationships with the example request without "catalog"
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]

  @documented @pagination @readonly
  Scenario Outline: paging with maxResults <max> returns every item exactly once, newest first by default
    When I page through ListRelationships with maxResults <max> and:
      | displayNames     | ["{{name}}"] |
      | associationTypes | (absent)     |
      | sort             | (absent)     |
    Then 5 items were collected in <pages> pages
    And every collected item has a distinct "id"
    And the collected items are ordered by "updatedAt" descending [inferred]
    And the collected "associatedAccountId" are ["100000000001", "100000000003", "100000000001", "100000000002", "100000000001"] [inferred]

    Examples:
      | max | pages |
      | 1   | 5     |
      | 2   | 3     |
      | 100 | 1     |

  @inferred @pagination @readonly
  Scenario Outline: filter <member> alone: <values>
    When I page through ListRelationships with maxResults 100 and:
      | displayNames     | ["{{name}}"] |
      | associationTypes | (absent)     |
      | <member>         | <values>     |
    Then <count> items were collected
    And every collected item has "<field>" in <values> [documented]

    Examples:
      | member                             | values                              | count | field                      |
      | associatedAccountIds               | ["100000000001"]                    | 3     | associatedAccountId        |
      | associatedAccountIds               | ["100000000002", "100000000003"]    | 2     | associatedAccountId        |
      | associationTypes                   | ["END_CUSTOMER"]                    | 2     | associationType            |
      | associationTypes                   | ["INTERNAL", "DOWNSTREAM_SELLER"]   | 3     | associationType            |
      | programManagementAccountIdentifiers | ["{{pma2.id}}"]                    | 2     | programManagementAccountId |

  @documented @enum @pagination
  Scenario: relationships of every sector and a managed services one are listed as they were created
    Given I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "msp"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{msp.id}}                    |
      | displayName                        | {{name}}                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | associatedAccountId                | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | requestedSupportPlan               | (absent)                      |
      | sector                             | GOVERNMENT                    |
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma2.id}}          |
      | displayName                        | {{name}}             |
      | associationType                    | INTERNAL             |
      | associatedAccountId                | "100000000004"       |
      | sector                             | GOVERNMENT_EXCEPTION |
    When I page through ListRelationships with maxResults 100 and:
      | displayNames     | ["{{name}}"]                      |
      | associationTypes | ["MANAGED_SERVICES_END_CUSTOMER"] |
    Then 1 item was collected
    And every collected item has "associationType" equal to "MANAGED_SERVICES_END_CUSTOMER"
    And every collected item has "sector" equal to "GOVERNMENT"
    When I page through ListRelationships with maxResults 100 and:
      | displayNames         | ["{{name}}"]       |
      | associationTypes     | (absent)           |
      | associatedAccountIds | ["100000000004"]   |
    Then 1 item was collected
    And every collected item has "sector" equal to "GOVERNMENT_EXCEPTION"

  @inferred @pagination @readonly
  Scenario: filters combine with AND across members and OR within one
    When I page through ListRelationships with maxResults 100 and:
      | displayNames                        | ["{{name}}"]                       |
      | associationTypes                    | ["END_CUSTOMER", "DOWNSTREAM_SELLER"] |
      | associatedAccountIds                | ["100000000001"]                   |
      | programManagementAccountIdentifiers | ["{{pma.arn}}", "{{pma2.id}}"]     |
    Then 2 items were collected
    And every collected item has "associatedAccountId" equal to "100000000001"
    And every collected item has "associationType" in ["END_CUSTOMER", "DOWNSTREAM_SELLER"]

  @inferred @pagination @errors
  Scenario: an altered token, or one replayed with other filters, is rejected
    When I call ListRelationships with the example request and:
      | displayNames     | ["{{name}}"] |
      | associationTypes | (absent)     |
      | maxResults       | 2            |
    Then I remember the response as "page1"
    When I call ListRelationships with the example request and:
      | displayNames     | ["{{name}}"]          |
      | associationTypes | (absent)              |
      | nextToken        | {{page1.nextToken}}ab |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]
    When I call ListRelationships with the example request and:
      | displayNames     | ["{{name}}"]        |
      | associationTypes | ["INTERNAL"]        |
      | nextToken        | {{page1.nextToken}} |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]

  @documented @constraint
  Scenario Outline: maxResults <max> is out of range
    When I call ListRelationships with the example request where "maxResults" is <max>
    Then the call fails with ValidationException
    And the error names "maxResults" [inferred]

    Examples:
      | max |
      | 0   |
      | 101 |

  @documented @enum
  Scenario: an unknown association type filter is rejected naming its position
    When I call ListRelationships with the example request where "associationTypes" is ["END_CUSTOMER", "PARTNER"]
    Then the call fails with ValidationException
    And the error names "associationTypes[1]" [inferred]

  @inferred @errors
  Scenario: another account sees none of them
    When "outsider" pages through ListRelationships with maxResults 100 and:
      | displayNames     | ["{{name}}"] |
      | associationTypes | (absent)     |
    Then 0 items were collected in 1 page [safety]
