@op:UpdateRelationship @relationships @mutating
Feature: UpdateRelationship

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
    When I call UpdateRelationship with the example request and:
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

  @inferred
  Scenario: an update with the current revision renames and increments the revision
    When I call UpdateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
      | revision                           | "1"        |
      | displayName                        | Renamed    |
    Then the call succeeds
    And the response "relationshipDetail.revision" equals "2"
    And the response "relationshipDetail.displayName" equals "Renamed"
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the response "relationshipDetail.displayName" equals "Renamed"
    And the response "relationshipDetail.revision" equals "2"

  @inferred @errors
  Scenario: a stale revision is a conflict and changes nothing
    Given I have called UpdateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
      | revision                           | "1"        |
      | displayName                        | First      |
    When I call UpdateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
      | revision                           | "1"        |
      | displayName                        | Second     |
    Then the call fails [documented]
    And the error is ConflictException [inferred]
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the response "relationshipDetail.displayName" equals "First" [safety]

  @inferred
  Scenario: an update without a revision applies to the current one
    When I call UpdateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.arn}} |
      | revision                           | (absent)   |
      | displayName                        | Current    |
    Then the call succeeds
    And the response "relationshipDetail.revision" equals "2"
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the response "relationshipDetail.displayName" equals "Current"
    And the response "relationshipDetail.revision" equals "2"

  @documented @union
  Scenario Outline: the support plan may change to <variant>
    When I call UpdateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                                                              |
      | identifier                         | {{rs.id}}                                                               |
      | revision                           | (absent)                                                                |
      | requestedSupportPlan               | {"<variant>": {"coverage": "ENTIRE_ORGANIZATION", "tamLocation": "x"}} |
    Then the call succeeds

    Examples:
      | variant                 |
      | resoldEnterprise        |
      | partnerLedSupport       |
      | resoldUnifiedOperations |

  @documented @union
  Scenario: a support plan with two members is rejected
    When I call UpdateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
      | requestedSupportPlan               | {"resoldEnterprise": {"coverage": "ENTIRE_ORGANIZATION", "tamLocation": "x"}, "resoldUnifiedOperations": {"coverage": "ENTIRE_ORGANIZATION", "tamLocation": "x"}} |
    Then the call fails with ValidationException
    And the error names "requestedSupportPlan" [inferred]
    And the same request with "requestedSupportPlan" as in the example is not refused for it

  @inferred @errors
  Scenario: another account cannot update it
    When "outsider" calls UpdateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the call fails [safety]
    And the error is ResourceNotFoundException [inferred]
