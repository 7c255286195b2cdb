# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: CreateChannelHandshake — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @enum
  Scenario Outline: CreateChannelHandshake accepts <member> = <what>, a value the model lists
    Given I am a principal of my own
    When I call CreateChannelHandshake with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                                              | what                       | top           | value                                                                                                                                                                                                |
      | handshakeType                                       | PROGRAM_MANAGEMENT_ACCOUNT | handshakeType | "PROGRAM_MANAGEMENT_ACCOUNT"                                                                                                                                                                         |
      | handshakeType                                       | REVOKE_SERVICE_PERIOD      | handshakeType | "REVOKE_SERVICE_PERIOD"                                                                                                                                                                              |
      | handshakeType                                       | START_SERVICE_PERIOD       | handshakeType | "START_SERVICE_PERIOD"                                                                                                                                                                               |
      | payload.startServicePeriodPayload.servicePeriodType | FIXED_COMMITMENT_PERIOD    | payload       | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"pma-0123456789abc","servicePeriodType":"FIXED_COMMITMENT_PERIOD"}} |
      | payload.startServicePeriodPayload.servicePeriodType | MINIMUM_NOTICE_PERIOD      | payload       | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"pma-0123456789abc","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}}   |

  @constraint
  Scenario Outline: CreateChannelHandshake accepts <member> <what>
    Given I am a principal of my own
    When I call CreateChannelHandshake with the example request and:
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member                                              | what                 | top     | value                                                                                                                                                                                                      |
      | catalog                                             | at its maxLength 64  | catalog | "{{chars 64}}"                                                                                                                                                                                             |
      | catalog                                             | at its minLength 1   | catalog | "a"                                                                                                                                                                                                        |
      | payload.revokeServicePeriodPayload.note             | at its maxLength 300 | payload | {"revokeServicePeriodPayload":{"note":"{{chars 300}}","programManagementAccountIdentifier":"pma-72gmv8n2a48g5"}}                                                                                           |
      | payload.revokeServicePeriodPayload.note             | at its minLength 1   | payload | {"revokeServicePeriodPayload":{"note":"a","programManagementAccountIdentifier":"pma-72gmv8n2a48g5"}}                                                                                                       |
      | payload.startServicePeriodPayload.minimumNoticeDays | at its maxLength 10  | payload | {"startServicePeriodPayload":{"minimumNoticeDays":"aaaaaaaaaa","note":"Start of the service period","programManagementAccountIdentifier":"pma-0123456789abc","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
      | payload.startServicePeriodPayload.minimumNoticeDays | at its minLength 1   | payload | {"startServicePeriodPayload":{"minimumNoticeDays":"a","note":"Start of the service period","programManagementAccountIdentifier":"pma-0123456789abc","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}}          |
      | payload.startServicePeriodPayload.note              | at its maxLength 300 | payload | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"{{chars 300}}","programManagementAccountIdentifier":"pma-0123456789abc","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}}                       |
      | payload.startServicePeriodPayload.note              | at its minLength 1   | payload | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"a","programManagementAccountIdentifier":"pma-0123456789abc","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}}                                   |
      | tags[0].key                                         | at its maxLength 128 | tags    | [{"key":"{{chars 128}}","value":"a"}]                                                                                                                                                                      |
      | tags[0].key                                         | at its minLength 1   | tags    | [{"key":"a","value":"a"}]                                                                                                                                                                                  |
      | tags[0].value                                       | at its maxLength 256 | tags    | [{"key":"a","value":"{{chars 256}}"}]                                                                                                                                                                      |

  @constraint
  Scenario Outline: CreateChannelHandshake refuses <member> <what>
    Given I am a principal of my own
    When I call CreateChannelHandshake with the example request and:
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member                                                                | what                        | top                          | value                                                                                                                                                                                                       |
      | associatedResourceIdentifier                                          | one past its maxLength 1011 | associatedResourceIdentifier | "{{chars 1012}}"                                                                                                                                                                                            |
      | associatedResourceIdentifier                                          | one past its minLength 16   | associatedResourceIdentifier | "aaaaaaaaaaaaaaa"                                                                                                                                                                                           |
      | catalog                                                               | one past its maxLength 64   | catalog                      | "{{chars 65}}"                                                                                                                                                                                              |
      | catalog                                                               | one past its minLength 1    | catalog                      | ""                                                                                                                                                                                                          |
      | clientToken                                                           | one past its maxLength 64   | clientToken                  | "{{chars 65}}"                                                                                                                                                                                              |
      | clientToken                                                           | one past its minLength 1    | clientToken                  | ""                                                                                                                                                                                                          |
      | payload.revokeServicePeriodPayload.note                               | one past its maxLength 300  | payload                      | {"revokeServicePeriodPayload":{"note":"{{chars 301}}","programManagementAccountIdentifier":"pma-72gmv8n2a48g5"}}                                                                                            |
      | payload.revokeServicePeriodPayload.note                               | one past its minLength 1    | payload                      | {"revokeServicePeriodPayload":{"note":"","programManagementAccountIdentifier":"pma-72gmv8n2a48g5"}}                                                                                                         |
      | payload.revokeServicePeriodPayload.programManagementAccountIdentifier | one past its maxLength 1011 | payload                      | {"revokeServicePeriodPayload":{"programManagementAccountIdentifier":"{{chars 1012}}"}}                                                                                                                      |
      | payload.revokeServicePeriodPayload.programManagementAccountIdentifier | one past its minLength 17   | payload                      | {"revokeServicePeriodPayload":{"programManagementAccountIdentifier":"aaaaaaaaaaaaaaaa"}}                                                                                                                    |
      | payload.startServicePeriodPayload.minimumNoticeDays                   | one past its maxLength 10   | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"aaaaaaaaaaa","note":"Start of the service period","programManagementAccountIdentifier":"pma-0123456789abc","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}} |
      | payload.startServicePeriodPayload.minimumNoticeDays                   | one past its minLength 1    | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"","note":"Start of the service period","programManagementAccountIdentifier":"pma-0123456789abc","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}}            |
      | payload.startServicePeriodPayload.note                                | one past its maxLength 300  | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"{{chars 301}}","programManagementAccountIdentifier":"pma-0123456789abc","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}}                        |
      | payload.startServicePeriodPayload.note                                | one past its minLength 1    | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"","programManagementAccountIdentifier":"pma-0123456789abc","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}}                                     |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier  | one past its maxLength 1011 | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"{{chars 1012}}","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}}             |
      | payload.startServicePeriodPayload.programManagementAccountIdentifier  | one past its minLength 17   | payload                      | {"startServicePeriodPayload":{"minimumNoticeDays":"30","note":"Start of the service period","programManagementAccountIdentifier":"aaaaaaaaaaaaaaaa","servicePeriodType":"MINIMUM_NOTICE_PERIOD"}}           |
      | tags[0].key                                                           | one past its maxLength 128  | tags                         | [{"key":"{{chars 129}}","value":"a"}]                                                                                                                                                                       |
      | tags[0].key                                                           | one past its minLength 1    | tags                         | [{"key":"","value":"a"}]                                                                                                                                                                                    |
      | tags[0].value                                                         | one past its maxLength 256  | tags                         | [{"key":"a","value":"{{chars 257}}"}]                                                                                                                                                                       |

  @errors @mock-only
  Scenario: CreateChannelHandshake is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["CreateChannelHandshake"]}
      """
    When "refused" calls CreateChannelHandshake with the example request
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: CreateChannelHandshake answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["CreateChannelHandshake"]}
      """
    When "unlucky" calls CreateChannelHandshake with the example request
    Then the call was tried again after ThrottlingException, InternalServerException
