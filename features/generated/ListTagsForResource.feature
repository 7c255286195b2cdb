# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: ListTagsForResource — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @constraint
  Scenario Outline: ListTagsForResource refuses <member> <what>
    Given I am a principal of my own
    When I call ListTagsForResource with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member      | what                        | top         | value            |
      | resourceArn | one past its maxLength 1011 | resourceArn | "{{chars 1012}}" |
      | resourceArn | one past its minLength 1    | resourceArn | ""               |

  @errors @mock-only
  Scenario: ListTagsForResource is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["ListTagsForResource"]}
      """
    When "refused" calls ListTagsForResource with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: ListTagsForResource answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["ListTagsForResource"]}
      """
    When "unlucky" calls ListTagsForResource with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
