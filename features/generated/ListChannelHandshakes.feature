# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: ListChannelHandshakes — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @enum
  Scenario Outline: ListChannelHandshakes accepts <member> = <what>, a value the model lists
    Given I am a principal of my own
    When I call ListChannelHandshakes with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                                                                    | what                       | top                  | value                                                                                 |
      | handshakeType                                                             | PROGRAM_MANAGEMENT_ACCOUNT | handshakeType        | "PROGRAM_MANAGEMENT_ACCOUNT"                                                          |
      | handshakeType                                                             | REVOKE_SERVICE_PERIOD      | handshakeType        | "REVOKE_SERVICE_PERIOD"                                                               |
      | handshakeType                                                             | START_SERVICE_PERIOD       | handshakeType        | "START_SERVICE_PERIOD"                                                                |
      | handshakeTypeFilters.programManagementAccountTypeFilters.programs[0]      | DISTRIBUTION               | handshakeTypeFilters | {"programManagementAccountTypeFilters":{"programs":["DISTRIBUTION"]}}                 |
      | handshakeTypeFilters.programManagementAccountTypeFilters.programs[0]      | DISTRIBUTION_SELLER        | handshakeTypeFilters | {"programManagementAccountTypeFilters":{"programs":["DISTRIBUTION_SELLER"]}}          |
      | handshakeTypeFilters.programManagementAccountTypeFilters.programs[0]      | MANAGED_SERVICES_PROVIDER  | handshakeTypeFilters | {"programManagementAccountTypeFilters":{"programs":["MANAGED_SERVICES_PROVIDER"]}}    |
      | handshakeTypeFilters.programManagementAccountTypeFilters.programs[0]      | SOLUTION_PROVIDER          | handshakeTypeFilters | {"programManagementAccountTypeFilters":{"programs":["SOLUTION_PROVIDER"]}}            |
      | handshakeTypeFilters.revokeServicePeriodTypeFilters.servicePeriodTypes[0] | FIXED_COMMITMENT_PERIOD    | handshakeTypeFilters | {"revokeServicePeriodTypeFilters":{"servicePeriodTypes":["FIXED_COMMITMENT_PERIOD"]}} |
      | handshakeTypeFilters.revokeServicePeriodTypeFilters.servicePeriodTypes[0] | MINIMUM_NOTICE_PERIOD      | handshakeTypeFilters | {"revokeServicePeriodTypeFilters":{"servicePeriodTypes":["MINIMUM_NOTICE_PERIOD"]}}   |
      | handshakeTypeFilters.startServicePeriodTypeFilters.servicePeriodTypes[0]  | FIXED_COMMITMENT_PERIOD    | handshakeTypeFilters | {"startServicePeriodTypeFilters":{"servicePeriodTypes":["FIXED_COMMITMENT_PERIOD"]}}  |
      | handshakeTypeFilters.startServicePeriodTypeFilters.servicePeriodTypes[0]  | MINIMUM_NOTICE_PERIOD      | handshakeTypeFilters | {"startServicePeriodTypeFilters":{"servicePeriodTypes":["MINIMUM_NOTICE_PERIOD"]}}    |
      | handshakeTypeSort.programManagementAccountTypeSort.sortBy                 | UpdatedAt                  | handshakeTypeSort    | {"programManagementAccountTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}}   |
      | handshakeTypeSort.programManagementAccountTypeSort.sortOrder              | Ascending                  | handshakeTypeSort    | {"programManagementAccountTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}}   |
      | handshakeTypeSort.programManagementAccountTypeSort.sortOrder              | Descending                 | handshakeTypeSort    | {"programManagementAccountTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Descending"}}  |
      | handshakeTypeSort.revokeServicePeriodTypeSort.sortBy                      | UpdatedAt                  | handshakeTypeSort    | {"revokeServicePeriodTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}}        |
      | handshakeTypeSort.revokeServicePeriodTypeSort.sortOrder                   | Ascending                  | handshakeTypeSort    | {"revokeServicePeriodTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}}        |
      | handshakeTypeSort.revokeServicePeriodTypeSort.sortOrder                   | Descending                 | handshakeTypeSort    | {"revokeServicePeriodTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Descending"}}       |
      | handshakeTypeSort.startServicePeriodTypeSort.sortBy                       | UpdatedAt                  | handshakeTypeSort    | {"startServicePeriodTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Descending"}}        |
      | handshakeTypeSort.startServicePeriodTypeSort.sortOrder                    | Ascending                  | handshakeTypeSort    | {"startServicePeriodTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}}         |
      | handshakeTypeSort.startServicePeriodTypeSort.sortOrder                    | Descending                 | handshakeTypeSort    | {"startServicePeriodTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Descending"}}        |
      | participantType                                                           | RECEIVER                   | participantType      | "RECEIVER"                                                                            |
      | participantType                                                           | SENDER                     | participantType      | "SENDER"                                                                              |
      | statuses[0]                                                               | ACCEPTED                   | statuses             | ["ACCEPTED"]                                                                          |
      | statuses[0]                                                               | CANCELED                   | statuses             | ["CANCELED"]                                                                          |
      | statuses[0]                                                               | EXPIRED                    | statuses             | ["EXPIRED"]                                                                           |
      | statuses[0]                                                               | PENDING                    | statuses             | ["PENDING"]                                                                           |
      | statuses[0]                                                               | REJECTED                   | statuses             | ["REJECTED"]                                                                          |

  @constraint
  Scenario Outline: ListChannelHandshakes accepts <member> <what>
    Given I am a principal of my own
    When I call ListChannelHandshakes with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member     | what                  | top        | value            |
      | catalog    | at its maxLength 64   | catalog    | "{{chars 64}}"   |
      | catalog    | at its minLength 1    | catalog    | "a"              |
      | maxResults | at its maximum 100    | maxResults | 100              |
      | maxResults | at its minimum 1      | maxResults | 1                |
      | nextToken  | at its maxLength 2048 | nextToken  | "{{chars 2048}}" |
      | nextToken  | at its minLength 1    | nextToken  | "a"              |

  @constraint
  Scenario Outline: ListChannelHandshakes refuses <member> <what>
    Given I am a principal of my own
    When I call ListChannelHandshakes with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                           | what                        | top                           | value               |
      | associatedResourceIdentifiers[0] | one past its maxLength 1011 | associatedResourceIdentifiers | ["{{chars 1012}}"]  |
      | associatedResourceIdentifiers[0] | one past its minLength 16   | associatedResourceIdentifiers | ["aaaaaaaaaaaaaaa"] |
      | catalog                          | one past its maxLength 64   | catalog                       | "{{chars 65}}"      |
      | catalog                          | one past its minLength 1    | catalog                       | ""                  |
      | maxResults                       | one past its maximum 100    | maxResults                    | 101                 |
      | maxResults                       | one past its minimum 1      | maxResults                    | 0                   |
      | nextToken                        | one past its maxLength 2048 | nextToken                     | "{{chars 2049}}"    |
      | nextToken                        | one past its minLength 1    | nextToken                     | ""                  |

  @errors @mock-only
  Scenario: ListChannelHandshakes is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["ListChannelHandshakes"]}
      """
    When "refused" calls ListChannelHandshakes with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: ListChannelHandshakes answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["ListChannelHandshakes"]}
      """
    When "unlucky" calls ListChannelHandshakes with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
