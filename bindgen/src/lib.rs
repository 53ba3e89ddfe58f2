//! pyaot's bindings generator (library mode): the interface model of a
//! compiled module and one generator per target ecosystem.
//!
//! Planned shape (see `ARCHITECTURE.md` and DESIGN.md §5–6): the checker's
//! exported signatures become an `InterfaceModel` (serialisable as JSON for
//! `pyaot inspect`); each target lowers it to a small per-target model with
//! every name and type string computed, which askama templates under
//! `templates/<target>/` print. No generated source text lives in Rust
//! strings. This crate is intentionally empty until library mode lands.
