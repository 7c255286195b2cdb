@op:DeleteProgramManagementAccount @pma @mutating
Feature: DeleteProgramManagementAccount

  Background:
    Given I am "sender"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"

  @documented @required
  Scenario Outline: a request without <member> is rejected naming it
    When I call DeleteProgramManagementAccount with the example request and:
      | identifier | {{pma.id}} |
      | <member>   | (absent)   |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member     |
      | catalog    |
      | identifier |

  @inferred @errors
  Scenario: after a delete, every call naming it is not found
    When I call DeleteProgramManagementAccount with the example request and:
      | identifier | {{pma.arn}} |
    Then the call succeeds
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier | {{pma.id}} |
      | revision   | (absent)   |
    Then the call fails [documented]
    And the error is ResourceNotFoundException [inferred]
    When I call DeleteProgramManagementAccount with the example request and:
      | identifier | {{pma.id}} |
    Then the call fails [documented]
    And the error is ResourceNotFoundException [inferred]
    When I call ListTagsForResource with the example request and:
      | resourceArn | {{pma.arn}} |
    Then the call fails [documented]
    And the error is ResourceNotFoundException [inferred]

  @inferred @idempotency
  Scenario: a retried delete with the same clientToken succeeds again and leaves it deleted
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | programs   | (absent)                     |
    Then 1 item was collected
    And every collected item has "id" equal to {{pma.id}}
    When I call DeleteProgramManagementAccount with the example request and:
      | identifier  | {{pma.id}}       |
      | clientToken | {{random.token}} |
    Then the call succeeds
    When I repeat the last request
    Then the call succeeds
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | programs   | (absent)                     |
    Then 0 items were collected

  @inferred @errors
  Scenario: another account cannot delete it
    When "receiver" calls DeleteProgramManagementAccount with the example request and:
      | identifier | {{pma.id}} |
    Then the call fails [safety]
    And the error is ResourceNotFoundException [inferred]
