//! Case references such as `CB-2026-0001`.

use std::fmt;
use thiserror::Error;

/// A case's human-readable, stable reference: `CB-<year of receipt>-<sequence>`,
/// the sequence counting from 1 within the year and printed with at least four digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference {
    year: i32,
    sequence: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("invalid case reference '{0}': expected CB-YYYY-NNNN, for example CB-2026-0001")]
pub struct ReferenceError(pub String);

impl Reference {
    pub fn new(year: i32, sequence: u32) -> Self {
        Reference { year, sequence }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn sequence(self) -> u32 {
        self.sequence
    }

    pub fn parse(input: &str) -> Result<Self, ReferenceError> {
        let err = || ReferenceError(input.to_string());
        let s = input.trim().to_ascii_uppercase();
        let rest = s.strip_prefix("CB-").ok_or_else(err)?;
        let (year, seq) = rest.split_once('-').ok_or_else(err)?;
        if year.len() != 4 || seq.len() < 4 || seq.len() > 9 {
            return Err(err());
        }
        if !year.bytes().chain(seq.bytes()).all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let year: i32 = year.parse().map_err(|_| err())?;
        let sequence: u32 = seq.parse().map_err(|_| err())?;
        if sequence == 0 {
            return Err(err());
        }
        Ok(Reference { year, sequence })
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CB-{:04}-{:04}", self.year, self.sequence)
    }
}

text_form!(Reference, ReferenceError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses() {
        assert_eq!(Reference::new(2026, 1).to_string(), "CB-2026-0001");
        assert_eq!(Reference::new(2026, 12345).to_string(), "CB-2026-12345");
        assert_eq!(Reference::parse("cb-2026-0042").unwrap(), Reference::new(2026, 42));
        for bad in ["", "CB-2026", "CB-26-0001", "XX-2026-0001", "CB-2026-01", "CB-2026-0000", "CB-2026-00a1"] {
            assert!(Reference::parse(bad).is_err(), "{bad}");
        }
    }
}
