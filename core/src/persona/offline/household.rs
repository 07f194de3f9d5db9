//! Who the persona lives with: drawn from the pack's household lists by age and
//! stage, and kept only where it reads naturally for the persona's age, gender and
//! study.

use super::facts::{Profile, Stage};
use super::has_any;
use super::sampler::Sampler;
use super::segment::HomeWant;
use super::variety::UsedPhrases;
use super::work::StudyKind;
use crate::domain::Gender;
use crate::locale::Tagged;
use crate::persona::rng::Rng;
use crate::persona::text::lower_first;

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
    pub(super) fn household(
        &self,
        r: &mut Rng,
        who: &Profile<'_>,
        earlier: &UsedPhrases,
    ) -> Household {
        let want = &self.segment.home;
        if want.any() {
            let mut home = self.wanted_household(r, who, want);
            let l = home.text.to_lowercase();
            if want.expecting && !has_any(&l, &["on the way", "expecting", "pregnan"]) {
                let which = if home.kids == Kids::None {
                    "a"
                } else {
                    "another"
                };
                home.text = format!("{}, with {which} baby on the way", home.text);
            }
            let says_married = has_any(
                &home.text.to_lowercase(),
                &[
                    "married", "newlywed", "wedding", "spouse", "husband", "wife",
                ],
            );
            if want.newlywed && !says_married {
                home.text = format!("Newly married; {}", lower_first(&home.text));
            }
            if want.first_home {
                home.text = if home.with_parents {
                    format!(
                        "{}, saving for a first home of {}",
                        home.text,
                        if who.gender == Gender::Female {
                            "her own"
                        } else {
                            "his own"
                        }
                    )
                } else {
                    format!("{}; renting while saving for a first home", home.text)
                };
            }
            return home;
        }
        let h = &self.pack.household;
        let age = who.age;
        let mut weights: [f64; 4] = match (who.stage, age) {
            (_, 0..=17) => [0.8, 0.0, 0.0, 0.2],
            (Stage::Student, _) => [0.9, 0.05, 0.0, 0.05],
            (_, 18..=22) => [0.85, 0.1, 0.03, 0.02],
            (_, 23..=29) => [0.55, 0.25, 0.15, 0.05],
            (_, 30..=44) => [0.12, 0.15, 0.58, 0.15],
            (_, 45..=59) => [0.08, 0.15, 0.47, 0.30],
            _ => [0.12, 0.42, 0.1, 0.36],
        };
        // The group says nothing of children, yet every persona so far has them: the
        // next one more likely has none, so that an unstated facet still varies.
        let all_parents = earlier.parents >= 5 && earlier.not_parents == 0;
        if all_parents {
            weights = [0.5, 0.5, 0.0, 0.0];
        }
        let lists = [&h.single, &h.couple, &h.family, &h.extended];
        for _ in 0..8 {
            let cat = r.weighted(weights.iter().copied()).unwrap_or(0);
            let fitting: Vec<Household> = lists[cat]
                .iter()
                .map(|t| home_of(t, cat))
                .zip(lists[cat].iter())
                .filter(|(home, t)| home_fits(home, t, who))
                .filter(|(home, _)| !all_parents || home.kids == Kids::None)
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

impl Sampler<'_> {
    /// A household that is what the group's facets say (children of possible ages, a
    /// partner, no home of one's own…): the pack's where one fits, else a plain one.
    fn wanted_household(&self, r: &mut Rng, who: &Profile<'_>, want: &HomeWant) -> Household {
        let h = &self.pack.household;
        let lists = [&h.single, &h.couple, &h.family, &h.extended];
        let fitting: Vec<Household> = lists
            .iter()
            .enumerate()
            .flat_map(|(cat, list)| list.iter().map(move |t| (cat, t)))
            .map(|(cat, t)| (home_of(t, cat), t))
            .filter(|(home, t)| home_fits(home, t, who) && wanted(home, want, who))
            .map(|(home, _)| home)
            .collect();
        if let Some(home) = r.pick(&fitting) {
            return home.clone();
        }
        plain_household(r, who, want)
    }
}

/// Whether a household is what the facets ask for.
fn wanted(home: &Household, want: &HomeWant, who: &Profile<'_>) -> bool {
    let l = home.text.to_lowercase();
    let owns = has_any(
        &l,
        &[
            " own ",
            "owns",
            "bought",
            "mortgage",
            "paid off",
            "family home",
            "house in",
            "their house",
            "own house",
            "own home",
            "landed",
        ],
    );
    let says_children = has_any(
        &l,
        &[
            "child", "kid", "son", "daughter", "baby", "toddler", "teen", "boys", "girls", "infant",
        ],
    );
    (want.kids.is_empty() || (want.kids.contains(&home.kids) && says_children))
        && (!want.single_parent
            || (!home.partner
                && home.kids_at_home()
                && has_any(
                    &l,
                    &[
                        "single",
                        "solo",
                        "separated",
                        "divorced",
                        "widow",
                        "on her own",
                        "on his own",
                    ],
                )))
        && (!want.baby || has_any(&l, &["baby", "babies", "newborn", "infant"]))
        && (!want.school || has_any(&l, &["school", "primary", "grade", "elementary"]))
        && (!want.partner || home.partner)
        && (!want.newlywed || !want.kids.is_empty() || home.kids == Kids::None)
        && (!want.grandchildren || l.contains("grandchild"))
        && (!want.empty_nest
            || (home.kids == Kids::Grown && !l.contains("live with") && !l.contains("lives with")))
        && (!want.carer || home.carer)
        && (!want.not_owner || !owns)
        && (!want.expecting
            || (home.partner || want.single_parent)
                && (home.kids == Kids::None || (!want.kids.is_empty() && home.kids == Kids::Young)))
        && (want.kids.is_empty() || who.age >= 18)
}

/// A household written for the facets when no pack entry fits.
fn plain_household(r: &mut Rng, who: &Profile<'_>, want: &HomeWant) -> Household {
    let female = who.gender == Gender::Female;
    let age = who.age;
    let parent_word = if female { "mother" } else { "father" };
    let mut kids = *r
        .pick(
            &want
                .kids
                .iter()
                .copied()
                .filter(|k| kids_possible(*k, age, female))
                .collect::<Vec<_>>(),
        )
        .unwrap_or(&Kids::None);
    if !want.kids.is_empty() && kids == Kids::None {
        kids = *want.kids.first().unwrap_or(&Kids::Young);
    }
    let single = want.single_parent;
    let options: Vec<String> = match kids {
        Kids::Young if want.baby && single => vec![
            format!("Single {parent_word} of a baby born this year"),
            format!("Single {parent_word} with a newborn, helped by family"),
        ],
        Kids::Young if want.baby => vec![
            "Married, with a baby of a few months".into(),
            "Lives with a partner and their newborn".into(),
            "Married, first baby born last year".into(),
        ],
        Kids::Young if single => vec![
            format!("Single {parent_word} of a three-year-old daughter"),
            format!("Single {parent_word} raising a toddler with help from family"),
        ],
        Kids::Young => vec![
            "Married with a toddler".into(),
            "Married, with a baby and a four-year-old".into(),
            "Lives with a partner and their two-year-old".into(),
        ],
        Kids::School if single => vec![
            format!("Single {parent_word} of two children in primary school"),
            format!("Single {parent_word} of an eight-year-old son at primary school"),
        ],
        Kids::School => vec![
            "Married with two children in primary school".into(),
            "Married, with a seven-year-old daughter and a ten-year-old son".into(),
            "Lives with a spouse and three school-age children".into(),
        ],
        Kids::Teen if single => vec![
            format!("Single {parent_word} of a teenage son"),
            format!("Single {parent_word} of two teenagers"),
        ],
        Kids::Teen => vec![
            "Married with two teenagers".into(),
            "Married, with a fifteen-year-old daughter and a younger son".into(),
        ],
        _ if want.grandchildren => vec![
            "Lives with a spouse; the grandchildren visit most weekends".into(),
            "Widowed, living with a married son's family and helping with the grandchildren".into(),
        ],
        _ if want.empty_nest => vec![
            "Married; the children have grown up and moved out".into(),
            "Lives with a spouse now that the children have left home".into(),
        ],
        _ if want.carer && age < 70 => vec![
            format!(
                "Lives with and looks after an ageing {}",
                if age < 45 { "mother" } else { "parent" }
            ),
            "Single, caring for a parent with a long-term illness at home".into(),
        ],
        _ if want.carer => vec!["Cares for an ailing spouse at home".into()],
        _ if want.partner => vec![
            "Recently married, renting a small flat with a spouse".into(),
            "Newly married and living with the in-laws for now".into(),
        ],
        _ if want.not_owner && age < 30 => vec![
            "Lives with parents".into(),
            "Rents a room in a shared flat".into(),
        ],
        _ => vec![
            "Rents a one-bedroom flat with a partner".into(),
            "Lives alone in a rented studio".into(),
        ],
    };
    let text = r.pick(&options).cloned().unwrap_or_default();
    let l = text.to_lowercase();
    let partner = !single
        && (l.contains("married") || l.contains("partner") || l.contains("spouse"))
        && !l.contains("widowed");
    let with_parents = l.contains("with parents") || l.contains("in-laws");
    let kids = if want.grandchildren || want.empty_nest {
        Kids::Grown
    } else {
        kids
    };
    Household {
        text,
        kids,
        partner,
        alone: l.contains("alone") || l.contains("studio"),
        with_parents,
        carer: want.carer,
        family: partner || with_parents || matches!(kids, Kids::Young | Kids::School | Kids::Teen),
    }
}

/// Whether a persona of `age` could have children of this kind at home.
fn kids_possible(k: Kids, age: u8, female: bool) -> bool {
    let (lo, hi) = match k {
        Kids::Young => (18, if female { 47 } else { 58 }),
        Kids::School => (24, if female { 58 } else { 64 }),
        Kids::Teen => (31, if female { 64 } else { 70 }),
        Kids::Grown => (38, 200),
        Kids::None => (0, 200),
    };
    (lo..=hi).contains(&age)
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
    // Parents who need care are alive for people up to their late sixties; a
    // grandparent is past forty-five.
    let elders_ok = !has_any(
        &l,
        &[
            "elderly",
            "ageing parent",
            "aging parent",
            "ageing mother",
            "aging mother",
            "ageing father",
            "aging father",
        ],
    ) || age < 68;
    let grandkids_ok = !l.contains("grandchild") || age >= 45;
    (lo..=hi).contains(&age)
        && elders_ok
        && grandkids_ok
        && under_18_ok
        && parents_ok
        && partner_ok
        && retired_ok
        && study_ok
        && who.fits(t)
}
