//! Facets against the group's structured fields. Explicit fields win over words
//! (`audience.md`, rule 2): a facet that cannot hold within them is kept, marked with
//! a `conflict` saying why, and not applied; the others narrow what the fields leave
//! open (a "moms" group with gender All is a group of women).

use super::{Audience, Facet, Family};
use crate::domain::{Gender, GroupDefinition, IncomeLevel};

/// Ages at which a facet holds: `possible` bounds what may be asked for, `typical`
/// is what a group that gives no ages is drawn from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FacetAges {
    pub possible: (u8, u8),
    pub typical: (u8, u8),
}

/// The ages a facet value implies, if it implies any. Retirement ages come from the
/// persona's country, so `retirement` is the pack's usual retirement age.
pub fn facet_ages(value: &str, retirement: u8) -> Option<FacetAges> {
    let r = retirement;
    let (possible, typical) = match value {
        "mother" | "father" | "parent" => ((18, 75), (26, 48)),
        "single_parent" => ((18, 70), (25, 48)),
        "expecting" => ((18, 50), (23, 38)),
        "new_parent" => ((18, 55), (23, 40)),
        "parent_of_toddlers" => ((18, 55), (24, 40)),
        "parent_of_school_kids" => ((23, 62), (30, 48)),
        "parent_of_teens" => ((30, 70), (38, 55)),
        "grandparent" => ((38, 100), (55, 80)),
        "student" => ((13, 60), (16, 24)),
        "high_school_student" => ((13, 20), (15, 18)),
        "university_student" => ((16, 60), (18, 24)),
        "fresh_graduate" => ((19, 35), (21, 26)),
        "young_professional" => ((20, 40), (23, 32)),
        "newlywed" => ((18, 70), (24, 35)),
        "retired" => ((40, 100), (r, r.saturating_add(17).min(90))),
        "empty_nester" => ((38, 90), (48, 66)),
        "first_home_buyer" => ((20, 70), (25, 40)),
        "renter" => ((18, 90), (22, 45)),
        "caregiver" => ((16, 90), (30, 60)),
        "overseas_worker" | "migrant_worker" => ((18, 70), (23, 50)),
        "job_seeker" => ((17, 70), (20, 40)),
        "expat" => ((20, 80), (26, 55)),
        // Work: anyone of working age, unless the group says more.
        _ => match super::family_of(value) {
            Some(Family::Work) => ((16, 80), (22, 58)),
            _ => return None,
        },
    };
    Some(FacetAges { possible, typical })
}

/// The gender a facet implies.
pub fn facet_gender(value: &str) -> Option<Gender> {
    match value {
        "mother" | "expecting" => Some(Gender::Female),
        "father" => Some(Gender::Male),
        _ => None,
    }
}

/// Work facets that say how people work, not what they do: they go with any job.
pub fn is_mode(value: &str) -> bool {
    matches!(
        value,
        "working" | "freelancer" | "remote_worker" | "night_shift_worker" | "gig_worker"
    )
}

/// Work facets people do beside a job (selling online, a stall, content): they join
/// the occupation rather than replace it.
pub fn is_side(value: &str) -> bool {
    matches!(
        value,
        "online_seller" | "content_creator" | "small_business_owner" | "street_vendor"
    )
}

/// Reads the group's words and marks the facets its structured fields rule out.
pub fn for_group(def: &GroupDefinition) -> Audience {
    let mut a = super::read(def);
    super::names::add_named(&mut a, def);
    reconcile(&mut a, def);
    a
}

/// Marks conflicts in place. Ages are checked against what is possible anywhere
/// (the earliest retirement any country has), not one country's usual age.
pub fn reconcile(a: &mut Audience, def: &GroupDefinition) {
    let (lo, hi) = (def.ages.min(), def.ages.max());
    let occupation = def.occupation.as_deref().map(str::to_lowercase);
    let stated_work: Vec<String> = a
        .facets
        .iter()
        .filter(|f| f.family == Family::Work && !is_mode(&f.value))
        .map(|f| f.value.clone())
        .collect();
    let retired = a.facets.iter().any(|f| f.value == "retired");
    for f in &mut a.facets {
        f.conflict = conflict(f, def, lo, hi, occupation.as_deref(), &stated_work, retired);
    }
}

fn conflict(
    f: &Facet,
    def: &GroupDefinition,
    lo: Option<u8>,
    hi: Option<u8>,
    occupation: Option<&str>,
    stated_work: &[String],
    retired: bool,
) -> Option<String> {
    if let Some(g) = facet_gender(&f.value) {
        if def.gender != Gender::All && def.gender != g {
            return Some(format!(
                "gender is {}: \"{}\" describes {}",
                def.gender.as_str(),
                f.from,
                if g == Gender::Female { "women" } else { "men" }
            ));
        }
    }
    if let Some(ages) = facet_ages(&f.value, 55) {
        let (plo, phi) = ages.possible;
        let below = hi.is_some_and(|h| h < plo);
        let above = lo.is_some_and(|l| l > phi);
        if below || above {
            return Some(format!(
                "ages {}–{} leave no one who could be \"{}\" (possible from {plo} to {phi})",
                lo.map_or("…".into(), |v| v.to_string()),
                hi.map_or("…".into(), |v| v.to_string()),
                f.from
            ));
        }
    }
    match f.value.as_str() {
        "luxury" if def.income_level == Some(IncomeLevel::Low) => {
            return Some(format!(
                "income level is Low: \"{}\" needs money to spend",
                f.from
            ))
        }
        "luxury" if hi.is_some_and(|h| h < 18) => {
            return Some(format!(
                "ages end at {}: \"{}\" is for adults",
                hi.unwrap_or(0),
                f.from
            ))
        }
        "unbanked" if def.income_level == Some(IncomeLevel::High) => {
            return Some(format!("income level is High: \"{}\" does not fit", f.from))
        }
        _ => {}
    }
    // The occupation field names the work: another work facet cannot also be it,
    // unless it is what the occupation says, a way of working (freelance, remote,
    // nights, gigs) or a side business any job allows. A retired group's work is its
    // former job.
    if f.family == Family::Work && !is_mode(&f.value) && !is_side(&f.value) && !retired {
        if let Some(o) = occupation {
            let same = super::read_texts("", None, None, Some(o))
                .facets
                .iter()
                .any(|x| x.value == f.value);
            if !same {
                return Some(format!("occupation is \"{o}\": the work stated wins"));
            }
        }
        if stated_work.first().is_some_and(|w| w != &f.value) && occupation.is_none() {
            // Two kinds of work: the first one stated is every persona's job.
            return Some(format!(
                "\"{}\" is one work facet too many: personas have one job",
                f.from
            ));
        }
    }
    if f.family == Family::LifeStage && f.value == "retired" {
        if let Some(o) = occupation {
            let student = o.contains("student");
            if student {
                return Some(format!("occupation is \"{o}\""));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(v: serde_json::Value) -> GroupDefinition {
        GroupDefinition::parse(&v).expect("valid")
    }

    fn facet(value: &str, from: &str) -> Facet {
        Facet {
            family: super::super::family_of(value).expect("known"),
            value: value.into(),
            from: from.into(),
            conflict: None,
        }
    }

    #[test]
    fn gender_facets_conflict_only_with_the_other_gender() {
        let mut a = Audience {
            facets: vec![facet("mother", "moms")],
            unmatched: vec![],
        };
        reconcile(
            &mut a,
            &def(serde_json::json!({"name": "x", "gender": "Male"})),
        );
        assert!(a.facets[0]
            .conflict
            .as_deref()
            .unwrap_or("")
            .contains("gender is Male"));
        reconcile(
            &mut a,
            &def(serde_json::json!({"name": "x", "gender": "Female"})),
        );
        assert_eq!(a.facets[0].conflict, None);
        reconcile(&mut a, &def(serde_json::json!({"name": "x"})));
        assert_eq!(a.facets[0].conflict, None);
    }

    #[test]
    fn ages_that_leave_no_one_are_a_conflict() {
        let mut a = Audience {
            facets: vec![
                facet("parent_of_teens", "parents of teens"),
                facet("retired", "retirees"),
            ],
            unmatched: vec![],
        };
        reconcile(
            &mut a,
            &def(serde_json::json!({"name": "x", "age_min": 18, "age_max": 24})),
        );
        assert!(a.facets.iter().all(|f| f.conflict.is_some()), "{a:?}");
        reconcile(
            &mut a,
            &def(serde_json::json!({"name": "x", "age_min": 45, "age_max": 70})),
        );
        assert!(a.facets.iter().all(|f| f.conflict.is_none()), "{a:?}");
        assert!(a.has("retired"));
    }

    #[test]
    fn the_occupation_field_wins_over_a_work_facet() {
        let mut a = Audience {
            facets: vec![facet("nurse", "nurses"), facet("luxury", "luxury shoppers")],
            unmatched: vec![],
        };
        reconcile(
            &mut a,
            &def(serde_json::json!({"name": "x", "occupation": "Teacher", "income_level": "Low"})),
        );
        assert!(a.facets.iter().all(|f| f.conflict.is_some()), "{a:?}");
        assert!(!a.has("nurse"));
    }
}
