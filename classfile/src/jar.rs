//! Jars (zip archives) as class-path entries: listing, reading entries, and the manifest's
//! `Main-Class`.

use std::io::{Cursor, Read};

use crate::error::{Error, Result};

/// An opened jar, held in memory so that reads need no file handle (and no host access).
pub struct Jar {
    archive: zip::ZipArchive<Cursor<Vec<u8>>>,
}

impl std::fmt::Debug for Jar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jar")
            .field("entries", &self.archive.len())
            .finish()
    }
}

fn archive_error(error: impl std::fmt::Display) -> Error {
    Error::Archive(error.to_string())
}

impl Jar {
    /// Opens a jar from its bytes.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Jar> {
        let archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(archive_error)?;
        Ok(Jar { archive })
    }

    /// The bytes of an entry, `Ok(None)` when there is no such entry.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>> {
        let mut entry = match self.archive.by_name(name) {
            Ok(entry) => entry,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(error) => return Err(archive_error(error)),
        };
        // Cap the read so a lying header cannot make us allocate without bound.
        let mut bytes = Vec::with_capacity((entry.size() as usize).min(1 << 24));
        entry.read_to_end(&mut bytes).map_err(archive_error)?;
        Ok(Some(bytes))
    }

    pub fn entry_names(&self) -> impl Iterator<Item = &str> {
        self.archive.file_names()
    }

    /// The `Main-Class` attribute of `META-INF/MANIFEST.MF`, with continuation lines joined.
    pub fn main_class(&mut self) -> Result<Option<String>> {
        let Some(bytes) = self.read("META-INF/MANIFEST.MF")? else {
            return Ok(None);
        };
        let text = String::from_utf8_lossy(&bytes);
        Ok(manifest_attribute(&text, "Main-Class"))
    }
}

/// Reads one main-section attribute of a manifest (continuation lines start with a space).
pub fn manifest_attribute(manifest: &str, key: &str) -> Option<String> {
    let mut logical_lines: Vec<String> = Vec::new();
    for line in manifest.split(['\n']).map(|l| l.trim_end_matches('\r')) {
        if line.is_empty() {
            break; // end of the main section
        }
        match (line.strip_prefix(' '), logical_lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => logical_lines.push(line.to_owned()),
        }
    }
    logical_lines.iter().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.eq_ignore_ascii_case(key)
            .then(|| value.trim().to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_main_class_with_continuation() {
        let manifest = "Manifest-Version: 1.0\r\nMain-Class: com.example.VeryLong\r\n Name\r\n\r\nName: x\r\nMain-Class: no\r\n";
        assert_eq!(
            manifest_attribute(manifest, "Main-Class").as_deref(),
            Some("com.example.VeryLongName")
        );
    }

    #[test]
    fn corrupt_jar_is_an_error() {
        assert!(Jar::from_bytes(b"PK\x03\x04garbage".to_vec()).is_err());
    }
}
