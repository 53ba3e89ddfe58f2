//! Package metadata: what every generated package says about itself (name,
//! version, license, ...), read from the `[project]` table of a
//! `pyproject.toml` beside the module (PEP 621), with defaults when absent.
//!
//! [`parse_pyproject`] is pure; [`read_pyproject`] is the one function that
//! touches the file system. Both return warnings (values that were missing
//! or had to be adjusted) for the CLI to print; they never print.

use std::fmt;
use std::path::Path;

use toml::{Table, Value};

/// Metadata shared by every target's package. Targets adjust it to their
/// own rules (npm names are lowercase, for example); the values here are as
/// the project declared them, or the defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageMeta {
    /// The distribution name; defaults to the module name.
    pub name: String,
    /// Defaults to [`DEFAULT_VERSION`].
    pub version: String,
    pub description: Option<String>,
    /// An SPDX expression (`MIT`, `Apache-2.0 OR MIT`) or, for a license
    /// given as a file, `SEE LICENSE IN <file>` (npm's convention).
    /// `None` when the project declares none: generators then omit it.
    pub license: Option<String>,
    /// The first author, `Name <email>`.
    pub author: Option<String>,
    pub repository: Option<String>,
    pub homepage: Option<String>,
    /// Where to report bugs (`urls.Issues`, `urls."Bug Tracker"`).
    pub bugs: Option<String>,
    pub keywords: Vec<String>,
}

pub const DEFAULT_VERSION: &str = "0.1.0";

impl PackageMeta {
    /// The metadata of a module with no `pyproject.toml`.
    pub fn defaults(module: &str) -> PackageMeta {
        PackageMeta {
            name: module.to_string(),
            version: DEFAULT_VERSION.to_string(),
            description: None,
            license: None,
            author: None,
            repository: None,
            homepage: None,
            bugs: None,
            keywords: Vec::new(),
        }
    }
}

/// Metadata plus what the reader had to assume.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedMeta {
    pub meta: PackageMeta,
    pub warnings: Vec<String>,
}

/// A `pyproject.toml` that exists but cannot be used.
#[derive(Debug)]
pub enum MetaError {
    Io(std::io::Error),
    Toml(toml::de::Error),
    /// `project` is not a table.
    ProjectNotTable,
    /// A field of the wrong shape, e.g. `version = 3`.
    Field {
        field: &'static str,
        expected: &'static str,
    },
}

impl fmt::Display for MetaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MetaError::Io(e) => write!(f, "cannot read pyproject.toml: {e}"),
            MetaError::Toml(e) => write!(f, "pyproject.toml is not valid TOML: {e}"),
            MetaError::ProjectNotTable => write!(f, "pyproject.toml: project must be a table"),
            MetaError::Field { field, expected } => {
                write!(f, "pyproject.toml: [project] {field} must be {expected}")
            }
        }
    }
}

impl std::error::Error for MetaError {}

/// Reads the metadata of `module` from the `pyproject.toml` at `path`. A
/// missing file gives the defaults and a warning.
pub fn read_pyproject(path: &Path, module: &str) -> Result<LoadedMeta, MetaError> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse_pyproject(&text, module),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut loaded = complete(PackageMeta::defaults(module), Vec::new());
            loaded.warnings.insert(
                0,
                format!(
                    "no {}: using the module name and version {DEFAULT_VERSION}",
                    path.display()
                ),
            );
            Ok(loaded)
        }
        Err(e) => Err(MetaError::Io(e)),
    }
}

/// Parses the `[project]` table of a `pyproject.toml`.
pub fn parse_pyproject(text: &str, module: &str) -> Result<LoadedMeta, MetaError> {
    let doc: Table = text.parse().map_err(MetaError::Toml)?;
    let mut warnings = Vec::new();
    let mut meta = PackageMeta::defaults(module);
    let Some(project) = doc.get("project") else {
        warnings.push("pyproject.toml has no [project] table".to_string());
        return Ok(complete(meta, warnings));
    };
    let project = project.as_table().ok_or(MetaError::ProjectNotTable)?;
    let dynamic = string_list(project, "dynamic")?;
    if let Some(name) = string(project, "name")? {
        meta.name = name;
    }
    match string(project, "version")? {
        Some(v) => meta.version = v,
        None if dynamic.iter().any(|d| d == "version") => warnings.push(format!(
            "the version is dynamic in pyproject.toml: using {DEFAULT_VERSION}"
        )),
        None => {}
    }
    meta.description = string(project, "description")?;
    meta.license = license(project.get("license"))?;
    meta.author = first_author(project.get("authors"))?;
    meta.keywords = string_list(project, "keywords")?;
    if let Some(urls) = project.get("urls") {
        let urls = urls.as_table().ok_or(MetaError::Field {
            field: "urls",
            expected: "a table of strings",
        })?;
        meta.repository = url(urls, &["repository", "source", "source code", "code"]);
        meta.homepage = url(urls, &["homepage", "home", "documentation"]);
        meta.bugs = url(urls, &["issues", "bug tracker", "bugs", "tracker"]);
    }
    Ok(complete(meta, warnings))
}

/// Warnings every source of metadata shares.
fn complete(meta: PackageMeta, mut warnings: Vec<String>) -> LoadedMeta {
    if meta.license.is_none() {
        warnings.push(
            "no license in pyproject.toml ([project] license): the package declares none".into(),
        );
    }
    LoadedMeta { meta, warnings }
}

fn string(table: &Table, field: &'static str) -> Result<Option<String>, MetaError> {
    match table.get(field) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(MetaError::Field {
            field,
            expected: "a string",
        }),
    }
}

fn string_list(table: &Table, field: &'static str) -> Result<Vec<String>, MetaError> {
    let wrong = MetaError::Field {
        field,
        expected: "a list of strings",
    };
    match table.get(field) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>()
            .ok_or(wrong),
        Some(_) => Err(wrong),
    }
}

/// `license = "MIT"` (PEP 639), `license = {text = "MIT"}` or
/// `license = {file = "LICENSE"}` (PEP 621).
fn license(value: Option<&Value>) -> Result<Option<String>, MetaError> {
    let wrong = MetaError::Field {
        field: "license",
        expected: "a string, {text = \"...\"} or {file = \"...\"}",
    };
    match value {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Table(t)) => {
            if let Some(text) = t.get("text") {
                text.as_str().map(|s| Some(s.to_string())).ok_or(wrong)
            } else if let Some(file) = t.get("file") {
                file.as_str()
                    .map(|f| Some(format!("SEE LICENSE IN {f}")))
                    .ok_or(wrong)
            } else {
                Err(wrong)
            }
        }
        Some(_) => Err(wrong),
    }
}

/// `authors = [{name = "A", email = "a@x"}, ...]` -> `A <a@x>`.
fn first_author(value: Option<&Value>) -> Result<Option<String>, MetaError> {
    let wrong = MetaError::Field {
        field: "authors",
        expected: "a list of {name, email} tables",
    };
    let Some(value) = value else {
        return Ok(None);
    };
    let authors = value.as_array().ok_or(wrong)?;
    let Some(first) = authors.first() else {
        return Ok(None);
    };
    let first = first.as_table().ok_or(MetaError::Field {
        field: "authors",
        expected: "a list of {name, email} tables",
    })?;
    let name = first.get("name").and_then(Value::as_str);
    let email = first.get("email").and_then(Value::as_str);
    Ok(match (name, email) {
        (Some(n), Some(e)) => Some(format!("{n} <{e}>")),
        (Some(n), None) => Some(n.to_string()),
        (None, Some(e)) => Some(format!("<{e}>")),
        (None, None) => None,
    })
}

/// The first URL whose label (compared case-insensitively) is one of
/// `labels`, in the order of `labels`.
fn url(urls: &Table, labels: &[&str]) -> Option<String> {
    labels.iter().find_map(|want| {
        urls.iter()
            .find(|(label, _)| label.eq_ignore_ascii_case(want))
            .and_then(|(_, v)| v.as_str().map(str::to_string))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_project_table() {
        let text = r#"
[project]
name = "geometry"
version = "1.2.0"
description = "Plane geometry helpers."
license = {text = "Apache-2.0"}
authors = [{name = "Ada", email = "ada@example.org"}, {name = "Bob"}]
keywords = ["geometry", "polygon"]

[project.urls]
Homepage = "https://example.org/geometry"
"Source Code" = "https://github.com/example/geometry"
"Bug Tracker" = "https://github.com/example/geometry/issues"
"#;
        let loaded = parse_pyproject(text, "geometry").unwrap();
        assert_eq!(loaded.warnings, Vec::<String>::new());
        let m = loaded.meta;
        assert_eq!(m.name, "geometry");
        assert_eq!(m.version, "1.2.0");
        assert_eq!(m.description.as_deref(), Some("Plane geometry helpers."));
        assert_eq!(m.license.as_deref(), Some("Apache-2.0"));
        assert_eq!(m.author.as_deref(), Some("Ada <ada@example.org>"));
        assert_eq!(m.keywords, ["geometry", "polygon"]);
        assert_eq!(m.homepage.as_deref(), Some("https://example.org/geometry"));
        assert_eq!(
            m.repository.as_deref(),
            Some("https://github.com/example/geometry")
        );
        assert_eq!(
            m.bugs.as_deref(),
            Some("https://github.com/example/geometry/issues")
        );
    }

    #[test]
    fn missing_fields_get_defaults_and_warnings() {
        let loaded = parse_pyproject("[project]\ndynamic = [\"version\"]\n", "textkit").unwrap();
        assert_eq!(loaded.meta.name, "textkit");
        assert_eq!(loaded.meta.version, DEFAULT_VERSION);
        assert_eq!(loaded.meta.license, None);
        assert_eq!(loaded.warnings.len(), 2, "{:?}", loaded.warnings);
        assert!(loaded.warnings[0].contains("dynamic"));
        assert!(loaded.warnings[1].contains("license"));

        let loaded = parse_pyproject("[tool.x]\n", "m").unwrap();
        assert_eq!(loaded.meta, PackageMeta::defaults("m"));
        assert!(loaded.warnings[0].contains("[project]"));
    }

    #[test]
    fn license_forms() {
        let pep639 = parse_pyproject("[project]\nlicense = \"MIT OR Apache-2.0\"\n", "m").unwrap();
        assert_eq!(pep639.meta.license.as_deref(), Some("MIT OR Apache-2.0"));
        let file = parse_pyproject("[project]\nlicense = {file = \"COPYING\"}\n", "m").unwrap();
        assert_eq!(file.meta.license.as_deref(), Some("SEE LICENSE IN COPYING"));
    }

    #[test]
    fn wrong_shapes_are_errors() {
        let err = parse_pyproject("[project]\nversion = 3\n", "m").unwrap_err();
        assert_eq!(
            err.to_string(),
            "pyproject.toml: [project] version must be a string"
        );
        assert!(matches!(
            parse_pyproject("[project\n", "m"),
            Err(MetaError::Toml(_))
        ));
    }

    #[test]
    fn a_missing_file_gives_defaults() {
        let path = Path::new("/nonexistent/pyaot/pyproject.toml");
        let loaded = read_pyproject(path, "m").unwrap();
        assert_eq!(loaded.meta, PackageMeta::defaults("m"));
        assert!(loaded.warnings[0].starts_with("no /nonexistent/pyaot/pyproject.toml"));
    }
}
