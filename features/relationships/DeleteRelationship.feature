@op:DeleteRelationship @relationships @mutating
Feature: DeleteRelationship

  Background:
    Given I am "sender"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "relationshipDetail" as "rs"

  @documented @required
  Scenario Outline: a request without <member> is rejected naming it
    When I call DeleteRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
      | <member>                           | (absent)   |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member                             |
      | catalog                            |
      | identifier                         |
      | programManagementAccountIdentifier |

  @inferred @errors @op:DeleteProgramManagementAccount
  Scenario: delete then get is not found, and the program management account can then be deleted
    When I call DeleteRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the call succeeds
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the call fails [documented]
    And the error is ResourceNotFoundException [inferred]
    When I call DeleteProgramManagementAccount with the example request and:
      | identifier | {{pma.id}} |
    Then the call succeeds

  @inferred @idempotency
  Scenario: a retried delete with the same clientToken succeeds again and leaves it deleted
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the call succeeds
    When I call DeleteRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}       |
      | identifier                         | {{rs.arn}}       |
      | clientToken                        | {{random.token}} |
    Then the call succeeds
    When I repeat the last request
    Then the call succeeds
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the call fails [documented]
    And the error is ResourceNotFoundException [inferred]

  @inferred @idempotency @errors
  Scenario: the same clientToken with other parameters is a conflict
    When I call DeleteRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}       |
      | identifier                         | {{rs.id}}        |
      | clientToken                        | {{random.token}} |
    Then the call succeeds
    When I repeat the last request and:
      | identifier | rs-0000000000000 |
    Then the call fails with ConflictException

  @inferred @errors
  Scenario: another account cannot delete it
    When "receiver" calls DeleteRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the call fails [safety]
    And the error is ResourceNotFoundException [inferred]
