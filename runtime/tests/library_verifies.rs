//! The whole class library passes the application classes' verifier (at run time it is
//! trusted and skips it): javac's StackMapTable frames must all check.

use cortado_runtime::{Vm, VmOptions};

#[test]
fn class_library_verifies() {
    let vm = Vm::new(VmOptions::default()).unwrap();
    let verified = vm
        .verify_class_library()
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(verified.classes > 500, "{verified:?}");
    // A second pass only verifies (the classes are loaded and decoded) and must agree.
    assert_eq!(vm.verify_class_library().unwrap(), verified);
}
