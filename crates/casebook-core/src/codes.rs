//! Enums stored and exchanged as stable string codes.
//!
//! Codes are part of the database format and of the CLI's JSON contract: they
//! never change once released. `code_enum!` generates, for each enum, the code
//! and label tables, parsing with an error that names the bad input and lists
//! the valid codes, and serde support as the code string.

use thiserror::Error;

/// An input string that is not one of an enum's codes.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown {kind} '{input}' (expected one of: {expected})")]
pub struct CodeError {
    pub kind: &'static str,
    pub input: String,
    pub expected: String,
}

/// Exported for the other crates' closed vocabularies (the render crate's
/// letter kinds), so that every code enum parses, prints and serialises alike.
#[macro_export]
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident as $kind:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, $label:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        // With the `ts` feature, the TypeScript type is the union of the codes (what serde writes).
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        $vis enum $name { $( $(#[$vmeta])* #[cfg_attr(feature = "ts", ts(rename = $code))] $variant, )+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )+ ];

            /// The stable code used in storage, JSON and on the command line.
            pub fn code(self) -> &'static str {
                match self { $( $name::$variant => $code, )+ }
            }

            /// The name a DPO reads on screen and in letters (English).
            pub fn label(self) -> &'static str {
                match self { $( $name::$variant => $label, )+ }
            }

            pub fn from_code(s: &str) -> Option<Self> {
                match s { $( $code => Some($name::$variant), )+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::CodeError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::from_code(s.trim()).ok_or_else(|| $crate::CodeError {
                    kind: $kind,
                    input: s.to_string(),
                    expected: [$($code),+].join(", "),
                })
            }
        }

        impl $crate::__serde::Serialize for $name {
            fn serialize<S: $crate::__serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> $crate::__serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as $crate::__serde::Deserialize>::deserialize(d)?;
                s.parse().map_err($crate::__serde::de::Error::custom)
            }
        }
    };
}
