@op:ListRelationships @relationships
Feature: ListRelationships sorted by UpdatedAt

  The items are written a second apart (the mock's clock moves; a service is waited for), so that
  what the list sorts by differs between them and the key's order alone tells the sort apart.

  Background:
    Given I am "sender"
    And the writes that follow are a second apart
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

  @inferred @pagination @readonly
  Scenario Outline: sorted <order> by UpdatedAt
    When I page through ListRelationships with maxResults 2 and:
      | displayNames     | ["{{name}}"]                                  |
      | associationTypes | (absent)                                      |
      | sort             | {"sortOrder": "<order>", "sortBy": "UpdatedAt"} |
    Then 5 items were collected in 3 pages [documented]
    And the collected items are strictly ordered by "updatedAt" <direction> [documented]
    And the collected "associatedAccountId" are <accounts>

    Examples:
      | order      | direction  | accounts                                                                          |
      | Ascending  | ascending  | ["100000000001", "100000000002", "100000000001", "100000000003", "100000000001"] |
      | Descending | descending | ["100000000001", "100000000003", "100000000001", "100000000002", "100000000001"] |
