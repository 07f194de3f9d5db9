//! Local names as facets: a group that names a club, a game, a café chain or a brand
//! of its country ("Flamengo faithful", "Mobile Legends players", "Starbucks
//! regulars") states the interest that name belongs to, even when no interest word
//! is written. Names are looked up in the group's own country pack, as spelled and
//! as whole words, outside the speaker's own context.

use super::{Audience, Facet, Family};
use crate::domain::GroupDefinition;
use crate::locale::{self, geo::Gazetteer};

/// The facet value a pack interest category's names state (`lexicon::NAMED`).
fn value_of(key: &str) -> Option<&'static str> {
    super::lexicon::NAMED
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
}

/// Adds the interests the group's words state by naming something local.
pub(super) fn add_named(a: &mut Audience, def: &GroupDefinition) {
    let texts: Vec<&str> = [
        Some(def.name.as_str()),
        def.description.as_deref(),
        def.psychographic_notes.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    add_named_in(a, def.location.as_deref(), &texts);
}

/// As `add_named`, for loose texts and a location (parse-prompt, before a group exists).
pub(super) fn add_named_in(a: &mut Audience, location: Option<&str>, texts: &[&str]) {
    let Some(place) = location.and_then(|l| Gazetteer::get().resolve_location(l)) else {
        return;
    };
    let Some(pack) = locale::pack_names(place.country) else {
        return;
    };
    // Apps are not among the names: delivery and shopping apps serve every category.
    for (key, mut names) in pack.interests() {
        let Some(value) = value_of(key) else {
            continue;
        };
        if a.facets.iter().any(|f| f.value == value) {
            continue;
        }
        let found = names.find(|n| texts.iter().any(|t| names_it(t, n)));
        if let Some(n) = found {
            a.facets.push(Facet {
                family: Family::Interest,
                value: value.to_owned(),
                from: n.to_owned(),
                conflict: None,
            });
            a.unmatched.retain(|u| !u.contains(n));
        }
    }
    // Paying with a named e-wallet ("pay with Mercado Pago", "GCash users").
    if !a.facets.iter().any(|f| f.value == "ewallet") {
        let wallet = pack.payments().find(|n| {
            let l = n.to_lowercase();
            !["cash", "card", "bank", "transfer", "cheque", "check"]
                .iter()
                .any(|w| l.contains(w))
                && texts.iter().any(|t| names_it(t, n))
        });
        if let Some(n) = wallet {
            a.facets.push(Facet {
                family: Family::Behaviour,
                value: "ewallet".to_owned(),
                from: n.to_owned(),
                conflict: None,
            });
            a.unmatched.retain(|u| !u.contains(n));
        }
    }
    a.facets.sort_by_key(|f| {
        super::VOCABULARY
            .iter()
            .position(|(fam, _)| *fam == f.family)
            .unwrap_or(usize::MAX)
    });
}

/// A name written as a whole word, capitalised as the pack spells it, and not in
/// the speaker's own context ("I work at Starbucks").
fn names_it(text: &str, name: &str) -> bool {
    if name.chars().count() < 4 || name.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let mut whole_words = text.match_indices(name).filter(|&(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    });
    // Reading the speaker's context tokenises the text: only for a name that is there
    // (this runs for every name of the pack).
    let Some((first, _)) = whole_words.next() else {
        return false;
    };
    let context = super::speaker_context(text);
    std::iter::once(first)
        .chain(whole_words.map(|(i, _)| i))
        .any(|i| !context.iter().any(|r| r.contains(&i)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The build script's names index says what the parsed pack says, for
    /// every category that states a facet.
    #[test]
    fn pack_names_are_the_packs_own() {
        for code in locale::country_codes() {
            let p = locale::pack(code).unwrap_or_else(|| panic!("{code} does not parse"));
            let names = locale::pack_names(code).unwrap_or_else(|| panic!("{code}: no names"));
            let from_pack: Vec<(&str, Vec<&str>)> = p
                .interests
                .iter()
                .filter(|(k, _)| value_of(k).is_some())
                .map(|(k, d)| {
                    let n = d
                        .brands
                        .iter()
                        .chain(&d.places)
                        .chain(&d.media)
                        .chain(&d.teams)
                        .map(|t| t.text.as_str())
                        .collect();
                    (k.as_str(), n)
                })
                .collect();
            let from_index: Vec<(&str, Vec<&str>)> =
                names.interests().map(|(k, n)| (k, n.collect())).collect();
            assert_eq!(from_index, from_pack, "{code}");
            let payments: Vec<&str> = p
                .platforms
                .payments
                .iter()
                .map(|t| t.text.as_str())
                .collect();
            assert_eq!(names.payments().collect::<Vec<_>>(), payments, "{code}");
        }
        assert!(locale::pack_names("zz").is_none());
    }

    fn def(v: serde_json::Value) -> GroupDefinition {
        GroupDefinition::parse(&v).expect("valid")
    }

    #[test]
    fn a_local_name_states_its_interest() {
        let a = super::super::for_group(&def(serde_json::json!({
            "name": "Flamengo faithful", "location": "Rio de Janeiro, Brazil"
        })));
        assert!(a.has("football"), "{a:?}");
        // The speaker's own workplace is not the audience's interest.
        let a = super::super::for_group(&def(serde_json::json!({
            "name": "x", "location": "Rio de Janeiro, Brazil",
            "description": "I work at Flamengo and want to reach retirees"
        })));
        assert!(!a.has("football"), "{a:?}");
        let a = super::super::for_group(&def(serde_json::json!({
            "name": "Bargain hunters", "location": "Mexico City, Mexico",
            "description": "They pay with Mercado Pago"
        })));
        assert!(a.has("ewallet"), "{a:?}");
        // Without a place there is no pack to look names up in.
        let a = super::super::for_group(&def(serde_json::json!({"name": "Flamengo faithful"})));
        assert!(!a.has("football"), "{a:?}");
    }
}
