# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: ListConnectionInvitations — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @enum
  Scenario Outline: ListConnectionInvitations accepts <member> = <what>, a value the model lists
    Given I am a principal of my own
    When I call ListConnectionInvitations with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member          | what                      | top             | value                       |
      | ConnectionType  | OPPORTUNITY_COLLABORATION | ConnectionType  | "OPPORTUNITY_COLLABORATION" |
      | ConnectionType  | SUBSIDIARY                | ConnectionType  | "SUBSIDIARY"                |
      | ParticipantType | RECEIVER                  | ParticipantType | "RECEIVER"                  |
      | ParticipantType | SENDER                    | ParticipantType | "SENDER"                    |
      | Status          | ACCEPTED                  | Status          | "ACCEPTED"                  |
      | Status          | CANCELED                  | Status          | "CANCELED"                  |
      | Status          | EXPIRED                   | Status          | "EXPIRED"                   |
      | Status          | PENDING                   | Status          | "PENDING"                   |
      | Status          | REJECTED                  | Status          | "REJECTED"                  |

  @constraint
  Scenario Outline: ListConnectionInvitations accepts <member> <what>
    Given I am a principal of my own
    When I call ListConnectionInvitations with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                         | what                  | top                         | value             |
      | Catalog                        | at its maxLength 64   | Catalog                     | "{{chars 64}}"    |
      | Catalog                        | at its minLength 1    | Catalog                     | "a"               |
      | MaxResults                     | at its maximum 100    | MaxResults                  | 100               |
      | MaxResults                     | at its minimum 1      | MaxResults                  | 1                 |
      | NextToken                      | at its maxLength 2048 | NextToken                   | "{{chars 2048}}"  |
      | NextToken                      | at its minLength 1    | NextToken                   | "a"               |
      | OtherParticipantIdentifiers[0] | at its maxLength 100  | OtherParticipantIdentifiers | ["{{chars 100}}"] |
      | OtherParticipantIdentifiers[0] | at its minLength 1    | OtherParticipantIdentifiers | ["a"]             |

  @constraint
  Scenario Outline: ListConnectionInvitations refuses <member> <what>
    Given I am a principal of my own
    When I call ListConnectionInvitations with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                         | what                        | top                         | value             |
      | Catalog                        | one past its maxLength 64   | Catalog                     | "{{chars 65}}"    |
      | Catalog                        | one past its minLength 1    | Catalog                     | ""                |
      | MaxResults                     | one past its maximum 100    | MaxResults                  | 101               |
      | MaxResults                     | one past its minimum 1      | MaxResults                  | 0                 |
      | NextToken                      | one past its maxLength 2048 | NextToken                   | "{{chars 2049}}"  |
      | NextToken                      | one past its minLength 1    | NextToken                   | ""                |
      | OtherParticipantIdentifiers[0] | one past its maxLength 100  | OtherParticipantIdentifiers | ["{{chars 101}}"] |
      | OtherParticipantIdentifiers[0] | one past its minLength 1    | OtherParticipantIdentifiers | [""]              |

  @errors @mock-only
  Scenario: ListConnectionInvitations is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["ListConnectionInvitations"]}
      """
    When "refused" calls ListConnectionInvitations with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: ListConnectionInvitations answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["ListConnectionInvitations"]}
      """
    When "unlucky" calls ListConnectionInvitations with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
