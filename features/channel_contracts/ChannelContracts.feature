@channel-contracts @mutating
Feature: Channel contracts (managed services attestations)

  Background:
    Given I am "sender"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | associatedAccountId                | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | requestedSupportPlan               | (absent)                      |
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | startDate                          | "2026-01-01T00:00:00Z"        |
    And I remember the response "relationshipDetail" as "rs"

  @documented @lifecycle @op:CreateChannelContract @op:GetChannelContract @op:GetRelationship
  Scenario: in the Sandbox catalog a contract is accepted at once and is the relationship's contract in effect
    When I call CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.arn}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.arn}} |
    Then the call succeeds
    And the response "channelContractDetail.id" matches "^cc-[a-z0-9]{13}$"
    And the response "channelContractDetail.arn" matches "^arn:aws:partnercentral:us-east-1:{{principal.sender.accountId}}:catalog/{{catalog}}/channel-contract/cc-[a-z0-9]{13}$"
    And I remember the response "channelContractDetail" as "cc"
    When I call GetChannelContract with the example request and:
      | identifier | {{cc.arn}} |
    Then the call succeeds
    And the response "channelContractDetail.status" equals "ACCEPTED"
    And the response "channelContractDetail.respondedAt" matches "^\d{4}-\d{2}-\d{2}T"
    And the response "channelContractDetail.details.managedServicesAttestationDetails.relationshipIdentifier" equals {{rs.id}} [inferred]
    When I call GetRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}} |
      | identifier                         | {{rs.id}}  |
    Then the response "relationshipDetail.channelContractId" equals {{cc.id}}

  @documented @required @op:CreateChannelContract
  Scenario Outline: a request without <member> is rejected naming it
    When I call CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | <member>                                                                     | (absent)   |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the error reason is REQUEST_VALIDATION_FAILED [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member                                                    |
      | catalog                                                   |
      | contractType                                              |
      | payload                                                   |
      | payload.managedServicesAttestationPayload.legalEntityName |
      | payload.managedServicesAttestationPayload.endDate         |
      | payload.managedServicesAttestationPayload.supportedServices |
      | payload.managedServicesAttestationPayload.legalEntityAddress |
      | payload.managedServicesAttestationPayload.signatoryName   |
      | payload.managedServicesAttestationPayload.signatoryEmail  |
      | payload.managedServicesAttestationPayload.legalEntityAddress.countryCode |

  @documented @enum @op:CreateChannelContract
  Scenario Outline: the supported service <service> is accepted
    When I call CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}       |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}}      |
      | payload.managedServicesAttestationPayload.supportedServices                  | ["<service>"]   |
    Then the call succeeds

    Examples:
      | service                                               |
      | MONITORING                                            |
      | PATCHING                                              |
      | SECURITY                                              |
      | BACKUP_AND_DISASTER_RECOVERY                          |
      | FINANCIAL_OPERATIONS                                  |
      | INFRASTRUCTURE_AS_CODE_AND_AUTOMATION                 |
      | WELL_ARCHITECTED                                      |
      | ARTIFICIAL_INTELLIGENCE_AND_MACHINE_LEARNING_OPERATIONS |

  @documented @enum @union @constraint @op:CreateChannelContract
  Scenario Outline: <what> is rejected naming <member>
    When I call CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | <member>                                                                     | <value>    |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | what                             | member                                                      | value              |
      | an unknown contract type         | contractType                                                | SERVICE_AGREEMENT  |
      | an empty payload union           | payload                                                     | {}                 |
      | a signatory email without an at  | payload.managedServicesAttestationPayload.signatoryEmail    | "pat.example.com"  |
      | a three-letter country code      | payload.managedServicesAttestationPayload.legalEntityAddress.countryCode | "USA" |
      | a contract id of the wrong form  | payload.managedServicesAttestationPayload.relationshipIdentifier | "cc-0123456789abc" |

  @documented @enum @op:CreateChannelContract
  Scenario: an unknown supported service is rejected naming it
    When I call CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}     |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}}    |
      | payload.managedServicesAttestationPayload.supportedServices                  | ["GARDENING"] |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.supportedServices[0]" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.supportedServices[0]" as in the example is not refused for it

  @documented @constraint @op:CreateChannelContract
  Scenario Outline: <member> of <length> characters is accepted, one more is refused naming it
    When I call CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}         |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}}        |
      | <member>                                                                     | {{chars <length>}} |
    Then the call succeeds
    When I call CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}          |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}}         |
      | <member>                                                                     | {{chars <beyond>}} |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member                                                               | length | beyond |
      | payload.managedServicesAttestationPayload.legalEntityName            | 300    | 301    |
      | payload.managedServicesAttestationPayload.signatoryName              | 256    | 257    |
      | payload.managedServicesAttestationPayload.legalEntityAddress.addressLine | 200 | 201    |
      | payload.managedServicesAttestationPayload.legalEntityAddress.city    | 50     | 51     |

  @documented @op:CreateChannelContract
  Scenario: member accounts are not allowed when the account scope is the entire organization
    Given I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | associatedAccountId                | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | requestedSupportPlan               | (absent)                      |
      | accountScope                       | ENTIRE_ORGANIZATION           |
    And I remember the response "relationshipDetail" as "org"
    When I call CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{org.id}}           |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}}           |
      | payload.managedServicesAttestationPayload.memberAccountIds                   | ["{{random.accountId}}"] |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.memberAccountIds" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.memberAccountIds" as in the example is not refused for it

  @documented @op:CreateChannelContract
  Scenario: the end date must be after the start date of the relationship
    When I call CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}              |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}}             |
      | payload.managedServicesAttestationPayload.endDate                            | "2025-06-30T00:00:00Z" |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.endDate" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.endDate" as in the example is not refused for it

  @inferred @op:CreateChannelContract
  Scenario: an attestation for a relationship that is not a managed services one is refused
    Given I have called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}           |
      | associatedAccountId                | {{random.accountId}} |
    And I remember the response "relationshipDetail" as "resale"
    When I call CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{resale.id}} |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}}    |
    Then the call fails with ValidationException
    And the error reason is BUSINESS_VALIDATION_FAILED

  @inferred @errors @op:CreateChannelContract @op:GetChannelContract @op:CancelChannelContract
  Scenario: only the owner sees its contracts
    Given I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelContractDetail" as "cc"
    When "receiver" calls GetChannelContract with the example request and:
      | identifier | {{cc.id}} |
    Then the call fails with ResourceNotFoundException
    When "receiver" calls CancelChannelContract with the example request and:
      | identifier | {{cc.id}} |
    Then the call fails with ResourceNotFoundException
    When I call CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | rs-0000000000000 |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}}       |
    Then the call fails with ResourceNotFoundException

  @documented @lifecycle @op:CancelChannelContract
  Scenario: an accepted contract cannot be canceled
    Given I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I remember the response "channelContractDetail" as "cc"
    When I call CancelChannelContract with the example request and:
      | identifier | {{cc.id}} |
    Then the call fails with ValidationException

  @documented @lifecycle @mock-only @op:CancelChannelContract @op:GetChannelContract
  Scenario: in the AWS catalog a contract waits for its signatory and may be canceled once, keeping its reason
    Given I have called CreateProgramManagementAccount with the example request and:
      | catalog   | AWS                       |
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "awsPma"
    And I have called CreateRelationship with the example request and:
      | catalog                            | AWS                           |
      | programManagementAccountIdentifier | {{awsPma.id}}                 |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | associatedAccountId                | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | requestedSupportPlan               | (absent)                      |
    And I remember the response "relationshipDetail" as "awsRs"
    And I have called CreateChannelContract with the example request and:
      | catalog                                                                      | AWS           |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{awsRs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{awsPma.id}} |
    And I remember the response "channelContractDetail" as "cc"
    When I call GetChannelContract with the example request and:
      | catalog    | AWS       |
      | identifier | {{cc.id}} |
    Then the response "channelContractDetail.status" equals "PENDING" [inferred]
    And the response "channelContractDetail.respondedAt" is absent
    When I page through ListChannelContracts with maxResults 10 and:
      | catalog             | AWS                                                                                      |
      | statuses            | ["PENDING"]                                                                              |
      | contractTypeFilters | {"managedServicesAttestationTypeFilters": {"relationshipIdentifiers": ["{{awsRs.id}}"]}} |
    Then some collected item has "id" equal to {{cc.id}}
    And every collected item has "status" equal to "PENDING"
    When I call CreateChannelContract with the example request and:
      | catalog                                                                      | AWS           |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{awsRs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{awsPma.id}} |
    Then the call fails with ConflictException [inferred]
    When I call CancelChannelContract with the example request and:
      | catalog    | AWS                |
      | identifier | {{cc.id}}          |
      | reason     | "first reason"     |
    Then the call succeeds
    And the response "channelContractDetail.status" equals "CANCELED"
    And the response "channelContractDetail.cancellationReason" equals "first reason"
    And I remember the request as "firstCancel"
    When I call CancelChannelContract with the example request and:
      | catalog     | AWS                         |
      | identifier  | {{cc.arn}}                  |
      | reason      | "another reason, same token" |
      | clientToken | {{firstCancel.clientToken}} |
    Then the call fails with ConflictException [inferred]
    When I page through ListChannelContracts with maxResults 10 and:
      | catalog             | AWS                                                                                      |
      | statuses            | ["CANCELED"]                                                                              |
      | contractTypeFilters | {"managedServicesAttestationTypeFilters": {"relationshipIdentifiers": ["{{awsRs.id}}"]}} |
    Then some collected item has "id" equal to {{cc.id}}
    And every collected item has "status" equal to "CANCELED"
    When I call CancelChannelContract with the example request and:
      | catalog    | AWS             |
      | identifier | {{cc.arn}}      |
      | reason     | "second reason" |
    Then the call fails with ValidationException
    When I call GetChannelContract with the example request and:
      | catalog    | AWS       |
      | identifier | {{cc.id}} |
    Then the response "channelContractDetail.cancellationReason" equals "first reason"

  @inferred @lifecycle @mock-only @serial @op:CancelChannelContract @op:GetChannelContract
  Scenario: an unsigned contract expires after 30 days and can no longer be canceled
    Given I have called CreateProgramManagementAccount with the example request and:
      | catalog   | AWS                       |
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "awsPma"
    And I have called CreateRelationship with the example request and:
      | catalog                            | AWS                           |
      | programManagementAccountIdentifier | {{awsPma.id}}                 |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | associatedAccountId                | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | requestedSupportPlan               | (absent)                      |
    And I remember the response "relationshipDetail" as "awsRs"
    And I have called CreateChannelContract with the example request and:
      | catalog                                                                      | AWS           |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{awsRs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{awsPma.id}} |
    And I remember the response "channelContractDetail" as "cc"
    When the mock clock moves forward 30 days
    And I call CancelChannelContract with the example request and:
      | catalog    | AWS       |
      | identifier | {{cc.id}} |
    Then the call fails with ValidationException [documented]
    When I call GetChannelContract with the example request and:
      | catalog    | AWS       |
      | identifier | {{cc.id}} |
    Then the response "channelContractDetail.status" equals "EXPIRED"
    When I page through ListChannelContracts with maxResults 10 and:
      | catalog             | AWS                                                                                      |
      | statuses            | ["EXPIRED"]                                                                              |
      | contractTypeFilters | {"managedServicesAttestationTypeFilters": {"relationshipIdentifiers": ["{{awsRs.id}}"]}} |
    Then some collected item has "id" equal to {{cc.id}}
    And every collected item has "status" equal to "EXPIRED"

  @inferred @lifecycle @mock-only @op:GetChannelContract @op:GetRelationship @op:DeleteRelationship
  Scenario: a signed contract takes effect, a newer one replaces it, and deleting the relationship ends it
    Given I have called CreateProgramManagementAccount with the example request and:
      | catalog   | AWS                       |
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "awsPma"
    And I have called CreateRelationship with the example request and:
      | catalog                            | AWS                           |
      | programManagementAccountIdentifier | {{awsPma.id}}                 |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | associatedAccountId                | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | requestedSupportPlan               | (absent)                      |
    And I remember the response "relationshipDetail" as "awsRs"
    And I have called CreateChannelContract with the example request and:
      | catalog                                                                      | AWS           |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{awsRs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{awsPma.id}} |
    And I remember the response "channelContractDetail" as "first"
    Given I post to the mock's admin API at "/_mock/channel-contracts/{{first.id}}/sign" and remember the answer as "signed":
      """
      {}
      """
    When I call GetRelationship with the example request and:
      | catalog                            | AWS           |
      | programManagementAccountIdentifier | {{awsPma.id}} |
      | identifier                         | {{awsRs.id}}  |
    Then the response "relationshipDetail.channelContractId" equals {{first.id}}
    And the response "relationshipDetail.endDate" equals "2099-12-31T00:00:00Z"
    Given I have called CreateChannelContract with the example request and:
      | catalog                                                                      | AWS           |
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{awsRs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{awsPma.id}} |
    And I remember the response "channelContractDetail" as "second"
    Given I post to the mock's admin API at "/_mock/channel-contracts/{{second.id}}/sign" and remember the answer as "signed":
      """
      {}
      """
    When I call GetChannelContract with the example request and:
      | catalog    | AWS          |
      | identifier | {{first.id}} |
    Then the response "channelContractDetail.status" equals "INACTIVE"
    When I call GetRelationship with the example request and:
      | catalog                            | AWS           |
      | programManagementAccountIdentifier | {{awsPma.id}} |
      | identifier                         | {{awsRs.id}}  |
    Then the response "relationshipDetail.channelContractId" equals {{second.id}}
    When I call DeleteRelationship with the example request and:
      | catalog                            | AWS           |
      | programManagementAccountIdentifier | {{awsPma.id}} |
      | identifier                         | {{awsRs.id}}  |
    Then the call succeeds
    When I call GetChannelContract with the example request and:
      | catalog    | AWS           |
      | identifier | {{second.id}} |
    Then the response "channelContractDetail.status" equals "INACTIVE"

  @documented @pagination @op:ListChannelContracts
  Scenario: contracts are listed by status, relationship and legal entity, paged, and sorted by UpdatedAt
    Given I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}          |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}}         |
      | payload.managedServicesAttestationPayload.legalEntityName                    | "Other Entity Inc" |
    And I remember the response "channelContractDetail" as "latest"
    When I page through ListChannelContracts with maxResults 1 and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters": {"relationshipIdentifiers": ["{{rs.arn}}"]}} |
      | contractTypeSort    | {"managedServicesAttestationTypeSort": {"sortOrder": "Ascending", "sortBy": "UpdatedAt"}} |
    Then 3 items were collected
    And every collected item has a distinct "id"
    And the collected items are ordered by "updatedAt" ascending
    When I page through ListChannelContracts with maxResults 10 and:
      | statuses            | ["ACCEPTED"]                                                                            |
      | contractTypeFilters | {"managedServicesAttestationTypeFilters": {"relationshipIdentifiers": ["{{rs.id}}"]}} |
    Then 1 item was collected [inferred]
    And every collected item has "id" equal to {{latest.id}}
    When I page through ListChannelContracts with maxResults 10 and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters": {"legalEntityNames": ["Other Entity Inc"], "relationshipIdentifiers": ["{{rs.id}}"]}} |
    Then 1 item was collected
    And every collected item has "details.managedServicesAttestationDetails.legalEntityName" equal to "Other Entity Inc"

  @documented @enum @op:CreateChannelContract @op:GetChannelContract @op:ListChannelContracts
  Scenario: a contract that names every supported service reads and lists them all back
    Given "services" is ["ARTIFICIAL_INTELLIGENCE_AND_MACHINE_LEARNING_OPERATIONS", "BACKUP_AND_DISASTER_RECOVERY", "FINANCIAL_OPERATIONS", "INFRASTRUCTURE_AS_CODE_AND_AUTOMATION", "MONITORING", "PATCHING", "SECURITY", "WELL_ARCHITECTED"]
    And I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}    |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}}   |
      | payload.managedServicesAttestationPayload.supportedServices                  | {{services}} |
    And I remember the response "channelContractDetail" as "cc"
    When I call GetChannelContract with the example request and:
      | identifier | {{cc.id}} |
    Then the response "channelContractDetail.details.managedServicesAttestationDetails.supportedServices" equals {{services}}
    When I page through ListChannelContracts with maxResults 10 and:
      | contractTypeFilters | {"managedServicesAttestationTypeFilters": {"relationshipIdentifiers": ["{{rs.id}}"]}} |
    Then some collected item has "id" equal to {{cc.id}}
    And some collected item has "details.managedServicesAttestationDetails.supportedServices" equal to {{services}}

  @documented @op:TagResource @op:ListTagsForResource
  Scenario: a channel contract is taggable
    Given I have called CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
      | tags | [{"key": "team", "value": "msp"}] |
    And I remember the response "channelContractDetail" as "cc"
    When I call TagResource with the example request and:
      | resourceArn | {{cc.arn}}                             |
      | tags        | [{"key": "stage", "value": "pilot"}] |
    Then the call succeeds
    When I call ListTagsForResource with the example request and:
      | resourceArn | {{cc.arn}} |
    Then the response "tags" has 2 items
