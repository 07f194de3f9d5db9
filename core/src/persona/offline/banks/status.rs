//! Parenthood, life-stage and work banks. (Stub: filled in by the banks work.)

use super::Bank;

pub(in crate::persona) static STATUS_BANKS: &[Bank] = &[];
