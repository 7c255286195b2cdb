@op:ListProgramManagementAccounts @pma
Feature: ListProgramManagementAccounts

  Background:
    Given I am "sender"
    And "name" is {{random.name}}
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | {{name}}             |
      | program     | SOLUTION_PROVIDER    |
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | {{name}}             |
      | program     | DISTRIBUTION         |
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | {{name}}             |
      | program     | DISTRIBUTION_SELLER  |
    And I remember the request as "third"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | {{name}}             |
      | program     | DISTRIBUTION         |
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | {{name}}             |
      | program     | SOLUTION_PROVIDER    |

  @documented @required
  Scenario: a request without catalog is rejected naming it
    When I call ListProgramManagementAccounts with the example request without "catalog"
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]

  @documented @pagination @readonly
  Scenario Outline: paging with maxResults <max> returns every item exactly once
    When I page through ListProgramManagementAccounts with maxResults <max> and:
      | displayNames | ["{{name}}"] |
      | programs     | (absent)     |
    Then 5 items were collected in <pages> pages
    And every collected item has a distinct "id"
    And every collected item has "displayName" equal to {{name}}
    And the collected items are ordered by "updatedAt" descending [inferred]

    Examples:
      | max | pages |
      | 1   | 5     |
      | 2   | 3     |
      | 100 | 1     |

  @inferred @pagination
  Scenario: filters AND across members and OR within a list
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | displayNames | ["{{name}}"]                       |
      | programs     | ["DISTRIBUTION", "DISTRIBUTION_SELLER"] |
      | statuses     | ["PENDING"]                        |
    Then 3 items were collected
    And every collected item has "program" in ["DISTRIBUTION", "DISTRIBUTION_SELLER"] [documented]
    And every collected item has "status" equal to "PENDING" [documented]
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | displayNames | ["{{name}}"]          |
      | programs     | (absent)              |
      | accountIds   | ["{{third.accountId}}"] |
    Then 1 item was collected
    And the collected "program" are ["DISTRIBUTION_SELLER"]

  @inferred @pagination
  Scenario: an item updated between pages is neither repeated nor lost
    When I call ListProgramManagementAccounts with the example request and:
      | displayNames | ["{{name}}"] |
      | programs     | (absent)     |
      | maxResults   | 2            |
    Then the response "items" has 2 items
    And I remember the response as "page1"
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier  | {{page1.items[0].id}} |
      | revision    | (absent)              |
      | displayName | {{name}}              |
    Then the call succeeds
    When I call ListProgramManagementAccounts with the example request and:
      | displayNames | ["{{name}}"]        |
      | programs     | (absent)            |
      | maxResults   | 10                  |
      | nextToken    | {{page1.nextToken}} |
    Then the response "items" has 3 items
    And the response "nextToken" is absent

  @inferred @pagination @errors
  Scenario: an altered token, or one replayed with other filters, is rejected
    When I call ListProgramManagementAccounts with the example request and:
      | displayNames | ["{{name}}"] |
      | programs     | (absent)     |
      | maxResults   | 2            |
    Then I remember the response as "page1"
    When I call ListProgramManagementAccounts with the example request and:
      | displayNames | ["{{name}}"]         |
      | programs     | (absent)             |
      | nextToken    | x{{page1.nextToken}} |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]
    When I call ListProgramManagementAccounts with the example request and:
      | displayNames | ["{{name}}"]          |
      | programs     | ["DISTRIBUTION"]      |
      | nextToken    | {{page1.nextToken}}   |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]

  @documented @constraint
  Scenario Outline: maxResults <max> is out of range
    When I call ListProgramManagementAccounts with the example request where "maxResults" is <max>
    Then the call fails with ValidationException
    And the error names "maxResults" [inferred]

    Examples:
      | max |
      | 0   |
      | 101 |

  @documented @enum
  Scenario Outline: every status is a valid filter, keeping only its status: <status>
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | displayNames | ["{{name}}"] |
      | programs     | (absent)     |
    Then 5 items were collected
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | displayNames | ["{{name}}"]  |
      | programs     | (absent)      |
      | statuses     | ["<status>"]  |
    Then <kept> items were collected

    Examples:
      | status   | kept |
      | PENDING  | 5    |
      | ACTIVE   | 0    |
      | INACTIVE | 0    |

  @documented @enum
  Scenario: an unknown program filter is rejected naming its position
    When I call ListProgramManagementAccounts with the example request where "programs" is ["RESELLER"]
    Then the call fails with ValidationException
    And the error names "programs[0]" [inferred]

  @documented @enum
  Scenario: an unknown sort order is rejected
    When I call ListProgramManagementAccounts with the example request where "sort" is {"sortOrder": "Sideways", "sortBy": "UpdatedAt"}
    Then the call fails with ValidationException
    And the error names "sort.sortOrder" [inferred]

  @inferred @errors
  Scenario: another account sees none of them
    When I page through ListProgramManagementAccounts with maxResults 100 and:
      | displayNames | ["{{name}}"] |
      | programs     | (absent)     |
    Then 5 items were collected
    When "outsider" pages through ListProgramManagementAccounts with maxResults 100 and:
      | displayNames | ["{{name}}"] |
      | programs     | (absent)     |
    Then 0 items were collected in 1 page [safety]
