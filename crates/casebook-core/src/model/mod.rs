//! The case model, named in the DPO's words.

mod case;
mod kinds;
mod location;
mod reference;

pub use case::*;
pub use kinds::*;
pub use location::{Location, LocationError};
pub use reference::{Reference, ReferenceError};
