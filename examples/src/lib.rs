//! Examples live in this folder; see Cargo.toml.
