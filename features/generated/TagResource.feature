# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: TagResource — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @constraint
  Scenario Outline: TagResource accepts <member> <what>
    Given I am a principal of my own
    When I call TagResource with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member        | what                 | top  | value                                       |
      | tags[0].key   | at its maxLength 128 | tags | [{"key":"{{chars 128}}","value":"channel"}] |
      | tags[0].key   | at its minLength 1   | tags | [{"key":"a","value":"channel"}]             |
      | tags[0].value | at its maxLength 256 | tags | [{"key":"team","value":"{{chars 256}}"}]    |

  @constraint
  Scenario Outline: TagResource refuses <member> <what>
    Given I am a principal of my own
    When I call TagResource with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member        | what                        | top         | value                                       |
      | resourceArn   | one past its maxLength 1011 | resourceArn | "{{chars 1012}}"                            |
      | resourceArn   | one past its minLength 1    | resourceArn | ""                                          |
      | tags[0].key   | one past its maxLength 128  | tags        | [{"key":"{{chars 129}}","value":"channel"}] |
      | tags[0].key   | one past its minLength 1    | tags        | [{"key":"","value":"channel"}]              |
      | tags[0].value | one past its maxLength 256  | tags        | [{"key":"team","value":"{{chars 257}}"}]    |

  @errors @mock-only
  Scenario: TagResource is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["TagResource"]}
      """
    When "refused" calls TagResource with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: TagResource answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["TagResource"]}
      """
    When "unlucky" calls TagResource with the example request
    Then the call was tried again after ThrottlingException
    And the call fails with InternalServerException
