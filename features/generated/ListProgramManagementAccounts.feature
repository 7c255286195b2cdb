# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: ListProgramManagementAccounts — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @enum
  Scenario Outline: ListProgramManagementAccounts accepts <member> = <what>, a value the model lists
    Given I am a principal of my own
    When I call ListProgramManagementAccounts with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member         | what                      | top      | value                                           |
      | programs[0]    | DISTRIBUTION              | programs | ["DISTRIBUTION"]                                |
      | programs[0]    | DISTRIBUTION_SELLER       | programs | ["DISTRIBUTION_SELLER"]                         |
      | programs[0]    | MANAGED_SERVICES_PROVIDER | programs | ["MANAGED_SERVICES_PROVIDER"]                   |
      | programs[0]    | SOLUTION_PROVIDER         | programs | ["SOLUTION_PROVIDER"]                           |
      | sort.sortBy    | UpdatedAt                 | sort     | {"sortBy":"UpdatedAt","sortOrder":"Descending"} |
      | sort.sortOrder | Ascending                 | sort     | {"sortBy":"UpdatedAt","sortOrder":"Ascending"}  |
      | sort.sortOrder | Descending                | sort     | {"sortBy":"UpdatedAt","sortOrder":"Descending"} |
      | statuses[0]    | ACTIVE                    | statuses | ["ACTIVE"]                                      |
      | statuses[0]    | INACTIVE                  | statuses | ["INACTIVE"]                                    |
      | statuses[0]    | PENDING                   | statuses | ["PENDING"]                                     |
      | type           | MANAGED_SERVICES          | type     | "MANAGED_SERVICES"                              |
      | type           | RESALE_BILLING_TRANSFER   | type     | "RESALE_BILLING_TRANSFER"                       |

  @constraint
  Scenario Outline: ListProgramManagementAccounts accepts <member> <what>
    Given I am a principal of my own
    When I call ListProgramManagementAccounts with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member          | what                  | top          | value            |
      | accountIds[0]   | at its maxLength 12   | accountIds   | ["aaaaaaaaaaaa"] |
      | accountIds[0]   | at its minLength 12   | accountIds   | ["aaaaaaaaaaaa"] |
      | catalog         | at its maxLength 64   | catalog      | "{{chars 64}}"   |
      | catalog         | at its minLength 1    | catalog      | "a"              |
      | displayNames[0] | at its maxLength 30   | displayNames | ["{{chars 30}}"] |
      | displayNames[0] | at its minLength 1    | displayNames | ["a"]            |
      | maxResults      | at its maximum 100    | maxResults   | 100              |
      | maxResults      | at its minimum 1      | maxResults   | 1                |
      | nextToken       | at its maxLength 2048 | nextToken    | "{{chars 2048}}" |
      | nextToken       | at its minLength 1    | nextToken    | "a"              |

  @constraint
  Scenario Outline: ListProgramManagementAccounts refuses <member> <what>
    Given I am a principal of my own
    When I call ListProgramManagementAccounts with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member          | what                        | top          | value             |
      | accountIds[0]   | one past its maxLength 12   | accountIds   | ["aaaaaaaaaaaaa"] |
      | accountIds[0]   | one past its minLength 12   | accountIds   | ["aaaaaaaaaaa"]   |
      | catalog         | one past its maxLength 64   | catalog      | "{{chars 65}}"    |
      | catalog         | one past its minLength 1    | catalog      | ""                |
      | displayNames[0] | one past its maxLength 30   | displayNames | ["{{chars 31}}"]  |
      | displayNames[0] | one past its minLength 1    | displayNames | [""]              |
      | maxResults      | one past its maximum 100    | maxResults   | 101               |
      | maxResults      | one past its minimum 1      | maxResults   | 0                 |
      | nextToken       | one past its maxLength 2048 | nextToken    | "{{chars 2049}}"  |
      | nextToken       | one past its minLength 1    | nextToken    | ""                |

  @errors @mock-only
  Scenario: ListProgramManagementAccounts is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["ListProgramManagementAccounts"]}
      """
    When "refused" calls ListProgramManagementAccounts with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: ListProgramManagementAccounts answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["ListProgramManagementAccounts"]}
      """
    When "unlucky" calls ListProgramManagementAccounts with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
