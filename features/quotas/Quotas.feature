@quotas @errors @mock-only @mutating
Feature: Service quotas: one more than an account's quota allows is refused

  Each scenario acts as an account of its own whose quota the mock sets to what it already has, as
  Service Quotas would after an account reached its limit; the next create is then
  ServiceQuotaExceededException, with the quota's code.

  @inferred @op:CreateProgramManagementAccount
  Scenario: a program management account past the quota
    Given the mock has a principal "capped" with the policy:
      """
      {"quotas": {"CreateProgramManagementAccount": 1}}
      """
    And "capped" has called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    When "capped" calls CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    Then the call fails with ServiceQuotaExceededException
    And the response "quotaCode" matches "^L-"

  @inferred @op:CreateRelationship
  Scenario: a relationship past the quota
    Given the mock has a principal "capped" with the policy:
      """
      {"quotas": {"CreateRelationship": 0}}
      """
    And "capped" has called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When "capped" calls CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}           |
      | associatedAccountId                | {{random.accountId}} |
    Then the call fails with ServiceQuotaExceededException

  @inferred @op:CreateChannelHandshake
  Scenario: a channel handshake past the quota
    Given the mock has a principal "capped" with the policy:
      """
      {"quotas": {"CreateChannelHandshake": 0}}
      """
    And "capped" has called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When "capped" calls CreateChannelHandshake with the example request and:
      | handshakeType                | PROGRAM_MANAGEMENT_ACCOUNT |
      | associatedResourceIdentifier | {{pma.id}}                 |
      | payload                      | (absent)                   |
    Then the call fails with ServiceQuotaExceededException

  @inferred @op:CreateChannelContract
  Scenario: a channel contract past the quota
    Given the mock has a principal "capped" with the policy:
      """
      {"quotas": {"CreateChannelContract": 0}}
      """
    And "capped" has called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the response "programManagementAccountDetail" as "pma"
    And "capped" has called CreateRelationship with the example request and:
      | programManagementAccountIdentifier | {{pma.id}}                    |
      | associationType                    | MANAGED_SERVICES_END_CUSTOMER |
      | associatedAccountId                | (absent)                      |
      | resaleAccountModel                 | (absent)                      |
      | requestedSupportPlan               | (absent)                      |
      | accountScope                       | SPECIFIC_MEMBER_ACCOUNTS      |
      | startDate                          | "2026-01-01T00:00:00Z"        |
    And I remember the response "relationshipDetail" as "rs"
    When "capped" calls CreateChannelContract with the example request and:
      | payload.managedServicesAttestationPayload.relationshipIdentifier             | {{rs.id}}  |
      | payload.managedServicesAttestationPayload.programManagementAccountIdentifier | {{pma.id}} |
    Then the call fails with ServiceQuotaExceededException

  @inferred @op:CreateConnectionInvitation
  Scenario: a connection invitation past the quota
    Given the mock has a principal "capped" with the policy:
      """
      {"quotas": {"CreateConnectionInvitation": 0}}
      """
    When "capped" calls CreateConnectionInvitation with the example request and:
      | ReceiverIdentifier | {{random.accountId}} |
    Then the call fails with ServiceQuotaExceededException
    And the error reason is LIMIT_EXCEEDED_NUMBER_OF_OPEN_CONNECTION_INVITATION

  @inferred @op:AcceptConnectionInvitation
  Scenario: accepting an invitation past the quota of connections
    Given the mock has a principal "capped" with the policy:
      """
      {"quotas": {"AcceptConnectionInvitation": 0}}
      """
    And "sender" has called CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                     |
      | ReceiverIdentifier | {{principal.capped.accountId}} |
    And I remember the response as "inv"
    When "capped" calls AcceptConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the call fails with ServiceQuotaExceededException
    And the error reason is LIMIT_EXCEEDED_NUMBER_OF_ACTIVE_CONNECTION
    When "capped" calls GetConnectionInvitation with the example request and:
      | Identifier | {{inv.Id}} |
    Then the response "Status" equals "PENDING" [safety]
