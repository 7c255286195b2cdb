# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   Catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   Catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   Catalog at minLength 1: one past the bound: no value of length 0 meets its pattern [a-zA-Z0-9-]+
#   ClientToken at maxLength 64: at the bound: one fixed token would repeat a create of the last run within 24 hours
#   ClientToken at minLength 1: at the bound: one fixed token would repeat a create of the last run within 24 hours
#   ClientToken at minLength 1: one past the bound: no value of length 0 meets its pattern [A-Za-z0-9\-_]+
@generated @op:CancelConnection @serial @contact:sender
Feature: CancelConnection — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: CancelConnection accepts ConnectionType = OPPORTUNITY_COLLABORATION, a value the model lists
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
    When I call CancelConnection with the example request and:
      | Identifier | {{conn.Id}} |
    Then the call succeeds

  @enum @documented
  Scenario: CancelConnection accepts ConnectionType = SUBSIDIARY, a value the model lists
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
    And I remember the response as "sub"
    And "receiver" has called AcceptConnectionInvitation with the example request and:
      | Identifier | {{sub.Id}} |
    And I remember the response "Connection" as "conn2"
    When I call CancelConnection with the example request and:
      | ConnectionType | SUBSIDIARY  |
      | Identifier     | {{conn.Id}} |
    Then the call succeeds

  @constraint @documented
  Scenario: CancelConnection refuses Catalog one past its maxLength 64
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
    When I call CancelConnection with the example request and:
      | Catalog    | {{digits 65}} |
      | Identifier | {{conn.Id}}   |
    Then the call fails with ValidationException
    And the error names "Catalog" [inferred]
    And the same request with "Catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CancelConnection refuses ClientToken one past its maxLength 64
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
    When I call CancelConnection with the example request and:
      | ClientToken | {{digits 65}} |
      | Identifier  | {{conn.Id}}   |
    Then the call fails with ValidationException
    And the error names "ClientToken" [inferred]
    And the same request with "ClientToken" as example-token-0001 is not refused for it

  @constraint @documented
  Scenario: CancelConnection accepts Reason at its maxLength 256
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
    When I call CancelConnection with the example request and:
      | Identifier | {{conn.Id}}    |
      | Reason     | {{digits 256}} |
    Then the call succeeds

  @constraint @documented
  Scenario: CancelConnection refuses Reason one past its maxLength 256
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
    When I call CancelConnection with the example request and:
      | Identifier | {{conn.Id}}    |
      | Reason     | {{digits 257}} |
    Then the call fails with ValidationException
    And the error names "Reason" [inferred]
    And the same request with "Reason" as The collaboration has ended is not refused for it

  @errors @mock-only
  Scenario: CancelConnection is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["CancelConnection"]}
      """
    When "refused" calls CancelConnection with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: CancelConnection answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["CancelConnection"]}
      """
    When "unlucky" calls CancelConnection with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
