@op:CreateConnectionInvitation @invitations @mutating @serial @contact:sender
Feature: CreateConnectionInvitation (Partner Central Account API)

  The sender invites the receiver's account to a connection type. The invitation names a person, the
  sender's contact: against a real endpoint that is the contact the user gives for "sender", never a
  made-up address. Invitations between the same two accounts collide, so these scenarios run one at a time.

  Background:
    Given I am "sender"
    And no SUBSIDIARY connection or pending invitation is between "sender" and "receiver"

  @documented @op:GetConnectionInvitation
  Scenario: an invitation starts PENDING, and each party sees it from its own side
    When I call CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | Message            | Shall we connect?                |
    Then the call succeeds
    And the response "Status" equals "PENDING"
    And the response "ConnectionType" equals "SUBSIDIARY"
    And the response "InviterEmail" equals {{contact.sender.email}}
    And the response "InvitationMessage" equals "Shall we connect?"
    And the response "ParticipantType" equals "SENDER" [inferred]
    And the response "OtherParticipantIdentifier" equals {{principal.receiver.accountId}} [inferred]
    And I remember the response as "inv"
    When "receiver" calls GetConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call succeeds [inferred]
    And the response "ParticipantType" equals "RECEIVER" [inferred]
    And the response "OtherParticipantIdentifier" equals {{principal.sender.accountId}} [inferred]
    And the response "Status" equals "PENDING"
    When "outsider" calls GetConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call fails [safety]
    And the error is ResourceNotFoundException [inferred]
    And the error reason is CONNECTION_INVITATION_NOT_FOUND [inferred]

  @inferred @errors
  Scenario Outline: a second PENDING invitation between the same accounts, sent by the <second>, is a conflict
    Given I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    When "<second>" calls CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY               |
      | ReceiverIdentifier | <to>                     |
      | Email              | {{contact.sender.email}} |
      | Name               | {{contact.sender.name}}  |
    Then the call fails [safety]
    And the error is ConflictException [inferred]
    And the error reason is DUPLICATE_CONNECTION_INVITATION [inferred]

    Examples:
      | second   | to                               |
      | sender   | {{principal.receiver.accountId}} |
      | receiver | {{principal.sender.accountId}}   |

  @inferred @idempotency
  Scenario: a retry with the same ClientToken returns the first invitation
    When I call CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    Then the call succeeds
    And I remember the response as "first"
    When I repeat the last request
    Then the call succeeds [documented]
    And the response "Id" equals {{first.Id}} [safety]

  @inferred @errors
  Scenario: an account cannot invite itself
    When I call CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                     |
      | ReceiverIdentifier | {{principal.sender.accountId}} |
      | Email              | {{contact.sender.email}}       |
      | Name               | {{contact.sender.name}}        |
    Then the call fails [safety]
    And the error is ValidationException [inferred]
    And the error reason is BUSINESS_VALIDATION_FAILED [inferred]

  @inferred @errors
  Scenario: a receiver profile that does not exist is not found
    When I call CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY               |
      | ReceiverIdentifier | pprofile-ZZZZZZZZZZZZZ   |
      | Email              | {{contact.sender.email}} |
      | Name               | {{contact.sender.name}}  |
    Then the call fails [safety]
    And the error is ResourceNotFoundException [inferred]
