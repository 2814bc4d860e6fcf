//! Benchmark programs and harnesses.
