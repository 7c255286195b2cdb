//! A value a service takes for a member with a pattern: a string of an exact length that the pattern
//! matches whole (as a service applies it, though the model's patterns are not anchored), its characters
//! chosen digits first, then letters, so that an account id is `111111111111`, not `aaaaaaaaaaaa`.
//! Built from the pattern's syntax tree: for each part, the lengths it can take, then a split of the
//! length among the parts that every part can meet.
use regex_syntax::hir::{Class, Hir, HirKind};

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, OnceLock},
};

/// A pattern read once: its syntax tree and its whole-value matcher (the contract's few dozen patterns
/// are asked for again and again, by every probe and every coverage count).
struct Compiled {
    hir: Hir,
    whole: regex::Regex,
}

fn compiled(pattern: &str) -> Option<Arc<Compiled>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Option<Arc<Compiled>>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(hit) = cache.lock().ok()?.get(pattern) {
        return hit.clone();
    }
    let made = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()
        .zip(regex::Regex::new(&format!("^(?:{pattern})$")).ok())
        .map(|(hir, whole)| Arc::new(Compiled { hir, whole }));
    cache.lock().ok()?.insert(pattern.to_string(), made.clone());
    made
}

/// A string of exactly `len` characters that `pattern` (anchored at both ends) matches, if there is one.
pub fn of_length(pattern: &str, len: usize) -> Option<String> {
    let c = compiled(pattern)?;
    let made = build(&c.hir, len)?;
    c.whole.is_match(&made).then_some(made)
}

/// Whether `value` is matched whole by `pattern`.
pub fn matches_whole(pattern: &str, value: &str) -> bool {
    compiled(pattern).is_some_and(|c| c.whole.is_match(value))
}

/// The lengths (0..=n) `h` can match, as a table of which are possible.
fn lengths(h: &Hir, n: usize) -> Vec<bool> {
    let mut out = vec![false; n + 1];
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => out[0] = true,
        HirKind::Literal(lit) => {
            let c = String::from_utf8_lossy(&lit.0).chars().count();
            if c <= n {
                out[c] = true;
            }
        }
        HirKind::Class(class) => {
            if pick(class).is_some() && n >= 1 {
                out[1] = true;
            }
        }
        HirKind::Capture(cap) => return lengths(&cap.sub, n),
        HirKind::Concat(parts) => {
            out[0] = true;
            for p in parts {
                out = sum(&out, &lengths(p, n));
            }
        }
        HirKind::Alternation(alts) => {
            for a in alts {
                for (i, ok) in lengths(a, n).into_iter().enumerate() {
                    out[i] |= ok;
                }
            }
        }
        HirKind::Repetition(rep) => {
            let one = lengths(&rep.sub, n);
            if let Some(c) = single(&one) {
                let most = rep.max.map_or(n, |m| m as usize);
                for k in (rep.min as usize)..=most.min(n) {
                    match k.checked_mul(c).filter(|l| *l <= n) {
                        Some(l) => out[l] = true,
                        None => break,
                    }
                }
                return out;
            }
            let steps = repeated(&one, rep.min, rep.max, n);
            for row in steps.iter().skip(rep.min as usize) {
                for (i, ok) in row.iter().enumerate() {
                    out[i] |= ok;
                }
            }
        }
    }
    out
}

/// The one length a part takes, when it takes exactly one and it is not empty (`[a-z]`, `ab`).
fn single(lengths: &[bool]) -> Option<usize> {
    let mut it = (0..lengths.len()).filter(|&i| lengths[i]);
    match (it.next(), it.next()) {
        (Some(c), None) if c > 0 => Some(c),
        _ => None,
    }
}

/// The lengths of one part followed by another.
fn sum(a: &[bool], b: &[bool]) -> Vec<bool> {
    let n = a.len() - 1;
    let mut out = vec![false; n + 1];
    let bs: Vec<usize> = (0..b.len()).filter(|&j| b[j]).collect();
    for i in (0..a.len()).filter(|&i| a[i]) {
        for &j in bs.iter().take_while(|&&j| i + j <= n) {
            out[i + j] = true;
        }
    }
    out
}

/// Row k: the lengths k repetitions of a part (lengths `one`) can take, for k up to `max` (or until no
/// new length can come).
fn repeated(one: &[bool], min: u32, max: Option<u32>, n: usize) -> Vec<Vec<bool>> {
    let mut rows = vec![{
        let mut zero = vec![false; n + 1];
        zero[0] = true;
        zero
    }];
    let cap = max.map_or(n + 1, |m| (m as usize).min(n.max(min as usize) + 1));
    // Once a row adds no length the rows before it did not, no later row can.
    let mut seen = rows[0].clone();
    while rows.len() <= cap {
        let next = sum(rows.last().map_or(&[][..], Vec::as_slice), one);
        let new = next.iter().zip(&seen).any(|(a, b)| *a && !*b);
        if next.iter().all(|ok| !ok) || (!new && rows.len() > min as usize) {
            break;
        }
        for (s, x) in seen.iter_mut().zip(&next) {
            *s |= *x;
        }
        rows.push(next);
    }
    rows
}

/// A string of exactly `len` characters that `h` matches.
fn build(h: &Hir, len: usize) -> Option<String> {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => (len == 0).then(String::new),
        HirKind::Literal(lit) => {
            let text = String::from_utf8_lossy(&lit.0).into_owned();
            (text.chars().count() == len).then_some(text)
        }
        HirKind::Class(class) => (len == 1).then(|| pick(class)).flatten().map(String::from),
        HirKind::Capture(cap) => build(&cap.sub, len),
        HirKind::Alternation(alts) => alts
            .iter()
            .find(|a| lengths(a, len)[len])
            .and_then(|a| build(a, len)),
        HirKind::Concat(parts) => concat(parts, len),
        HirKind::Repetition(rep) => {
            let one = lengths(&rep.sub, len);
            if let Some(c) = single(&one) {
                let k = len / c;
                let fits = len.is_multiple_of(c)
                    && k >= rep.min as usize
                    && rep.max.is_none_or(|m| k <= m as usize);
                return fits
                    .then(|| build(&rep.sub, c))
                    .flatten()
                    .map(|part| part.repeat(k));
            }
            let rows = repeated(&one, rep.min, rep.max, len);
            let k = (rep.min as usize..rows.len()).find(|&k| rows[k][len])?;
            let mut left = len;
            let mut out = String::new();
            for done in (0..k).rev() {
                // The shortest share this repetition can take with the rest still possible.
                let share = (0..=left).find(|&l| one[l] && rows[done][left - l])?;
                out.push_str(&build(&rep.sub, share)?);
                left -= share;
            }
            Some(out)
        }
    }
}

/// The parts in order, each given the shortest length that leaves the rest possible: the last part
/// that can grow takes what is left.
fn concat(parts: &[Hir], len: usize) -> Option<String> {
    let sets: Vec<Vec<bool>> = parts.iter().map(|p| lengths(p, len)).collect();
    // rest[i]: the lengths parts i.. can take together.
    let mut rest = vec![vec![false; len + 1]; parts.len() + 1];
    rest[parts.len()][0] = true;
    for i in (0..parts.len()).rev() {
        rest[i] = sum(&sets[i], &rest[i + 1]);
    }
    if !rest[0][len] {
        return None;
    }
    let mut left = len;
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        let share = (0..=left).find(|&l| sets[i][l] && rest[i + 1][left - l])?;
        out.push_str(&build(part, share)?);
        left -= share;
    }
    Some(out)
}

/// A character of the class: a digit first, then a letter, then any printable ASCII character, then the
/// first of the class that is not a control character.
fn pick(class: &Class) -> Option<char> {
    let has = |c: char| match class {
        Class::Unicode(u) => u.ranges().iter().any(|r| r.start() <= c && c <= r.end()),
        Class::Bytes(b) => {
            c.is_ascii()
                && b.ranges()
                    .iter()
                    .any(|r| r.start() <= c as u8 && c as u8 <= r.end())
        }
    };
    ['1', '0', 'a', 'A']
        .into_iter()
        .chain((0x21u8..0x7f).map(char::from))
        .find(|c| has(*c))
        .or_else(|| match class {
            Class::Unicode(u) => u
                .ranges()
                .iter()
                .flat_map(|r| [r.start(), r.end()])
                .find(|c| !c.is_control()),
            Class::Bytes(_) => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_id_is_digits_and_a_bound_is_met_exactly() {
        assert_eq!(of_length("[0-9]*", 12).as_deref(), Some("111111111111"));
        assert_eq!(of_length("[0-9]*", 0).as_deref(), Some(""));
        assert_eq!(of_length("[a-zA-Z]*", 3).as_deref(), Some("aaa"));
        assert_eq!(
            of_length("pma-[a-z0-9]{13}", 17).as_deref(),
            Some("pma-1111111111111")
        );
        assert_eq!(
            of_length("pma-[a-z0-9]{13}", 16),
            None,
            "no id of 16 has that form"
        );
        assert_eq!(of_length("[a-zA-Z0-9-]+", 0), None);
    }

    #[test]
    fn a_long_value_pads_the_part_that_can_grow() {
        let arn = "(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/channel-handshake/)?ch-[a-z0-9]{13}";
        let v = of_length(arn, 1012).unwrap();
        assert_eq!(v.chars().count(), 1012);
        assert!(
            v.starts_with("arn:") && v.ends_with("/channel-handshake/ch-1111111111111"),
            "{v}"
        );
        let email = "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*";
        let v = of_length(email, 320).unwrap();
        assert!(matches_whole(email, &v) && v.chars().count() == 320, "{v}");
        let line = "\\p{Z}*[^\\p{C}\\p{Z}][^\\p{C}]*";
        assert_eq!(of_length(line, 4).as_deref(), Some("1111"));
    }

    #[test]
    fn unicode_classes_give_a_printable_character() {
        let key = "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)";
        assert_eq!(of_length(key, 2).as_deref(), Some("11"));
        let text = "[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD\\n]+";
        assert_eq!(of_length(text, 1).as_deref(), Some("1"));
    }
}
