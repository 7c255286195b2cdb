@invitations @connections @mutating
Feature: Creating invitations, canceling connection types and updating preferences: the request shape

  These requests are refused before anything is looked up or made, so they run side by side with the
  rest (the scenarios that make invitations and connections run one at a time): they name no real
  connection, and no invitation is sent. The invitations still name the sender's contact, which a real
  endpoint needs from the user.

  Background:
    Given I am "sender"

  @documented @required @op:CreateConnectionInvitation @contact:sender
  Scenario Outline: CreateConnectionInvitation without <member> is rejected naming it
    When I call CreateConnectionInvitation with the example request and:
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | <member>           | (absent)                         |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member             |
      | Catalog            |
      | ClientToken        |
      | ConnectionType     |
      | Email              |
      | Message            |
      | Name               |
      | ReceiverIdentifier |

  @documented @enum @constraint @op:CreateConnectionInvitation @contact:sender
  Scenario Outline: CreateConnectionInvitation with <member> <case> is rejected
    When I call CreateConnectionInvitation with the example request and:
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | <member>           | <value>                          |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member             | case                    | value                          |
      | ConnectionType     | outside the enum        | RESALE                         |
      | Email              | without an @            | "not-an-email"                 |
      | Email              | over 320 characters     | "{{chars 310}}@example.com"    |
      | Name               | over 80 characters      | {{chars 81}}                   |
      | Name               | empty                   | ""                             |
      | Message            | over 256 characters     | {{chars 257}}                  |
      | Message            | empty                   | ""                             |
      | ReceiverIdentifier | with no allowed letter  | "!!!!"                         |
      | ReceiverIdentifier | over 100 characters     | {{chars 101}}                  |
      | ClientToken        | with other characters   | "!!!"                          |
      | ClientToken        | over 64 characters      | {{chars 65}}                   |
      | Catalog            | with a space            | "Sand box"                     |

  @documented @required @op:CancelConnection
  Scenario Outline: CancelConnection without <member> is rejected naming it
    When I call CancelConnection with the example request and:
      | Identifier | pac-0123456789abc |
      | <member>   | (absent)    |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member         |
      | Catalog        |
      | Identifier     |
      | ConnectionType |
      | Reason         |
      | ClientToken    |

  @documented @enum @constraint @op:CancelConnection
  Scenario Outline: CancelConnection with <member> <value> is rejected
    When I call CancelConnection with the example request and:
      | Identifier | pac-0123456789abc |
      | <member>   | <value>     |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member         | value              |
      | ConnectionType | RESALE             |
      | Identifier     | pac-123            |
      | Reason         | {{chars 257}}      |
      | ClientToken    | "!!!"              |
      | Catalog        | "Sand box"         |

  @documented @required @op:UpdateConnectionPreferences
  Scenario Outline: UpdateConnectionPreferences without <member> is rejected naming it
    When I call UpdateConnectionPreferences with the example request without "<member>"
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member     |
      | Catalog    |
      | Revision   |
      | AccessType |

  @documented @enum @constraint @op:UpdateConnectionPreferences
  Scenario Outline: UpdateConnectionPreferences with <member> <case> is rejected
    When I call UpdateConnectionPreferences with the example request where "<member>" is <value>
    Then the call fails with ValidationException
    And the error names "<named>" [inferred]
    And the same request with "<named>" as in the example is not refused for it

    Examples:
      | member                         | case               | value          | named                             |
      | AccessType                     | outside the enum   | "DENY_SOME"    | AccessType                        |
      | Revision                       | as a string        | "1"            | Revision                          |
      | ExcludedParticipantIdentifiers | with an empty id   | [""]           | ExcludedParticipantIdentifiers[0] |
      | Catalog                        | over 64 characters | "{{chars 65}}" | Catalog                           |
