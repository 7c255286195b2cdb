# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: GetConnectionPreferences — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @constraint
  Scenario Outline: GetConnectionPreferences accepts <member> <what>
    Given I am a principal of my own
    When I call GetConnectionPreferences with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member  | what                | top     | value          |
      | Catalog | at its maxLength 64 | Catalog | "{{chars 64}}" |
      | Catalog | at its minLength 1  | Catalog | "a"            |

  @constraint
  Scenario Outline: GetConnectionPreferences refuses <member> <what>
    Given I am a principal of my own
    When I call GetConnectionPreferences with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member  | what                      | top     | value          |
      | Catalog | one past its maxLength 64 | Catalog | "{{chars 65}}" |
      | Catalog | one past its minLength 1  | Catalog | ""             |

  @errors @mock-only
  Scenario: GetConnectionPreferences is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["GetConnectionPreferences"]}
      """
    When "refused" calls GetConnectionPreferences with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: GetConnectionPreferences answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["GetConnectionPreferences"]}
      """
    When "unlucky" calls GetConnectionPreferences with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
