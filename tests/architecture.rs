//! The rooms of `src/` and which way they lean: no module uses one that uses it back, however far round, and the pure
//! core uses nothing of the browser.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every module of the library, by its path (`present::upset`), with its source.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("a directory entry").path();
            match path.is_dir() {
                true if path.file_name().is_some_and(|n| n != "bin") => walk(&path, out),
                true => {}
                false if path.extension().is_some_and(|e| e == "rs") => out.push(path),
                false => {}
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let mut out = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap().with_extension("");
        let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
        if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
            parts.pop();
        }
        if parts == ["main"] {
            continue; // the binary, not the library
        }
        out.insert(parts.join("::"), std::fs::read_to_string(&file).unwrap());
    }
    out
}

/// The source without its comment lines.
fn code(source: &str) -> String {
    source.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The paths a path and what follows it stand for: itself, or, where a `{…}` group follows (`crate::a::{b, c::D}`),
/// each of its items after it, groups within groups too.
fn expand(path: &str, rest: &str) -> Vec<String> {
    let Some(group) = rest.strip_prefix('{').filter(|_| path.ends_with("::")) else { return vec![path.to_string()] };
    let (mut depth, mut items, mut start) = (0, Vec::new(), 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..i]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    let name = |s: &str| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect::<String>();
    items
        .into_iter()
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .flat_map(|item| {
            let inner = name(item);
            expand(&(path.to_string() + &inner), &item[inner.len()..])
        })
        .collect()
}

/// The modules `source` (the module `name`) refers to by `crate::…` or `super::…` paths (grouped imports too), each
/// resolved to the longest path that names a module; its own children (which it declares) and itself are left out.
fn uses(name: &str, source: &str, known: &BTreeMap<String, String>) -> Vec<String> {
    let parent: Vec<&str> = name.split("::").filter(|p| !p.is_empty()).collect();
    let parent = &parent[..parent.len().saturating_sub(1)];
    let mut found = Vec::new();
    let code = code(source);
    for (at, _) in code.match_indices("crate::").chain(code.match_indices("super::")) {
        let rest = &code[at..];
        let path: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        for path in expand(&path, &rest[path.len()..]) {
            let mut segments: Vec<String> = path.split("::").filter(|s| !s.is_empty()).map(str::to_string).collect();
            match segments.first().map(String::as_str) {
                Some("crate") => drop(segments.remove(0)),
                Some("super") => {
                    segments.remove(0);
                    segments.splice(0..0, parent.iter().map(|s| s.to_string()));
                }
                _ => continue,
            }
            let target = (1..=segments.len()).rev().map(|n| segments[..n].join("::")).find(|m| known.contains_key(m));
            if let Some(target) = target.filter(|t| t != name && !t.starts_with(&format!("{name}::"))) {
                if !found.contains(&target) {
                    found.push(target);
                }
            }
        }
    }
    found
}

/// A cycle of the graph of modules and the modules each uses, as "a → b → a", if it has one.
fn cycle(graph: &BTreeMap<String, Vec<String>>) -> Option<String> {
    // Depth-first, each module on the path while its uses are explored: meeting one on the path closes a cycle.
    fn visit<'a>(
        at: &'a str,
        graph: &'a BTreeMap<String, Vec<String>>,
        path: &mut Vec<&'a str>,
        done: &mut Vec<&'a str>,
    ) -> Option<String> {
        if let Some(start) = path.iter().position(|p| *p == at) {
            return Some(format!("{} → {at}", path[start..].join(" → ")));
        }
        if done.contains(&at) {
            return None;
        }
        path.push(at);
        let found = graph.get(at).into_iter().flatten().find_map(|next| visit(next, graph, path, done));
        path.pop();
        done.push(at);
        found
    }
    let mut done = Vec::new();
    graph.keys().find_map(|name| visit(name, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let modules = modules();
    assert!(modules.contains_key("present::upset") && modules.contains_key("components::app"), "{:?}", modules.keys());
    let graph = modules.iter().map(|(name, source)| (name.clone(), uses(name, source, &modules))).collect();
    assert_eq!(cycle(&graph), None, "an import cycle");
}

#[test]
fn the_core_uses_nothing_of_the_browser_or_of_yew() {
    for (name, source) in modules() {
        if name.is_empty() || name.starts_with("components") {
            continue;
        }
        for browser in ["web_sys", "js_sys", "gloo", "wasm_bindgen", "yew", "crate::components"] {
            assert!(
                !code(&source).contains(browser),
                "{name} uses {browser}: the core must run and be tested natively"
            );
        }
    }
}

#[test]
fn the_check_finds_a_cycle_however_far_round() {
    let modules: BTreeMap<String, String> = [
        ("a", "use crate::b::X;"),
        ("b", "fn f() { crate::c::g() }\n// crate::d is only mentioned"),
        ("c", "use super::a;"),
        ("d", "use crate::a::Z;"),
    ]
    .into_iter()
    .map(|(n, s)| (n.to_string(), s.to_string()))
    .collect();
    let graph: BTreeMap<String, Vec<String>> =
        modules.iter().map(|(name, source)| (name.clone(), uses(name, source, &modules))).collect();
    assert_eq!(graph["b"], ["c"], "a comment is no use");
    assert_eq!(cycle(&graph), Some("a → b → c → a".to_string()));
    let acyclic = graph.into_iter().filter(|(n, _)| n != "c").collect();
    assert_eq!(cycle(&acyclic), None);
    let mut parent = BTreeMap::new();
    parent.insert("p".to_string(), String::new());
    parent.insert("p::q".to_string(), "use super::r::Y;".to_string());
    parent.insert("p::r".to_string(), String::new());
    assert_eq!(uses("p::q", &parent["p::q"], &parent), ["p::r"], "super:: is the parent's path");
    // Grouped imports, groups within groups too.
    let grouped: BTreeMap<String, String> =
        [("a", "use crate::{b::X, c::{self, Y}};\nuse super::{d::Z};"), ("b", ""), ("c", ""), ("d", "")]
            .into_iter()
            .map(|(n, s)| (n.to_string(), s.to_string()))
            .collect();
    assert_eq!(uses("a", &grouped["a"], &grouped), ["b", "c", "d"]);
}
