//! The audience of a group: what its `name`, `description`, `psychographic_notes` and
//! `occupation` say about the people in it beyond the structured fields — parenthood,
//! life stage, work, interests, shopping and media behaviour — read into [`Facet`]s
//! with the words each came from (`../shared/spec/audience.md`).
//!
//! Pure: the engine reads the same [`Audience`] the API shows, so what a client sees
//! before generating is what shapes the personas.

use serde::{Deserialize, Serialize};

use crate::domain::GroupDefinition;

#[cfg(test)]
mod compile;
mod context;
mod lexicon;
mod matching;
mod names;
mod reader;
mod reconcile;
mod words;

pub use reconcile::{facet_ages, facet_gender, for_group, is_mode, is_side, reconcile, FacetAges};

/// The facet families of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    Parenthood,
    LifeStage,
    Work,
    Interest,
    Behaviour,
}

impl Family {
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Parenthood => "parenthood",
            Family::LifeStage => "life_stage",
            Family::Work => "work",
            Family::Interest => "interest",
            Family::Behaviour => "behaviour",
        }
    }
}

/// One thing the group's words say about every persona in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facet {
    pub family: Family,
    /// A value of [`VOCABULARY`] for its family.
    pub value: String,
    /// The words it came from, as written.
    pub from: String,
    /// Set when the facet cannot hold within the group's structured fields (which win),
    /// saying why; such a facet is not applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<String>,
}

/// What the group's words were read into.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    pub facets: Vec<Facet>,
    /// Phrases of the description and notes that no facet used.
    pub unmatched: Vec<String>,
}

impl Audience {
    /// Whether the group states `value` (and it can hold).
    pub fn has(&self, value: &str) -> bool {
        self.applied().any(|f| f.value == value)
    }

    /// The facets that apply (no conflict).
    pub fn applied(&self) -> impl Iterator<Item = &Facet> {
        self.facets.iter().filter(|f| f.conflict.is_none())
    }

    pub fn of(&self, family: Family) -> impl Iterator<Item = &Facet> {
        self.applied().filter(move |f| f.family == family)
    }
}

/// Every value a facet may take, by family. The reader maps words in English, Taglish,
/// Bahasa Indonesia and Malay onto these; the engine writes from them.
pub const VOCABULARY: &[(Family, &[&str])] = &[
    (
        Family::Parenthood,
        &[
            "mother",
            "father",
            "parent",
            "single_parent",
            "expecting",
            "new_parent",
            "parent_of_toddlers",
            "parent_of_school_kids",
            "parent_of_teens",
            "grandparent",
        ],
    ),
    (
        Family::LifeStage,
        &[
            "student",
            "high_school_student",
            "university_student",
            "fresh_graduate",
            "young_professional",
            "newlywed",
            "retired",
            "empty_nester",
            "first_home_buyer",
            "renter",
            "caregiver",
            "expat",
            "overseas_worker",
            "migrant_worker",
            "job_seeker",
        ],
    ),
    (
        Family::Work,
        &[
            "working",
            "nurse",
            "teacher",
            "doctor",
            "healthcare_worker",
            "delivery_rider",
            "ride_hailing_driver",
            "bpo_agent",
            "night_shift_worker",
            "freelancer",
            "gig_worker",
            "small_business_owner",
            "online_seller",
            "farmer",
            "fisher",
            "remote_worker",
            "content_creator",
            "office_worker",
            "civil_servant",
            "software_developer",
            "engineer",
            "designer",
            "factory_worker",
            "construction_worker",
            "domestic_worker",
            "street_vendor",
            "entrepreneur",
        ],
    ),
    (
        Family::Interest,
        &[
            "coffee",
            "milk_tea",
            "foodie",
            "home_cooking",
            "baking",
            "fitness",
            "running",
            "cycling",
            "yoga",
            "skincare",
            "makeup",
            "fashion",
            "sneakers",
            "mobile_gaming",
            "pc_gaming",
            "console_gaming",
            "esports",
            "anime",
            "kpop",
            "kdrama",
            "concerts",
            "football",
            "basketball",
            "badminton",
            "cricket",
            "travel",
            "hiking",
            "pets",
            "dogs",
            "cats",
            "cars",
            "motorcycles",
            "ev",
            "gadgets",
            "photography",
            "reading",
            "investing",
            "crypto",
            "home_diy",
            "plants",
            "wellness",
            "sustainability",
            "vegetarian",
            "vegan",
            "halal",
        ],
    ),
    (
        Family::Behaviour,
        &[
            "online_shopping",
            "bargain_hunting",
            "price_sensitive",
            "luxury",
            "early_adopter",
            "brand_loyal",
            "impulse_buying",
            "heavy_tiktok",
            "heavy_instagram",
            "heavy_youtube",
            "heavy_facebook",
            "podcasts",
            "ewallet",
            "bnpl",
            "unbanked",
        ],
    ),
];

/// The family a vocabulary value belongs to.
pub fn family_of(value: &str) -> Option<Family> {
    VOCABULARY
        .iter()
        .find(|(_, values)| values.contains(&value))
        .map(|(f, _)| *f)
}

/// Reads a group's free text into facets (before reconciling with its structured
/// fields: see `reconcile`).
pub fn read(def: &GroupDefinition) -> Audience {
    reader::read(
        def.name.as_str(),
        def.description.as_deref(),
        def.psychographic_notes.as_deref(),
        def.occupation.as_deref(),
    )
}

/// Reads loose texts (parse-prompt uses this before a group exists).
pub fn read_texts(
    name: &str,
    description: Option<&str>,
    notes: Option<&str>,
    occupation: Option<&str>,
) -> Audience {
    reader::read(name, description, notes, occupation)
}

/// As `read_texts`, also reading the names of the location's pack ("who pay with ABA
/// Mobile" in Phnom Penh states an e-wallet, as it would in a saved group).
pub fn read_texts_in(
    description: Option<&str>,
    occupation: Option<&str>,
    location: Option<&str>,
) -> Audience {
    let mut a = reader::read("", description, None, occupation);
    names::add_named_in(
        &mut a,
        location,
        &description.into_iter().collect::<Vec<_>>(),
    );
    a
}

/// Byte ranges of `text` that are the speaker's own context rather than the audience
/// ("I run a bakery", "for our campaign"), as the reader skips them; parse-prompt
/// cuts them out of the description it returns.
pub fn speaker_context(text: &str) -> Vec<std::ops::Range<usize>> {
    reader::speaker_spans(text)
}
