# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: GetRelationship — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @constraint
  Scenario Outline: GetRelationship accepts <member> <what>
    Given I am a principal of my own
    When I call GetRelationship with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member  | what                | top     | value          |
      | catalog | at its maxLength 64 | catalog | "{{chars 64}}" |
      | catalog | at its minLength 1  | catalog | "a"            |

  @constraint
  Scenario Outline: GetRelationship refuses <member> <what>
    Given I am a principal of my own
    When I call GetRelationship with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                             | what                        | top                                | value              |
      | catalog                            | one past its maxLength 64   | catalog                            | "{{chars 65}}"     |
      | catalog                            | one past its minLength 1    | catalog                            | ""                 |
      | identifier                         | one past its maxLength 1011 | identifier                         | "{{chars 1012}}"   |
      | identifier                         | one past its minLength 16   | identifier                         | "aaaaaaaaaaaaaaa"  |
      | programManagementAccountIdentifier | one past its maxLength 1011 | programManagementAccountIdentifier | "{{chars 1012}}"   |
      | programManagementAccountIdentifier | one past its minLength 17   | programManagementAccountIdentifier | "aaaaaaaaaaaaaaaa" |

  @errors @mock-only
  Scenario: GetRelationship is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["GetRelationship"]}
      """
    When "refused" calls GetRelationship with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: GetRelationship answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["GetRelationship"]}
      """
    When "unlucky" calls GetRelationship with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
