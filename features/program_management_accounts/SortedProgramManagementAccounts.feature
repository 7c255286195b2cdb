@op:ListProgramManagementAccounts @pma
Feature: ListProgramManagementAccounts sorted by UpdatedAt

  The items are written a second apart (the mock's clock moves; a service is waited for), so that
  what the list sorts by differs between them and the key's order alone tells the sort apart.

  Background:
    Given I am "sender"
    And the writes that follow are a second apart
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

  @inferred @pagination @readonly
  Scenario: sorting ascending by UpdatedAt reverses the default order
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | displayNames | ["{{name}}"]                                |
      | programs     | (absent)                                    |
      | sort         | {"sortOrder": "Ascending", "sortBy": "UpdatedAt"} |
    Then 5 items were collected in 1 page [documented]
    And the collected items are strictly ordered by "updatedAt" ascending [documented]
    And the collected "program" are ["SOLUTION_PROVIDER", "DISTRIBUTION", "DISTRIBUTION_SELLER", "DISTRIBUTION", "SOLUTION_PROVIDER"]
