# Generated from the contract by `pcc-conformance spec probes`: do not edit. Run it again after
# the contract changes; a test fails while this file is stale.
@generated
Feature: CreateProgramManagementAccount — every enum value and bound of its request, and the refusals of IAM and a bad moment

  Each probe starts from the operation's example request, sent by a principal of its own, and
  changes one member: a value the model lists must not be refused, a value one past a length or
  range bound must be refused naming the member, and a value at the bound must not be.

  @enum
  Scenario Outline: CreateProgramManagementAccount accepts <member> = <what>, a value the model lists
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member  | what                      | top     | value                       |
      | program | DISTRIBUTION              | program | "DISTRIBUTION"              |
      | program | DISTRIBUTION_SELLER       | program | "DISTRIBUTION_SELLER"       |
      | program | MANAGED_SERVICES_PROVIDER | program | "MANAGED_SERVICES_PROVIDER" |
      | program | SOLUTION_PROVIDER         | program | "SOLUTION_PROVIDER"         |
      | type    | MANAGED_SERVICES          | type    | "MANAGED_SERVICES"          |
      | type    | RESALE_BILLING_TRANSFER   | type    | "RESALE_BILLING_TRANSFER"   |

  @constraint
  Scenario Outline: CreateProgramManagementAccount accepts <member> <what>
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | <top> | <value> |
    Then the answer does not refuse "<member>"

    Examples:
      | member        | what                 | top         | value                                       |
      | accountId     | at its maxLength 12  | accountId   | "aaaaaaaaaaaa"                              |
      | accountId     | at its minLength 12  | accountId   | "aaaaaaaaaaaa"                              |
      | catalog       | at its maxLength 64  | catalog     | "{{chars 64}}"                              |
      | catalog       | at its minLength 1   | catalog     | "a"                                         |
      | displayName   | at its maxLength 30  | displayName | "{{chars 30}}"                              |
      | displayName   | at its minLength 1   | displayName | "a"                                         |
      | tags[0].key   | at its maxLength 128 | tags        | [{"key":"{{chars 128}}","value":"channel"}] |
      | tags[0].key   | at its minLength 1   | tags        | [{"key":"a","value":"channel"}]             |
      | tags[0].value | at its maxLength 256 | tags        | [{"key":"team","value":"{{chars 256}}"}]    |

  @constraint
  Scenario Outline: CreateProgramManagementAccount refuses <member> <what>
    Given I am a principal of my own
    When I call CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
      | <top> | <value> |
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]

    Examples:
      | member        | what                       | top         | value                                       |
      | accountId     | one past its maxLength 12  | accountId   | "aaaaaaaaaaaaa"                             |
      | accountId     | one past its minLength 12  | accountId   | "aaaaaaaaaaa"                               |
      | catalog       | one past its maxLength 64  | catalog     | "{{chars 65}}"                              |
      | catalog       | one past its minLength 1   | catalog     | ""                                          |
      | clientToken   | one past its maxLength 64  | clientToken | "{{chars 65}}"                              |
      | clientToken   | one past its minLength 1   | clientToken | ""                                          |
      | displayName   | one past its maxLength 30  | displayName | "{{chars 31}}"                              |
      | displayName   | one past its minLength 1   | displayName | ""                                          |
      | tags[0].key   | one past its maxLength 128 | tags        | [{"key":"{{chars 129}}","value":"channel"}] |
      | tags[0].key   | one past its minLength 1   | tags        | [{"key":"","value":"channel"}]              |
      | tags[0].value | one past its maxLength 256 | tags        | [{"key":"team","value":"{{chars 257}}"}]    |

  @errors @mock-only
  Scenario: CreateProgramManagementAccount is refused to a principal IAM does not allow it
    Given the mock has a principal "refused" with the policy:
      """
      {"refuse": ["CreateProgramManagementAccount"]}
      """
    When "refused" calls CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    Then the call fails with AccessDeniedException

  @errors @mock-only
  Scenario: CreateProgramManagementAccount answers ThrottlingException and InternalServerException to a principal's first calls
    Given the mock has a principal "unlucky" with the policy:
      """
      {"failFirst": ["ThrottlingException", "InternalServerException"], "failing": ["CreateProgramManagementAccount"]}
      """
    When "unlucky" calls CreateProgramManagementAccount with the example request and:
      | accountId | {{random.accountId}} |
    Then the call was tried again after ThrottlingException, InternalServerException
