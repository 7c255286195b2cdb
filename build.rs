//! Embeds `schemas/` and `features/` into the binary, so an installed binary needs no files beside it.
use std::{env, fs, path::Path};

fn collect(dir: &Path, root: &Path, ext: &str, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(&path, root, ext, out);
        } else if let (true, Ok(rel)) = (
            path.extension().is_some_and(|e| e == ext),
            path.strip_prefix(root),
        ) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

fn embed(name: &str, dir: &str, ext: &str) -> String {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join(dir);
    println!("cargo:rerun-if-changed={dir}");
    let mut files = Vec::new();
    collect(&root, &root, ext, &mut files);
    let mut code = format!("pub static {name}: &[(&str, &str)] = &[\n");
    for rel in &files {
        let abs = root.join(rel);
        code.push_str(&format!(
            "    ({rel:?}, include_str!({:?})),\n",
            abs.to_string_lossy()
        ));
    }
    code.push_str("];\n");
    code
}

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    fs::write(
        out.join("embedded_schemas.rs"),
        embed("EMBEDDED", "schemas", "json"),
    )
    .expect("write embedded_schemas.rs");
    fs::write(
        out.join("embedded_features.rs"),
        embed("FEATURES", "features", "feature"),
    )
    .expect("write embedded_features.rs");
}
