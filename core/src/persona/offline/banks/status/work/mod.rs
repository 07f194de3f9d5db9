//! Work banks: one per occupation facet, with the title shown where the pack has no matching job.
//!
//! One file per kind of work; the order of [`BANKS`] is the order sampling and lookups
//! see, so a new bank goes at the end of its file and of this list.

use super::super::Bank;

mod care;
mod desk;
mod own_account;
mod platform_and_shift;
mod trades_and_ventures;

pub(super) static BANKS: &[Bank] = &[
    care::WORKING,
    care::NURSE,
    care::TEACHER,
    care::DOCTOR,
    care::HEALTHCARE_WORKER,
    platform_and_shift::DELIVERY_RIDER,
    platform_and_shift::RIDE_HAILING_DRIVER,
    platform_and_shift::BPO_AGENT,
    platform_and_shift::NIGHT_SHIFT_WORKER,
    platform_and_shift::FREELANCER,
    platform_and_shift::GIG_WORKER,
    own_account::SMALL_BUSINESS_OWNER,
    own_account::ONLINE_SELLER,
    own_account::FARMER,
    own_account::FISHER,
    desk::REMOTE_WORKER,
    desk::CONTENT_CREATOR,
    desk::OFFICE_WORKER,
    desk::CIVIL_SERVANT,
    desk::SOFTWARE_DEVELOPER,
    desk::ENGINEER,
    desk::DESIGNER,
    trades_and_ventures::FACTORY_WORKER,
    trades_and_ventures::CONSTRUCTION_WORKER,
    trades_and_ventures::DOMESTIC_WORKER,
    trades_and_ventures::STREET_VENDOR,
    trades_and_ventures::ENTREPRENEUR,
];
