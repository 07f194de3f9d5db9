//! Who the persona lives with: drawn from the pack's household lists by age and
//! stage, and kept only where it reads naturally for the persona's age, gender and
//! study.

use super::facts::{Profile, Stage};
use super::has_any;
use super::sampler::Sampler;
use super::work::StudyKind;
use crate::domain::Gender;
use crate::locale::Tagged;
use crate::persona::rng::Rng;

/// The children of a household, by the age that shapes the persona's days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Kids {
    None,
    Young,
    School,
    Teen,
    Grown,
}

/// The household, with what the rest of the persona needs to know about it.
#[derive(Debug, Clone)]
pub(super) struct Household {
    pub(super) text: String,
    pub(super) kids: Kids,
    pub(super) partner: bool,
    pub(super) alone: bool,
    pub(super) with_parents: bool,
    pub(super) carer: bool,
    /// Lives with a partner, children or relatives.
    pub(super) family: bool,
}

impl Household {
    pub(super) fn kids_at_home(&self) -> bool {
        matches!(self.kids, Kids::Young | Kids::School | Kids::Teen)
    }
    pub(super) fn dependants(&self) -> bool {
        self.kids_at_home() || self.carer
    }
}

impl Sampler<'_> {
    pub(super) fn household(&self, r: &mut Rng, who: &Profile<'_>) -> Household {
        let h = &self.pack.household;
        let age = who.age;
        let weights: [f64; 4] = match (who.stage, age) {
            (_, 0..=17) => [0.8, 0.0, 0.0, 0.2],
            (Stage::Student, _) => [0.9, 0.05, 0.0, 0.05],
            (_, 18..=22) => [0.85, 0.1, 0.03, 0.02],
            (_, 23..=29) => [0.55, 0.25, 0.15, 0.05],
            (_, 30..=44) => [0.12, 0.15, 0.58, 0.15],
            (_, 45..=59) => [0.08, 0.15, 0.47, 0.30],
            _ => [0.12, 0.42, 0.1, 0.36],
        };
        let lists = [&h.single, &h.couple, &h.family, &h.extended];
        for _ in 0..8 {
            let cat = r.weighted(weights.iter().copied()).unwrap_or(0);
            let fitting: Vec<Household> = lists[cat]
                .iter()
                .map(|t| home_of(t, cat))
                .zip(lists[cat].iter())
                .filter(|(home, t)| home_fits(home, t, who))
                .map(|(home, _)| home)
                .collect();
            if let Some(s) = r.pick(&fitting) {
                return s.clone();
            }
        }
        // Nothing in the pack fits: a plain household for the age.
        let (text, kids, partner, with_parents) = match age {
            0..=29 => ("Lives with parents", Kids::None, false, true),
            30..=49 => ("Married with two children", Kids::School, true, false),
            _ => ("Married, with grown-up children", Kids::Grown, true, false),
        };
        Household {
            text: text.into(),
            kids,
            partner,
            alone: false,
            with_parents,
            carer: false,
            family: true,
        }
    }
}

/// The household a pack entry describes: explicit fields first, else what its
/// category implies.
fn home_of(t: &Tagged, cat: usize) -> Household {
    let kids = match t.kids.as_deref() {
        Some("none") => Kids::None,
        Some("young") => Kids::Young,
        Some("school") => Kids::School,
        Some("teen") => Kids::Teen,
        Some("grown") => Kids::Grown,
        _ if cat == 2 => Kids::School,
        _ => Kids::None,
    };
    let partner = t.partner.unwrap_or(cat == 1 || cat == 2);
    let with_parents = t.with_parents.unwrap_or(false);
    let alone = t.alone.unwrap_or(false);
    Household {
        text: t.text.clone(),
        kids,
        partner,
        alone,
        with_parents,
        carer: t.carer.unwrap_or(false),
        family: partner
            || with_parents
            || cat >= 2
            || matches!(kids, Kids::Young | Kids::School | Kids::Teen),
    }
}

fn home_fits(home: &Household, t: &Tagged, who: &Profile<'_>) -> bool {
    let age = who.age;
    // Ages at which each kind of household reads naturally.
    let male = who.gender == Gender::Male;
    let (lo, hi) = match home.kids {
        Kids::Young => (21, if male { 52 } else { 44 }),
        Kids::School => (25, if male { 56 } else { 52 }),
        Kids::Teen => (32, if male { 58 } else { 55 }),
        Kids::Grown => (42, 200),
        Kids::None => (13, 200),
    };
    let (lo, hi) = (t.min_age.unwrap_or(lo), t.max_age.unwrap_or(hi));
    let under_18_ok = age >= 18 || (home.with_parents && !home.partner);
    let parents_ok = !home.with_parents || age <= 40 || home.carer;
    let partner_ok = !home.partner || age >= 20;
    // A retired couple is retired; student housing is for students past school.
    let l = home.text.to_lowercase();
    let retired_ok =
        !(l.contains("retired") || l.contains("pension")) || who.stage == Stage::Retired;
    let student_home = t.needs("student")
        || has_any(
            &l,
            &[
                "dorm",
                "hostel",
                "student res",
                "hall of residence",
                "student hall",
                "campus",
            ],
        );
    let study_ok = !student_home
        || (who.stage == Stage::Student
            && !matches!(
                who.study,
                Some(StudyKind::Secondary | StudyKind::PreUniversity | StudyKind::Service)
            ));
    (lo..=hi).contains(&age)
        && under_18_ok
        && parents_ok
        && partner_ok
        && retired_ok
        && study_ok
        && who.fits(t)
}
