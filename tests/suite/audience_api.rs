//! The read-only `audience` field (`audience.md`, rule 3) on every group response,
//! and the flow a new user takes: parse-prompt → create with the answer unchanged →
//! generate → personas that carry the facets.

use boses_tests::{both_backends, Backend, TestApp};
use serde_json::{json, Value};

fn values(group: &Value) -> Vec<String> {
    group["audience"]["facets"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|f| f.get("conflict").is_none())
                .filter_map(|f| f["value"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

both_backends!(
    audience_is_on_every_group_response,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        let created = t
            .create(json!({
                "name": "Cebu Working Moms",
                "description": "Mothers with office jobs who shop on Shopee",
                "location": "Cebu, Philippines"
            }))
            .await;
        let v = values(&created);
        assert!(v.contains(&"mother".to_owned()), "{created}");
        assert!(v.contains(&"online_shopping".to_owned()), "{created}");
        let f = &created["audience"]["facets"][0];
        assert!(f["from"].as_str().is_some_and(|s| !s.is_empty()), "{f}");
        let id = created["id"].as_str().unwrap_or_default().to_owned();
        let path = format!("{}/{id}", t.base());

        let got = t.authed("GET", &path, None).await.json();
        assert_eq!(got["audience"], created["audience"]);
        let list = t.authed("GET", &t.base(), None).await.json();
        assert_eq!(list[0]["audience"], created["audience"], "{list}");

        // A change of words changes what is understood; a facet the fields rule out is
        // reported with a conflict, not applied.
        let patched = t
            .authed(
                "PATCH",
                &path,
                Some(json!({"gender": "Male", "psychographic_notes": "heavy TikTok users"})),
            )
            .await
            .json();
        let facets = patched["audience"]["facets"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mother = facets
            .iter()
            .find(|f| f["value"] == "mother")
            .cloned()
            .unwrap_or(Value::Null);
        assert!(
            mother["conflict"]
                .as_str()
                .is_some_and(|c| c.contains("Male")),
            "{patched}"
        );
        assert!(
            values(&patched).contains(&"heavy_tiktok".to_owned()),
            "{patched}"
        );

        // Read-only: a client cannot set it.
        let r = t
            .authed(
                "POST",
                &t.base(),
                Some(json!({"name": "x", "audience": {"facets": []}})),
            )
            .await;
        assert_eq!(r.status, 400);
        assert_eq!(r.error_fields(), vec!["audience".to_owned()]);
    }
);

both_backends!(
    prompt_to_personas_keeps_the_segment,
    |b: Backend| async move {
        let t = TestApp::new(b).await;
        let parsed = t
        .authed(
            "POST",
            &format!("{}/parse-prompt", t.base()),
            Some(json!({"prompt": "Gen Z coffee drinkers in Jakarta who follow TikTok trends, 4 personas"})),
        )
        .await;
        assert_eq!(parsed.status, 200, "{:?}", parsed.json());
        let answer = parsed.json();
        assert!(
            answer["psychographic_notes"]
                .as_str()
                .is_some_and(|n| n.to_lowercase().contains("coffee")),
            "{answer}"
        );
        let created = t.create(answer).await;
        assert!(values(&created).contains(&"coffee".to_owned()), "{created}");
        // The stored group, as the worker will read it, gives personas that carry it.
        let id = created["id"].as_str().unwrap_or_default().to_owned();
        let got = t
            .authed("GET", &format!("{}/{id}", t.base()), None)
            .await
            .json();
        let mut body = serde_json::Map::new();
        for k in [
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
        ] {
            body.insert(k.into(), got[k].clone());
        }
        let def = boses::domain::GroupDefinition::parse(&Value::Object(body))
            .expect("stored group reads back");
        let personas = boses::persona::offline::generate_all(
            &boses::persona::engine::PersonaRequest {
                group_id: boses::domain::GroupId::new_v7(),
                run: boses::domain::GenerationId::new_random(),
                definition: &def,
                seed: 3,
                index: 0,
                created_at: boses::clock::Timestamp::from_unix_millis(0),
            },
            4,
        )
        .expect("personas");
        assert_eq!(personas.len(), 4);
        for p in &personas {
            let text = serde_json::to_string(p).unwrap_or_default().to_lowercase();
            assert!(text.contains("coffee") || text.contains("kopi"), "{text}");
            assert!(
                p.provenance.facets.iter().any(|f| f == "interest:coffee"),
                "{:?}",
                p.provenance
            );
        }
    }
);
