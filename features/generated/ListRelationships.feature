# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: ListRelationships — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @enum
  Scenario Outline: ListRelationships accepts <member> = <what>, a value the model lists
    Given I am a principal of my own
    When I call ListRelationships with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member              | what                          | top              | value                                           |
      | associationTypes[0] | DOWNSTREAM_SELLER             | associationTypes | ["DOWNSTREAM_SELLER"]                           |
      | associationTypes[0] | END_CUSTOMER                  | associationTypes | ["END_CUSTOMER"]                                |
      | associationTypes[0] | INTERNAL                      | associationTypes | ["INTERNAL"]                                    |
      | associationTypes[0] | MANAGED_SERVICES_END_CUSTOMER | associationTypes | ["MANAGED_SERVICES_END_CUSTOMER"]               |
      | sort.sortBy         | UpdatedAt                     | sort             | {"sortBy":"UpdatedAt","sortOrder":"Ascending"}  |
      | sort.sortOrder      | Ascending                     | sort             | {"sortBy":"UpdatedAt","sortOrder":"Ascending"}  |
      | sort.sortOrder      | Descending                    | sort             | {"sortBy":"UpdatedAt","sortOrder":"Descending"} |

  @constraint
  Scenario Outline: ListRelationships accepts <member> <what>
    Given I am a principal of my own
    When I call ListRelationships with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                  | what                  | top                  | value            |
      | associatedAccountIds[0] | at its maxLength 12   | associatedAccountIds | ["aaaaaaaaaaaa"] |
      | associatedAccountIds[0] | at its minLength 12   | associatedAccountIds | ["aaaaaaaaaaaa"] |
      | catalog                 | at its maxLength 64   | catalog              | "{{chars 64}}"   |
      | catalog                 | at its minLength 1    | catalog              | "a"              |
      | displayNames[0]         | at its maxLength 30   | displayNames         | ["{{chars 30}}"] |
      | displayNames[0]         | at its minLength 1    | displayNames         | ["a"]            |
      | maxResults              | at its maximum 100    | maxResults           | 100              |
      | maxResults              | at its minimum 1      | maxResults           | 1                |
      | nextToken               | at its maxLength 2048 | nextToken            | "{{chars 2048}}" |
      | nextToken               | at its minLength 1    | nextToken            | "a"              |

  @constraint
  Scenario Outline: ListRelationships refuses <member> <what>
    Given I am a principal of my own
    When I call ListRelationships with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                                 | what                        | top                                 | value                |
      | associatedAccountIds[0]                | one past its maxLength 12   | associatedAccountIds                | ["aaaaaaaaaaaaa"]    |
      | associatedAccountIds[0]                | one past its minLength 12   | associatedAccountIds                | ["aaaaaaaaaaa"]      |
      | catalog                                | one past its maxLength 64   | catalog                             | "{{chars 65}}"       |
      | catalog                                | one past its minLength 1    | catalog                             | ""                   |
      | displayNames[0]                        | one past its maxLength 30   | displayNames                        | ["{{chars 31}}"]     |
      | displayNames[0]                        | one past its minLength 1    | displayNames                        | [""]                 |
      | maxResults                             | one past its maximum 100    | maxResults                          | 101                  |
      | maxResults                             | one past its minimum 1      | maxResults                          | 0                    |
      | nextToken                              | one past its maxLength 2048 | nextToken                           | "{{chars 2049}}"     |
      | nextToken                              | one past its minLength 1    | nextToken                           | ""                   |
      | programManagementAccountIdentifiers[0] | one past its maxLength 1011 | programManagementAccountIdentifiers | ["{{chars 1012}}"]   |
      | programManagementAccountIdentifiers[0] | one past its minLength 17   | programManagementAccountIdentifiers | ["aaaaaaaaaaaaaaaa"] |

  @errors @mock-only
  Scenario: ListRelationships is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["ListRelationships"]}
      """
    When "refused" calls ListRelationships with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: ListRelationships answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["ListRelationships"]}
      """
    When "unlucky" calls ListRelationships with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
