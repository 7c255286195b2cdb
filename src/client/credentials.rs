//! Principals from the standard AWS credential chain: `--principal NAME=SOURCE[@ACCOUNT]`, where SOURCE is
//! a profile name (shared config and credentials files, SSO, web identity, credential_process), `env` for the
//! environment's static keys, or `default` for the whole default chain (environment, profile, IMDS...).
use std::{
    collections::BTreeMap,
    sync::Arc,
    time::{Duration, SystemTime},
};

use aws_config::BehaviorVersion;
use aws_credential_types::{
    Credentials,
    provider::{ProvideCredentials, SharedCredentialsProvider},
};

use crate::wire::Principal;

/// A credentials error with its sources, as one line.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(&format!(": {s}"));
        source = s.source();
    }
    out
}

/// A session this close to its expiry is renewed before the next call is signed.
pub const RENEW_BEFORE: Duration = Duration::from_secs(5 * 60);

/// How many times a renewal is tried in a row before a call that has no valid session left fails.
const RENEWAL_ATTEMPTS: u32 = 3;

/// How long a failed renewal is not tried again while the current session is still valid.
const RENEWAL_PAUSE: Duration = Duration::from_secs(10);

/// One principal's credentials as its source keeps them: a session that expires (SSO, an assumed role, web
/// identity, a `credential_process`) is renewed from the same provider before it runs out, so a long run
/// and its cleanup keep signing with valid keys. A renewal that fails while the session is still valid
/// is tried again later, the calls meanwhile signed with the session they have; only a call with no
/// valid session left fails, after a few tries, naming the source and what its provider said.
pub struct Refreshing {
    provider: SharedCredentialsProvider,
    /// Where the credentials come from (`profile 'x'`), for the error.
    source: String,
    current: tokio::sync::Mutex<Session>,
}

/// The session calls are signed with, and when a renewal last failed.
struct Session {
    credentials: Credentials,
    failed_at: Option<SystemTime>,
}

impl std::fmt::Debug for Refreshing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Refreshing").finish_non_exhaustive()
    }
}

/// Per principal name, its renewable credentials (principals given as static keys have none).
pub type Refreshers = BTreeMap<String, Arc<Refreshing>>;

impl Refreshing {
    pub fn new(
        provider: SharedCredentialsProvider,
        source: impl Into<String>,
        current: Credentials,
    ) -> Refreshing {
        Refreshing {
            provider,
            source: source.into(),
            current: tokio::sync::Mutex::new(Session {
                credentials: current,
                failed_at: None,
            }),
        }
    }

    /// `principal` with keys valid for at least [`RENEW_BEFORE`] (renewed first when they are not); with
    /// the current keys while they are still valid though a renewal failed; or, when none is valid and
    /// renewing failed every time, why.
    pub async fn fresh(&self, principal: &Principal) -> Result<Principal, String> {
        let mut session = self.current.lock().await;
        let now = SystemTime::now();
        let expiry = session.credentials.expiry();
        let near = expiry.is_some_and(|at| at <= now + RENEW_BEFORE);
        let valid = expiry.is_none_or(|at| at > now + Duration::from_secs(5));
        let paused = session
            .failed_at
            .is_some_and(|at| now.duration_since(at).unwrap_or_default() < RENEWAL_PAUSE);
        if near && !(valid && paused) {
            let tries = if valid { 1 } else { RENEWAL_ATTEMPTS };
            match self.renew(tries).await {
                Ok(c) => {
                    session.credentials = c;
                    session.failed_at = None;
                }
                Err(_) if valid => session.failed_at = Some(now),
                Err(why) => {
                    return Err(format!(
                        "the credentials of principal '{}' from {} expired and could not be renewed ({tries} tries): {why}",
                        principal.name, self.source
                    ));
                }
            }
        }
        let c = &session.credentials;
        Ok(Principal {
            access_key_id: c.access_key_id().to_string(),
            secret_access_key: c.secret_access_key().to_string(),
            session_token: c.session_token().map(str::to_string),
            ..principal.clone()
        })
    }

    /// Asks the provider up to `tries` times, a little longer apart each time.
    async fn renew(&self, tries: u32) -> Result<Credentials, String> {
        let mut last = String::new();
        for n in 0..tries {
            if n > 0 {
                tokio::time::sleep(Duration::from_millis(200 << n)).await;
            }
            match self.provider.provide_credentials().await {
                Ok(c) => return Ok(c),
                Err(e) => last = error_chain(&e),
            }
        }
        Err(last)
    }
}

/// What the credential chain's providers call out with (SSO, STS): the harness's HTTPS client.
fn provider_config() -> aws_config::provider_config::ProviderConfig {
    aws_config::provider_config::ProviderConfig::default()
        .with_http_client(super::sdk_http_client())
}

/// A principal resolved from its source, and how its credentials are renewed.
#[derive(Debug)]
pub struct Resolved {
    pub principal: Principal,
    pub refreshing: Arc<Refreshing>,
}

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

    /// Why the source gave no credentials, in words that say what to check.
    fn why_not(&self, e: &aws_credential_types::provider::error::CredentialsError) -> String {
        use aws_credential_types::provider::error::CredentialsError as E;
        match (e, &self.source) {
            (E::CredentialsNotLoaded(_), Source::Profile(profile)) => format!(
                "no profile '{profile}' with credentials was found in ~/.aws/config or ~/.aws/credentials (or the files AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE name)"
            ),
            (E::CredentialsNotLoaded(_), Source::Environment) => {
                "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set".into()
            }
            _ => error_chain(e),
        }
    }

    /// Resolves the credentials now: the principal, and the provider that renews them. (Each service is
    /// signed for its own region, so a profile's region is not read.)
    pub async fn resolve(&self) -> Result<Resolved, CredentialsError> {
        let unavailable = |message: String| CredentialsError::Unavailable {
            name: self.name.clone(),
            source_desc: self.describe(),
            message,
        };
        let provider = match &self.source {
            Source::Environment => SharedCredentialsProvider::new(
                aws_config::environment::EnvironmentVariableCredentialsProvider::new(),
            ),
            Source::Profile(profile) => {
                // The profile alone (its keys, SSO, role, web identity or credential_process), never the
                // environment's keys, which the default chain would put first.
                SharedCredentialsProvider::new(
                    aws_config::profile::ProfileFileCredentialsProvider::builder()
                        .configure(&provider_config())
                        .profile_name(profile)
                        .build(),
                )
            }
            Source::DefaultChain => {
                let config = aws_config::defaults(BehaviorVersion::latest())
                    .http_client(super::sdk_http_client())
                    .load()
                    .await;
                config
                    .credentials_provider()
                    .ok_or_else(|| unavailable("no credentials provider".into()))?
            }
        };
        let credentials = provider
            .provide_credentials()
            .await
            .map_err(|e| unavailable(self.why_not(&e)))?;
        let account_id = match (&self.account_id, credentials.account_id()) {
            (Some(a), _) => a.clone(),
            (None, Some(a)) => a.as_str().to_string(),
            (None, None) => return Err(CredentialsError::NoAccount(self.name.clone())),
        };
        let principal = Principal {
            name: self.name.clone(),
            account_id,
            access_key_id: credentials.access_key_id().to_string(),
            secret_access_key: credentials.secret_access_key().to_string(),
            session_token: credentials.session_token().map(str::to_string),
            contact: None,
            policy: Default::default(),
        };
        Ok(Resolved {
            principal,
            refreshing: Arc::new(Refreshing::new(provider, self.describe(), credentials)),
        })
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

    /// A provider that hands out a new session, valid for `valid`, each time it is asked.
    #[derive(Debug)]
    struct Sessions {
        issued: std::sync::atomic::AtomicU32,
        valid: Duration,
    }

    impl ProvideCredentials for Sessions {
        fn provide_credentials<'a>(
            &'a self,
        ) -> aws_credential_types::provider::future::ProvideCredentials<'a>
        where
            Self: 'a,
        {
            let n = self
                .issued
                .fetch_add(1, std::sync::atomic::Ordering::SeqCst)
                + 1;
            let session = Credentials::new(
                format!("ASIASESSION{n}"),
                "secret",
                Some(format!("token-{n}")),
                Some(SystemTime::now() + self.valid),
                "test",
            );
            aws_credential_types::provider::future::ProvideCredentials::ready(Ok(session))
        }
    }

    async fn refreshing(valid: Duration) -> (Arc<Sessions>, Refreshing) {
        let sessions = Arc::new(Sessions {
            issued: Default::default(),
            valid,
        });
        let first = sessions.provide_credentials().await.unwrap();
        let shared = SharedCredentialsProvider::new(Shared(sessions.clone()));
        (sessions, Refreshing::new(shared, "profile 'test'", first))
    }

    /// A provider shared with the test that watches it.
    #[derive(Debug)]
    struct Shared<P>(Arc<P>);

    impl<P: ProvideCredentials> ProvideCredentials for Shared<P> {
        fn provide_credentials<'a>(
            &'a self,
        ) -> aws_credential_types::provider::future::ProvideCredentials<'a>
        where
            Self: 'a,
        {
            self.0.provide_credentials()
        }
    }

    fn principal() -> Principal {
        crate::wire::default_principals().remove(0)
    }

    #[tokio::test]
    async fn a_session_about_to_expire_is_renewed_before_the_next_signature() {
        let (sessions, r) = refreshing(Duration::from_secs(60)).await;
        let signer = r.fresh(&principal()).await.unwrap();
        assert_eq!(
            signer.access_key_id, "ASIASESSION2",
            "a minute left: renewed"
        );
        assert_eq!(signer.session_token.as_deref(), Some("token-2"));
        assert_eq!(signer.name, "sender");
        r.fresh(&principal()).await.unwrap();
        assert_eq!(sessions.issued.load(std::sync::atomic::Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn a_session_with_time_left_is_kept() {
        let (sessions, r) = refreshing(Duration::from_secs(3600)).await;
        for _ in 0..3 {
            assert_eq!(
                r.fresh(&principal()).await.unwrap().access_key_id,
                "ASIASESSION1"
            );
        }
        assert_eq!(sessions.issued.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    /// A provider that answers from a script: a session valid for so long, or a failure.
    #[derive(Debug)]
    struct Script {
        answers: std::sync::Mutex<std::collections::VecDeque<Result<i64, &'static str>>>,
        asked: std::sync::atomic::AtomicU32,
    }

    impl ProvideCredentials for Script {
        fn provide_credentials<'a>(
            &'a self,
        ) -> aws_credential_types::provider::future::ProvideCredentials<'a>
        where
            Self: 'a,
        {
            let n = self.asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            let next = self
                .answers
                .lock()
                .unwrap()
                .pop_front()
                .unwrap_or(Err("the script ran out"));
            let answer = next
                .map(|secs| session(&format!("ASIASCRIPT{n}"), secs))
                .map_err(|why| {
                    aws_credential_types::provider::error::CredentialsError::provider_error(why)
                });
            aws_credential_types::provider::future::ProvideCredentials::ready(answer)
        }
    }

    /// A session that expires `secs` from now (in the past when negative).
    fn session(key: &str, secs: i64) -> Credentials {
        let at = if secs >= 0 {
            SystemTime::now() + Duration::from_secs(secs as u64)
        } else {
            SystemTime::now() - Duration::from_secs(secs.unsigned_abs())
        };
        Credentials::new(key, "secret", Some("token".into()), Some(at), "test")
    }

    fn scripted(
        current_secs: i64,
        answers: Vec<Result<i64, &'static str>>,
    ) -> (Arc<Script>, Refreshing) {
        let script = Arc::new(Script {
            answers: std::sync::Mutex::new(answers.into()),
            asked: Default::default(),
        });
        let shared = SharedCredentialsProvider::new(Shared(script.clone()));
        let r = Refreshing::new(
            shared,
            "profile 'partner-sso'",
            session("ASIACURRENT", current_secs),
        );
        (script, r)
    }

    fn asked(s: &Script) -> u32 {
        s.asked.load(std::sync::atomic::Ordering::SeqCst)
    }

    #[tokio::test]
    async fn a_failed_renewal_keeps_signing_with_a_session_still_valid_and_is_tried_again_later() {
        let (script, r) = scripted(120, vec![Err("the SSO portal timed out"), Ok(3600)]);
        let signer = r.fresh(&principal()).await.unwrap();
        assert_eq!(
            signer.access_key_id, "ASIACURRENT",
            "two minutes left: kept"
        );
        let again = r.fresh(&principal()).await.unwrap();
        assert_eq!(again.access_key_id, "ASIACURRENT");
        assert_eq!(asked(&script), 1, "not asked again at once");
    }

    #[tokio::test]
    async fn an_expired_session_is_renewed_after_a_few_tries() {
        let (script, r) = scripted(-1, vec![Err("throttled"), Err("throttled"), Ok(3600)]);
        let signer = r.fresh(&principal()).await.unwrap();
        assert_eq!(signer.access_key_id, "ASIASCRIPT3");
        assert_eq!(asked(&script), 3);
    }

    #[tokio::test]
    async fn with_no_valid_session_left_the_call_fails_naming_the_source_and_the_provider() {
        let (script, r) = scripted(-1, vec![Err("the SSO session has expired"); 3]);
        let why = r.fresh(&principal()).await.unwrap_err();
        assert!(why.contains("profile 'partner-sso'"), "{why}");
        assert!(why.contains("the SSO session has expired"), "{why}");
        assert!(why.contains("3 tries"), "{why}");
        assert_eq!(asked(&script), 3);
    }
}
