//! Education: what a student is studying and where, the degree an occupation
//! implies, the vocational route of a skilled trade, and which qualifications a
//! persona is old enough to hold.

use super::facts::Profile;
use super::sampler::Sampler;
use super::work::{Job, StudyKind};
use super::{has_any, pick, pick_str};
use crate::domain::IncomeLevel;
use crate::locale::Tagged;
use crate::persona::rng::Rng;
use crate::persona::text::article;

impl Sampler<'_> {
    pub(super) fn education(
        &self,
        r: &mut Rng,
        level: IncomeLevel,
        job: &Job,
        who: &Profile<'_>,
    ) -> String {
        let p = self.pack;
        if let Some((role, kind)) = job.study {
            let applied = ["polytechnic", "community college"]
                .iter()
                .any(|k| role.text.to_lowercase().contains(k));
            let field = if !role.fields.is_empty() {
                pick(r, &role.fields)
            } else if applied {
                pick_str(r, APPLIED_FIELDS)
            } else {
                pick_str(r, STUDY_FIELDS)
            };
            return match kind {
                StudyKind::Secondary => "Currently in secondary school".into(),
                StudyKind::PreUniversity => {
                    "Finished secondary school; preparing for university entrance exams".into()
                }
                StudyKind::Apprentice => {
                    "Finished secondary school; apprenticeship in progress".into()
                }
                StudyKind::Service => "Finished secondary school; doing national service".into(),
                StudyKind::PostDegree => format!("Bachelor's degree in {field}"),
                StudyKind::Vocational => format!(
                    "Vocational course in {} in {}",
                    pick_str(r, VOCATIONAL_FIELDS),
                    who.city
                ),
                StudyKind::Tertiary | StudyKind::Graduate => {
                    let what = if kind == StudyKind::Graduate {
                        "Postgraduate studies in"
                    } else {
                        "Studying"
                    };
                    // A role that names its kind of school studies at one of that kind.
                    let role_text = role.text.to_lowercase();
                    let kind_of = ["polytechnic", "community college"]
                        .into_iter()
                        .find(|k| role_text.contains(k));
                    match (self.university(r, who, kind_of), kind_of) {
                        (Some(u), _) => format!("{what} {field} at {u}"),
                        (None, Some(k)) => {
                            format!("{what} {field} at {} {k} in {}", article(k), who.city)
                        }
                        (None, None) => format!("{what} {field} at a university in {}", who.city),
                    }
                }
            };
        }
        // An occupation that implies a degree gets a degree in that field, from the
        // pack's own list where it names one.
        let list = p.education.get(level);
        let field = job.field;
        if let Some(f) = field {
            let matching: Vec<&String> = list
                .iter()
                .filter(|e| education_field(e) == Some(f))
                .collect();
            if let Some(e) = r.pick(&matching) {
                return (*e).clone();
            }
            let degree = if level == IncomeLevel::High && r.unit() < 0.4 {
                "Master's degree"
            } else {
                "Bachelor's degree"
            };
            return format!("{degree} in {f}");
        }
        // A skilled trade is learnt on a vocational route, whatever it pays: an
        // electrician with a business degree reads wrong in every country.
        if is_trade(&job.display) {
            let vocational: Vec<&String> = [IncomeLevel::Low, IncomeLevel::Middle]
                .iter()
                .flat_map(|l| p.education.get(*l).iter())
                .filter(|e| is_vocational(e))
                .collect();
            if let Some(e) = r.pick(&vocational) {
                return (*e).clone();
            }
        }
        // Otherwise any of the level's qualifications that does not name a profession
        // and that the persona is old enough to hold.
        let general: Vec<&String> = list
            .iter()
            .filter(|e| education_field(e).is_none() && who.age >= degree_age(e))
            .collect();
        match r.pick(&general) {
            Some(e) => (*e).clone(),
            None => pick(r, list),
        }
    }

    /// A university in the persona's city, else in its region; none when the pack
    /// cannot say where its universities are.
    fn university(&self, r: &mut Rng, who: &Profile<'_>, kind: Option<&str>) -> Option<String> {
        let unis: Vec<&Tagged> = self
            .pack
            .universities
            .iter()
            // Of the right kind, and open to the persona (UiTM admits Bumiputera only).
            .filter(|u| u.kind.as_deref() == kind)
            .filter(|u| {
                u.groups.is_empty() || who.group.is_some_and(|g| u.groups.iter().any(|x| x == g))
            })
            .collect();
        let here: Vec<&Tagged> = unis
            .iter()
            .copied()
            .filter(|u| u.places.iter().any(|c| c == who.city))
            .collect();
        if let Some(u) = r.pick(&here) {
            return Some(u.text.clone());
        }
        let region = who.region?;
        let near: Vec<&Tagged> = unis
            .iter()
            .copied()
            .filter(|u| {
                u.places
                    .iter()
                    .any(|c| self.pack.region_of(c) == Some(region) || c == region)
            })
            .collect();
        r.pick(&near).map(|u| u.text.clone())
    }
}

const STUDY_FIELDS: &[&str] = &[
    "business administration",
    "nursing",
    "computer science",
    "communication",
    "accountancy",
    "engineering",
    "psychology",
    "education",
    "marketing",
    "hospitality management",
    "economics",
    "architecture",
];

/// What polytechnics and community colleges teach.
const APPLIED_FIELDS: &[&str] = &[
    "accountancy",
    "business administration",
    "computer science",
    "electrical engineering",
    "mass communication",
    "hospitality management",
    "nursing",
    "mechanical engineering",
];

const VOCATIONAL_FIELDS: &[&str] = &[
    "electrical installation",
    "automotive technology",
    "culinary arts",
    "information technology",
    "business studies",
    "hairdressing and beauty",
    "welding and fabrication",
];

/// Professions and the field of study they imply.
const FIELDS: &[(&[&str], &str)] = &[
    (&["nurse", "nursing", "midwife", "bidan"], "nursing"),
    (
        &[
            "doctor",
            "physician",
            " gp",
            "general practitioner",
            "surgeon",
            "medical specialist",
            "nhs consultant",
            "consultant specialist",
            "medicine",
            "medical degree",
            "mbbs",
            "mbchb",
            " md ",
        ],
        "medicine",
    ),
    (&["pharmac"], "pharmacy"),
    (
        &[
            "software",
            "developer",
            "programmer",
            "computer science",
            "informatics",
            "algorithm",
        ],
        "computer science",
    ),
    (&["data scientist", "statistic"], "statistics"),
    (
        &[
            "engineer",
            "engineering",
            "b.tech",
            "beng",
            "diplom-ingenieur",
            "m.tech",
        ],
        "engineering",
    ),
    (
        &[
            "accountant",
            "accountancy",
            "accounting",
            "ican",
            "icai",
            "ca(sa)",
            "cpa",
            "chartered accountant",
        ],
        "accountancy",
    ),
    (
        &[
            "teacher",
            "teaching",
            "degree in education",
            "bachelor of education",
            "pgce",
            "b.ed",
            " bed ",
            "educator",
            "licenciatura",
        ],
        "education",
    ),
    (
        &[
            "lawyer",
            "attorney",
            "solicitor",
            "barrister",
            "advocate",
            "law",
            "llb",
            "juris doctor",
            " jd ",
            "notary",
            "prosecutor",
            "avocat",
        ],
        "law",
    ),
    (&["dentist", "dental"], "dentistry"),
    (&["veterinar"], "veterinary medicine"),
    (&["architect"], "architecture"),
];

fn field_of(text: &str) -> Option<&'static str> {
    let l = format!(" {} ", text.to_lowercase());
    FIELDS
        .iter()
        .find(|(words, _)| words.iter().any(|w| l.contains(w)))
        .map(|(_, f)| *f)
}

/// Skilled manual trades, learnt by apprenticeship or at a vocational school.
fn is_trade(occupation: &str) -> bool {
    let l = occupation.to_lowercase();
    has_any(
        &l,
        &[
            "electrician",
            "plumber",
            "mechanic",
            "hvac",
            "welder",
            "carpenter",
            "mason",
            "machinist",
            "fitter",
            "tradesperson",
            "tradesman",
            "joiner",
            "bricklayer",
            "tiler",
            "auto repair",
        ],
    ) && !has_any(&l, &["engineer", "owner", "manager"])
}

/// A qualification from a vocational route (trade school, TAFE, ITI, TESDA, SMK...).
fn is_vocational(e: &str) -> bool {
    let l = format!(" {} ", e.to_lowercase());
    has_any(
        &l,
        &[
            "vocational",
            "trade",
            "tvet",
            "apprentice",
            "tafe",
            " iti ",
            "tesda",
            "smk",
            "senai",
            "conalep",
            " skm ",
            "por wor",
            "btec",
            "senmon",
            "zhongzhuan",
            "artisan",
            " cap ",
            " bep ",
            "polytechnic",
            " ite ",
            "institute of technical education",
            "technical",
        ],
    ) && !has_any(
        &l,
        &[
            "nursing",
            "medical",
            "bank",
            "care",
            "retail",
            "accounting",
            "primary",
            "bachelor",
            "degree",
        ],
    )
}

pub(super) fn field_for_occupation(occupation: &str) -> Option<&'static str> {
    let l = occupation.to_lowercase();
    // Jobs named after a field that do not need the degree.
    if has_any(&l, &["real estate developer", "property developer"]) {
        return None;
    }
    if has_any(
        &l,
        &[
            "assistant",
            "aide",
            "technician",
            "clerk",
            "software tester",
            "hygienist",
            "engineer working",
        ],
    ) && !l.contains("software engineer")
    {
        if l.contains("engineer working") {
            return Some("computer science");
        }
        return None;
    }
    if l.contains("mining engineer") || l.contains("oil and gas") {
        return Some("engineering");
    }
    if l.contains("software engineer") {
        return Some("computer science");
    }
    field_of(occupation)
}

/// The youngest age at which someone holds a qualification.
fn degree_age(e: &str) -> u8 {
    let l = format!(" {} ", e.to_lowercase());
    if has_any(&l, &["phd", "doctorate", "doctor of philosophy"]) {
        28
    } else if has_any(
        &l,
        &[" mba", "master", " ms ", " msc", " m.tech", " s2", "mm)"],
    ) {
        25
    } else if has_any(
        &l,
        &[
            "bachelor", "degree", " ba ", " bsc", " b.", " bs ", "licence", "llb", "beng", "bcom",
            "s1",
        ],
    ) {
        21
    } else {
        0
    }
}

/// The profession an education entry names, if any ("MBBS from …" → medicine).
fn education_field(e: &str) -> Option<&'static str> {
    let l = e.to_lowercase();
    if has_any(&l, &["mba", "business", "management"]) {
        return None;
    }
    field_of(e)
}
