//! What an occupation's wording says about it: the ages at which people hold it,
//! whether one retires from it, how its days are spent (work mode), and whether it
//! exists only in the largest cities. Packs may override the ages, retirement and
//! remoteness per job.

use super::has_any;
use crate::domain::IncomeLevel;
use crate::locale::Tagged;

/// How a working day is spent: decides the day-in-the-life line and commute pains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WorkMode {
    Commute,
    Remote,
    Field,
    Shop,
    Driving,
}

/// Ages and habits of an occupation, from its wording (and the pack's overrides).
#[derive(Debug, Clone, Copy)]
pub(super) struct OccupationProfile {
    pub(super) min_age: u8,
    pub(super) max_age: u8,
    pub(super) retire: bool,
    pub(super) mode: WorkMode,
}

/// Jobs found in financial centres and head offices, not in every town.
pub(super) fn big_city_job(text: &str) -> bool {
    let l = text.to_lowercase();
    has_any(
        &l,
        &[
            "investment bank",
            "fund manager",
            "big tech",
            "global tech",
            "mnc ",
            "sogo shosha",
            "management consultant",
            "actuary",
            "investment analyst",
        ],
    )
}

pub(super) fn occupation_profile(o: &Tagged, level: IncomeLevel) -> OccupationProfile {
    let l = format!(" {} ", o.text.to_lowercase());
    let (mut min, mut max) = match level {
        IncomeLevel::Low => (17, 64),
        IncomeLevel::Middle => (21, 64),
        IncomeLevel::High => (24, 66),
    };
    let mut retire = true;
    // Gig, shift and entry-level work: mostly young, not a career one retires from.
    if has_any(
        &l,
        &[
            " rider",
            "delivery",
            "courier",
            "crew",
            "barista",
            "bar staff",
            "content creator",
            "influencer",
            "livestream",
            "streamer",
            "call cent",
            "customer care agent",
            "customer support",
            "telemarketing",
            "saleslady",
            "fast-food",
            "kitchen porter",
            "kitchen hand",
            "kitchen helper",
            "dispatch",
            "motoboy",
            "shipper",
            "fruit picker",
            "virtual assistant",
            "f&b",
            "hospitality worker",
            " ojek",
            "grab ",
            "app driver",
            "rideshare",
            "ride-hailing",
            "private-hire",
            "fifo",
            "part-time",
        ],
    ) {
        max = max.min(52);
        retire = false;
    }
    // Counter and crew jobs are mostly held by the young.
    if has_any(
        &l,
        &[
            "crew",
            "barista",
            "bar staff",
            "fast-food",
            "saleslady",
            "part-timer",
            "kitchen hand",
        ],
    ) {
        max = max.min(45);
    }
    // Heavy physical work.
    if has_any(
        &l,
        &[
            "construction",
            "labourer",
            "laborer",
            "bricklayer",
            "mjengo",
            "pedreiro",
            "albañil",
            "mine worker",
            "warehouse",
            "plantation",
            "tea picker",
            "rubber tapper",
            "factory",
            "maquiladora",
            "porter",
            "order picker",
        ],
    ) {
        max = max.min(60);
    }
    // Jobs of the platform and start-up economy: nobody retires from them yet.
    if has_any(
        &l,
        &[
            "fintech",
            "product manager",
            "product operations",
            "data scientist",
            "algorithm",
            "social media",
            "startup",
            "start-up",
            "e-commerce",
            " ux",
            "online seller",
            "cross-border",
        ],
    ) {
        min = min.max(22);
        max = max.min(60);
        retire = false;
    }
    if has_any(
        &l,
        &[
            "software",
            " developer",
            "it support",
            "it specialist",
            "it technician",
            "system engineer",
            "software tester",
        ],
    ) && !has_any(&l, &["real estate developer", "property developer"])
    {
        min = min.max(21);
        max = max.min(62);
    }
    // Long training.
    for (words, age) in [
        (
            &[
                " doctor",
                "physician",
                " gp ",
                "general practitioner",
                "surgeon",
                "medical specialist",
                "nhs consultant",
                "consultant specialist",
            ][..],
            26,
        ),
        (
            &[
                "dentist",
                "veterinar",
                "pharmacist",
                "architect",
                "actuary",
                "lawyer",
                "attorney",
                "advocate",
                "solicitor",
                "barrister",
                "chartered accountant",
                "certified public accountant",
                "ca(sa)",
                "lecturer",
                "dosen",
                "pilot",
                "tax adviser",
                "tax auditor",
                "ias officer",
            ][..],
            24,
        ),
        (
            &["notary", "prosecutor", "ship captain", "professor", "judge"][..],
            30,
        ),
        (
            &[
                "nurse",
                "teacher",
                "accountant",
                "engineer",
                "midwife",
                "paramedic",
                "physiotherapist",
                "social worker",
                "police",
                "civil servant",
                "educator",
                "analyst",
                "banker",
                "consultant",
                "pharmac",
                "clinical officer",
                "medical technologist",
                "journalist",
            ][..],
            21,
        ),
        (
            &["manager", "supervisor", "meister", "master craftsman"][..],
            26,
        ),
        (&["branch manager"][..], 30),
        (
            &[
                "director",
                "head of",
                "head teacher",
                "company head",
                "chef d'entreprise",
                "executive (cadre",
                "company executive",
                "senior",
                "partner",
                "general manager",
                "ceo",
            ][..],
            32,
        ),
        (
            &[
                "country director",
                "regional director",
                "department manager",
                "finance director",
                "marketing director",
                "chief",
                "cfo",
                "bucho",
            ][..],
            36,
        ),
    ] {
        if has_any(&l, words) {
            min = min.max(age);
        }
    }
    // Work people keep doing late in life: their own business, a profession, the land.
    if has_any(
        &l,
        &[
            "owner",
            "business",
            "entrepreneur",
            "empresário",
            "empresario",
            "pengusaha",
            "laoban",
            "trader",
            "vendor",
            "hawker",
            "farmer",
            "fisher",
            "tailor",
            "seamstress",
            "consultant",
            "real estate",
            "property",
            "broker",
            "notary",
            " doctor",
            "physician",
            " gp ",
            "general practitioner",
            "dentist",
            "pharmacist",
            "lawyer",
            "attorney",
            "advocate",
            "solicitor",
            "barrister",
            "architect",
            "accountant",
            "tax adviser",
            "jua kali",
            "fundi",
            "artisan",
            "mama mboga",
            "taxi driver",
            "security",
            "caretaker",
            "domestic worker",
            "house help",
            "housekeeper",
            "gardener",
            "car guard",
            "parking attendant",
            "mechanic",
            "vulcaniser",
            "taquero",
            "seller",
            "cleaner",
            "janitor",
            "sari-sari",
            "warung",
            "kirana",
            "spaza",
            "professor",
            "tianguis",
            " stall",
            "market trader",
            "market vendor",
            "landscaper",
        ],
    ) && !has_any(&l, &["online seller", "delivery", "social media"])
    {
        max = max.max(78);
    }
    if let Some(a) = o.min_age {
        min = a;
    }
    if let Some(a) = o.max_age {
        max = a;
    }
    if let Some(x) = o.retire {
        retire = x;
    }
    OccupationProfile {
        min_age: min,
        max_age: max,
        retire,
        mode: work_mode(&o.text, o.remote),
    }
}

pub(super) fn work_mode(text: &str, remote: Option<bool>) -> WorkMode {
    let l = format!(" {} ", text.to_lowercase());
    if remote == Some(true)
        || has_any(
            &l,
            &[
                "remote",
                "from home",
                "stay-at-home",
                "homemaker",
                "housewife",
                "househusband",
                "virtual assistant",
                "online seller",
                "freelance",
                "content creator",
                "livestream",
            ],
        )
    {
        WorkMode::Remote
    } else if has_any(
        &l,
        &[
            "farmer",
            "farm worker",
            "farmworker",
            "fisher",
            "plantation",
            "tea picker",
            "rubber tapper",
            "jornalero",
            "fruit picker",
        ],
    ) {
        WorkMode::Field
    } else if has_any(
        &l,
        &[
            " driver",
            " rider",
            "courier",
            "motoboy",
            "delivery",
            "dispatch",
            "bus captain",
            "shipper",
        ],
    ) {
        WorkMode::Driving
    } else if has_any(
        &l,
        &[
            "vendor",
            "hawker",
            "trader",
            "store owner",
            "shop owner",
            "stall",
            "sari-sari",
            "warung",
            "kirana",
            "spaza",
            "mama mboga",
            "tianguis",
            "taquero",
            "shopkeeper",
            "buka",
            "mitumba",
            "kiosk",
            "street food",
            "market trader",
            "market vendor",
        ],
    ) {
        WorkMode::Shop
    } else {
        WorkMode::Commute
    }
}
