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
#   Email at minLength 1: at the bound: no value of length 1 meets its pattern [a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*
#   Email at minLength 1: one past the bound: no value of length 0 meets its pattern [a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*
#   Message at minLength 1: one past the bound: no value of length 0 meets its pattern [\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\n]+
#   Name at minLength 1: one past the bound: no value of length 0 meets its pattern [\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]+
#   ReceiverIdentifier at maxLength 100: ReceiverIdentifier: an invitation goes to an account by its id, which is never at a bound of 1 or 100 characters
#   ReceiverIdentifier at minLength 1: ReceiverIdentifier: an invitation goes to an account by its id, which is never at a bound of 1 or 100 characters
#   ReceiverIdentifier at minLength 1: one past the bound: no value of length 0 meets its pattern [a-zA-Z0-9-]+
@generated @op:CreateConnectionInvitation @serial @contact:sender
Feature: CreateConnectionInvitation — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: CreateConnectionInvitation accepts ConnectionType = OPPORTUNITY_COLLABORATION, a value the model lists
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call succeeds
    And the answer or a read shows "ConnectionType" as sent

  @enum @documented
  Scenario: CreateConnectionInvitation accepts ConnectionType = SUBSIDIARY, a value the model lists
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call succeeds
    And the answer or a read shows "ConnectionType" as sent

  @constraint @documented
  Scenario: CreateConnectionInvitation refuses Catalog one past its maxLength 64
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | Catalog            | {{digits 65}}                    |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call fails with ValidationException
    And the error names "Catalog" [inferred]
    And the same request with "Catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CreateConnectionInvitation refuses ClientToken one past its maxLength 64
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | ClientToken        | {{digits 65}}                    |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call fails with ValidationException
    And the error names "ClientToken" [inferred]
    And the same request with "ClientToken" as example-token-0001 is not refused for it

  @constraint @documented
  Scenario: CreateConnectionInvitation accepts Email at its maxLength 320
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | Email              | 1@1.{{digits 60}}.{{digits 63}}.{{digits 63}}.{{digits 63}}.{{digits 63}} |
      | Name               | {{contact.sender.name}}                                                   |
      | ReceiverIdentifier | {{principal.receiver.accountId}}                                          |
    Then the call succeeds
    And the answer or a read shows "Email" as sent

  @constraint @documented
  Scenario: CreateConnectionInvitation refuses Email one past its maxLength 320
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | Email              | 1@1.{{digits 61}}.{{digits 63}}.{{digits 63}}.{{digits 63}}.{{digits 63}} |
      | Name               | {{contact.sender.name}}                                                   |
      | ReceiverIdentifier | {{principal.receiver.accountId}}                                          |
    Then the call fails with ValidationException
    And the error names "Email" [inferred]
    And the same request with "Email" as {{contact.sender.email}} is not refused for it

  @constraint @documented
  Scenario: CreateConnectionInvitation accepts Message at its maxLength 256
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | Email              | {{contact.sender.email}}         |
      | Message            | {{digits 256}}                   |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call succeeds
    And the answer or a read shows "Message" as sent

  @constraint @documented
  Scenario: CreateConnectionInvitation refuses Message one past its maxLength 256
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | Email              | {{contact.sender.email}}         |
      | Message            | {{digits 257}}                   |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call fails with ValidationException
    And the error names "Message" [inferred]
    And the same request with "Message" as Let us collaborate on opportunities is not refused for it

  @constraint @documented
  Scenario: CreateConnectionInvitation accepts Message at its minLength 1
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | Email              | {{contact.sender.email}}         |
      | Message            | "1"                              |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call succeeds
    And the answer or a read shows "Message" as sent

  @constraint @documented
  Scenario: CreateConnectionInvitation accepts Name at its maxLength 80
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | Email              | {{contact.sender.email}}         |
      | Name               | {{digits 80}}                    |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call succeeds
    And the answer or a read shows "Name" as sent

  @constraint @documented
  Scenario: CreateConnectionInvitation refuses Name one past its maxLength 80
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | Email              | {{contact.sender.email}}         |
      | Name               | {{digits 81}}                    |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call fails with ValidationException
    And the error names "Name" [inferred]
    And the same request with "Name" as {{contact.sender.name}} is not refused for it

  @constraint @documented
  Scenario: CreateConnectionInvitation accepts Name at its minLength 1
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | Email              | {{contact.sender.email}}         |
      | Name               | "1"                              |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call succeeds
    And the answer or a read shows "Name" as sent

  @constraint @documented
  Scenario: CreateConnectionInvitation refuses ReceiverIdentifier one past its maxLength 100
    Given I am a principal of my own
    When I call CreateConnectionInvitation with the example request and:
      | Email              | {{contact.sender.email}} |
      | Name               | {{contact.sender.name}}  |
      | ReceiverIdentifier | {{digits 101}}           |
    Then the call fails with ValidationException
    And the error names "ReceiverIdentifier" [inferred]
    And the same request with "ReceiverIdentifier" as {{principal.receiver.accountId}} is not refused for it

  @errors @mock-only
  Scenario: CreateConnectionInvitation is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["CreateConnectionInvitation"]}
      """
    When "refused" calls CreateConnectionInvitation with the example request and:
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: CreateConnectionInvitation answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["CreateConnectionInvitation"]}
      """
    When "unlucky" calls CreateConnectionInvitation with the example request and:
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
    Then the call was tried again after ThrottlingException, InternalServerException
