# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: UpdateRelationship — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @enum
  Scenario Outline: UpdateRelationship accepts <member> = <what>, a value the model lists
    Given I am a principal of my own
    When I call UpdateRelationship with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                                                | what                    | top                  | value                                                                                                       |
      | requestedSupportPlan.partnerLedSupport.coverage       | ENTIRE_ORGANIZATION     | requestedSupportPlan | {"partnerLedSupport":{"coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}                                  |
      | requestedSupportPlan.partnerLedSupport.coverage       | MANAGEMENT_ACCOUNT_ONLY | requestedSupportPlan | {"partnerLedSupport":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","tamLocation":"a"}}                              |
      | requestedSupportPlan.partnerLedSupport.provider       | DISTRIBUTION_SELLER     | requestedSupportPlan | {"partnerLedSupport":{"coverage":"ENTIRE_ORGANIZATION","provider":"DISTRIBUTION_SELLER","tamLocation":"a"}} |
      | requestedSupportPlan.partnerLedSupport.provider       | DISTRIBUTOR             | requestedSupportPlan | {"partnerLedSupport":{"coverage":"ENTIRE_ORGANIZATION","provider":"DISTRIBUTOR","tamLocation":"a"}}         |
      | requestedSupportPlan.resoldEnterprise.coverage        | ENTIRE_ORGANIZATION     | requestedSupportPlan | {"resoldEnterprise":{"coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}                                   |
      | requestedSupportPlan.resoldEnterprise.coverage        | MANAGEMENT_ACCOUNT_ONLY | requestedSupportPlan | {"resoldEnterprise":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","tamLocation":"a"}}                               |
      | requestedSupportPlan.resoldUnifiedOperations.coverage | ENTIRE_ORGANIZATION     | requestedSupportPlan | {"resoldUnifiedOperations":{"coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}                            |
      | requestedSupportPlan.resoldUnifiedOperations.coverage | MANAGEMENT_ACCOUNT_ONLY | requestedSupportPlan | {"resoldUnifiedOperations":{"coverage":"MANAGEMENT_ACCOUNT_ONLY","tamLocation":"a"}}                        |

  @constraint
  Scenario Outline: UpdateRelationship accepts <member> <what>
    Given I am a principal of my own
    When I call UpdateRelationship with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                                                       | what                | top                  | value                                                                                                             |
      | catalog                                                      | at its maxLength 64 | catalog              | "{{chars 64}}"                                                                                                    |
      | catalog                                                      | at its minLength 1  | catalog              | "a"                                                                                                               |
      | displayName                                                  | at its maxLength 30 | displayName          | "{{chars 30}}"                                                                                                    |
      | displayName                                                  | at its minLength 1  | displayName          | "a"                                                                                                               |
      | requestedSupportPlan.resoldEnterprise.chargeAccountId        | at its maxLength 12 | requestedSupportPlan | {"resoldEnterprise":{"chargeAccountId":"aaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}        |
      | requestedSupportPlan.resoldEnterprise.chargeAccountId        | at its minLength 12 | requestedSupportPlan | {"resoldEnterprise":{"chargeAccountId":"aaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}        |
      | requestedSupportPlan.resoldUnifiedOperations.chargeAccountId | at its maxLength 12 | requestedSupportPlan | {"resoldUnifiedOperations":{"chargeAccountId":"aaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}} |
      | requestedSupportPlan.resoldUnifiedOperations.chargeAccountId | at its minLength 12 | requestedSupportPlan | {"resoldUnifiedOperations":{"chargeAccountId":"aaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}} |
      | revision                                                     | at its maxLength 10 | revision             | "aaaaaaaaaa"                                                                                                      |
      | revision                                                     | at its minLength 1  | revision             | "a"                                                                                                               |

  @constraint
  Scenario Outline: UpdateRelationship refuses <member> <what>
    Given I am a principal of my own
    When I call UpdateRelationship with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                                                       | what                        | top                                | value                                                                                                              |
      | catalog                                                      | one past its maxLength 64   | catalog                            | "{{chars 65}}"                                                                                                     |
      | catalog                                                      | one past its minLength 1    | catalog                            | ""                                                                                                                 |
      | displayName                                                  | one past its maxLength 30   | displayName                        | "{{chars 31}}"                                                                                                     |
      | displayName                                                  | one past its minLength 1    | displayName                        | ""                                                                                                                 |
      | identifier                                                   | one past its maxLength 1011 | identifier                         | "{{chars 1012}}"                                                                                                   |
      | identifier                                                   | one past its minLength 16   | identifier                         | "aaaaaaaaaaaaaaa"                                                                                                  |
      | programManagementAccountIdentifier                           | one past its maxLength 1011 | programManagementAccountIdentifier | "{{chars 1012}}"                                                                                                   |
      | programManagementAccountIdentifier                           | one past its minLength 17   | programManagementAccountIdentifier | "aaaaaaaaaaaaaaaa"                                                                                                 |
      | requestedSupportPlan.resoldEnterprise.chargeAccountId        | one past its maxLength 12   | requestedSupportPlan               | {"resoldEnterprise":{"chargeAccountId":"aaaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}        |
      | requestedSupportPlan.resoldEnterprise.chargeAccountId        | one past its minLength 12   | requestedSupportPlan               | {"resoldEnterprise":{"chargeAccountId":"aaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}          |
      | requestedSupportPlan.resoldUnifiedOperations.chargeAccountId | one past its maxLength 12   | requestedSupportPlan               | {"resoldUnifiedOperations":{"chargeAccountId":"aaaaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}} |
      | requestedSupportPlan.resoldUnifiedOperations.chargeAccountId | one past its minLength 12   | requestedSupportPlan               | {"resoldUnifiedOperations":{"chargeAccountId":"aaaaaaaaaaa","coverage":"ENTIRE_ORGANIZATION","tamLocation":"a"}}   |
      | revision                                                     | one past its maxLength 10   | revision                           | "aaaaaaaaaaa"                                                                                                      |
      | revision                                                     | one past its minLength 1    | revision                           | ""                                                                                                                 |

  @errors @mock-only
  Scenario: UpdateRelationship is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["UpdateRelationship"]}
      """
    When "refused" calls UpdateRelationship with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: UpdateRelationship answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["UpdateRelationship"]}
      """
    When "unlucky" calls UpdateRelationship with the example request
    Then the call was tried again after ThrottlingException
    And the call fails with InternalServerException
