//! Bytes in: parsing incoming emails and files (being written).
