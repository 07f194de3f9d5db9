//! Parenthood, life-stage and work banks: one for every value of the Parenthood,
//! LifeStage and Work families of `audience::VOCABULARY`. Lines are country-neutral
//! English; local names come only through the `{brand}`, `{place}`, `{app}`, `{media}`
//! and `{team}` slots (parenting, property and retirement data, or the closest interest
//! category), and `{kids}` names the persona's children in the parenthood banks.
//!
//! Status banks must keep the facts straight: retirees neither work nor study, first
//! home buyers rent or live with family, and carers of "an ageing parent" are young
//! enough to have one.

use super::{Bank, Generic};

mod life_stage;
mod parenthood;
mod work;

pub(super) const PARENTING: Generic = Generic {
    brand: "a trusted baby brand",
    place: "the children's store",
    app: "a parenting app",
    media: "a parenting page",
    team: "the local team",
};

pub(super) const FAMILY: Generic = Generic {
    brand: "the family's usual brand",
    place: "the neighbourhood pharmacy",
    app: "a shopping app",
    media: "a parenting page",
    team: "the local team",
};

pub(super) const PROPERTY: Generic = Generic {
    brand: "a home-loan product",
    place: "the bank",
    app: "a property portal",
    media: "a home-buying show",
    team: "the local team",
};

pub(super) const RETIREMENT: Generic = Generic {
    brand: "the pension fund",
    place: "the community centre",
    app: "the pension agency's app",
    media: "a magazine for older readers",
    team: "the local team",
};

pub(super) const WORK: Generic = Generic {
    brand: "a reliable work brand",
    place: "the supply shop",
    app: "a work chat app",
    media: "a trade page",
    team: "the local team",
};

/// Every status bank: parenthood, then life stage, then work.
pub(in crate::persona) fn status_banks() -> impl Iterator<Item = &'static Bank> {
    parenthood::BANKS
        .iter()
        .chain(life_stage::BANKS)
        .chain(work::BANKS)
}

#[cfg(test)]
mod tests;
