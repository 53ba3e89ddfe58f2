//! pyaot's bindings generator (library mode): the interface model of a
//! compiled module ([`model`]) and one generator per target ecosystem.
//!
//! Each generator lowers the model to a small per-target view with every
//! name and type string computed, which askama templates under
//! `templates/<target>/` print. No generated source text lives in Rust
//! strings. Generators are pure: they return file contents, and the CLI
//! writes them.
//!
//! - [`c_header::c_header`]: `<module>.h` for `lib<module>.so`.
//! - [`npm::npm_package`]: `package.json`, `index.js`, `index.d.ts` and
//!   `README.md` around the N-API addon `<module>.linux-x64-gnu.node`.
//! - [`meta`]: package metadata from `pyproject.toml`.

pub mod c_header;
pub mod from_hir;
pub mod meta;
pub mod model;
pub mod npm;
pub mod python;

pub use c_header::c_header;
pub use meta::{parse_pyproject, read_pyproject, LoadedMeta, MetaError, PackageMeta};
pub use npm::npm_package;
