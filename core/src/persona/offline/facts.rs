//! What sampling decides about a persona ([`PersonaFacts`]), the only thing writing
//! reads, and the [`Profile`] that pack phrases and archetype lines are matched
//! against.

use super::household::{Household, Kids};
use super::lived::Lived;
use super::media::Everyday;
use super::work::{Job, StudyKind};
use crate::domain::{Gender, IncomeLevel};
use crate::locale::{religion_family, LocalePack, NameGroup, Tagged};
use crate::persona::archetypes::{Archetype, When};
use crate::persona::model::{Money, Ocean};

/// Where the persona is in life: decides the occupation, the day and the household.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stage {
    Student,
    Working,
    Retired,
}

/// Everything a line's conditions can depend on. Sampling fills it in as facts are
/// decided (the stage, income, study and household start as placeholders), so each
/// choice is checked against the facts drawn before it.
pub(super) struct Profile<'a> {
    pub(super) age: u8,
    pub(super) gender: Gender,
    pub(super) stage: Stage,
    pub(super) income: IncomeLevel,
    pub(super) religion: &'a str,
    pub(super) group: Option<&'a str>,
    pub(super) city: &'a str,
    pub(super) region: Option<&'a str>,
    pub(super) home: Option<&'a Household>,
    pub(super) commutes: bool,
    pub(super) study: Option<StudyKind>,
}

impl Profile<'_> {
    pub(super) fn fits_when(&self, w: &When) -> bool {
        let f = w.flags;
        let has = |bit: u32| f & bit != 0;
        let home = self.home;
        let kids = home.is_some_and(Household::kids_at_home);
        (w.min_age..=w.max_age).contains(&self.age)
            && (!has(When::KIDS) || kids)
            && (!has(When::NO_KIDS) || !kids)
            && (!has(When::PARENT) || home.is_some_and(|h| h.kids != Kids::None))
            && (!has(When::FAMILY) || home.is_some_and(|h| h.family))
            && (!has(When::PARTNER) || home.is_some_and(|h| h.partner))
            && (!has(When::OWN_PLACE) || home.is_some_and(|h| !h.family && !h.with_parents))
            && (!has(When::WORK) || self.stage == Stage::Working)
            && (!has(When::NOT_RETIRED) || self.stage != Stage::Retired)
            && (!has(When::RETIRED) || self.stage == Stage::Retired)
            && (!has(When::STUDENT) || self.stage == Stage::Student)
            && (!has(When::COMMUTE) || self.commutes)
            && (!has(When::NOT_LOW) || self.income != IncomeLevel::Low)
    }

    fn religion_matches(&self, tag: &str) -> bool {
        religion_family(self.religion).eq_ignore_ascii_case(tag)
            || self.religion.to_lowercase().contains(&tag.to_lowercase())
    }

    pub(super) fn in_place(&self, places: &[String]) -> bool {
        places
            .iter()
            .any(|p| p == self.city || self.region.is_some_and(|r| r == p))
    }

    /// A job's own conditions (gender, place, group, religion), leaving its ages to
    /// `occupation_profile`.
    pub(super) fn fits_job(&self, t: &Tagged) -> bool {
        let g = match self.gender {
            Gender::Female => "Female",
            _ => "Male",
        };
        t.gender.as_deref().is_none_or(|x| x == g)
            && (t.places.is_empty() || self.in_place(&t.places))
            && (t.groups.is_empty() || self.group.is_some_and(|g| t.groups.iter().any(|x| x == g)))
            && (t.religions.is_empty() || t.religions.iter().any(|r| self.religion_matches(r)))
    }

    /// The texts of the items that fit, in pack order.
    pub(super) fn filter(&self, items: &[Tagged]) -> Vec<String> {
        items
            .iter()
            .filter(|t| self.fits(t))
            .map(|t| t.text.clone())
            .collect()
    }

    /// Whether a pack phrase's conditions hold for this persona.
    pub(super) fn fits(&self, t: &Tagged) -> bool {
        let g = match self.gender {
            Gender::Female => "Female",
            _ => "Male",
        };
        let kids = self.home.is_some_and(Household::kids_at_home);
        t.min_age.is_none_or(|a| self.age >= a)
            && t.max_age.is_none_or(|a| self.age <= a)
            && t.gender.as_deref().is_none_or(|x| x == g)
            && (t.religions.is_empty() || t.religions.iter().any(|r| self.religion_matches(r)))
            && !t.not_religions.iter().any(|r| self.religion_matches(r))
            && (t.groups.is_empty() || self.group.is_some_and(|g| t.groups.iter().any(|x| x == g)))
            && (t.places.is_empty() || self.in_place(&t.places))
            && (t.income.is_empty() || t.income.iter().any(|i| i == self.income.as_str()))
            && t.needs.iter().all(|n| match n.as_str() {
                "work" => self.stage == Stage::Working,
                "student" => self.stage == Stage::Student,
                "not_student" => self.stage != Stage::Student,
                "retired" => self.stage == Stage::Retired,
                "not_retired" => self.stage != Stage::Retired,
                "kids" => kids,
                "no_kids" => !kids,
                "partner" => self.home.is_some_and(|h| h.partner),
                "commute" => self.commutes,
                "adult" => self.age >= 18,
                _ => true,
            })
    }
}

/// Every fact sampled for one persona: the output of sampling and the input of writing.
pub(super) struct PersonaFacts {
    /// Position in the group: the persona code derives from it.
    pub(super) index: u32,
    /// The run's seed, recorded in the provenance.
    pub(super) seed: u64,
    /// The locale pack the facts come from; writing takes local touches from it too.
    pub(super) pack: &'static LocalePack,

    pub(super) full_name: String,
    pub(super) given_name: String,
    pub(super) family_name: String,
    pub(super) age: u8,
    pub(super) gender: Gender,
    pub(super) name_group: Option<&'static NameGroup>,

    /// As shown: "City, Country", or a place the gazetteer does not know as written.
    pub(super) location: String,
    pub(super) city: String,
    pub(super) district: Option<String>,
    pub(super) region: Option<&'static str>,
    pub(super) languages: Vec<String>,
    pub(super) religion: String,

    pub(super) stage: Stage,
    /// The occupation, or the study role of a student.
    pub(super) job: Job,
    pub(super) commutes: bool,
    pub(super) income: IncomeLevel,
    pub(super) monthly_income: Money,
    pub(super) education: String,
    pub(super) household: Household,

    pub(super) archetype: &'static Archetype,
    pub(super) ocean: Ocean,
    pub(super) traits: Vec<String>,
    pub(super) everyday: Everyday,
    /// The group's facets, the persona's own status and interest, with their banks.
    pub(super) lived: Lived,
}

impl PersonaFacts {
    /// The persona as line conditions see it once every fact is settled.
    pub(super) fn profile(&self) -> Profile<'_> {
        Profile {
            age: self.age,
            gender: self.gender,
            stage: self.stage,
            income: self.income,
            religion: &self.religion,
            group: self.name_group.map(|g| g.name.as_str()),
            city: &self.city,
            region: self.region,
            home: Some(&self.household),
            commutes: self.commutes,
            study: self.job.study.map(|s| s.1),
        }
    }
}
