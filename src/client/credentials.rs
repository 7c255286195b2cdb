//! Principals from the standard AWS credential chain: `--principal NAME=SOURCE[@ACCOUNT]`, where SOURCE is
//! a profile name (shared config and credentials files, SSO, web identity, credential_process), `env` for the
//! environment's static keys, or `default` for the whole default chain (environment, profile, IMDS...).
use aws_config::BehaviorVersion;
use aws_credential_types::provider::ProvideCredentials;

use crate::wire::Principal;

/// Where one principal's credentials come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrincipalSource {
    pub name: String,
    pub source: Source,
    pub account_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Profile(String),
    Environment,
    DefaultChain,
}

/// Why a principal could not be resolved.
#[derive(Debug, thiserror::Error)]
pub enum CredentialsError {
    #[error(
        "--principal '{0}': write NAME=PROFILE, NAME=env or NAME=default, optionally followed by @ACCOUNT_ID"
    )]
    Syntax(String),
    #[error("--principal '{0}': the account id '{1}' is not 12 digits")]
    Account(String, String),
    #[error("principal '{name}': no credentials from {source_desc}: {message}")]
    Unavailable {
        name: String,
        source_desc: String,
        message: String,
    },
    #[error(
        "principal '{0}': give its account id (NAME=SOURCE@111122223333); this endpoint cannot tell it"
    )]
    NoAccount(String),
}

impl std::str::FromStr for PrincipalSource {
    type Err = CredentialsError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (name, rest) = s
            .split_once('=')
            .ok_or_else(|| CredentialsError::Syntax(s.into()))?;
        let (source, account) = match rest.rsplit_once('@') {
            Some((src, acct)) => (src, Some(acct)),
            None => (rest, None),
        };
        if name.is_empty() || source.is_empty() {
            return Err(CredentialsError::Syntax(s.into()));
        }
        if let Some(a) = account
            && (a.len() != 12 || !a.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(CredentialsError::Account(s.into(), a.into()));
        }
        let source = match source {
            "env" => Source::Environment,
            "default" => Source::DefaultChain,
            profile => Source::Profile(profile.into()),
        };
        Ok(PrincipalSource {
            name: name.into(),
            source,
            account_id: account.map(str::to_string),
        })
    }
}

impl PrincipalSource {
    fn describe(&self) -> String {
        match &self.source {
            Source::Profile(p) => format!("profile '{p}'"),
            Source::Environment => {
                "the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)"
                    .into()
            }
            Source::DefaultChain => "the default credential chain".into(),
        }
    }

    /// Resolves the credentials now; returns the principal and the profile's region, if it names one.
    pub async fn resolve(&self) -> Result<(Principal, Option<String>), CredentialsError> {
        let unavailable = |message: String| CredentialsError::Unavailable {
            name: self.name.clone(),
            source_desc: self.describe(),
            message,
        };
        let (credentials, region) = match &self.source {
            Source::Environment => {
                let provider =
                    aws_config::environment::EnvironmentVariableCredentialsProvider::new();
                (
                    provider
                        .provide_credentials()
                        .await
                        .map_err(|e| unavailable(e.to_string()))?,
                    None,
                )
            }
            Source::Profile(profile) => {
                // The profile alone (its keys, SSO, role, web identity or credential_process), never the
                // environment's keys, which the default chain would put first.
                let provider = aws_config::profile::ProfileFileCredentialsProvider::builder()
                    .profile_name(profile)
                    .build();
                let creds = provider
                    .provide_credentials()
                    .await
                    .map_err(|e| unavailable(e.to_string()))?;
                let region = aws_config::profile::ProfileFileRegionProvider::builder()
                    .profile_name(profile)
                    .build();
                use aws_config::meta::region::ProvideRegion;
                (creds, region.region().await.map(|r| r.to_string()))
            }
            Source::DefaultChain => {
                let config = aws_config::defaults(BehaviorVersion::latest()).load().await;
                let provider = config
                    .credentials_provider()
                    .ok_or_else(|| unavailable("no credentials provider".into()))?;
                let creds = provider
                    .provide_credentials()
                    .await
                    .map_err(|e| unavailable(e.to_string()))?;
                (creds, config.region().map(|r| r.to_string()))
            }
        };
        let account_id = match (&self.account_id, credentials.account_id()) {
            (Some(a), _) => a.clone(),
            (None, Some(a)) => a.as_str().to_string(),
            (None, None) => return Err(CredentialsError::NoAccount(self.name.clone())),
        };
        Ok((
            Principal {
                name: self.name.clone(),
                account_id,
                access_key_id: credentials.access_key_id().to_string(),
                secret_access_key: credentials.secret_access_key().to_string(),
                session_token: credentials.session_token().map(str::to_string),
                contact: None,
                policy: Default::default(),
            },
            region,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn principal_sources_parse_and_say_what_is_wrong() {
        let p: PrincipalSource = "receiver=partner-b@111122223333".parse().unwrap();
        assert_eq!(p.source, Source::Profile("partner-b".into()));
        assert_eq!(p.account_id.as_deref(), Some("111122223333"));
        assert_eq!(
            "s=env".parse::<PrincipalSource>().unwrap().source,
            Source::Environment
        );
        assert!(
            "nobody"
                .parse::<PrincipalSource>()
                .unwrap_err()
                .to_string()
                .contains("NAME=PROFILE")
        );
        assert!(
            "a=p@123"
                .parse::<PrincipalSource>()
                .unwrap_err()
                .to_string()
                .contains("not 12 digits")
        );
    }
}
