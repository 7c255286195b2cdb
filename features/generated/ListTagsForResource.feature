# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
#
# Not probed here (a facet left unprobed is counted only where another scenario checks it):
#   resourceArn at maxLength 1011: at the bound: it names what the probe made, at that resource's own length
#   resourceArn at minLength 1: at the bound: it names what the probe made, at that resource's own length
#   resourceArn at minLength 1: one past the bound: no value of length 0 meets its pattern arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/(program-management-account/pma-[a-z0-9]{13}(/relationship/rs-[a-z0-9]{13})?|channel-handshake/ch-[a-z0-9]{13}|channel-contract/cc-[a-z0-9]{13})
@generated @op:ListTagsForResource
Feature: ListTagsForResource — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe first makes what its request names (as the operation's probe recipe says), sends
  the example request with one member changed, and expects what the model documents: a value it
  lists, or one at a length or range bound, succeeds (and reads back where an answer or a read
  shows it); one past a bound, that breaks nothing else, is refused naming the member.

  @constraint @documented
  Scenario: ListTagsForResource refuses resourceArn one past its maxLength 1011
    Given I am a principal of my own
    And I have called CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    And I remember the response "programManagementAccountDetail" as "pma"
    When I call ListTagsForResource with the example request and:
      | resourceArn | arn:a:partnercentral:1:111111111111:catalog/{{chars 893}}/program-management-account/pma-1111111111111/relationship/rs-1111111111111 |
    Then the call fails with ValidationException
    And the error names "resourceArn" [inferred]
    And the same request with "resourceArn" as {{pma.arn}} is not refused for it

  @errors @mock-only
  Scenario: ListTagsForResource is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["ListTagsForResource"]}
      """
    When "refused" calls ListTagsForResource with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: ListTagsForResource answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["ListTagsForResource"]}
      """
    When "unlucky" calls ListTagsForResource with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
