# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   Catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   Catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   Catalog at minLength 1: one past the bound: no value of length 0 meets its pattern [a-zA-Z0-9-]+
#   ExcludedParticipantIdentifiers[] at minLength 1: one past the bound: no value of length 0 meets its pattern [a-zA-Z0-9-]+
@generated @op:UpdateConnectionPreferences @serial
Feature: UpdateConnectionPreferences — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: UpdateConnectionPreferences accepts AccessType = ALLOW_ALL, a value the model lists
    Given I am a principal of my own
    And I have called GetConnectionPreferences with the example request
    And I remember the response "Revision" as "rev"
    When I call UpdateConnectionPreferences with the example request and:
      | Revision | {{rev}} |
    Then the call succeeds
    And the answer or a read shows "AccessType" as sent

  @enum @documented
  Scenario: UpdateConnectionPreferences accepts AccessType = ALLOW_BY_DEFAULT_DENY_SOME, a value the model lists
    Given I am a principal of my own
    And I have called GetConnectionPreferences with the example request
    And I remember the response "Revision" as "rev"
    When I call UpdateConnectionPreferences with the example request and:
      | AccessType | ALLOW_BY_DEFAULT_DENY_SOME |
      | Revision   | {{rev}}                    |
    Then the call succeeds
    And the answer or a read shows "AccessType" as sent

  @enum @documented
  Scenario: UpdateConnectionPreferences accepts AccessType = DENY_ALL, a value the model lists
    Given I am a principal of my own
    And I have called GetConnectionPreferences with the example request
    And I remember the response "Revision" as "rev"
    When I call UpdateConnectionPreferences with the example request and:
      | AccessType | DENY_ALL |
      | Revision   | {{rev}}  |
    Then the call succeeds
    And the answer or a read shows "AccessType" as sent

  @constraint @documented
  Scenario: UpdateConnectionPreferences refuses Catalog one past its maxLength 64
    Given I am a principal of my own
    And I have called GetConnectionPreferences with the example request
    And I remember the response "Revision" as "rev"
    When I call UpdateConnectionPreferences with the example request and:
      | Catalog  | {{digits 65}} |
      | Revision | {{rev}}       |
    Then the call fails with ValidationException
    And the error names "Catalog" [inferred]
    And the same request with "Catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: UpdateConnectionPreferences accepts ExcludedParticipantIdentifiers at its maxItems 100
    Given I am a principal of my own
    And I have called GetConnectionPreferences with the example request
    And I remember the response "Revision" as "rev"
    When I call UpdateConnectionPreferences with the example request and:
      | AccessType                     | ALLOW_BY_DEFAULT_DENY_SOME |
      | ExcludedParticipantIdentifiers | {{accountIds 100}}         |
      | Revision                       | {{rev}}                    |
    Then the call succeeds
    And the answer or a read shows "ExcludedParticipantIdentifiers" as sent

  @constraint @documented
  Scenario: UpdateConnectionPreferences refuses ExcludedParticipantIdentifiers one past its maxItems 100
    Given I am a principal of my own
    And I have called GetConnectionPreferences with the example request
    And I remember the response "Revision" as "rev"
    When I call UpdateConnectionPreferences with the example request and:
      | AccessType                     | ALLOW_BY_DEFAULT_DENY_SOME |
      | ExcludedParticipantIdentifiers | {{accountIds 101}}         |
      | Revision                       | {{rev}}                    |
    Then the call fails with ValidationException
    And the error names "ExcludedParticipantIdentifiers" [inferred]
    And the same request with "ExcludedParticipantIdentifiers" as {{accountIds 100}} is not refused for it

  @constraint @documented
  Scenario: UpdateConnectionPreferences accepts ExcludedParticipantIdentifiers[0] at its maxLength 100
    Given I am a principal of my own
    And I have called GetConnectionPreferences with the example request
    And I remember the response "Revision" as "rev"
    When I call UpdateConnectionPreferences with the example request and:
      | AccessType                     | ALLOW_BY_DEFAULT_DENY_SOME |
      | ExcludedParticipantIdentifiers | ["{{digits 100}}"]         |
      | Revision                       | {{rev}}                    |
    Then the call succeeds
    And the answer or a read shows "ExcludedParticipantIdentifiers[0]" as sent

  @constraint @documented
  Scenario: UpdateConnectionPreferences refuses ExcludedParticipantIdentifiers[0] one past its maxLength 100
    Given I am a principal of my own
    And I have called GetConnectionPreferences with the example request
    And I remember the response "Revision" as "rev"
    When I call UpdateConnectionPreferences with the example request and:
      | AccessType                     | ALLOW_BY_DEFAULT_DENY_SOME |
      | ExcludedParticipantIdentifiers | ["{{digits 101}}"]         |
      | Revision                       | {{rev}}                    |
    Then the call fails with ValidationException
    And the error names "ExcludedParticipantIdentifiers[0]" [inferred]
    And the same request with "ExcludedParticipantIdentifiers[0]" as {{digits 100}} is not refused for it

  @constraint @documented
  Scenario: UpdateConnectionPreferences accepts ExcludedParticipantIdentifiers[0] at its minLength 1
    Given I am a principal of my own
    And I have called GetConnectionPreferences with the example request
    And I remember the response "Revision" as "rev"
    When I call UpdateConnectionPreferences with the example request and:
      | AccessType                     | ALLOW_BY_DEFAULT_DENY_SOME |
      | ExcludedParticipantIdentifiers | ["1"]                      |
      | Revision                       | {{rev}}                    |
    Then the call succeeds
    And the answer or a read shows "ExcludedParticipantIdentifiers[0]" as sent

  @errors @mock-only
  Scenario: UpdateConnectionPreferences is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["UpdateConnectionPreferences"]}
      """
    When "refused" calls UpdateConnectionPreferences with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: UpdateConnectionPreferences answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["UpdateConnectionPreferences"]}
      """
    When "unlucky" calls UpdateConnectionPreferences with the example request
    Then the call was tried again after ThrottlingException
    And the call fails with InternalServerException
