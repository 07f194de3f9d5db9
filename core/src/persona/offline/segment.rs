//! The group's audience as sampling constraints: what every persona of the group must
//! be (a mother, retired, a nurse, a first-time buyer who rents) and the interests and
//! behaviours every persona lives. Built once per group from the reconciled
//! [`Audience`]; each concern's draw asks it what it requires.

use super::facts::Stage;
use super::household::Kids;
use crate::audience::{self, Audience, Family};
use crate::domain::{Gender, GroupDefinition};

/// What the group's facets require of each persona.
pub(super) struct Segment {
    pub(super) audience: Audience,
    /// Gender implied by a facet when the group's gender is All.
    pub(super) gender: Option<Gender>,
    pub(super) stage: Option<Stage>,
    pub(super) study: Option<StudyWant>,
    /// The work facet every persona does (or did, when retired).
    pub(super) work: Option<String>,
    /// Side work every persona also does ("online seller"), beyond the job.
    pub(super) sides: Vec<String>,
    /// How every persona works (freelance, remote, nights, gigs).
    pub(super) modes: Vec<String>,
    pub(super) home: HomeWant,
    /// The group's own words, where platforms it names are looked up ("Shopee"),
    /// plus the platform of a heavy-use facet ("TikTok").
    pub(super) named: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StudyWant {
    School,
    University,
    Any,
}

/// What the household must be.
#[derive(Debug, Clone, Default)]
pub(super) struct HomeWant {
    /// Children of one of these kinds (empty: no requirement).
    pub(super) kids: Vec<Kids>,
    pub(super) single_parent: bool,
    pub(super) expecting: bool,
    pub(super) partner: bool,
    /// Married within the last year or so: a couple, children only where a parenthood
    /// facet asks for them.
    pub(super) newlywed: bool,
    pub(super) grandchildren: bool,
    /// Grown children who have left home.
    pub(super) empty_nest: bool,
    pub(super) carer: bool,
    /// Does not own a home yet (first-time buyers, renters).
    pub(super) not_owner: bool,
    pub(super) first_home: bool,
    /// A baby in the house (new parents).
    pub(super) baby: bool,
    /// Children at school (parents of school kids).
    pub(super) school: bool,
}

impl HomeWant {
    pub(super) fn any(&self) -> bool {
        !self.kids.is_empty()
            || self.single_parent
            || self.expecting
            || self.partner
            || self.grandchildren
            || self.empty_nest
            || self.carer
            || self.not_owner
    }
}

impl Segment {
    pub(super) fn new(def: &GroupDefinition) -> Self {
        let audience = audience::for_group(def);
        let has = |v: &str| audience.has(v);
        let gender = if def.gender == Gender::All {
            let implied: Vec<Gender> = audience
                .applied()
                .filter_map(|f| audience::facet_gender(&f.value))
                .collect();
            match implied.first() {
                Some(g) if implied.iter().all(|x| x == g) => Some(*g),
                _ => None,
            }
        } else {
            None
        };
        let study = if has("high_school_student") {
            Some(StudyWant::School)
        } else if has("university_student") {
            Some(StudyWant::University)
        } else if has("student") {
            Some(StudyWant::Any)
        } else {
            None
        };
        let works: Vec<&str> = audience
            .of(Family::Work)
            .map(|f| f.value.as_str())
            .filter(|v| !audience::is_mode(v))
            .collect();
        // The job: the first work that is not a side business, else the first side
        // business; the other side businesses join it.
        let work = works
            .iter()
            .find(|v| !audience::is_side(v))
            .or(works.first())
            .map(|v| (*v).to_owned());
        let sides: Vec<String> = works
            .iter()
            .filter(|v| audience::is_side(v) && Some(**v) != work.as_deref())
            .map(|v| (*v).to_owned())
            .collect();
        let modes: Vec<String> = audience
            .of(Family::Work)
            .filter(|f| audience::is_mode(&f.value) && f.value != "working")
            .map(|f| f.value.clone())
            .collect();
        let working_stage = work.is_some()
            || !modes.is_empty()
            || [
                "working",
                "fresh_graduate",
                "young_professional",
                "first_home_buyer",
                "overseas_worker",
                "migrant_worker",
                "expat",
            ]
            .iter()
            .any(|v| has(v));
        let stage = if has("retired") {
            Some(Stage::Retired)
        } else if study.is_some() {
            Some(Stage::Student)
        } else if working_stage {
            Some(Stage::Working)
        } else {
            None
        };
        let mut home = HomeWant::default();
        let parent = ["mother", "father", "parent", "single_parent"]
            .iter()
            .any(|v| has(v));
        if has("new_parent") || has("parent_of_toddlers") {
            home.kids.push(Kids::Young);
        }
        if has("parent_of_school_kids") {
            home.kids.push(Kids::School);
        }
        if has("parent_of_teens") {
            home.kids.push(Kids::Teen);
        }
        if parent && home.kids.is_empty() {
            home.kids = vec![Kids::Young, Kids::School, Kids::Teen];
        }
        home.single_parent = has("single_parent");
        home.baby = has("new_parent");
        home.school = has("parent_of_school_kids") && home.kids == vec![Kids::School];
        home.expecting = has("expecting");
        home.partner = has("newlywed") || (home.expecting && !home.single_parent);
        home.newlywed = has("newlywed");
        home.grandchildren = has("grandparent");
        home.empty_nest = has("empty_nester");
        home.carer = has("caregiver");
        home.first_home = has("first_home_buyer");
        home.not_owner = home.first_home || has("renter");
        let mut named: Vec<String> = [
            Some(def.name.as_str()),
            def.description.as_deref(),
            def.psychographic_notes.as_deref(),
        ]
        .into_iter()
        .flatten()
        .map(str::to_owned)
        .collect();
        for (v, platform) in [
            ("heavy_tiktok", "TikTok"),
            ("heavy_instagram", "Instagram"),
            ("heavy_youtube", "YouTube"),
            ("heavy_facebook", "Facebook"),
        ] {
            if has(v) {
                named.push(platform.to_owned());
            }
        }
        Segment {
            named,
            gender,
            stage,
            study,
            work,
            sides,
            modes,
            home,
            audience,
        }
    }

    /// The age range personas are drawn from: the group's own where it gives one,
    /// narrowed to what its facets make possible; else what the facets make typical.
    pub(super) fn ages(&self, def: &GroupDefinition, retirement: u8) -> (u8, u8) {
        let implied: Vec<audience::FacetAges> = self
            .audience
            .applied()
            .filter_map(|f| audience::facet_ages(&f.value, retirement))
            .collect();
        let (lo, hi) = match (def.ages.min(), def.ages.max()) {
            (Some(lo), Some(hi)) => (lo, hi),
            (Some(lo), None) => {
                let typical_hi = implied
                    .iter()
                    .map(|a| a.typical.1)
                    .min()
                    .unwrap_or(lo.saturating_add(25));
                (lo, typical_hi.max(lo.saturating_add(5)).min(100))
            }
            (None, Some(hi)) => {
                let typical_lo = implied
                    .iter()
                    .map(|a| a.typical.0)
                    .max()
                    .unwrap_or(hi.saturating_sub(25).max(18));
                (typical_lo.min(hi.saturating_sub(5)).min(hi), hi)
            }
            (None, None) => {
                // The typical ranges of every facet, as far as they overlap.
                let mut range = (18u8, 65u8);
                let mut first = true;
                for a in &implied {
                    let (l, h) = if first {
                        a.typical
                    } else {
                        (range.0.max(a.typical.0), range.1.min(a.typical.1))
                    };
                    if l <= h {
                        range = (l, h);
                        first = false;
                    }
                }
                return range;
            }
        };
        // What the facets make possible, within what the group asked for.
        let mut range = (lo, hi);
        for a in &implied {
            let (l, h) = (range.0.max(a.possible.0), range.1.min(a.possible.1));
            if l <= h {
                range = (l, h);
            }
        }
        range
    }

    /// The facets a persona carries, for its provenance: "family:value".
    pub(super) fn applied_labels(&self) -> Vec<String> {
        self.audience
            .applied()
            .map(|f| format!("{}:{}", f.family.as_str(), f.value))
            .collect()
    }
}

/// Words in a pack job title that mean it is the work a facet names.
pub(super) fn work_keywords(value: &str) -> &'static [&'static str] {
    match value {
        "nurse" => &["nurse"],
        "teacher" => &["teacher"],
        "doctor" => &["doctor", "physician", "general practitioner", "surgeon"],
        "healthcare_worker" => &[
            "nurse",
            "midwife",
            "health worker",
            "caregiver",
            "pharmac",
            "medical",
            "clinic",
        ],
        "delivery_rider" => &["delivery rider", "rider", "courier"],
        "ride_hailing_driver" => &[
            "ride-hailing",
            "ride hailing",
            "grab driver",
            "gojek",
            "uber",
            "bolt driver",
            "ojek",
            "taxi driver",
        ],
        "bpo_agent" => &[
            "call centre",
            "call center",
            "bpo",
            "customer service",
            "contact centre",
            "contact center",
        ],
        "night_shift_worker" => &["night", "security guard"],
        "freelancer" => &["freelance"],
        "gig_worker" => &["rider", "courier", "freelance", "gig", "driver"],
        "small_business_owner" => &[
            "owner",
            "shopkeeper",
            "proprietor",
            "runs a",
            "store",
            "stall",
        ],
        "online_seller" => &[
            "online seller",
            "reseller",
            "online shop",
            "e-commerce seller",
            "live seller",
        ],
        "farmer" => &["farmer", "farm"],
        "fisher" => &["fisher"],
        "remote_worker" => &["remote", "freelance"],
        "content_creator" => &["creator", "influencer", "youtuber", "streamer", "vlogger"],
        "office_worker" => &[
            "office",
            "clerk",
            "administrative",
            "admin ",
            "accounts",
            "secretary",
            "receptionist",
            "executive",
        ],
        "civil_servant" => &[
            "civil serv",
            "government",
            "public servant",
            "public sector",
            "council",
        ],
        "software_developer" => &["software", "developer", "programmer"],
        "engineer" => &["engineer"],
        "designer" => &["designer"],
        "factory_worker" => &["factory", "production", "assembly", "machine operator"],
        "construction_worker" => &["construction", "builder", "mason", "carpenter", "labourer"],
        "domestic_worker" => &[
            "domestic",
            "housekeeper",
            "household helper",
            "maid",
            "nanny",
        ],
        "street_vendor" => &["vendor", "hawker", "street"],
        "entrepreneur" => &["entrepreneur", "founder", "business owner"],
        _ => &[],
    }
}
