# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   clientToken at maxLength 64: at the bound: one fixed token would repeat a create of the last run within 24 hours
#   clientToken at minLength 1: at the bound: one fixed token would repeat a create of the last run within 24 hours
#   payload.managedServicesAttestationPayload.legalEntityAddress.addressLine at minLength 1: one past the bound: no value of length 0 meets its pattern \p{Z}*[^\p{C}\p{Z}][^\p{C}]*
#   payload.managedServicesAttestationPayload.legalEntityAddress.addressLine2 at minLength 1: one past the bound: no value of length 0 meets its pattern \p{Z}*[^\p{C}\p{Z}][^\p{C}]*
#   payload.managedServicesAttestationPayload.legalEntityAddress.city at minLength 1: one past the bound: no value of length 0 meets its pattern \p{Z}*[^\p{C}\p{Z}][^\p{C}]*
#   payload.managedServicesAttestationPayload.legalEntityAddress.countryCode at maxLength 2: one past the bound: no value of length 3 meets its pattern [A-Z]{2}
#   payload.managedServicesAttestationPayload.legalEntityAddress.countryCode at minLength 2: one past the bound: no value of length 1 meets its pattern [A-Z]{2}
#   payload.managedServicesAttestationPayload.legalEntityAddress.postalCode at minLength 1: one past the bound: no value of length 0 meets its pattern \p{Z}*[^\p{C}\p{Z}][^\p{C}]*
#   payload.managedServicesAttestationPayload.legalEntityAddress.stateOrRegion at minLength 1: one past the bound: no value of length 0 meets its pattern \p{Z}*[^\p{C}\p{Z}][^\p{C}]*
#   payload.managedServicesAttestationPayload.programManagementAccountIdentifier at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   payload.managedServicesAttestationPayload.programManagementAccountIdentifier at minLength 17: at the bound: it names what the probe made, at that resource's own length
#   payload.managedServicesAttestationPayload.programManagementAccountIdentifier at minLength 17: one past the bound: no value of length 16 meets its pattern (arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}
#   payload.managedServicesAttestationPayload.relationshipIdentifier at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   payload.managedServicesAttestationPayload.relationshipIdentifier at minLength 16: at the bound: it names what the probe made, at that resource's own length
#   payload.managedServicesAttestationPayload.relationshipIdentifier at minLength 16: one past the bound: no value of length 15 meets its pattern (arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/pma-[a-z0-9]{13}/relationship/)?rs-[a-z0-9]{13}
#   payload.managedServicesAttestationPayload.signatoryEmail at minLength 1: at the bound: no value of length 1 meets its pattern [^\s@]+@[^\s@]+\.[^\s@]+
#   payload.managedServicesAttestationPayload.signatoryEmail at minLength 1: one past the bound: no value of length 0 meets its pattern [^\s@]+@[^\s@]+\.[^\s@]+
@generated @op:CreateChannelContract
Feature: CreateChannelContract — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: CreateChannelContract accepts contractType = MANAGED_SERVICES_ATTESTATION, a value the model lists
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "contractType" as sent

  @enum @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.supportedServices[0] = ARTIFICIAL_INTELLIGENCE_AND_MACHINE_LEARNING_OPERATIONS, a value the model lists
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["ARTIFICIAL_INTELLIGENCE_AND_MACHINE_LEARNING_OPERATIONS","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.supportedServices[0]" as sent

  @enum @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.supportedServices[0] = BACKUP_AND_DISASTER_RECOVERY, a value the model lists
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["BACKUP_AND_DISASTER_RECOVERY","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.supportedServices[0]" as sent

  @enum @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.supportedServices[0] = FINANCIAL_OPERATIONS, a value the model lists
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["FINANCIAL_OPERATIONS","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.supportedServices[0]" as sent

  @enum @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.supportedServices[0] = INFRASTRUCTURE_AS_CODE_AND_AUTOMATION, a value the model lists
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["INFRASTRUCTURE_AS_CODE_AND_AUTOMATION","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.supportedServices[0]" as sent

  @enum @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.supportedServices[0] = MONITORING, a value the model lists
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.supportedServices[0]" as sent

  @enum @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.supportedServices[0] = PATCHING, a value the model lists
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["PATCHING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.supportedServices[0]" as sent

  @enum @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.supportedServices[0] = SECURITY, a value the model lists
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["SECURITY","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.supportedServices[0]" as sent

  @enum @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.supportedServices[0] = WELL_ARCHITECTED, a value the model lists
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["WELL_ARCHITECTED","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.supportedServices[0]" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses catalog one past its maxLength 64
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
    When I call CreateChannelContract with the example request and:
      | catalog | {{chars 65}}                                                                                                                                                                                                                                                                                                                                                                                                                                                  |
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract refuses catalog one past its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | catalog | ""                                                                                                                                                                                                                                                                                                                                                                                                                                                            |
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract refuses clientToken one past its maxLength 64
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
    When I call CreateChannelContract with the example request and:
      | clientToken | {{digits 65}}                                                                                                                                                                                                                                                                                                                                                                                                                                                 |
      | payload     | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "clientToken" [inferred]
    And the same request with "clientToken" as example-token-0001 is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract refuses clientToken one past its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | clientToken | ""                                                                                                                                                                                                                                                                                                                                                                                                                                                            |
      | payload     | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "clientToken" [inferred]
    And the same request with "clientToken" as example-token-0001 is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityAddress.addressLine at its maxLength 200
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"{{digits 200}}","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityAddress.addressLine" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.legalEntityAddress.addressLine one past its maxLength 200
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"{{digits 201}}","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.legalEntityAddress.addressLine" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.legalEntityAddress.addressLine" as 1 Example Street is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityAddress.addressLine at its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityAddress.addressLine" as sent

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityAddress.addressLine2 at its maxLength 200
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","addressLine2":"{{digits 200}}","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityAddress.addressLine2" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.legalEntityAddress.addressLine2 one past its maxLength 200
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","addressLine2":"{{digits 201}}","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.legalEntityAddress.addressLine2" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.legalEntityAddress.addressLine2" as {{digits 200}} is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityAddress.addressLine2 at its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","addressLine2":"1","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityAddress.addressLine2" as sent

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityAddress.city at its maxLength 50
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"{{digits 50}}","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityAddress.city" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.legalEntityAddress.city one past its maxLength 50
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"{{digits 51}}","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.legalEntityAddress.city" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.legalEntityAddress.city" as Seattle is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityAddress.city at its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"1","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityAddress.city" as sent

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityAddress.countryCode at its maxLength 2
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"AA","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityAddress.countryCode" as sent

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityAddress.postalCode at its maxLength 10
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"1111111111","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityAddress.postalCode" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.legalEntityAddress.postalCode one past its maxLength 10
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"11111111111","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.legalEntityAddress.postalCode" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.legalEntityAddress.postalCode" as "98101" is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityAddress.postalCode at its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"1","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityAddress.postalCode" as sent

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityAddress.stateOrRegion at its maxLength 50
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"{{digits 50}}"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityAddress.stateOrRegion" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.legalEntityAddress.stateOrRegion one past its maxLength 50
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"{{digits 51}}"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.legalEntityAddress.stateOrRegion" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.legalEntityAddress.stateOrRegion" as WA is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityAddress.stateOrRegion at its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"1"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityAddress.stateOrRegion" as sent

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityName at its maxLength 300
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"{{digits 300}}","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityName" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.legalEntityName one past its maxLength 300
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"{{digits 301}}","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.legalEntityName" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.legalEntityName" as Example Holdings Ltd is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.legalEntityName at its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"1","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.legalEntityName" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.legalEntityName one past its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.legalEntityName" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.legalEntityName" as Example Holdings Ltd is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.memberAccountIds[0] at its maxLength 12
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","memberAccountIds":["111111111111"],"programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.memberAccountIds[0]" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.memberAccountIds[0] one past its maxLength 12
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","memberAccountIds":["1111111111111"],"programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.memberAccountIds[0]" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.memberAccountIds[0]" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.memberAccountIds[0] one past its minLength 12
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","memberAccountIds":["11111111111"],"programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.memberAccountIds[0]" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.memberAccountIds[0]" as "111111111111" is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.programManagementAccountIdentifier one past its maxLength 1011
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"arn:a:partnercentral:1:111111111111:catalog/{{chars 923}}/program-management-account/pma-1111111111111","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.programManagementAccountIdentifier" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.programManagementAccountIdentifier" as {{pma.id}} is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.relationshipIdentifier one past its maxLength 1011
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"arn:a:partnercentral:1:111111111111:catalog/{{chars 893}}/program-management-account/pma-1111111111111/relationship/rs-1111111111111","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.relationshipIdentifier" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.relationshipIdentifier" as {{rs.id}} is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.signatoryEmail at its maxLength 256
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"1@1.{{digits 252}}","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.signatoryEmail" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.signatoryEmail one past its maxLength 256
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"1@1.{{digits 253}}","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.signatoryEmail" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.signatoryEmail" as pat@example.com is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.signatoryName at its maxLength 256
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"{{digits 256}}","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.signatoryName" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.signatoryName one past its maxLength 256
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"{{digits 257}}","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.signatoryName" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.signatoryName" as Pat Example is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts payload.managedServicesAttestationPayload.signatoryName at its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"1","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call succeeds
    And the answer or a read shows "payload.managedServicesAttestationPayload.signatoryName" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses payload.managedServicesAttestationPayload.signatoryName one past its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"","supportedServices":["MONITORING","PATCHING"]}} |
    Then the call fails with ValidationException
    And the error names "payload.managedServicesAttestationPayload.signatoryName" [inferred]
    And the same request with "payload.managedServicesAttestationPayload.signatoryName" as Pat Example is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts tags[0].key at its maxLength 128
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
      | tags    | [{"key":"{{digits 128}}","value":"1111111"}]                                                                                                                                                                                                                                                                                                                                                                                                                  |
    Then the call succeeds
    And the answer or a read shows "tags[0].key" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses tags[0].key one past its maxLength 128
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
      | tags    | [{"key":"{{digits 129}}","value":"1111111"}]                                                                                                                                                                                                                                                                                                                                                                                                                  |
    Then the call fails with ValidationException
    And the error names "tags[0].key" [inferred]
    And the same request with "tags[0].key" as {{digits 128}} is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts tags[0].key at its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
      | tags    | [{"key":"1","value":"1111111"}]                                                                                                                                                                                                                                                                                                                                                                                                                               |
    Then the call succeeds
    And the answer or a read shows "tags[0].key" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses tags[0].key one past its minLength 1
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
      | tags    | [{"key":"","value":"1111111"}]                                                                                                                                                                                                                                                                                                                                                                                                                                |
    Then the call fails with ValidationException
    And the error names "tags[0].key" [inferred]
    And the same request with "tags[0].key" as "1" is not refused for it

  @constraint @documented
  Scenario: CreateChannelContract accepts tags[0].value at its maxLength 256
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
      | tags    | [{"key":"1111111","value":"{{digits 256}}"}]                                                                                                                                                                                                                                                                                                                                                                                                                  |
    Then the call succeeds
    And the answer or a read shows "tags[0].value" as sent

  @constraint @documented
  Scenario: CreateChannelContract refuses tags[0].value one past its maxLength 256
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
    When I call CreateChannelContract with the example request and:
      | payload | {"managedServicesAttestationPayload":{"endDate":"2099-12-31T00:00:00Z","legalEntityAddress":{"addressLine":"1 Example Street","city":"Seattle","countryCode":"US","postalCode":"98101","stateOrRegion":"WA"},"legalEntityName":"Example Holdings Ltd","programManagementAccountIdentifier":"{{pma.id}}","relationshipIdentifier":"{{rs.id}}","signatoryEmail":"pat@example.com","signatoryName":"Pat Example","supportedServices":["MONITORING","PATCHING"]}} |
      | tags    | [{"key":"1111111","value":"{{digits 257}}"}]                                                                                                                                                                                                                                                                                                                                                                                                                  |
    Then the call fails with ValidationException
    And the error names "tags[0].value" [inferred]
    And the same request with "tags[0].value" as {{digits 256}} is not refused for it

  @errors @mock-only
  Scenario: CreateChannelContract is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["CreateChannelContract"]}
      """
    When "refused" calls CreateChannelContract with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: CreateChannelContract answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["CreateChannelContract"]}
      """
    When "unlucky" calls CreateChannelContract with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
