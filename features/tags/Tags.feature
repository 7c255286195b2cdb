@op:TagResource @op:UntagResource @op:ListTagsForResource @tags @mutating
Feature: TagResource, UntagResource and ListTagsForResource

  Background:
    Given I am "sender"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}                   |
      | tags      | [{"key": "team", "value": "channel"}] |
    And I remember the response "programManagementAccountDetail" as "pma"

  @inferred
  Scenario: tags passed at create are stored
    When I call ListTagsForResource with the example request and:
      | resourceArn | {{pma.arn}} |
    Then the call succeeds
    And the response "tags" equals [{"key": "team", "value": "channel"}]

  @inferred
  Scenario: tagging an existing key overwrites it, and new keys are added
    When I call TagResource with the example request and:
      | resourceArn | {{pma.arn}}                                                     |
      | tags        | [{"key": "team", "value": "sales"}, {"key": "env", "value": ""}] |
    Then the call succeeds
    When I call ListTagsForResource with the example request and:
      | resourceArn | {{pma.arn}} |
    Then the response "tags" equals [{"key": "env", "value": ""}, {"key": "team", "value": "sales"}]

  @inferred
  Scenario: untagging removes keys, and a missing key is no error
    When I call ListTagsForResource with the example request and:
      | resourceArn | {{pma.arn}} |
    Then the response "tags" equals [{"key": "team", "value": "channel"}]
    When I call UntagResource with the example request and:
      | resourceArn | {{pma.arn}}         |
      | tagKeys     | ["team", "missing"] |
    Then the call succeeds
    When I call ListTagsForResource with the example request and:
      | resourceArn | {{pma.arn}} |
    Then the response "tags" equals []

  @inferred @constraint
  Scenario: at most 50 tags per resource
    When I call TagResource with the example request and:
      | resourceArn | {{pma.arn}} |
      | tags        | {{tags 49}} |
    Then the call succeeds
    When I call TagResource with the example request and:
      | resourceArn | {{pma.arn}}                        |
      | tags        | [{"key": "one", "value": "more"}] |
    Then the call fails with ValidationException
    And the error names "tags" [inferred]
    And the same request with "tags" as in the example is not refused for it

  @documented @required
  Scenario Outline: <operation> without <member> is rejected naming it
    When I call <operation> with the example request without "<member>"
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | operation           | member      |
      | TagResource         | resourceArn |
      | TagResource         | tags        |
      | UntagResource       | resourceArn |
      | UntagResource       | tagKeys     |
      | ListTagsForResource | resourceArn |

  @documented @constraint
  Scenario Outline: tag <member> of <length> characters is rejected
    When I call TagResource with the example request and:
      | resourceArn | {{pma.arn}}                 |
      | <member>    | {{chars <length>}}          |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member        | length |
      | tags[0].key   | 129    |
      | tags[0].key   | 0      |
      | tags[0].value | 257    |

  @documented @constraint
  Scenario: the model's tag pattern is unanchored, so any key passes it; a resourceArn that is no ARN fails
    When I call TagResource with the example request and:
      | resourceArn | {{pma.arn}}                             |
      | tags        | [{"key": "semi;colon", "value": "v"}] |
    Then the call succeeds
    When I call TagResource with the example request and:
      | resourceArn | not-an-arn |
    Then the call fails with ValidationException
    And the error names "resourceArn" [inferred]
    And the same request with "resourceArn" as in the example is not refused for it

  @inferred @errors
  Scenario Outline: <operation> on an unknown or foreign resource is not found
    When "<who>" calls <operation> with the example request and:
      | resourceArn | <arn> |
    Then the call fails [<basis>]
    And the error is ResourceNotFoundException [inferred]

    Examples:
      | who      | basis      | operation           | arn                                                                                                     |
      | sender   | documented | ListTagsForResource | arn:aws:partnercentral:us-east-1:111122223333:catalog/Sandbox/program-management-account/pma-zzzzzzzzzzzzz |
      | outsider | safety     | ListTagsForResource | {{pma.arn}}                                                                                             |
      | outsider | safety     | TagResource         | {{pma.arn}}                                                                                             |
      | outsider | safety     | UntagResource       | {{pma.arn}}                                                                                             |
