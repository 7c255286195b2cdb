# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   statuses[] = ACTIVE sent: statuses[0] = ACTIVE: a PMA is ACTIVE once the receiver accepts its handshake, and a PMA's receiver is its account: one account's PMA per program, which probes running side by side would share; the lifecycle journeys list active ones
#   statuses[] = INACTIVE sent: statuses[0] = INACTIVE: no operation of the contract makes a PMA inactive
#   accountIds[] at maxLength 12: at the bound: it names what the probe made, at that resource's own length
#   accountIds[] at minLength 12: at the bound: it names what the probe made, at that resource's own length
#   catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   nextToken at maxLength 2048: at the bound: a token is taken only as the service issued it
#   nextToken at minLength 1: at the bound: a token is taken only as the service issued it
@generated @op:ListProgramManagementAccounts
Feature: ListProgramManagementAccounts — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @enum @documented
  Scenario: ListProgramManagementAccounts accepts programs[0] = DISTRIBUTION, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | program   | DISTRIBUTION         |
    And I remember the request as "other"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}","{{other.accountId}}"] |
      | programs   | ["DISTRIBUTION"]                                   |
    Then the call succeeds
    And the answer or a read shows "programs[0]" as sent

  @enum @documented
  Scenario: ListProgramManagementAccounts accepts programs[0] = DISTRIBUTION_SELLER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | program   | DISTRIBUTION_SELLER  |
    And I remember the request as "other"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}","{{other.accountId}}"] |
      | programs   | ["DISTRIBUTION_SELLER"]                            |
    Then the call succeeds
    And the answer or a read shows "programs[0]" as sent

  @enum @documented
  Scenario: ListProgramManagementAccounts accepts programs[0] = MANAGED_SERVICES_PROVIDER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the request as "other"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}","{{other.accountId}}"] |
      | programs   | ["MANAGED_SERVICES_PROVIDER"]                      |
    Then the call succeeds
    And the answer or a read shows "programs[0]" as sent

  @enum @documented
  Scenario: ListProgramManagementAccounts accepts programs[0] = SOLUTION_PROVIDER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | program   | DISTRIBUTION         |
    And I remember the request as "other"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}","{{other.accountId}}"] |
    Then the call succeeds
    And the answer or a read shows "programs[0]" as sent, keeping out "{{other.accountId}}"

  @enum @documented
  Scenario: ListProgramManagementAccounts accepts sort.sortBy = UpdatedAt, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | programs   | (absent)                     |
    Then the call succeeds

  @enum @documented
  Scenario: ListProgramManagementAccounts accepts sort.sortOrder = Ascending, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"]                   |
      | programs   | (absent)                                       |
      | sort       | {"sortBy":"UpdatedAt","sortOrder":"Ascending"} |
    Then the call succeeds

  @enum @documented
  Scenario: ListProgramManagementAccounts accepts sort.sortOrder = Descending, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | programs   | (absent)                     |
    Then the call succeeds

  @enum @documented
  Scenario: ListProgramManagementAccounts accepts statuses[0] = PENDING, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | programs   | (absent)                     |
      | statuses   | ["PENDING"]                  |
    Then the call succeeds
    And the answer or a read shows "statuses[0]" as sent

  @enum @documented
  Scenario: ListProgramManagementAccounts accepts type = MANAGED_SERVICES, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the request as "other"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}","{{other.accountId}}"] |
      | programs   | (absent)                                           |
      | type       | MANAGED_SERVICES                                   |
    Then the call succeeds
    And the answer or a read shows "type" as sent

  @enum @documented
  Scenario: ListProgramManagementAccounts accepts type = RESALE_BILLING_TRANSFER, a value the model lists
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | RESALE_BILLING_TRANSFER   |
    And I remember the request as "other"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}}      |
      | program   | MANAGED_SERVICES_PROVIDER |
      | type      | MANAGED_SERVICES          |
    And I remember the request as "decoy"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}","{{other.accountId}}","{{decoy.accountId}}"] |
      | programs   | (absent)                                                                 |
      | type       | RESALE_BILLING_TRANSFER                                                  |
    Then the call succeeds
    And the answer or a read shows "type" as sent, keeping out "{{decoy.accountId}}"

  @constraint @documented
  Scenario: ListProgramManagementAccounts refuses accountIds[0] one past its maxLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["1111111111111"] |
      | programs   | (absent)          |
    Then the call fails with ValidationException
    And the error names "accountIds[0]" [inferred]
    And the same request with "accountIds[0]" as {{pmaRequest.accountId}} is not refused for it

  @constraint @documented
  Scenario: ListProgramManagementAccounts refuses accountIds[0] one past its minLength 12
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["11111111111"] |
      | programs   | (absent)        |
    Then the call fails with ValidationException
    And the error names "accountIds[0]" [inferred]
    And the same request with "accountIds[0]" as {{pmaRequest.accountId}} is not refused for it

  @constraint @documented
  Scenario: ListProgramManagementAccounts refuses catalog one past its maxLength 64
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | catalog    | {{chars 65}}                 |
      | programs   | (absent)                     |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: ListProgramManagementAccounts refuses catalog one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | catalog    | ""                           |
      | programs   | (absent)                     |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: ListProgramManagementAccounts accepts displayNames[0] at its maxLength 30
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}}             |
      | displayName | "111111111111111111111111111111" |
    And I remember the request as "other"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds   | ["{{pmaRequest.accountId}}","{{other.accountId}}"] |
      | displayNames | ["{{digits 30}}"]                                  |
      | programs     | (absent)                                           |
    Then the call succeeds
    And the answer or a read shows "displayNames[0]" as sent

  @constraint @documented
  Scenario: ListProgramManagementAccounts refuses displayNames[0] one past its maxLength 30
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds   | ["{{pmaRequest.accountId}}"] |
      | displayNames | ["{{digits 31}}"]            |
      | programs     | (absent)                     |
    Then the call fails with ValidationException
    And the error names "displayNames[0]" [inferred]
    And the same request with "displayNames[0]" as {{digits 30}} is not refused for it

  @constraint @documented
  Scenario: ListProgramManagementAccounts accepts displayNames[0] at its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId   | {{random.accountId}} |
      | displayName | "1"                  |
    And I remember the request as "other"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds   | ["{{pmaRequest.accountId}}","{{other.accountId}}"] |
      | displayNames | ["1"]                                              |
      | programs     | (absent)                                           |
    Then the call succeeds
    And the answer or a read shows "displayNames[0]" as sent

  @constraint @documented
  Scenario: ListProgramManagementAccounts refuses displayNames[0] one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds   | ["{{pmaRequest.accountId}}"] |
      | displayNames | [""]                         |
      | programs     | (absent)                     |
    Then the call fails with ValidationException
    And the error names "displayNames[0]" [inferred]
    And the same request with "displayNames[0]" as "1" is not refused for it

  @constraint @documented
  Scenario: ListProgramManagementAccounts accepts maxResults at its maximum 100
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | maxResults | 100                          |
      | programs   | (absent)                     |
    Then the call succeeds

  @constraint @documented
  Scenario: ListProgramManagementAccounts refuses maxResults one past its maximum 100
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | maxResults | 101                          |
      | programs   | (absent)                     |
    Then the call fails with ValidationException
    And the error names "maxResults" [inferred]
    And the same request with "maxResults" as 10 is not refused for it

  @constraint @documented
  Scenario: ListProgramManagementAccounts accepts maxResults at its minimum 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | maxResults | 1                            |
      | programs   | (absent)                     |
    Then the call succeeds

  @constraint @documented
  Scenario: ListProgramManagementAccounts refuses maxResults one past its minimum 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | maxResults | 0                            |
      | programs   | (absent)                     |
    Then the call fails with ValidationException
    And the error names "maxResults" [inferred]
    And the same request with "maxResults" as 10 is not refused for it

  @constraint @documented
  Scenario: ListProgramManagementAccounts refuses nextToken one past its maxLength 2048
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | nextToken  | {{digits 2049}}              |
      | programs   | (absent)                     |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]
    And the same request with "nextToken" as (absent) is not refused for it

  @constraint @documented
  Scenario: ListProgramManagementAccounts refuses nextToken one past its minLength 1
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"
    When I call ListProgramManagementAccounts with the example request and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | nextToken  | ""                           |
      | programs   | (absent)                     |
    Then the call fails with ValidationException
    And the error names "nextToken" [inferred]
    And the same request with "nextToken" as (absent) is not refused for it

  @errors @mock-only
  Scenario: ListProgramManagementAccounts is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["ListProgramManagementAccounts"]}
      """
    When "refused" calls ListProgramManagementAccounts with the example request and:
      | programs | (absent) |
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: ListProgramManagementAccounts answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["ListProgramManagementAccounts"]}
      """
    When "unlucky" calls ListProgramManagementAccounts with the example request and:
      | programs | (absent) |
    Then the call was tried again after ThrottlingException, InternalServerException
