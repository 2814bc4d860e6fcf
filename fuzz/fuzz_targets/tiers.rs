#![no_main]

//! The differential check of the tiers: the input chooses a program (`tiers::generate`), which
//! must run the same with `-Xint`, tiered and `-Xcomp`.

#[path = "../tiers.rs"]
#[allow(dead_code)]
mod tiers;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(difference) = tiers::check_bytes(data) {
        panic!("{difference}");
    }
});
