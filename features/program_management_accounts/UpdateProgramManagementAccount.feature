@op:UpdateProgramManagementAccount @pma @mutating
Feature: UpdateProgramManagementAccount

  Background:
    Given I am "sender"
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    And I remember the request as "pmaRequest"

  @documented @required
  Scenario Outline: a request without <member> is rejected naming it
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier | {{pma.id}} |
      | <member>   | (absent)   |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | member     |
      | catalog    |
      | identifier |

  @inferred
  Scenario: an update with the current revision renames and increments the revision
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier  | {{pma.id}} |
      | revision    | "1"        |
      | displayName | Renamed    |
    Then the call succeeds
    And the response "programManagementAccountDetail.revision" equals "2"
    And the response "programManagementAccountDetail.displayName" equals "Renamed"
    And the response "programManagementAccountDetail.id" equals {{pma.id}}
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | programs   | (absent)                     |
    Then 1 item was collected
    And every collected item has "displayName" equal to "Renamed"
    And every collected item has "revision" equal to "2"

  @inferred @errors
  Scenario: an update with a stale revision is a conflict and changes nothing
    Given I have called UpdateProgramManagementAccount with the example request and:
      | identifier  | {{pma.id}} |
      | revision    | "1"        |
      | displayName | First      |
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier  | {{pma.id}} |
      | revision    | "1"        |
      | displayName | Second     |
    Then the call fails [documented]
    And the error is ConflictException [inferred]
    When I page through ListProgramManagementAccounts with maxResults 10 and:
      | accountIds | ["{{pmaRequest.accountId}}"] |
      | programs   | (absent)                     |
    Then 1 item was collected
    And every collected item has "displayName" equal to "First" [safety]
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier  | {{pma.id}} |
      | revision    | (absent)   |
      | displayName | Third      |
    Then the call succeeds
    And the response "programManagementAccountDetail.revision" equals "3" [safety]

  @documented
  Scenario: the identifier may be the ARN
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier | {{pma.arn}} |
      | revision   | (absent)    |
    Then the call succeeds
    And the response "programManagementAccountDetail.arn" equals {{pma.arn}}

  @inferred @errors
  Scenario: another account cannot see the program management account
    When "outsider" calls UpdateProgramManagementAccount with the example request and:
      | identifier | {{pma.id}} |
    Then the call fails [safety]
    And the error is ResourceNotFoundException [inferred]

  @inferred @errors
  Scenario: an unknown identifier is not found
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier | pma-zzzzzzzzzzzzz |
    Then the call fails [documented]
    And the error is ResourceNotFoundException [inferred]

  @documented @constraint
  Scenario Outline: identifier "<identifier>" is malformed
    When I call UpdateProgramManagementAccount with the example request where "identifier" is "<identifier>"
    Then the call fails with ValidationException
    And the error names "identifier" [inferred]
    And the same request with "identifier" as in the example is not refused for it

    Examples:
      | identifier        |
      | pma-0123456789ABC |
      | rs-0123456789abcd |
      | pma-012345678     |

  @documented @constraint
  Scenario Outline: revision "<revision>" is rejected
    When I call UpdateProgramManagementAccount with the example request and:
      | identifier | {{pma.id}} |
      | revision   | <revision> |
    Then the call fails with ValidationException
    And the error names "revision" [inferred]
    And the same request with "revision" as in the example is not refused for it

    Examples:
      | revision      |
      | ""            |
      | "12345678901" |
      | 1             |
