//! What verdicts and signing depend on beyond shapes: the service's signing name and auth schemes, each
//! error's fault, HTTP status and retryable flag, the idempotency-token member, whether an operation is
//! read-only, and its paginator. Classed as the breaking-change rules of Smithy's prelude and AWS's auth
//! traits class them: `@error` and `@httpError` any change breaking; `@retryable`,
//! `@idempotencyToken`, `@readonly` and an auth scheme breaking only when removed; the signing name any
//! change; `@paginated` breaking when removed or when a token or the page size changes, its items only a
//! note.
use super::{Class, Compare, Shape, change, model};

fn class(breaking: bool) -> Class {
    if breaking {
        Class::Breaking
    } else {
        Class::BackwardCompatible
    }
}

fn shown<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref().map_or("none".to_string(), |v| v.to_string())
}

impl Compare<'_> {
    /// The service's signing name and auth schemes (only where both models name a signing name: the
    /// contract's own model always does).
    pub(super) fn service_traits(&mut self) {
        let (a, b) = (&self.ours.service, &self.theirs.service);
        let subject = self.theirs.target_prefix.clone();
        if !a.signing_name.is_empty()
            && !b.signing_name.is_empty()
            && a.signing_name != b.signing_name
        {
            let detail = format!("signing name {} → {}", a.signing_name, b.signing_name);
            self.push(change(
                "auth",
                "changed",
                subject.clone(),
                detail,
                Class::Breaking,
            ));
        }
        if b.auth_schemes.is_empty() {
            return;
        }
        let (mine, theirs) = (a.auth_schemes.clone(), b.auth_schemes.clone());
        for scheme in theirs.iter().filter(|s| !mine.contains(s)) {
            let detail = format!("auth scheme {scheme}");
            self.push(change(
                "auth",
                "added",
                subject.clone(),
                detail,
                Class::BackwardCompatible,
            ));
        }
        for scheme in mine.iter().filter(|s| !theirs.contains(s)) {
            let detail = format!("auth scheme {scheme}");
            self.push(change(
                "auth",
                "removed",
                subject.clone(),
                detail,
                Class::Breaking,
            ));
        }
    }

    pub(super) fn error_traits(&mut self, a: &Shape, b: &Shape, name: &str) {
        let (Some(x), Some(y)) = (&a.error, &b.error) else {
            return;
        };
        if x.fault != y.fault {
            let detail = format!("fault {} → {}", x.fault.as_str(), y.fault.as_str());
            self.push(change(
                "error",
                "changed",
                name.into(),
                detail,
                Class::Breaking,
            ));
        }
        if x.http_status != y.http_status {
            let detail = format!(
                "HTTP status {} → {}",
                shown(&x.http_status),
                shown(&y.http_status)
            );
            self.push(change(
                "error",
                "changed",
                name.into(),
                detail,
                Class::Breaking,
            ));
        }
        if x.retryable != y.retryable {
            let text = |r: Option<bool>| match r {
                None => "not retryable",
                Some(false) => "retryable",
                Some(true) => "retryable (throttling)",
            };
            let detail = format!("{} → {}", text(x.retryable), text(y.retryable));
            let removed = x.retryable.is_some() && y.retryable.is_none();
            self.push(change(
                "error",
                "changed",
                name.into(),
                detail,
                class(removed),
            ));
        }
    }

    pub(super) fn idempotency_token(
        &mut self,
        ours: &model::Member,
        theirs: &model::Member,
        subject: &str,
    ) {
        if ours.idempotency_token != theirs.idempotency_token {
            let detail = if theirs.idempotency_token {
                "now the idempotency token"
            } else {
                "no longer the idempotency token"
            };
            self.push(change(
                "idempotencyToken",
                "changed",
                subject.into(),
                detail.into(),
                class(ours.idempotency_token),
            ));
        }
    }

    /// Read-only and paginator of an operation both have. A paginator is compared only where both
    /// models know paginators (botocore keeps them in a file of their own).
    pub(super) fn operation_traits(
        &mut self,
        name: &str,
        ours: &model::OperationShape,
        theirs: &model::OperationShape,
    ) {
        if ours.readonly != theirs.readonly {
            let detail = if theirs.readonly {
                "now read-only"
            } else {
                "no longer read-only"
            };
            let c = change(
                "readonly",
                "changed",
                name.into(),
                detail.into(),
                class(ours.readonly),
            );
            self.push(c);
        }
        if self.ours.has_paginators && self.theirs.has_paginators {
            self.paginator(name, ours.paginator.as_ref(), theirs.paginator.as_ref());
        }
    }

    fn paginator(
        &mut self,
        name: &str,
        ours: Option<&model::Paginator>,
        theirs: Option<&model::Paginator>,
    ) {
        let (a, b) = match (ours, theirs) {
            (None, None) => return,
            (Some(_), None) => {
                let c = change(
                    "paginator",
                    "removed",
                    name.into(),
                    "no longer pages".into(),
                    Class::Breaking,
                );
                return self.push(c);
            }
            (None, Some(b)) => {
                let detail = format!("pages {} by {}", shown(&b.items), b.input_token);
                let c = change(
                    "paginator",
                    "added",
                    name.into(),
                    detail,
                    Class::BackwardCompatible,
                );
                return self.push(c);
            }
            (Some(a), Some(b)) => (a, b),
        };
        let members = [
            (
                "input token",
                Some(&a.input_token),
                Some(&b.input_token),
                true,
            ),
            (
                "output token",
                Some(&a.output_token),
                Some(&b.output_token),
                true,
            ),
            ("items", a.items.as_ref(), b.items.as_ref(), false),
            (
                "page size",
                a.page_size.as_ref(),
                b.page_size.as_ref(),
                true,
            ),
        ];
        for (what, x, y, breaks_on_update) in members {
            if x == y {
                continue;
            }
            let breaking = y.is_none() || (x.is_some() && breaks_on_update);
            let detail = format!("{what} {} → {}", shown(&x), shown(&y));
            self.push(change(
                "paginator",
                "changed",
                name.into(),
                detail,
                class(breaking),
            ));
        }
    }
}
