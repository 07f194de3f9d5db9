//! The persona group: its definition (what a client may set) and its generation state
//! (what only the server sets). Every value here went through a fallible constructor.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

use super::ids::{GenerationId, GroupId, ProjectId};
use super::validation::{char_len, forbidden_control_message, has_forbidden_control, FieldError};
use crate::clock::Timestamp;

pub const NAME_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 2_000;
pub const LOCATION_MAX: usize = 120;
pub const OCCUPATION_MAX: usize = 120;
pub const NOTES_MAX: usize = 2_000;
pub const AGE_MIN: u8 = 13;
pub const AGE_MAX: u8 = 100;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct GroupName(String);

impl GroupName {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(FieldError::new("name", "must not be empty"));
        }
        if char_len(trimmed) > NAME_MAX {
            return Err(FieldError::new(
                "name",
                format!("must be at most {NAME_MAX} characters"),
            ));
        }
        if has_forbidden_control(trimmed, false) {
            return Err(FieldError::new("name", forbidden_control_message(false)));
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for GroupName {
    type Error = FieldError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<GroupName> for String {
    fn from(n: GroupName) -> String {
        n.0
    }
}

/// A bounded, trimmed optional text field. `field` and `max` travel with the value only
/// at parse time; stored values are plain strings.
fn parse_text(
    field: &str,
    raw: &str,
    max: usize,
    multiline: bool,
) -> Result<Option<String>, FieldError> {
    let trimmed = raw.trim();
    if char_len(trimmed) > max {
        return Err(FieldError::new(
            field,
            format!("must be at most {max} characters"),
        ));
    }
    if has_forbidden_control(trimmed, multiline) {
        return Err(FieldError::new(field, forbidden_control_message(multiline)));
    }
    // An empty string means "nothing", the same as null: storing "" would only make
    // every reader check for it.
    Ok((!trimmed.is_empty()).then(|| trimmed.to_owned()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Gender {
    Male,
    Female,
    #[default]
    All,
}

impl Gender {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "male" => Ok(Self::Male),
            "female" => Ok(Self::Female),
            "all" => Ok(Self::All),
            _ => Err(FieldError::new(
                "gender",
                "must be one of Male, Female, All",
            )),
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Male => "Male",
            Self::Female => "Female",
            Self::All => "All",
        }
    }
}

impl fmt::Display for Gender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IncomeLevel {
    Low,
    Middle,
    High,
}

impl IncomeLevel {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "low" => Ok(Self::Low),
            "middle" => Ok(Self::Middle),
            "high" => Ok(Self::High),
            _ => Err(FieldError::new(
                "income_level",
                "must be one of Low, Middle, High",
            )),
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Low => "Low",
            Self::Middle => "Middle",
            Self::High => "High",
        }
    }
}

impl fmt::Display for IncomeLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct PersonaCount(u8);

impl PersonaCount {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 10;
    pub const DEFAULT: PersonaCount = PersonaCount(5);

    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for PersonaCount {
    type Error = FieldError;
    fn try_from(n: i64) -> Result<Self, Self::Error> {
        if (Self::MIN as i64..=Self::MAX as i64).contains(&n) {
            Ok(Self(n as u8))
        } else {
            Err(FieldError::new(
                "persona_count",
                format!("must be between {} and {}", Self::MIN, Self::MAX),
            ))
        }
    }
}

impl TryFrom<u8> for PersonaCount {
    type Error = FieldError;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Self::try_from(n as i64)
    }
}

impl From<PersonaCount> for u8 {
    fn from(c: PersonaCount) -> u8 {
        c.0
    }
}

impl Default for PersonaCount {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Inclusive age bounds; either side may be open. Only constructible with
/// `13 <= min <= max <= 100`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AgeRange {
    min: Option<u8>,
    max: Option<u8>,
}

impl AgeRange {
    pub fn parse(min: Option<i64>, max: Option<i64>) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let bound = |field: &str, v: Option<i64>, errors: &mut Vec<FieldError>| match v {
            Some(n) if !(AGE_MIN as i64..=AGE_MAX as i64).contains(&n) => {
                errors.push(FieldError::new(
                    field,
                    format!("must be between {AGE_MIN} and {AGE_MAX}"),
                ));
                None
            }
            other => other.map(|n| n as u8),
        };
        let min = bound("age_min", min, &mut errors);
        let max = bound("age_max", max, &mut errors);
        if let (Some(lo), Some(hi)) = (min, max) {
            if lo > hi {
                errors.push(FieldError::new(
                    "age_min",
                    "must be less than or equal to age_max",
                ));
            }
        }
        if errors.is_empty() {
            Ok(Self { min, max })
        } else {
            Err(errors)
        }
    }

    pub fn min(&self) -> Option<u8> {
        self.min
    }

    pub fn max(&self) -> Option<u8> {
        self.max
    }
}

/// What a client controls: the input to generation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupDefinition {
    pub name: GroupName,
    pub description: Option<String>,
    pub ages: AgeRange,
    pub gender: Gender,
    pub location: Option<String>,
    pub income_level: Option<IncomeLevel>,
    pub occupation: Option<String>,
    pub psychographic_notes: Option<String>,
    pub persona_count: PersonaCount,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GenerationStatus {
    Pending,
    Generating,
    Complete,
    Failed,
}

impl GenerationStatus {
    /// Queued or running: a run that may still write personas.
    pub fn is_active(self) -> bool {
        matches!(self, Self::Pending | Self::Generating)
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Generating => "generating",
            Self::Complete => "complete",
            Self::Failed => "failed",
        }
    }
}

/// Server-owned state of the latest generation run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GenerationState {
    pub status: GenerationStatus,
    pub progress: Option<String>,
    pub error: Option<String>,
    pub personas_generated: u32,
    /// The run queued or in flight (or the last one), if any was ever recorded.
    pub run: Option<RunInfo>,
    /// The completed run whose personas `GET .../personas` shows.
    pub visible_run: Option<GenerationId>,
    /// The run that was visible before `visible_run`: a page sequence started on it may
    /// finish on it until `previous_until`, and its personas are kept until the next
    /// run completes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_run: Option<GenerationId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_until: Option<crate::clock::Timestamp>,
}

impl Default for GenerationState {
    fn default() -> Self {
        Self {
            status: GenerationStatus::Pending,
            progress: None,
            error: None,
            personas_generated: 0,
            run: None,
            visible_run: None,
            previous_run: None,
            previous_until: None,
        }
    }
}

/// A recorded run: the definition is frozen at record time so that a PATCH during the
/// run only affects the next one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunInfo {
    pub id: GenerationId,
    pub seed: u64,
    pub definition: GroupDefinition,
    pub recorded_at: Timestamp,
    pub touched_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: GroupId,
    pub project_id: ProjectId,
    pub definition: GroupDefinition,
    pub generation: GenerationState,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Bumped on every definition change; PATCH writes are conditioned on it.
    pub revision: u64,
}

/// The public JSON shape of a group.
#[derive(Debug, Serialize)]
pub struct GroupView<'a> {
    pub id: String,
    pub project_id: String,
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub age_min: Option<u8>,
    pub age_max: Option<u8>,
    pub gender: &'static str,
    pub location: Option<&'a str>,
    pub income_level: Option<&'static str>,
    pub occupation: Option<&'a str>,
    pub psychographic_notes: Option<&'a str>,
    pub persona_count: u8,
    pub generation_status: &'static str,
    pub generation_progress: Option<&'a str>,
    pub generation_error: Option<&'a str>,
    pub personas_generated: u32,
    pub created_at: String,
    pub updated_at: String,
}

impl Group {
    pub fn view(&self) -> GroupView<'_> {
        let d = &self.definition;
        GroupView {
            id: self.id.to_string(),
            project_id: self.project_id.to_string(),
            name: d.name.as_str(),
            description: d.description.as_deref(),
            age_min: d.ages.min(),
            age_max: d.ages.max(),
            gender: d.gender.as_str(),
            location: d.location.as_deref(),
            income_level: d.income_level.map(|i| i.as_str()),
            occupation: d.occupation.as_deref(),
            psychographic_notes: d.psychographic_notes.as_deref(),
            persona_count: d.persona_count.get(),
            generation_status: self.generation.status.as_str(),
            generation_progress: self.generation.progress.as_deref(),
            generation_error: self.generation.error.as_deref(),
            personas_generated: self.generation.personas_generated,
            created_at: self.created_at.to_rfc3339(),
            updated_at: self.updated_at.to_rfc3339(),
        }
    }

    pub fn to_json(&self) -> Value {
        // Serialising a struct of strings and integers cannot fail.
        serde_json::to_value(self.view()).unwrap_or(Value::Null)
    }
}

const WRITABLE: &[&str] = &[
    "name",
    "description",
    "age_min",
    "age_max",
    "gender",
    "location",
    "income_level",
    "occupation",
    "psychographic_notes",
    "persona_count",
];

const READ_ONLY: &[&str] = &[
    "id",
    "audience",
    "project_id",
    "generation_status",
    "generation_progress",
    "generation_error",
    "personas_generated",
    "created_at",
    "updated_at",
];

/// A three-state field of a PATCH body: not sent, sent as null, sent with a value.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Patch<T> {
    #[default]
    Keep,
    Clear,
    Set(T),
}

impl<T: Clone> Patch<T> {
    fn apply(&self, current: Option<T>) -> Option<T> {
        match self {
            Patch::Keep => current,
            Patch::Clear => None,
            Patch::Set(v) => Some(v.clone()),
        }
    }
}

/// A validated PATCH body. Age bounds are checked again on the merged result.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupPatch {
    name: Option<GroupName>,
    description: Patch<String>,
    age_min: Patch<i64>,
    age_max: Patch<i64>,
    gender: Option<Gender>,
    location: Patch<String>,
    income_level: Patch<IncomeLevel>,
    occupation: Patch<String>,
    psychographic_notes: Patch<String>,
    persona_count: Option<PersonaCount>,
}

/// Reads a JSON object field by field, collecting every error with its field name.
struct Fields<'a> {
    map: &'a Map<String, Value>,
    errors: Vec<FieldError>,
}

impl<'a> Fields<'a> {
    fn new(body: &'a Value) -> Result<Self, Vec<FieldError>> {
        let map = body
            .as_object()
            .ok_or_else(|| vec![FieldError::new("body", "must be a JSON object")])?;
        let mut errors = Vec::new();
        for key in map.keys() {
            if READ_ONLY.contains(&key.as_str()) {
                errors.push(FieldError::new(key.as_str(), "is read-only"));
            } else if !WRITABLE.contains(&key.as_str()) {
                errors.push(FieldError::new(truncate_field(key), "is not a known field"));
            }
        }
        Ok(Self { map, errors })
    }

    fn raw(&self, field: &str) -> Patch<&'a Value> {
        match self.map.get(field) {
            None => Patch::Keep,
            Some(Value::Null) => Patch::Clear,
            Some(v) => Patch::Set(v),
        }
    }

    fn string(&mut self, field: &str) -> Patch<&'a str> {
        match self.raw(field) {
            Patch::Set(Value::String(s)) => Patch::Set(s.as_str()),
            Patch::Set(_) => {
                self.errors.push(FieldError::new(field, "must be a string"));
                Patch::Keep
            }
            Patch::Clear => Patch::Clear,
            Patch::Keep => Patch::Keep,
        }
    }

    fn text(&mut self, field: &str, max: usize, multiline: bool) -> Patch<String> {
        match self.string(field) {
            Patch::Set(s) => match parse_text(field, s, max, multiline) {
                Ok(Some(v)) => Patch::Set(v),
                Ok(None) => Patch::Clear,
                Err(e) => {
                    self.errors.push(e);
                    Patch::Keep
                }
            },
            Patch::Clear => Patch::Clear,
            Patch::Keep => Patch::Keep,
        }
    }

    fn integer(&mut self, field: &str) -> Patch<i64> {
        match self.raw(field) {
            Patch::Set(Value::Number(n)) => match n.as_i64() {
                Some(i) => Patch::Set(i),
                None => {
                    let msg = if n.is_f64() && n.as_f64().is_some_and(|f| f.fract() != 0.0) {
                        "must be an integer"
                    } else {
                        "is out of range"
                    };
                    self.errors.push(FieldError::new(field, msg));
                    Patch::Keep
                }
            },
            Patch::Set(_) => {
                self.errors
                    .push(FieldError::new(field, "must be an integer"));
                Patch::Keep
            }
            Patch::Clear => Patch::Clear,
            Patch::Keep => Patch::Keep,
        }
    }

    fn parsed<T>(
        &mut self,
        field: &str,
        parse: impl Fn(&str) -> Result<T, FieldError>,
    ) -> Patch<T> {
        match self.string(field) {
            Patch::Set(s) => match parse(s) {
                Ok(v) => Patch::Set(v),
                Err(e) => {
                    self.errors.push(e);
                    Patch::Keep
                }
            },
            Patch::Clear => Patch::Clear,
            Patch::Keep => Patch::Keep,
        }
    }

    fn required_not_null<T>(&mut self, field: &str, p: Patch<T>) -> Option<T> {
        match p {
            Patch::Set(v) => Some(v),
            Patch::Clear => {
                self.errors.push(FieldError::new(field, "must not be null"));
                None
            }
            Patch::Keep => None,
        }
    }
}

/// Unknown keys can be arbitrarily long; an error message should not echo 60 KiB back.
fn truncate_field(key: &str) -> String {
    if char_len(key) <= 64 {
        key.to_owned()
    } else {
        let mut s: String = key.chars().take(64).collect();
        s.push('…');
        s
    }
}

impl GroupPatch {
    pub fn parse(body: &Value) -> Result<Self, Vec<FieldError>> {
        let mut f = Fields::new(body)?;
        let name = f.parsed("name", GroupName::parse);
        let name = f.required_not_null("name", name);
        let description = f.text("description", DESCRIPTION_MAX, true);
        let age_min = f.integer("age_min");
        let age_max = f.integer("age_max");
        let gender = f.parsed("gender", Gender::parse);
        // Clearing gender means "back to the default", which is All.
        let gender = match gender {
            Patch::Clear => Some(Gender::All),
            Patch::Set(g) => Some(g),
            Patch::Keep => None,
        };
        let location = f.text("location", LOCATION_MAX, false);
        let income_level = f.parsed("income_level", IncomeLevel::parse);
        let occupation = f.text("occupation", OCCUPATION_MAX, false);
        let psychographic_notes = f.text("psychographic_notes", NOTES_MAX, true);
        let persona_count = match f.integer("persona_count") {
            Patch::Set(n) => match PersonaCount::try_from(n) {
                Ok(c) => Some(c),
                Err(e) => {
                    f.errors.push(e);
                    None
                }
            },
            Patch::Clear => Some(PersonaCount::DEFAULT),
            Patch::Keep => None,
        };
        // Range-check each age bound that was sent on its own, so the error names it even
        // before the merge.
        for (field, p) in [("age_min", &age_min), ("age_max", &age_max)] {
            if let Patch::Set(n) = p {
                if !(AGE_MIN as i64..=AGE_MAX as i64).contains(n) {
                    f.errors.push(FieldError::new(
                        field,
                        format!("must be between {AGE_MIN} and {AGE_MAX}"),
                    ));
                }
            }
        }
        if !f.errors.is_empty() {
            return Err(f.errors);
        }
        Ok(Self {
            name,
            description,
            age_min,
            age_max,
            gender,
            location,
            income_level,
            occupation,
            psychographic_notes,
            persona_count,
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Applies the patch to a definition and validates the merged result.
    pub fn apply(&self, current: &GroupDefinition) -> Result<GroupDefinition, Vec<FieldError>> {
        let min = self.age_min.apply(current.ages.min().map(i64::from));
        let max = self.age_max.apply(current.ages.max().map(i64::from));
        let ages = AgeRange::parse(min, max)?;
        Ok(GroupDefinition {
            name: self.name.clone().unwrap_or_else(|| current.name.clone()),
            description: self.description.apply(current.description.clone()),
            ages,
            gender: self.gender.unwrap_or(current.gender),
            location: self.location.apply(current.location.clone()),
            income_level: self.income_level.apply(current.income_level),
            occupation: self.occupation.apply(current.occupation.clone()),
            psychographic_notes: self
                .psychographic_notes
                .apply(current.psychographic_notes.clone()),
            persona_count: self.persona_count.unwrap_or(current.persona_count),
        })
    }
}

impl GroupDefinition {
    /// Parses a create body: `name` is required, everything else has a default.
    pub fn parse(body: &Value) -> Result<Self, Vec<FieldError>> {
        let patch = GroupPatch::parse(body)?;
        let Some(name) = patch.name.clone() else {
            let msg = if body.get("name").is_some() {
                "must not be null"
            } else {
                "is required"
            };
            return Err(vec![FieldError::new("name", msg)]);
        };
        let blank = GroupDefinition {
            name,
            description: None,
            ages: AgeRange::default(),
            gender: Gender::All,
            location: None,
            income_level: None,
            occupation: None,
            psychographic_notes: None,
            persona_count: PersonaCount::DEFAULT,
        };
        patch.apply(&blank)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fields(r: Result<GroupDefinition, Vec<FieldError>>) -> Vec<String> {
        r.unwrap_err().into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn minimal_create_gets_defaults() {
        let d = GroupDefinition::parse(&json!({"name": "  Jakarta Gen Z  "})).unwrap();
        assert_eq!(d.name.as_str(), "Jakarta Gen Z");
        assert_eq!(d.gender, Gender::All);
        assert_eq!(d.persona_count.get(), 5);
        assert_eq!(d.ages, AgeRange::default());
    }

    #[test]
    fn full_create_is_canonicalised() {
        let d = GroupDefinition::parse(&json!({
            "name": "Moms", "description": "d", "age_min": 25, "age_max": 34,
            "gender": "fEmAlE", "location": "Jakarta, Indonesia", "income_level": "middle",
            "occupation": "Nurse", "psychographic_notes": "busy\nmornings", "persona_count": 10
        }))
        .unwrap();
        assert_eq!(d.gender, Gender::Female);
        assert_eq!(d.income_level, Some(IncomeLevel::Middle));
        assert_eq!((d.ages.min(), d.ages.max()), (Some(25), Some(34)));
        assert_eq!(d.persona_count.get(), 10);
        assert_eq!(d.psychographic_notes.as_deref(), Some("busy\nmornings"));
    }

    #[test]
    fn name_rules() {
        assert_eq!(fields(GroupDefinition::parse(&json!({}))), ["name"]);
        assert_eq!(
            fields(GroupDefinition::parse(&json!({"name": null}))),
            ["name"]
        );
        assert_eq!(
            fields(GroupDefinition::parse(&json!({"name": "   "}))),
            ["name"]
        );
        assert_eq!(
            fields(GroupDefinition::parse(&json!({"name": 5}))),
            ["name"]
        );
        assert_eq!(
            fields(GroupDefinition::parse(&json!({"name": "a\u{0}b"}))),
            ["name"]
        );
        let max: String = "é".repeat(120);
        assert!(GroupDefinition::parse(&json!({ "name": max })).is_ok());
        let over: String = "é".repeat(121);
        assert_eq!(
            fields(GroupDefinition::parse(&json!({ "name": over }))),
            ["name"]
        );
    }

    #[test]
    fn text_limits_count_characters() {
        for (field, max) in [
            ("description", 2000),
            ("location", 120),
            ("occupation", 120),
            ("psychographic_notes", 2000),
        ] {
            let ok = json!({"name": "n", field: "ü".repeat(max)});
            assert!(GroupDefinition::parse(&ok).is_ok(), "{field}");
            let bad = json!({"name": "n", field: "ü".repeat(max + 1)});
            assert_eq!(fields(GroupDefinition::parse(&bad)), [field]);
            let wrong = json!({"name": "n", field: ["x"]});
            assert_eq!(fields(GroupDefinition::parse(&wrong)), [field]);
        }
    }

    #[test]
    fn single_line_fields_reject_newlines() {
        assert_eq!(
            fields(GroupDefinition::parse(
                &json!({"name": "n", "location": "a\nb"})
            )),
            ["location"]
        );
        assert!(GroupDefinition::parse(&json!({"name": "n", "description": "a\nb"})).is_ok());
    }

    #[test]
    fn age_rules() {
        let ok = |min: Value, max: Value| {
            GroupDefinition::parse(&json!({"name": "n", "age_min": min, "age_max": max}))
        };
        assert!(ok(json!(13), json!(100)).is_ok());
        assert!(ok(json!(30), json!(30)).is_ok());
        assert!(ok(json!(null), json!(40)).is_ok());
        assert_eq!(fields(ok(json!(12), json!(40))), ["age_min"]);
        assert_eq!(fields(ok(json!(20), json!(101))), ["age_max"]);
        assert_eq!(fields(ok(json!(40), json!(30))), ["age_min"]);
        assert_eq!(fields(ok(json!(25.5), json!(30))), ["age_min"]);
        assert_eq!(fields(ok(json!("25"), json!(30))), ["age_min"]);
        assert_eq!(fields(ok(json!(1e300), json!(30))), ["age_min"]);
        assert_eq!(fields(ok(json!(u64::MAX), json!(30))), ["age_min"]);
        assert_eq!(fields(ok(json!(-5), json!(-1))), ["age_min", "age_max"]);
    }

    #[test]
    fn integral_floats_are_accepted_as_out_of_range_not_type_errors() {
        let errs = GroupDefinition::parse(&json!({"name": "n", "age_min": 30.0})).unwrap_err();
        assert_eq!(errs[0].field, "age_min");
    }

    #[test]
    fn enums_are_case_insensitive_and_strict() {
        assert_eq!(Gender::parse("MALE").unwrap(), Gender::Male);
        assert_eq!(Gender::parse("all").unwrap(), Gender::All);
        assert_eq!(Gender::parse("other").unwrap_err().field, "gender");
        assert_eq!(IncomeLevel::parse("HIGH").unwrap(), IncomeLevel::High);
        assert_eq!(
            IncomeLevel::parse("rich").unwrap_err().field,
            "income_level"
        );
        assert_eq!(
            fields(GroupDefinition::parse(&json!({"name": "n", "gender": 1}))),
            ["gender"]
        );
    }

    #[test]
    fn persona_count_rules() {
        for n in [1, 10] {
            assert!(GroupDefinition::parse(&json!({"name": "n", "persona_count": n})).is_ok());
        }
        for n in [json!(0), json!(11), json!(-1), json!("5"), json!(2.5)] {
            assert_eq!(
                fields(GroupDefinition::parse(
                    &json!({"name": "n", "persona_count": n})
                )),
                ["persona_count"]
            );
        }
        assert_eq!(
            PersonaCount::try_from(0u8).unwrap_err().field,
            "persona_count"
        );
    }

    #[test]
    fn unknown_and_read_only_fields_are_named() {
        assert_eq!(
            fields(GroupDefinition::parse(
                &json!({"name": "n", "colour": "red"})
            )),
            ["colour"]
        );
        assert_eq!(
            fields(GroupDefinition::parse(&json!({"name": "n", "id": "x"}))),
            ["id"]
        );
        let long_key = "k".repeat(500);
        let errs = GroupDefinition::parse(&json!({"name": "n", long_key: 1})).unwrap_err();
        assert!(errs[0].field.chars().count() <= 65);
    }

    #[test]
    fn body_must_be_an_object() {
        for body in [json!([]), json!("x"), json!(1), json!(null)] {
            assert_eq!(fields(GroupDefinition::parse(&body)), ["body"]);
        }
    }

    #[test]
    fn patch_merges_and_revalidates() {
        let base = GroupDefinition::parse(
            &json!({"name": "n", "age_min": 20, "age_max": 30, "location": "Manila"}),
        )
        .unwrap();
        let p = GroupPatch::parse(&json!({"age_min": 35})).unwrap();
        let errs = p.apply(&base).unwrap_err();
        assert_eq!(errs[0].field, "age_min");
        let p =
            GroupPatch::parse(&json!({"age_min": 35, "age_max": 40, "location": null})).unwrap();
        let merged = p.apply(&base).unwrap();
        assert_eq!((merged.ages.min(), merged.ages.max()), (Some(35), Some(40)));
        assert_eq!(merged.location, None);
        assert_eq!(merged.name.as_str(), "n");
        let p = GroupPatch::parse(&json!({"age_max": null})).unwrap();
        assert_eq!(p.apply(&base).unwrap().ages.max(), None);
    }

    #[test]
    fn patch_rejects_null_name_and_accepts_empty_body() {
        assert_eq!(
            GroupPatch::parse(&json!({"name": null})).unwrap_err()[0].field,
            "name"
        );
        assert!(GroupPatch::parse(&json!({})).unwrap().is_empty());
    }

    #[test]
    fn patch_null_resets_defaults() {
        let base =
            GroupDefinition::parse(&json!({"name": "n", "gender": "Male", "persona_count": 3}))
                .unwrap();
        let merged = GroupPatch::parse(&json!({"gender": null, "persona_count": null}))
            .unwrap()
            .apply(&base)
            .unwrap();
        assert_eq!(merged.gender, Gender::All);
        assert_eq!(merged.persona_count.get(), 5);
    }

    #[test]
    fn empty_optional_string_clears() {
        let d = GroupDefinition::parse(&json!({"name": "n", "occupation": "  "})).unwrap();
        assert_eq!(d.occupation, None);
    }
}
