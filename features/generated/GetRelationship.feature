# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   identifier at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   identifier at minLength 16: at the bound: it names what the probe made, at that resource's own length
#   identifier at minLength 16: one past the bound: no value of length 15 meets its pattern (arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}
#   programManagementAccountIdentifier at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   programManagementAccountIdentifier at minLength 17: at the bound: it names what the probe made, at that resource's own length
#   programManagementAccountIdentifier at minLength 17: one past the bound: no value of length 16 meets its pattern (arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}
@generated @op:GetRelationship
Feature: GetRelationship — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @constraint @documented
  Scenario: GetRelationship refuses catalog one past its maxLength 64
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call GetRelationship with the example request and:
      | catalog                            | {{chars 65}} |
      | identifier                         | {{rs.id}}    |
      | programManagementAccountIdentifier | {{pma.id}}   |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: GetRelationship refuses catalog one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call GetRelationship with the example request and:
      | catalog                            | ""         |
      | identifier                         | {{rs.id}}  |
      | programManagementAccountIdentifier | {{pma.id}} |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: GetRelationship refuses identifier one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call GetRelationship with the example request and:
      | identifier                         | arn:a:partnercentral:1:111111111111:catalog/{{chars 893}}/program-management-account/pma-1111111111111/relationship/rs-1111111111111 |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                                           |
    Then the call fails with ValidationException
    And the error names "identifier" [inferred]
    And the same request with "identifier" as {{rs.id}} is not refused for it

  @constraint @documented
  Scenario: GetRelationship refuses programManagementAccountIdentifier one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call GetRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                                              |
      | programManagementAccountIdentifier | arn:a:partnercentral:1:111111111111:catalog/{{chars 923}}/program-management-account/pma-1111111111111 |
    Then the call fails with ValidationException
    And the error names "programManagementAccountIdentifier" [inferred]
    And the same request with "programManagementAccountIdentifier" as {{pma.id}} is not refused for it

  @errors @mock-only
  Scenario: GetRelationship is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["GetRelationship"]}
      """
    When "refused" calls GetRelationship with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: GetRelationship answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["GetRelationship"]}
      """
    When "unlucky" calls GetRelationship with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
