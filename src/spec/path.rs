//! Dotted member paths into JSON documents: `a.b[0].c`.
use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

fn segments(path: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, rest) = part.split_once('[').map_or((part, ""), |(n, r)| (n, r));
        if !name.is_empty() {
            out.push(Seg::Key(name.to_string()));
        }
        for idx in rest.split('[') {
            if let Ok(i) = idx.trim_end_matches(']').parse::<usize>() {
                out.push(Seg::Index(i));
            }
        }
    }
    out
}

pub fn get<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    segments(path).iter().try_fold(root, |v, s| match s {
        Seg::Key(k) => v.get(k),
        Seg::Index(i) => v.get(i),
    })
}

/// Sets the member at `path`, creating objects on the way.
pub fn set(root: &mut Value, path: &str, value: Value) {
    let segs = segments(path);
    let mut cur = root;
    for (n, seg) in segs.iter().enumerate() {
        let last = n + 1 == segs.len();
        match seg {
            Seg::Key(k) => {
                if !cur.is_object() {
                    *cur = Value::Object(Default::default());
                }
                let Some(obj) = cur.as_object_mut() else {
                    return;
                };
                if last {
                    obj.insert(k.clone(), value);
                    return;
                }
                cur = obj.entry(k.clone()).or_insert(Value::Null);
            }
            Seg::Index(i) => {
                if !cur.is_array() {
                    *cur = Value::Array(Vec::new());
                }
                let Some(arr) = cur.as_array_mut() else {
                    return;
                };
                while arr.len() <= *i {
                    arr.push(Value::Null);
                }
                if last {
                    arr[*i] = value;
                    return;
                }
                cur = &mut arr[*i];
            }
        }
    }
}

/// Removes the member at `path`; true when there was one.
pub fn remove(root: &mut Value, path: &str) -> bool {
    let mut segs = segments(path);
    let Some(last) = segs.pop() else { return false };
    let mut cur = root;
    for seg in &segs {
        let next = match seg {
            Seg::Key(k) => cur.get_mut(k),
            Seg::Index(i) => cur.get_mut(*i),
        };
        let Some(next) = next else { return false };
        cur = next;
    }
    match last {
        Seg::Key(k) => cur.as_object_mut().and_then(|o| o.remove(&k)).is_some(),
        Seg::Index(i) => match cur.as_array_mut() {
            Some(a) if i < a.len() => {
                a.remove(i);
                true
            }
            _ => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn get_set_remove() {
        let mut v = json!({"a": {"b": [1, {"c": 2}]}});
        assert_eq!(get(&v, "a.b[1].c"), Some(&json!(2)));
        set(&mut v, "a.b[1].d", json!("x"));
        set(&mut v, "n.m", json!(true));
        assert_eq!(get(&v, "a.b[1].d"), Some(&json!("x")));
        assert_eq!(get(&v, "n.m"), Some(&json!(true)));
        assert!(remove(&mut v, "a.b[0]"));
        assert_eq!(get(&v, "a.b[0].c"), Some(&json!(2)));
        assert!(!remove(&mut v, "zz.y"));
    }
}
