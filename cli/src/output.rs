//! Human output (tables, persona cards) and machine output (JSON, JSON lines, CSV).

use serde_json::Value;

pub fn s(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(s).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut t: String = text.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// A plain aligned table.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(c.chars().count());
            }
        }
    }
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    let mut out = vec![line(headers.iter().map(|h| (*h).to_owned()).collect())];
    out.extend(rows.iter().map(|r| line(r.clone())));
    out.join("\n")
}

pub fn groups_table(groups: &[Value]) -> String {
    let rows: Vec<Vec<String>> = groups
        .iter()
        .map(|g| {
            let ages = match (g["age_min"].as_u64(), g["age_max"].as_u64()) {
                (Some(a), Some(b)) => format!("{a}-{b}"),
                (Some(a), None) => format!("{a}+"),
                (None, Some(b)) => format!("≤{b}"),
                _ => "any".into(),
            };
            vec![
                s(&g["id"]),
                truncate(&s(&g["name"]), 36),
                s(&g["generation_status"]),
                format!(
                    "{}/{}",
                    g["personas_generated"].as_u64().unwrap_or(0),
                    g["persona_count"].as_u64().unwrap_or(0)
                ),
                truncate(&s(&g["location"]), 28),
                ages,
            ]
        })
        .collect();
    table(
        &["ID", "NAME", "STATUS", "PERSONAS", "LOCATION", "AGES"],
        &rows,
    )
}

pub fn group_detail(g: &Value) -> String {
    let fields = [
        "id",
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
        "generation_status",
        "generation_progress",
        "generation_error",
        "personas_generated",
        "created_at",
        "updated_at",
    ];
    let rows: Vec<Vec<String>> = fields
        .iter()
        .filter(|f| !g[**f].is_null())
        .map(|f| vec![(*f).to_owned(), s(&g[*f])])
        .collect();
    table(&["FIELD", "VALUE"], &rows)
}

/// One readable card per persona.
pub fn persona_card(p: &Value) -> String {
    let money = format!(
        "{} {}/month",
        p["monthly_income"]["currency"].as_str().unwrap_or(""),
        group_digits(p["monthly_income"]["amount"].as_u64().unwrap_or(0))
    );
    let title = format!(
        "{} · {}, {}, {}",
        s(&p["persona_code"]),
        s(&p["full_name"]),
        s(&p["age"]),
        s(&p["gender"])
    );
    let mut out = vec![format!(
        "── {title} {}",
        "─".repeat(60usize.saturating_sub(title.chars().count()))
    )];
    out.push(format!(
        "{} · {} · {} ({money})",
        s(&p["location"]),
        s(&p["occupation"]),
        s(&p["income_level"])
    ));
    out.push(format!(
        "{} — {}",
        s(&p["archetype_label"]),
        s(&p["psychographic_segment"])
    ));
    for (label, key) in [
        ("Education", "educational_background"),
        ("Family", "family_situation"),
        ("Traits", "personality_traits"),
        ("Values", "values_and_motivations"),
        ("Pain points", "pain_points"),
        ("Media", "media_consumption"),
        ("Brands", "brand_attitudes"),
        ("Triggers", "buying_triggers"),
        ("Bio", "bio"),
        ("Day", "day_in_the_life"),
    ] {
        if !p[key].is_null() {
            out.push(format!("{label}: {}", s(&p[key])));
        }
    }
    if let Some(q) = p["quote"].as_str() {
        out.push(format!("“{q}”"));
    }
    out.join("\n")
}

fn group_digits(n: u64) -> String {
    let d = n.to_string();
    let mut out = String::new();
    for (i, c) in d.chars().enumerate() {
        if i > 0 && (d.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "persona_code",
    "full_name",
    "given_name",
    "family_name",
    "age",
    "gender",
    "location",
    "city",
    "country_code",
    "languages",
    "occupation",
    "income_level",
    "monthly_income_amount",
    "monthly_income_currency",
    "educational_background",
    "family_situation",
    "personality_traits",
    "values_and_motivations",
    "pain_points",
    "media_consumption",
    "purchase_behavior",
    "archetype_label",
    "psychographic_segment",
    "brand_attitudes",
    "buying_triggers",
    "aspirational_identity",
    "digital_behavior",
    "day_in_the_life",
    "ocean_openness",
    "ocean_conscientiousness",
    "ocean_extraversion",
    "ocean_agreeableness",
    "ocean_neuroticism",
    "bio",
    "quote",
    "provenance_engine",
    "provenance_seed",
    "created_at",
];

/// RFC 4180: quote a field with a comma, quote, CR or LF, doubling inner quotes.
pub fn csv_field(v: &str) -> String {
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v.to_owned()
    }
}

pub fn personas_csv(personas: &[Value]) -> String {
    let mut out = String::new();
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for p in personas {
        let cells: Vec<String> = CSV_COLUMNS
            .iter()
            .map(|c| {
                let v = match *c {
                    "monthly_income_amount" => p["monthly_income"]["amount"].clone(),
                    "monthly_income_currency" => p["monthly_income"]["currency"].clone(),
                    "provenance_engine" => p["provenance"]["engine"].clone(),
                    "provenance_seed" => p["provenance"]["seed"].clone(),
                    k if k.starts_with("ocean_") => p["ocean"][&k[6..]].clone(),
                    k => p[k].clone(),
                };
                csv_field(&s(&v))
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn csv_escaping() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
    }

    #[test]
    fn table_aligns() {
        let t = table(&["A", "BB"], &[vec!["xxx".into(), "y".into()]]);
        assert_eq!(t, "A    BB\nxxx  y");
    }

    #[test]
    fn digits_group() {
        assert_eq!(group_digits(8500000), "8,500,000");
        assert_eq!(group_digits(12), "12");
        let card = persona_card(
            &json!({"persona_code": "P01", "full_name": "A B", "age": 30, "gender": "Female", "monthly_income": {"amount": 1000, "currency": "PHP"}, "quote": "q"}),
        );
        assert!(card.contains("PHP 1,000/month") && card.contains("“q”"));
    }
}
