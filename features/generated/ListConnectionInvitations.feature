# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   Status = EXPIRED sent: Status = EXPIRED: it takes 30 days on the mock's clock, which moves for every scenario at once; the lifecycle features list expired ones
#   Catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   Catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   Catalog at minLength 1: one past the bound: no value of length 0 meets its pattern [a-zA-Z0-9-]+
#   NextToken at maxLength 2048: at the bound: a token is taken only as the service issued it
#   NextToken at minLength 1: at the bound: a token is taken only as the service issued it
#   NextToken at minLength 1: one past the bound: no value of length 0 meets its pattern [\S]+
#   OtherParticipantIdentifiers[] at minLength 1: one past the bound: no value of length 0 meets its pattern [a-zA-Z0-9-]+
@generated @op:ListConnectionInvitations @serial @contact:sender
Feature: ListConnectionInvitations — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: ListConnectionInvitations accepts ConnectionType = OPPORTUNITY_COLLABORATION, a value the model lists
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "sub"
    When I call ListConnectionInvitations with the example request and:
    Then the call succeeds
    And the answer or a read shows "ConnectionType" as sent, keeping out "{{sub.Id}}"

  @enum @documented
  Scenario: ListConnectionInvitations accepts ConnectionType = SUBSIDIARY, a value the model lists
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "sub"
    When I call ListConnectionInvitations with the example request and:
      | ConnectionType | SUBSIDIARY |
    Then the call succeeds
    And the answer or a read shows "ConnectionType" as sent

  @enum @documented
  Scenario: ListConnectionInvitations accepts ParticipantType = RECEIVER, a value the model lists
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    And "receiver" has called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                |
      | Email              | {{contact.sender.email}}  |
      | Name               | {{contact.sender.name}}   |
      | ReceiverIdentifier | {{principal.I.accountId}} |
    And I remember the response as "incoming"
    When I call ListConnectionInvitations with the example request and:
      | ConnectionType  | (absent) |
      | ParticipantType | RECEIVER |
    Then the call succeeds
    And the answer or a read shows "ParticipantType" as sent, keeping out "{{inv.Id}}"

  @enum @documented
  Scenario: ListConnectionInvitations accepts ParticipantType = SENDER, a value the model lists
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    And "receiver" has called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                |
      | Email              | {{contact.sender.email}}  |
      | Name               | {{contact.sender.name}}   |
      | ReceiverIdentifier | {{principal.I.accountId}} |
    And I remember the response as "incoming"
    When I call ListConnectionInvitations with the example request and:
      | ConnectionType | (absent) |
    Then the call succeeds
    And the answer or a read shows "ParticipantType" as sent, keeping out "{{incoming.Id}}"

  @enum @documented
  Scenario: ListConnectionInvitations accepts Status = ACCEPTED, a value the model lists
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    And "receiver" has called AcceptConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    And I remember the response "Connection" as "conn"
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "decoy"
    When I call ListConnectionInvitations with the example request and:
      | ConnectionType | (absent) |
      | Status         | ACCEPTED |
    Then the call succeeds
    And the answer or a read shows "Status" as sent, keeping out "{{decoy.Id}}"

  @enum @documented
  Scenario: ListConnectionInvitations accepts Status = CANCELED, a value the model lists
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    And I have called CancelConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "decoy"
    When I call ListConnectionInvitations with the example request and:
      | ConnectionType | (absent) |
      | Status         | CANCELED |
    Then the call succeeds
    And the answer or a read shows "Status" as sent, keeping out "{{decoy.Id}}"

  @enum @documented
  Scenario: ListConnectionInvitations accepts Status = PENDING, a value the model lists
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv2"
    And I have called CancelConnectionInvitation with the example request and:
      | Identifier | {{inv2.Id}} |
    When I call ListConnectionInvitations with the example request and:
      | ConnectionType | (absent) |
    Then the call succeeds
    And the answer or a read shows "Status" as sent, keeping out "{{inv2.Id}}"

  @enum @documented
  Scenario: ListConnectionInvitations accepts Status = REJECTED, a value the model lists
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    And "receiver" has called RejectConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "decoy"
    When I call ListConnectionInvitations with the example request and:
      | ConnectionType | (absent) |
      | Status         | REJECTED |
    Then the call succeeds
    And the answer or a read shows "Status" as sent, keeping out "{{decoy.Id}}"

  @constraint @documented
  Scenario: ListConnectionInvitations refuses Catalog one past its maxLength 64
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    When I call ListConnectionInvitations with the example request and:
      | Catalog | {{digits 65}} |
    Then the call fails with ValidationException
    And the error names "Catalog" [inferred]
    And the same request with "Catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: ListConnectionInvitations accepts MaxResults at its maximum 100
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    When I call ListConnectionInvitations with the example request and:
      | MaxResults | 100 |
    Then the call succeeds

  @constraint @documented
  Scenario: ListConnectionInvitations refuses MaxResults one past its maximum 100
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    When I call ListConnectionInvitations with the example request and:
      | MaxResults | 101 |
    Then the call fails with ValidationException
    And the error names "MaxResults" [inferred]
    And the same request with "MaxResults" as 10 is not refused for it

  @constraint @documented
  Scenario: ListConnectionInvitations accepts MaxResults at its minimum 1
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    When I call ListConnectionInvitations with the example request and:
      | MaxResults | 1 |
    Then the call succeeds

  @constraint @documented
  Scenario: ListConnectionInvitations refuses MaxResults one past its minimum 1
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    When I call ListConnectionInvitations with the example request and:
      | MaxResults | 0 |
    Then the call fails with ValidationException
    And the error names "MaxResults" [inferred]
    And the same request with "MaxResults" as 10 is not refused for it

  @constraint @documented
  Scenario: ListConnectionInvitations refuses NextToken one past its maxLength 2048
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    When I call ListConnectionInvitations with the example request and:
      | NextToken | {{digits 2049}} |
    Then the call fails with ValidationException
    And the error names "NextToken" [inferred]
    And the same request with "NextToken" as (absent) is not refused for it

  @constraint @documented
  Scenario: ListConnectionInvitations accepts OtherParticipantIdentifiers at its maxItems 100
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    When I call ListConnectionInvitations with the example request and:
      | OtherParticipantIdentifiers | {{accountIds 100}} |
    Then the call succeeds

  @constraint @documented
  Scenario: ListConnectionInvitations refuses OtherParticipantIdentifiers one past its maxItems 100
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    When I call ListConnectionInvitations with the example request and:
      | OtherParticipantIdentifiers | {{accountIds 101}} |
    Then the call fails with ValidationException
    And the error names "OtherParticipantIdentifiers" [inferred]
    And the same request with "OtherParticipantIdentifiers" as {{accountIds 100}} is not refused for it

  @constraint @documented
  Scenario: ListConnectionInvitations accepts OtherParticipantIdentifiers[0] at its maxLength 100
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    When I call ListConnectionInvitations with the example request and:
      | OtherParticipantIdentifiers | ["{{digits 100}}"] |
    Then the call succeeds

  @constraint @documented
  Scenario: ListConnectionInvitations refuses OtherParticipantIdentifiers[0] one past its maxLength 100
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    When I call ListConnectionInvitations with the example request and:
      | OtherParticipantIdentifiers | ["{{digits 101}}"] |
    Then the call fails with ValidationException
    And the error names "OtherParticipantIdentifiers[0]" [inferred]
    And the same request with "OtherParticipantIdentifiers[0]" as {{digits 100}} is not refused for it

  @constraint @documented
  Scenario: ListConnectionInvitations accepts OtherParticipantIdentifiers[0] at its minLength 1
    Given I am a principal of my own
    And I have called CreateConnectionInvitation with the example request and:
      | ConnectionType     | OPPORTUNITY_COLLABORATION        |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    And I remember the response as "inv"
    When I call ListConnectionInvitations with the example request and:
      | OtherParticipantIdentifiers | ["1"] |
    Then the call succeeds

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
