//! What a persona lives beyond the archetype: the group's stated facets (every
//! persona carries them), what the persona's own facts make them (a parent, a
//! retiree, a nurse), and one interest of their own. Each comes with its writing
//! bank; local names fill the bank's slots from the pack's `interests` data.

use super::banks::{bank_for, Bank};
use super::facts::{PersonaFacts, Profile, Stage};
use super::household::{Household, Kids};
use super::sampler::Sampler;
use super::segment::work_keywords;
use super::variety::UsedPhrases;
use super::work::{Job, StudyKind};
use crate::audience::VOCABULARY;
use crate::domain::{Gender, IncomeLevel};
use crate::locale::{LocalePack, Tagged};
use crate::persona::archetypes::Line;
use crate::persona::rng::Rng;
use crate::persona::text::Pronouns;

/// A facet value with the bank that writes it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Facet {
    pub(super) value: &'static str,
    pub(super) bank: &'static Bank,
}

pub(super) struct Lived {
    /// The group's stated facets that have a bank, in the order stated.
    pub(super) stated: Vec<Facet>,
    /// What the persona's own facts make them, where the group did not say it.
    pub(super) own: Vec<Facet>,
    /// One interest of the persona's own, unless the group's interests fill the days.
    pub(super) personal: Option<Facet>,
    /// Has a coffee or tea habit worth a line (at most one per persona).
    pub(super) caffeine: bool,
    /// "family:value" of each stated facet applied, for the provenance.
    pub(super) applied: Vec<String>,
}

impl Lived {
    /// Stated first, then personal, then own: the order lines are offered in.
    pub(super) fn all(&self) -> impl Iterator<Item = &Facet> {
        self.stated.iter().chain(&self.personal).chain(&self.own)
    }

    pub(super) fn has(&self, value: &str) -> bool {
        self.all().any(|f| f.value == value)
    }
}

fn facet(value: &str) -> Option<Facet> {
    let value = VOCABULARY
        .iter()
        .flat_map(|(_, vs)| vs.iter())
        .find(|v| **v == value)?;
    Some(Facet {
        value,
        bank: bank_for(value)?,
    })
}

/// Interests people have without the group saying so, with who they suit.
const OWN_INTERESTS: &[(&str, u8, u8, Option<Gender>)] = &[
    ("mobile_gaming", 13, 40, None),
    ("pc_gaming", 15, 35, Some(Gender::Male)),
    ("console_gaming", 15, 40, None),
    ("kpop", 13, 30, Some(Gender::Female)),
    ("anime", 13, 32, None),
    ("kdrama", 16, 60, Some(Gender::Female)),
    ("milk_tea", 13, 30, None),
    ("sneakers", 15, 35, Some(Gender::Male)),
    ("fashion", 16, 45, Some(Gender::Female)),
    ("skincare", 16, 50, Some(Gender::Female)),
    ("football", 13, 70, Some(Gender::Male)),
    ("basketball", 13, 45, Some(Gender::Male)),
    ("badminton", 15, 60, None),
    ("fitness", 18, 50, None),
    ("running", 20, 60, None),
    ("cycling", 20, 65, None),
    ("yoga", 22, 65, Some(Gender::Female)),
    ("hiking", 20, 60, None),
    ("travel", 22, 70, None),
    ("foodie", 18, 60, None),
    ("home_cooking", 25, 80, None),
    ("baking", 20, 65, Some(Gender::Female)),
    ("pets", 20, 75, None),
    ("dogs", 20, 70, None),
    ("cats", 18, 70, None),
    ("plants", 28, 80, None),
    ("reading", 18, 85, None),
    ("photography", 20, 60, None),
    ("gadgets", 18, 50, Some(Gender::Male)),
    ("cars", 22, 65, Some(Gender::Male)),
    ("motorcycles", 18, 55, Some(Gender::Male)),
    ("investing", 25, 65, None),
    ("concerts", 16, 40, None),
    ("wellness", 30, 75, None),
    ("home_diy", 30, 70, Some(Gender::Male)),
    ("podcasts", 20, 55, None),
    ("coffee", 20, 70, None),
    ("sustainability", 20, 50, None),
];

impl Sampler<'_> {
    /// What persona `j` lives, from the group's facets and its own facts.
    pub(super) fn lived(
        &self,
        j: u32,
        who: &Profile<'_>,
        job: &Job,
        home: &Household,
        earlier: &UsedPhrases,
    ) -> Lived {
        let mut r = self.rng(j, "lived");
        let seg = &self.segment;
        let stated: Vec<Facet> = seg
            .audience
            .applied()
            .filter_map(|f| facet(&f.value))
            .filter(|f| fits_person(f.value, who, home))
            .collect();
        let applied = seg.applied_labels();
        let said = |v: &str| stated.iter().any(|f| f.value == v);
        let mut own = Vec::new();
        let mut add = |v: &str| {
            if !said(v) {
                if let Some(f) = facet(v) {
                    own.push(f);
                }
            }
        };
        match who.stage {
            Stage::Retired => add("retired"),
            Stage::Student => add(match job.study.map(|s| s.1) {
                Some(StudyKind::Secondary | StudyKind::PreUniversity) => "high_school_student",
                Some(StudyKind::Tertiary | StudyKind::Graduate | StudyKind::Vocational) => {
                    "university_student"
                }
                _ => "student",
            }),
            Stage::Working => {
                let l = job.display.to_lowercase();
                let work = VOCABULARY
                    .iter()
                    .flat_map(|(_, vs)| vs.iter())
                    .find(|v| work_keywords(v).iter().any(|k| l.contains(k)));
                if let Some(v) = work {
                    add(v);
                }
            }
        }
        if home.kids_at_home() {
            add(match (home.kids, who.gender) {
                (Kids::Young, _) if r.unit() < 0.5 => "parent_of_toddlers",
                (Kids::Teen, _) if r.unit() < 0.5 => "parent_of_teens",
                (_, Gender::Female) => "mother",
                _ => "father",
            });
        }
        if home.carer {
            add("caregiver");
        }
        // An interest of their own, different from the group's and from what earlier
        // personas were given where possible.
        let stated_interests = stated
            .iter()
            .filter(|f| f.bank.data.is_some() || is_interest(f.value))
            .count();
        let personal = if stated_interests >= 2 {
            None
        } else {
            let pool: Vec<(&str, f64)> = OWN_INTERESTS
                .iter()
                .filter(|(v, lo, hi, g)| {
                    (*lo..=*hi).contains(&who.age)
                        && g.is_none_or(|g| g == who.gender)
                        && !said(v)
                        && !(*v == "travel" && who.income == IncomeLevel::Low)
                })
                .map(|(v, ..)| {
                    let used = earlier.interests.get(*v).copied().unwrap_or(0);
                    (*v, 1.0 / (1.0 + 4.0 * f64::from(used)))
                })
                .collect();
            r.weighted(pool.iter().map(|(_, w)| *w))
                .and_then(|i| pool.get(i))
                .and_then(|(v, _)| facet(v))
        };
        let coffee_said = said("coffee") || personal.is_some_and(|f| f.value == "coffee");
        let caffeine = coffee_said || (who.age >= 18 && r.unit() < 0.3);
        Lived {
            stated,
            own,
            personal,
            caffeine,
            applied,
        }
    }
}

fn is_interest(value: &str) -> bool {
    VOCABULARY
        .iter()
        .any(|(f, vs)| *f == crate::audience::Family::Interest && vs.contains(&value))
}

/// A stated facet the persona's facts cannot carry is left to the others (a group's
/// luxury shoppers under 18, a parent facet for a persona without children).
fn fits_person(value: &str, who: &Profile<'_>, _home: &Household) -> bool {
    match value {
        "luxury" | "investing" | "crypto" | "bnpl" | "ev" | "cars" => who.age >= 18,
        _ => true,
    }
}

/// A local name for a bank slot: from the pack's data for the bank's category where
/// the pack has one that fits the persona, else the bank's stand-in.
pub(super) fn slot(
    r: &mut Rng,
    pack: &LocalePack,
    bank: &Bank,
    role: Role,
    who: &Profile<'_>,
) -> (String, bool) {
    let data = bank.data.and_then(|k| pack.interests.get(k));
    let list: &[Tagged] = match (data, role) {
        (Some(d), Role::Brand) => &d.brands,
        (Some(d), Role::Place) => &d.places,
        (Some(d), Role::App) => &d.apps,
        (Some(d), Role::Media) => &d.media,
        (Some(d), Role::Team) => &d.teams,
        (None, _) => &[],
    };
    // A marketplace or wallet app is the pack's own platform list, never a cashback or
    // ride app from the deals data ("buys almost everything on GCash").
    let platforms: &[Tagged] = match (role, bank.values.first().copied()) {
        (Role::App, Some("online_shopping")) => &pack.platforms.ecommerce,
        (Role::App, Some("ewallet")) => &pack.platforms.payments,
        _ => &[],
    };
    let list = if platforms.is_empty() {
        list
    } else {
        platforms
    };
    // The pack's premium-tier names are not for Low incomes or teenagers.
    let premium = |name: &str| {
        pack.brands
            .values()
            .any(|t| t.premium.iter().any(|b| b == name))
    };
    let no_premium = who.income == IncomeLevel::Low || who.age < 18;
    let fitting: Vec<&Tagged> = list
        .iter()
        .filter(|t| who.fits(t) && !(no_premium && premium(&t.text)))
        .collect();
    match r.pick(&fitting) {
        Some(t) => (t.text.clone(), true),
        None => {
            let g = &bank.generic;
            let s = match role {
                Role::Brand => g.brand,
                Role::Place => g.place,
                Role::App => g.app,
                Role::Media => g.media,
                Role::Team => g.team,
            };
            (s.to_owned(), false)
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Role {
    Brand,
    Place,
    App,
    Media,
    Team,
}

/// The persona's children as a noun phrase.
pub(super) fn kids_phrase(home: &Household) -> &'static str {
    let l = home.text.to_lowercase();
    match home.kids {
        Kids::Young if l.contains("baby") || l.contains("infant") || l.contains("newborn") => {
            "the baby"
        }
        Kids::Young if l.contains("toddler") => "the toddler",
        Kids::Young | Kids::School => "the kids",
        Kids::Teen => "the teenagers",
        Kids::Grown => "the grown-up children",
        Kids::None => "the family",
    }
}

/// Fills a bank line: pronouns, name, city, children, and each name slot once
/// (a slot used twice in one line names the same thing).
pub(super) fn fill(
    r: &mut Rng,
    line: &Line,
    facet: &Facet,
    facts: &PersonaFacts,
    who: &Profile<'_>,
    pr: Pronouns,
) -> String {
    let (pack, name, home) = (facts.pack, &facts.given_name, &facts.household);
    let f = facet;
    let mut s = pr.fill(line.text);
    for (tag, role) in [
        ("{brand}", Role::Brand),
        ("{place}", Role::Place),
        ("{app}", Role::App),
        ("{media}", Role::Media),
        ("{team}", Role::Team),
    ] {
        if s.contains(tag) {
            let (v, _) = slot(r, pack, f.bank, role, who);
            s = s.replace(tag, &v);
        }
    }
    s.replace("{name}", name)
        .replace("{city}", who.city)
        .replace("{kids}", kids_phrase(home))
}

/// Whether a text shows a facet: one of its bank's marker words, or a local name of
/// its category from the pack.
pub(super) fn shows(facet: &Facet, pack: &LocalePack, text: &str) -> bool {
    let l = text.to_lowercase();
    facet.bank.markers.iter().any(|m| l.contains(m))
        || facet
            .bank
            .data
            .and_then(|k| pack.interests.get(k))
            .is_some_and(|d| {
                d.brands
                    .iter()
                    .chain(&d.places)
                    .chain(&d.apps)
                    .chain(&d.media)
                    .chain(&d.teams)
                    .any(|t| t.text.len() >= 3 && text.contains(&t.text))
            })
}

/// A line about children only for a persona with children at home, whatever bank
/// it comes from ("overtime pays the school fees").
pub(super) fn children_ok(text: &str, f: &PersonaFacts) -> bool {
    if f.household.kids_at_home() {
        return true;
    }
    let l = text.to_lowercase();
    ![
        "{kids}",
        "school fees",
        "the kids",
        "children",
        "school run",
        "homework",
        "kids'",
    ]
    .iter()
    .any(|w| l.contains(w))
}
