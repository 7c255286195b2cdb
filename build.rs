//! Embeds every file under `schemas/` into the binary, so an installed binary needs no files beside it.
use std::{env, fs, path::Path};

fn collect(dir: &Path, root: &Path, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("schemas");
    println!("cargo:rerun-if-changed=schemas");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    let mut code = String::from("pub static EMBEDDED: &[(&str, &str)] = &[\n");
    for rel in &files {
        let abs = root.join(rel);
        code.push_str(&format!("    ({rel:?}, include_str!({:?})),\n", abs.to_string_lossy()));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_schemas.rs");
    fs::write(out, code).expect("write embedded_schemas.rs");
}
