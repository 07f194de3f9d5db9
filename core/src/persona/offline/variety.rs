//! What keeps the personas of one group from repeating each other: the names,
//! archetypes and sentences earlier personas used ([`UsedPhrases`]), the sentence
//! cutting that decides what counts as "the same sentence", and the [`Writer`] that
//! picks, among a line's variants, one nobody in the group has used yet.

use std::collections::{HashMap, HashSet};

use super::facts::Profile;
use crate::persona::archetypes::{Archetype, Line, ARCHETYPES};
use crate::persona::model::Persona;
use crate::persona::rng::Rng;
use crate::persona::text::{cap_first, lower_first, Pronouns};

/// What earlier personas of the group already used.
#[derive(Default)]
pub(super) struct UsedPhrases {
    pub(super) full_names: HashSet<String>,
    pub(super) given_names: HashSet<String>,
    pub(super) archetypes: HashSet<&'static str>,
    sentences: HashSet<String>,
    /// For each sentence skeleton, how many earlier personas used it.
    skeletons: HashMap<String, u32>,
    /// Personality traits earlier personas were given.
    pub(super) traits: HashSet<String>,
    /// Personal interests earlier personas were given, with counts.
    pub(super) interests: HashMap<String, u32>,
    /// Earlier personas with children (at home or grown) and without.
    pub(super) parents: u32,
    pub(super) not_parents: u32,
}

impl UsedPhrases {
    pub(super) fn absorb(&mut self, p: &Persona, personal: Option<&str>, parent: bool) {
        if parent {
            self.parents += 1;
        } else {
            self.not_parents += 1;
        }
        if let Some(v) = personal {
            *self.interests.entry(v.to_owned()).or_default() += 1;
        }
        self.traits.extend(p.personality_traits.iter().cloned());
        self.full_names.insert(p.full_name.clone());
        self.given_names.insert(p.given_name.clone());
        if let Some(a) = ARCHETYPES.iter().find(|a| a.label == p.archetype_label) {
            self.archetypes.insert(a.label);
        }
        for text in narrative_fields(p) {
            for s in sentences(text) {
                self.sentences.insert(s.to_owned());
            }
            // The writer checks each part as it writes it; a part ending in what reads
            // as an initial ("in Block B.") merges with the next one when the whole text
            // is split, so every part on its own is remembered too.
            for s in every_stop(text) {
                self.sentences.insert(s.to_owned());
            }
        }
        for item in list_items(p) {
            for s in sentences(item) {
                self.sentences.insert(s.to_owned());
            }
        }
        let names = persona_names(p);
        let mut mine: HashSet<String> = HashSet::new();
        for text in narrative_fields(p).into_iter().chain(list_items(p)) {
            for s in sentences(text) {
                mine.insert(skeleton(s, &names));
            }
        }
        for sk in mine {
            *self.skeletons.entry(sk).or_default() += 1;
        }
    }

    /// How many earlier personas used this skeleton.
    pub(super) fn skeleton_uses(&self, sk: &str) -> u32 {
        self.skeletons.get(sk).copied().unwrap_or(0)
    }
}

/// The list fields whose items are read as sentences too.
pub fn list_items(p: &Persona) -> impl Iterator<Item = &str> {
    p.values_and_motivations
        .iter()
        .chain(&p.pain_points)
        .chain(&p.media_consumption)
        .chain(&p.brand_attitudes)
        .chain(&p.buying_triggers)
        .chain(&p.personality_traits)
        .map(String::as_str)
}

/// The words of a persona's names, longest first, for masking.
pub fn persona_names(p: &Persona) -> Vec<String> {
    let mut names: Vec<String> = vec![
        p.full_name.clone(),
        p.given_name.clone(),
        p.family_name.clone(),
    ];
    names.extend(
        p.full_name
            .split_whitespace()
            .filter(|w| w.len() > 2)
            .map(str::to_owned),
    );
    names.retain(|n| !n.is_empty());
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

/// A sentence's skeleton (`audience.md`): the persona's names → NAME, numbers → N,
/// each run of capitalised words after the first word → X, the rest lower case. Two
/// sentences with one skeleton read as one template with the nouns swapped.
pub fn skeleton(sentence: &str, names: &[String]) -> String {
    let mut s = sentence.to_owned();
    for n in names {
        if !n.is_empty() {
            s = s.replace(n.as_str(), "\u{1}");
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut in_caps = false;
    for (i, tok) in s.split_whitespace().enumerate() {
        let mut word = String::new();
        let mut in_num = false;
        for c in tok.chars() {
            if c.is_ascii_digit() {
                if !in_num {
                    word.push('N');
                }
                in_num = true;
            } else if in_num && matches!(c, ',' | '.' | ':') {
                // "1,200" and "5:30" are one number; a final stop is punctuation.
                word.push(c);
            } else {
                in_num = false;
                word.push(c);
            }
        }
        let word = word.trim_end_matches([',', '.', ':']).to_owned()
            + &tok[tok.trim_end_matches([',', '.', ':']).len()..];
        if word.contains('\u{1}') {
            out.push(word.replace('\u{1}', "NAME"));
            in_caps = false;
            continue;
        }
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        if i > 0 && capital {
            if !in_caps {
                out.push("X".into());
            }
            in_caps = true;
        } else {
            out.push(word.to_lowercase());
            in_caps = false;
        }
    }
    out.join(" ")
}

/// The free-text fields whose sentences must not repeat within a group.
pub fn narrative_fields(p: &Persona) -> Vec<&str> {
    vec![
        p.bio.as_str(),
        p.day_in_the_life.as_str(),
        p.purchase_behavior.as_str(),
        p.digital_behavior.as_str(),
        p.aspirational_identity.as_str(),
        p.quote.as_str(),
    ]
}

/// Words after which a full stop (or "!") does not end a sentence: abbreviations and
/// names such as "St. Marche", "Dr. Jart+", "R.M. Williams", "Yahoo! Shopping".
const NOT_SENTENCE_ENDS: &[&str] = &[
    "St", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "incl", "vs", "etc", "No", "Co", "Yahoo",
];

fn ends_abbreviation(before: &str) -> bool {
    let word = before.rsplit([' ', '(']).next().unwrap_or("");
    // Initials ("T. Nagar"), dotted names ("R.M. Williams"), abbreviations; not the
    // platform X or the pronoun I.
    (word.chars().count() == 1
        && word.chars().all(char::is_alphabetic)
        && word != "X"
        && word != "I")
        || word.contains('.')
        || NOT_SENTENCE_ENDS.contains(&word)
}

fn continues(rest: &str) -> bool {
    let next = rest.trim_start().split(' ').next().unwrap_or("");
    next.starts_with(char::is_lowercase) && !next.chars().any(char::is_uppercase)
}

/// Pieces of text cut at every terminal punctuation followed by a space, abbreviations
/// or not.
fn every_stop(text: &str) -> Vec<&str> {
    cut_at_stops(text, false)
}

/// Splits text into sentences on terminal punctuation followed by a space.
pub fn sentences(text: &str) -> Vec<&str> {
    cut_at_stops(text, true)
}

/// Cuts at each '.', '!' or '?' followed by a space or the end; `sentences` skips the
/// stops that end an abbreviation or run on into lowercase ("GO! and …").
fn cut_at_stops(text: &str, sentences: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        let last = i + 1 == bytes.len();
        let stop = matches!(bytes[i], b'.' | b'!' | b'?') && (last || bytes[i + 1] == b' ');
        let ends = stop
            && (!sentences
                || ((last || !ends_abbreviation(&text[start..i])) && !continues(&text[i + 1..])));
        if ends {
            let s = text[start..=i].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Composes text while avoiding any sentence an earlier persona of the group used.
/// Templates are written as they read after a lead-in ("groceries come from …"); the
/// writer capitalises the first letter of each sentence and nothing else.
pub(super) struct Writer<'a> {
    pub(super) rng: Rng,
    pub(super) earlier: &'a UsedPhrases,
    pub(super) given: &'a str,
    pub(super) pr: Pronouns,
    /// The sentences this persona has used so far.
    pub(super) used: HashSet<String>,
    /// Pack names that may start a sentence and must keep their spelling ("iMessage").
    pub(super) protect: Vec<String>,
    /// The persona's names, masked when sentences are compared as skeletons.
    pub(super) names: Vec<String>,
    /// The skeletons this persona has used so far.
    pub(super) shapes: HashSet<String>,
}

impl Writer<'_> {
    fn fresh(&self, s: &str) -> bool {
        !self.earlier.sentences.contains(s) && !self.used.contains(s)
    }

    fn start(&self, s: &str) -> String {
        if self
            .protect
            .iter()
            .any(|p| !p.is_empty() && s.starts_with(p.as_str()))
        {
            s.to_owned()
        } else {
            cap_first(s)
        }
    }

    /// How often a text's sentence shapes were already used: by earlier personas
    /// of the group (each counts once), and twice over within this persona.
    pub(super) fn reuse(&self, text: &str) -> u32 {
        sentences(text)
            .iter()
            .map(|s| {
                let sk = skeleton(s, &self.names);
                self.earlier.skeleton_uses(&sk) + if self.shapes.contains(&sk) { 2 } else { 0 }
            })
            .max()
            .unwrap_or(0)
    }

    /// Remembers the shapes of a text this persona now uses.
    pub(super) fn mark(&mut self, text: &str) {
        for s in sentences(text) {
            self.used.insert(s.to_owned());
            self.shapes.insert(skeleton(s, &self.names));
        }
    }

    /// One sentence from the variants: among those nobody used yet, the one whose
    /// shape the group used least (random among equals); if every variant was used
    /// word for word, the least used made personal with the given name (given names
    /// are unique in a group, so the result is too).
    pub(super) fn one(&mut self, variants: Vec<String>) -> String {
        let order = self.rng.sample(&variants, variants.len());
        let started: Vec<String> = order.iter().map(|v| self.start(v)).collect();
        let chosen = self
            .least_reused(
                started
                    .iter()
                    .filter(|v| sentences(v).iter().all(|s| self.fresh(s))),
            )
            .cloned()
            .unwrap_or_else(|| {
                let base = order.first().cloned().unwrap_or_default();
                self.personal(&base)
            });
        self.mark(&chosen);
        chosen
    }

    /// The first of `items` whose shapes the group used least: what `min_by_key` with
    /// `reuse` gives, without scoring the rest once an unused shape turns up (scoring
    /// is the writer's main cost, and nothing scores lower than 0).
    fn least_reused<'s>(&self, items: impl Iterator<Item = &'s String>) -> Option<&'s String> {
        let mut best: Option<(u32, &String)> = None;
        for v in items {
            let n = self.reuse(v);
            if best.is_none_or(|(b, _)| n < b) {
                best = Some((n, v));
                if n == 0 {
                    break;
                }
            }
        }
        best.map(|(_, v)| v)
    }

    /// Up to `k` items from `pool`, least-used shapes first (random among equals).
    pub(super) fn some(&mut self, pool: Vec<String>, k: usize) -> Vec<String> {
        let order = self.rng.sample(&pool, pool.len());
        // Items are compared as they will be shown, capitalised. Once `k` items with
        // unused shapes are found the rest cannot come first (the sort is stable).
        let mut scored: Vec<(u32, String)> = Vec::new();
        let mut unused = 0;
        for v in order {
            if unused >= k {
                break;
            }
            let shown = cap_first(&v);
            if !sentences(&shown).iter().all(|s| self.fresh(s)) {
                continue;
            }
            let n = self.reuse(&shown);
            if n == 0 {
                unused += 1;
            }
            scored.push((n, v));
        }
        scored.sort_by_key(|(n, _)| *n);
        let out: Vec<String> = scored.into_iter().take(k).map(|(_, v)| v).collect();
        for v in &out {
            self.mark(&cap_first(v));
        }
        out
    }

    fn personal(&self, raw: &str) -> String {
        let pr = self.pr;
        if let Some(rest) = raw.strip_prefix(&format!("{} ", pr.they)) {
            format!("{} {rest}", self.given)
        } else if let Some(rest) = raw.strip_prefix(&format!("{} ", pr.their)) {
            format!("{}'s {rest}", self.given)
        } else if raw.starts_with(self.given) {
            raw.to_owned()
        } else {
            format!("For {}, {raw}", self.given)
        }
    }

    pub(super) fn paragraph(&mut self, slots: Vec<Vec<String>>) -> String {
        slots
            .into_iter()
            .filter(|v| !v.is_empty())
            .map(|v| self.one(v))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Up to `k` of an archetype's lines that fit the persona, pronouns filled in,
    /// least-used shapes first.
    pub(super) fn lines(&mut self, bank: &[Line], who: &Profile<'_>, k: usize) -> Vec<String> {
        let fitting: Vec<String> = bank
            .iter()
            .filter(|l| who.fits_when(&l.when))
            .map(|l| self.pr.fill(l.text))
            .collect();
        self.some(fitting, k)
    }

    /// The persona's quote: the archetype's own lines first, then lines built from
    /// the persona's facts, so that a group rarely runs out.
    pub(super) fn quote(
        &mut self,
        a: &Archetype,
        who: &Profile<'_>,
        meal: &str,
        messaging: &str,
        shop: &str,
    ) -> String {
        let mut variants: Vec<String> = a
            .quotes
            .iter()
            .filter(|l| who.fits_when(&l.when))
            .map(|l| self.pr.fill(l.text))
            .collect();
        let order = self.rng.sample(&variants, variants.len());
        if let Some(q) = self.least_reused(order.iter().filter(|q| self.fresh(q))) {
            let q = q.clone();
            self.mark(&q);
            return q;
        }
        variants.clear();
        if !meal.is_empty() {
            variants.push(format!("Give me {meal} and a quiet evening and I'm happy."));
        }
        variants.push(format!("Half my life is organised on {messaging}."));
        variants.push(format!("If it's not on {shop}, I probably don't need it."));
        variants.push(format!("Nobody in {} does it quite like we do.", who.city));
        let fresh: Vec<String> = variants.into_iter().filter(|v| self.fresh(v)).collect();
        let q = match self.rng.pick(&fresh) {
            Some(q) => q.clone(),
            None => {
                let base = order
                    .first()
                    .cloned()
                    .unwrap_or_else(|| "Life is good.".into());
                let lead = if base.starts_with("I ") || base.starts_with("I'") {
                    base
                } else {
                    lower_first(&base)
                };
                format!("I'm {}, and {lead}", self.given)
            }
        };
        self.mark(&q);
        q
    }
}
