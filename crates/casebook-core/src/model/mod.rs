//! The case model, named in the DPO's words.

mod case;
mod kinds;
mod language;
mod location;
mod reference;

pub use case::*;
pub use kinds::*;
pub use language::{Language, LanguageError};
pub use location::{Location, LocationError};
pub use reference::{Reference, ReferenceError};
