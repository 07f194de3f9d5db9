//! Psychographics: the archetype (fitting the age, household, stage and income, and
//! fresh within the group) and the OCEAN scores around it.

use super::facts::{Profile, Stage};
use super::household::Household;
use super::sampler::Sampler;
use super::variety::UsedPhrases;
use crate::domain::IncomeLevel;
use crate::persona::archetypes::{Archetype, ARCHETYPES};
use crate::persona::model::Ocean;
use crate::persona::rng::Rng;

impl Sampler<'_> {
    pub(super) fn archetype(
        &self,
        j: u32,
        who: &Profile<'_>,
        home: &Household,
        earlier: &UsedPhrases,
    ) -> &'static Archetype {
        let mut r = self.rng(j, "archetype");
        let age = who.age;
        let base = |a: &Archetype| {
            let age_fit = (a.min_age..=a.max_age).contains(&age);
            let home_fit = !a.needs_dependants || home.dependants();
            let stage_fit = !a.working_life || who.stage != Stage::Retired;
            if age_fit && home_fit && stage_fit {
                1.0
            } else {
                0.0
            }
        };
        let fit = |a: &Archetype| {
            let inc = a.income_fit[match who.income {
                IncomeLevel::Low => 0,
                IncomeLevel::Middle => 1,
                IncomeLevel::High => 2,
            }];
            // Family-first reads most naturally for people with children at home.
            let family = if a.needs_dependants && home.kids_at_home() {
                1.6
            } else {
                1.0
            };
            let fresh = if earlier.archetypes.contains(a.label) {
                0.0
            } else {
                1.0
            };
            base(a) * inc * family * fresh
        };
        let i = r
            .weighted(ARCHETYPES.iter().map(fit))
            .or_else(|| r.weighted(ARCHETYPES.iter().map(base)))
            .unwrap_or(0);
        &ARCHETYPES[i]
    }
}

pub(super) fn ocean(r: &mut Rng, a: &Archetype) -> Ocean {
    let mut v =
        |centre: f64| ((centre + (r.unit() - 0.5) * 0.3).clamp(0.05, 0.95) * 100.0).round() / 100.0;
    Ocean {
        openness: v(a.ocean[0]),
        conscientiousness: v(a.ocean[1]),
        extraversion: v(a.ocean[2]),
        agreeableness: v(a.ocean[3]),
        neuroticism: v(a.ocean[4]),
    }
}

/// Everyday words for the persona's two strongest OCEAN traits (and the calm or
/// worry that neuroticism says), strongest first.
pub(super) fn trait_words(o: &Ocean) -> Vec<&'static str> {
    let mut dims: Vec<(f64, &[&'static str])> = vec![
        (
            o.openness,
            &[
                "Curious",
                "Imaginative",
                "Open-minded",
                "Adventurous",
                "Inventive",
                "Artistic",
            ],
        ),
        (
            o.conscientiousness,
            &[
                "Organised",
                "Reliable",
                "Disciplined",
                "Methodical",
                "Punctual",
                "Thorough",
            ],
        ),
        (
            o.extraversion,
            &[
                "Outgoing",
                "Talkative",
                "Energetic",
                "Warm",
                "Lively",
                "Chatty",
            ],
        ),
        (
            o.agreeableness,
            &[
                "Kind",
                "Considerate",
                "Generous",
                "Trusting",
                "Gentle",
                "Good-natured",
            ],
        ),
    ];
    dims.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out: Vec<&'static str> = dims
        .iter()
        .take(2)
        .flat_map(|(_, w)| w.iter().copied())
        .collect();
    if o.neuroticism < 0.4 {
        out.extend(["Calm", "Steady", "Unflappable", "Even-tempered"]);
    } else if o.neuroticism > 0.6 {
        out.extend(["Sensitive", "Restless", "Self-critical", "Highly strung"]);
    }
    out
}
