//! Principals: named AWS identities (account id and keys) used to sign requests and, in the mock, to verify them.
use std::{fmt, path::Path};

use serde::{Deserialize, Serialize};

/// One identity. `Debug` never shows the secret or the session token.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Principal {
    pub name: String,
    pub account_id: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    /// The person an invitation from this principal names (its `Name` and `Email`). A real service may
    /// write to that address, so the harness never makes one up for a real endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// What the mock does to this principal's calls as IAM, Service Quotas and a bad moment would; only the
    /// mock reads it.
    #[serde(default, skip_serializing_if = "Policy::is_empty")]
    pub policy: Policy,
}

/// What the mock does to one principal's calls before and besides the service's rules.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Policy {
    /// Operations IAM refuses the principal (AccessDeniedException), by name; `*` for every one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refuse: Vec<String>,
    /// By create operation: how many live resources of what it makes the principal may own in a catalog
    /// (ServiceQuotaExceededException beyond).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub quotas: std::collections::BTreeMap<String, usize>,
    /// Errors answered to the principal's first calls of each operation, one each, in order, before the
    /// call is judged: `ThrottlingException` or `InternalServerException`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fail_first: Vec<FirstFailure>,
    /// The operations `failFirst` applies to; every one when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub failing: Vec<String>,
    /// The wait a `failFirst` throttling names in `x-amz-retry-after` (milliseconds); none: no header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_ms: Option<u64>,
}

/// An error the mock answers to one of a principal's first calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FirstFailure {
    ThrottlingException,
    InternalServerException,
}

impl Policy {
    pub fn is_empty(&self) -> bool {
        self.refuse.is_empty()
            && self.quotas.is_empty()
            && self.fail_first.is_empty()
            && self.failing.is_empty()
            && self.retry_after_ms.is_none()
    }

    /// Whether `failFirst` applies to `operation`.
    pub fn fails(&self, operation: &str) -> bool {
        !self.fail_first.is_empty()
            && (self.failing.is_empty() || self.failing.iter().any(|o| o == operation))
    }

    /// Whether IAM refuses `operation` to the principal.
    pub fn refuses(&self, operation: &str) -> bool {
        self.refuse.iter().any(|r| r == "*" || r == operation)
    }
}

/// A person to name in an invitation: who the receiver may write to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub email: String,
}

/// `--contact NAME=EMAIL` or `--contact "NAME=Full Name <EMAIL>"`: the contact of principal NAME.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactArg {
    pub principal: String,
    pub contact: Contact,
}

impl std::str::FromStr for ContactArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (principal, rest) = s
            .split_once('=')
            .ok_or_else(|| format!("'{s}' is not NAME=EMAIL or NAME=Full Name <EMAIL>"))?;
        let rest = rest.trim();
        let (name, email) = match rest.strip_suffix('>').and_then(|r| r.rsplit_once('<')) {
            Some((name, email)) => (name.trim().to_string(), email.trim().to_string()),
            None => (principal.trim().to_string(), rest.to_string()),
        };
        if email.chars().any(char::is_whitespace) {
            return Err(format!(
                "'{s}': a name with the email is written NAME=Full Name <EMAIL> (the email in angle brackets); an email alone is NAME=EMAIL"
            ));
        }
        let at = email.find('@');
        if principal.trim().is_empty()
            || name.is_empty()
            || at.is_none_or(|i| i == 0 || i + 1 == email.len())
        {
            return Err(format!(
                "'{s}': give a principal name and an email address, as NAME=EMAIL"
            ));
        }
        Ok(ContactArg {
            principal: principal.trim().to_string(),
            contact: Contact { name, email },
        })
    }
}

/// Gives each `--contact` to its principal; names a principal that does not exist.
pub fn apply_contacts(principals: &mut [Principal], contacts: &[ContactArg]) -> Result<(), String> {
    for c in contacts {
        let p = principals
            .iter_mut()
            .find(|p| p.name == c.principal)
            .ok_or_else(|| {
                format!(
                    "--contact {}: there is no principal named '{}'",
                    c.principal, c.principal
                )
            })?;
        p.contact = Some(c.contact.clone());
    }
    Ok(())
}

impl fmt::Debug for Principal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Principal")
            .field("name", &self.name)
            .field("account_id", &self.account_id)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"<redacted>")
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

/// Why a principals file was refused.
#[derive(Debug, thiserror::Error)]
pub enum PrincipalsError {
    #[error("cannot read principals file {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "principals file {path} is not a JSON array of {{\"name\", \"accountId\", \"accessKeyId\", \"secretAccessKey\"}} objects: {source}"
    )]
    Json {
        path: String,
        source: serde_json::Error,
    },
    #[error("principals file {path}: {problem}")]
    Invalid { path: String, problem: String },
}

/// The default principals of the mock (and of `run` against it). Documented in docs/cli.md.
pub fn default_principals() -> Vec<Principal> {
    let p = |name: &str, account: &str, key: &str, secret: &str| Principal {
        name: name.into(),
        account_id: account.into(),
        access_key_id: key.into(),
        secret_access_key: secret.into(),
        session_token: None,
        contact: None,
        policy: Policy::default(),
    };
    vec![
        p(
            "sender",
            "111122223333",
            "AKIASENDER0000000001",
            "sender/secret/key/for/the/pcc/mock/0001",
        ),
        p(
            "receiver",
            "444455556666",
            "AKIARECEIVER00000001",
            "receiver/secret/key/for/the/pcc/mock/01",
        ),
        p(
            "outsider",
            "777788889999",
            "AKIAOUTSIDER00000001",
            "outsider/secret/key/for/the/pcc/mock/01",
        ),
    ]
}

/// Reads a principals file: a JSON array of principal objects.
pub fn load_principals(path: &Path) -> Result<Vec<Principal>, PrincipalsError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| PrincipalsError::Io {
        path: shown.clone(),
        source,
    })?;
    let list: Vec<Principal> =
        serde_json::from_str(&text).map_err(|source| PrincipalsError::Json {
            path: shown.clone(),
            source,
        })?;
    validate_principals(&list).map_err(|problem| PrincipalsError::Invalid {
        path: shown,
        problem,
    })?;
    Ok(list)
}

/// A set of principals must be non-empty, with unique names and keys and 12-digit account ids.
pub fn validate_principals(list: &[Principal]) -> Result<(), String> {
    if list.is_empty() {
        return Err("the list is empty; give at least one principal".into());
    }
    for (i, p) in list.iter().enumerate() {
        if p.name.is_empty() {
            return Err(format!("principal #{i} has an empty name"));
        }
        if p.account_id.len() != 12 || !p.account_id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!(
                "principal '{}' has account id '{}', which is not 12 digits",
                p.name, p.account_id
            ));
        }
        if p.access_key_id.is_empty() || p.secret_access_key.is_empty() {
            return Err(format!(
                "principal '{}' needs a non-empty accessKeyId and secretAccessKey",
                p.name
            ));
        }
        if list[..i].iter().any(|q| q.name == p.name) {
            return Err(format!("principal name '{}' appears twice", p.name));
        }
        if list[..i].iter().any(|q| q.access_key_id == p.access_key_id) {
            return Err(format!("access key id '{}' appears twice", p.access_key_id));
        }
    }
    Ok(())
}
