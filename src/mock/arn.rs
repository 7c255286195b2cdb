//! Resource names: ids and ARNs in the service's formats, and identifiers that may be either.
use rand::RngExt;

/// What an ARN names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resource {
    ProgramManagementAccount { pma: String },
    Relationship { pma: String, relationship: String },
    ChannelHandshake { handshake: String },
    ChannelContract { contract: String },
}

/// A parsed Partner Central ARN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arn {
    pub owner: String,
    pub catalog: String,
    pub resource: Resource,
}

const PREFIX: &str = "arn:aws:partnercentral:us-east-1:";

/// A new id: `prefix-` and 13 of `[a-z0-9]` (the Channel API's ids).
pub fn new_id(prefix: &str) -> String {
    new_id_of(prefix, b"abcdefghijklmnopqrstuvwxyz0123456789")
}

/// A new id: `prefix-` and 13 characters of `alphabet`.
pub fn new_id_of(prefix: &str, alphabet: &[u8]) -> String {
    let mut rng = rand::rng();
    let tail: String = (0..13)
        .map(|_| alphabet[rng.random_range(0..alphabet.len())] as char)
        .collect();
    format!("{prefix}-{tail}")
}

pub fn pma_arn(owner: &str, catalog: &str, pma: &str) -> String {
    format!("{PREFIX}{owner}:catalog/{catalog}/program-management-account/{pma}")
}

pub fn relationship_arn(owner: &str, catalog: &str, pma: &str, relationship: &str) -> String {
    relationship_arn_pieces(owner, catalog, pma, relationship).concat()
}

/// A relationship's ARN in the pieces it is made of, for renderers that write it without keeping it.
pub fn relationship_arn_pieces<'a>(
    owner: &'a str,
    catalog: &'a str,
    pma: &'a str,
    relationship: &'a str,
) -> [&'a str; 8] {
    [
        PREFIX,
        owner,
        ":catalog/",
        catalog,
        "/program-management-account/",
        pma,
        "/relationship/",
        relationship,
    ]
}

pub fn handshake_arn(owner: &str, catalog: &str, handshake: &str) -> String {
    format!("{PREFIX}{owner}:catalog/{catalog}/channel-handshake/{handshake}")
}

pub fn contract_arn(owner: &str, catalog: &str, contract: &str) -> String {
    format!("{PREFIX}{owner}:catalog/{catalog}/channel-contract/{contract}")
}

/// Parses any `arn:<partition>:partnercentral:<region>:<account>:catalog/<Catalog>/...` of the four kinds.
pub fn parse(arn: &str) -> Option<Arn> {
    let mut head = arn.splitn(6, ':');
    let (scheme, _partition, service, _region, owner, rest) = (
        head.next()?,
        head.next()?,
        head.next()?,
        head.next()?,
        head.next()?,
        head.next()?,
    );
    if scheme != "arn" || service != "partnercentral" {
        return None;
    }
    let parts: Vec<&str> = rest.split('/').collect();
    let resource = match parts.as_slice() {
        ["catalog", _, "program-management-account", pma] => {
            Resource::ProgramManagementAccount { pma: (*pma).into() }
        }
        [
            "catalog",
            _,
            "program-management-account",
            pma,
            "relationship",
            rs,
        ] => Resource::Relationship {
            pma: (*pma).into(),
            relationship: (*rs).into(),
        },
        ["catalog", _, "channel-handshake", ch] => Resource::ChannelHandshake {
            handshake: (*ch).into(),
        },
        ["catalog", _, "channel-contract", cc] => Resource::ChannelContract {
            contract: (*cc).into(),
        },
        _ => return None,
    };
    Some(Arn {
        owner: owner.into(),
        catalog: parts[1].into(),
        resource,
    })
}

/// The id an Account API identifier names: the id itself, or the last part of its ARN (those ARNs hold
/// no account, so there is no scope to check).
pub fn last_segment(identifier: &str) -> &str {
    identifier.rsplit('/').next().unwrap_or(identifier)
}

/// The id an identifier names (the id itself, or the last part of its ARN), with the ARN's owner and catalog.
pub fn identifier_id(identifier: &str) -> (String, Option<(String, String)>) {
    match parse(identifier) {
        Some(arn) => {
            let id = match &arn.resource {
                Resource::ProgramManagementAccount { pma } => pma.clone(),
                Resource::Relationship { relationship, .. } => relationship.clone(),
                Resource::ChannelHandshake { handshake } => handshake.clone(),
                Resource::ChannelContract { contract } => contract.clone(),
            };
            (id, Some((arn.owner, arn.catalog)))
        }
        None => (identifier.to_string(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arns_round_trip() {
        let a = relationship_arn(
            "111122223333",
            "Sandbox",
            "pma-0123456789abc",
            "rs-0123456789abc",
        );
        let p = parse(&a).unwrap();
        assert_eq!(p.owner, "111122223333");
        assert_eq!(p.catalog, "Sandbox");
        assert_eq!(
            p.resource,
            Resource::Relationship {
                pma: "pma-0123456789abc".into(),
                relationship: "rs-0123456789abc".into()
            }
        );
        assert_eq!(identifier_id(&a).0, "rs-0123456789abc");
        assert_eq!(
            identifier_id("pma-0123456789abc"),
            ("pma-0123456789abc".into(), None)
        );
        let id = new_id("ch");
        assert_eq!(id.len(), 16);
        assert!(parse("arn:aws:s3:::bucket").is_none());
    }
}
