//! pyaot's bindings generator (library mode): the interface model of a
//! compiled module ([`model`]) and one generator per target ecosystem.
//!
//! Each generator lowers the model to a small per-target view with every
//! name and type string computed, which askama templates under
//! `templates/<target>/` print. No generated source text lives in Rust
//! strings.

pub mod from_hir;
pub mod model;
