# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: CreateRelationship — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @enum
  Scenario Outline: CreateRelationship accepts <member> = <what>, a value the model lists
    Given I am a principal of my own
    When I call CreateRelationship with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                                                | what                          | top                  | value                                                                                                               |
      | accountScope                                          | ENTIRE_ORGANIZATION           | accountScope         | "ENTIRE_ORGANIZATION"                                                                                               |
      | accountScope                                          | SPECIFIC_MEMBER_ACCOUNTS      | accountScope         | "SPECIFIC_MEMBER_ACCOUNTS"                                                                                          |
      | associationType                                       | DOWNSTREAM_SELLER             | associationType      | "DOWNSTREAM_SELLER"                                                                                                 |
      | associationType                                       | END_CUSTOMER                  | associationType      | "END_CUSTOMER"                                                                                                      |
      | associationType                                       | INTERNAL                      | associationType      | "INTERNAL"                                                                                                          |
      | associationType                                       | MANAGED_SERVICES_END_CUSTOMER | associationType      | "MANAGED_SERVICES_END_CUSTOMER"                                                                                     |
      | requestedSupportPlan.partnerLedSupport.coverage       | ENTIRE_ORGANIZATION           | requestedSupportPlan | {"partnerLedSupport":{"coverage":"ENTIRE_ORGANIZATION","provider":"DISTRIBUTOR","tamLocation":"us-east-1"}}         |
      | requestedSupportPlan.partnerLedSupport.coverage       | MANAGEMENT_ACCOUNT_ONLY       | requestedSupportPlan | {"partnerLedSupport":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","provider":"DISTRIBUTOR","tamLocation":"us-east-1"}}     |
      | requestedSupportPlan.partnerLedSupport.provider       | DISTRIBUTION_SELLER           | requestedSupportPlan | {"partnerLedSupport":{"coverage":"ENTIRE_ORGANIZATION","provider":"DISTRIBUTION_SELLER","tamLocation":"us-east-1"}} |
      | requestedSupportPlan.partnerLedSupport.provider       | DISTRIBUTOR                   | requestedSupportPlan | {"partnerLedSupport":{"coverage":"ENTIRE_ORGANIZATION","provider":"DISTRIBUTOR","tamLocation":"us-east-1"}}         |
      | requestedSupportPlan.resoldEnterprise.coverage        | ENTIRE_ORGANIZATION           | requestedSupportPlan | {"resoldEnterprise":{"coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}                                           |
      | requestedSupportPlan.resoldEnterprise.coverage        | MANAGEMENT_ACCOUNT_ONLY       | requestedSupportPlan | {"resoldEnterprise":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","tamLocation":"a"}}                                       |
      | requestedSupportPlan.resoldUnifiedOperations.coverage | ENTIRE_ORGANIZATION           | requestedSupportPlan | {"resoldUnifiedOperations":{"coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}                                    |
      | requestedSupportPlan.resoldUnifiedOperations.coverage | MANAGEMENT_ACCOUNT_ONLY       | requestedSupportPlan | {"resoldUnifiedOperations":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","tamLocation":"a"}}                                |
      | resaleAccountModel                                    | DISTRIBUTOR                   | resaleAccountModel   | "DISTRIBUTOR"                                                                                                       |
      | resaleAccountModel                                    | END_CUSTOMER                  | resaleAccountModel   | "END_CUSTOMER"                                                                                                      |
      | resaleAccountModel                                    | SOLUTION_PROVIDER             | resaleAccountModel   | "SOLUTION_PROVIDER"                                                                                                 |
      | sector                                                | COMMERCIAL                    | sector               | "COMMERCIAL"                                                                                                        |
      | sector                                                | GOVERNMENT                    | sector               | "GOVERNMENT"                                                                                                        |
      | sector                                                | GOVERNMENT_EXCEPTION          | sector               | "GOVERNMENT_EXCEPTION"                                                                                              |

  @constraint
  Scenario Outline: CreateRelationship accepts <member> <what>
    Given I am a principal of my own
    When I call CreateRelationship with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                                                       | what                 | top                  | value                                                                                                             |
      | associatedAccountId                                          | at its maxLength 12  | associatedAccountId  | "aaaaaaaaaaaa"                                                                                                    |
      | associatedAccountId                                          | at its minLength 12  | associatedAccountId  | "aaaaaaaaaaaa"                                                                                                    |
      | catalog                                                      | at its maxLength 64  | catalog              | "{{chars 64}}"                                                                                                    |
      | catalog                                                      | at its minLength 1   | catalog              | "a"                                                                                                               |
      | displayName                                                  | at its maxLength 30  | displayName          | "{{chars 30}}"                                                                                                    |
      | displayName                                                  | at its minLength 1   | displayName          | "a"                                                                                                               |
      | requestedSupportPlan.resoldEnterprise.chargeAccountId        | at its maxLength 12  | requestedSupportPlan | {"resoldEnterprise":{"chargeAccountId":"aaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}        |
      | requestedSupportPlan.resoldEnterprise.chargeAccountId        | at its minLength 12  | requestedSupportPlan | {"resoldEnterprise":{"chargeAccountId":"aaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}        |
      | requestedSupportPlan.resoldUnifiedOperations.chargeAccountId | at its maxLength 12  | requestedSupportPlan | {"resoldUnifiedOperations":{"chargeAccountId":"aaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}} |
      | requestedSupportPlan.resoldUnifiedOperations.chargeAccountId | at its minLength 12  | requestedSupportPlan | {"resoldUnifiedOperations":{"chargeAccountId":"aaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}} |
      | tags[0].key                                                  | at its maxLength 128 | tags                 | [{"key":"{{chars 128}}","value":"a"}]                                                                             |
      | tags[0].key                                                  | at its minLength 1   | tags                 | [{"key":"a","value":"a"}]                                                                                         |
      | tags[0].value                                                | at its maxLength 256 | tags                 | [{"key":"a","value":"{{chars 256}}"}]                                                                             |

  @constraint
  Scenario Outline: CreateRelationship refuses <member> <what>
    Given I am a principal of my own
    When I call CreateRelationship with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                                                       | what                        | top                                | value                                                                                                              |
      | associatedAccountId                                          | one past its maxLength 12   | associatedAccountId                | "aaaaaaaaaaaaa"                                                                                                    |
      | associatedAccountId                                          | one past its minLength 12   | associatedAccountId                | "aaaaaaaaaaa"                                                                                                      |
      | catalog                                                      | one past its maxLength 64   | catalog                            | "{{chars 65}}"                                                                                                     |
      | catalog                                                      | one past its minLength 1    | catalog                            | ""                                                                                                                 |
      | clientToken                                                  | one past its maxLength 64   | clientToken                        | "{{chars 65}}"                                                                                                     |
      | clientToken                                                  | one past its minLength 1    | clientToken                        | ""                                                                                                                 |
      | displayName                                                  | one past its maxLength 30   | displayName                        | "{{chars 31}}"                                                                                                     |
      | displayName                                                  | one past its minLength 1    | displayName                        | ""                                                                                                                 |
      | programManagementAccountIdentifier                           | one past its maxLength 1011 | programManagementAccountIdentifier | "{{chars 1012}}"                                                                                                   |
      | programManagementAccountIdentifier                           | one past its minLength 17   | programManagementAccountIdentifier | "aaaaaaaaaaaaaaaa"                                                                                                 |
      | requestedSupportPlan.resoldEnterprise.chargeAccountId        | one past its maxLength 12   | requestedSupportPlan               | {"resoldEnterprise":{"chargeAccountId":"aaaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}        |
      | requestedSupportPlan.resoldEnterprise.chargeAccountId        | one past its minLength 12   | requestedSupportPlan               | {"resoldEnterprise":{"chargeAccountId":"aaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}          |
      | requestedSupportPlan.resoldUnifiedOperations.chargeAccountId | one past its maxLength 12   | requestedSupportPlan               | {"resoldUnifiedOperations":{"chargeAccountId":"aaaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}} |
      | requestedSupportPlan.resoldUnifiedOperations.chargeAccountId | one past its minLength 12   | requestedSupportPlan               | {"resoldUnifiedOperations":{"chargeAccountId":"aaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}   |
      | tags[0].key                                                  | one past its maxLength 128  | tags                               | [{"key":"{{chars 129}}","value":"a"}]                                                                              |
      | tags[0].key                                                  | one past its minLength 1    | tags                               | [{"key":"","value":"a"}]                                                                                           |
      | tags[0].value                                                | one past its maxLength 256  | tags                               | [{"key":"a","value":"{{chars 257}}"}]                                                                              |

  @errors @mock-only
  Scenario: CreateRelationship is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["CreateRelationship"]}
      """
    When "refused" calls CreateRelationship with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: CreateRelationship answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["CreateRelationship"]}
      """
    When "unlucky" calls CreateRelationship with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
