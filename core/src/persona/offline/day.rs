//! The day in the life: a handful of moments in time order, each chosen from what
//! this persona is: an opening (not always waking up, not always a drink), the work,
//! school or retired day, what the group's facets and the persona's own interest
//! make of the day, an evening, and the year's and week's local touches. Each moment
//! offers many shapes and the writer takes the one the group has used least.

use super::facts::{PersonaFacts, Profile, Stage};
use super::household::Kids;
use super::lived::{children_ok, fill, Facet};
use super::media::Everyday;
use super::occupations::WorkMode;
use super::variety::Writer;
use super::work::StudyKind;
use super::writing::{commute_phrase, neighbourhood};
use crate::locale::Tagged;
use crate::persona::rng::Rng;
use crate::persona::text::article;

pub(super) fn day_in_the_life(w: &mut Writer<'_>, f: &PersonaFacts, who: &Profile<'_>) -> String {
    let mut moments: Vec<Vec<String>> = Vec::new();
    let wake = wake_time(&mut w.rng, f.stage);
    let opening = opening(w, f, who, &wake);
    let busy = f.lived.stated.len() >= 3;
    if !busy || f.lived.caffeine {
        moments.push(opening);
    }
    moments.push(daytime(w, f));
    // The group's facets each show in the day; then what the persona's own facts
    // and interest add.
    for facet in &f.lived.stated {
        moments.push(facet_lines(w, f, who, facet));
    }
    if let Some(p) = &f.lived.personal {
        moments.push(facet_lines(w, f, who, p));
    }
    if let Some(own) = f.lived.own.first() {
        if f.lived.stated.len() < 2 && w.rng.unit() < 0.7 {
            moments.push(facet_lines(w, f, who, own));
        }
    }
    if !busy && w.rng.unit() < 0.75 {
        moments.push(evening(f, w.pr.they, w.pr.their));
    }
    let tp = &f.pack.touchpoints;
    // One caffeine habit at most: a persona whose day already has one gets no coffee
    // ritual on top.
    let caffeine_done = f.lived.caffeine || f.lived.has("milk_tea");
    let fits = |t: &&Tagged| who.fits(t) && !(caffeine_done && is_caffeine(&t.text));
    let events: Vec<&Tagged> = tp.events.iter().filter(fits).collect();
    let rituals: Vec<&Tagged> = tp.rituals.iter().filter(fits).collect();
    let habits: Vec<&Tagged> = tp.habits.iter().filter(fits).collect();
    let (she, pos) = (w.pr.they, w.pr.their);
    let mut highlight = Vec::new();
    for e in w.rng.sample(&events, 2) {
        highlight.push(format!("a highlight of {pos} year: {}.", e.text));
        highlight.push(format!("{she} always looks forward to {}.", e.text));
        highlight.push(format!("the calendar is planned around {}.", e.text));
        highlight.push(format!("{pos} calendar always has room for {}.", e.text));
    }
    for r in w.rng.sample(&rituals, 2) {
        highlight.push(format!("{she} rarely misses {}.", r.text));
        highlight.push(format!("{she} always makes time for {}.", r.text));
        highlight.push(format!("weekends often include {}.", r.text));
        highlight.push(format!("a good month has {} in it somewhere.", r.text));
    }
    if !highlight.is_empty() && w.rng.unit() < 0.8 {
        moments.push(highlight);
    }
    let routine: Vec<String> = w
        .rng
        .sample(&habits, 2)
        .into_iter()
        .flat_map(|h| {
            [
                format!("{} is part of {pos} routine.", h.text),
                format!("{pos} week usually includes {}.", h.text),
                format!("there is always {} to fit in somewhere.", h.text),
            ]
        })
        .collect();
    if !routine.is_empty() && w.rng.unit() < 0.5 {
        moments.push(routine);
    }
    w.paragraph(moments)
}

/// Whether a pack phrase is a coffee or tea habit.
fn is_caffeine(text: &str) -> bool {
    let l = text.to_lowercase();
    [
        "coffee",
        "café",
        "cafe",
        "kopi",
        "flat white",
        "espresso",
        "latte",
        "teh ",
        "chai",
        "tea ",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// The bank's day lines for a facet, filled with local names.
pub(super) fn facet_lines(
    w: &mut Writer<'_>,
    f: &PersonaFacts,
    who: &Profile<'_>,
    facet: &Facet,
) -> Vec<String> {
    let lines: Vec<_> = facet
        .bank
        .day
        .iter()
        .filter(|l| who.fits_when(&l.when) && children_ok(l.text, f))
        .collect();
    let mut out = Vec::new();
    for l in lines {
        let text = fill(&mut w.rng, l, facet, f, who, w.pr);
        out.push(text);
    }
    out
}

/// How the day opens: waking, the first drink (for those who have the habit), the
/// children, the news, the commute, or a slow start.
fn opening(w: &mut Writer<'_>, f: &PersonaFacts, who: &Profile<'_>, wake: &str) -> Vec<String> {
    let name = &f.given_name;
    let (she, pos) = (w.pr.they, w.pr.their);
    let Everyday {
        messaging,
        news,
        socials,
        coffee,
        commute,
        ..
    } = &f.everyday;
    let snacks: Vec<&Tagged> = f.pack.foods.snacks.iter().filter(|t| who.fits(t)).collect();
    let drinks: Vec<&Tagged> = f.pack.foods.drinks.iter().filter(|t| who.fits(t)).collect();
    let snack = w.rng.pick(&snacks).map(|t| t.text.clone());
    let drink = w.rng.pick(&drinks).map(|t| t.text.clone());
    let feed = &socials[0];
    let mut v = Vec::new();
    if f.age < 16 {
        v.push(format!(
            "{name} is up by {wake} and out of the door after a quick breakfast."
        ));
        v.push(format!(
            "{name}'s alarm goes off at {wake}, and breakfast is eaten standing up."
        ));
        v.push("school mornings are a rush, with a parent calling from the kitchen.".to_owned());
        v.push(format!(
            "{she} checks {messaging} for the class group before getting dressed."
        ));
        return v;
    }
    let coffee_facet = f.lived.has("coffee");
    // A milk-tea drinker's one caffeine habit is the milk tea, not a morning coffee.
    if f.lived.caffeine && !coffee_facet && !f.lived.has("milk_tea") && !coffee.is_empty() {
        v.push(format!(
            "{name} is up by {wake} and starts the day with {coffee}."
        ));
        v.push(format!(
            "the day does not really begin until {she} has had {coffee}."
        ));
        if super::writing::leads_a_sentence(coffee) {
            v.push(format!("{coffee} comes first, before messages or news."));
        } else {
            v.push(format!("before messages or news, {she} has {coffee}."));
        }
        return v;
    }
    v.push(format!(
        "{name} is up by {wake}, reading {messaging} before getting out of bed."
    ));
    v.push(format!(
        "{name}'s alarm goes off at {wake}; {she} is out of bed on the second snooze."
    ));
    if !news.is_empty() {
        v.push(format!("mornings start with the headlines on {news}."));
    }
    if let Some(s) = &snack {
        v.push(format!("breakfast is usually {s}, eaten on the way out."));
        v.push(format!(
            "{name} rarely sits down for breakfast; {s} from a stall nearby does the job."
        ));
    }
    if let Some(d) = &drink {
        v.push(format!(
            "{name} likes a slow start: {d} and ten minutes of {feed} before anything else."
        ));
    }
    if f.household.kids_at_home() {
        v.push(
            "the first hour of the day belongs to the kids: breakfast, uniforms, lost shoes."
                .to_owned(),
        );
        if f.household.kids == Kids::Young {
            v.push(format!(
                "{pos} mornings start whenever the little one wakes up, usually before six."
            ));
        }
    }
    match f.stage {
        Stage::Retired => {
            v.push(format!(
                "{she} wakes without an alarm these days, usually around {wake}."
            ));
            v.push(format!(
                "early mornings are the quietest part of {pos} day, and {she} likes them that way."
            ));
        }
        Stage::Working if f.commutes => {
            v.push(format!(
                "on weekdays {she} is already {} before most of the street is up.",
                commute_phrase_on(commute)
            ));
        }
        _ => {}
    }
    if f.age < 30 {
        v.push(format!("{name} sets two alarms and still hits snooze."));
    }
    v
}

fn commute_phrase_on(commute: &str) -> String {
    let p = commute_phrase(commute);
    match p.strip_prefix("by ") {
        // "by a ride-hailing app": the car it books, not "on the a ride-hailing app".
        Some(rest) if rest.starts_with("a ") || rest.starts_with("an ") => {
            format!("in a car booked through {rest}")
        }
        Some(rest) => format!("on the {rest}"),
        None => "out walking".into(),
    }
}

/// Work, school or the retired day.
fn daytime(w: &mut Writer<'_>, f: &PersonaFacts) -> Vec<String> {
    let pr = w.pr;
    let (she, pos) = (pr.they, pr.their);
    let job = &f.job;
    let occ = &job.mid;
    let a_occ = article(occ);
    let where_ = neighbourhood(f);
    let Everyday {
        messaging,
        commute,
        meal,
        ..
    } = &f.everyday;
    let lunch = if meal.is_empty() {
        "a packed lunch".to_owned()
    } else {
        meal.clone()
    };
    let home = &f.household;
    let l = job.mid.to_lowercase();
    if ["stay-at-home", "homemaker", "housewife", "househusband"]
        .iter()
        .any(|w| l.contains(w))
    {
        return vec![
            format!("the house runs on {pos} timetable: the market, cooking, the bills and the school runs."),
            format!("most of {pos} day is the household: errands around {where_}, then cooking {lunch} for everyone."),
            format!("days are busy at home, with the shopping done early and {lunch} on the table by noon."),
        ];
    }
    if job.display.starts_with("Looking for work") {
        return vec![
            format!("weekday mornings go to job boards and applications, with {lunch} at home."),
            format!("{she} spends the day tailoring applications and chasing referrals on {messaging}."),
            format!("interviews are few and far between, so {she} fills the gaps with short courses online."),
        ];
    }
    match (f.stage, job.study.map(|s| s.1), job.mode) {
        (Stage::Student, Some(StudyKind::Secondary), _) => vec![
            format!("{she} gets to school {} and has {lunch} at the canteen or from home.", commute_phrase(commute)),
            format!("lessons fill most of the day, and homework gets done over chats on {messaging}."),
            format!("after the last bell there is homework, and sometimes tutoring until dinner."),
        ],
        (Stage::Student, Some(StudyKind::PreUniversity | StudyKind::PostDegree), _) => vec![
            format!("most of the day goes into exam preparation, with {lunch} eaten over revision notes."),
            format!("{she} spends long days studying for the exams, with breaks for {lunch}."),
            format!("mock exams and past papers set the rhythm of {pos} weeks."),
        ],
        (Stage::Student, Some(StudyKind::Apprentice), _) => vec![
            format!("{she} splits the week between the workplace and classes, travelling {}.", commute_phrase(commute)),
            format!("training days start early and end with {lunch} on the way home."),
        ],
        (Stage::Student, Some(StudyKind::Service), _) => vec![
            format!("service keeps {} busy on weekdays, with home and friends at the weekend.", pr.them),
            format!("weekdays follow the service timetable; weekends are for sleep and friends."),
        ],
        (Stage::Student, _, _) => vec![
            format!("{she} gets to class {} and studies between lectures.", commute_phrase(commute)),
            format!("classes fill most of the day, with {lunch} for lunch and group projects coordinated on {messaging}."),
            format!("between lectures {she} camps in the library or the nearest place with good wi-fi."),
            format!("group projects eat most afternoons, and deadlines cluster at the end of every term."),
        ],
        (Stage::Retired, _, _) => {
            let company = if home.family && !home.alone { "family" } else { "friends" };
            vec![
                format!("mornings are unhurried: errands around {where_}, then time with {company}."),
                format!("{she} spends late mornings at the market and catching up with neighbours."),
                format!("retirement means slow breakfasts and a walk around {where_} before the heat or the rain."),
                format!("the days have their own rhythm now: errands, a long lunch of {lunch}, then calls with {company}."),
                format!("a check-up at the clinic or a trip to the bank is often the main appointment of the day."),
            ]
        }
        (_, _, WorkMode::Remote) => vec![
            format!("{she} works from home as {a_occ} {occ}, with the first calls before nine."),
            format!("most days are spent working from home, with {lunch} between calls."),
            format!("the kitchen table doubles as {pos} office, and the working day ends when the laptop closes."),
        ],
        (_, _, WorkMode::Field) => vec![
            format!("work as {a_occ} {occ} starts at first light and follows the weather."),
            format!("{she} is out working early whatever the weather, with a packed lunch at midday."),
            format!("the season decides how long {pos} days are; at harvest they run from dawn to dusk."),
        ],
        (_, _, WorkMode::Shop) => vec![
            format!("{she} opens up early and works as {a_occ} {occ} until the evening rush is over."),
            format!("the day as {a_occ} {occ} means long hours on {pos} feet around {where_}."),
            format!("regulars drop by all day, and {she} knows most of them by name."),
        ],
        (_, _, WorkMode::Driving) => vec![
            format!("most of the day is spent on the road as {a_occ} {occ}, with {lunch} grabbed between trips."),
            format!("work as {a_occ} {occ} means long hours around {where_}, chasing the busy times."),
            format!("{she} plans the day around rush hour and the parts of town where the fares are."),
        ],
        _ => vec![
            format!("{she} commutes {} to work in {where_}, where the day as {a_occ} {occ} often runs past six.", commute_phrase(commute)),
            format!("work as {a_occ} {occ} keeps {} busy until evening; lunch is usually {lunch} in {where_}.", pr.them),
            format!("as {a_occ} {occ}, {she} spends most of the day in {where_}, with {lunch} at a desk or on the go."),
            format!("the working day as {a_occ} {occ} is meetings in the morning and the real work after lunch."),
        ],
    }
}

/// The evening, by who the persona is.
fn evening(f: &PersonaFacts, she: &str, pos: &str) -> Vec<String> {
    let Everyday {
        socials,
        streaming,
        meal,
        ..
    } = &f.everyday;
    // "Facebook Watch and a last look at Facebook" names one brand twice: the feed
    // paired with the streaming service is a different platform, or it is left out.
    let apart = |s: &&String| !streaming.contains(s.as_str()) && !s.contains(streaming.as_str());
    let feed = socials.iter().find(apart).unwrap_or(&socials[0]);
    let paired = apart(&feed);
    let mut v = Vec::new();
    if paired {
        v.push(format!("evenings are for {streaming} or scrolling {feed}."));
    }
    v.push(format!(
        "after dinner {she} catches up on {streaming} before bed."
    ));
    if paired {
        v.push(format!(
            "{she} winds down with {streaming} and a last look at {feed}."
        ));
    }
    v.extend([
        format!("by nine {she} is on the sofa with whatever {streaming} suggests."),
        format!("{she} tries to keep the phone away after ten, with mixed success."),
        format!("late nights are for {feed}, more than {she} would admit."),
    ]);
    if !meal.is_empty() {
        v.push(format!(
            "weeknight dinners are simple, often {meal}, and the dishes wait until morning."
        ));
        v.push(format!(
            "dinner is usually {meal} at home, with the television on in the background."
        ));
    }
    if f.household.kids_at_home() {
        v.push("evenings mean homework help, dinner and bedtime, in that order.".to_owned());
        v.push(format!(
            "once the children are asleep, the evening is finally {pos} own."
        ));
    } else if f.stage == Stage::Retired {
        v.push(
            "evenings are quiet: the news, a phone call with family, and an early night."
                .to_owned(),
        );
    } else if f.household.alone {
        v.push(format!(
            "living alone, {she} cooks once and eats the same thing for three nights."
        ));
    }
    v
}

pub(super) fn wake_time(r: &mut Rng, stage: Stage) -> String {
    let (h0, h1) = match stage {
        Stage::Student => (6, 7),
        Stage::Working => (5, 6),
        Stage::Retired => (6, 7),
    };
    let h = r.range(h0, h1);
    let m = r.range(0, 11) * 5;
    format!("{h}:{m:02}")
}
