# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   clientToken at maxLength 64: at the bound: one fixed token would repeat a create of the last run within 24 hours
#   clientToken at minLength 1: at the bound: one fixed token would repeat a create of the last run within 24 hours
@generated @op:CreateProgramManagementAccount
Feature: CreateProgramManagementAccount — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: CreateProgramManagementAccount accepts program = DISTRIBUTION, a value the model lists
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | program   | DISTRIBUTION         |
    Then the call succeeds
    And the answer or a read shows "program" as sent

  @enum @documented
  Scenario: CreateProgramManagementAccount accepts program = DISTRIBUTION_SELLER, a value the model lists
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | program   | DISTRIBUTION_SELLER  |
    Then the call succeeds
    And the answer or a read shows "program" as sent

  @enum @documented
  Scenario: CreateProgramManagementAccount accepts program = MANAGED_SERVICES_PROVIDER, a value the model lists
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    Then the call succeeds
    And the answer or a read shows "program" as sent

  @enum @documented
  Scenario: CreateProgramManagementAccount accepts program = SOLUTION_PROVIDER, a value the model lists
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    Then the call succeeds
    And the answer or a read shows "program" as sent

  @enum @documented
  Scenario: CreateProgramManagementAccount accepts type = MANAGED_SERVICES, a value the model lists
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    Then the call succeeds
    And the answer or a read shows "type" as sent

  @enum @documented
  Scenario: CreateProgramManagementAccount accepts type = RESALE_BILLING_TRANSFER, a value the model lists
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | RESALE_BILLING_TRANSFER   |
    Then the call succeeds
    And the answer or a read shows "type" as sent

  @constraint @documented
  Scenario: CreateProgramManagementAccount accepts accountId at its maxLength 12
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | "111111111111" |
    Then the call succeeds
    And the answer or a read shows "accountId" as sent

  @constraint @documented
  Scenario: CreateProgramManagementAccount refuses accountId one past its maxLength 12
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | "1111111111111" |
    Then the call fails with ValidationException
    And the error names "accountId" [inferred]
    And the same request with "accountId" as {{random.accountId}} is not refused for it

  @constraint @documented
  Scenario: CreateProgramManagementAccount refuses accountId one past its minLength 12
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | "11111111111" |
    Then the call fails with ValidationException
    And the error names "accountId" [inferred]
    And the same request with "accountId" as {{random.accountId}} is not refused for it

  @constraint @documented
  Scenario: CreateProgramManagementAccount refuses catalog one past its maxLength 64
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | catalog   | {{chars 65}}         |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CreateProgramManagementAccount refuses catalog one past its minLength 1
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | catalog   | ""                   |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CreateProgramManagementAccount refuses clientToken one past its maxLength 64
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | clientToken | {{digits 65}}        |
    Then the call fails with ValidationException
    And the error names "clientToken" [inferred]
    And the same request with "clientToken" as example-token-0001 is not refused for it

  @constraint @documented
  Scenario: CreateProgramManagementAccount refuses clientToken one past its minLength 1
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | clientToken | ""                   |
    Then the call fails with ValidationException
    And the error names "clientToken" [inferred]
    And the same request with "clientToken" as example-token-0001 is not refused for it

  @constraint @documented
  Scenario: CreateProgramManagementAccount accepts displayName at its maxLength 30
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | {{digits 30}}        |
    Then the call succeeds
    And the answer or a read shows "displayName" as sent

  @constraint @documented
  Scenario: CreateProgramManagementAccount refuses displayName one past its maxLength 30
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | {{digits 31}}        |
    Then the call fails with ValidationException
    And the error names "displayName" [inferred]
    And the same request with "displayName" as Example PMA is not refused for it

  @constraint @documented
  Scenario: CreateProgramManagementAccount accepts displayName at its minLength 1
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | "1"                  |
    Then the call succeeds
    And the answer or a read shows "displayName" as sent

  @constraint @documented
  Scenario: CreateProgramManagementAccount refuses displayName one past its minLength 1
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | ""                   |
    Then the call fails with ValidationException
    And the error names "displayName" [inferred]
    And the same request with "displayName" as Example PMA is not refused for it

  @constraint @documented
  Scenario: CreateProgramManagementAccount accepts tags[0].key at its maxLength 128
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}                         |
      | tags      | [{"key":"{{digits 128}}","value":"channel"}] |
    Then the call succeeds
    And the answer or a read shows "tags[0].key" as sent

  @constraint @documented
  Scenario: CreateProgramManagementAccount refuses tags[0].key one past its maxLength 128
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}                         |
      | tags      | [{"key":"{{digits 129}}","value":"channel"}] |
    Then the call fails with ValidationException
    And the error names "tags[0].key" [inferred]
    And the same request with "tags[0].key" as team is not refused for it

  @constraint @documented
  Scenario: CreateProgramManagementAccount accepts tags[0].key at its minLength 1
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}            |
      | tags      | [{"key":"1","value":"channel"}] |
    Then the call succeeds
    And the answer or a read shows "tags[0].key" as sent

  @constraint @documented
  Scenario: CreateProgramManagementAccount refuses tags[0].key one past its minLength 1
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}           |
      | tags      | [{"key":"","value":"channel"}] |
    Then the call fails with ValidationException
    And the error names "tags[0].key" [inferred]
    And the same request with "tags[0].key" as team is not refused for it

  @constraint @documented
  Scenario: CreateProgramManagementAccount accepts tags[0].value at its maxLength 256
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}                      |
      | tags      | [{"key":"team","value":"{{digits 256}}"}] |
    Then the call succeeds
    And the answer or a read shows "tags[0].value" as sent

  @constraint @documented
  Scenario: CreateProgramManagementAccount refuses tags[0].value one past its maxLength 256
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}                      |
      | tags      | [{"key":"team","value":"{{digits 257}}"}] |
    Then the call fails with ValidationException
    And the error names "tags[0].value" [inferred]
    And the same request with "tags[0].value" as channel is not refused for it

  @errors @mock-only
  Scenario: CreateProgramManagementAccount is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["CreateProgramManagementAccount"]}
      """
    When "refused" calls CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: CreateProgramManagementAccount answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["CreateProgramManagementAccount"]}
      """
    When "unlucky" calls CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    Then the call was tried again after ThrottlingException, InternalServerException
