//! Managed services rules of program management accounts and relationships: a MANAGED_SERVICES_PROVIDER
//! PMA needs its `type`; `accountScope` and `startDate` belong to MANAGED_SERVICES_END_CUSTOMER
//! relationships only; every other association type still needs `associatedAccountId`.
use compact_str::CompactString;

use super::{
    call::Call,
    clock::Second,
    error::ApiError,
    model::{AccountScope, AssociationType, Managed},
};

pub const PROVIDER_PROGRAM: &str = "MANAGED_SERVICES_PROVIDER";

/// The PMA's `type`, checked against its program.
pub fn pma_type(call: &Call<'_>) -> Result<Option<String>, ApiError> {
    let kind = call.str("type").map(str::to_string);
    if call.str("program") == Some(PROVIDER_PROGRAM) && kind.is_none() {
        return Err(ApiError::business_validation(
            "type",
            format!(
                "type is required for a program management account of program {PROVIDER_PROGRAM}"
            ),
        ));
    }
    Ok(kind)
}

/// What a new relationship of `association` takes beyond the common members: its managed services
/// terms and its given start date.
pub struct Terms {
    pub managed: Option<Box<Managed>>,
    pub start_date: Option<Second>,
}

/// Checks the members that depend on the association type and returns what they set.
pub fn relationship_terms(
    call: &Call<'_>,
    association: AssociationType,
) -> Result<Terms, ApiError> {
    let managed = association == AssociationType::ManagedServicesEndCustomer;
    if !managed {
        for member in ["accountScope", "startDate"] {
            if call.input.get(member).is_some() {
                return Err(ApiError::business_validation(
                    member,
                    format!(
                        "{member} applies only to {} relationships, not {}",
                        AssociationType::ManagedServicesEndCustomer.as_str(),
                        association.as_str()
                    ),
                ));
            }
        }
        if call.str("associatedAccountId").is_none() {
            return Err(ApiError::business_validation(
                "associatedAccountId",
                format!(
                    "associatedAccountId is required for a {} relationship",
                    association.as_str()
                ),
            ));
        }
        return Ok(Terms {
            managed: None,
            start_date: None,
        });
    }
    let start_date = match call.str("startDate") {
        Some(text) => Some(Second::of(super::clock::parse_iso8601(text).ok_or_else(
            || ApiError::business_validation("startDate", format!("'{text}' is not a timestamp")),
        )?)),
        None => None,
    };
    Ok(Terms {
        managed: Some(Box::new(Managed {
            account_scope: call.str("accountScope").and_then(AccountScope::parse),
            channel_contract_id: None::<CompactString>,
            end_date: None,
        })),
        start_date,
    })
}
