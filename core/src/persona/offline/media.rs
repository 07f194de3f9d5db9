//! Media and consumption: social, messaging, shopping, payment, streaming and news
//! platforms, ride and delivery apps, brands by income tier, the commute, the usual
//! meal and screen time.

use super::facts::{Profile, Stage};
use super::pick;
use crate::domain::IncomeLevel;
use crate::locale::{LocalePack, Tagged};
use crate::persona::rng::Rng;

/// The platforms, shops, brands and routines a persona's days are written around.
pub(super) struct Everyday {
    /// Main feed first.
    pub(super) socials: Vec<String>,
    pub(super) messaging: String,
    pub(super) ecommerce: Vec<String>,
    pub(super) payment: String,
    pub(super) streaming: String,
    pub(super) news: String,
    pub(super) ride: Option<String>,
    pub(super) delivery: Option<String>,
    pub(super) commute: String,
    pub(super) meal: String,
    pub(super) coffee: String,
    pub(super) grocery: String,
}

/// Draws the everyday facts from `r`, the head of the narrative stream; the order
/// of the draws is part of every persona's output.
pub(super) fn everyday(
    r: &mut Rng,
    p: &LocalePack,
    who: &Profile<'_>,
    named: &[String],
) -> Everyday {
    let mut e = drawn(r, p, who);
    // Platforms the group names ("shop on Shopee", "heavy TikTok users") are every
    // persona's: first among their kind.
    let pl = &p.platforms;
    let named_in = |items: &[Tagged]| -> Option<String> {
        who.filter(items).into_iter().find(|t| mentions(named, t))
    };
    if let Some(s) = named_in(&pl.social) {
        e.socials.retain(|x| x != &s);
        e.socials.insert(0, s);
    }
    if let Some(s) = named_in(&pl.ecommerce) {
        e.ecommerce.retain(|x| x != &s);
        e.ecommerce.insert(0, s);
    }
    if let Some(s) = named_in(&pl.payments) {
        e.payment = s;
    }
    if let Some(s) = named_in(&pl.messaging) {
        e.messaging = s;
    }
    if let Some(s) = named_in(&pl.streaming).filter(|s| s != &e.socials[0]) {
        e.streaming = s;
    }
    if let Some(s) = named_in(&pl.ride_hailing) {
        e.ride = Some(s);
    }
    if let Some(s) = named_in(&pl.food_delivery) {
        e.delivery = Some(s);
    }
    e
}

/// Whether the group's words name a platform: its name as spelled, as a word.
fn mentions(named: &[String], item: &str) -> bool {
    item.chars().count() >= 3
        && item.starts_with(|c: char| !c.is_lowercase())
        && named.iter().any(|text| {
            text.match_indices(item).any(|(i, _)| {
                let before = text[..i].chars().next_back();
                let after = text[i + item.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
}

fn drawn(r: &mut Rng, p: &LocalePack, who: &Profile<'_>) -> Everyday {
    let (age, income, stage) = (who.age, who.income, who.stage);
    let pl = &p.platforms;
    let socials = platforms(r, &who.filter(&pl.social), age, income, stage, 2);
    let messaging = pick_ranked(
        r,
        &messaging_for(&who.filter(&pl.messaging), age),
        // One messaging app dominates almost everywhere.
        3.0,
    );
    let ecommerce = sample_ranked(r, &who.filter(&pl.ecommerce), 2);
    let payment = pick_ranked(r, &who.filter(&pl.payments), 1.0);
    // Evenings are spent on a service other than the main feed.
    let shows: Vec<String> = who
        .filter(&pl.streaming)
        .into_iter()
        .filter(|s| s != &socials[0])
        .collect();
    let streaming = pick_ranked(r, &shows, 0.7);
    let news = pick_ranked(r, &who.filter(&pl.news), 1.0);
    let (ride, delivery) = rides_and_delivery(r, p, who);
    let commutes: Vec<&Tagged> = p.commute.iter().filter(|c| who.fits(c)).collect();
    let commute = r
        .pick(&commutes)
        .map(|c| c.text.clone())
        .unwrap_or_else(|| "bus".into());
    let meal = pick(r, &who.filter(&p.foods.meals));
    let coffee = brand(r, p, "coffee", income, false);
    let grocery = brand(r, p, "grocery", income, false);
    Everyday {
        socials,
        messaging,
        ecommerce,
        payment,
        streaming,
        news,
        ride,
        delivery,
        commute,
        meal,
        coffee,
        grocery,
    }
}

/// Pack platform lists run from the most used down: earlier entries weigh more.
fn rank_weight(i: usize, steep: f64) -> f64 {
    1.0 / (1.0 + i as f64).powf(steep)
}

fn pick_ranked(r: &mut Rng, items: &[String], steep: f64) -> String {
    r.weighted((0..items.len()).map(|i| rank_weight(i, steep)))
        .and_then(|i| items.get(i))
        .cloned()
        .unwrap_or_default()
}

fn sample_ranked(r: &mut Rng, items: &[String], k: usize) -> Vec<String> {
    let mut pool: Vec<(usize, &String)> = items.iter().enumerate().collect();
    let mut out = Vec::new();
    while out.len() < k && !pool.is_empty() {
        let i = r
            .weighted(pool.iter().map(|(rank, _)| rank_weight(*rank, 0.8)))
            .unwrap_or(0);
        out.push(pool.remove(i).1.clone());
    }
    out
}

/// Messaging apps by age: teenagers' and gamers' apps for the young only.
fn messaging_for(items: &[String], age: u8) -> Vec<String> {
    let kept: Vec<String> = items
        .iter()
        .filter(|m| {
            let l = m.to_lowercase();
            let young_only =
                l.contains("snapchat") || l.contains("discord") || l.contains("instagram");
            let work_only = l.contains("dingtalk") || l.contains("feishu") || l.contains("slack");
            !(young_only && age >= 35 || work_only && age < 22)
        })
        .cloned()
        .collect();
    if kept.is_empty() {
        items.to_vec()
    } else {
        kept
    }
}

/// A ride-hailing app and a food-delivery app; older packs list both in one.
fn rides_and_delivery(
    r: &mut Rng,
    p: &LocalePack,
    who: &Profile<'_>,
) -> (Option<String>, Option<String>) {
    let pl = &p.platforms;
    if pl.ride_hailing.is_empty() && pl.food_delivery.is_empty() {
        return (
            r.pick(&who.filter(&pl.ride_hailing_delivery)).cloned(),
            None,
        );
    }
    let rides = who.filter(&pl.ride_hailing);
    let food = who.filter(&pl.food_delivery);
    let ride = (!rides.is_empty()).then(|| pick_ranked(r, &rides, 1.0));
    let food = (!food.is_empty()).then(|| pick_ranked(r, &food, 1.0));
    (ride, food)
}

/// A pack brand item is a brand unless it is a description ("the wet market"), which
/// the packs write with a lower-case article.
pub(super) fn is_brand(s: &str) -> bool {
    !(s.starts_with("a ") || s.starts_with("an ") || s.starts_with("the "))
}

pub(super) fn brand(
    r: &mut Rng,
    p: &LocalePack,
    category: &str,
    income: IncomeLevel,
    names_only: bool,
) -> String {
    let Some(t) = p.brands.get(category) else {
        return String::new();
    };
    // Low income never lands on premium; High mostly premium, sometimes mid.
    let tiers: [&Vec<String>; 2] = match income {
        IncomeLevel::Low => [&t.budget, &t.budget],
        IncomeLevel::Middle => {
            if r.unit() < 0.75 {
                [&t.mid, &t.budget]
            } else {
                [&t.budget, &t.mid]
            }
        }
        IncomeLevel::High => {
            if r.unit() < 0.75 {
                [&t.premium, &t.mid]
            } else {
                [&t.mid, &t.premium]
            }
        }
    };
    for tier in tiers {
        let items: Vec<&String> = tier.iter().filter(|b| !names_only || is_brand(b)).collect();
        if let Some(b) = r.pick(&items) {
            return (*b).clone();
        }
    }
    String::new()
}

fn platforms(
    r: &mut Rng,
    items: &[String],
    age: u8,
    income: IncomeLevel,
    stage: Stage,
    k: usize,
) -> Vec<String> {
    let weight = |rank: usize, name: &str| {
        let n = name.to_lowercase();
        let young = age < 30;
        let older = age >= 45;
        let w = if n.contains("tiktok") || n.contains("douyin") || n.contains("kuaishou") {
            if young {
                3.0
            } else if older {
                0.5
            } else {
                1.5
            }
        } else if n.contains("snapchat") {
            if age < 25 {
                3.0
            } else if age < 35 {
                0.8
            } else {
                0.05
            }
        } else if n.contains("facebook") {
            if age < 18 {
                0.15
            } else if young {
                0.7
            } else if older {
                3.0
            } else {
                1.6
            }
        } else if n.contains("instagram") || n.contains("xiaohongshu") {
            if older {
                0.9
            } else {
                2.2
            }
        } else if n.contains("linkedin") || n.contains("xing") {
            // Only for people at work, and never the main feed.
            if rank == usize::MAX || stage != Stage::Working || income == IncomeLevel::Low {
                0.0
            } else if income == IncomeLevel::High {
                1.8
            } else {
                0.5
            }
        } else if n == "x" || n.contains("twitter") || n.contains("pinterest") {
            // Skews young adult and office-going.
            let by_age = if (18..50).contains(&age) { 1.0 } else { 0.4 };
            let by_income = if income == IncomeLevel::Low { 0.6 } else { 1.0 };
            by_age * by_income
        } else if n.contains("reddit") || n.contains("bilibili") || n.contains("discord") {
            if age < 40 {
                1.0
            } else {
                0.2
            }
        } else {
            1.0
        };
        w * rank_weight(rank.min(20), 0.3)
    };
    let mut pool: Vec<(usize, String)> = items.iter().cloned().enumerate().collect();
    let mut out: Vec<String> = Vec::new();
    while out.len() < k && !pool.is_empty() {
        let first = out.is_empty();
        let i = r
            .weighted(pool.iter().map(|(rank, s)| {
                weight(
                    if first && is_professional(s) {
                        usize::MAX
                    } else {
                        *rank
                    },
                    s,
                )
            }))
            .unwrap_or(0);
        out.push(pool.remove(i).1);
    }
    if out.is_empty() {
        out.push("YouTube".into());
    }
    out
}

pub(super) fn is_professional(name: &str) -> bool {
    let n = name.to_lowercase();
    n.contains("linkedin") || n.contains("xing")
}

pub(super) fn screen_hours(r: &mut Rng, age: u8) -> u64 {
    let (lo, hi) = match age {
        0..=17 => (4, 7),
        18..=29 => (3, 7),
        30..=49 => (2, 5),
        50..=64 => (2, 4),
        _ => (1, 3),
    };
    r.range(lo, hi)
}
