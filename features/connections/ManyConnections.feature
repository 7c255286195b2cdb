@op:ListConnections @connections @readonly @mock-only
Feature: An account connected to several others pages through its connections

  The mock makes the connections through its admin API, for an account of the scenario's own, so that
  the count is known whatever else the run has connected.

  @inferred @pagination
  Scenario: connections listed one at a time come each exactly once, to the last page
    Given the mock has a principal "hub" with the policy:
      """
      {}
      """
    And I post to the mock's admin API at "/_mock/connections" and remember the answer as "first":
      """
      {"between": ["{{principal.hub.name}}", "sender"], "types": ["SUBSIDIARY"], "catalog": "{{catalog}}"}
      """
    And I post to the mock's admin API at "/_mock/connections" and remember the answer as "second":
      """
      {"between": ["{{principal.hub.name}}", "receiver"], "types": ["OPPORTUNITY_COLLABORATION"], "catalog": "{{catalog}}"}
      """
    And I post to the mock's admin API at "/_mock/connections" and remember the answer as "third":
      """
      {"between": ["outsider", "{{principal.hub.name}}"], "types": ["SUBSIDIARY", "OPPORTUNITY_COLLABORATION"], "catalog": "{{catalog}}"}
      """
    When "hub" pages through ListConnections with maxResults 1 and:
      | ConnectionType | (absent) |
    Then 3 items were collected [documented]
    And every collected item has a distinct "Id" [documented]
    And some collected item has "OtherParticipantAccountId" equal to {{principal.outsider.accountId}}
