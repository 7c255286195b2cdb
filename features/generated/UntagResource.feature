# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: UntagResource — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @constraint
  Scenario Outline: UntagResource accepts <member> <what>
    Given I am a principal of my own
    When I call UntagResource with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member     | what                 | top     | value             |
      | tagKeys[0] | at its maxLength 128 | tagKeys | ["{{chars 128}}"] |
      | tagKeys[0] | at its minLength 1   | tagKeys | ["a"]             |

  @constraint
  Scenario Outline: UntagResource refuses <member> <what>
    Given I am a principal of my own
    When I call UntagResource with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member      | what                        | top         | value             |
      | resourceArn | one past its maxLength 1011 | resourceArn | "{{chars 1012}}"  |
      | resourceArn | one past its minLength 1    | resourceArn | ""                |
      | tagKeys[0]  | one past its maxLength 128  | tagKeys     | ["{{chars 129}}"] |
      | tagKeys[0]  | one past its minLength 1    | tagKeys     | [""]              |

  @errors @mock-only
  Scenario: UntagResource is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["UntagResource"]}
      """
    When "refused" calls UntagResource with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: UntagResource answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["UntagResource"]}
      """
    When "unlucky" calls UntagResource with the example request
    Then the call was tried again after ThrottlingException
    And the call fails with InternalServerException
