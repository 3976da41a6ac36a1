//! The case model, named in the DPO's words.

/// The text form of a value parsed from a code (`Location`, `Reference`,
/// `Language`): `FromStr` and serde's reading through its `parse` (so a bad
/// value is refused with `parse`'s message), written as its `Display` —
/// with `as_str`, the code it keeps.
macro_rules! text_form {
    ($t:ident, $err:ty, as_str) => {
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        text_form!($t, $err);
    };
    ($t:ident, $err:ty) => {
        impl std::str::FromStr for $t {
            type Err = $err;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $t::parse(s)
            }
        }

        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <String as serde::Deserialize>::deserialize(d)?;
                $t::parse(&s).map_err(serde::de::Error::custom)
            }
        }
    };
}

mod case;
mod kinds;
mod language;
mod location;
mod reference;

pub use case::*;
pub use kinds::*;
pub use language::{Language, LanguageError, Wordings};
pub use location::{Location, LocationError};
pub use reference::{Reference, ReferenceError};
