//! Cortado's `java.base` class library: Java sources under `stdlib/java`, compiled by JDK 17's
//! javac at build time (see `build.rs`) and embedded here as class-file bytes.

include!(concat!(env!("OUT_DIR"), "/stdlib_classes.rs"));

/// The name of the module these classes belong to.
pub const MODULE_NAME: &str = "java.base";

/// The class file of `name`, a binary class name with slashes (`"java/lang/String"`).
pub fn class_bytes(name: &str) -> Option<&'static [u8]> {
    CLASSES
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| CLASSES[i].1)
}

/// Every class in the library, in sorted order.
pub fn class_names() -> impl Iterator<Item = &'static str> {
    CLASSES.iter().map(|(n, _)| *n)
}

/// The compiled `module-info.class` of `java.base`, if present.
pub fn module_info_bytes() -> Option<&'static [u8]> {
    MODULE_INFO
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_classes_present() {
        for name in ["java/lang/Object", "java/lang/String"] {
            let bytes = class_bytes(name).unwrap_or_else(|| panic!("{name} missing"));
            assert_eq!(&bytes[..4], &[0xCA, 0xFE, 0xBA, 0xBE]);
        }
        assert!(class_bytes("module-info").is_none());
        assert!(class_bytes("java/lang/NoSuchClass").is_none());
    }

    #[test]
    fn table_is_sorted() {
        let names: Vec<_> = class_names().collect();
        assert!(names.windows(2).all(|w| w[0] < w[1]));
    }
}
