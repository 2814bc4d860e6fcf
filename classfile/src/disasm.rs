//! A javap-like disassembler (filled in below).
