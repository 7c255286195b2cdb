@op:AcceptChannelHandshake @op:RejectChannelHandshake @op:CancelChannelHandshake @handshakes @mutating
Feature: AcceptChannelHandshake, RejectChannelHandshake and CancelChannelHandshake: the request shape

  @documented @required
  Scenario Outline: <operation> without <member> is rejected naming it
    When I call <operation> with the example request without "<member>"
    Then the call fails with ValidationException
    And the error names "<member>" [inferred]
    And the same request with "<member>" as in the example is not refused for it

    Examples:
      | operation              | member     |
      | AcceptChannelHandshake | catalog    |
      | AcceptChannelHandshake | identifier |
      | RejectChannelHandshake | catalog    |
      | RejectChannelHandshake | identifier |
      | CancelChannelHandshake | catalog    |
      | CancelChannelHandshake | identifier |

  @documented @constraint
  Scenario Outline: <operation> with identifier "<identifier>" is rejected
    When I call <operation> with the example request where "identifier" is "<identifier>"
    Then the call fails with ValidationException
    And the error names "identifier" [inferred]
    And the same request with "identifier" as in the example is not refused for it

    Examples:
      | operation              | identifier         |
      | AcceptChannelHandshake | ch-0123456789ABC   |
      | RejectChannelHandshake | rs-0123456789abcd  |
      | CancelChannelHandshake | ch-01234           |

  @inferred @errors
  Scenario Outline: <operation> on an unknown handshake is not found
    When I call <operation> with the example request where "identifier" is "ch-zzzzzzzzzzzzz"
    Then the call fails [documented]
    And the error is ResourceNotFoundException [inferred]

    Examples:
      | operation              |
      | AcceptChannelHandshake |
      | RejectChannelHandshake |
      | CancelChannelHandshake |
