//! The values a run makes up (account ids, names, idempotency tokens), each scenario from a generator
//! seeded with the run's seed and the scenario's place, so that `run --seed N` sends the same values
//! again whatever order the concurrent scenarios run in.
use rand::{RngExt, SeedableRng, rngs::StdRng};

/// One scenario's generator.
#[derive(Debug)]
pub struct Generator(StdRng);

const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

impl Generator {
    /// The generator of the scenario at `place` (`feature path:line`) in a run seeded with `seed`.
    pub fn for_scenario(seed: u64, place: &str) -> Generator {
        use std::hash::{BuildHasher, Hasher};
        let mut h = foldhash::fast::FixedState::with_seed(seed).build_hasher();
        h.write(place.as_bytes());
        Generator(StdRng::seed_from_u64(h.finish()))
    }

    /// A generator of its own seed (for what is not a scenario's: fuzzing's lifecycles draw their own).
    pub fn unseeded() -> Generator {
        Generator(rand::make_rng::<StdRng>())
    }

    /// `n` decimal digits (an account id is 12).
    pub fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.0.random_range(0..10u8)))
            .collect()
    }

    /// `n` lower-case letters and digits.
    pub fn lower(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| LOWER[self.0.random_range(0..LOWER.len())] as char)
            .collect()
    }

    /// An idempotency token.
    pub fn token(&mut self) -> String {
        format!("pcc-{}", self.lower(28))
    }

    /// A display name no other scenario uses.
    pub fn name(&mut self) -> String {
        format!("pcc-{}", self.lower(10))
    }
}

/// A seed for a run that was given none.
pub fn fresh_seed() -> u64 {
    rand::random::<u32>().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_seed_and_place_give_the_same_values_and_others_do_not() {
        let draw = |seed, place| {
            let mut g = Generator::for_scenario(seed, place);
            (g.digits(12), g.token(), g.name())
        };
        assert_eq!(draw(7, "a.feature:3"), draw(7, "a.feature:3"));
        assert_ne!(draw(7, "a.feature:3"), draw(8, "a.feature:3"));
        assert_ne!(draw(7, "a.feature:3"), draw(7, "a.feature:9"));
        let (digits, token, _) = draw(1, "x");
        assert!(digits.len() == 12 && digits.bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(token.len(), 32);
    }
}
