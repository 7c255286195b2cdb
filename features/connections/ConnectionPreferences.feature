@op:GetConnectionPreferences @op:UpdateConnectionPreferences @connections @preferences @serial
Feature: Connection preferences (Partner Central Account API)

  Each account says who may invite it. An update names the revision it read; the cleanup puts back what
  a scenario's update replaced.

  Background:
    Given I am "receiver"
    And I have called GetConnectionPreferences with the example request
    And I remember the response as "prefs"

  @documented @readonly
  Scenario: the preferences say their access type and revision
    Then the response "AccessType" matches "^(ALLOW_ALL|DENY_ALL|ALLOW_BY_DEFAULT_DENY_SOME)$"
    And the response "Revision" matches "^[0-9]+$"

  @inferred @mutating
  Scenario: an update with the current revision takes effect and moves the revision on
    When I call UpdateConnectionPreferences with the example request and:
      | Revision                        | {{prefs.Revision}}     |
      | AccessType                      | ALLOW_BY_DEFAULT_DENY_SOME |
      | ExcludedParticipantIdentifiers  | ["{{principal.outsider.accountId}}"] |
    Then the call succeeds [documented]
    And the response "AccessType" equals "ALLOW_BY_DEFAULT_DENY_SOME"
    And the response "ExcludedParticipantIds" equals ["{{principal.outsider.accountId}}"]
    And the response "Revision" does not equal {{prefs.Revision}}
    When I call GetConnectionPreferences with the example request
    Then the response "AccessType" equals "ALLOW_BY_DEFAULT_DENY_SOME" [safety]

  @inferred @mutating @errors
  Scenario: an update with a stale revision is a conflict and changes nothing
    Given I have called UpdateConnectionPreferences with the example request and:
      | Revision   | {{prefs.Revision}} |
      | AccessType | ALLOW_ALL          |
    When I repeat the last request and:
      | AccessType | DENY_ALL |
    Then the call fails [safety]
    And the error is ConflictException [inferred]
    And the error reason is INCOMPATIBLE_CONNECTION_PREFERENCES_REVISION [inferred]
    When I call GetConnectionPreferences with the example request
    Then the response "AccessType" equals "ALLOW_ALL" [safety]

  @inferred @mutating @invitations @contact:sender
  Scenario Outline: a receiver whose preferences say <access> refuses an invitation from the sender
    Given no SUBSIDIARY connection or pending invitation is between "sender" and "receiver"
    And I have called UpdateConnectionPreferences with the example request and:
      | Revision                       | {{prefs.Revision}} |
      | AccessType                     | <access>           |
      | ExcludedParticipantIdentifiers | <excluded>         |
    When I call GetConnectionPreferences with the example request
    Then the response "AccessType" equals "<access>" [safety]
    When "sender" calls CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    Then the call fails [safety]
    And the error is ValidationException [inferred]
    And the error reason is BUSINESS_VALIDATION_FAILED [inferred]

    Examples:
      | access                     | excluded                           |
      | DENY_ALL                   | (absent)                           |
      | ALLOW_BY_DEFAULT_DENY_SOME | ["{{principal.sender.accountId}}"] |

  @inferred @mutating @invitations @contact:sender
  Scenario: a receiver that excludes someone else still admits the sender
    Given no SUBSIDIARY connection or pending invitation is between "sender" and "receiver"
    And I have called UpdateConnectionPreferences with the example request and:
      | Revision                       | {{prefs.Revision}}                   |
      | AccessType                     | ALLOW_BY_DEFAULT_DENY_SOME           |
      | ExcludedParticipantIdentifiers | ["{{principal.outsider.accountId}}"] |
    When "sender" calls CreateConnectionInvitation with the example request and:
      | ConnectionType     | SUBSIDIARY                       |
      | ReceiverIdentifier | {{principal.receiver.accountId}} |
      | Email              | {{contact.sender.email}}         |
      | Name               | {{contact.sender.name}}          |
    Then the call succeeds [inferred]
