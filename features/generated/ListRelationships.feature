# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   nextToken at maxLength 2048: at the bound: a token is taken only as the service issued it
#   nextToken at minLength 1: at the bound: a token is taken only as the service issued it
#   programManagementAccountIdentifiers[] at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   programManagementAccountIdentifiers[] at minLength 17: at the bound: it names what the probe made, at that resource's own length
#   programManagementAccountIdentifiers[] at minLength 17: one past the bound: no value of length 16 meets its pattern (arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}
@generated @op:ListRelationships
Feature: ListRelationships — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: ListRelationships accepts associationTypes[0] = DOWNSTREAM_SELLER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | associationType                    | DOWNSTREAM_SELLER    |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "other"
    When I call ListRelationships with the example request and:
      | associationTypes                    | ["DOWNSTREAM_SELLER"] |
      | programManagementAccountIdentifiers | ["{{pma.id}}"]        |
    Then the call succeeds
    And the answer or a read shows "associationTypes[0]" as sent

  @enum @documented
  Scenario: ListRelationships accepts associationTypes[0] = END_CUSTOMER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | associationType                    | DOWNSTREAM_SELLER    |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "other"
    When I call ListRelationships with the example request and:
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call succeeds
    And the answer or a read shows "associationTypes[0]" as sent, keeping out "{{other.id}}"

  @enum @documented
  Scenario: ListRelationships accepts associationTypes[0] = INTERNAL, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | associationType                    | INTERNAL             |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "other"
    When I call ListRelationships with the example request and:
      | associationTypes                    | ["INTERNAL"]   |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call succeeds
    And the answer or a read shows "associationTypes[0]" as sent

  @enum @documented
  Scenario: ListRelationships accepts associationTypes[0] = MANAGED_SERVICES_END_CUSTOMER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}          |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
    And I remember the response "relationshipDetail" as "other"
    When I call ListRelationships with the example request and:
      | associationTypes                    | ["MANAGED_SERVICES_END_CUSTOMER"] |
      | programManagementAccountIdentifiers | ["{{pma.id}}"]                    |
    Then the call succeeds
    And the answer or a read shows "associationTypes[0]" as sent

  @enum @documented
  Scenario: ListRelationships accepts sort.sortBy = UpdatedAt, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)       |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call succeeds

  @enum @documented
  Scenario: ListRelationships accepts sort.sortOrder = Ascending, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)       |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call succeeds

  @enum @documented
  Scenario: ListRelationships accepts sort.sortOrder = Descending, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)                                        |
      | programManagementAccountIdentifiers | ["{{pma.id}}"]                                  |
      | sort                                | {"sortBy":"UpdatedAt","sortOrder":"Descending"} |
    Then the call succeeds

  @constraint @documented
  Scenario: ListRelationships accepts associatedAccountIds[0] at its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | "111111111111" |
      | programManagementAccountIdentifier | {{pma.id}}     |
    And I remember the response "relationshipDetail" as "other"
    When I call ListRelationships with the example request and:
      | associatedAccountIds                | ["111111111111"] |
      | associationTypes                    | (absent)         |
      | programManagementAccountIdentifiers | ["{{pma.id}}"]   |
    Then the call succeeds
    And the answer or a read shows "associatedAccountIds[0]" as sent

  @constraint @documented
  Scenario: ListRelationships refuses associatedAccountIds[0] one past its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associatedAccountIds                | ["1111111111111"] |
      | associationTypes                    | (absent)          |
      | programManagementAccountIdentifiers | ["{{pma.id}}"]    |
    Then the call fails with ValidationException
    And the error names "associatedAccountIds[0]" [inferred]
    And the same request with "associatedAccountIds[0]" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: ListRelationships refuses associatedAccountIds[0] one past its minLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associatedAccountIds                | ["11111111111"] |
      | associationTypes                    | (absent)        |
      | programManagementAccountIdentifiers | ["{{pma.id}}"]  |
    Then the call fails with ValidationException
    And the error names "associatedAccountIds[0]" [inferred]
    And the same request with "associatedAccountIds[0]" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: ListRelationships refuses catalog one past its maxLength 64
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)       |
      | catalog                             | {{chars 65}}   |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: ListRelationships refuses catalog one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)       |
      | catalog                             | ""             |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: ListRelationships accepts displayNames[0] at its maxLength 30
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}}             |
      | displayName                        | "111111111111111111111111111111" |
      | programManagementAccountIdentifier | {{pma.id}}                       |
    And I remember the response "relationshipDetail" as "other"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)          |
      | displayNames                        | ["{{digits 30}}"] |
      | programManagementAccountIdentifiers | ["{{pma.id}}"]    |
    Then the call succeeds
    And the answer or a read shows "displayNames[0]" as sent

  @constraint @documented
  Scenario: ListRelationships refuses displayNames[0] one past its maxLength 30
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)          |
      | displayNames                        | ["{{digits 31}}"] |
      | programManagementAccountIdentifiers | ["{{pma.id}}"]    |
    Then the call fails with ValidationException
    And the error names "displayNames[0]" [inferred]
    And the same request with "displayNames[0]" as {{digits 30}} is not refused for it

  @constraint @documented
  Scenario: ListRelationships accepts displayNames[0] at its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | displayName                        | "1"                  |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "other"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)       |
      | displayNames                        | ["1"]          |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call succeeds
    And the answer or a read shows "displayNames[0]" as sent

  @constraint @documented
  Scenario: ListRelationships refuses displayNames[0] one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)       |
      | displayNames                        | [""]           |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call fails with ValidationException
    And the error names "displayNames[0]" [inferred]
    And the same request with "displayNames[0]" as "1" is not refused for it

  @constraint @documented
  Scenario: ListRelationships accepts maxResults at its maximum 100
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)       |
      | maxResults                          | 100            |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call succeeds

  @constraint @documented
  Scenario: ListRelationships refuses maxResults one past its maximum 100
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)       |
      | maxResults                          | 101            |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call fails with ValidationException
    And the error names "maxResults" [inferred]
    And the same request with "maxResults" as 10 is not refused for it

  @constraint @documented
  Scenario: ListRelationships accepts maxResults at its minimum 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)       |
      | maxResults                          | 1              |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call succeeds

  @constraint @documented
  Scenario: ListRelationships refuses maxResults one past its minimum 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)       |
      | maxResults                          | 0              |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call fails with ValidationException
    And the error names "maxResults" [inferred]
    And the same request with "maxResults" as 10 is not refused for it

  @constraint @documented
  Scenario: ListRelationships refuses nextToken one past its maxLength 2048
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)        |
      | nextToken                           | {{digits 2049}} |
      | programManagementAccountIdentifiers | ["{{pma.id}}"]  |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]
    And the same request with "nextToken" as (absent) is not refused for it

  @constraint @documented
  Scenario: ListRelationships refuses nextToken one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)       |
      | nextToken                           | ""             |
      | programManagementAccountIdentifiers | ["{{pma.id}}"] |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]
    And the same request with "nextToken" as (absent) is not refused for it

  @constraint @documented
  Scenario: ListRelationships refuses programManagementAccountIdentifiers[0] one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | associatedAccountId                | {{random.accountId}} |
      | programManagementAccountIdentifier | {{pma.id}}           |
    And I remember the response "relationshipDetail" as "rs"
    When I call ListRelationships with the example request and:
      | associationTypes                    | (absent)                                                                                                   |
      | programManagementAccountIdentifiers | ["arn:a:partnercentral:1:111111111111:catalog/{{chars 923}}/program-management-account/pma-1111111111111"] |
    Then the call fails with ValidationException
    And the error names "programManagementAccountIdentifiers[0]" [inferred]
    And the same request with "programManagementAccountIdentifiers[0]" as {{pma.id}} is not refused for it

  @errors @mock-only
  Scenario: ListRelationships is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["ListRelationships"]}
      """
    When "refused" calls ListRelationships with the example request and:
      | associationTypes | (absent) |
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: ListRelationships answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["ListRelationships"]}
      """
    When "unlucky" calls ListRelationships with the example request and:
      | associationTypes | (absent) |
    Then the call was tried again after ThrottlingException, InternalServerException
