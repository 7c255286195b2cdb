# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: CreateConnectionInvitation — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @enum
  Scenario Outline: CreateConnectionInvitation accepts <member> = <what>, a value the model lists
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | ReceiverIdentifier | {{random.accountId}} |
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member         | what                      | top            | value                       |
      | ConnectionType | OPPORTUNITY_COLLABORATION | ConnectionType | "OPPORTUNITY_COLLABORATION" |
      | ConnectionType | SUBSIDIARY                | ConnectionType | "SUBSIDIARY"                |

  @constraint
  Scenario Outline: CreateConnectionInvitation accepts <member> <what>
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | ReceiverIdentifier | {{random.accountId}} |
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member             | what                 | top                | value           |
      | Catalog            | at its maxLength 64  | Catalog            | "{{chars 64}}"  |
      | Catalog            | at its minLength 1   | Catalog            | "a"             |
      | Message            | at its maxLength 256 | Message            | "{{chars 256}}" |
      | Message            | at its minLength 1   | Message            | "a"             |
      | Name               | at its maxLength 80  | Name               | "{{chars 80}}"  |
      | Name               | at its minLength 1   | Name               | "a"             |
      | ReceiverIdentifier | at its maxLength 100 | ReceiverIdentifier | "{{chars 100}}" |
      | ReceiverIdentifier | at its minLength 1   | ReceiverIdentifier | "a"             |

  @constraint
  Scenario Outline: CreateConnectionInvitation refuses <member> <what>
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | ReceiverIdentifier | {{random.accountId}} |
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member             | what                       | top                | value           |
      | Catalog            | one past its maxLength 64  | Catalog            | "{{chars 65}}"  |
      | Catalog            | one past its minLength 1   | Catalog            | ""              |
      | ClientToken        | one past its maxLength 64  | ClientToken        | "{{chars 65}}"  |
      | ClientToken        | one past its minLength 1   | ClientToken        | ""              |
      | Email              | one past its maxLength 320 | Email              | "{{chars 321}}" |
      | Email              | one past its minLength 1   | Email              | ""              |
      | Message            | one past its maxLength 256 | Message            | "{{chars 257}}" |
      | Message            | one past its minLength 1   | Message            | ""              |
      | Name               | one past its maxLength 80  | Name               | "{{chars 81}}"  |
      | Name               | one past its minLength 1   | Name               | ""              |
      | ReceiverIdentifier | one past its maxLength 100 | ReceiverIdentifier | "{{chars 101}}" |
      | ReceiverIdentifier | one past its minLength 1   | ReceiverIdentifier | ""              |

  @errors @mock-only
  Scenario: CreateConnectionInvitation is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["CreateConnectionInvitation"]}
      """
    When "refused" calls CreateConnectionInvitation with the example request and:
      | ReceiverIdentifier | {{random.accountId}} |
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: CreateConnectionInvitation answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["CreateConnectionInvitation"]}
      """
    When "unlucky" calls CreateConnectionInvitation with the example request and:
      | ReceiverIdentifier | {{random.accountId}} |
    Then the call was tried again after ThrottlingException, InternalServerException
