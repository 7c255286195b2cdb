@op:CreateConnectionInvitation @op:RejectConnectionInvitation @op:CancelConnectionInvitation @op:GetConnectionInvitation @invitations @lifecycle @mutating @serial @contact:sender
Feature: Invitations to collaborate on opportunities, answered both ways

  The same invitation flow as a subsidiary's, for the other connection type: each party reads the
  invitation on its own side, and what the answer shows follows who answered.

  Background:
    Given I am "sender"
    And no OPPORTUNITY_COLLABORATION connection or pending invitation is between "sender" and "receiver"
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    And I remember the response as "inv"

  @inferred
  Scenario: the receiver reads and rejects an invitation to collaborate on opportunities
    When "receiver" calls GetConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call succeeds [documented]
    And the response "ConnectionType" equals "OPPORTUNITY_COLLABORATION" [documented]
    And the response "ParticipantType" equals "RECEIVER"
    And the response "OtherParticipantIdentifier" equals {{principal.sender.accountId}}
    When "receiver" calls RejectConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call succeeds [documented]
    And the response "Status" equals "REJECTED" [documented]
    And the response "ConnectionType" equals "OPPORTUNITY_COLLABORATION"
    And the response "ParticipantType" equals "RECEIVER"

  @inferred
  Scenario: the sender withdraws an invitation to collaborate on opportunities
    When I call CancelConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call succeeds [documented]
    And the response "Status" equals "CANCELED" [documented]
    And the response "ConnectionType" equals "OPPORTUNITY_COLLABORATION"
    And the response "ParticipantType" equals "SENDER"
