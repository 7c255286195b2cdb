# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   catalog at maxLength 64: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   catalog at minLength 1: at the bound: a catalog is AWS or Sandbox, neither at a bound
#   clientToken at maxLength 64: at the bound: one fixed token would repeat a create of the last run within 24 hours
#   clientToken at minLength 1: at the bound: one fixed token would repeat a create of the last run within 24 hours
#   identifier at maxLength 1011: identifier: no contract is there to cancel: a contract waits PENDING only in the AWS catalog, which a run against a service never writes to; the channel contract lifecycle (fuzz --lifecycle) moves one on the mock
#   identifier at minLength 16: identifier: no contract is there to cancel: a contract waits PENDING only in the AWS catalog, which a run against a service never writes to; the channel contract lifecycle (fuzz --lifecycle) moves one on the mock
#   identifier at minLength 16: one past the bound: no value of length 15 meets its pattern (arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-contract/)?cc-[a-z0-9]{13}
#   reason at maxLength 1024: reason: a contract waits PENDING only in the AWS catalog, which a run against a service never writes to; the channel contract lifecycle (fuzz --lifecycle) moves one on the mock
#   reason at minLength 1: reason: a contract waits PENDING only in the AWS catalog, which a run against a service never writes to; the channel contract lifecycle (fuzz --lifecycle) moves one on the mock
@generated @op:CancelChannelContract
Feature: CancelChannelContract — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @constraint @documented
  Scenario: CancelChannelContract refuses catalog one past its maxLength 64
    Given I am a principal of my own
    When I call CancelChannelContract with the example request and:
      | catalog | {{chars 65}} |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CancelChannelContract refuses catalog one past its minLength 1
    Given I am a principal of my own
    When I call CancelChannelContract with the example request and:
      | catalog | "" |
    Then the call fails with ValidationException
    And the error names "catalog" [inferred]
    And the same request with "catalog" as Sandbox is not refused for it

  @constraint @documented
  Scenario: CancelChannelContract refuses clientToken one past its maxLength 64
    Given I am a principal of my own
    When I call CancelChannelContract with the example request and:
      | clientToken | {{digits 65}} |
    Then the call fails with ValidationException
    And the error names "clientToken" [inferred]
    And the same request with "clientToken" as example-token-0002 is not refused for it

  @constraint @documented
  Scenario: CancelChannelContract refuses clientToken one past its minLength 1
    Given I am a principal of my own
    When I call CancelChannelContract with the example request and:
      | clientToken | "" |
    Then the call fails with ValidationException
    And the error names "clientToken" [inferred]
    And the same request with "clientToken" as example-token-0002 is not refused for it

  @constraint @documented
  Scenario: CancelChannelContract refuses identifier one past its maxLength 1011
    Given I am a principal of my own
    When I call CancelChannelContract with the example request and:
      | identifier | arn:a:partnercentral:1:111111111111:catalog/{{chars 934}}/channel-contract/cc-1111111111111 |
    Then the call fails with ValidationException
    And the error names "identifier" [inferred]
    And the same request with "identifier" as cc-0123456789abc is not refused for it

  @constraint @documented
  Scenario: CancelChannelContract refuses reason one past its maxLength 1024
    Given I am a principal of my own
    When I call CancelChannelContract with the example request and:
      | reason | {{digits 1025}} |
    Then the call fails with ValidationException
    And the error names "reason" [inferred]
    And the same request with "reason" as Attestation sent to the wrong signatory is not refused for it

  @constraint @documented
  Scenario: CancelChannelContract refuses reason one past its minLength 1
    Given I am a principal of my own
    When I call CancelChannelContract with the example request and:
      | reason | "" |
    Then the call fails with ValidationException
    And the error names "reason" [inferred]
    And the same request with "reason" as Attestation sent to the wrong signatory is not refused for it

  @errors @mock-only
  Scenario: CancelChannelContract is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["CancelChannelContract"]}
      """
    When "refused" calls CancelChannelContract with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: CancelChannelContract answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["CancelChannelContract"]}
      """
    When "unlucky" calls CancelChannelContract with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
