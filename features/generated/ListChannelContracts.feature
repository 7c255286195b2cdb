# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: ListChannelContracts — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @enum
  Scenario Outline: ListChannelContracts accepts <member> = <what>, a value the model lists
    Given I am a principal of my own
    When I call ListChannelContracts with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                                                        | what                         | top              | value                                                                                  |
      | contractType                                                  | MANAGED_SERVICES_ATTESTATION | contractType     | "MANAGED_SERVICES_ATTESTATION"                                                         |
      | contractTypeSort.managedServicesAttestationTypeSort.sortBy    | UpdatedAt                    | contractTypeSort | {"managedServicesAttestationTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}}  |
      | contractTypeSort.managedServicesAttestationTypeSort.sortOrder | Ascending                    | contractTypeSort | {"managedServicesAttestationTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}}  |
      | contractTypeSort.managedServicesAttestationTypeSort.sortOrder | Descending                   | contractTypeSort | {"managedServicesAttestationTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Descending"}} |
      | statuses[0]                                                   | ACCEPTED                     | statuses         | ["ACCEPTED"]                                                                           |
      | statuses[0]                                                   | CANCELED                     | statuses         | ["CANCELED"]                                                                           |
      | statuses[0]                                                   | EXPIRED                      | statuses         | ["EXPIRED"]                                                                            |
      | statuses[0]                                                   | INACTIVE                     | statuses         | ["INACTIVE"]                                                                           |
      | statuses[0]                                                   | PENDING                      | statuses         | ["PENDING"]                                                                            |

  @constraint
  Scenario Outline: ListChannelContracts accepts <member> <what>
    Given I am a principal of my own
    When I call ListChannelContracts with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                                                                        | what                  | top                 | value                                                                            |
      | catalog                                                                       | at its maxLength 64   | catalog             | "{{chars 64}}"                                                                   |
      | catalog                                                                       | at its minLength 1    | catalog             | "a"                                                                              |
      | contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[0] | at its maxLength 300  | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"legalEntityNames":["{{chars 300}}"]}} |
      | contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[0] | at its minLength 1    | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"legalEntityNames":["a"]}}             |
      | maxResults                                                                    | at its maximum 100    | maxResults          | 100                                                                              |
      | maxResults                                                                    | at its minimum 1      | maxResults          | 1                                                                                |
      | nextToken                                                                     | at its maxLength 2048 | nextToken           | "{{chars 2048}}"                                                                 |
      | nextToken                                                                     | at its minLength 1    | nextToken           | "a"                                                                              |

  @constraint
  Scenario Outline: ListChannelContracts refuses <member> <what>
    Given I am a principal of my own
    When I call ListChannelContracts with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                                                                               | what                        | top                 | value                                                                                     |
      | catalog                                                                              | one past its maxLength 64   | catalog             | "{{chars 65}}"                                                                            |
      | catalog                                                                              | one past its minLength 1    | catalog             | ""                                                                                        |
      | contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[0]        | one past its maxLength 300  | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"legalEntityNames":["{{chars 301}}"]}}          |
      | contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[0]        | one past its minLength 1    | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"legalEntityNames":[""]}}                       |
      | contractTypeFilters.managedServicesAttestationTypeFilters.relationshipIdentifiers[0] | one past its maxLength 1011 | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{chars 1012}}"]}}  |
      | contractTypeFilters.managedServicesAttestationTypeFilters.relationshipIdentifiers[0] | one past its minLength 16   | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["aaaaaaaaaaaaaaa"]}} |
      | maxResults                                                                           | one past its maximum 100    | maxResults          | 101                                                                                       |
      | maxResults                                                                           | one past its minimum 1      | maxResults          | 0                                                                                         |
      | nextToken                                                                            | one past its maxLength 2048 | nextToken           | "{{chars 2049}}"                                                                          |
      | nextToken                                                                            | one past its minLength 1    | nextToken           | ""                                                                                        |

  @errors @mock-only
  Scenario: ListChannelContracts is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["ListChannelContracts"]}
      """
    When "refused" calls ListChannelContracts with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: ListChannelContracts answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["ListChannelContracts"]}
      """
    When "unlucky" calls ListChannelContracts with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
