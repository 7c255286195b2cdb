//! The principals the mock adds while serving, by access key, and the count of each one's calls per
//! operation (what a policy's errors for first calls go by).
use std::{
    collections::HashMap,
    sync::{Mutex, RwLock},
};

use crate::wire::Principal;

/// The principals added while serving, by access key, and how many calls of each operation each principal
/// with errors for its first calls has made.
#[derive(Debug, Default)]
pub struct Guests {
    by_key: RwLock<HashMap<String, Principal>>,
    calls: Mutex<HashMap<(String, String), usize>>,
}

impl Guests {
    /// The added principal whose access key is `key`.
    pub fn by_key(&self, key: &str) -> Option<Principal> {
        self.by_key.read().ok()?.get(key).cloned()
    }

    /// Keeps an added principal.
    pub fn insert(&self, principal: Principal) -> Result<(), String> {
        let mut guests = self
            .by_key
            .write()
            .map_err(|_| "the mock's principals are unavailable".to_string())?;
        guests.insert(principal.access_key_id.clone(), principal);
        Ok(())
    }

    /// Every added principal.
    pub fn all(&self) -> Vec<Principal> {
        self.by_key
            .read()
            .map(|g| g.values().cloned().collect())
            .unwrap_or_default()
    }

    /// Forgets every added principal and count (the mock's reset).
    pub fn clear(&self) {
        if let Ok(mut g) = self.by_key.write() {
            g.clear();
        }
        if let Ok(mut c) = self.calls.lock() {
            c.clear();
        }
    }

    /// The number of this call among the principal's calls of `operation`, from 0.
    pub fn count(&self, key: &str, operation: &str) -> usize {
        let Ok(mut calls) = self.calls.lock() else {
            return usize::MAX;
        };
        let n = calls
            .entry((key.to_string(), operation.to_string()))
            .or_default();
        *n += 1;
        *n - 1
    }
}
