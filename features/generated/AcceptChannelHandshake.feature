# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: AcceptChannelHandshake — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @constraint
  Scenario Outline: AcceptChannelHandshake accepts <member> <what>
    Given I am a principal of my own
    When I call AcceptChannelHandshake with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member  | what                | top     | value          |
      | catalog | at its maxLength 64 | catalog | "{{chars 64}}" |
      | catalog | at its minLength 1  | catalog | "a"            |

  @constraint
  Scenario Outline: AcceptChannelHandshake refuses <member> <what>
    Given I am a principal of my own
    When I call AcceptChannelHandshake with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member     | what                        | top        | value             |
      | catalog    | one past its maxLength 64   | catalog    | "{{chars 65}}"    |
      | catalog    | one past its minLength 1    | catalog    | ""                |
      | identifier | one past its maxLength 1011 | identifier | "{{chars 1012}}"  |
      | identifier | one past its minLength 16   | identifier | "aaaaaaaaaaaaaaa" |

  @errors @mock-only
  Scenario: AcceptChannelHandshake is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["AcceptChannelHandshake"]}
      """
    When "refused" calls AcceptChannelHandshake with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: AcceptChannelHandshake answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["AcceptChannelHandshake"]}
      """
    When "unlucky" calls AcceptChannelHandshake with the example request
    Then the call was tried again after ThrottlingException
    And the call fails with InternalServerException
