# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   clientToken at maxLength 64: at the bound: one fixed token would repeat a create of the last run within 24 hours
#   clientToken at minLength 1: at the bound: one fixed token would repeat a create of the last run within 24 hours
#   programManagementAccountIdentifier at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   programManagementAccountIdentifier at minLength 17: at the bound: it names what the probe made, at that resource's own length
#   programManagementAccountIdentifier at minLength 17: one past the bound: no value of length 16 meets its pattern (arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}
@generated @op:CreateRelationship
Feature: CreateRelationship — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: CreateRelationship accepts accountScope = ENTIRE_ORGANIZATION, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | accountScope                       | ENTIRE_ORGANIZATION           |
      | associatedAccountId                | {{random.accountId}}          |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
    Then the call succeeds
    And the answer or a read shows "accountScope" as sent

  @enum @documented
  Scenario: CreateRelationship accepts accountScope = SPECIFIC_MEMBER_ACCOUNTS, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | {{random.accountId}}          |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
    Then the call succeeds
    And the answer or a read shows "accountScope" as sent

  @enum @documented
  Scenario: CreateRelationship accepts associationType = DOWNSTREAM_SELLER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | associationType                    | DOWNSTREAM_SELLER    |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call succeeds
    And the answer or a read shows "associationType" as sent

  @enum @documented
  Scenario: CreateRelationship accepts associationType = END_CUSTOMER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call succeeds
    And the answer or a read shows "associationType" as sent

  @enum @documented
  Scenario: CreateRelationship accepts associationType = INTERNAL, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | associationType                    | INTERNAL             |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call succeeds
    And the answer or a read shows "associationType" as sent

  @enum @documented
  Scenario: CreateRelationship accepts associationType = MANAGED_SERVICES_END_CUSTOMER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}          |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
    Then the call succeeds
    And the answer or a read shows "associationType" as sent

  @enum @documented
  Scenario: CreateRelationship accepts requestedSupportPlan.partnerLedSupport.coverage = ENTIRE_ORGANIZATION, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call succeeds

  @enum @documented
  Scenario: CreateRelationship accepts requestedSupportPlan.partnerLedSupport.coverage = MANAGEMENT_ACCOUNT_ONLY, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                                                            |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                      |
      | requestedSupportPlan               | {"partnerLedSupport":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","provider":"DISTRIBUTOR","tamLocation":"us-east-1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: CreateRelationship accepts requestedSupportPlan.partnerLedSupport.provider = DISTRIBUTION_SELLER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                                                                |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                          |
      | requestedSupportPlan               | {"partnerLedSupport":{"coverage":"ENTIRE_ORGANIZATION","provider":"DISTRIBUTION_SELLER","tamLocation":"us-east-1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: CreateRelationship accepts requestedSupportPlan.partnerLedSupport.provider = DISTRIBUTOR, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call succeeds

  @enum @documented
  Scenario: CreateRelationship accepts requestedSupportPlan.resoldEnterprise.coverage = ENTIRE_ORGANIZATION, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                      |
      | programManagementAccountIdentifier | {{pma.id}}                                                                |
      | requestedSupportPlan               | {"resoldEnterprise":{"coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: CreateRelationship accepts requestedSupportPlan.resoldEnterprise.coverage = MANAGEMENT_ACCOUNT_ONLY, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                          |
      | programManagementAccountIdentifier | {{pma.id}}                                                                    |
      | requestedSupportPlan               | {"resoldEnterprise":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","tamLocation":"1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: CreateRelationship accepts requestedSupportPlan.resoldUnifiedOperations.coverage = ENTIRE_ORGANIZATION, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                             |
      | programManagementAccountIdentifier | {{pma.id}}                                                                       |
      | requestedSupportPlan               | {"resoldUnifiedOperations":{"coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: CreateRelationship accepts requestedSupportPlan.resoldUnifiedOperations.coverage = MANAGEMENT_ACCOUNT_ONLY, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                                 |
      | programManagementAccountIdentifier | {{pma.id}}                                                                           |
      | requestedSupportPlan               | {"resoldUnifiedOperations":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","tamLocation":"1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: CreateRelationship accepts resaleAccountModel = DISTRIBUTOR, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
      | resaleAccountModel                 | DISTRIBUTOR          |
    Then the call succeeds
    And the answer or a read shows "resaleAccountModel" as sent

  @enum @documented
  Scenario: CreateRelationship accepts resaleAccountModel = END_CUSTOMER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
      | resaleAccountModel                 | END_CUSTOMER         |
    Then the call succeeds
    And the answer or a read shows "resaleAccountModel" as sent

  @enum @documented
  Scenario: CreateRelationship accepts resaleAccountModel = SOLUTION_PROVIDER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call succeeds
    And the answer or a read shows "resaleAccountModel" as sent

  @enum @documented
  Scenario: CreateRelationship accepts sector = COMMERCIAL, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call succeeds
    And the answer or a read shows "sector" as sent

  @enum @documented
  Scenario: CreateRelationship accepts sector = GOVERNMENT, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
      | sector                             | GOVERNMENT           |
    Then the call succeeds
    And the answer or a read shows "sector" as sent

  @enum @documented
  Scenario: CreateRelationship accepts sector = GOVERNMENT_EXCEPTION, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
      | sector                             | GOVERNMENT_EXCEPTION |
    Then the call succeeds
    And the answer or a read shows "sector" as sent

  @constraint @documented
  Scenario: CreateRelationship accepts associatedAccountId at its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | "111111111111" |
      | programManagementAccountIdentifier | {{pma.id}}     |
    Then the call succeeds
    And the answer or a read shows "associatedAccountId" as sent

  @constraint @documented
  Scenario: CreateRelationship refuses associatedAccountId one past its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | "1111111111111" |
      | programManagementAccountIdentifier | {{pma.id}}      |
    Then the call fails with ValidationException
    And the error names "associatedAccountId" [inferred]
    And the same request with "associatedAccountId" as {{random.accountId}} is not refused for it

  @constraint @documented
  Scenario: CreateRelationship refuses associatedAccountId one past its minLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | "11111111111" |
      | programManagementAccountIdentifier | {{pma.id}}    |
    Then the call fails with ValidationException
    And the error names "associatedAccountId" [inferred]
    And the same request with "associatedAccountId" as {{random.accountId}} is not refused for it

  @constraint @documented
  Scenario: CreateRelationship refuses catalog one past its maxLength 64
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | catalog                            | {{chars 65}}         |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CreateRelationship refuses catalog one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | catalog                            | ""                   |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CreateRelationship refuses clientToken one past its maxLength 64
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | clientToken                        | {{digits 65}}        |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call fails with ValidationException
    And the error names "clientToken" [inferred]
    And the same request with "clientToken" as example-token-0001 is not refused for it

  @constraint @documented
  Scenario: CreateRelationship refuses clientToken one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | clientToken                        | ""                   |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call fails with ValidationException
    And the error names "clientToken" [inferred]
    And the same request with "clientToken" as example-token-0001 is not refused for it

  @constraint @documented
  Scenario: CreateRelationship accepts displayName at its maxLength 30
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | displayName                        | {{digits 30}}        |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call succeeds
    And the answer or a read shows "displayName" as sent

  @constraint @documented
  Scenario: CreateRelationship refuses displayName one past its maxLength 30
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | displayName                        | {{digits 31}}        |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call fails with ValidationException
    And the error names "displayName" [inferred]
    And the same request with "displayName" as Example relationship is not refused for it

  @constraint @documented
  Scenario: CreateRelationship accepts displayName at its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | displayName                        | "1"                  |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call succeeds
    And the answer or a read shows "displayName" as sent

  @constraint @documented
  Scenario: CreateRelationship refuses displayName one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | displayName                        | ""                   |
      | programManagementAccountIdentifier | {{pma.id}}           |
    Then the call fails with ValidationException
    And the error names "displayName" [inferred]
    And the same request with "displayName" as Example relationship is not refused for it

  @constraint @documented
  Scenario: CreateRelationship refuses programManagementAccountIdentifier one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                                                   |
      | programManagementAccountIdentifier | arn:a:partnercentral:1:111111111111:catalog/{{chars 923}}/program-management-account/pma-1111111111111 |
    Then the call fails with ValidationException
    And the error names "programManagementAccountIdentifier" [inferred]
    And the same request with "programManagementAccountIdentifier" as {{pma.id}} is not refused for it

  @constraint @documented
  Scenario: CreateRelationship accepts requestedSupportPlan.resoldEnterprise.chargeAccountId at its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                                                       |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                 |
      | requestedSupportPlan               | {"resoldEnterprise":{"chargeAccountId":"111111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call succeeds

  @constraint @documented
  Scenario: CreateRelationship refuses requestedSupportPlan.resoldEnterprise.chargeAccountId one past its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                                                        |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                  |
      | requestedSupportPlan               | {"resoldEnterprise":{"chargeAccountId":"1111111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call fails with ValidationException
    And the error names "requestedSupportPlan.resoldEnterprise.chargeAccountId" [inferred]
    And the same request with "requestedSupportPlan.resoldEnterprise.chargeAccountId" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: CreateRelationship refuses requestedSupportPlan.resoldEnterprise.chargeAccountId one past its minLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                                                      |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                |
      | requestedSupportPlan               | {"resoldEnterprise":{"chargeAccountId":"11111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call fails with ValidationException
    And the error names "requestedSupportPlan.resoldEnterprise.chargeAccountId" [inferred]
    And the same request with "requestedSupportPlan.resoldEnterprise.chargeAccountId" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: CreateRelationship accepts requestedSupportPlan.resoldUnifiedOperations.chargeAccountId at its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                                                              |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                        |
      | requestedSupportPlan               | {"resoldUnifiedOperations":{"chargeAccountId":"111111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call succeeds

  @constraint @documented
  Scenario: CreateRelationship refuses requestedSupportPlan.resoldUnifiedOperations.chargeAccountId one past its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                                                               |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                         |
      | requestedSupportPlan               | {"resoldUnifiedOperations":{"chargeAccountId":"1111111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call fails with ValidationException
    And the error names "requestedSupportPlan.resoldUnifiedOperations.chargeAccountId" [inferred]
    And the same request with "requestedSupportPlan.resoldUnifiedOperations.chargeAccountId" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: CreateRelationship refuses requestedSupportPlan.resoldUnifiedOperations.chargeAccountId one past its minLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                                                                                             |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                       |
      | requestedSupportPlan               | {"resoldUnifiedOperations":{"chargeAccountId":"11111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call fails with ValidationException
    And the error names "requestedSupportPlan.resoldUnifiedOperations.chargeAccountId" [inferred]
    And the same request with "requestedSupportPlan.resoldUnifiedOperations.chargeAccountId" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: CreateRelationship accepts tags[0].key at its maxLength 128
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                         |
      | programManagementAccountIdentifier | {{pma.id}}                                   |
      | tags                               | [{"key":"{{digits 128}}","value":"1111111"}] |
    Then the call succeeds
    And the answer or a read shows "tags[0].key" as sent

  @constraint @documented
  Scenario: CreateRelationship refuses tags[0].key one past its maxLength 128
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                         |
      | programManagementAccountIdentifier | {{pma.id}}                                   |
      | tags                               | [{"key":"{{digits 129}}","value":"1111111"}] |
    Then the call fails with ValidationException
    And the error names "tags[0].key" [inferred]
    And the same request with "tags[0].key" as {{digits 128}} is not refused for it

  @constraint @documented
  Scenario: CreateRelationship accepts tags[0].key at its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}            |
      | programManagementAccountIdentifier | {{pma.id}}                      |
      | tags                               | [{"key":"1","value":"1111111"}] |
    Then the call succeeds
    And the answer or a read shows "tags[0].key" as sent

  @constraint @documented
  Scenario: CreateRelationship refuses tags[0].key one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}           |
      | programManagementAccountIdentifier | {{pma.id}}                     |
      | tags                               | [{"key":"","value":"1111111"}] |
    Then the call fails with ValidationException
    And the error names "tags[0].key" [inferred]
    And the same request with "tags[0].key" as "1" is not refused for it

  @constraint @documented
  Scenario: CreateRelationship accepts tags[0].value at its maxLength 256
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                         |
      | programManagementAccountIdentifier | {{pma.id}}                                   |
      | tags                               | [{"key":"1111111","value":"{{digits 256}}"}] |
    Then the call succeeds
    And the answer or a read shows "tags[0].value" as sent

  @constraint @documented
  Scenario: CreateRelationship refuses tags[0].value one past its maxLength 256
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}                         |
      | programManagementAccountIdentifier | {{pma.id}}                                   |
      | tags                               | [{"key":"1111111","value":"{{digits 257}}"}] |
    Then the call fails with ValidationException
    And the error names "tags[0].value" [inferred]
    And the same request with "tags[0].value" as {{digits 256}} is not refused for it

  @errors @mock-only
  Scenario: CreateRelationship is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["CreateRelationship"]}
      """
    When "refused" calls CreateRelationship with the example request and:
      | associatedAccountId | {{random.accountId}} |
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: CreateRelationship answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["CreateRelationship"]}
      """
    When "unlucky" calls CreateRelationship with the example request and:
      | associatedAccountId | {{random.accountId}} |
    Then the call was tried again after ThrottlingException, InternalServerException
