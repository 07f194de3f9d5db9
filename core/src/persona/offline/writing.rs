//! The prose, written from finished facts: bio, values, pains and triggers, media
//! lines, brand attitudes, day in the life, shopping, digital life, aspiration and
//! quote. Nothing here decides a fact; every line reads the [`PersonaFacts`] and
//! avoids what earlier personas of the group wrote (through the [`Writer`]).

use std::collections::HashSet;

use super::banks::Bank;
use super::day::day_in_the_life;
use super::facts::{PersonaFacts, Profile, Stage};
use super::lived::{children_ok, fill, shows, Facet};
use super::media::{brand, is_brand, is_professional, screen_hours, Everyday};
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
    names.extend(
        full_name
            .split_whitespace()
            .filter(|w| w.len() > 2)
            .map(str::to_owned),
    );
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
    let own: Vec<Facet> = f
        .lived
        .personal
        .iter()
        .chain(f.lived.own.first())
        .copied()
        .collect();

    // Every section draws from the one narrative stream: their order is part of the
    // output, and reordering them changes every persona.
    let mut values = w.lines(
        archetype.values,
        &who,
        if stated.is_empty() { 3 } else { 2 },
    );
    values.extend(facet_items(&mut w, &f, &who, &stated, |b| b.motives, 1, 2));
    let mut pains = pains(&mut w, &f, &who, &stated, &own);
    let mut triggers = w.lines(
        archetype.triggers,
        &who,
        if stated.is_empty() { 3 } else { 2 },
    );
    triggers.extend(facet_items(&mut w, &f, &who, &stated, |b| b.triggers, 1, 3));
    if stated.is_empty() {
        triggers.extend(facet_items(&mut w, &f, &who, &own, |b| b.triggers, 1, 1));
    }
    let mut brand_attitudes = brand_attitudes(&mut w, &f, archetype, &who, &stated, &own);
    let mut media = media_lines(&mut w, &f, &who, &stated, &own);
    // Each stated facet shows in a list as well as in the day: where the lists above
    // ran out of its lines (or had no room), one more item, from whichever list still
    // has a fresh one, starting from a different list for each persona.
    for (k, facet) in stated.iter().enumerate() {
        let shown = [&brand_attitudes, &media, &pains, &triggers]
            .iter()
            .any(|items| items.iter().any(|t| shows(facet, p, t)));
        if shown {
            continue;
        }
        for step in 0..4 {
            let which = (j as usize + k + step) % 4;
            let pick: fn(&Bank) -> &'static [Line] = match which {
                0 => |b| b.views,
                1 => |b| b.media,
                2 => |b| b.triggers,
                _ => |b| b.pains,
            };
            if let Some(item) = facet_items(&mut w, &f, &who, &[*facet], pick, 1, 1).pop() {
                match which {
                    0 => brand_attitudes.push(cap_first(&item)),
                    1 if cap_first(&item).starts_with(char::is_lowercase) => continue,
                    1 => media.push(cap_first(&item)),
                    2 => triggers.push(item),
                    _ => pains.push(item),
                }
                break;
            }
        }
    }
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
            locale_pack: if p.derived {
                Some("derived".into())
            } else if p.country_code == crate::locale::FALLBACK {
                Some("fallback".into())
            } else {
                None
            },
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
            .filter(|l| who.fits_when(&l.when) && children_ok(l.text, f))
            .collect();
        let mut filled: Vec<String> = fitting
            .iter()
            .map(|l| fill(&mut w.rng, l, facet, f, who, w.pr))
            .collect();
        // Lines that name the facet's own things read as the facet; the others only
        // when nothing else is left.
        if filled.iter().any(|t| shows(facet, f.pack, t)) {
            filled.retain(|t| shows(facet, f.pack, t));
        }
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
        let pick = stated[k..]
            .iter()
            .chain(&stated[..k])
            .copied()
            .collect::<Vec<_>>();
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
        for l in facet
            .bank
            .quotes
            .iter()
            .filter(|l| who.fits_when(&l.when) && children_ok(l.text, f))
        {
            pool.push(fill(&mut w.rng, l, facet, f, who, w.pr));
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
    // A local hassle most of the time, else the place or the commute; never one an
    // earlier persona of the group already has.
    let mut local: Vec<String> = Vec::new();
    if w.rng.unit() < 0.7 {
        local.extend(hassles.iter().map(|h| cap_first(&h.text)));
    }
    for l in [
        format!("Crowds and traffic around {where_} at rush hour"),
        format!("Queues everywhere in {where_}, from the bank to the clinic"),
        format!("Prices around {where_} creeping up every few months"),
        format!("Noise and construction near home in {where_}"),
        format!("Never enough parking or space in {where_}"),
        format!("Flooded or broken roads after heavy rain in {city}"),
        format!("Slow, patchy internet at home in {where_}"),
        format!("Petty theft and scams doing the rounds in {city}"),
        format!("Long waits for anything official in {city}"),
    ] {
        local.push(l);
    }
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
    let local_pain = w.some(local, 1).pop().unwrap_or_default();
    if !local_pain.is_empty() {
        pains.push(local_pain);
    }
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
    // Each service with what this persona uses it for, in a wording no earlier
    // persona of the group has (the platforms repeat; the uses need not).
    let feed = &socials[0];
    let content = lower_first(&content);
    let mut media: Vec<String> = w.some(
        vec![
            format!("{feed} — daily, mostly {content}"),
            format!("{feed} — {content}, several times a day"),
            format!("{feed} — the first app of the morning, for {content}"),
            format!("{feed} — {content} in every spare minute"),
            format!("{feed} — an hour or more a day of {content}"),
        ],
        1,
    );
    let mut seen_platforms = vec![feed.clone()];
    let mut add_media = |w: &mut Writer<'_>, name: &str, uses: Vec<String>| {
        if !seen_platforms.iter().any(|s| s == name) {
            seen_platforms.push(name.to_owned());
            let lines = uses.iter().map(|u| format!("{name} — {u}")).collect();
            media.extend(w.some(lines, 1));
        }
    };
    let watch: Vec<String> = (0..4).map(|_| watching(&mut w.rng, f)).collect();
    add_media(w, streaming, watch);
    if let Some(s) = socials.get(1) {
        add_media(
            w,
            s,
            secondary_uses(s).iter().map(|u| (*u).to_owned()).collect(),
        );
    }
    if !news.is_empty() && age >= 16 {
        let mut uses: Vec<&str> = vec![
            "headlines on the go",
            "breaking-news alerts, rarely more",
            "the business pages and the economy",
            "local news and traffic before leaving home",
            "the sports section first, then the front page",
            "live coverage when something big happens",
            "a quick scan of the headlines at lunch",
            "the weekend long reads",
            "politics, mostly to argue about it later",
            "weather and prices, the practical stuff",
        ];
        if stage == Stage::Retired {
            uses.extend([
                "morning headlines",
                "the evening bulletin, every day",
                "the obituaries and community notices",
            ]);
        }
        add_media(w, news, uses.into_iter().map(str::to_owned).collect());
    }
    let mut extra = facet_items(w, f, who, stated, |b| b.media, 1, 3);
    if extra.len() < 2 {
        extra.extend(facet_items(
            w,
            f,
            who,
            &own[..own.len().min(1)],
            |b| b.media,
            1,
            1,
        ));
    }
    for line in extra {
        let line = cap_first(&line);
        // A name styled in lower case ("taste.com.au") cannot open a list item.
        if line.starts_with(char::is_lowercase) {
            continue;
        }
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
    let trait_at = |i: usize| {
        traits
            .get(i)
            .or(traits.first())
            .map_or_else(|| "easygoing".to_owned(), |t| lower_first(t))
    };
    let (t0, t1, t2) = (trait_at(0), trait_at(1), trait_at(2));
    let v0 = values
        .first()
        .map_or_else(|| "the people close to them".to_owned(), |v| lower_first(v));
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
        who_line.push(format!(
            "{full_name} ({age}) works as {a_occ} {occ} in {place_phrase}."
        ));
    }
    let circle = match f.stage {
        Stage::Student => "classmates",
        Stage::Retired => "neighbours",
        Stage::Working => "colleagues",
    };
    let status = status_lines(f, pr);
    w.paragraph(vec![
        who_line,
        status,
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

/// Every frame with every tail: sentences whose varying part is ordinary words, so
/// that two personas with the same shop or app still read differently.
fn combos(frames: &[String], tails: &[&str]) -> Vec<String> {
    frames
        .iter()
        .flat_map(|fr| tails.iter().map(move |t| fr.replace("{tail}", t)))
        .collect()
}

/// A bio sentence for the group's stated life stage, the part of the person the
/// structured fields cannot say (newly married, the children gone, looking for
/// work); empty when the group states none.
fn status_lines(f: &PersonaFacts, pr: crate::persona::text::Pronouns) -> Vec<String> {
    let (she, pos) = (pr.they, pr.their);
    let name = &f.given_name;
    let city = &f.city;
    let prior = f.job.mid.trim_start_matches("retired ").to_owned();
    let mut v = Vec::new();
    for facet in &f.lived.stated {
        let lines: Vec<String> = match facet.value {
            "empty_nester" => vec![
                format!("the children have grown up and moved out, and {name} is still getting used to the quiet house."),
                format!("with the kids grown and gone, {she} finally has evenings to {}self.", if pr.they == "she" { "her" } else { "him" }),
                format!("since the youngest moved out, the spare rooms in {name}'s home have slowly filled with hobbies."),
                format!("an empty nest has turned weekly family dinners into phone calls, which {she} misses more than expected."),
            ],
            "newlywed" => vec![
                format!("{name} got married last year and is still learning to run a household for two."),
                format!("newly married, {she} is merging two sets of habits, furniture and budgets."),
                format!("the wedding photos are barely framed, and {name} and {pos} spouse are still arguing happily over whose plates to keep."),
                format!("married only months ago, {name} now plans every big purchase with someone else."),
            ],
            "first_home_buyer" => vec![
                format!("{name} is saving for a first home and knows the deposit figure by heart."),
                format!("buying a first home in or near {city} is the project of the moment."),
                format!("weekends for {name} mean open houses, mortgage calculators and a savings account that grows too slowly."),
                format!("every spare bit of the salary goes into the deposit fund, and {name} checks the balance more often than {she} would admit."),
            ],
            "renter" => vec![
                format!("{name} rents, and every lease renewal brings a new rent increase."),
                format!("like many in {city}, {she} rents and has moved twice in five years."),
                format!("the landlord's name is saved in {name}'s phone next to the plumber's, and both are called too often."),
            ],
            "fresh_graduate" => vec![
                format!("{name} graduated recently, and this is {pos} first real job."),
                format!("fresh out of university, {she} is still getting used to a first salary."),
                format!("the graduation photo is still {name}'s profile picture, and the first payslips still feel unreal."),
            ],
            "job_seeker" => vec![
                format!("{name} is between jobs and spends the mornings on job applications."),
                format!("since being laid off, {she} has been looking for work in {city}."),
                format!("job boards, interviews and waiting for callbacks fill most of {name}'s weeks right now."),
            ],
            "caregiver" => vec![
                format!("{name} is also a carer, looking after a family member at home."),
                format!("caring for a relative at home shapes most of {pos} week."),
                format!("caring for a family member at home means appointments, medicines and meals all run through {name}'s calendar."),
            ],
            "expat" => vec![
                format!("{name} moved to {city} from abroad a few years ago for work."),
                format!("originally from overseas, {she} relocated to {city} and is still learning its rhythms."),
                format!("{name} came to {city} from abroad, and the family group chat still runs on another country's clock."),
            ],
            "overseas_worker" => vec![
                format!("{name} works abroad on contract and sends money home every month."),
                format!("most of {pos} income comes from a contract abroad, and remittances keep the family going."),
            ],
            "migrant_worker" => vec![
                format!("{name} moved from {pos} hometown for work and sends part of every pay packet home."),
                format!("like many migrant workers in {city}, {she} sends money home to family."),
            ],
            "retired" if f.job.mid.starts_with("retired ") => vec![
                format!("{name} retired after a career as {} {prior}.", article(&prior)),
                format!("after years as {} {prior}, {she} now lives on a pension.", article(&prior)),
                format!("{pos} working life was spent as {} {prior}; retirement is still new enough to feel like a long holiday.", article(&prior)),
                format!("old habits from {pos} years as {} {prior} linger, though {name} has been retired for some time now.", article(&prior)),
                format!("a pension now replaces the pay {name} once earned as {} {prior}.", article(&prior)),
            ],
            "retired" => vec![
                format!("{name} has been retired for a few years and lives on a pension."),
                format!("retirement came a few years ago, and the pension covers the basics."),
                format!("{name} stopped working a while ago and now plans {pos} weeks around family, friends and the pension date."),
                format!("the pension is modest, but {name} likes how retirement has given back the mornings."),
            ],
            _ => continue,
        };
        v.extend(lines);
        break;
    }
    v
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
    let (she, pos) = (pr.they, pr.their);
    let eco0 = main_shop(f);
    let eco1 = ecommerce
        .get(1)
        .cloned()
        .unwrap_or_else(|| "physical stores".into());
    let shopping = if age < 16 {
        combos(
            &[
                format!("{she} browses {eco0} and {eco1} for {{tail}}, and a parent pays for anything big."),
                format!("{she} saves up for {{tail}} spotted on {eco0}, then asks a parent to check out."),
                if leads_a_sentence(&eco0) {
                    format!("{eco0} is where {she} finds {{tail}}; paying is a parent's job.")
                } else {
                    format!("on {eco0}, {she} finds {{tail}}; paying is a parent's job.")
                },
            ],
            &["ideas", "school supplies", "sneakers", "phone cases", "stationery", "snacks", "game credits", "clothes"],
        )
    } else if age < 18 {
        combos(
            &[
                format!("{she} browses {eco0} for {{tail}} and pays with pocket money or {payment}."),
                format!("{she} saves up for {{tail}} spotted on {eco0}, then asks a parent to check out."),
                format!("wishlists on {eco0} fill up with {{tail}} long before the money does."),
            ],
            &["clothes", "earphones", "school supplies", "sneakers", "game credits", "skincare", "phone accessories", "concert merch"],
        )
    } else {
        let mut v = combos(
            &[
                format!("{she} compares prices on {eco0} and {eco1} for {{tail}} before checking out, and pays with {payment}."),
                format!("{she} buys {{tail}} on {eco0}, pays with {payment}, and checks {eco1} when a deal looks too good."),
                if leads_a_sentence(&eco0) {
                    format!("{eco0} gets most of {pos} orders for {{tail}}; {payment} covers the bill, and {eco1} is for comparing.")
                } else {
                    format!("most of {pos} orders for {{tail}} go to {eco0}; {payment} covers the bill, and {eco1} is for comparing.")
                },
                format!("{she} fills a cart on {eco0} with {{tail}} and waits a few days before paying with {payment}."),
            ],
            &["household things", "clothes", "gadgets", "gifts", "home supplies", "personal care", "kitchen things", "small luxuries"],
        );
        v.push(format!("big purchases get researched for weeks; small ones go straight through {eco0}, paid with {payment}."));
        v
    };
    let when = [
        "on Saturday mornings",
        "after payday",
        "on the way home",
        "twice a week",
        "when the promos drop",
        "on Sunday evenings",
        "in one big trip a month",
        "a little at a time",
    ];
    let groceries = match stage {
        _ if age < 18 || home.with_parents => combos(
            &[
                format!("snacks and small things come from {grocery} {{tail}}."),
                format!("{she} picks up snacks at {grocery} {{tail}} and leaves the big shop to the family."),
                format!("the family does the big shop; {she} only drops by {grocery} {{tail}}."),
            ],
            &["after school", "on weekends", "with friends", "on the way home", "when there is money left", "for drinks and chips"],
        ),
        Stage::Retired => {
            let mut v = combos(
                &[
                    format!("groceries come from {grocery}, {{tail}}."),
                    format!("{she} keeps a running list for {grocery} and shops {{tail}}."),
                ],
                &["mostly on quiet weekday mornings", "before the crowds", "with a neighbour for company", "when the pension arrives", "twice a week"],
            );
            v.push(format!("the weekly shop at {grocery} is planned around the senior discounts and the pension date."));
            v
        }
        Stage::Student => combos(
            &[
                format!("groceries come from {grocery}, bought {{tail}} to stretch the allowance."),
                format!("small treats are where {she} splurges; the rest comes from {grocery} {{tail}}."),
            ],
            &["a little at a time", "with flatmates", "at closing-time discounts", "on the way back from class", "once a week"],
        ),
        Stage::Working => {
            let mut v = combos(
                &[
                    format!("groceries come from {grocery}, {{tail}}."),
                    format!("{she} keeps a running list for {grocery} and shops {{tail}}."),
                    format!("the big shop happens at {grocery} {{tail}}, with top-ups during the week."),
                ],
                &when,
            );
            v.push(format!("{she} knows the prices at {grocery} by heart and notices every increase."));
            v.push(format!("small treats are where {she} splurges; big purchases wait for a sale."));
            v
        }
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
    let feed = &socials[0];
    let mut doing = vec![
        "videos",
        "news",
        "memes",
        "recipes",
        "shopping",
        "music",
        "sports clips",
        "chats",
    ];
    match stage {
        Stage::Working => doing.extend(["work email", "the bank app"]),
        Stage::Student => doing.extend(["lecture notes", "games"]),
        Stage::Retired => doing.extend(["family photos", "the weather"]),
    }
    let mut what: Vec<String> = Vec::new();
    for a in &doing {
        for b in &doing {
            if a < b {
                what.push(format!("{a} and {b}"));
            }
        }
    }
    let what: Vec<&str> = what.iter().map(String::as_str).collect();
    let screen = combos(
        &[
            format!(
                "{she} spends about {hours} a day on {pos} phone, mostly on {feed} for {{tail}}."
            ),
            format!("screen time comes to about {hours} a day: {feed}, {{tail}}."),
            format!("{feed} is the app {she} opens first and closes last, for {{tail}}."),
            format!(
                "{she} has tried to cut down from {hours} a day of {{tail}}, without much luck."
            ),
        ],
        &what,
    );
    let circles: &[&str] = match stage {
        Stage::Working => &[
            "family and work",
            "family",
            "office",
            "old school friends'",
            "neighbourhood",
            "extended family",
        ],
        Stage::Student => &[
            "family and class",
            "class",
            "friends'",
            "family",
            "club",
            "project",
        ],
        Stage::Retired => &[
            "family",
            "neighbourhood",
            "old colleagues'",
            "grandchildren's",
            "church and community",
            "old classmates'",
        ],
    };
    let chats = combos(
        &[
            format!("the {{tail}} chats run on {messaging}."),
            format!("{messaging} holds the {{tail}} group chats, and most of the plans."),
            format!("the {{tail}} group on {messaging} is busy from breakfast to midnight."),
        ],
        circles,
    );
    let often = match income {
        IncomeLevel::Low => "now and then",
        IncomeLevel::Middle => "a few times a month",
        IncomeLevel::High => "several times a week",
    };
    let mut digital_slots = vec![screen, chats];
    match (&ride, &delivery) {
        _ if age < 16 => {}
        (Some(rd), Some(fd)) => digital_slots.push(vec![
            format!("rides go through {rd}, and food orders through {fd}, {often}."),
            format!("{she} books rides on {rd} and orders food on {fd} {often}."),
            format!("{fd} gets a late-night order {often}; {rd} is for when the weather turns."),
            format!("{rd} and {fd} both sit on the home screen, used {often}."),
            format!("when {she} is running late, {rd} gets the booking; dinner from {fd} happens {often}."),
        ]),
        (Some(rd), None) => digital_slots.push(vec![
            format!("{she} books rides on {rd} {often}."),
            format!("{rd} is the backup plan when the usual route fails, {often}."),
        ]),
        (None, Some(fd)) => digital_slots.push(vec![
            format!("{she} orders food on {fd} {often}."),
            format!("dinner comes from {fd} {often}, usually when nobody feels like cooking."),
        ]),
        (None, None) => digital_slots.push(vec![
            format!("{she} shops online at least once a week."),
            format!("most errands that can happen online, do."),
        ]),
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
        // Teenagers' brands are their family's everyday ones, never the luxury tier.
        let level = if who.age < 18 && who.income == IncomeLevel::High {
            IncomeLevel::Middle
        } else {
            who.income
        };
        let b = brand(&mut w.rng, pack, cat, level, true);
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
                cap_first(
                    &w.pr
                        .fill(l.text)
                        .replace("{brand}", &b)
                        .replace("{what}", category_phrase(cat)),
                ) == text
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
        let treat = if who.gender == Gender::Female {
            "beauty"
        } else {
            "fashion"
        };
        if let Some(t) = pack
            .brands
            .get(treat)
            .or_else(|| pack.brands.get("fashion"))
        {
            let tier = if who.income == IncomeLevel::High {
                &t.premium
            } else {
                &t.mid
            };
            let names: Vec<&String> = tier.iter().filter(|b| is_brand(b)).collect();
            if let Some(b) = w.rng.pick(&names).map(|b| (*b).clone()) {
                let what = category_phrase(treat);
                let pool = vec![
                    format!("Saves up for {b} as an occasional treat"),
                    format!("Buys {b} once a year, usually around a birthday"),
                    format!("Keeps a wishlist of {b} pieces and waits for the sales"),
                    format!(
                        "Would pay more for {b} {what} than most things, but only when it matters"
                    ),
                    format!("Treats {b} as the splurge that marks a good month"),
                    format!(
                        "Window-shops {b} more often than {} buys from it",
                        w.pr.they
                    ),
                ];
                out.extend(w.some(pool, 1));
            }
        }
    }
    out
}

/// What the persona watches on the streaming service, and when: a genre that fits
/// the age and a time of the week.
fn watching(r: &mut Rng, f: &PersonaFacts) -> String {
    let age = f.age;
    let mut genres: Vec<&str> = vec![
        "crime dramas",
        "cooking shows",
        "documentaries",
        "comedy specials",
        "local films",
        "reality shows",
        "thrillers",
        "romantic comedies",
        "travel shows",
        "true-crime series",
        "sitcom reruns",
        "music videos",
        "football highlights",
        "nature documentaries",
        "historical dramas",
    ];
    if age < 30 {
        genres.extend([
            "anime",
            "K-dramas",
            "gaming streams",
            "sci-fi series",
            "teen dramas",
        ]);
    } else if age >= 55 {
        genres.extend(["old films", "news panels", "game shows", "period dramas"]);
    }
    if f.household.kids_at_home() {
        genres.extend(["cartoons with the kids", "family films on weekends"]);
    }
    let when = [
        "after dinner",
        "on weekends",
        "late at night",
        "on the commute",
        "on Sunday afternoons",
        "in the evenings",
        "while cooking",
        "before bed",
    ];
    let g = r.pick(&genres).copied().unwrap_or("films");
    let t = r.pick(&when).copied().unwrap_or("in the evenings");
    if g.contains(" with ") || g.contains(" on ") {
        g.to_owned()
    } else {
        format!("{g} {t}")
    }
}

/// What a second social platform is used for: a few ways each, so that two people
/// with the same app use it differently.
fn secondary_uses(name: &str) -> &'static [&'static str] {
    let n = name.to_lowercase();
    if is_professional(name) {
        &[
            "for work news and contacts",
            "job posts and industry news",
            "networking, mostly lurking",
        ]
    } else if n == "x" || n.contains("twitter") || n.contains("weibo") || n.contains("threads") {
        &[
            "for news and what everyone is talking about",
            "breaking news and hot takes",
            "following a few journalists and sports accounts",
        ]
    } else if n.contains("youtube") || n.contains("bilibili") {
        &[
            "for how-to videos and music",
            "long video essays on weekends",
            "tutorials whenever something breaks",
            "music playlists while working",
        ]
    } else if n.contains("reddit") || n.contains("zhihu") {
        &[
            "for answers and discussions",
            "niche forums about hobbies",
            "reviews before buying anything",
        ]
    } else if n.contains("pinterest") {
        &[
            "for ideas and inspiration",
            "saving recipes and home ideas",
            "mood boards for the next project",
        ]
    } else if n.contains("band") {
        &[
            "for group and club updates",
            "the school parents' group and club notices",
        ]
    } else if n.contains("sharechat") {
        &[
            "for videos in local languages",
            "devotional songs and local news clips",
        ]
    } else if n.contains("facebook") {
        &[
            "to keep up with family and old classmates",
            "community groups and buy-and-sell pages",
            "relatives' photos and local news pages",
        ]
    } else if n.contains("instagram") {
        &[
            "to keep up with friends",
            "stories from friends and food spots to try",
            "following brands and a few creators",
        ]
    } else if n.contains("tiktok") || n.contains("douyin") {
        &[
            "short videos when bored",
            "recipes, life hacks and trending sounds",
            "scrolling before sleep",
        ]
    } else {
        &[
            "to keep up with friends",
            "group photos and event invites",
            "following friends and a few local pages",
        ]
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

/// Whether a name can open a sentence as spelled: "noon" and "bol.com" cannot (the
/// engine never re-cases a name), "iPhone" and "Shopee" can.
pub(super) fn leads_a_sentence(name: &str) -> bool {
    !name.starts_with(char::is_lowercase) || name.chars().skip(1).any(char::is_uppercase)
}
