//! Cortado's compiler tier. Empty until the JIT issue lands: the interpreter defines the
//! semantics and runs everything today. This crate will see the VM only through a narrow
//! interface that `cortado-runtime` implements, so it never depends on the runtime.
