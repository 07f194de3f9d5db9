//! Work and study: the life stage, student roles, retirement, how an occupation is
//! picked among the pack's jobs of the income level, and the income amount. What a
//! job's wording says about it (ages, retirement, work mode) is in `occupations`.

use super::banks::bank_for;
use super::education::field_for_occupation;
use super::facts::{Profile, Stage};
use super::has_any;
use super::occupations::{
    big_city_job, occupation_profile, work_mode, OccupationProfile, WorkMode,
};
use super::sampler::Sampler;
use super::segment::{work_keywords, StudyWant};
use crate::domain::IncomeLevel;
use crate::locale::{self, Tagged};
use crate::persona::model::Money;
use crate::persona::rng::Rng;
use crate::persona::text::{cap_first, lower_first};

/// What kind of student role: decides the day, the education line and the ages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StudyKind {
    Secondary,
    PreUniversity,
    Tertiary,
    Vocational,
    Graduate,
    PostDegree,
    Apprentice,
    Service,
}

impl Sampler<'_> {
    /// The life stage, income level and occupation (or study role), settled in
    /// `who` as they are decided: the study role is drawn before the stage is known,
    /// the occupation once stage and income are.
    pub(super) fn work(&self, j: u32, who: &mut Profile<'_>) -> (IncomeLevel, Job) {
        let age = who.age;
        let seg = &self.segment;
        let mut r = self.rng(j, "stage");
        let study = match (&self.def.occupation, seg.stage) {
            (Some(_), _) | (None, Some(Stage::Working | Stage::Retired)) => None,
            (None, Some(Stage::Student)) => self
                .study_role(&mut r, who, true, seg.study)
                .or(Some((&FALLBACK_SCHOOL, StudyKind::Secondary)).filter(|_| age < 18)),
            (None, None) => self.study_role(&mut r, who, false, None),
        };
        let retired_job = self
            .def
            .occupation
            .as_deref()
            .is_some_and(|o| o.trim().to_lowercase().starts_with("retire"));
        let stage = match (&self.def.occupation, seg.stage, study) {
            (_, Some(Stage::Retired), _) => Stage::Retired,
            (Some(_), _, _) if retired_job => Stage::Retired,
            (Some(_), _, _) => Stage::Working,
            (None, _, Some(_)) => Stage::Student,
            (None, Some(Stage::Working), None) => Stage::Working,
            (None, Some(Stage::Student), None) => Stage::Student,
            (None, None, None) if self.retires(&mut r, age) => Stage::Retired,
            _ => Stage::Working,
        };
        who.stage = stage;
        let mut income = self.def.income_level.unwrap_or_else(|| {
            let w = match stage {
                Stage::Student => [0.55, 0.35, 0.10],
                Stage::Retired => [0.4, 0.45, 0.15],
                _ if age < 25 => [0.5, 0.4, 0.1],
                _ => [0.35, 0.45, 0.20],
            };
            [IncomeLevel::Low, IncomeLevel::Middle, IncomeLevel::High]
                [r.weighted(w.iter().copied()).unwrap_or(1)]
        });
        // EV owners and luxury shoppers have money to spend, unless the group says
        // otherwise.
        if self.def.income_level.is_none()
            && income == IncomeLevel::Low
            && ["ev", "luxury"].iter().any(|v| seg.audience.has(v))
        {
            income = IncomeLevel::Middle;
        }
        who.income = income;
        let mut r = self.rng(j, "occupation");
        // The work the group states: a pack job that is that work where there is one,
        // else the work's own title. Retirees did it before they retired.
        let facet_job = match (&self.def.occupation, &seg.work) {
            (None, Some(value)) => {
                let (job, level) = self.facet_job(&mut r, who, value);
                if self.def.income_level.is_none() {
                    if let Some(level) = level {
                        income = level;
                        who.income = level;
                    }
                }
                Some(job)
            }
            _ => None,
        };
        let job = match (&self.def.occupation, stage, study, facet_job) {
            (Some(o), Stage::Retired, _, _) => Some(retired_from(o)),
            (Some(o), _, _, _) => Some(Job::custom(o)),
            (None, Stage::Retired, _, Some(job)) => Some(retired_from(&job.mid)),
            (None, _, _, Some(job)) => Some(job),
            (None, Stage::Student, Some((role, kind)), None) => Job::student(role, kind),
            (None, Stage::Student, None, None) => Some(Job::custom(match seg.study {
                Some(StudyWant::School) => "Secondary school student",
                _ => "University student",
            })),
            (None, Stage::Retired, _, None) => self
                .retired_job(&mut r, who)
                .or_else(|| (seg.stage == Some(Stage::Retired)).then(Job::retiree)),
            _ => self.working_job(&mut r, who, false),
        };
        let stated_stage = seg.stage.is_some();
        // No job fits the age: the young study, the old have retired, anyone else
        // takes the level's job that fits best (a group that states a stage keeps it).
        let (stage, job) = match job {
            Some(job) => (stage, job),
            None if stated_stage => (
                stage,
                self.working_job(&mut r, who, true)
                    .unwrap_or_else(Job::retiree),
            ),
            None if age < 30 && self.def.occupation.is_none() => {
                who.stage = Stage::Student;
                match self.study_role(&mut r, who, true, None) {
                    Some((role, kind)) => (
                        Stage::Student,
                        Job::student(role, kind).unwrap_or_else(Job::retiree),
                    ),
                    None => (
                        Stage::Working,
                        self.working_job(&mut r, who, true)
                            .unwrap_or_else(Job::retiree),
                    ),
                }
            }
            None if age >= 50 => {
                who.stage = Stage::Retired;
                (
                    Stage::Retired,
                    self.retired_job(&mut r, who).unwrap_or_else(Job::retiree),
                )
            }
            None => (
                Stage::Working,
                self.working_job(&mut r, who, true)
                    .unwrap_or_else(Job::retiree),
            ),
        };
        // Side businesses join the job; ways of working shape it.
        let mut job = job;
        if stage == Stage::Working && job.study.is_none() {
            // With an occupation given, a side business the group states is beside it.
            let own_side = self
                .def
                .occupation
                .as_ref()
                .and(seg.work.as_ref())
                .filter(|w| crate::audience::is_side(w));
            for side in seg.sides.iter().chain(own_side) {
                let title = bank_for(side)
                    .and_then(|b| b.title)
                    .unwrap_or("online seller");
                let t = lower_first(title);
                if !job.mid.to_lowercase().contains(&t.to_lowercase()) {
                    job.display = format!("{} and {t}", job.display);
                    job.mid = format!("{} and {t}", job.mid);
                }
            }
            for mode in &seg.modes {
                match mode.as_str() {
                    "freelancer" if !job.mid.to_lowercase().contains("freelanc") => {
                        job.display = format!("Freelance {}", lower_first(&job.display));
                        job.mid = format!("freelance {}", job.mid);
                    }
                    "remote_worker" => job.mode = WorkMode::Remote,
                    "night_shift_worker" if !job.mid.contains("night") => {
                        job.display = format!("{} (night shift)", job.display);
                    }
                    _ => {}
                }
            }
        }
        // Job seekers are between jobs: the work they look for, not a job they hold.
        let job = if seg.audience.has("job_seeker") && seg.work.is_none() && stage == Stage::Working
        {
            let mut j = Job::custom(&format!("Looking for work (former {})", job.mid));
            j.mid = format!(
                "job seeker, formerly {} {}",
                super::super::text::article(&job.mid),
                job.mid
            );
            j.mode = WorkMode::Remote;
            j
        } else {
            job
        };
        let study = job.study;
        who.study = study.map(|s| s.1);
        who.stage = stage;
        who.commutes = match stage {
            Stage::Retired => false,
            Stage::Student => true,
            Stage::Working => job.mode == WorkMode::Commute,
        };
        (income, job)
    }

    /// A student role that fits the age and gender, or none when the persona is not
    /// studying.
    fn study_role(
        &self,
        r: &mut Rng,
        who: &Profile<'_>,
        surely: bool,
        want: Option<StudyWant>,
    ) -> Option<(&'static Tagged, StudyKind)> {
        let age = who.age;
        let chance = match age {
            _ if surely => 1.0,
            0..=17 => 1.0,
            18..=19 => 0.7,
            20..=22 => 0.6,
            23..=24 => 0.3,
            25..=29 => 0.1,
            _ => 0.0,
        };
        let u = r.unit();
        if u >= chance {
            return None;
        }
        let fitting: Vec<(&'static Tagged, StudyKind)> = self
            .pack
            .student_occupations
            .iter()
            .map(|s| (s, study_kind(s)))
            .filter(|(s, k)| {
                let (lo, hi) = study_ages(*k);
                who.fits(s)
                    && s.min_age.unwrap_or(lo) <= age
                    && age <= s.max_age.unwrap_or(hi)
                    && want.is_none_or(|w| study_wanted(w, *k))
            })
            .collect();
        let picked = r.pick(&fitting).copied();
        if picked.is_none() && age < 18 {
            return Some((&FALLBACK_SCHOOL, StudyKind::Secondary));
        }
        picked
    }

    /// One of the pack's four largest cities: where banks, funds and head offices are.
    pub(super) fn big_city(&self, city: &str) -> bool {
        let mut by_size: Vec<&locale::City> = self.pack.cities.iter().collect();
        by_size.sort_by_key(|c| std::cmp::Reverse(c.population));
        by_size.iter().take(4).any(|c| c.name == city)
    }

    pub(super) fn retires(&self, r: &mut Rng, age: u8) -> bool {
        let at = i32::from(self.pack.retirement_age.unwrap_or(62));
        let d = i32::from(age) - at;
        let p = match d {
            i32::MIN..=-6 => 0.0,
            -5..=-1 => 0.12,
            0..=4 => 0.6,
            5..=9 => 0.8,
            _ => 0.92,
        };
        r.unit() < p
    }

    /// A job of the persona's income level that fits the age (any age when `any_age`)
    /// and the job's own conditions (gender, place).
    pub(super) fn working_job(&self, r: &mut Rng, who: &Profile<'_>, any_age: bool) -> Option<Job> {
        let (income, age) = (who.income, who.age);
        let list = self.pack.occupations.get(income);
        let fitting: Vec<(&Tagged, OccupationProfile)> = list
            .iter()
            .map(|o| (o, occupation_profile(o, income)))
            .filter(|(o, prof)| {
                who.fits_job(o)
                    && (any_age || (prof.min_age..=prof.max_age).contains(&age))
                    && (!big_city_job(&o.text) || self.big_city(who.city))
            })
            .collect();
        let (o, prof) = *r.pick(&fitting)?;
        Some(Job::work(&o.text, prof))
    }

    /// A job that is the work a facet names: the pack's, at the persona's income
    /// level first, else at any level (with that level), else the work's own title.
    fn facet_job(&self, r: &mut Rng, who: &Profile<'_>, value: &str) -> (Job, Option<IncomeLevel>) {
        let keys = work_keywords(value);
        let levels = [
            who.income,
            IncomeLevel::Middle,
            IncomeLevel::Low,
            IncomeLevel::High,
        ];
        for level in levels {
            let fitting: Vec<&Tagged> = self
                .pack
                .occupations
                .get(level)
                .iter()
                .filter(|o| {
                    let l = o.text.to_lowercase();
                    who.fits_job(o) && keys.iter().any(|k| l.contains(k))
                })
                .collect();
            if let Some(o) = r.pick(&fitting) {
                let mut job = Job::work(&o.text, occupation_profile(o, level));
                if value == "remote_worker" {
                    job.mode = WorkMode::Remote;
                }
                return (job, Some(level));
            }
        }
        let title = bank_for(value)
            .and_then(|b| b.title)
            .unwrap_or("Self-employed");
        let mut job = Job::custom(title);
        if value == "remote_worker" {
            job.mode = WorkMode::Remote;
        }
        (job, None)
    }

    pub(super) fn retired_job(&self, r: &mut Rng, who: &Profile<'_>) -> Option<Job> {
        if who.age < 50 {
            return None;
        }
        let income = who.income;
        let list = self.pack.occupations.get(income);
        let fitting: Vec<&Tagged> = list
            .iter()
            .filter(|o| occupation_profile(o, income).retire && who.fits_job(o))
            .collect();
        let o = r.pick(&fitting)?;
        Some(Job::retired(&o.text))
    }

    pub(super) fn income_amount(
        &self,
        r: &mut Rng,
        level: IncomeLevel,
        age: u8,
        stage: Stage,
    ) -> Money {
        let [lo, hi] = *self.pack.income_bands.get(level);
        let span = hi.saturating_sub(lo) as f64;
        // Earnings rise into the late forties, then flatten; students sit at the bottom.
        let career = match stage {
            Stage::Student => 0.05 + 0.1 * r.unit(),
            Stage::Retired => 0.2 + 0.3 * r.unit(),
            Stage::Working => {
                let curve = ((f64::from(age) - 20.0) / 28.0).clamp(0.0, 1.0);
                0.1 + 0.75 * curve * (0.6 + 0.4 * r.unit()) + 0.1 * r.unit()
            }
        };
        let raw = lo as f64 + span * career.clamp(0.0, 1.0);
        let step = match raw as u64 {
            0..=999 => 10,
            1_000..=9_999 => 50,
            10_000..=99_999 => 500,
            100_000..=999_999 => 1_000,
            _ => 10_000,
        };
        let amount = ((raw / step as f64).round() as u64 * step).clamp(lo, hi);
        Money {
            amount,
            currency: self.pack.currency.clone(),
        }
    }
}

/// A school place for a teenager whose pack lists no secondary-school role.
static FALLBACK_SCHOOL: Tagged = Tagged {
    text: String::new(),
    min_age: None,
    max_age: None,
    gender: None,
    religions: Vec::new(),
    not_religions: Vec::new(),
    groups: Vec::new(),
    places: Vec::new(),
    income: Vec::new(),
    needs: Vec::new(),
    kids: None,
    partner: None,
    with_parents: None,
    alone: None,
    carer: None,
    kind: None,
    fields: Vec::new(),
    retire: None,
    remote: None,
};

/// An occupation as shown (`display`) and as it reads mid-sentence (`mid`).
#[derive(Debug, Clone)]
pub(super) struct Job {
    pub(super) display: String,
    pub(super) mid: String,
    pub(super) mode: WorkMode,
    pub(super) field: Option<&'static str>,
    pub(super) study: Option<(&'static Tagged, StudyKind)>,
}

impl Job {
    pub(super) fn custom(o: &str) -> Self {
        Job {
            display: o.to_owned(),
            mid: lower_first(o),
            mode: work_mode(o, None),
            field: field_for_occupation(o),
            study: None,
        }
    }
    pub(super) fn student(role: &'static Tagged, kind: StudyKind) -> Option<Self> {
        let text = if role.text.is_empty() {
            "secondary school student"
        } else {
            role.text.as_str()
        };
        Some(Job {
            display: cap_first(text),
            mid: text.to_owned(),
            mode: WorkMode::Commute,
            field: None,
            study: Some((role, kind)),
        })
    }
    pub(super) fn work(text: &str, prof: OccupationProfile) -> Self {
        Job {
            display: cap_first(text),
            mid: text.to_owned(),
            mode: prof.mode,
            field: field_for_occupation(text),
            study: None,
        }
    }
    pub(super) fn retired(prior: &str) -> Self {
        Job {
            display: format!("Retired {prior}"),
            mid: format!("retired {prior}"),
            mode: WorkMode::Commute,
            field: field_for_occupation(prior),
            study: None,
        }
    }
    pub(super) fn retiree() -> Self {
        Job {
            display: "Retiree".into(),
            mid: "retiree".into(),
            mode: WorkMode::Commute,
            field: None,
            study: None,
        }
    }
}

/// "Retired teacher" from "teacher" (and from "Retired teacher" as it is).
fn retired_from(o: &str) -> Job {
    let l = o.trim();
    if l.to_lowercase().starts_with("retired") || l.to_lowercase().starts_with("retiree") {
        Job::custom(l)
    } else {
        Job::retired(&lower_first(l))
    }
}

fn study_wanted(want: StudyWant, k: StudyKind) -> bool {
    match want {
        StudyWant::School => matches!(k, StudyKind::Secondary | StudyKind::PreUniversity),
        StudyWant::University => matches!(
            k,
            StudyKind::Tertiary | StudyKind::Graduate | StudyKind::Vocational
        ),
        StudyWant::Any => !matches!(k, StudyKind::Service | StudyKind::Apprentice),
    }
}

fn study_kind(s: &Tagged) -> StudyKind {
    match s.kind.as_deref() {
        Some("secondary") => StudyKind::Secondary,
        Some("pre_university") => StudyKind::PreUniversity,
        Some("vocational") => StudyKind::Vocational,
        Some("graduate") => StudyKind::Graduate,
        Some("post_degree") => StudyKind::PostDegree,
        Some("apprentice") => StudyKind::Apprentice,
        Some("service") => StudyKind::Service,
        Some(_) => StudyKind::Tertiary,
        None => {
            let l = s.text.to_lowercase();
            if l.is_empty()
                || has_any(
                    &l,
                    &[
                        "high school",
                        "secondary",
                        "sixth-form",
                        "year 12",
                        "class 12",
                        "lycée",
                        "gymnasium",
                        "matric",
                        "mathayom",
                        "preparatoria",
                        "sma",
                        "form 5",
                    ],
                )
            {
                StudyKind::Secondary
            } else if has_any(
                &l,
                &[
                    "graduate",
                    "postgraduate",
                    "master",
                    "phd",
                    "doctoral",
                    "mba",
                ],
            ) {
                StudyKind::Graduate
            } else if has_any(&l, &["apprentice", "trainee", "azubi", "alternant"]) {
                StudyKind::Apprentice
            } else if has_any(&l, &["vocational", "tvet", "tafe", "ite ", "technical"]) {
                StudyKind::Vocational
            } else {
                StudyKind::Tertiary
            }
        }
    }
}

/// Default ages of a kind of study.
fn study_ages(k: StudyKind) -> (u8, u8) {
    match k {
        StudyKind::Secondary => (13, 18),
        StudyKind::PreUniversity => (17, 20),
        StudyKind::Tertiary => (18, 24),
        StudyKind::Vocational => (16, 22),
        StudyKind::Graduate => (22, 32),
        StudyKind::PostDegree => (21, 27),
        StudyKind::Apprentice => (16, 22),
        StudyKind::Service => (18, 22),
    }
}
