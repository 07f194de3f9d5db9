//! The offline persona engine: samples facts from the locale pack of the group's place
//! within the group's constraints, then writes the prose from those facts.
//! No network, no keys, microseconds per persona, and reproducible: persona i depends
//! only on (definition, seed, i).
//!
//! Facts come first and constrain each other: the age fixes the life stage (school,
//! university, work, retirement), the stage and income the occupation, the occupation
//! the education; the household fits the age, income and gender, and the archetype
//! and every narrative line fit the household (no parenting content without children,
//! no "for the family" for someone who lives alone). A persona's name, languages and
//! religion come from one name group of the pack where the pack has them.
//!
//! Uniqueness within a group (names, archetypes, sentences) is kept without breaking
//! that rule: persona i replays personas 0..i, which are themselves pure functions of
//! (definition, seed, j), and avoids what they used.
//!
//! Where to look:
//! - `sampler`: the group-wide setting and the order in which facts are drawn;
//! - `facts`: `PersonaFacts`, everything sampled, and the `Profile`
//!   that pack phrases and archetype lines are matched against;
//! - `identity`: age, gender, name group and names;
//! - `place`: city, district, location, religion, languages;
//! - `work`: life stage, study roles, retirement, how an occupation is picked,
//!   and the income amount;
//! - `occupations`: what a job's wording implies (ages, retirement, work mode);
//! - `household`: who the persona lives with;
//! - `education`: degrees, fields of study, universities, vocational routes;
//! - `psychographics`: archetype and OCEAN scores;
//! - `media`: platforms, shops, brands, commute, screen time;
//! - `writing`: the prose (bio, day in the life, shopping, digital life, quote…)
//!   written from finished facts;
//! - `variety`: what keeps personas of one group from repeating each other.
//!
//! Every draw comes from a stream derived per purpose (`Sampler::rng`), so
//! a purpose's draws do not shift when another purpose draws more or less. The one
//! stream both phases use is "narrative": sampling draws the media facts and traits
//! from its head, and writing continues it.

use async_trait::async_trait;

use super::engine::{EngineError, PersonaEngine, PersonaRequest};
use super::model::{persona_id, Persona};
use super::rng::Rng;
use sampler::Sampler;
use variety::UsedPhrases;

pub use variety::{narrative_fields, sentences};

mod banks;
mod day;
mod education;
mod facts;
mod household;
mod identity;
mod lived;
mod media;
mod occupations;
mod place;
mod psychographics;
mod sampler;
mod segment;
mod variety;
mod work;
mod writing;

pub const ENGINE_NAME: &str = "offline";
/// Bumped whenever the engine's sampling or wording changes personas.
pub const ENGINE_VERSION: &str = "5";

#[derive(Debug, Default, Clone, Copy)]
pub struct OfflineEngine;

#[async_trait]
impl PersonaEngine for OfflineEngine {
    fn name(&self) -> &str {
        ENGINE_NAME
    }

    async fn generate(&self, req: &PersonaRequest<'_>) -> Result<Persona, EngineError> {
        generate(req)
    }
}

/// Where the last run on this thread got to: its group and seed, the next index, and
/// what its personas so far used. Persona `i` depends on personas `0..i`, so a run
/// generated in order continues from here instead of replaying the group each time.
struct Progress {
    key: Vec<u8>,
    seed: u64,
    next: u32,
    earlier: UsedPhrases,
}

thread_local! {
    static PROGRESS: std::cell::RefCell<Option<Progress>> = const { std::cell::RefCell::new(None) };
}

/// Generates persona `req.index` of a run, synchronously. The same as the
/// `req.index`-th of [`generate_all`], however the calls are ordered.
pub fn generate(req: &PersonaRequest<'_>) -> Result<Persona, EngineError> {
    let shared = Sampler::new(req.definition, req.seed)?;
    let resumed = PROGRESS.with(|c| {
        c.borrow_mut()
            .take()
            .filter(|p| p.key == shared.key && p.seed == req.seed && p.next <= req.index)
    });
    let (start, mut earlier) = resumed.map_or((0, UsedPhrases::default()), |p| (p.next, p.earlier));
    let mut out = None;
    for j in start..=req.index {
        let own = own_sampler(req, j)?;
        let (p, personal, parent) = build(own.as_ref().unwrap_or(&shared), j, &earlier);
        earlier.absorb(&p, personal, parent);
        out = Some(p);
    }
    PROGRESS.with(|c| {
        *c.borrow_mut() = Some(Progress {
            key: shared.key.clone(),
            seed: req.seed,
            next: req.index + 1,
            earlier,
        })
    });
    let mut p = out.ok_or_else(|| EngineError::Failed("no persona built".into()))?;
    p.id = persona_id(req.run, req.index);
    p.persona_group_id = req.group_id;
    p.created_at = req.created_at;
    Ok(p)
}

/// Personas `0..count` of a run in one pass (what `generate` would give for each
/// index, without replaying the group once per persona): for tests, tools and
/// benchmarks.
pub fn generate_all(req: &PersonaRequest<'_>, count: u32) -> Result<Vec<Persona>, EngineError> {
    let shared = Sampler::new(req.definition, req.seed)?;
    let mut earlier = UsedPhrases::default();
    let mut out = Vec::new();
    for j in 0..count {
        let own = own_sampler(req, j)?;
        let (mut p, personal, parent) = build(own.as_ref().unwrap_or(&shared), j, &earlier);
        earlier.absorb(&p, personal, parent);
        p.id = persona_id(req.run, j);
        p.persona_group_id = req.group_id;
        p.created_at = req.created_at;
        out.push(p);
    }
    Ok(out)
}

/// Persona `j`'s own setting where the group has no location (each persona then lives
/// in a country of its own); `None` where the group's setting holds for all.
fn own_sampler<'a>(req: &PersonaRequest<'a>, j: u32) -> Result<Option<Sampler<'a>>, EngineError> {
    if req.definition.location.is_some() {
        return Ok(None);
    }
    Sampler::for_persona(req.definition, req.seed, j).map(Some)
}

/// Persona `j` of the group, avoiding what the personas before it used, with what the
/// next ones must know of it: the interest of its own it was given (so they can take
/// another) and whether it has children.
fn build(
    sampler: &Sampler<'_>,
    j: u32,
    earlier: &UsedPhrases,
) -> (Persona, Option<&'static str>, bool) {
    let (facts, narrative) = sampler.facts(j, earlier);
    let personal = facts.lived.personal.map(|f| f.value);
    let parent = facts.household.kids != household::Kids::None;
    (writing::write(facts, narrative, earlier), personal, parent)
}

/// Lower-case words whose presence in a text shows a facet value ("coffee",
/// "latte" for coffee): what the LLM writer's answer is checked against.
pub fn facet_markers(value: &str) -> &'static [&'static str] {
    banks::bank_for(value).map_or(&[], |b| b.markers)
}

// Small helpers several concerns share.

fn pick(r: &mut Rng, items: &[String]) -> String {
    r.pick(items).cloned().unwrap_or_default()
}

fn pick_str(r: &mut Rng, items: &[&str]) -> String {
    r.pick(items).map(|s| (*s).to_owned()).unwrap_or_default()
}

fn has_any(l: &str, words: &[&str]) -> bool {
    words.iter().any(|w| l.contains(w))
}
