//! The prose, written from finished facts: bio, values, pains and triggers, media
//! lines, brand attitudes, day in the life, shopping, digital life, aspiration and
//! quote. Nothing here decides a fact; every line reads the [`PersonaFacts`] and
//! avoids what earlier personas of the group wrote (through the [`Writer`]).

use std::collections::HashSet;

use super::facts::{PersonaFacts, Profile, Stage};
use super::media::{brand, is_brand, is_professional, screen_hours, Everyday};
use super::pick;
use super::banks::Bank;
use super::day::day_in_the_life;
use super::lived::{fill, Facet};
use super::variety::{UsedPhrases, Writer};
use super::{ENGINE_NAME, ENGINE_VERSION};
use crate::domain::{Gender, IncomeLevel};
use crate::locale::{Tagged, DATA_VERSION};
use crate::persona::archetypes::{Archetype, Line};
use crate::persona::model::{persona_id, Persona, Provenance};
use crate::persona::rng::Rng;
use crate::persona::text::{article, cap_first, lower_first, Pronouns};

/// Writes persona `f.index` from its facts. `rng` is the narrative stream as sampling
/// left it; `earlier` is what the group's earlier personas wrote.
pub(super) fn write(f: PersonaFacts, rng: Rng, earlier: &UsedPhrases) -> Persona {
    let who = f.profile();
    let p = f.pack;
    let j = f.index;
    let (age, gender, stage, income) = (f.age, f.gender, f.stage, f.income);
    let (full_name, given_name, city) = (&f.full_name, &f.given_name, &f.city);
    let (job, home, archetype, traits) = (&f.job, &f.household, f.archetype, &f.traits);
    let Everyday {
        messaging,
        meal,
        coffee,
        grocery,
        ..
    } = &f.everyday;
    let pr = Pronouns::new(gender);
    let mut names = vec![full_name.clone(), given_name.clone(), f.family_name.clone()];
    names.extend(full_name.split_whitespace().filter(|w| w.len() > 2).map(str::to_owned));
    names.retain(|n| !n.is_empty());
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    let mut w = Writer {
        rng,
        earlier,
        given: given_name,
        pr,
        used: HashSet::new(),
        // Pack names that may open a sentence in their own spelling ("iMessage").
        protect: [messaging, coffee, grocery]
            .into_iter()
            .filter(|b| is_brand(b))
            .cloned()
            .collect(),
        names,
        shapes: HashSet::new(),
    };
    let stated = f.lived.stated.clone();
    let own: Vec<Facet> = f.lived.personal.iter().chain(f.lived.own.first()).copied().collect();

    // Every section draws from the one narrative stream: their order is part of the
    // output, and reordering them changes every persona.
    let mut values = w.lines(archetype.values, &who, if stated.is_empty() { 3 } else { 2 });
    values.extend(facet_items(&mut w, &f, &who, &stated, |b| b.motives, 1, 2));
    let pains = pains(&mut w, &f, &who, &stated, &own);
    let mut triggers = w.lines(archetype.triggers, &who, if stated.is_empty() { 3 } else { 2 });
    triggers.extend(facet_items(&mut w, &f, &who, &stated, |b| b.triggers, 1, 3));
    if stated.is_empty() {
        triggers.extend(facet_items(&mut w, &f, &who, &own, |b| b.triggers, 1, 1));
    }
    let brand_attitudes = brand_attitudes(&mut w, &f, archetype, &who, &stated, &own);
    let media = media_lines(&mut w, &f, &who, &stated, &own);
    let bio = bio(&mut w, &f, &values);
    let day_in_the_life = day_in_the_life(&mut w, &f, &who);
    let purchase_behavior = purchase_behavior(&mut w, &f);
    let digital_behavior = digital_behavior(&mut w, &f);
    let aspiration = aspiration(&mut w, &f, &who, &stated);
    let aspirational_identity = w.one(vec![format!("{given_name} {aspiration}.")]);
    let quote = quote(&mut w, &f, &who, &stated, &own, meal, messaging);

    Persona {
        id: persona_id(crate::domain::GenerationId::from_uuid(uuid::Uuid::nil()), j),
        persona_group_id: crate::domain::GroupId::from_uuid(uuid::Uuid::nil()),
        persona_code: format!("P{:02}", j + 1),
        full_name: full_name.clone(),
        given_name: given_name.clone(),
        family_name: f.family_name.clone(),
        age,
        gender: gender.as_str().to_owned(),
        location: f.location.clone(),
        city: city.clone(),
        country_code: p.country_code.clone(),
        languages: f.languages.clone(),
        occupation: job.display.clone(),
        income_level: income.as_str().to_owned(),
        monthly_income: f.monthly_income.clone(),
        educational_background: f.education.clone(),
        family_situation: cap_first(&home.text),
        personality_traits: traits.clone(),
        values_and_motivations: values.iter().map(|v| cap_first(v)).collect(),
        pain_points: pains.iter().map(|v| cap_first(v)).collect(),
        media_consumption: media,
        purchase_behavior,
        archetype_label: archetype.label.to_owned(),
        psychographic_segment: format!("{} · {}", archetype.segment, stage_label(stage, age)),
        brand_attitudes,
        buying_triggers: triggers.iter().map(|v| cap_first(v)).collect(),
        aspirational_identity,
        digital_behavior,
        day_in_the_life,
        ocean: f.ocean.clone(),
        bio,
        quote,
        provenance: Provenance {
            engine: ENGINE_NAME.into(),
            model: None,
            data_version: format!(
                "{DATA_VERSION}+engine.{ENGINE_VERSION}/{}",
                p.country_code.to_ascii_lowercase()
            ),
            seed: f.seed,
            fallback: None,
            facets: f.lived.applied.clone(),
        },
        created_at: crate::clock::Timestamp::from_unix_millis(0),
    }
}

/// Up to `per` items of each facet's bank list (`pick` chooses the list), at most
/// `max` in all, filled with local names.
fn facet_items(
    w: &mut Writer<'_>,
    f: &PersonaFacts,
    who: &Profile<'_>,
    facets: &[Facet],
    pick: fn(&Bank) -> &'static [Line],
    per: usize,
    max: usize,
) -> Vec<String> {
    let mut out = Vec::new();
    for facet in facets {
        if out.len() >= max {
            break;
        }
        let fitting: Vec<&Line> = pick(facet.bank)
            .iter()
            .filter(|l| who.fits_when(&l.when))
            .collect();
        let filled: Vec<String> = fitting
            .iter()
            .map(|l| fill(&mut w.rng, l, facet, f.pack, who, w.pr, &f.given_name, &f.household))
            .collect();
        out.extend(w.some(filled, per));
    }
    out.truncate(max);
    out
}

/// The aspiration: a stated facet's where the group states one (most of the time),
/// else the archetype's.
fn aspiration(w: &mut Writer<'_>, f: &PersonaFacts, who: &Profile<'_>, stated: &[Facet]) -> String {
    if !stated.is_empty() && w.rng.unit() < 0.6 {
        let k = w.rng.range(0, stated.len() as u64 - 1) as usize;
        let pick = stated[k..].iter().chain(&stated[..k]).copied().collect::<Vec<_>>();
        if let Some(a) = facet_items(w, f, who, &pick, |b| b.aspirations, 1, 1).pop() {
            return a;
        }
    }
    w.lines(f.archetype.aspirations, who, 1)
        .pop()
        .unwrap_or_else(|| "wants a good life for the people around them".into())
}

/// The quote: the archetype's and the facets' lines together, least-used first.
fn quote(
    w: &mut Writer<'_>,
    f: &PersonaFacts,
    who: &Profile<'_>,
    stated: &[Facet],
    own: &[Facet],
    meal: &str,
    messaging: &str,
) -> String {
    let facets: Vec<Facet> = stated.iter().chain(own).copied().collect();
    let mut pool: Vec<String> = Vec::new();
    for facet in &facets {
        for l in facet.bank.quotes.iter().filter(|l| who.fits_when(&l.when)) {
            pool.push(fill(&mut w.rng, l, facet, f.pack, who, w.pr, &f.given_name, &f.household));
        }
    }
    if !pool.is_empty() && (!stated.is_empty() || w.rng.unit() < 0.4) {
        if let Some(q) = w.some(pool, 1).pop() {
            return q;
        }
    }
    w.quote(f.archetype, who, meal, messaging, &main_shop(f))
}

/// The archetype's pains, the facets' own, and one about the place or the commute.
fn pains(
    w: &mut Writer<'_>,
    f: &PersonaFacts,
    who: &Profile<'_>,
    stated: &[Facet],
    own: &[Facet],
) -> Vec<String> {
    let p = f.pack;
    let age = f.age;
    let city = &f.city;
    let home = &f.household;
    let archetype = f.archetype;
    let Everyday { commute, .. } = &f.everyday;
    let pr = w.pr;
    let where_ = neighbourhood(f);
    let pos = pr.their;
    let mut pains = w.lines(archetype.pains, who, if stated.len() >= 2 { 1 } else { 2 });
    pains.extend(facet_items(w, f, who, stated, |b| b.pains, 1, 3));
    if stated.is_empty() && w.rng.unit() < 0.6 {
        pains.extend(facet_items(w, f, who, own, |b| b.pains, 1, 1));
    }
    let hassles: Vec<&Tagged> = p
        .touchpoints
        .hassles
        .iter()
        .filter(|t| who.fits(t))
        .collect();
    let local_pain = match w.rng.pick(&hassles) {
        Some(h) if w.rng.unit() < 0.7 => cap_first(&h.text),
        _ => {
            let mut local = vec![format!("Crowds and traffic around {where_} at rush hour")];
            if who.commutes {
                local.push(format!(
                    "The daily commute {} in {city} eats into {pos} day",
                    commute_phrase(commute)
                ));
            }
            if age >= 18 && !home.with_parents {
                local.push(format!(
                    "Rent and bills in {city} rise faster than {pos} income"
                ));
            }
            pick(&mut w.rng, &local)
        }
    };
    pains.push(local_pain);
    pains
}

/// The main feed with what the persona watches on it, then the other services, then
/// what the facets add (a game, a league, a podcast).
fn media_lines(
    w: &mut Writer<'_>,
    f: &PersonaFacts,
    who: &Profile<'_>,
    stated: &[Facet],
    own: &[Facet],
) -> Vec<String> {
    let age = f.age;
    let stage = f.stage;
    let archetype = f.archetype;
    let Everyday {
        socials,
        streaming,
        news,
        ..
    } = &f.everyday;
    let content = w
        .lines(archetype.content, who, 1)
        .pop()
        .unwrap_or_else(|| "friends' posts".into());
    let mut media = vec![format!(
        "{} — daily, mostly {}",
        socials[0],
        lower_first(&content)
    )];
    let mut seen_platforms = vec![socials[0].clone()];
    let mut add_media = |name: &str, what: &str| {
        if !seen_platforms.iter().any(|s| s == name) {
            seen_platforms.push(name.to_owned());
            media.push(format!("{name} — {what}"));
        }
    };
    add_media(streaming, "evenings and weekends");
    if let Some(s) = socials.get(1) {
        add_media(s, secondary_use(s));
    }
    if !news.is_empty() && age >= 16 {
        add_media(
            news,
            if stage == Stage::Retired {
                "morning headlines"
            } else {
                "headlines on the go"
            },
        );
    }
    let mut extra = facet_items(w, f, who, stated, |b| b.media, 1, 3);
    if extra.len() < 2 {
        extra.extend(facet_items(w, f, who, &own[..own.len().min(1)], |b| b.media, 1, 1));
    }
    for line in extra {
        let line = cap_first(&line);
        let head = line.split(" — ").next().unwrap_or("").to_owned();
        if !media.iter().any(|m| m.starts_with(&head)) {
            media.push(line);
        }
    }
    media
}

/// Who, where and what they do; how they come across; what matters most.
fn bio(w: &mut Writer<'_>, f: &PersonaFacts, values: &[String]) -> String {
    let age = f.age;
    let full_name = &f.full_name;
    let given_name = &f.given_name;
    let city = &f.city;
    let district = &f.district;
    let job = &f.job;
    let traits = &f.traits;
    let pr = w.pr;
    let she = pr.they;
    let occ = job.mid.clone();
    let a_occ = article(&occ);
    let place_phrase = match &district {
        Some(d) => format!("{d}, {city}"),
        None => city.clone(),
    };
    let (t0, t1, t2) = (
        lower_first(&traits[0]),
        lower_first(&traits[1]),
        lower_first(&traits[2]),
    );
    let v0 = lower_first(&values[0]);
    let mut who_line = vec![
        format!("{full_name}, {age}, is {a_occ} {occ} based in {place_phrase}."),
        format!(
            "{full_name} is {} {age}-year-old {occ} living in {place_phrase}.",
            article(&format!("{age}"))
        ),
        format!("at {age}, {full_name} is {a_occ} {occ} in {place_phrase}."),
        format!("{full_name}, {a_occ} {occ}, is {age} and calls {place_phrase} home."),
    ];
    if f.stage == Stage::Working {
        who_line.push(format!("{full_name} ({age}) works as {a_occ} {occ} in {place_phrase}."));
    }
    let circle = match f.stage {
        Stage::Student => "classmates",
        Stage::Retired => "neighbours",
        Stage::Working => "colleagues",
    };
    w.paragraph(vec![
        who_line,
        vec![
            format!("friends would call {given_name} {t0} and {t1}."),
            format!("{given_name} comes across as {t0} and {t2}."),
            format!("{she} describes {} as {t1} and {t2}.", pr.themself),
            format!("people who know {given_name} mention {t0} first, then {t2}."),
            format!("{circle} know {given_name} as {t1}, and close friends as {t2}."),
            format!("{given_name} is {t1} by nature and {t2} when it counts."),
        ],
        vec![
            format!("what matters most to {given_name} is {v0}."),
            format!("{she} puts {v0} ahead of almost everything else."),
            format!("above all, {she} cares about {v0}."),
            format!("ask {given_name} what counts and the answer is {v0}."),
            format!("most of {}'s decisions come back to {v0}.", given_name),
        ],
    ])
}

/// Online shopping and payment, then the grocery run by stage.
fn purchase_behavior(w: &mut Writer<'_>, f: &PersonaFacts) -> String {
    let age = f.age;
    let stage = f.stage;
    let home = &f.household;
    let Everyday {
        ecommerce,
        payment,
        grocery,
        ..
    } = &f.everyday;
    let pr = w.pr;
    let she = pr.they;
    let eco0 = main_shop(f);
    let eco1 = ecommerce
        .get(1)
        .cloned()
        .unwrap_or_else(|| "physical stores".into());
    let shopping = if age < 16 {
        vec![
            format!(
                "{she} browses {eco0} and {eco1} for ideas, and a parent pays for anything big."
            ),
            format!(
                "{she} saves up for things spotted on {eco0}, then asks a parent to check out."
            ),
        ]
    } else {
        vec![
            format!("{she} compares prices on {eco0} and {eco1} before checking out, and pays with {payment}."),
            format!("{she} buys most things on {eco0}, pays with {payment}, and checks {eco1} when a deal looks too good."),
            format!("{eco0} gets most of {} orders; {payment} covers the bill, and {eco1} is for comparing.", pr.their),
            format!("{she} fills a cart on {eco0} and waits a few days before paying with {payment}."),
            format!("big purchases get researched for weeks; small ones go straight through {eco0}, paid with {payment}."),
        ]
    };
    let groceries = match stage {
        _ if age < 18 || home.with_parents => vec![
            format!("snacks and small things come from {grocery}."),
            format!("{she} picks up snacks at {grocery} and leaves the big shop to the family."),
        ],
        Stage::Retired => vec![
            format!("groceries come from {grocery}, mostly on quiet weekday mornings."),
            format!("{she} keeps a running list for {grocery} and rarely buys on impulse there."),
            format!("the weekly shop at {grocery} is planned around the senior discounts and the pension date."),
        ],
        Stage::Student => vec![
            format!("groceries come from {grocery}, bought a little at a time to stretch the allowance."),
            format!("small treats are where {she} splurges; big purchases wait for a sale."),
        ],
        Stage::Working => vec![
            format!("groceries come from {grocery}, usually in one big trip after payday."),
            format!("{she} keeps a running list for {grocery} and rarely buys on impulse there."),
            format!("small treats are where {she} splurges; big purchases wait for a sale."),
            format!("the big shop happens at {grocery} on weekends, with top-ups during the week."),
            format!("{she} knows the prices at {grocery} by heart and notices every increase."),
        ],
    };
    w.paragraph(vec![shopping, groceries])
}

/// Screen time, chats, and ride and food apps.
fn digital_behavior(w: &mut Writer<'_>, f: &PersonaFacts) -> String {
    let age = f.age;
    let stage = f.stage;
    let income = f.income;
    let Everyday {
        socials,
        messaging,
        ride,
        delivery,
        ..
    } = &f.everyday;
    let pr = w.pr;
    let pos = pr.their;
    let she = pr.they;
    let hours = screen_hours(&mut w.rng, age);
    let hours = if hours == 1 {
        "an hour".to_owned()
    } else {
        format!("{hours} hours")
    };
    let chats = match stage {
        Stage::Working => format!("family and work chats run on {messaging}."),
        Stage::Student => format!("family and class chats run on {messaging}."),
        Stage::Retired => {
            format!("family chats and the neighbourhood group run on {messaging}.")
        }
    };
    let often = match income {
        IncomeLevel::Low => "now and then",
        IncomeLevel::Middle => "a few times a month",
        IncomeLevel::High => "several times a week",
    };
    let mut digital_slots = vec![
        vec![
            format!(
                "{she} spends about {hours} a day on {pos} phone, mostly on {}.",
                socials[0]
            ),
            format!(
                "{she} is online roughly {hours} a day, with {} open more than any other app.",
                socials[0]
            ),
            format!("screen time comes to about {hours} a day, most of it on {}.", socials[0]),
            format!("{} is the app {she} opens first and closes last.", socials[0]),
            format!("{she} has tried to cut down from {hours} a day on {}, without much luck.", socials[0]),
        ],
        if age >= 18 {
            vec![
                chats,
                format!("{messaging} is where plans, bills and family news get sorted."),
                format!("the family group on {messaging} is busy from breakfast to midnight."),
            ]
        } else {
            vec![
                chats,
                format!("{messaging} is where friends and family keep in touch."),
            ]
        },
    ];
    match (&ride, &delivery) {
        _ if age < 16 => {}
        (Some(rd), Some(fd)) => digital_slots.push(vec![
            format!("rides go through {rd}, and food orders through {fd}, {often}."),
            format!("{she} books rides on {rd} and orders food on {fd} {often}."),
        ]),
        (Some(rd), None) => digital_slots.push(vec![format!("{she} books rides on {rd} {often}.")]),
        (None, Some(fd)) => digital_slots.push(vec![format!("{she} orders food on {fd} {often}.")]),
        (None, None) => {
            digital_slots.push(vec![format!("{she} shops online at least once a week.")])
        }
    }
    w.paragraph(digital_slots)
}

/// Where the persona's days happen: the district where known, else the city.
pub(super) fn neighbourhood(f: &PersonaFacts) -> String {
    f.district.clone().unwrap_or_else(|| f.city.clone())
}

/// The persona's main online shop, which the quote may name too.
fn main_shop(f: &PersonaFacts) -> String {
    f.everyday
        .ecommerce
        .first()
        .cloned()
        .unwrap_or_else(|| "online marketplaces".into())
}

fn brand_attitudes(
    w: &mut Writer<'_>,
    f: &PersonaFacts,
    a: &Archetype,
    who: &Profile<'_>,
    stated: &[Facet],
    own: &[Facet],
) -> Vec<String> {
    let pack = f.pack;
    let mut out = Vec::new();
    let mut cats: Vec<&str> = a.brand_categories.to_vec();
    // Men get views on grooming rarely enough that a make-up brand reads oddly.
    if who.gender == Gender::Male {
        if let Some(k) = cats.iter().position(|c| *c == "beauty") {
            let spare = ["phone", "coffee", "grocery", "fashion"]
                .into_iter()
                .find(|c| !cats.contains(c));
            match spare {
                Some(s) => cats[k] = s,
                None => {
                    cats.remove(k);
                }
            }
        }
    }
    // Teenagers have views on clothes and phones, not on coffee or the grocery run;
    // a coffee view belongs to people with the habit.
    let grown_up_only: &[&str] = match who.age {
        0..=17 => &["coffee", "grocery"],
        _ if !f.lived.caffeine => &["coffee"],
        _ => &[],
    };
    for skip in grown_up_only {
        if let Some(k) = cats.iter().position(|c| c == skip) {
            let spare = ["fashion", "phone", "beauty"]
                .into_iter()
                .find(|c| !(cats.contains(c) || who.gender == Gender::Male && *c == "beauty"));
            match spare {
                Some(s) => cats[k] = s,
                None => {
                    cats.remove(k);
                }
            }
        }
    }
    // The facets' views come first and push out archetype categories, so that the
    // list stays short.
    let mut facet_views = facet_items(w, f, who, stated, |b| b.views, 1, 3);
    if facet_views.is_empty() && w.rng.unit() < 0.6 {
        facet_views.extend(facet_items(w, f, who, own, |b| b.views, 1, 1));
    }
    let keep = 3usize.saturating_sub(facet_views.len()).max(1);
    cats.truncate(keep);
    let stances: Vec<&Line> = a
        .brand_stance
        .iter()
        .filter(|l| who.fits_when(&l.when))
        .collect();
    let order = w.rng.sample(&stances, stances.len());
    let mut used: Vec<&str> = Vec::new();
    for cat in cats {
        if !pack.brands.contains_key(cat) {
            continue;
        }
        let b = brand(&mut w.rng, pack, cat, who.income, true);
        if b.is_empty() {
            continue;
        }
        // A stance that suits the category, least used in the group, fresh in the
        // persona where possible.
        let fitting: Vec<String> = order
            .iter()
            .filter(|l| l.when.suits(cat) && !used.contains(&l.text))
            .map(|l| {
                cap_first(
                    &w.pr
                        .fill(l.text)
                        .replace("{brand}", &b)
                        .replace("{what}", category_phrase(cat)),
                )
            })
            .collect();
        if let Some(text) = w.some(fitting, 1).pop() {
            if let Some(l) = order.iter().find(|l| {
                cap_first(&w.pr.fill(l.text).replace("{brand}", &b).replace("{what}", category_phrase(cat))) == text
            }) {
                used.push(l.text);
            }
            out.push(text);
        }
    }
    out.extend(facet_views.iter().map(|v| cap_first(v)));
    // A treat one tier up, for some adults with money to spare: never from Low
    // income, never for teenagers, not for everyone.
    if who.income != IncomeLevel::Low && who.age >= 22 && w.rng.unit() < 0.3 {
        let treat = if who.gender == Gender::Female { "beauty" } else { "fashion" };
        if let Some(t) = pack.brands.get(treat).or_else(|| pack.brands.get("fashion")) {
            let tier = if who.income == IncomeLevel::High { &t.premium } else { &t.mid };
            let names: Vec<&String> = tier.iter().filter(|b| is_brand(b)).collect();
            if let Some(b) = w.rng.pick(&names).map(|b| (*b).clone()) {
                let what = category_phrase(treat);
                let pool = vec![
                    format!("Saves up for {b} as an occasional treat"),
                    format!("Buys {b} once a year, usually around a birthday"),
                    format!("Keeps a wishlist of {b} pieces and waits for the sales"),
                    format!("Would pay more for {b} {what} than most things, but only when it matters"),
                    format!("Treats {b} as the splurge that marks a good month"),
                    format!("Window-shops {b} more often than {} buys from it", w.pr.they),
                ];
                out.extend(w.some(pool, 1));
            }
        }
    }
    out
}

/// What a second social platform is used for.
fn secondary_use(name: &str) -> &'static str {
    let n = name.to_lowercase();
    if is_professional(name) {
        "for work news and contacts"
    } else if n == "x" || n.contains("twitter") || n.contains("weibo") || n.contains("threads") {
        "for news and what everyone is talking about"
    } else if n.contains("youtube") || n.contains("bilibili") {
        "for how-to videos and music"
    } else if n.contains("reddit") || n.contains("zhihu") {
        "for answers and discussions"
    } else if n.contains("pinterest") {
        "for ideas and inspiration"
    } else if n.contains("band") {
        "for group and club updates"
    } else if n.contains("sharechat") {
        "for videos in local languages"
    } else {
        "to keep up with friends"
    }
}

fn stage_label(stage: Stage, age: u8) -> &'static str {
    match (stage, age) {
        (Stage::Student, _) => "student",
        (Stage::Retired, _) => "retiree",
        (_, 0..=29) => "early career",
        (_, 30..=44) => "established",
        (_, 45..=59) => "mid-life",
        _ => "later career",
    }
}
/// "by city bus", "by S-Bahn", "on foot".
pub(super) fn commute_phrase(commute: &str) -> String {
    let l = commute.to_lowercase();
    if l.contains("walk") || l.contains("foot") {
        "on foot".into()
    } else {
        format!("by {commute}")
    }
}

fn category_phrase(cat: &str) -> &str {
    match cat {
        "coffee" => "coffee",
        "fashion" => "clothes",
        "grocery" => "groceries",
        "phone" => "phones",
        "beauty" => "skincare and make-up",
        other => other,
    }
}
