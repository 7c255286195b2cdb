//! The relationship and its renderings (list item and detail).
//!
//! A catalog may hold a million relationships, so one is kept small (about 150 bytes): short strings
//! inline, the enumerations as enums, the owner, catalog and PMA shared by all relationships of the
//! PMA, times to the second, and the ARN and the list item made when read, not kept.
use std::{fmt, sync::Arc};

use compact_str::CompactString;
use serde::Serialize;
use serde_json::Value;

use crate::mock::{arn, clock::Second};

wire_enum! {
    /// `AssociationType`.
    AssociationType {
        DownstreamSeller = "DOWNSTREAM_SELLER",
        EndCustomer = "END_CUSTOMER",
        Internal = "INTERNAL",
        ManagedServicesEndCustomer = "MANAGED_SERVICES_END_CUSTOMER",
    }
}

wire_enum! {
    /// `AccountScope` of a managed services relationship.
    AccountScope { EntireOrganization = "ENTIRE_ORGANIZATION", SpecificMemberAccounts = "SPECIFIC_MEMBER_ACCOUNTS" }
}

/// What only a managed services relationship has: its account scope, and the channel contract in
/// effect with its end date (the relationship's `endDate`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Managed {
    pub account_scope: Option<AccountScope>,
    pub channel_contract_id: Option<CompactString>,
    pub end_date: Option<Second>,
}

wire_enum! {
    /// `Sector`.
    Sector { Commercial = "COMMERCIAL", Government = "GOVERNMENT", GovernmentException = "GOVERNMENT_EXCEPTION" }
}

wire_enum! {
    /// `ResaleAccountModel`.
    ResaleAccountModel { Distributor = "DISTRIBUTOR", EndCustomer = "END_CUSTOMER", SolutionProvider = "SOLUTION_PROVIDER" }
}

wire_enum! {
    /// `ServicePeriodType`.
    ServicePeriodType { MinimumNoticePeriod = "MINIMUM_NOTICE_PERIOD", FixedCommitmentPeriod = "FIXED_COMMITMENT_PERIOD" }
}

/// What all relationships of one program management account share: its owner, catalog and id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Scope {
    pub owner: CompactString,
    pub catalog: CompactString,
    pub pma_id: CompactString,
}

/// A relationship between a program management account and another account.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Relationship {
    pub id: CompactString,
    #[serde(flatten)]
    pub scope: Arc<Scope>,
    pub association_type: AssociationType,
    pub sector: Sector,
    pub resale_account_model: Option<ResaleAccountModel>,
    /// The service period type of an accepted START_SERVICE_PERIOD handshake not yet revoked.
    pub active_service_period: Option<ServicePeriodType>,
    /// Empty where none was given (a managed services relationship may name none).
    pub associated_account_id: CompactString,
    pub display_name: CompactString,
    /// The `requestedSupportPlan` union as given (kept; the model returns it nowhere).
    pub requested_support_plan: Option<Box<Value>>,
    /// Managed services relationships only.
    pub managed: Option<Box<Managed>>,
    pub revision: u64,
    pub created_at: Second,
    pub updated_at: Second,
    pub start_date: Option<Second>,
    pub seq: u64,
}

/// The relationship's ARN, written where it is needed.
pub struct RelationshipArn<'a>(&'a Relationship);

impl RelationshipArn<'_> {
    fn pieces(&self) -> [&str; 8] {
        let (r, s) = (self.0, &self.0.scope);
        arn::relationship_arn_pieces(&s.owner, &s.catalog, &s.pma_id, &r.id)
    }

    /// Appends the ARN as a JSON string.
    fn write_json(&self, out: &mut String) {
        let pieces = self.pieces();
        if !pieces.iter().all(|p| plain(p)) {
            return string(out, &pieces.concat());
        }
        out.push('"');
        for piece in pieces {
            out.push_str(piece);
        }
        out.push('"');
    }
}

impl fmt::Display for RelationshipArn<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.pieces().iter().try_for_each(|p| f.write_str(p))
    }
}

impl Serialize for RelationshipArn<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A relationship as the admin API's state dump shows it: everything kept, and its ARN.
#[derive(Serialize)]
pub struct Dumped<'a> {
    arn: RelationshipArn<'a>,
    #[serde(flatten)]
    relationship: &'a Relationship,
}

impl Relationship {
    pub fn arn(&self) -> RelationshipArn<'_> {
        RelationshipArn(self)
    }

    pub fn dumped(&self) -> Dumped<'_> {
        Dumped {
            arn: self.arn(),
            relationship: self,
        }
    }

    pub fn owner(&self) -> &str {
        &self.scope.owner
    }

    pub fn catalog(&self) -> &str {
        &self.scope.catalog
    }

    pub fn pma_id(&self) -> &str {
        &self.scope.pma_id
    }

    /// Appends the list item (`RelationshipSummary`) to `out` as JSON text.
    pub fn write_summary(&self, out: &mut String) {
        self.write(out, false);
    }

    /// Appends GetRelationship's `RelationshipDetail` to `out` as JSON text.
    pub fn write_detail(&self, out: &mut String) {
        self.write(out, true);
    }

    /// The managed services members the detail shows.
    fn managed_detail(&self, detail: bool) -> &Managed {
        static NONE: Managed = Managed {
            account_scope: None,
            channel_contract_id: None,
            end_date: None,
        };
        self.managed.as_deref().filter(|_| detail).unwrap_or(&NONE)
    }

    /// `RelationshipSummary` (or with the resale account model and the managed services members
    /// `RelationshipDetail`), member by member in serde_json's order, without serde's machinery: a list
    /// page writes fifty of these, and nothing is kept to copy from. The tests hold it to serde's
    /// serialisation of the same members.
    fn write(&self, out: &mut String, detail: bool) {
        let s = &*self.scope;
        let managed = self.managed_detail(detail);
        out.push('{');
        if let Some(scope) = managed.account_scope {
            word(out, "\"accountScope\":", scope.as_str());
            out.push(',');
        }
        out.push_str("\"arn\":");
        self.arn().write_json(out);
        if !self.associated_account_id.is_empty() {
            out.push_str(",\"associatedAccountId\":");
            string(out, &self.associated_account_id);
        }
        word(out, ",\"associationType\":", self.association_type.as_str());
        out.push_str(",\"catalog\":");
        string(out, &s.catalog);
        if let Some(contract) = &managed.channel_contract_id {
            out.push_str(",\"channelContractId\":");
            string(out, contract);
        }
        out.push_str(",\"createdAt\":");
        self.created_at.write_json(out);
        out.push_str(",\"displayName\":");
        string(out, &self.display_name);
        if let Some(end) = managed.end_date {
            out.push_str(",\"endDate\":");
            end.write_json(out);
        }
        out.push_str(",\"id\":");
        string(out, &self.id);
        out.push_str(",\"programManagementAccountId\":");
        string(out, &s.pma_id);
        if let Some(model) = self.resale_account_model.filter(|_| detail) {
            word(out, ",\"resaleAccountModel\":", model.as_str());
        }
        out.push_str(",\"revision\":\"");
        out.push_str(itoa::Buffer::new().format(self.revision));
        word(out, "\",\"sector\":", self.sector.as_str());
        if let Some(start) = self.start_date {
            out.push_str(",\"startDate\":");
            start.write_json(out);
        }
        out.push_str(",\"updatedAt\":");
        self.updated_at.write_json(out);
        out.push('}');
    }
}

/// A JSON string: as it is when nothing in it needs escaping (ids, account ids, most names), else
/// escaped by serde_json.
fn string(out: &mut String, text: &str) {
    if plain(text) {
        out.push('"');
        out.push_str(text);
        out.push('"');
    } else {
        out.push_str(&serde_json::Value::from(text).to_string());
    }
}

/// Whether `text` goes into a JSON string as it is (no quote, backslash or control character).
fn plain(text: &str) -> bool {
    text.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\')
}

/// A member whose value is an enumeration's name, which needs no escaping.
fn word(out: &mut String, key: &str, name: &str) {
    out.push_str(key);
    out.push('"');
    out.push_str(name);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::OffsetDateTime;

    // The oracle `Relationship::write` is held to: the same members, serialised by serde.

    /// A revision as the model writes it: a string.
    struct Revision(u64);

    impl Serialize for Revision {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(&self.0)
        }
    }

    /// `RelationshipSummary`, or with the resale account model `RelationshipDetail`, as the wire has them.
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct View<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        account_scope: Option<AccountScope>,
        arn: RelationshipArn<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        associated_account_id: Option<&'a str>,
        association_type: AssociationType,
        catalog: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        channel_contract_id: Option<&'a str>,
        created_at: Second,
        display_name: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        end_date: Option<Second>,
        id: &'a str,
        program_management_account_id: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        resale_account_model: Option<ResaleAccountModel>,
        revision: Revision,
        sector: Sector,
        #[serde(skip_serializing_if = "Option::is_none")]
        start_date: Option<Second>,
        updated_at: Second,
    }

    impl Relationship {
        fn view(&self, detail: bool) -> View<'_> {
            let managed = self.managed_detail(detail);
            View {
                account_scope: managed.account_scope,
                arn: self.arn(),
                associated_account_id: Some(self.associated_account_id.as_str())
                    .filter(|a| !a.is_empty()),
                association_type: self.association_type,
                catalog: self.catalog(),
                channel_contract_id: managed.channel_contract_id.as_deref(),
                created_at: self.created_at,
                display_name: &self.display_name,
                end_date: managed.end_date,
                id: &self.id,
                program_management_account_id: self.pma_id(),
                resale_account_model: self.resale_account_model.filter(|_| detail),
                revision: Revision(self.revision),
                sector: self.sector,
                start_date: self.start_date,
                updated_at: self.updated_at,
            }
        }

        /// `RelationshipSummary`, the list item, as a document.
        pub fn summary(&self) -> Value {
            serde_json::to_value(self.view(false)).unwrap_or_default()
        }

        /// `RelationshipDetail`, as a document.
        pub fn detail(&self) -> Value {
            serde_json::to_value(self.view(true)).unwrap_or_default()
        }
    }

    fn relationship() -> Relationship {
        let now = Second::of(OffsetDateTime::UNIX_EPOCH);
        Relationship {
            id: "rs-1".into(),
            scope: Arc::new(Scope {
                owner: "111122223333".into(),
                catalog: "Sandbox".into(),
                pma_id: "pm-1".into(),
            }),
            association_type: AssociationType::EndCustomer,
            sector: Sector::Commercial,
            resale_account_model: None,
            active_service_period: None,
            associated_account_id: "123456789012".into(),
            display_name: "a \"quoted\" name\n\u{1}, longer than twenty-four bytes: é".into(),
            requested_support_plan: None,
            managed: None,
            revision: 3,
            created_at: now,
            updated_at: now,
            start_date: Some(now),
            seq: 1,
        }
    }

    #[test]
    fn the_written_items_are_the_documents_and_the_detail_adds_the_resale_model() {
        let mut r = relationship();
        for model in [None, Some(ResaleAccountModel::EndCustomer)] {
            r.resale_account_model = model;
            let (mut summary, mut detail) = (String::new(), String::new());
            r.write_summary(&mut summary);
            r.write_detail(&mut detail);
            assert_eq!(summary, serde_json::to_string(&r.view(false)).unwrap());
            assert_eq!(detail, serde_json::to_string(&r.view(true)).unwrap());
            let summary: Value = serde_json::from_str(&summary).unwrap();
            let detail: Value = serde_json::from_str(&detail).unwrap();
            assert_eq!((&summary, &detail), (&r.summary(), &r.detail()));
            assert_eq!(summary.get("resaleAccountModel"), None);
            assert_eq!(detail.get("resaleAccountModel").is_some(), model.is_some());
        }
        let d = r.detail();
        assert_eq!(
            d["arn"],
            "arn:aws:partnercentral:us-east-1:111122223333:catalog/Sandbox/program-management-account/pm-1/relationship/rs-1"
        );
        assert_eq!(
            (&d["revision"], &d["createdAt"]),
            (&"3".into(), &"1970-01-01T00:00:00Z".into())
        );
        assert_eq!(d["displayName"], r.display_name.as_str());
    }

    proptest::proptest! {
        /// The hand-written text is serde's, whatever the strings and numbers hold.
        #[test]
        fn the_written_text_is_the_serialized_view(
            name in "\\PC{0,40}",
            owner in "[0-9\"\\\\\u{0}-\u{1f}a]{0,14}",
            revision in proptest::num::u64::ANY,
            seconds in 0i64..253_402_300_799,
            detail: bool,
            managed: bool,
            associated: bool,
        ) {
            let mut r = relationship();
            r.display_name = name.as_str().into();
            r.scope = Arc::new(Scope { owner: owner.as_str().into(), ..(*r.scope).clone() });
            r.revision = revision;
            r.updated_at = Second::of(OffsetDateTime::from_unix_timestamp(seconds).unwrap());
            r.resale_account_model = Some(ResaleAccountModel::Distributor);
            if !associated {
                r.associated_account_id = "".into();
            }
            if managed {
                r.managed = Some(Box::new(Managed {
                    account_scope: Some(AccountScope::SpecificMemberAccounts),
                    channel_contract_id: Some("cc-0123456789abc".into()),
                    end_date: Some(r.updated_at),
                }));
            }
            let mut written = String::new();
            r.write(&mut written, detail);
            proptest::prop_assert_eq!(written, serde_json::to_string(&r.view(detail)).unwrap());
        }
    }

    #[test]
    fn the_state_dump_shows_everything_kept_and_the_arn() {
        let r = relationship();
        let d = serde_json::to_value(r.dumped()).unwrap();
        assert_eq!(d["arn"], r.detail()["arn"]);
        for (member, value) in [
            ("owner", "111122223333"),
            ("catalog", "Sandbox"),
            ("pmaId", "pm-1"),
            ("associationType", "END_CUSTOMER"),
            ("updatedAt", "1970-01-01T00:00:00Z"),
        ] {
            assert_eq!(d[member], value, "{member}");
        }
        assert_eq!((&d["revision"], &d["seq"]), (&3.into(), &1.into()));
    }

    #[test]
    fn a_relationship_is_small() {
        assert!(
            std::mem::size_of::<Relationship>() <= 160,
            "{}",
            std::mem::size_of::<Relationship>()
        );
    }
}
