@op:ListConnections @op:CancelConnection @connections @mock-only
Feature: An account connected to several others pages through its connections

  The mock makes the connections through its admin API, for an account of the scenario's own and
  accounts nobody else uses, so that the count is known whatever else the run has connected.

  @inferred @pagination
  Scenario: connections listed one at a time come each exactly once, to the last page
    Given the mock has a principal "hub" with the policy:
      """
      {}
      """
    And I post to the mock's admin API at "/_mock/connections" and remember the answer as "first":
      """
      {"between": ["{{principal.hub.name}}", "{{random.accountId}}"], "types": ["SUBSIDIARY"], "catalog": "{{catalog}}"}
      """
    And I post to the mock's admin API at "/_mock/connections" and remember the answer as "second":
      """
      {"between": ["{{principal.hub.name}}", "{{random.accountId}}"], "types": ["OPPORTUNITY_COLLABORATION"], "catalog": "{{catalog}}"}
      """
    And I post to the mock's admin API at "/_mock/connections" and remember the answer as "third":
      """
      {"between": ["{{random.accountId}}", "{{principal.hub.name}}"], "types": ["SUBSIDIARY"], "catalog": "{{catalog}}"}
      """
    When "hub" pages through ListConnections with maxResults 1 and:
      | ConnectionType | (absent) |
    Then 3 items were collected [documented]
    And every collected item has a distinct "Id" [documented]
    And some collected item has "Id" equal to {{third.Id}}
    When "hub" calls CancelConnection with the example request and:
      | Identifier     | {{first.Id}} |
      | ConnectionType | SUBSIDIARY   |
    Then the call succeeds
    When "hub" calls CancelConnection with the example request and:
      | Identifier     | {{second.Id}}             |
      | ConnectionType | OPPORTUNITY_COLLABORATION |
    Then the call succeeds
    When "hub" calls CancelConnection with the example request and:
      | Identifier     | {{third.Id}} |
      | ConnectionType | SUBSIDIARY   |
    Then the call succeeds
