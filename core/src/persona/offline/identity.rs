//! Who the persona is: age (stratified across the group's range), gender (balanced
//! when the group allows both), name group, and a name nobody earlier in the group has.

use super::sampler::Sampler;
use super::variety::UsedPhrases;
use crate::domain::Gender;
use crate::locale::{NameGroup, NameOrder, Weighted};
use crate::persona::rng::Rng;

impl Sampler<'_> {
    pub(super) fn age(&self, j: u32) -> u8 {
        // Stratified: each persona draws from its own slice of the range, so a group
        // spans the range instead of clumping.
        let n = self.count.max(1);
        let mut perm_rng = self.rng(0, "age-strata");
        let strata: Vec<u32> = perm_rng.sample(&(0..n).collect::<Vec<_>>(), n as usize);
        let stratum = strata[(j % n) as usize] as f64;
        let span = f64::from(self.age_hi - self.age_lo) + 1.0;
        let width = span / f64::from(n);
        let u = self.rng(j, "age").unit();
        let age = f64::from(self.age_lo) + (stratum + u) * width;
        (age.floor() as u8).clamp(self.age_lo, self.age_hi)
    }

    pub(super) fn gender(&self, j: u32) -> Gender {
        match self.def.gender {
            Gender::All if self.segment.gender.is_some() => {
                self.segment.gender.unwrap_or(Gender::All)
            }
            Gender::All => {
                // Balanced: alternate, starting side chosen by the seed.
                if (j + (self.seed & 1) as u32).is_multiple_of(2) {
                    Gender::Female
                } else {
                    Gender::Male
                }
            }
            g => g,
        }
    }

    /// The name group of a persona in `city`: the group's share there where the pack
    /// says, the national shares for the rest.
    pub(super) fn name_group(
        &self,
        r: &mut Rng,
        city: &str,
        region: Option<&str>,
    ) -> Option<&'static NameGroup> {
        let groups = &self.pack.name_groups;
        if groups.is_empty() {
            return None;
        }
        let local = |g: &NameGroup| {
            g.places
                .get(city)
                .or_else(|| region.and_then(|rg| g.places.get(rg)))
                .copied()
        };
        let listed: f64 = groups.iter().filter_map(local).sum();
        let rest = (1.0 - listed).max(0.0);
        let unlisted: f64 = groups
            .iter()
            .filter(|g| local(g).is_none())
            .map(|g| g.share)
            .sum();
        let weights: Vec<f64> = groups
            .iter()
            .map(|g| match local(g) {
                Some(s) => s,
                None if unlisted > 0.0 => rest * g.share / unlisted,
                None => 0.0,
            })
            .collect();
        let i = r
            .weighted(weights.iter().copied())
            .or_else(|| r.weighted(groups.iter().map(|g| g.share)))
            .unwrap_or(0);
        groups.get(i)
    }

    /// Given, family and full name, fresh within the group.
    pub(super) fn name(
        &self,
        j: u32,
        age: u8,
        gender: Gender,
        group: Option<&NameGroup>,
        earlier: &UsedPhrases,
    ) -> (String, String, String) {
        let p = self.pack;
        let (given_pool, family_pool, order) = match group {
            Some(g) if gender != Gender::Male && !g.family_names_female.is_empty() => (
                &g.given_names,
                &g.family_names_female,
                g.name_order.unwrap_or(p.name_order),
            ),
            Some(g) => (
                &g.given_names,
                &g.family_names,
                g.name_order.unwrap_or(p.name_order),
            ),
            None => (&p.given_names, &p.family_names, p.name_order),
        };
        let compound = group.is_some_and(|g| g.compound_family);
        let pool: &[Weighted] = if gender == Gender::Male {
            &given_pool.male
        } else {
            &given_pool.female
        };
        let connector = group
            .and_then(|g| g.connector.as_ref())
            .map(|c| {
                if gender == Gender::Male {
                    c.male.as_str()
                } else {
                    c.female.as_str()
                }
            })
            .filter(|c| !c.is_empty());
        let full = |given: &str, family: &str| {
            match (order, connector) {
                (_, Some(c)) => format!("{given} {c} {family}"),
                (NameOrder::GivenFamily, None) => format!("{given} {family}"),
                (NameOrder::FamilyGiven, None) => format!("{family} {given}"),
            }
            .trim()
            .to_owned()
        };
        let mut r = self.rng(j, "name");
        for attempt in 0..64 {
            let gi = r
                .weighted(pool.iter().map(|w| w.weight_at(age)))
                .unwrap_or(0);
            let fi = r.weighted(family_pool.iter().map(|w| w.1)).unwrap_or(0);
            let given = pool.get(gi).map(|w| w.0.clone()).unwrap_or_default();
            let mut family = family_pool.get(fi).map(|w| w.0.clone()).unwrap_or_default();
            if compound {
                // The mother's family name after the father's, never the same one twice.
                let mi = r
                    .weighted(
                        family_pool
                            .iter()
                            .enumerate()
                            .map(|(i, w)| if i == fi { 0.0 } else { w.1 }),
                    )
                    .unwrap_or(0);
                if let Some(m) = family_pool.get(mi).filter(|_| mi != fi) {
                    family = format!("{family} {}", m.0);
                }
            }
            let name = full(&given, &family);
            let fresh_given = !earlier.given_names.contains(&given) || attempt >= 48;
            // A given name that is also the family name ("Musa Musa") reads as an error.
            if fresh_given && given != family && !earlier.full_names.contains(&name) {
                return (given, family, name);
            }
        }
        // Unreachable with packs of 20+ names for at most 10 personas; stay unique anyway.
        let given = pool
            .get(j as usize % pool.len().max(1))
            .map(|w| w.0.clone())
            .unwrap_or_default();
        let family = format!(
            "{}-{}",
            family_pool.first().map(|w| w.0.as_str()).unwrap_or("Doe"),
            j + 1
        );
        let name = full(&given, &family);
        (given, family, name)
    }
}
