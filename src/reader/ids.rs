//! Ids for a reader's set and element names, as the marks and the URL name them: the name in lower case, every run of
//! characters other than letters and digits one `-`, made unique with a numbered suffix where two names meet.

/// The ids of `names`, in their order: "Gene A/B" is `gene-a-b`; a second `gene-a-b` is `gene-a-b-2`. A name with no
/// letter or digit is named by `fallback` ("set", "element"), numbered the same way.
pub fn ids(names: &[String], fallback: &str) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    names
        .iter()
        .map(|name| {
            let base = match slug(name) {
                s if s.is_empty() => fallback.to_string(),
                s => s,
            };
            let mut id = base.clone();
            let mut n = 1;
            while !taken.insert(id.clone()) {
                n += 1;
                id = format!("{base}-{n}");
            }
            id
        })
        .collect()
}

/// A name in lower case, each run of other characters than letters and digits one `-`, none at either end.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}
