//! Interest and behaviour banks. (Stub: filled in by the banks work.)

use super::Bank;

pub(in crate::persona) static INTEREST_BANKS: &[Bank] = &[];
