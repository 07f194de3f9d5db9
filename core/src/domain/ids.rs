//! Identifier newtypes: a handler never holds an id that is not a well-formed UUID.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

use super::FieldError;

macro_rules! uuid_id {
    ($name:ident, $field:literal) => {
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            pub const FIELD: &'static str = $field;

            pub fn from_uuid(id: Uuid) -> Self {
                Self(id)
            }

            pub fn as_uuid(&self) -> &Uuid {
                &self.0
            }

            /// Accepts only the canonical hyphenated form, so that one id has one spelling
            /// (and one DynamoDB key).
            pub fn parse(s: &str) -> Result<Self, FieldError> {
                if s.len() != 36 {
                    return Err(FieldError::new($field, "must be a UUID"));
                }
                Uuid::try_parse(s)
                    .map(|u| Self(u))
                    .map_err(|_| FieldError::new($field, "must be a UUID"))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = FieldError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }
    };
}

uuid_id!(OrgId, "org_id");
uuid_id!(ProjectId, "project_id");
uuid_id!(GroupId, "group_id");
uuid_id!(PersonaId, "persona_id");
uuid_id!(GenerationId, "generation_id");

impl OrgId {
    pub fn new_random() -> Self {
        Self(Uuid::new_v4())
    }
}

impl ProjectId {
    pub fn new_random() -> Self {
        Self(Uuid::new_v4())
    }
}

impl GroupId {
    /// v7 so that ids sort by creation time, which is the listing order.
    pub fn new_v7() -> Self {
        Self(Uuid::now_v7())
    }
}

impl PersonaId {
    pub fn new_random() -> Self {
        Self(Uuid::new_v4())
    }
}

impl GenerationId {
    pub fn new_random() -> Self {
        Self(Uuid::now_v7())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_canonical_uuid() {
        let id = GroupId::parse("0192f0c1-7b5e-7cc3-9a4e-0123456789ab").unwrap();
        assert_eq!(id.to_string(), "0192f0c1-7b5e-7cc3-9a4e-0123456789ab");
    }

    #[test]
    fn rejects_non_uuids_naming_the_field() {
        for bad in [
            "",
            "abc",
            "0192f0c17b5e7cc39a4e0123456789ab",
            "{0192f0c1-7b5e-7cc3-9a4e-0123456789ab}",
            "0192f0c1-7b5e-7cc3-9a4e-0123456789zz",
        ] {
            let err = GroupId::parse(bad).unwrap_err();
            assert_eq!(err.field, "group_id", "{bad}");
        }
        assert_eq!(ProjectId::parse("x").unwrap_err().field, "project_id");
    }

    #[test]
    fn v7_ids_sort_by_creation() {
        let a = GroupId::new_v7();
        std::thread::sleep(std::time::Duration::from_millis(2));
        let b = GroupId::new_v7();
        assert!(a.to_string() < b.to_string());
    }
}
