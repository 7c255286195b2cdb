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
#   revision at maxLength 10: revision: a revision is the resource's own: only its current one ("1" after a create, as every probe sends) is taken
#   revision at minLength 1: revision: a revision is the resource's own: only its current one ("1" after a create, as every probe sends) is taken
@generated @op:UpdateRelationship
Feature: UpdateRelationship — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: UpdateRelationship accepts requestedSupportPlan.partnerLedSupport.coverage = ENTIRE_ORGANIZATION, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                  |
      | programManagementAccountIdentifier | {{pma.id}}                                                                 |
      | requestedSupportPlan               | {"partnerLedSupport":{"coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: UpdateRelationship accepts requestedSupportPlan.partnerLedSupport.coverage = MANAGEMENT_ACCOUNT_ONLY, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                      |
      | programManagementAccountIdentifier | {{pma.id}}                                                                     |
      | requestedSupportPlan               | {"partnerLedSupport":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","tamLocation":"1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: UpdateRelationship accepts requestedSupportPlan.partnerLedSupport.provider = DISTRIBUTION_SELLER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                                                   |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                  |
      | requestedSupportPlan               | {"partnerLedSupport":{"coverage":"ENTIRE_ORGANIZATION","provider":"DISTRIBUTION_SELLER","tamLocation":"1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: UpdateRelationship accepts requestedSupportPlan.partnerLedSupport.provider = DISTRIBUTOR, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                                           |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                          |
      | requestedSupportPlan               | {"partnerLedSupport":{"coverage":"ENTIRE_ORGANIZATION","provider":"DISTRIBUTOR","tamLocation":"1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: UpdateRelationship accepts requestedSupportPlan.resoldEnterprise.coverage = ENTIRE_ORGANIZATION, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                 |
      | programManagementAccountIdentifier | {{pma.id}}                                                                |
      | requestedSupportPlan               | {"resoldEnterprise":{"coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: UpdateRelationship accepts requestedSupportPlan.resoldEnterprise.coverage = MANAGEMENT_ACCOUNT_ONLY, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                     |
      | programManagementAccountIdentifier | {{pma.id}}                                                                    |
      | requestedSupportPlan               | {"resoldEnterprise":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","tamLocation":"1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: UpdateRelationship accepts requestedSupportPlan.resoldUnifiedOperations.coverage = ENTIRE_ORGANIZATION, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                        |
      | programManagementAccountIdentifier | {{pma.id}}                                                                       |
      | requestedSupportPlan               | {"resoldUnifiedOperations":{"coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call succeeds

  @enum @documented
  Scenario: UpdateRelationship accepts requestedSupportPlan.resoldUnifiedOperations.coverage = MANAGEMENT_ACCOUNT_ONLY, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                            |
      | programManagementAccountIdentifier | {{pma.id}}                                                                           |
      | requestedSupportPlan               | {"resoldUnifiedOperations":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","tamLocation":"1"}} |
    Then the call succeeds

  @constraint @documented
  Scenario: UpdateRelationship refuses catalog one past its maxLength 64
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | catalog                            | {{chars 65}} |
      | identifier                         | {{rs.id}}    |
      | programManagementAccountIdentifier | {{pma.id}}   |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: UpdateRelationship refuses catalog one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | catalog                            | ""         |
      | identifier                         | {{rs.id}}  |
      | programManagementAccountIdentifier | {{pma.id}} |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: UpdateRelationship accepts displayName at its maxLength 30
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | displayName                        | {{digits 30}} |
      | identifier                         | {{rs.id}}     |
      | programManagementAccountIdentifier | {{pma.id}}    |
    Then the call succeeds
    And the answer or a read shows "displayName" as sent

  @constraint @documented
  Scenario: UpdateRelationship refuses displayName one past its maxLength 30
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | displayName                        | {{digits 31}} |
      | identifier                         | {{rs.id}}     |
      | programManagementAccountIdentifier | {{pma.id}}    |
    Then the call fails with ValidationException
    And the error names "displayName" [inferred]
    And the same request with "displayName" as Renamed relationship is not refused for it

  @constraint @documented
  Scenario: UpdateRelationship accepts displayName at its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | displayName                        | "1"        |
      | identifier                         | {{rs.id}}  |
      | programManagementAccountIdentifier | {{pma.id}} |
    Then the call succeeds
    And the answer or a read shows "displayName" as sent

  @constraint @documented
  Scenario: UpdateRelationship refuses displayName one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | displayName                        | ""         |
      | identifier                         | {{rs.id}}  |
      | programManagementAccountIdentifier | {{pma.id}} |
    Then the call fails with ValidationException
    And the error names "displayName" [inferred]
    And the same request with "displayName" as Renamed relationship is not refused for it

  @constraint @documented
  Scenario: UpdateRelationship refuses identifier one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | arn:a:partnercentral:1:111111111111:catalog/{{chars 893}}/program-management-account/pma-1111111111111/relationship/rs-1111111111111 |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                                           |
    Then the call fails with ValidationException
    And the error names "identifier" [inferred]
    And the same request with "identifier" as {{rs.id}} is not refused for it

  @constraint @documented
  Scenario: UpdateRelationship refuses programManagementAccountIdentifier one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                                              |
      | programManagementAccountIdentifier | arn:a:partnercentral:1:111111111111:catalog/{{chars 923}}/program-management-account/pma-1111111111111 |
    Then the call fails with ValidationException
    And the error names "programManagementAccountIdentifier" [inferred]
    And the same request with "programManagementAccountIdentifier" as {{pma.id}} is not refused for it

  @constraint @documented
  Scenario: UpdateRelationship accepts requestedSupportPlan.resoldEnterprise.chargeAccountId at its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                                                  |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                 |
      | requestedSupportPlan               | {"resoldEnterprise":{"chargeAccountId":"111111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call succeeds

  @constraint @documented
  Scenario: UpdateRelationship refuses requestedSupportPlan.resoldEnterprise.chargeAccountId one past its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                                                   |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                  |
      | requestedSupportPlan               | {"resoldEnterprise":{"chargeAccountId":"1111111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call fails with ValidationException
    And the error names "requestedSupportPlan.resoldEnterprise.chargeAccountId" [inferred]
    And the same request with "requestedSupportPlan.resoldEnterprise.chargeAccountId" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: UpdateRelationship refuses requestedSupportPlan.resoldEnterprise.chargeAccountId one past its minLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                                                 |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                |
      | requestedSupportPlan               | {"resoldEnterprise":{"chargeAccountId":"11111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call fails with ValidationException
    And the error names "requestedSupportPlan.resoldEnterprise.chargeAccountId" [inferred]
    And the same request with "requestedSupportPlan.resoldEnterprise.chargeAccountId" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: UpdateRelationship accepts requestedSupportPlan.resoldUnifiedOperations.chargeAccountId at its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                                                         |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                        |
      | requestedSupportPlan               | {"resoldUnifiedOperations":{"chargeAccountId":"111111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call succeeds

  @constraint @documented
  Scenario: UpdateRelationship refuses requestedSupportPlan.resoldUnifiedOperations.chargeAccountId one past its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                                                          |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                         |
      | requestedSupportPlan               | {"resoldUnifiedOperations":{"chargeAccountId":"1111111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call fails with ValidationException
    And the error names "requestedSupportPlan.resoldUnifiedOperations.chargeAccountId" [inferred]
    And the same request with "requestedSupportPlan.resoldUnifiedOperations.chargeAccountId" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: UpdateRelationship refuses requestedSupportPlan.resoldUnifiedOperations.chargeAccountId one past its minLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}                                                                                                        |
      | programManagementAccountIdentifier | {{pma.id}}                                                                                                       |
      | requestedSupportPlan               | {"resoldUnifiedOperations":{"chargeAccountId":"11111111111","coverage":"ENTIRE_ORGANIZATION","tamLocation":"1"}} |
    Then the call fails with ValidationException
    And the error names "requestedSupportPlan.resoldUnifiedOperations.chargeAccountId" [inferred]
    And the same request with "requestedSupportPlan.resoldUnifiedOperations.chargeAccountId" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: UpdateRelationship refuses revision one past its maxLength 10
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}     |
      | programManagementAccountIdentifier | {{pma.id}}    |
      | revision                           | "11111111111" |
    Then the call fails with ValidationException
    And the error names "revision" [inferred]
    And the same request with "revision" as "1" is not refused for it

  @constraint @documented
  Scenario: UpdateRelationship refuses revision one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call UpdateRelationship with the example request and:
      | identifier                         | {{rs.id}}  |
      | programManagementAccountIdentifier | {{pma.id}} |
      | revision                           | ""         |
    Then the call fails with ValidationException
    And the error names "revision" [inferred]
    And the same request with "revision" as "1" is not refused for it

  @errors @mock-only
  Scenario: UpdateRelationship is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["UpdateRelationship"]}
      """
    When "refused" calls UpdateRelationship with the example request and:
      | revision | "1" |
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: UpdateRelationship answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["UpdateRelationship"]}
      """
    When "unlucky" calls UpdateRelationship with the example request and:
      | revision | "1" |
    Then the call was tried again after ThrottlingException
    And the call fails with InternalServerException
