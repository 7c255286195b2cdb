# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: ListConnections — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @constraint
  Scenario Outline: ListConnections accepts <member> <what>
    Given I am a principal of my own
    When I call ListConnections with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                         | what                  | top                         | value             |
      | Catalog                        | at its maxLength 64   | Catalog                     | "{{chars 64}}"    |
      | Catalog                        | at its minLength 1    | Catalog                     | "a"               |
      | ConnectionType                 | at its maxLength 200  | ConnectionType              | "{{chars 200}}"   |
      | ConnectionType                 | at its minLength 1    | ConnectionType              | "a"               |
      | MaxResults                     | at its maximum 100    | MaxResults                  | 100               |
      | MaxResults                     | at its minimum 1      | MaxResults                  | 1                 |
      | NextToken                      | at its maxLength 2048 | NextToken                   | "{{chars 2048}}"  |
      | NextToken                      | at its minLength 1    | NextToken                   | "a"               |
      | OtherParticipantIdentifiers[0] | at its maxLength 100  | OtherParticipantIdentifiers | ["{{chars 100}}"] |
      | OtherParticipantIdentifiers[0] | at its minLength 1    | OtherParticipantIdentifiers | ["a"]             |

  @constraint
  Scenario Outline: ListConnections refuses <member> <what>
    Given I am a principal of my own
    When I call ListConnections with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                         | what                        | top                         | value             |
      | Catalog                        | one past its maxLength 64   | Catalog                     | "{{chars 65}}"    |
      | Catalog                        | one past its minLength 1    | Catalog                     | ""                |
      | ConnectionType                 | one past its maxLength 200  | ConnectionType              | "{{chars 201}}"   |
      | ConnectionType                 | one past its minLength 1    | ConnectionType              | ""                |
      | MaxResults                     | one past its maximum 100    | MaxResults                  | 101               |
      | MaxResults                     | one past its minimum 1      | MaxResults                  | 0                 |
      | NextToken                      | one past its maxLength 2048 | NextToken                   | "{{chars 2049}}"  |
      | NextToken                      | one past its minLength 1    | NextToken                   | ""                |
      | OtherParticipantIdentifiers[0] | one past its maxLength 100  | OtherParticipantIdentifiers | ["{{chars 101}}"] |
      | OtherParticipantIdentifiers[0] | one past its minLength 1    | OtherParticipantIdentifiers | [""]              |

  @errors @mock-only
  Scenario: ListConnections is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["ListConnections"]}
      """
    When "refused" calls ListConnections with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: ListConnections answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["ListConnections"]}
      """
    When "unlucky" calls ListConnections with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
