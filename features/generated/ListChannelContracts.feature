# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   statuses[] = CANCELED sent: statuses[0] = CANCELED: a contract waits PENDING only in the AWS catalog, which a run against a service never writes to; the channel contract lifecycle (fuzz --lifecycle) moves one on the mock
#   statuses[] = EXPIRED sent: statuses[0] = EXPIRED: a contract waits PENDING only in the AWS catalog, which a run against a service never writes to; the channel contract lifecycle (fuzz --lifecycle) moves one on the mock
#   statuses[] = PENDING sent: statuses[0] = PENDING: a contract waits PENDING only in the AWS catalog, which a run against a service never writes to; the channel contract lifecycle (fuzz --lifecycle) moves one on the mock
#   catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[] at maxLength 300: at the bound: it names what the probe made, at that resource's own length
#   contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[] at minLength 1: at the bound: it names what the probe made, at that resource's own length
#   contractTypeFilters.managedServicesAttestationTypeFilters.relationshipIdentifiers[] at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   contractTypeFilters.managedServicesAttestationTypeFilters.relationshipIdentifiers[] at minLength 16: at the bound: it names what the probe made, at that resource's own length
#   contractTypeFilters.managedServicesAttestationTypeFilters.relationshipIdentifiers[] at minLength 16: one past the bound: no value of length 15 meets its pattern (arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}
#   nextToken at maxLength 2048: at the bound: a token is taken only as the service issued it
#   nextToken at minLength 1: at the bound: a token is taken only as the service issued it
@generated @op:ListChannelContracts
Feature: ListChannelContracts — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: ListChannelContracts accepts contractType = MANAGED_SERVICES_ATTESTATION, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}} |
    Then the call succeeds
    And the answer or a read shows "contractType" as sent

  @enum @documented
  Scenario: ListChannelContracts accepts contractTypeSort.managedServicesAttestationTypeSort.sortBy = UpdatedAt, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}}   |
      | contractTypeSort    | {"managedServicesAttestationTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}} |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelContracts accepts contractTypeSort.managedServicesAttestationTypeSort.sortOrder = Ascending, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}}   |
      | contractTypeSort    | {"managedServicesAttestationTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Ascending"}} |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelContracts accepts contractTypeSort.managedServicesAttestationTypeSort.sortOrder = Descending, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}}    |
      | contractTypeSort    | {"managedServicesAttestationTypeSort":{"sortBy":"UpdatedAt","sortOrder":"Descending"}} |
    Then the call succeeds

  @enum @documented
  Scenario: ListChannelContracts accepts statuses[0] = ACCEPTED, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}} |
      | statuses            | ["ACCEPTED"]                                                                        |
    Then the call succeeds
    And the answer or a read shows "statuses[0]" as sent

  @enum @documented
  Scenario: ListChannelContracts accepts statuses[0] = INACTIVE, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc2"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}} |
      | statuses            | ["INACTIVE"]                                                                        |
    Then the call succeeds
    And the answer or a read shows "statuses[0]" as sent

  @constraint @documented
  Scenario: ListChannelContracts refuses catalog one past its maxLength 64
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | catalog             | {{chars 65}}                                                                        |
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}} |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: ListChannelContracts refuses catalog one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | catalog             | ""                                                                                  |
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}} |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: ListChannelContracts refuses contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[0] one past its maxLength 300
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"legalEntityNames":["{{digits 301}}"]}} |
    Then the call fails with ValidationException
    And the error names "contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[0]" [inferred]
    And the same request with "contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[0]" as {{digits 300}} is not refused for it

  @constraint @documented
  Scenario: ListChannelContracts refuses contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[0] one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"legalEntityNames":[""]}} |
    Then the call fails with ValidationException
    And the error names "contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[0]" [inferred]
    And the same request with "contractTypeFilters.managedServicesAttestationTypeFilters.legalEntityNames[0]" as "1" is not refused for it

  @constraint @documented
  Scenario: ListChannelContracts refuses contractTypeFilters.managedServicesAttestationTypeFilters.relationshipIdentifiers[0] one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["arn:a:partnercentral:1:111111111111:catalog/{{chars 893}}/program-management-account/pma-1111111111111/relationship/rs-1111111111111"]}} |
    Then the call fails with ValidationException
    And the error names "contractTypeFilters.managedServicesAttestationTypeFilters.relationshipIdentifiers[0]" [inferred]
    And the same request with "contractTypeFilters.managedServicesAttestationTypeFilters.relationshipIdentifiers[0]" as {{rs.id}} is not refused for it

  @constraint @documented
  Scenario: ListChannelContracts accepts maxResults at its maximum 100
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}} |
      | maxResults          | 100                                                                                 |
    Then the call succeeds

  @constraint @documented
  Scenario: ListChannelContracts refuses maxResults one past its maximum 100
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}} |
      | maxResults          | 101                                                                                 |
    Then the call fails with ValidationException
    And the error names "maxResults" [inferred]
    And the same request with "maxResults" as 10 is not refused for it

  @constraint @documented
  Scenario: ListChannelContracts accepts maxResults at its minimum 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}} |
      | maxResults          | 1                                                                                   |
    Then the call succeeds

  @constraint @documented
  Scenario: ListChannelContracts refuses maxResults one past its minimum 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}} |
      | maxResults          | 0                                                                                   |
    Then the call fails with ValidationException
    And the error names "maxResults" [inferred]
    And the same request with "maxResults" as 10 is not refused for it

  @constraint @documented
  Scenario: ListChannelContracts refuses nextToken one past its maxLength 2048
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}} |
      | nextToken           | {{digits 2049}}                                                                     |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]
    And the same request with "nextToken" as (absent) is not refused for it

  @constraint @documented
  Scenario: ListChannelContracts refuses nextToken one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | associatedAccountId                | (absent)                      |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | requestedSupportPlan               | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | startDate                          | 2026-01-01T00:00:00Z          |
    And I remember the response "relationshipDetail" as "rs"
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
    And I remember the response "channelContractDetail" as "cc"
    When I call ListChannelContracts with the example request and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters":{"relationshipIdentifiers":["{{rs.id}}"]}} |
      | nextToken           | ""                                                                                  |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]
    And the same request with "nextToken" as (absent) is not refused for it

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
