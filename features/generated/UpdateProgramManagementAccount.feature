# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   identifier at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   identifier at minLength 17: at the bound: it names what the probe made, at that resource's own length
#   identifier at minLength 17: one past the bound: no value of length 16 meets its pattern (arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}
#   revision at maxLength 10: revision: a revision is the resource's own: only its current one ("1" after a create, as every probe sends) is taken
#   revision at minLength 1: revision: a revision is the resource's own: only its current one ("1" after a create, as every probe sends) is taken
@generated @op:UpdateProgramManagementAccount
Feature: UpdateProgramManagementAccount — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @constraint @documented
  Scenario: UpdateProgramManagementAccount refuses catalog one past its maxLength 64
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call UpdateProgramManagementAccount with the example request and:
      | catalog    | {{chars 65}} |
      | identifier | {{pma.id}}   |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: UpdateProgramManagementAccount refuses catalog one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call UpdateProgramManagementAccount with the example request and:
      | catalog    | ""         |
      | identifier | {{pma.id}} |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: UpdateProgramManagementAccount accepts displayName at its maxLength 30
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call UpdateProgramManagementAccount with the example request and:
      | displayName | {{digits 30}} |
      | identifier  | {{pma.id}}    |
    Then the call succeeds
    And the answer or a read shows "displayName" as sent

  @constraint @documented
  Scenario: UpdateProgramManagementAccount refuses displayName one past its maxLength 30
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call UpdateProgramManagementAccount with the example request and:
      | displayName | {{digits 31}} |
      | identifier  | {{pma.id}}    |
    Then the call fails with ValidationException
    And the error names "displayName" [inferred]
    And the same request with "displayName" as Renamed PMA is not refused for it

  @constraint @documented
  Scenario: UpdateProgramManagementAccount accepts displayName at its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call UpdateProgramManagementAccount with the example request and:
      | displayName | "1"        |
      | identifier  | {{pma.id}} |
    Then the call succeeds
    And the answer or a read shows "displayName" as sent

  @constraint @documented
  Scenario: UpdateProgramManagementAccount refuses displayName one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call UpdateProgramManagementAccount with the example request and:
      | displayName | ""         |
      | identifier  | {{pma.id}} |
    Then the call fails with ValidationException
    And the error names "displayName" [inferred]
    And the same request with "displayName" as Renamed PMA is not refused for it

  @constraint @documented
  Scenario: UpdateProgramManagementAccount refuses identifier one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier | arn:a:partnercentral:1:111111111111:catalog/{{chars 923}}/program-management-account/pma-1111111111111 |
    Then the call fails with ValidationException
    And the error names "identifier" [inferred]
    And the same request with "identifier" as {{pma.id}} is not refused for it

  @constraint @documented
  Scenario: UpdateProgramManagementAccount refuses revision one past its maxLength 10
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier | {{pma.id}}    |
      | revision   | "11111111111" |
    Then the call fails with ValidationException
    And the error names "revision" [inferred]
    And the same request with "revision" as "1" is not refused for it

  @constraint @documented
  Scenario: UpdateProgramManagementAccount refuses revision one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier | {{pma.id}} |
      | revision   | ""         |
    Then the call fails with ValidationException
    And the error names "revision" [inferred]
    And the same request with "revision" as "1" is not refused for it

  @errors @mock-only
  Scenario: UpdateProgramManagementAccount is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["UpdateProgramManagementAccount"]}
      """
    When "refused" calls UpdateProgramManagementAccount with the example request and:
      | revision | "1" |
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: UpdateProgramManagementAccount answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["UpdateProgramManagementAccount"]}
      """
    When "unlucky" calls UpdateProgramManagementAccount with the example request and:
      | revision | "1" |
    Then the call was tried again after ThrottlingException
    And the call fails with InternalServerException
