//! Where the persona lives and what comes with the place: city and district, the
//! location as shown, religion and languages (from the persona's name group where
//! the pack has one).

use super::facts::{Profile, Stage};
use super::sampler::Sampler;
use crate::domain::IncomeLevel;
use crate::locale::{self, LocalePack, NameGroup, Share};
use crate::persona::rng::Rng;

impl Sampler<'_> {
    pub(super) fn city_and_district(&self, r: &mut Rng) -> (String, Option<String>) {
        if let Some(c) = &self.unknown_city {
            return (c.clone(), None);
        }
        let pack_city = |name: &str| self.pack.cities.iter().find(|c| c.name == name);
        if let Some(place) = &self.place {
            if let Some(gc) = place.city() {
                let district = match place.district {
                    Some(d) => Some(d.to_owned()),
                    None => pack_city(gc.name)
                        .filter(|_| r.unit() < 0.7)
                        .and_then(|c| r.pick(&c.districts).cloned()),
                };
                return (gc.name.to_owned(), district);
            }
        }
        // Country only: cities by population.
        let i = r
            .weighted(self.pack.cities.iter().map(|c| c.population as f64))
            .unwrap_or(0);
        match self.pack.cities.get(i) {
            Some(c) => {
                let district = if r.unit() < 0.6 {
                    r.pick(&c.districts).cloned()
                } else {
                    None
                };
                (c.name.clone(), district)
            }
            None => (self.pack.country.clone(), None),
        }
    }

    /// The location as shown: "City, Country", or a place the gazetteer does not know
    /// as the group wrote it.
    pub(super) fn location(&self, city: &str) -> String {
        let country = &self.pack.country;
        match &self.unknown_city {
            Some(c) if self.pack.country_code != locale::FALLBACK => format!("{c}, {country}"),
            Some(_) => self.def.location.clone().unwrap_or_default(),
            None => format!("{city}, {country}"),
        }
    }
}

pub(super) fn religion(r: &mut Rng, p: &LocalePack, group: Option<&NameGroup>) -> String {
    let shares: &[Share] = match group {
        Some(g) if !g.religions.is_empty() => &g.religions,
        _ => &p.religions,
    };
    r.weighted(shares.iter().map(|s| s.share))
        .and_then(|i| shares.get(i))
        .map(|s| s.name.clone())
        .unwrap_or_default()
}

pub(super) fn languages(
    r: &mut Rng,
    p: &LocalePack,
    group: Option<&NameGroup>,
    who: &Profile<'_>,
) -> Vec<String> {
    let (income, stage) = (who.income, who.stage);
    let shares: &[Share] = match group {
        Some(g) if !g.languages.is_empty() => &g.languages,
        _ => &p.languages,
    };
    // English goes with schooling and office work: more likely the higher the income.
    let boost = match (income, stage) {
        (IncomeLevel::High, _) => 2.0,
        (IncomeLevel::Middle, _) | (_, Stage::Student) => 1.5,
        _ => 1.0,
    };
    let mut langs: Vec<(f64, &str)> = shares
        .iter()
        .filter(|l| l.places.is_empty() || who.in_place(&l.places))
        .map(|l| {
            let s = if l.name == "English" {
                (l.share * boost).min(0.97)
            } else {
                l.share
            };
            (s, l.name.as_str())
        })
        .collect();
    langs.sort_by(|a, b| b.0.total_cmp(&a.0));
    // Everyone speaks the majority languages; others by their share.
    let mut out = Vec::new();
    for (i, (share, name)) in langs.iter().enumerate() {
        if i == 0 || (out.len() < 3 && (*share >= 0.5 || r.unit() < *share)) {
            out.push((*name).to_owned());
        }
    }
    out
}
