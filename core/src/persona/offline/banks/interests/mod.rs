//! Interest and behaviour banks: one for every value of the Interest and Behaviour
//! families of `audience::VOCABULARY`. Lines are country-neutral English; local
//! names come only through the `{brand}`, `{place}`, `{app}`, `{media}` and `{team}`
//! slots, filled from the pack's `interests.<data>` list or the bank's stand-in.
//!
//! One file per theme; the order of [`INTEREST_BANKS`] is the order sampling and
//! lookups see, so a new bank goes at the end of its theme and of this list.

use super::Bank;

mod body_and_style;
mod diet_and_values;
mod food;
mod games_and_fandom;
mod media_and_payments;
mod mind_and_money;
mod pets_and_things;
mod shopping;
mod sport_and_outdoors;

pub(in crate::persona) static INTEREST_BANKS: &[Bank] = &[
    food::COFFEE,
    food::MILK_TEA,
    food::FOODIE,
    food::HOME_COOKING,
    food::BAKING,
    body_and_style::FITNESS,
    body_and_style::RUNNING,
    body_and_style::CYCLING,
    body_and_style::YOGA,
    body_and_style::SKINCARE,
    body_and_style::MAKEUP,
    body_and_style::FASHION,
    body_and_style::SNEAKERS,
    games_and_fandom::MOBILE_GAMING,
    games_and_fandom::PC_GAMING,
    games_and_fandom::CONSOLE_GAMING,
    games_and_fandom::ESPORTS,
    games_and_fandom::ANIME,
    games_and_fandom::KPOP,
    games_and_fandom::KDRAMA,
    games_and_fandom::CONCERTS,
    sport_and_outdoors::FOOTBALL,
    sport_and_outdoors::BASKETBALL,
    sport_and_outdoors::BADMINTON,
    sport_and_outdoors::CRICKET,
    sport_and_outdoors::TRAVEL,
    sport_and_outdoors::HIKING,
    pets_and_things::PETS,
    pets_and_things::DOGS,
    pets_and_things::CATS,
    pets_and_things::CARS,
    pets_and_things::MOTORCYCLES,
    pets_and_things::EV,
    pets_and_things::GADGETS,
    pets_and_things::PHOTOGRAPHY,
    mind_and_money::READING,
    mind_and_money::INVESTING,
    mind_and_money::CRYPTO,
    mind_and_money::HOME_DIY,
    mind_and_money::PLANTS,
    diet_and_values::WELLNESS,
    diet_and_values::SUSTAINABILITY,
    diet_and_values::VEGETARIAN,
    diet_and_values::VEGAN,
    diet_and_values::HALAL,
    shopping::ONLINE_SHOPPING,
    shopping::BARGAIN_HUNTING,
    shopping::LUXURY,
    shopping::EARLY_ADOPTER,
    shopping::BRAND_LOYAL,
    shopping::IMPULSE_BUYING,
    media_and_payments::HEAVY_TIKTOK,
    media_and_payments::HEAVY_INSTAGRAM,
    media_and_payments::HEAVY_YOUTUBE,
    media_and_payments::HEAVY_FACEBOOK,
    media_and_payments::PODCASTS,
    media_and_payments::EWALLET,
    media_and_payments::BNPL,
    media_and_payments::UNBANKED,
];

#[cfg(test)]
mod tests;
