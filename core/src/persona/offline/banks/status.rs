//! Parenthood, life-stage and work banks: one for every value of the Parenthood,
//! LifeStage and Work families of `audience::VOCABULARY`. Lines are country-neutral
//! English; local names come only through the `{brand}`, `{place}`, `{app}`, `{media}`
//! and `{team}` slots (parenting, property and retirement data, or the closest interest
//! category), and `{kids}` names the persona's children in the parenthood banks.
//!
//! Status banks must keep the facts straight: retirees neither work nor study, first
//! home buyers rent or live with family, and carers of "an ageing parent" are young
//! enough to have one.

use super::{Bank, Generic};
use crate::persona::archetypes::l;

const PARENTING: Generic = Generic {
    brand: "a trusted baby brand",
    place: "the children's store",
    app: "a parenting app",
    media: "a parenting page",
    team: "the local team",
};

const FAMILY: Generic = Generic {
    brand: "the family's usual brand",
    place: "the neighbourhood pharmacy",
    app: "a shopping app",
    media: "a parenting page",
    team: "the local team",
};

const PROPERTY: Generic = Generic {
    brand: "a home-loan product",
    place: "the bank",
    app: "a property portal",
    media: "a home-buying show",
    team: "the local team",
};

const RETIREMENT: Generic = Generic {
    brand: "the pension fund",
    place: "the community centre",
    app: "the pension agency's app",
    media: "a magazine for older readers",
    team: "the local team",
};

const WORK: Generic = Generic {
    brand: "a reliable work brand",
    place: "the supply shop",
    app: "a work chat app",
    media: "a trade page",
    team: "the local team",
};

pub(in crate::persona) static STATUS_BANKS: &[Bank] = &[
    // ---------------------------------------------------------------- parenthood
    Bank {
        values: &["mother"],
        data: Some("parenting"),
        generic: FAMILY,
        title: None,
        day: &[
            l("{name} is the one who knows where every school form, vaccine card and missing sock is.").kids(),
            l("most evenings end with {name} laying out tomorrow's clothes and checking the family group chat.").kids(),
            l("dinner is planned around what {kids} will actually eat, not what {they} would cook for {themself}.").kids(),
            l("between work and home, {name} squeezes in the grocery run so the fridge is never empty for {kids}.").work().kids(),
            l("the weekly shop is half household basics and half for {kids}.").kids(),
            l("Saturdays belong to {kids}: errands in the morning, something fun in the afternoon.").kids(),
            l("{they} keeps a note on {their} phone of sizes, birthdays and appointments for {kids}.").kids(),
            l("once bedtime is done, the house goes quiet and {name} finally has an hour to {themself}.").kids(),
            l("as a mother, {name} is usually the first one up and the last one to sit down.").kids(),
            l("on payday, {name} sets aside the money for {kids} first and builds the rest of the budget around it.").work().kids(),
            l("a load of laundry goes on every night; with {kids} in the house, it never really stops.").kids(),
            l("evenings are a juggle of cooking, tidying and keeping one ear on {kids}.").kids(),
            l("{their} lunch break is often spent booking a check-up or ordering clothes in the next size up.").work().kids(),
        ],
        views: &[
            l("Switched to {brand} after other mothers recommended it").ages(18, 40),
            l("Ends up at {place} at least once a week, list in hand"),
            l("Checks reviews on {app} before buying anything new for the family"),
            l("Thinks {brand} is worth the higher price for the peace of mind").ages(18, 40),
            l("Has a soft spot for {place} because the staff are patient with children").kids(),
        ],
        media: &[
            l("{media} — on in the background while dinner gets made"),
            l("{app} — late-night orders once the house is asleep"),
            l("{media} — the one screen time nobody argues about"),
            l("{app} — reviews read before any purchase for the children"),
            l("{media} — saved posts on meals, sleep and school"),
        ],
        pains: &[
            l("school costs landing in the same month as the big household bills").kids(),
            l("never having an hour that is truly {their} own"),
            l("being the default parent for every sick day and school call").kids(),
            l("the mental load of remembering everything for everyone"),
            l("children's clothes outgrown within a few months").kids(),
            l("guilt over screen time on the busiest days").kids(),
        ],
        triggers: &[
            l("a bundle deal on household and children's basics"),
            l("another mother's honest recommendation"),
            l("back-to-school sales").kids(),
            l("free delivery on bulky family essentials"),
            l("anything that saves ten minutes on a school morning").kids(),
            l("a sale timed with payday").work(),
        ],
        motives: &[
            l("giving the children a better start than {they} had"),
            l("a household that runs smoothly"),
            l("a little time and space of {their} own"),
            l("raising kind, confident children"),
            l("showing the children what hard work looks like"),
            l("family dinners together, however busy the day"),
        ],
        aspirations: &[
            l("wants to give {their} children the chances {they} never had"),
            l("hopes to take the whole family on a proper trip next year"),
            l("is saving so that the children's schooling is never in doubt"),
            l("wants to get back to something just for {themself} once the children are older"),
            l("hopes to build a small business that fits around the children"),
        ],
        quotes: &[
            l("I haven't finished a hot meal in years."),
            l("If the kids are fine, I'm fine."),
            l("Everyone asks me where things are, like I'm the family's search engine."),
            l("I plan the week on Sunday night or it simply doesn't happen."),
            l("My children come first, then the bills, then me."),
        ],
        markers: &["mother", "mum", "mom", "kids", "children", "son", "daughter", "baby", "school run", "parent"],
    },
    Bank {
        values: &["father"],
        data: Some("parenting"),
        generic: FAMILY,
        title: None,
        day: &[
            l("{name} does the school drop-off on the way to work and calls it the best part of the morning.").work().commute().kids(),
            l("as a father, {name} measures a good week by how many dinners {they} made it home for.").kids(),
            l("weekend mornings are for {kids}: a park, a bike, or a long breakfast with nowhere to be.").kids(),
            l("{they} handles the bills and the repairs, and tries to be home before bedtime.").kids(),
            l("after dinner, {name} takes over the washing-up so the evening routine for {kids} can start.").kids(),
            l("every payday {they} transfers a fixed amount into a savings account for {kids}.").work().kids(),
            l("{name} keeps the car, the bikes and the school bags in working order, mostly on Sunday afternoons.").kids(),
            l("bedtime stories are {their} job, and {they} rarely skips it.").kids(),
            l("the family shopping list lives on {their} phone, and {they} adds to it all week.").kids(),
            l("a long day at work ends with {name} on the floor playing with {kids} before {they} even changes.").work().kids(),
            l("Sunday is set aside for the family, whatever else is going on.").kids(),
            l("{they} plans one small outing with {kids} each month and guards the date.").kids(),
        ],
        views: &[
            l("Lets {their} partner choose the baby brands but swears by {brand} for the price").ages(18, 42).partner(),
            l("Has become an expert on the aisles of {place}"),
            l("Orders the bulky family basics from {app} so the weekend stays free"),
            l("Trusts {brand} because it never caused a problem at home").ages(18, 42),
            l("Knows {place} well enough to find what the family needs in five minutes"),
        ],
        media: &[
            l("{media} — watched together on weekend mornings"),
            l("{app} — reorders of household basics on the train or in a queue"),
            l("{app} — bulk orders of the family's basics"),
            l("{media} — the show the children quote all week"),
            l("{media} — on the screen during Saturday breakfast"),
        ],
        pains: &[
            l("missing the small moments because of long working days").work().kids(),
            l("school and household costs rising faster than {their} pay").work().kids(),
            l("feeling like the backup parent rather than an equal one").kids(),
            l("too little sleep and too many errands"),
            l("family outings that cost a week's budget in one afternoon").kids(),
            l("the car, the school and the household all needing money in the same week"),
        ],
        triggers: &[
            l("a father's-day promotion on something {they} actually wanted"),
            l("a family bundle at a fair price"),
            l("advice from a friend who has children the same age").kids(),
            l("a toy or gadget requested by {kids} for months").kids(),
            l("safety ratings that settle an argument at home"),
            l("a weekend deal on a family day out"),
        ],
        motives: &[
            l("being present, not just providing"),
            l("a safe, steady home for the children"),
            l("teaching the children to fix and build things"),
            l("being a calm presence at home"),
            l("fairness and hard work"),
        ],
        aspirations: &[
            l("wants {their} children to remember {them} as the dad who showed up"),
            l("is saving for a bigger place so the children each get a room"),
            l("hopes to coach the children's team one season"),
            l("wants to put the children through school without debt"),
            l("wants to teach the children to ride, swim and fix things"),
        ],
        quotes: &[
            l("I work hard so my kids don't have to worry about the things I worried about."),
            l("Weekends are family time, full stop."),
            l("Ask me about school shoes — I've become an expert."),
            l("The best part of my day is the front door at seven."),
            l("My kids think I can fix anything. I let them believe it."),
        ],
        markers: &["father", "dad", "kids", "children", "son", "daughter", "baby", "family", "school run", "parent"],
    },
    Bank {
        values: &["parent"],
        data: Some("parenting"),
        generic: FAMILY,
        title: None,
        day: &[
            l("the household calendar on the fridge is covered in {name}'s handwriting: appointments, birthdays, school events.").kids(),
            l("{name} cooks in batches on Sunday so weeknight dinners for {kids} take twenty minutes.").kids(),
            l("school mornings follow a strict order in {name}'s house: wake, wash, breakfast, out.").kids(),
            l("most of {their} free time is spent ferrying {kids} between lessons, friends and errands.").kids(),
            l("ten quiet minutes before the house wakes up are the only time {name} gets to think.").kids(),
            l("{they} checks the family budget every week and trims whatever can wait.").kids(),
            l("weeknights are homework, dinner and an argument about bedtime, in that order.").kids(),
            l("{name} and the other parents take turns with pick-ups, coordinated in a group chat.").kids(),
            l("when one of the children falls ill, {name} is the one rearranging the whole week.").kids(),
            l("a good Sunday for {name} is one spent outdoors with the whole family.").kids(),
            l("the bathroom scale, the first-aid box and the snack drawer are all {their} responsibility.").kids(),
        ],
        views: &[
            l("Goes to {place} for the children's things because it has everything under one roof"),
            l("Buys {brand} because it was what {their} own parents trusted").ages(18, 42),
            l("Relies on {app} for reviews from other parents"),
            l("Compares {brand} with the store label every time but rarely switches").ages(18, 42),
        ],
        media: &[
            l("{media} — a regular on weekend mornings at home"),
            l("{app} — tips, reviews and the odd bulk order"),
        ],
        pains: &[
            l("school fees and supplies that rise every year").kids(),
            l("finding childcare on days school is closed").kids(),
            l("too little time for {their} partner or friends"),
            l("keeping up with every school group chat").kids(),
            l("the cost of food for a growing household").kids(),
        ],
        triggers: &[
            l("family-size packs at a real discount"),
            l("recommendations from other parents at the school gate").kids(),
            l("a product that finally solves a daily battle at home").kids(),
            l("a loyalty reward on the family's regular shop"),
            l("a safety or health claim backed by a doctor"),
        ],
        motives: &[
            l("a stable, loving home"),
            l("the children's education above everything else"),
            l("teaching good habits by example"),
        ],
        aspirations: &[
            l("wants the children to grow up with more choices than {they} had"),
            l("is building an education fund one month at a time"),
            l("hopes to find a better balance between work and family").work(),
            l("wants a home with a garden for the children to play in"),
        ],
        quotes: &[
            l("Parenting is ninety percent logistics."),
            l("I'd spend on my kids before I'd spend on myself."),
            l("Every school year costs more than the last."),
            l("We eat together at least once a day — that's the rule."),
        ],
        markers: &["parent", "kids", "children", "son", "daughter", "school", "baby", "family", "homework"],
    },
    Bank {
        values: &["single_parent"],
        data: Some("parenting"),
        generic: FAMILY,
        title: None,
        day: &[
            l("as a single parent, {name} runs the whole household alone, from the school forms to the rent.").kids(),
            l("{name} works out the week's pick-ups with a neighbour and a grandparent, since there is no one else to call.").kids(),
            l("once bedtime is over for {kids}, {name} sits down with the bills and a calculator.").kids(),
            l("{they} takes every extra hour of work on offer, as long as someone can mind {kids}.").work().kids(),
            l("breakfast, the school run and the bus to work all have to fit into one tight hour.").work().commute().kids(),
            l("weekends are for the laundry, the big shop and one cheap outing with {kids}.").kids(),
            l("{name} cooks double portions so there is always a second meal in the freezer.").kids(),
            l("on the rare free evening, {they} catches up with friends by video call from the sofa.").kids(),
            l("every decision in {name}'s house, from dinner to discipline, goes through {them} alone.").kids(),
            l("the family budget has no slack, so {name} plans meals around what is on offer that week.").kids(),
        ],
        views: &[
            l("Buys {brand} only on promotion and stocks up when it is").ages(18, 42),
            l("Uses {app} for deals and the occasional bit of reassurance from other parents"),
            l("Likes {place} because it never feels judgemental of a parent on {their} own"),
            l("Has learned which things from {place} are worth the money and which are not"),
        ],
        media: &[
            l("{media} — watched with the children on the sofa most weekends"),
            l("{app} — a lifeline at midnight, for answers and for orders"),
        ],
        pains: &[
            l("childcare that costs almost as much as a day's pay").work().kids(),
            l("no one to hand over to when {they} is ill"),
            l("one income stretched across every bill"),
            l("judgement from people who assume the worst"),
            l("time off work for every school event and sick day").work().kids(),
        ],
        triggers: &[
            l("discounts for single-income families"),
            l("free delivery that saves a trip with the children in tow").kids(),
            l("a trusted parent's recommendation in a local group"),
            l("flexible payment on a big family purchase"),
            l("a product that makes the morning rush one step shorter").kids(),
        ],
        motives: &[
            l("independence and self-reliance"),
            l("showing the children what resilience looks like"),
            l("a small, tight support network {they} can count on"),
        ],
        aspirations: &[
            l("wants to buy a place of {their} own for {their} children"),
            l("hopes to build a savings cushion that lasts three months"),
            l("wants the children to feel they never missed out"),
        ],
        quotes: &[
            l("I'm both parents, the driver and the accountant — sometimes all before eight."),
            l("Asking for help took me years to learn."),
            l("We don't have much, but we have a routine."),
            l("My kids are the reason I keep going."),
        ],
        markers: &["single parent", "single mother", "single father", "single mom", "single mum", "single dad", "kids", "children", "son", "daughter", "alone"],
    },
    Bank {
        values: &["expecting"],
        data: Some("parenting"),
        generic: PARENTING,
        title: None,
        day: &[
            l("with the baby due in a few months, {name} spends evenings assembling furniture for the nursery corner.").ages(18, 50),
            l("prenatal check-ups are marked in red on the calendar, and {name} has not missed one.").ages(18, 50),
            l("{they} reads a week-by-week pregnancy guide every night before sleeping.").ages(18, 50),
            l("weekends have turned into shopping trips for cots, car seats and tiny clothes.").ages(18, 50),
            l("{name} keeps a spreadsheet of everything the baby will need and what it costs.").ages(18, 50),
            l("the spare room is slowly becoming a nursery, one flat-pack box at a time.").ages(18, 50),
            l("a baby-name list lives on {their} phone and changes every week.").ages(18, 50),
            l("{they} is trying to finish every big task at work before the baby arrives.").work().ages(18, 50),
            l("evenings are for antenatal classes, bag packing and long talks about sleep.").ages(18, 50),
            l("friends keep dropping off hand-me-downs, and {name} sorts them by size on Sundays.").ages(18, 50),
        ],
        views: &[
            l("Has already decided on {brand} after reading every review"),
            l("Made a baby registry on {app} so relatives buy what is needed"),
            l("Walked the aisles of {place} twice just to get a feel for prices"),
            l("Keeps hearing about {brand} from other parents and plans to try it"),
            l("Saved a wish list at {place} for the day the sale starts"),
        ],
        media: &[
            l("{app} — the week-by-week updates read every Sunday night"),
            l("{media} — new-parent advice saved for later"),
        ],
        pains: &[
            l("the cost of everything a newborn supposedly needs"),
            l("conflicting advice from every relative"),
            l("worry about how leave and pay will work out").work(),
            l("not knowing which baby products are actually necessary"),
            l("sleepless nights before the baby has even arrived"),
        ],
        triggers: &[
            l("a starter bundle for newborns at a fair price"),
            l("a recommendation from a parent who just went through it"),
            l("a hospital-bag checklist that names a product"),
            l("safety certifications on car seats and cots"),
            l("a baby fair with real discounts"),
        ],
        motives: &[
            l("being ready before the baby arrives"),
            l("a safe, calm start for the new child"),
            l("making good choices without overspending"),
        ],
        aspirations: &[
            l("wants to be the calm, prepared parent {they} read about"),
            l("hopes to take proper time off when the baby comes").work(),
            l("is saving a three-month cushion before the due date"),
        ],
        quotes: &[
            l("I've read more about car seats this month than in my whole life."),
            l("Everyone says buy less. Then they send me a list."),
            l("I just want the baby to arrive healthy — the rest we'll figure out."),
            l("Our spare room has become a warehouse of tiny clothes."),
        ],
        markers: &["expecting", "pregnan", "baby", "due", "nursery", "prenatal", "antenatal", "newborn"],
    },
    Bank {
        values: &["new_parent"],
        data: Some("parenting"),
        generic: PARENTING,
        title: None,
        day: &[
            l("{name}'s nights are broken into two-hour stretches around the baby's feeds.").ages(18, 50),
            l("the day runs on the baby's nap schedule, and everything else fits around it.").ages(18, 50),
            l("{they} has learned to eat, reply to messages and rock the baby all at once.").ages(18, 50),
            l("a walk with the baby carrier is the only way {name} gets out of the house some days.").ages(18, 50),
            l("every few weeks there is another check-up, another weigh-in and another round of vaccines.").ages(18, 50),
            l("{name} keeps a feeding and sleep log on an app and checks it at every wake-up.").ages(18, 50),
            l("bath time at seven is the one fixed point in a day that otherwise has no shape.").ages(18, 50),
            l("visiting relatives bring food and advice; {name} is grateful for the first.").ages(18, 50),
            l("since the baby arrived, {their} phone's camera roll is nothing but sleeping photos.").ages(18, 50),
            l("{they} goes back to work soon and is already practising the morning handover.").work().ages(18, 50),
            l("the washing machine runs twice a day with tiny clothes and burp cloths.").ages(18, 50),
        ],
        views: &[
            l("Swears by {brand} after two leaks too many with another one"),
            l("Orders baby supplies on {app} at 2 a.m. before they run out"),
            l("Found {place} through other new parents and keeps going back"),
            l("Keeps a spare pack of {brand} in the car and the bag"),
            l("Trusts {app} for quick answers at night, then checks with the doctor"),
        ],
        media: &[
            l("{app} — searched one-handed during night feeds"),
            l("{media} — whatever keeps the baby calm for ten minutes"),
            l("{media} — saved posts on sleep and feeding"),
        ],
        pains: &[
            l("sleep deprivation that never really lifts"),
            l("the price of formula and baby supplies"),
            l("feeling cut off from friends without children"),
            l("conflicting advice on sleep and feeding"),
            l("going back to work while still up at night").work(),
        ],
        triggers: &[
            l("subscription discounts on baby essentials"),
            l("a product that promises one more hour of sleep"),
            l("a paediatrician's recommendation"),
            l("a trial pack handed out at a clinic"),
            l("a friend's honest review in the parents' group chat"),
        ],
        motives: &[
            l("the baby's health and safety"),
            l("surviving the first year with humour intact"),
            l("building a gentle routine for the whole family"),
        ],
        aspirations: &[
            l("wants to sleep through the night again someday"),
            l("hopes to stay patient through the 3 a.m. feeds"),
            l("is starting a savings plan for the baby's future"),
            l("wants to get back to exercise once the baby sleeps longer"),
        ],
        quotes: &[
            l("I didn't know love and exhaustion could feel the same."),
            l("Nap time is the only time I get anything done."),
            l("Every parent told me it would be hard. Nobody said how hard."),
            l("I've become an expert in one-handed everything."),
        ],
        markers: &["baby", "newborn", "new parent", "feed", "nap", "formula", "nappy", "diaper", "infant", "parent"],
    },
    Bank {
        values: &["parent_of_toddlers"],
        data: Some("parenting"),
        generic: PARENTING,
        title: None,
        day: &[
            l("mornings with a toddler mean negotiating every sock and every spoonful of breakfast.").kids(),
            l("{name} plans errands around the afternoon nap, because nothing goes well without it.").kids(),
            l("the playground near home is {their} second living room on weekends.").kids(),
            l("{they} drops {kids} at daycare before work and is back at the gate with minutes to spare.").work().kids(),
            l("the car or the bag always holds snacks, wipes, a change of clothes and one small toy.").kids(),
            l("bedtime is a forty-minute routine of bath, book, song and a glass of water.").kids(),
            l("tantrums in the supermarket aisle no longer make {name} blush.").kids(),
            l("{name} childproofed the home twice and still finds new hazards every week.").kids(),
            l("lunch is whatever {kids} left on the plate, eaten standing up.").kids(),
            l("after a morning of toddler classes and puddles, {name} counts the hours to nap time.").kids(),
            l("the living room floor is permanently covered in blocks, crayons and tiny shoes.").kids(),
        ],
        views: &[
            l("Keeps {brand} in the bag at all times because it has never failed"),
            l("Goes to {place} for toddler shoes and leaves with more than planned"),
            l("Buys potty-training supplies from {app} to avoid public meltdowns"),
            l("Trusts {brand} for the toddler stage after trying three others"),
            l("Thinks {place} is one of the few places that welcome small children"),
        ],
        media: &[
            l("{media} — the show that buys twenty quiet minutes before dinner"),
            l("{app} — development milestones and potty-training tips"),
        ],
        pains: &[
            l("daycare fees that eat a large share of the salary").work(),
            l("a toddler who refuses everything green"),
            l("no time to cook a proper meal"),
            l("toys and clothes outgrown within months"),
            l("the constant low-level worry about safety at home"),
        ],
        triggers: &[
            l("a toddler who fixates on a character"),
            l("bundle deals on toddler essentials"),
            l("a product another parent demonstrated at the playground"),
            l("educational toys with good reviews"),
            l("a sale on the next clothing size up"),
        ],
        motives: &[
            l("patience and a sense of humour"),
            l("giving the toddler room to explore safely"),
            l("a home full of laughter, not screens"),
        ],
        aspirations: &[
            l("wants to raise a child who loves books"),
            l("hopes to get through potty training before the next birthday"),
            l("is planning a first family trip once the toddler can manage it"),
        ],
        quotes: &[
            l("I spend half my day saying don't lick that."),
            l("Nap time is sacred in this house."),
            l("We leave the house with more bags than a weekend trip."),
            l("Toddlers are tiny bosses with strong opinions."),
        ],
        markers: &["toddler", "kids", "daycare", "nap", "potty", "playground", "tantrum", "preschool", "little one"],
    },
    Bank {
        values: &["parent_of_school_kids"],
        data: Some("parenting"),
        generic: FAMILY,
        title: None,
        day: &[
            l("school mornings start with packed lunches and a hunt for the other shoe.").kids(),
            l("{name} does the school run, then heads straight to work with the radio on.").work().commute().kids(),
            l("evenings are homework at the kitchen table while {name} cooks.").kids(),
            l("there is always a school project due, and {name} ends up doing the glue and glitter.").kids(),
            l("{they} reads every message in the class parents' group, even the long ones.").kids(),
            l("after school there is swimming, tutoring or football, and {name} does the driving.").kids(),
            l("Sunday night is for ironing uniforms and checking the week's timetable.").kids(),
            l("parent-teacher meetings are the one thing {name} never skips.").kids(),
            l("{name} keeps a box of spare stationery because someone always needs a ruler at 9 p.m.").kids(),
            l("the school holidays need more planning than any project at work.").work().kids(),
            l("ten quiet minutes in the car after the school drop-off are {their} favourite of the day.").kids(),
        ],
        views: &[
            l("Buys school shoes at {place} because they survive a whole year"),
            l("Orders the whole school-supply list from {app} in one go"),
            l("Trusts {brand} for school lunches after years of trial and error"),
            l("Thinks {place} is overpriced but convenient on the school route"),
            l("Does the back-to-school shop at {place} in one long trip"),
        ],
        media: &[
            l("{media} — weekend viewing the children choose"),
            l("{app} — school lists, reviews and last-minute orders"),
            l("{media} — the weeknight reward once homework is done"),
            l("{app} — the school supply list, ordered in one go"),
            l("{media} — tips on homework battles and screen time"),
        ],
        pains: &[
            l("school fees due in the same month as everything else").kids(),
            l("homework nobody in the house understands").kids(),
            l("uniforms and shoes outgrown before the year ends").kids(),
            l("tutoring and activities that add up fast").kids(),
            l("school holidays that do not match the working calendar").work().kids(),
        ],
        triggers: &[
            l("back-to-school promotions").kids(),
            l("a class-wide recommendation from other parents").kids(),
            l("lunch-box products the children will actually eat").kids(),
            l("a tutoring app that shows visible progress").kids(),
            l("bundle discounts on uniforms and supplies").kids(),
            l("a school-shoe sale before the new school year").kids(),
        ],
        motives: &[
            l("education as the way up"),
            l("being involved in the children's school life"),
            l("keeping childhood fun, not only busy"),
            l("a calm, organised home"),
            l("the children's confidence more than their grades"),
        ],
        aspirations: &[
            l("wants the children to get into a good secondary school"),
            l("hopes to save enough for university by the time the eldest turns eighteen"),
            l("wants to spend more afternoons at school events and fewer at a desk").work(),
            l("hopes to be at the school gate for pick-up more days a week"),
            l("wants to take the children somewhere new every school holiday"),
        ],
        quotes: &[
            l("I've done more school projects as a parent than as a student."),
            l("Homework time is the hardest hour of the day."),
            l("Every term there's a new list of things to buy."),
            l("The school gate is where I hear all the news."),
            l("The class group chat never sleeps."),
        ],
        markers: &["school", "kids", "children", "homework", "uniform", "son", "daughter", "school run", "teacher", "parent"],
    },
    Bank {
        values: &["parent_of_teens"],
        data: Some("parenting"),
        generic: FAMILY,
        title: None,
        day: &[
            l("{name} drives {kids} to practice, then waits in the car answering messages.").kids(),
            l("dinner is the one time {name} gets {kids} off their phones, and even that is a negotiation.").kids(),
            l("{they} stays up until the front door opens on Friday nights.").kids(),
            l("the grocery bill has doubled since {kids} started eating like athletes.").kids(),
            l("weekday evenings mean exam revision, lost chargers and a debate about curfews.").kids(),
            l("{name} has learned that the best conversations happen in the car, with no eye contact.").kids(),
            l("university brochures and entrance-exam dates cover the fridge door.").kids(),
            l("weekends are a taxi service: parties, part-time jobs and sports matches.").kids(),
            l("{they} checks the family location app more often than {they} would admit.").kids(),
            l("late at night, {name} quietly tops up {kids}' phone credit.").kids(),
        ],
        views: &[
            l("Still shops at {place} for school basics but has no say on clothes anymore"),
            l("Uses {app} for the big purchases the teenagers negotiate for"),
            l("Thinks {place} is where teenage pocket money disappears"),
            l("Buys {brand} for the family because the teenagers have not complained yet"),
        ],
        media: &[
            l("{media} — one of the few things the whole household still watches together"),
            l("{app} — school supplies and the occasional peace offering"),
        ],
        pains: &[
            l("exam pressure that fills the whole house").kids(),
            l("the price of phones, shoes and everything the teenagers want").kids(),
            l("not knowing what the children do online").kids(),
            l("university costs looming on the horizon").kids(),
            l("getting a full sentence out of a teenager").kids(),
        ],
        triggers: &[
            l("a teenager's relentless, well-researched request").kids(),
            l("exam-season offers on tutoring and study tools").kids(),
            l("student discounts the whole family can use"),
            l("a deal on the phone plan for the whole household"),
            l("safe-driving discounts for new drivers").kids(),
        ],
        motives: &[
            l("trust, earned in both directions"),
            l("preparing the children for independence"),
            l("staying close through the difficult years"),
        ],
        aspirations: &[
            l("wants to see the children through university without debt"),
            l("hopes the teenagers will still come home for Sunday lunch once they leave"),
            l("is planning one last big family trip before the eldest moves out"),
        ],
        quotes: &[
            l("My teenagers think I'm a bank with a car."),
            l("I get the real news at eleven at night, in the kitchen."),
            l("Exams are harder on the parents than the kids."),
            l("I used to pick their clothes. Now I'm not allowed an opinion."),
        ],
        markers: &["teen", "teenage", "kids", "children", "son", "daughter", "exam", "curfew", "university", "parent"],
    },
    Bank {
        values: &["grandparent"],
        data: Some("parenting"),
        generic: FAMILY,
        title: None,
        day: &[
            l("two afternoons a week, {name} collects the grandchildren from school and feeds them before their parents arrive."),
            l("{their} phone is full of photos of the grandchildren, shown to anyone who asks."),
            l("Sunday lunch at {name}'s house brings three generations around one table."),
            l("{name} keeps a drawer of sweets and crayons for when the grandchildren visit."),
            l("{they} knits, bakes or builds something for every grandchild's birthday."),
            l("video calls with the grandchildren who live far away are the highlight of the week."),
            l("{name} babysits on Friday nights so {their} grown children can have an evening out."),
            l("school plays and sports days for the grandchildren are always on {their} calendar."),
            l("since the grandchildren arrived, {name}'s living room has a corner full of toys."),
            l("{they} teaches the grandchildren the family recipes and the old card games."),
        ],
        views: &[
            l("Buys {brand} for the grandchildren because it was what {their} own children used"),
            l("Picks up gifts for the grandchildren at {place} and asks the staff for advice"),
            l("Has learned to order presents on {app} with a grandchild's help"),
            l("Thinks {place} has the best selection for grandchildren's birthdays"),
            l("Keeps an eye on the sales at {place} for the grandchildren's birthdays"),
        ],
        media: &[
            l("{media} — watched with the grandchildren on visiting days"),
            l("{app} — gifts for the grandchildren, ordered well before birthdays"),
            l("{media} — learned by heart to keep up with the grandchildren"),
            l("{media} — on the television whenever the grandchildren stay over"),
            l("{media} — a shared joke between the youngest grandchild and {them}"),
        ],
        pains: &[
            l("grandchildren who live too far away"),
            l("toys and gadgets {they} no longer understands"),
            l("keeping up with energetic small children"),
            l("rising costs of the gifts the grandchildren want"),
            l("worrying about the young parents' money and stress"),
            l("being asked to babysit at short notice"),
        ],
        triggers: &[
            l("a grandchild's birthday or school milestone"),
            l("a holiday season with all the family coming home"),
            l("a toy a grandchild mentioned on a video call"),
            l("a good deal on something educational"),
            l("advice from other grandparents"),
            l("news of another grandchild on the way"),
        ],
        motives: &[
            l("passing down family stories and traditions"),
            l("being there for {their} children the way {their} parents were"),
            l("the grandchildren's happiness"),
            l("a family that stays close"),
            l("being useful to the younger generation"),
        ],
        aspirations: &[
            l("wants to stay healthy enough to chase the grandchildren around"),
            l("hopes to take the grandchildren on a trip one summer"),
            l("is putting aside a little each month for the grandchildren's education"),
            l("wants to teach every grandchild a family recipe"),
            l("hopes to host the whole family for a big anniversary"),
        ],
        quotes: &[
            l("Being a grandparent is all the fun with none of the homework."),
            l("My grandchildren keep me young, and tired."),
            l("I spoil them a little — that's my job now."),
            l("The house is too quiet until the little ones visit."),
            l("Grandparents are the family's emergency service."),
        ],
        markers: &["grandchild", "grandkid", "grandson", "granddaughter", "grandparent", "grandma", "grandpa", "grandmother", "grandfather"],
    },
    // ---------------------------------------------------------------- life stage
    Bank {
        values: &["student"],
        data: None,
        generic: Generic {
            brand: "a budget stationery brand",
            place: "the canteen",
            app: "a study app",
            media: "a study channel",
            team: "the school team",
        },
        title: None,
        day: &[
            l("{name}'s weekdays run on the class timetable, with lunch squeezed between two lessons."),
            l("most evenings go to assignments, done at the kitchen table with music in one ear."),
            l("exam weeks mean early nights, flashcards and far too many energy drinks.").adult(),
            l("exam weeks mean early nights, flashcards and a desk buried in notes.").teen(),
            l("{they} studies with two friends in the library until closing time."),
            l("after classes, {name} heads to a part-time job to pay for books and going out.").adult(),
            l("the group project chat is the first thing {name} checks in the morning."),
            l("{they} plans the week around deadlines written on a whiteboard above the desk."),
            l("weekends are split between catching up on sleep and catching up on reading."),
            l("{name} rides the bus to school with headphones in and lecture notes open on {their} phone.").commute(),
            l("a cheap lunch at {place} with classmates is the best hour of the school day."),
            l("{they} keeps an allowance spreadsheet and knows to the coin what is left until the end of the month."),
        ],
        views: &[
            l("Lives on the set meals at {place} because they are filling and cheap"),
            l("Uses {app} every night to review before exams"),
            l("Buys notebooks and pens from {brand} because they last the whole term"),
            l("Thinks {app} is the only reason {they} passed the last exam"),
        ],
        media: &[
            l("{media} — explainer videos watched the night before exams"),
            l("{app} — flashcards and practice quizzes on the commute"),
            l("{media} — study-with-me streams playing during long revision nights"),
            l("{app} — past papers and practice tests on weekends"),
            l("{media} — quick summaries watched on the bus"),
        ],
        pains: &[
            l("textbooks that cost more than a month's allowance"),
            l("deadlines that all fall in the same week"),
            l("pressure to do well from family and teachers"),
            l("a long commute that eats into study time").commute(),
            l("never having enough sleep during exams"),
        ],
        triggers: &[
            l("student discounts with a valid ID"),
            l("back-to-school bundles"),
            l("classmates all switching to the same app or gadget"),
            l("free trials of study tools"),
            l("exam-season deals on snacks and supplies"),
        ],
        motives: &[
            l("getting good grades without burning out"),
            l("making {their} family proud"),
            l("friendships that make school worthwhile"),
            l("learning something that actually matters"),
            l("independence and a little money of {their} own"),
        ],
        aspirations: &[
            l("wants to get into the course {they} has been dreaming about"),
            l("hopes to graduate with honours"),
            l("plans to study abroad one day"),
            l("is aiming for a scholarship to cover the next year"),
        ],
        quotes: &[
            l("Deadlines are the only thing that makes me study."),
            l("I'll sleep after exams."),
            l("My allowance is gone by Wednesday."),
            l("Group projects test friendships."),
        ],
        markers: &["student", "school", "class", "exam", "study", "studies", "assignment", "lecture", "classmate", "homework"],
    },
    Bank {
        values: &["high_school_student"],
        data: None,
        generic: Generic {
            brand: "a cheap stationery brand",
            place: "the school canteen",
            app: "a revision app",
            media: "a study channel",
            team: "the school team",
        },
        title: None,
        day: &[
            l("school starts early, so {name} is out of the house with breakfast still in {their} hand."),
            l("{name} spends lunchtime in the school canteen trading snacks and gossip."),
            l("homework gets done in front of the TV, with a parent checking in every half hour."),
            l("after the last bell, {they} has club practice or a tutoring session before heading home."),
            l("{name}'s phone is full of class group chats, most of them about homework answers."),
            l("{they} counts down the weeks to the entrance exams and the end of high school."),
            l("weekends mean sleeping late, then a mall or a park with the same four friends."),
            l("{name} saves part of {their} allowance each week for things {their} parents won't buy."),
            l("mock exams take over the evenings, and the bedroom desk is buried in review notes."),
            l("on school nights, {their} parents take the phone away at ten and {name} sulks."),
        ],
        views: &[
            l("Buys the same pens from {brand} because {their} friends use them too"),
            l("Thinks {place} serves the only decent lunch near school"),
            l("Uses {app} to review before every quiz"),
            l("Trusts {app} more than the textbook for tricky subjects"),
            l("Saves part of {their} allowance for a new pen set from {brand}"),
        ],
        media: &[
            l("{media} — review videos watched the night before a test"),
            l("{app} — quick practice questions between classes"),
            l("{media} — lessons re-explained by someone who makes sense"),
            l("{app} — a daily streak {they} refuses to break"),
            l("{media} — study music on during homework"),
        ],
        pains: &[
            l("too much homework and too little free time"),
            l("pressure about university entrance exams"),
            l("an allowance that never lasts the week"),
            l("strict rules on phone time at home"),
            l("feeling left out when friends buy the latest thing"),
            l("early mornings after late nights of homework"),
        ],
        triggers: &[
            l("a trend the whole class is following"),
            l("student promos on snacks and drinks"),
            l("free study resources shared in the class chat"),
            l("a birthday or a good report card"),
            l("influencers {they} follows using something new"),
            l("a cheaper student phone plan"),
        ],
        motives: &[
            l("fitting in with friends"),
            l("getting into a good university"),
            l("more independence from {their} parents"),
            l("being good at something of {their} own"),
            l("making {their} parents proud"),
        ],
        aspirations: &[
            l("wants to get into a top university"),
            l("hopes to earn {their} own money from a weekend job"),
            l("dreams of moving to a big city after high school"),
            l("wants to make the school team this year"),
            l("hopes to top the class in one subject at least"),
        ],
        quotes: &[
            l("Exams are stressful, but I'm getting there."),
            l("My parents don't get it — everyone has one."),
            l("I'm doing homework. Kind of."),
            l("Two more years and I'm out of here."),
            l("The group chat knows everything before the teachers do."),
        ],
        markers: &["high school", "school", "class", "exam", "homework", "student", "teacher", "allowance", "quiz"],
    },
    Bank {
        values: &["university_student"],
        data: None,
        generic: Generic {
            brand: "a budget laptop brand",
            place: "the campus canteen",
            app: "a note-taking app",
            media: "a lecture channel",
            team: "the university team",
        },
        title: None,
        day: &[
            l("{name}'s first lecture is at eight, and {they} usually arrives with minutes to spare."),
            l("between lectures, {they} and a classmate hunt for a free table in the library."),
            l("{name} shares a small rented room near campus with two other students.").adult(),
            l("three evenings a week {they} works a part-time job to cover rent and food.").adult(),
            l("thesis meetings with {their} adviser are the most stressful part of the month."),
            l("the semester is measured in deadlines, and the next one is always closer than {name} thinks."),
            l("lunch is usually the cheapest set meal at {place}, eaten between lectures."),
            l("weekends mix laundry, a group study session and one night out with course mates."),
            l("{they} takes the bus home to {their} family once a month with a bag of washing.").commute(),
            l("late nights in the library end with a walk back to the dorm in the dark."),
            l("{name} is in two campus organisations and chairs one of them."),
        ],
        views: &[
            l("Bought a laptop from {brand} on student credit and hopes it survives the thesis"),
            l("Eats at {place} most days because nothing else near campus is as cheap"),
            l("Takes every lecture note in {app} and shares them with the study group"),
            l("Thinks {brand} is overpriced but everyone in the course seems to have one"),
            l("Pays for {app} premium only during exam season"),
        ],
        media: &[
            l("{media} — recorded lectures replayed at double speed before exams"),
            l("{app} — notes, flashcards and shared folders, all semester long"),
            l("{media} — tutorials that explain what the lecture did not"),
            l("{app} — shared notes from the study group"),
            l("{media} — background noise for late study sessions"),
        ],
        pains: &[
            l("tuition that rises every year"),
            l("juggling a part-time job with full-time study").adult(),
            l("rent near campus that leaves little for food"),
            l("group members who vanish before the deadline"),
            l("worry about finding a job after graduation"),
            l("group chats that never stop buzzing"),
        ],
        triggers: &[
            l("student discounts on software and laptops"),
            l("free food at campus events"),
            l("a senior's recommendation for a course or tool"),
            l("end-of-semester sales"),
            l("a student plan on a streaming or phone service"),
            l("a free month of a study tool"),
        ],
        motives: &[
            l("a degree that opens doors"),
            l("independence away from home"),
            l("the friendships made at university"),
            l("proving {they} belongs at university"),
            l("the freedom to work out who {they} is"),
        ],
        aspirations: &[
            l("wants to land a graduate job before the diploma arrives"),
            l("hopes to finish the thesis a semester early"),
            l("is applying for an exchange programme abroad"),
            l("wants to graduate without student debt"),
            l("hopes to land an internship next summer"),
        ],
        quotes: &[
            l("I live on instant noodles and deadlines."),
            l("University taught me how to budget faster than any class."),
            l("My thesis is my whole personality right now."),
            l("The library closes at ten, so that's when my day ends."),
            l("I know the library's opening hours better than my own timetable."),
        ],
        markers: &["university", "student", "lecture", "campus", "thesis", "semester", "course", "dorm", "degree", "exam"],
    },
    Bank {
        values: &["fresh_graduate"],
        data: None,
        generic: Generic {
            brand: "a budget work wardrobe label",
            place: "the job fair",
            app: "a job portal",
            media: "a careers channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} is six months into a first job and still learning where everything is.").work(),
            l("the first salary went on a work wardrobe, a phone bill and a dinner for {their} parents."),
            l("lunch breaks are spent with other new hires comparing notes on managers.").work(),
            l("{they} still updates {their} CV every few weeks, just in case something better comes up."),
            l("evenings are for online courses that the degree did not cover."),
            l("{name} keeps a budget spreadsheet and checks it after every payday."),
            l("weekends are catch-ups with university friends who are all figuring things out too."),
            l("{they} applies to one or two jobs a week on {app}, even while working.").work(),
            l("{name} moves part of every pay into a savings account the day it arrives."),
            l("the first months of work have taught {name} more about emails than the whole degree."),
        ],
        views: &[
            l("Found {their} first role on {app} after forty applications"),
            l("Went to {place} with a stack of printed CVs and left with two interviews"),
            l("Keeps {app} notifications on for roles that pay a little more"),
            l("Bought {their} first interview outfit from {brand} and still wears it"),
        ],
        media: &[
            l("{media} — career advice and interview tips on the commute"),
            l("{app} — job alerts checked every morning"),
        ],
        pains: &[
            l("entry-level pay that barely covers rent and transport"),
            l("job ads asking for three years' experience"),
            l("student debt starting to come due"),
            l("not knowing whether the first job was the right choice"),
            l("comparing progress with old university friends online"),
        ],
        triggers: &[
            l("a first payday"),
            l("young-professional discounts"),
            l("a colleague's recommendation for a first investment app"),
            l("starter bundles for a new phone or laptop"),
            l("a sale on work clothes"),
        ],
        motives: &[
            l("standing on {their} own feet"),
            l("learning fast and moving up"),
            l("paying {their} parents back"),
        ],
        aspirations: &[
            l("wants a promotion within two years"),
            l("is saving to move out of {their} parents' home"),
            l("hopes to find work that feels meaningful"),
            l("wants to build an emergency fund before anything else"),
        ],
        quotes: &[
            l("Nobody told me adulting came with this many forms."),
            l("My first payslip felt unreal."),
            l("I'm still figuring out what I want to do."),
            l("Every job wants experience — how do I get it?"),
        ],
        markers: &["graduate", "first job", "graduation", "degree", "entry-level", "fresh grad", "new hire", "cv", "first salary"],
    },
    Bank {
        values: &["young_professional"],
        data: Some("investing"),
        generic: Generic {
            brand: "an index fund",
            place: "the bank",
            app: "an investing app",
            media: "a personal-finance channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name}'s working day is back-to-back meetings, and lunch is usually eaten at the desk.").work(),
            l("after work, {they} heads to the gym or to drinks with colleagues, rarely both.").work().adult(),
            l("{name} splits {their} salary the day it lands: rent, savings, and what is left to spend.").work(),
            l("{they} takes an online course at night to move faster towards the next promotion.").work(),
            l("Fridays often end at a new restaurant in {city} with friends from work.").work(),
            l("{name} reviews {their} investments on {app} every Sunday evening.").adult(),
            l("a busy week means takeaway dinners and a laundry pile by Thursday."),
            l("{their} calendar is colour-coded: work in blue, friends in green, the gym in red."),
            l("{they} works late when a deadline calls for it, then takes a long weekend to recover.").work(),
            l("networking events and industry talks fill at least one evening a month.").work(),
        ],
        views: &[
            l("Put {their} first bonus into {brand} on a colleague's advice").adult(),
            l("Checks {app} more often than {their} social feeds on a volatile day").adult(),
            l("Opened a savings account at {place} because the app is easy to use"),
            l("Moved {their} savings to {app} after comparing fees for a week").adult(),
            l("Thinks {place} makes saving feel less like a chore"),
        ],
        media: &[
            l("{media} — money and career advice on the way to work"),
            l("{app} — portfolio check on Sunday evenings"),
            l("{media} — one episode a day, usually over lunch"),
            l("{app} — a quick look at the numbers before bed").adult(),
            l("{media} — career stories from people a few steps ahead"),
        ],
        pains: &[
            l("rent that takes a third of the salary"),
            l("long hours that leave no time for friends"),
            l("lifestyle creep eating into savings"),
            l("feeling behind peers who seem to have it all figured out"),
            l("office politics that slow everything down").work(),
            l("a social calendar that costs more than {they} planned"),
        ],
        triggers: &[
            l("a bonus or a pay rise").work(),
            l("a colleague's recommendation"),
            l("a limited-time sign-up offer on a finance app"),
            l("a new gym or restaurant opening nearby"),
            l("tools that promise to save time"),
            l("a friend's raise that prompts a salary check"),
        ],
        motives: &[
            l("career growth"),
            l("financial independence before forty"),
            l("a full social life alongside the job"),
            l("learning from people who are better at the job"),
            l("a career {their} family can brag about"),
        ],
        aspirations: &[
            l("wants to reach a management role in the next few years"),
            l("is saving for a place of {their} own"),
            l("hopes to take a month off to travel before settling down"),
            l("wants {their} investments to pay for one trip a year"),
            l("hopes to switch to a role abroad for a few years"),
        ],
        quotes: &[
            l("I'm building something, one payday at a time."),
            l("My calendar runs my life."),
            l("Work hard, then travel — that's the plan."),
            l("I check my portfolio more than I check the weather."),
            l("My twenties are for building, my thirties for enjoying it."),
        ],
        markers: &["career", "colleague", "promotion", "salary", "office", "professional", "meeting", "work", "invest"],
    },
    Bank {
        values: &["newlywed"],
        data: Some("property"),
        generic: PROPERTY,
        title: None,
        day: &[
            l("{name} and {their} spouse are still working out whose turn it is to cook."),
            l("the wedding thank-you cards are finally done, and the photo album sits half-finished."),
            l("weekends are spent looking at homes the couple cannot quite afford yet."),
            l("{they} and {their} spouse sit down every Sunday to go through the joint budget."),
            l("since the wedding, {name} has merged two sets of furniture, friends and habits into one small place."),
            l("Sunday lunches now alternate between the two families, one week each."),
            l("{name} is learning {their} spouse's family recipes, slowly and with mixed results."),
            l("evenings are a quiet dinner for two and a long talk about plans."),
            l("{they} checks property listings on {app} during breaks, mostly dreaming."),
            l("the couple has started a savings jar for a first home, and {name} tops it up weekly."),
        ],
        views: &[
            l("Has a saved search on {app} for two-bedroom homes near family"),
            l("Visited {place} with {their} spouse to ask about a first home loan"),
            l("Reads listings on {app} more than the news these days"),
            l("Thinks {place} has the most realistic homes for a young couple"),
        ],
        media: &[
            l("{media} — watched together on weekend nights, mostly for ideas"),
            l("{app} — saved listings and price alerts"),
        ],
        pains: &[
            l("wedding costs still being paid off"),
            l("rent or family pressure making a home of their own feel urgent"),
            l("agreeing on money with a new spouse"),
            l("balancing time between two families"),
            l("homes near family priced out of reach"),
        ],
        triggers: &[
            l("a first-home loan with a low rate"),
            l("furniture sales for new homes"),
            l("an anniversary"),
            l("a developer's promo for young couples"),
            l("family offering help with a deposit"),
        ],
        motives: &[
            l("building a life together"),
            l("a home of their own"),
            l("starting a family on solid ground"),
        ],
        aspirations: &[
            l("wants to move into a first home with {their} spouse within two years"),
            l("hopes to start a family once the finances are steady"),
            l("is saving for a proper honeymoon they postponed"),
        ],
        quotes: &[
            l("We're still figuring out whose towel goes where."),
            l("Everything is ours now — including the bills."),
            l("Marriage is mostly deciding what to eat."),
            l("Our first home is the next big project."),
        ],
        markers: &["married", "newlywed", "wedding", "spouse", "husband", "wife", "couple", "honeymoon"],
    },
    Bank {
        values: &["retired"],
        data: Some("retirement"),
        generic: RETIREMENT,
        title: None,
        day: &[
            l("{name} walks to the morning market early, before the heat and the crowds."),
            l("since retiring, {they} has time for the garden, and the tomatoes show it."),
            l("the pension arrives on the same day each month, and {name} goes through the bills that afternoon."),
            l("two mornings a week, {name} meets friends of many years at the community hall."),
            l("{name} looks after the grandchildren on weekday afternoons and loves every minute.").parent(),
            l("a long walk around the neighbourhood after breakfast is the first habit {name} built after retiring."),
            l("clinic visits and pharmacy runs take up more of the month than {name} would like."),
            l("with no job to rush to, {they} reads the newspaper slowly, cover to cover, over a second cup of tea."),
            l("afternoons are for a nap, a phone call with an old friend or a game of cards."),
            l("in retirement, {name} volunteers at a community group and knows everyone on the street."),
            l("evenings are early: a light dinner, the news, and bed by ten."),
            l("{they} took up painting after retiring, and the spare room is full of canvases."),
            l("once a month {name} checks {their} pension statement on {app} with help from a grandchild.").parent(),
        ],
        views: &[
            l("Calls {place} {their} second home since leaving work behind"),
            l("Keeps every statement from {brand} in a folder and reads each one"),
            l("Finds {app} confusing but uses it to avoid a long queue"),
            l("Counts on {brand} for the basics and worries when the rules change"),
            l("Likes {place} because people there have time to talk"),
            l("Trusts {brand} more than any private scheme"),
        ],
        media: &[
            l("{media} — read slowly over the weekend"),
            l("{media} — health and money pages, clipped and kept"),
            l("{media} — the puzzles page first, then everything else"),
            l("{app} — the monthly pension check, done slowly and twice"),
            l("{media} — passed on to a neighbour once it has been read"),
        ],
        pains: &[
            l("a pension that buys less every year"),
            l("medicine costs that keep climbing"),
            l("long queues for government services"),
            l("apps and websites that assume everyone is young"),
            l("friends moving away or passing on"),
            l("a body that takes longer to bounce back from a cold"),
        ],
        triggers: &[
            l("senior discounts"),
            l("a doctor's recommendation"),
            l("a family member setting something up for {them}"),
            l("free health screenings at a community event"),
            l("pension day"),
            l("a recommendation from the grandchildren").parent(),
        ],
        motives: &[
            l("staying healthy and independent"),
            l("time with family"),
            l("staying useful to the community"),
            l("a routine that gives the week a shape"),
            l("being someone the family can lean on"),
            l("friendships kept up over decades"),
        ],
        aspirations: &[
            l("wants to stay active and independent for as long as possible"),
            l("hopes to travel once more to see old friends"),
            l("wants to leave something for the grandchildren").parent(),
            l("is writing down the family history for the younger ones"),
            l("plans to grow enough vegetables to share with the neighbours"),
        ],
        quotes: &[
            l("I worked hard for this rest, and I intend to enjoy it."),
            l("My pension doesn't stretch like it used to."),
            l("The grandchildren keep me busy, and that's how I like it.").parent(),
            l("I walk every day — the doctor insists."),
            l("Retirement is busier than anyone warned me."),
        ],
        markers: &["retir", "pension", "grandchild", "senior", "retiree", "pensioner", "golden years"],
    },
    Bank {
        values: &["empty_nester"],
        data: Some("retirement"),
        generic: RETIREMENT,
        title: None,
        day: &[
            l("since the children moved out, {name} has turned one bedroom into a sewing and reading room."),
            l("dinner is for two now, and {name} still cooks too much out of habit."),
            l("the house is quieter than ever since the children left, so {they} fills weekends with long walks and old friends."),
            l("{name} calls each of {their} grown children on Sunday, one after another."),
            l("{they} has picked up a hobby shelved for twenty years: the guitar is back out."),
            l("with the children gone, {name} finally tidied the garage and found their school reports."),
            l("the weekly shop has halved since the kids left home, and {name} is still adjusting the quantities."),
            l("trips to visit the grown children in other cities fill a few weekends a year."),
            l("{they} and a few friends have started a walking group on Saturday mornings."),
            l("evenings have room for a film, a book or a long phone call, with no one needing a lift."),
        ],
        views: &[
            l("Started paying attention to {brand} now that retirement is in sight"),
            l("Joined {place} to meet people now the house is empty"),
            l("Checks {app} to see how far the savings will stretch"),
            l("Thinks {place} is full of people in the same stage of life"),
        ],
        media: &[
            l("{media} — travel and health pages, read on quiet evenings"),
            l("{media} — saved for ideas on what to do with the free time"),
        ],
        pains: &[
            l("a house that feels too big and too quiet"),
            l("adult children who call less than hoped"),
            l("paying for the children's university and {their} own retirement at once"),
            l("not knowing what to do with the spare rooms"),
            l("worry about health as the years add up"),
        ],
        triggers: &[
            l("a child moving back or moving abroad"),
            l("travel deals for couples and solo travellers"),
            l("downsizing advice from friends"),
            l("a milestone birthday"),
            l("a new hobby that needs equipment"),
        ],
        motives: &[
            l("rediscovering interests put aside for years"),
            l("staying close to the grown children"),
            l("freedom after decades of family routine"),
        ],
        aspirations: &[
            l("wants to travel more now that the children are independent"),
            l("is thinking about downsizing to a smaller place"),
            l("hopes to spend more time with the grandchildren when they come"),
        ],
        quotes: &[
            l("The house is so quiet I can hear the clock."),
            l("I finally have time for me again."),
            l("The kids call when they need something — and that's fine."),
            l("We cook for four out of habit, then eat leftovers for days."),
        ],
        markers: &["empty nest", "grown children", "moved out", "grown-up children", "children left", "children gone", "quiet house", "kids have left", "left home"],
    },
    Bank {
        values: &["first_home_buyer"],
        data: Some("property"),
        generic: PROPERTY,
        title: None,
        day: &[
            l("Saturday mornings go to viewings: two apartments, a townhouse and a lot of maths in the car."),
            l("{name} runs the numbers on a mortgage calculator most nights, changing the deposit by small amounts."),
            l("a fixed share of every pay goes straight into the deposit fund before {they} can touch it.").work(),
            l("{they} has a saved search on {app} and gets an alert every time something new is listed."),
            l("{name} still rents for now, and every rent payment feels like money that could have gone to the deposit."),
            l("lunch breaks are for reading about first-home grants and loan rates.").work(),
            l("{they} has booked an appointment at {place} to find out how much {they} can borrow."),
            l("weekends in {city} now involve driving past neighbourhoods {name} might one day afford."),
            l("{name} keeps a spreadsheet of every home viewed: price, size, commute and gut feeling."),
            l("living with family for a few more years is the plan that makes the deposit possible.").family(),
            l("takeaways and trips have been cut back; the down payment comes first for now."),
        ],
        views: &[
            l("Checks {app} every morning before {they} checks the news"),
            l("Compared home-loan rates at {place} and two rivals before a first meeting"),
            l("Thinks the listings on {app} are optimistic about what counts as a bedroom"),
            l("Has an enquiry in with {place} about a first home loan"),
            l("Trusts {app} for prices but always visits before believing the photos"),
        ],
        media: &[
            l("{media} — watched for ideas and a reality check on prices"),
            l("{app} — new listings checked on the commute"),
            l("{app} — sold prices in the streets {they} likes"),
            l("{media} — decorating ideas for a home not yet bought"),
            l("{app} — price alerts and a mortgage calculator, open most evenings"),
        ],
        pains: &[
            l("deposits rising faster than savings"),
            l("paying rent while trying to save for a home"),
            l("loan rates that change while {they} is still saving"),
            l("listings that look nothing like the photos"),
            l("being outbid by investors with cash"),
            l("fees nobody mentioned until the final paperwork"),
        ],
        triggers: &[
            l("a first-home buyer grant or incentive"),
            l("a drop in loan rates"),
            l("a pre-selling launch with a low down payment"),
            l("a home in budget coming on the market in the right area"),
            l("a friend who just bought {their} first home"),
            l("a landlord announcing a rent rise"),
        ],
        motives: &[
            l("stability and a place to call {their} own"),
            l("building equity instead of paying rent"),
            l("security for a future family"),
            l("not having to move every year"),
            l("a home {their} parents can be proud of"),
        ],
        aspirations: &[
            l("is saving for a deposit on a first home within two years"),
            l("wants to hold the keys to {their} own place before thirty-five").ages(18, 34),
            l("hopes to buy near family so help is always close"),
            l("wants a home with a spare room for an office"),
            l("hopes to have the deposit saved before rates rise again"),
        ],
        quotes: &[
            l("Every time I save more, prices go up."),
            l("I've seen thirty homes and loved two — both out of budget."),
            l("I can quote every loan rate in the country."),
            l("Rent feels like paying someone else's mortgage."),
            l("I've got a spreadsheet for everything, including the dream home."),
        ],
        markers: &["first home", "deposit", "mortgage", "home loan", "down payment", "viewing", "listing", "buy a home", "house hunting"],
    },
    Bank {
        values: &["renter"],
        data: Some("property"),
        generic: Generic {
            brand: "a renter's insurance plan",
            place: "the rental agency",
            app: "a rental listings app",
            media: "a home-makeover channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("rent day is the first of the month, and {name} pays it the moment {their} salary lands."),
            l("{name} has rearranged the same small rented room five ways to make it feel bigger."),
            l("{they} messages the landlord about the leaking tap for the third time this month."),
            l("weekends sometimes mean browsing rentals on {app}, just to see what is out there."),
            l("the rental has strict rules, so {name} decorates with plants and removable hooks."),
            l("{they} shares the rent and the chores with housemates, and a cleaning schedule is taped to the fridge.").own_place(),
            l("{name} keeps every receipt and message in a folder in case the deposit is disputed."),
            l("the lease renewal is coming, and {they} is bracing for another increase."),
            l("most furniture {name} owns folds, stacks or fits in a car for the next move."),
        ],
        views: &[
            l("Scrolls {app} whenever the landlord raises the rent"),
            l("Found the current place through {app} after weeks of searching"),
            l("Has had mixed experiences with {place} and reads every clause"),
            l("Thinks {place} charges too many fees for too little service"),
        ],
        media: &[
            l("{media} — small-space and rental makeover ideas"),
            l("{app} — listings checked when the lease gets close to renewal"),
        ],
        pains: &[
            l("rent rising faster than {their} pay"),
            l("landlords who take weeks to fix anything"),
            l("deposits that are hard to get back"),
            l("moving costs every year or two"),
            l("not being allowed to paint, drill or keep a pet"),
        ],
        triggers: &[
            l("a lease renewal with a rent increase"),
            l("renter-friendly furniture that packs flat"),
            l("a moving-day discount"),
            l("a listing closer to work at the same rent").work(),
            l("a friend looking for a housemate"),
        ],
        motives: &[
            l("flexibility to move when life changes"),
            l("a comfortable home even without owning it"),
            l("keeping housing costs under control"),
        ],
        aspirations: &[
            l("hopes to stop renting and buy a small place one day"),
            l("wants a landlord who answers messages"),
            l("is saving to move somewhere with more light and space"),
        ],
        quotes: &[
            l("My landlord gets a bigger share of my salary than I do."),
            l("Everything I own fits in a small van."),
            l("I make it home, even if it's not mine."),
            l("Another year, another rent increase."),
        ],
        markers: &["rent", "landlord", "lease", "tenant", "flatmate", "rental", "housemate", "roommate"],
    },
    Bank {
        values: &["caregiver"],
        data: None,
        generic: Generic {
            brand: "a trusted pharmacy brand",
            place: "the pharmacy",
            app: "a telehealth app",
            media: "a carers' support group",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name}'s mornings start with medicines for an ageing parent, laid out in a weekly pill box.").ages(25, 69),
            l("caring for an ailing spouse, {name} plans each day around meals, medicines and rest.").ages(55, 200).partner(),
            l("{they} drives to clinic appointments twice a month and waits with a book.").ages(25, 200),
            l("pharmacy runs, forms and phone calls to the doctor fill the gaps in {their} week."),
            l("{name} squeezes work around the care schedule, with a relative covering on busy days.").work(),
            l("evenings are quiet: dinner on a tray, a favourite programme and help getting ready for bed."),
            l("{name} has learned to change dressings, check blood pressure and read a prescription."),
            l("a neighbour sits in for an hour on Saturdays so {name} can do the shopping alone."),
            l("{they} keeps a notebook of symptoms, doses and questions for the next appointment."),
            l("the night is rarely unbroken; {name} listens for a call from the next room."),
            l("a short walk around the block is the break {name} guards every afternoon."),
            l("{name} and an elderly parent share the house, and the routine runs on {their} timetable.").ages(25, 65),
        ],
        views: &[
            l("Buys the medicines at {place} because the pharmacist remembers the prescriptions"),
            l("Uses {app} to book consultations without a trip across town"),
            l("Trusts {brand} for supplies after trying cheaper ones that failed"),
            l("Has the number of {place} saved under favourites"),
        ],
        media: &[
            l("{media} — read late at night for advice and company"),
            l("{app} — consultations and prescription refills from home"),
        ],
        pains: &[
            l("medicine and care costs that keep climbing"),
            l("no time left for {their} own health"),
            l("guilt about taking a break"),
            l("being the one sibling everyone assumes will handle it").ages(18, 69),
            l("missed work and stalled career plans").work(),
            l("long waits at public clinics"),
        ],
        triggers: &[
            l("a doctor's or nurse's recommendation"),
            l("home-delivery for prescriptions"),
            l("products that make lifting or bathing safer"),
            l("a support group's tip"),
            l("subsidies or discounts for carers"),
        ],
        motives: &[
            l("duty and love for family"),
            l("dignity for the person being cared for"),
            l("keeping {their} own life from disappearing"),
        ],
        aspirations: &[
            l("wants a few hours each week that are only for {themself}"),
            l("hopes to find affordable help at home"),
            l("is learning more about care so {they} can do it better"),
        ],
        quotes: &[
            l("I'm on call all day, every day."),
            l("Some days I'm a nurse, a cook and a driver before lunch."),
            l("Asking for help is the hardest part."),
            l("I'd do it again, but I wish I had more support."),
        ],
        markers: &["care", "carer", "caregiver", "caring", "medicine", "appointment", "clinic", "ageing parent", "pharmacy", "ailing"],
    },
    Bank {
        values: &["expat"],
        data: Some("travel"),
        generic: Generic {
            brand: "the airline home",
            place: "a beach town nearby",
            app: "a flight-booking app",
            media: "an expat forum",
            team: "the team from home",
        },
        title: None,
        day: &[
            l("{name} starts the day with messages from home that arrived overnight in another time zone."),
            l("after a few years in {city}, {they} still gets lost in the paperwork of visas and permits."),
            l("weekends mix exploring {city} with the expat friends {name} met at a language class."),
            l("{they} hunts down a grocer that sells the snacks and spices of home."),
            l("Sunday calls with family back home are scheduled around the time difference."),
            l("{name} is learning the local language one phrase at a time, mostly at the market."),
            l("a trip home once a year is planned months ahead, down to the gifts in the suitcase."),
            l("{their} circle in {city} is half locals from work and half people from everywhere else."),
            l("{name} still converts prices into the currency of home before buying anything big."),
            l("{they} keeps two phone numbers, two bank accounts and two sets of holidays in the calendar."),
        ],
        views: &[
            l("Flies {brand} home every year for the baggage allowance"),
            l("Books every trip through {app} and keeps the points for the flight home"),
            l("Rates {place} as the best escape found since moving"),
            l("Watches {app} for fares home months in advance"),
        ],
        media: &[
            l("{media} — practical tips from others who made the same move"),
            l("{app} — fare alerts for the next trip home"),
        ],
        pains: &[
            l("visa rules and paperwork that change without warning"),
            l("missing family birthdays and weddings"),
            l("feeling like an outsider in both countries"),
            l("high rents for foreigners without a local guarantor"),
            l("the cost and length of the flight home"),
        ],
        triggers: &[
            l("a fare sale on the route home"),
            l("an international shop stocking food from home"),
            l("advice from other expats"),
            l("a visa renewal coming up"),
            l("a new job offer in another country"),
        ],
        motives: &[
            l("adventure and growth"),
            l("a better career than home could offer"),
            l("staying connected to family across distance"),
        ],
        aspirations: &[
            l("wants to become fluent in the local language"),
            l("hopes to get permanent residency"),
            l("is saving for a home back in {their} own country"),
        ],
        quotes: &[
            l("Home is two places now."),
            l("I've learned to love the food here, but I still miss my mother's cooking."),
            l("Every time I renew my visa I age a year."),
            l("Living abroad teaches you who your real friends are."),
        ],
        markers: &["expat", "abroad", "moved to", "visa", "back home", "foreign", "overseas", "relocat", "home country", "time zone", "local language", "trip home", "of home"],
    },
    Bank {
        values: &["overseas_worker"],
        data: None,
        generic: Generic {
            brand: "a money-transfer service",
            place: "the remittance centre",
            app: "a remittance app",
            media: "a community page for workers abroad",
            team: "the team from home",
        },
        title: None,
        day: &[
            l("{name}'s working day abroad ends just as {their} family back home is waking up."),
            l("every payday {they} sends part of the salary home through {app} before buying anything for {themself}."),
            l("{name} video-calls {their} family every evening, even if only for five minutes."),
            l("{they} shares a small room in staff housing and keeps photos of home by the bed."),
            l("rest days are spent with other workers from home, cooking food that tastes of childhood."),
            l("{name} keeps a notebook of remittances, school fees and the loan back home."),
            l("a box of gifts fills up slowly in the corner of {their} room, ready for the next trip home."),
            l("{they} counts the months left on the contract on a calendar by the door."),
            l("when the time difference allows, {name} helps the children with homework over video call.").parent(),
            l("the phone never leaves {their} pocket, in case something happens at home."),
        ],
        views: &[
            l("Sends money home through {app} because the fees are lower than elsewhere"),
            l("Trusts {brand} with remittances after years without a problem"),
            l("Queues at {place} on payday with everyone else from home"),
            l("Switched to {app} when a friend showed how much it saved each month"),
        ],
        media: &[
            l("{media} — news, job tips and warnings from others abroad"),
            l("{app} — the transfer home on payday"),
        ],
        pains: &[
            l("missing the children growing up").parent(),
            l("remittance fees eating into every transfer"),
            l("loneliness on holidays far from home"),
            l("contract terms that change once abroad"),
            l("family at home assuming money comes easily"),
        ],
        triggers: &[
            l("lower transfer fees or better exchange rates"),
            l("a promo on phone credit and data for calls home"),
            l("a family need back home, like school fees or a repair"),
            l("a contract renewal or bonus"),
            l("gifts to bring home for the holidays"),
        ],
        motives: &[
            l("providing for family back home"),
            l("building a future worth the sacrifice"),
            l("coming home for good one day"),
        ],
        aspirations: &[
            l("wants to build a house for the family back home"),
            l("is saving to start a small business and stop working abroad"),
            l("hopes to see the children through university").parent(),
            l("wants to be home for good within five years"),
        ],
        quotes: &[
            l("I work here so my family can live better there."),
            l("Video calls are the best and worst part of my day."),
            l("Every payday, home gets paid first."),
            l("One more contract, then I'm going home."),
        ],
        markers: &["abroad", "overseas", "remittance", "send money home", "sends money home", "contract", "back home", "video call", "working abroad"],
    },
    Bank {
        values: &["migrant_worker"],
        data: None,
        generic: Generic {
            brand: "a money-transfer service",
            place: "the transfer counter",
            app: "a money-transfer app",
            media: "a hometown community group",
            team: "the hometown team",
        },
        title: None,
        day: &[
            l("{name} left {their} hometown for work in {city} and sends money back every month."),
            l("{they} shares a rented room near the work site with three others from the same region."),
            l("payday means a trip to {place} to send part of the wages home."),
            l("{name} calls home each night after the last meal, when the line is quietest."),
            l("long workdays in {city} end with a cheap dinner from a stall near the dormitory."),
            l("once a year, for the big holiday, {name} makes the long journey back to {their} family."),
            l("{they} keeps a careful list of what went home, what went on rent and what is left."),
            l("on days off, {name} meets friends from the same hometown and they talk in their own dialect."),
            l("{they} picks up overtime whenever it is offered, because every extra hour goes home."),
            l("the children stay with their grandparents back home, and {name} sees them twice a year.").parent(),
        ],
        views: &[
            l("Uses {app} to send money home without closing early to queue"),
            l("Trusts {place} because the staff speak {their} language"),
            l("Moved to {app} when the transfer fees dropped"),
            l("Relies on {brand} because the family can collect the money in their village"),
        ],
        media: &[
            l("{media} — hometown news and job leads, checked at night"),
            l("{app} — transfer history and the balance before payday"),
        ],
        pains: &[
            l("wages that arrive late or short"),
            l("crowded, overpriced housing in the city"),
            l("missing family events back home"),
            l("being treated as an outsider in the city"),
            l("transfer fees on small amounts"),
        ],
        triggers: &[
            l("cheaper ways to send money home"),
            l("a holiday journey home coming up"),
            l("a friend's tip about better-paying work"),
            l("prepaid data deals for calls home"),
            l("a family emergency"),
        ],
        motives: &[
            l("supporting the family back home"),
            l("a better life for the next generation"),
            l("pride in hard, honest work"),
        ],
        aspirations: &[
            l("wants to save enough to go home and open a small shop"),
            l("hopes to bring the family to the city one day"),
            l("is learning a trade that pays more"),
        ],
        quotes: &[
            l("Everything I earn here has a purpose back home."),
            l("The city pays better, but home is home."),
            l("I'll go back when the house is finished."),
            l("We help each other here — nobody else will."),
        ],
        markers: &["hometown", "send money", "sends money", "back home", "migrant", "home region", "remit", "family back", "wages", "calls home", "journey back", "goes home", "went home"],
    },
    Bank {
        values: &["job_seeker"],
        data: None,
        generic: Generic {
            brand: "an online course",
            place: "the job fair",
            app: "a job portal",
            media: "a careers channel",
            team: "the local team",
        },
        title: None,
        day: &[
            l("{name} starts each weekday by checking {app} for new listings before breakfast."),
            l("mornings are for applications; {they} tailors each cover letter and tracks every one in a spreadsheet."),
            l("{they} takes a free online course in the afternoons to fill the gap on {their} CV."),
            l("interview days start with the one good shirt ironed the night before."),
            l("{name} keeps to a routine, up at seven and dressed as if for work, to stay sane while looking."),
            l("between applications, {they} does small paid tasks online to keep some money coming in."),
            l("{name} follows up on every application after a week, politely and by email."),
            l("a walk in the afternoon helps {name} shake off another rejection email."),
            l("{they} meets old colleagues now and then, mostly to hear about openings."),
            l("evenings are for rehearsing answers to the questions every interviewer asks."),
        ],
        views: &[
            l("Refreshes {app} several times a day and has alerts on for three job titles"),
            l("Went to {place} with copies of {their} CV and a practised handshake"),
            l("Finished a certificate through {brand} to stand out from other applicants"),
            l("Thinks half the listings on {app} are for jobs that are already filled"),
        ],
        media: &[
            l("{media} — interview tips and salary advice"),
            l("{app} — new listings every morning and evening"),
        ],
        pains: &[
            l("applications that never get a reply"),
            l("savings running down month by month"),
            l("roles asking for experience {they} cannot get without a job"),
            l("awkward questions from relatives at family gatherings"),
            l("interviews with five rounds and no feedback"),
        ],
        triggers: &[
            l("a free training or certification offer"),
            l("a job fair in {city}"),
            l("discounts for the unemployed"),
            l("a referral from a former colleague"),
            l("a new company opening an office nearby"),
        ],
        motives: &[
            l("getting back on {their} feet"),
            l("stability for {their} household"),
            l("work that uses {their} skills properly"),
        ],
        aspirations: &[
            l("wants a steady job with benefits by the end of the year"),
            l("hopes to switch into a field with better prospects"),
            l("is building new skills to come back stronger"),
        ],
        quotes: &[
            l("Looking for a job is a full-time job."),
            l("Every rejection teaches me something — I hope."),
            l("I just need one yes."),
            l("I've rewritten my CV more times than I can count."),
        ],
        markers: &["job hunt", "applica", "interview", "job seeker", "looking for work", "unemploy", "cv", "resume", "job search", "hiring"],
    },
    // ---------------------------------------------------------------- work
    Bank {
        values: &["working"],
        data: None,
        generic: WORK,
        title: None,
        day: &[
            l("the working week sets the rhythm: out early, back after dark, and a slow Saturday to recover.").work(),
            l("{name} spends the lunch break on errands {they} cannot fit in anywhere else.").work(),
            l("payday is circled on the calendar, and the bills are paid the same evening.").work(),
            l("{they} takes the same route to work every day and knows exactly where the traffic starts.").work().commute(),
            l("overtime comes in waves; in a busy month {name} barely sees daylight on weekdays.").work(),
            l("a group chat with colleagues keeps buzzing long after the working day is over.").work(),
            l("Sundays are for laundry, groceries and getting ready for another week of work.").work(),
            l("{name} keeps a small stash of snacks in {their} bag for long days on the job.").work(),
            l("after work, {they} needs an hour of doing nothing before facing dinner.").work(),
            l("{name} uses the trip home from work to call family and catch up on messages.").work().commute(),
        ],
        views: &[
            l("Pays most of the household bills through {app} on payday").work(),
            l("Gets {their} work shoes from {brand} because they last a full year").work(),
            l("Stops at {place} on the way home more often than planned").work(),
            l("Relies on {app} to keep track of shifts, tasks and messages").work(),
            l("Buys lunch at {place} more often than {they} means to").work(),
        ],
        media: &[
            l("{media} — scrolled on the trip to work").work(),
            l("{app} — work messages that follow {them} home").work(),
            l("{media} — industry news skimmed at lunch").work(),
            l("{app} — schedules and team updates, checked before the day starts").work(),
            l("{media} — something light for the trip home").work(),
        ],
        pains: &[
            l("pay that rises more slowly than prices").work(),
            l("long hours with little time left for life").work(),
            l("transport that eats into every working day").work(),
            l("a boss who messages after hours").work(),
            l("too few days off to rest properly").work(),
            l("unpaid overtime that has quietly become normal").work(),
        ],
        triggers: &[
            l("payday").work(),
            l("a year-end bonus").work(),
            l("a tip from someone at work").work(),
            l("anything that saves time on a workday").work(),
            l("a long weekend coming up").work(),
            l("a pay rise").work(),
        ],
        motives: &[
            l("providing a steady income").work(),
            l("being good at what {they} does").work(),
            l("earning weekends that are truly free").work(),
            l("a good team around {them}").work(),
            l("saving for the things that make the work worth it").work(),
        ],
        aspirations: &[
            l("wants a job with fairer hours and better pay").work(),
            l("hopes to move up a level within the next year").work(),
            l("is building a side income so work feels less like a trap").work(),
            l("hopes to learn a skill that pays better").work(),
            l("is saving so that one day work is a choice").work(),
        ],
        quotes: &[
            l("I work to live, not the other way around.").work(),
            l("Payday feels great for about a day.").work(),
            l("The week goes by in a blur.").work(),
            l("I'm good at my job — I just want it to pay like it.").work(),
            l("Monday comes around faster every week.").work(),
        ],
        markers: &["work", "job", "colleague", "payday", "shift", "overtime", "boss", "office"],
    },
    Bank {
        values: &["nurse"],
        data: None,
        generic: Generic {
            brand: "a comfortable nursing-shoe brand",
            place: "the hospital canteen",
            app: "the hospital rota app",
            media: "a nursing community page",
            team: "the local team",
        },
        title: Some("Nurse"),
        day: &[
            l("{name} works twelve-hour shifts on a busy ward, three or four days a week.").not_retired(),
            l("a shift starts with handover at seven: bed by bed, patient by patient.").not_retired(),
            l("on night shifts, {they} eats dinner at three in the morning between observation rounds.").not_retired(),
            l("the rota comes out monthly, and {name} plans birthdays and errands around it.").not_retired(),
            l("after a run of nights, {they} sleeps through the morning and calls it a day off.").not_retired(),
            l("{name} walks miles on the ward every shift and soaks {their} feet when {they} gets home.").not_retired(),
            l("{they} renews {their} licence and training hours on time, even when it means a weekend course.").not_retired(),
            l("some days {name} skips lunch entirely because a patient needs {them} more.").not_retired(),
            l("{their} scrubs go into the wash the moment {they} walks through the door.").not_retired(),
            l("between shifts, {name} catches up on sleep, laundry and the family group chat, in that order.").not_retired(),
            l("neighbours still knock on {name}'s door when someone has a fever, and {they} always answers.").retired(),
            l("{name} checks {their} own blood pressure every morning with the same care {they} once gave patients.").retired(),
        ],
        views: &[
            l("Swears by {brand} for twelve-hour shifts on {their} feet").not_retired(),
            l("Grabs a meal at {place} only when the break actually happens").not_retired(),
            l("Checks {app} the moment the new rota is published").not_retired(),
            l("Thinks {brand} is the only thing that saves {their} back").not_retired(),
            l("Buys compression socks from {brand} by the pack").not_retired(),
        ],
        media: &[
            l("{media} — shared jokes and real talk after a hard shift").not_retired(),
            l("{app} — rota swaps and shift reminders").not_retired(),
            l("{media} — study notes for the next certification").not_retired(),
            l("{app} — the month's roster, screenshotted the day it comes out").not_retired(),
            l("{media} — scrolled in the break room in five-minute bursts").not_retired(),
        ],
        pains: &[
            l("back-to-back twelve-hour shifts with too few staff").not_retired(),
            l("pay that does not match the responsibility").not_retired(),
            l("sleep wrecked by rotating nights").not_retired(),
            l("patients' families who take out their fear on staff").not_retired(),
            l("missing family events because of the rota").not_retired(),
            l("charting that eats into patient time").not_retired(),
        ],
        triggers: &[
            l("comfort shoes and compression socks on sale").not_retired(),
            l("discounts for healthcare workers").not_retired(),
            l("a colleague's recommendation on the ward").not_retired(),
            l("a better-paying post or an offer abroad").not_retired(),
            l("a rare stretch of days off").not_retired(),
            l("extra pay for nights and weekends").not_retired(),
        ],
        motives: &[
            l("caring for people at their worst moments").not_retired(),
            l("teamwork with the people on {their} ward").not_retired(),
            l("skills that are needed everywhere").not_retired(),
            l("calm competence in a crisis").not_retired(),
            l("patients who go home better than they came").not_retired(),
        ],
        aspirations: &[
            l("wants to specialise in critical care").not_retired(),
            l("hopes to become a ward manager").not_retired(),
            l("is weighing up an offer to work abroad").not_retired(),
            l("wants a shift pattern that leaves time for family").not_retired(),
            l("hopes to teach new nurses one day").not_retired(),
        ],
        quotes: &[
            l("I've been on my feet for twelve hours and I'd do it again tomorrow.").not_retired(),
            l("Night shift changes you.").not_retired(),
            l("Nurses hold the hospital together.").not_retired(),
            l("I can sleep anywhere, any time — it's a job skill.").not_retired(),
            l("Handover is sacred — don't interrupt it.").not_retired(),
        ],
        markers: &["nurse", "nursing", "ward", "patient", "shift", "hospital", "scrubs", "rota"],
    },
    Bank {
        values: &["teacher"],
        data: None,
        generic: Generic {
            brand: "a sturdy stationery brand",
            place: "the school supply shop",
            app: "the school's messaging app",
            media: "a teachers' resource page",
            team: "the school team",
        },
        title: Some("Teacher"),
        day: &[
            l("{name} is at school before the first bell, photocopying worksheets for the day.").not_retired(),
            l("evenings are for lesson planning and a pile of marking that never quite shrinks.").not_retired(),
            l("{they} teaches five periods a day and spends the breaks on yard duty or answering parents.").not_retired(),
            l("weekends often include an hour or two of grading, done at the kitchen table.").not_retired(),
            l("{name} buys classroom supplies with {their} own money more often than {they} would admit.").not_retired(),
            l("{they} stays after school twice a week to run a club or help students who are behind.").not_retired(),
            l("exam season means late nights writing tests and checking answer sheets.").not_retired(),
            l("{name}'s voice is hoarse by Friday, and a quiet weekend is the only cure.").not_retired(),
            l("parent-teacher meetings fill a few long evenings every term.").not_retired(),
            l("the school holidays are when {name} finally reads something that is not a student essay.").not_retired(),
            l("former students still stop {name} at the market to say hello, now with children of their own.").retired(),
            l("{name} keeps boxes of old lesson plans in the spare room and cannot bring {themself} to throw them out.").retired(),
            l("{name} tutors a grandchild in maths at the kitchen table and cannot help setting homework.").retired(),
            l("the local library has a chair {name} thinks of as {their} own, next to the history shelf.").retired(),
            l("{name} still wakes before the old school bell would have rung, then enjoys not having to hurry.").retired(),
        ],
        views: &[
            l("Buys markers and folders from {brand} in bulk every school year").not_retired(),
            l("Spends {their} own money at {place} before every new term").not_retired(),
            l("Answers parents on {app} late into the evening").not_retired(),
            l("Thinks {place} has the best prices on classroom supplies").not_retired(),
            l("Laminates everything with supplies from {place}").not_retired(),
        ],
        media: &[
            l("{media} — lesson ideas borrowed on Sunday nights").not_retired(),
            l("{app} — class announcements and parents' questions").not_retired(),
            l("{media} — classroom-management tips saved for Monday").not_retired(),
            l("{app} — reminders to parents before every school trip").not_retired(),
            l("{media} — new teaching methods, read during the holidays").not_retired(),
            l("{media} — still read for the education news, with opinions").retired(),
            l("{media} — read with a red pen in hand, out of habit").retired(),
            l("{media} — kept up with to argue about school reforms at family dinners").retired(),
            l("{media} — the education pages, saved for former colleagues").retired(),
            l("{media} — stories of schools today, compared with the old days").retired(),
        ],
        pains: &[
            l("marking and paperwork that spill into every evening").not_retired(),
            l("large classes with too few resources").not_retired(),
            l("paying for classroom supplies out of pocket").not_retired(),
            l("pay that lags behind the workload").not_retired(),
            l("parents who message at midnight").not_retired(),
            l("curriculum changes announced with no time to prepare").not_retired(),
        ],
        triggers: &[
            l("teacher discounts").not_retired(),
            l("back-to-school sales on supplies").not_retired(),
            l("a colleague sharing a tool that saves hours").not_retired(),
            l("a training grant or scholarship").not_retired(),
            l("the long school holidays").not_retired(),
            l("free training that counts towards promotion").not_retired(),
        ],
        motives: &[
            l("seeing a struggling student finally get it").not_retired(),
            l("shaping the next generation").not_retired(),
            l("a fair and respectful classroom").not_retired(),
            l("students who come back years later to say thank you").not_retired(),
            l("learning alongside the class").not_retired(),
            l("a lifetime of helping young people grow").retired(),
            l("seeing former students do well").retired(),
            l("staying curious long after the last lesson").retired(),
            l("passing on what {they} knows to the grandchildren").retired(),
            l("a respected place in the neighbourhood").retired(),
        ],
        aspirations: &[
            l("wants to finish a master's degree in education").not_retired(),
            l("hopes to become a head of department").not_retired(),
            l("wants to write {their} own teaching materials one day").not_retired(),
            l("wants to mentor new teachers").not_retired(),
            l("hopes to teach abroad for a year").not_retired(),
            l("wants to write down forty years of school stories for the grandchildren").retired(),
            l("hopes to visit the first school {they} ever taught at").retired(),
            l("wants to read every book {they} once assigned and never had time to finish").retired(),
            l("plans a reunion with the teachers {they} worked alongside").retired(),
            l("wants to keep a reading club going for the grandchildren").retired(),
        ],
        quotes: &[
            l("I teach because someone once believed in me.").not_retired(),
            l("Marking is the part nobody sees.").not_retired(),
            l("My students keep me young and exhausted.").not_retired(),
            l("The best days are when a shy kid raises a hand.").not_retired(),
            l("Teaching is the job you take home every night.").not_retired(),
            l("Once a teacher, always a teacher — I still correct the grammar on signs.").retired(),
            l("I taught half the parents in this street.").retired(),
            l("Thirty years of school bells, and I still wake up on time.").retired(),
            l("My former students send me wedding invitations now.").retired(),
            l("Retirement is lovely, but I miss the noise of a full room.").retired(),
        ],
        markers: &["teacher", "teach", "class", "student", "lesson", "marking", "school", "grading", "pupil"],
    },
    Bank {
        values: &["doctor"],
        data: None,
        generic: Generic {
            brand: "a trusted medical-supply brand",
            place: "the hospital canteen",
            app: "a clinical reference app",
            media: "a medical journal",
            team: "the local team",
        },
        title: Some("Doctor"),
        day: &[
            l("{name} does ward rounds in the morning and sees outpatients in the afternoon.").not_retired(),
            l("the clinic runs late most days, and {they} rarely leaves before the last patient does.").not_retired(),
            l("{they} is on call one weekend a month and keeps the phone by the bed.").not_retired(),
            l("between patients, {name} signs forms, writes referrals and answers nurses' questions.").not_retired(),
            l("evenings are for reading up on a difficult case or a new guideline.").not_retired(),
            l("{name} takes a quick lunch in the doctors' room, usually standing up.").not_retired(),
            l("conferences and training courses take up a few weekends a year.").not_retired(),
            l("after a long call shift, {they} goes home and sleeps until the afternoon.").not_retired(),
            l("relatives message {name} for medical advice at every family gathering.").not_retired(),
            l("{their} calendar is split between the hospital, a private clinic and the occasional day off.").not_retired(),
            l("{name} still reads medical news each morning, out of habit more than need.").retired(),
            l("relatives call {name} with their test results, and {they} explains them patiently.").retired(),
        ],
        views: &[
            l("Checks {app} between patients for doses and interactions").not_retired(),
            l("Orders from {brand} for the clinic because the supplies are consistent").not_retired(),
            l("Eats at {place} only on days the clinic runs on time").not_retired(),
            l("Reads {app} updates on the commute to stay current").not_retired(),
        ],
        media: &[
            l("{media} — new studies skimmed on weekend mornings").not_retired(),
            l("{app} — quick checks between consultations").not_retired(),
        ],
        pains: &[
            l("long hours and on-call nights").not_retired(),
            l("paperwork that takes time from patients").not_retired(),
            l("overcrowded clinics and short consultations").not_retired(),
            l("patients who trust a video over a diagnosis").not_retired(),
            l("little time for {their} own family").not_retired(),
        ],
        triggers: &[
            l("evidence from a trusted study").not_retired(),
            l("a respected consultant's opinion").not_retired(),
            l("a conference or training in a new specialty").not_retired(),
            l("tools that save time on paperwork").not_retired(),
            l("a rare free weekend").not_retired(),
        ],
        motives: &[
            l("getting the diagnosis right").not_retired(),
            l("patients' trust").not_retired(),
            l("lifelong learning").not_retired(),
        ],
        aspirations: &[
            l("wants to open a private practice").not_retired(),
            l("hopes to finish a specialty fellowship").not_retired(),
            l("wants to spend more time teaching young doctors").not_retired(),
        ],
        quotes: &[
            l("Listening is half the diagnosis.").not_retired(),
            l("I haven't had an uninterrupted dinner in years.").not_retired(),
            l("Please don't ask me about that rash at the party.").not_retired(),
            l("Every patient teaches me something.").not_retired(),
        ],
        markers: &["doctor", "physician", "patient", "clinic", "hospital", "consultation", "on call", "diagnos", "medical"],
    },
    Bank {
        values: &["healthcare_worker"],
        data: None,
        generic: Generic {
            brand: "a hard-wearing uniform brand",
            place: "the health centre",
            app: "the clinic's scheduling app",
            media: "a health workers' community page",
            team: "the local team",
        },
        title: Some("Healthcare assistant"),
        day: &[
            l("{name}'s shift at the clinic starts with checking supplies and the day's appointments.").not_retired(),
            l("{they} spends most of the day on {their} feet, helping patients, families and the doctors.").not_retired(),
            l("home visits take {name} across the neighbourhood, bag in hand.").not_retired(),
            l("vaccination days at {place} are the busiest of the month, with queues out the door.").not_retired(),
            l("{name} washes {their} uniform every night and irons it before bed.").not_retired(),
            l("lunch is a quick meal in the staff room between one patient and the next.").not_retired(),
            l("{they} keeps patient records up to date at the end of each shift, however late it runs.").not_retired(),
            l("after work, {name} checks on an elderly neighbour because it has become habit.").not_retired(),
            l("weekend shifts come around twice a month, and {name} plans family time around them.").not_retired(),
        ],
        views: &[
            l("Buys {their} uniforms from {brand} because they survive the hot wash").not_retired(),
            l("Knows every corner of {place} and most of the patients by name").not_retired(),
            l("Uses {app} to swap shifts with colleagues").not_retired(),
            l("Thinks {place} needs twice the staff it has").not_retired(),
        ],
        media: &[
            l("{media} — updates and support from others in the field").not_retired(),
            l("{app} — next week's schedule, checked on Sunday night").not_retired(),
        ],
        pains: &[
            l("low pay for hard, skilled work").not_retired(),
            l("short staffing on every shift").not_retired(),
            l("exposure to illness at work").not_retired(),
            l("little recognition compared with doctors").not_retired(),
            l("patients who arrive too late for help").not_retired(),
        ],
        triggers: &[
            l("discounts for health workers").not_retired(),
            l("free training with a certificate").not_retired(),
            l("comfortable shoes on sale").not_retired(),
            l("a colleague's tip about a better-paying post").not_retired(),
            l("a health campaign {they} believes in").not_retired(),
        ],
        motives: &[
            l("helping the community stay healthy").not_retired(),
            l("steady, meaningful work").not_retired(),
            l("respect for the care work others do not see").not_retired(),
        ],
        aspirations: &[
            l("wants to train as a nurse or midwife").not_retired(),
            l("hopes to lead a community health programme").not_retired(),
            l("is saving for a course that leads to a licence").not_retired(),
        ],
        quotes: &[
            l("I'm the first face most patients see.").not_retired(),
            l("Health work is teamwork, or it's nothing.").not_retired(),
            l("My feet hurt, but my heart's in it.").not_retired(),
            l("Half my job is listening.").not_retired(),
        ],
        markers: &["health", "clinic", "patient", "care", "medical", "shift", "midwife", "pharmac", "vaccin"],
    },
    Bank {
        values: &["delivery_rider"],
        data: Some("motorcycles"),
        generic: Generic {
            brand: "a reliable scooter",
            place: "the corner repair shop",
            app: "a delivery app",
            media: "a riders' community page",
            team: "the local team",
        },
        title: Some("Delivery rider"),
        day: &[
            l("{name} logs on at eleven to catch the lunch rush and rides until the orders dry up.").not_retired(),
            l("rain means more orders and slower roads, and {they} rides through both in a cheap poncho.").not_retired(),
            l("between orders, {they} waits outside busy restaurants with other riders, phone in hand.").not_retired(),
            l("{name} knows the shortcuts, the speed bumps and the guards at every gated estate in the area.").not_retired(),
            l("the phone mount, the power bank and the insulated bag are checked before every shift.").not_retired(),
            l("{they} eats lunch at three, after the rush, at a stall where riders get a discount.").not_retired(),
            l("at the end of the day, {name} tallies the trips, the tips and the fuel money.").not_retired(),
            l("{name} chases the weekly bonus target, which means riding late on Fridays and Saturdays.").not_retired(),
            l("the bike gets an oil change every month at {place}, because a breakdown means no income.").not_retired(),
            l("a customer who is not home wastes twenty minutes {name} cannot get back.").not_retired(),
        ],
        views: &[
            l("Rides {brand} because it is cheap to run and easy to fix").not_retired(),
            l("Trusts {place} with the bike because the mechanic works fast").not_retired(),
            l("Thinks {brand} holds up better in the rain than anything else {they} has ridden").not_retired(),
            l("Takes the bike to {place} before the long-weekend rush").not_retired(),
            l("Keeps spare parts for {brand} in the seat compartment").not_retired(),
        ],
        media: &[
            l("{media} — bike tips watched while waiting for an order").not_retired(),
            l("{media} — watched on breaks between deliveries").not_retired(),
            l("{media} — race highlights on the phone between orders").not_retired(),
            l("{media} — road reviews of bikes {they} cannot yet afford").not_retired(),
            l("{media} — watched at the waiting spot with other riders").not_retired(),
        ],
        pains: &[
            l("rain, traffic and app algorithms that cut incentives").not_retired(),
            l("fuel prices that take a bite out of every trip").not_retired(),
            l("customers who give the wrong address").not_retired(),
            l("no sick pay and no insurance").not_retired(),
            l("long waits at restaurants that are not ready").not_retired(),
            l("police checkpoints and parking fines at pick-up points").not_retired(),
        ],
        triggers: &[
            l("a rider promo on fuel or phone data").not_retired(),
            l("a cheaper loan for a new motorbike").not_retired(),
            l("a better incentive scheme on another platform").not_retired(),
            l("rain gear on sale before the rainy months").not_retired(),
            l("a tip from other riders at the waiting spot").not_retired(),
            l("a cheaper data plan for riders").not_retired(),
        ],
        motives: &[
            l("being {their} own boss, at least on paper").not_retired(),
            l("feeding the family").not_retired(),
            l("flexible hours").not_retired(),
            l("getting home safe every night").not_retired(),
            l("the respect of other riders").not_retired(),
        ],
        aspirations: &[
            l("wants to own {their} motorbike outright").not_retired(),
            l("is saving to open a small food stall").not_retired(),
            l("hopes to find steadier work with benefits").not_retired(),
            l("wants a bigger bike to carry more orders").not_retired(),
        ],
        quotes: &[
            l("Rain or shine, the orders don't stop.").not_retired(),
            l("The app decides how much I earn today.").not_retired(),
            l("I know this city by its potholes.").not_retired(),
            l("Every minute waiting is money lost.").not_retired(),
            l("A good raincoat is worth more than a good phone.").not_retired(),
        ],
        markers: &["rider", "delivery", "deliveries", "order", "motorbike", "motorcycle", "bike", "incentive"],
    },
    Bank {
        values: &["ride_hailing_driver"],
        data: Some("cars"),
        generic: Generic {
            brand: "a fuel-efficient sedan",
            place: "the fuel station",
            app: "a used-car marketplace",
            media: "a drivers' community page",
            team: "the local team",
        },
        title: Some("Ride-hailing driver"),
        day: &[
            l("{name} logs on before six to catch the airport and office runs.").not_retired(),
            l("the car is {their} office: phone mount, charger, mints and a box of tissues for passengers.").not_retired(),
            l("{they} parks near the malls at midday and waits for the surge to start.").not_retired(),
            l("traffic decides {name}'s day; a jam in the wrong place can wipe out the morning's earnings.").not_retired(),
            l("every evening {name} adds up fares, fuel and the platform's commission in a notebook.").not_retired(),
            l("{they} washes the car every other day because ratings depend on it.").not_retired(),
            l("late-night trips pay better, so {name} drives until midnight on weekends.").not_retired(),
            l("a long wait at a pick-up point eats into {their} hourly target.").not_retired(),
            l("{name} chats with passengers when they want to and keeps quiet when they do not.").not_retired(),
            l("the car loan payment is due on the fifteenth, and {name} works extra hours the week before.").not_retired(),
        ],
        views: &[
            l("Drives {brand} because it is cheap on fuel and rarely breaks down").not_retired(),
            l("Fills up at {place} because the loyalty points add up").not_retired(),
            l("Checks {app} now and then to see what the car would fetch").not_retired(),
            l("Thinks {brand} is the workhorse of the road").not_retired(),
        ],
        media: &[
            l("{media} — traffic alerts and fare news from other drivers").not_retired(),
            l("{media} — checked at red lights for road closures").not_retired(),
        ],
        pains: &[
            l("platform commissions that keep creeping up").not_retired(),
            l("fuel prices and car-loan payments").not_retired(),
            l("traffic that wipes out a morning's earnings").not_retired(),
            l("low ratings from passengers having a bad day").not_retired(),
            l("long hours sitting, and a sore back to show for it").not_retired(),
        ],
        triggers: &[
            l("fuel rebates for drivers").not_retired(),
            l("a cheaper car loan or trade-in deal").not_retired(),
            l("new driver incentives on a rival platform").not_retired(),
            l("a tip from other drivers at the waiting area").not_retired(),
            l("a car service promo").not_retired(),
        ],
        motives: &[
            l("choosing {their} own hours").not_retired(),
            l("providing for the family").not_retired(),
            l("owning the car outright").not_retired(),
        ],
        aspirations: &[
            l("wants to pay off the car loan early").not_retired(),
            l("hopes to run a small fleet of cars one day").not_retired(),
            l("is saving to start a business off the road").not_retired(),
        ],
        quotes: &[
            l("My car is my office and my income.").not_retired(),
            l("Five stars, please — it really matters.").not_retired(),
            l("I know every shortcut in this city.").not_retired(),
            l("Traffic is my boss.").not_retired(),
        ],
        markers: &["driver", "ride-hailing", "passenger", "fare", "car", "surge", "rating", "pick-up", "trip"],
    },
    Bank {
        values: &["bpo_agent"],
        data: None,
        generic: Generic {
            brand: "a noise-cancelling headset",
            place: "the all-night food court",
            app: "the team chat",
            media: "a call-centre humour page",
            team: "the local team",
        },
        title: Some("Call centre agent"),
        day: &[
            l("{name}'s shift starts at ten at night to match customers on the other side of the world.").not_retired(),
            l("{they} takes back-to-back calls with a headset on, watching the average handling time.").not_retired(),
            l("breakfast happens at dinner time, and dinner at two in the morning in the pantry.").not_retired(),
            l("the floor goes quiet at dawn, and {name} heads home as everyone else heads to work.").not_retired(),
            l("{name} sleeps with blackout curtains and earplugs until early afternoon.").not_retired(),
            l("weekly coaching sessions go through {their} call scores, line by line.").not_retired(),
            l("{they} keeps a bottle of water and throat lozenges at the desk for long nights.").not_retired(),
            l("payday and the monthly incentive depend on {their} KPIs and attendance.").not_retired(),
            l("after a hard call, {name} takes the thirty-second break the system allows and starts again.").not_retired(),
            l("rest days fall midweek, so {name} sees friends with normal jobs once a month at best.").not_retired(),
        ],
        views: &[
            l("Brought {their} own headset from {brand} because the office ones crackle").not_retired(),
            l("Eats at {place} after the shift because nothing else is open at dawn").not_retired(),
            l("Has {app} open all night for schedule changes and team updates").not_retired(),
            l("Thinks {place} keeps the whole night shift going").not_retired(),
        ],
        media: &[
            l("{media} — memes about angry customers, shared on break").not_retired(),
            l("{app} — shift updates and team banter").not_retired(),
        ],
        pains: &[
            l("night shifts that wreck sleep and health").not_retired(),
            l("customers who shout about things {they} cannot fix").not_retired(),
            l("strict metrics on every minute").not_retired(),
            l("missing daytime life with family and friends").not_retired(),
            l("a late-night commute home").commute().not_retired(),
        ],
        triggers: &[
            l("a higher night differential at another company").not_retired(),
            l("monthly incentives").not_retired(),
            l("all-night food promos").not_retired(),
            l("a colleague's referral bonus").not_retired(),
            l("sleep aids and vitamins on sale").not_retired(),
        ],
        motives: &[
            l("a steady salary with benefits").not_retired(),
            l("a team that has {their} back").not_retired(),
            l("a path into a better role").not_retired(),
        ],
        aspirations: &[
            l("wants to become a team leader within a year").not_retired(),
            l("hopes to move to a day-shift role").not_retired(),
            l("is studying for a certification in quality or training").not_retired(),
        ],
        quotes: &[
            l("Thank you for calling, how may I help you — I say it in my sleep.").not_retired(),
            l("My day starts when yours ends.").not_retired(),
            l("The metrics never sleep, and neither do I.").not_retired(),
            l("A good team makes the night shift bearable.").not_retired(),
        ],
        markers: &["call centre", "call center", "bpo", "customer", "headset", "night shift", "kpi", "account", "agent", "call", "shift"],
    },
    Bank {
        values: &["night_shift_worker"],
        data: None,
        generic: Generic {
            brand: "an energy drink",
            place: "the all-night convenience store",
            app: "a sleep-tracking app",
            media: "a late-night radio show",
            team: "the local team",
        },
        title: Some("Night-shift security guard"),
        day: &[
            l("{name} works nights, heading out as the neighbours settle in for the evening.").not_retired(),
            l("{their} day starts in the late afternoon, with breakfast when everyone else eats dinner.").not_retired(),
            l("the quietest hours of the shift, between two and four, are the hardest to stay awake through.").not_retired(),
            l("{they} gets home after sunrise and sleeps behind blackout curtains until the afternoon.").not_retired(),
            l("on rest days {name} tries to flip back to a normal sleep pattern and rarely manages it.").not_retired(),
            l("a flask of something hot and a packed meal keep {name} going through the night.").not_retired(),
            l("{they} runs errands in the hour between waking and the shift, when the banks are about to close.").not_retired(),
            l("weekend plans with friends are squeezed into the few evenings {name} is not on nights.").not_retired(),
            l("the trip home at dawn is quiet, and {name} is usually asleep within minutes of arriving.").not_retired(),
        ],
        views: &[
            l("Keeps {brand} in {their} bag for the slump around three").not_retired(),
            l("Stops at {place} on the way in because it is the only thing open").not_retired(),
            l("Tracks every day's sleep on {app} and rarely likes the numbers").not_retired(),
            l("Thinks {place} is a lifeline for everyone who works nights").not_retired(),
        ],
        media: &[
            l("{media} — company in the small hours").not_retired(),
            l("{app} — sleep scores checked each afternoon").not_retired(),
        ],
        pains: &[
            l("broken sleep that never fully recovers").not_retired(),
            l("missing family dinners and weekend plans").not_retired(),
            l("daytime noise from neighbours and traffic").not_retired(),
            l("nothing open to eat at four in the morning").not_retired(),
            l("health worries from years of nights").not_retired(),
        ],
        triggers: &[
            l("a night-shift allowance or pay bump").not_retired(),
            l("blackout curtains and earplugs on sale").not_retired(),
            l("all-night food deals").not_retired(),
            l("vitamins a colleague swears by").not_retired(),
            l("a day-shift opening").not_retired(),
        ],
        motives: &[
            l("the extra pay that nights bring").not_retired(),
            l("quiet, independent work").not_retired(),
            l("providing for the family, whatever the hours").not_retired(),
        ],
        aspirations: &[
            l("wants to move to day shifts within a year").not_retired(),
            l("hopes to save enough from the night allowance for a big family purchase").not_retired(),
            l("is trying to build a healthier sleep routine").not_retired(),
        ],
        quotes: &[
            l("Good morning, I mean good night.").not_retired(),
            l("I see the sunrise from the wrong side.").not_retired(),
            l("Nights pay better, but they cost you too.").not_retired(),
            l("My body clock gave up years ago.").not_retired(),
        ],
        markers: &["night shift", "nights", "night", "graveyard", "sleep", "overnight", "dawn", "sunrise"],
    },
    Bank {
        values: &["freelancer"],
        data: None,
        generic: Generic {
            brand: "an invoicing tool",
            place: "a co-working space",
            app: "a freelance marketplace",
            media: "a freelancers' community",
            team: "the local team",
        },
        title: Some("Freelance writer"),
        day: &[
            l("{name} works for three or four clients at once and tracks every deadline in a shared calendar.").not_retired(),
            l("{their} mornings start with emails from clients in other time zones.").not_retired(),
            l("{they} sends invoices on the first of the month and chases the late ones on the fifteenth.").not_retired(),
            l("some weeks are so full {name} works weekends; others are quiet enough to worry.").not_retired(),
            l("{name} works from home most days and from {place} when the house gets too quiet.").not_retired(),
            l("a chunk of every payment goes into a tax pot before {they} spends a cent.").not_retired(),
            l("{they} pitches for new projects every Friday, whether or not the week was busy.").not_retired(),
            l("without a boss, {name} sets {their} own hours, and usually works more of them.").not_retired(),
            l("the laptop goes everywhere, just in case a client needs a quick change.").not_retired(),
        ],
        views: &[
            l("Finds most new clients through {app} and resents the fees").not_retired(),
            l("Works from {place} when a deadline needs focus").not_retired(),
            l("Runs the business side through {brand} to keep invoices in order").not_retired(),
            l("Thinks {app} is a good start but a bad place to stay").not_retired(),
        ],
        media: &[
            l("{media} — rates, horror stories and client leads").not_retired(),
            l("{app} — new briefs checked over breakfast").not_retired(),
        ],
        pains: &[
            l("clients who pay late or not at all").not_retired(),
            l("income that swings from month to month").not_retired(),
            l("no paid leave or health cover").not_retired(),
            l("scope creep on fixed-price projects").not_retired(),
            l("the loneliness of working alone").not_retired(),
        ],
        triggers: &[
            l("a slow month that calls for a new skill").not_retired(),
            l("discounts on software and tools").not_retired(),
            l("a referral from a happy client").not_retired(),
            l("a co-working day pass deal").not_retired(),
            l("tax season").not_retired(),
        ],
        motives: &[
            l("freedom over {their} time").not_retired(),
            l("choosing work {they} believes in").not_retired(),
            l("building a reputation on {their} own name").not_retired(),
        ],
        aspirations: &[
            l("wants enough regular clients to stop worrying about next month").not_retired(),
            l("hopes to raise {their} rates by a third this year").not_retired(),
            l("is building an emergency fund that covers six slow months").not_retired(),
        ],
        quotes: &[
            l("I'm my own boss, my own HR and my own accounts department.").not_retired(),
            l("Late payments are the real enemy.").not_retired(),
            l("Freedom is great until the invoice is overdue.").not_retired(),
            l("I never say no to work, and that's the problem.").not_retired(),
        ],
        markers: &["freelance", "client", "invoice", "project", "gig", "self-employed", "deadline", "rates"],
    },
    Bank {
        values: &["gig_worker"],
        data: None,
        generic: Generic {
            brand: "a prepaid data plan",
            place: "the hub",
            app: "a gig app",
            media: "a gig workers' group",
            team: "the local team",
        },
        title: Some("Freelance courier"),
        day: &[
            l("{name} works for three apps at once and switches between them depending on which one pays more that hour.").not_retired(),
            l("a typical week mixes deliveries, odd jobs and a weekend shift at an event.").not_retired(),
            l("{they} logs earnings from every app in a notebook at the end of the day.").not_retired(),
            l("mornings start by checking which platform has a bonus running.").not_retired(),
            l("{name} plans {their} week around the peak hours, not the clock.").not_retired(),
            l("the phone battery decides when the working day ends, so {they} carries two power banks.").not_retired(),
            l("when work is slow, {name} picks up tasks online from home.").not_retired(),
            l("{they} takes every short job that fits between the longer ones.").not_retired(),
            l("payouts land weekly, and {name} pays the bills the same day.").not_retired(),
        ],
        views: &[
            l("Keeps {app} open all day because the incentives depend on it").not_retired(),
            l("Tops up {brand} every week because working offline is not an option").not_retired(),
            l("Swings by {place} to sort out account issues in person").not_retired(),
            l("Thinks {app} changes the rules too often to trust").not_retired(),
        ],
        media: &[
            l("{media} — tips on which platform pays best this week").not_retired(),
            l("{app} — the bonus map checked every morning").not_retired(),
        ],
        pains: &[
            l("pay rates that change without warning").not_retired(),
            l("no benefits, insurance or sick days").not_retired(),
            l("accounts suspended over a single complaint").not_retired(),
            l("slow days with nothing on any app").not_retired(),
            l("costs of phone data and transport").not_retired(),
        ],
        triggers: &[
            l("a new platform's sign-up bonus").not_retired(),
            l("cheaper data or fuel deals").not_retired(),
            l("a tip from another gig worker").not_retired(),
            l("a peak-season bonus").not_retired(),
            l("flexible insurance for independent workers").not_retired(),
        ],
        motives: &[
            l("flexibility over {their} hours").not_retired(),
            l("earning today, not at the end of the month").not_retired(),
            l("answering to no one").not_retired(),
        ],
        aspirations: &[
            l("wants a steady income that does not depend on an algorithm").not_retired(),
            l("is saving to buy {their} own equipment").not_retired(),
            l("hopes to turn the side work into a small business").not_retired(),
        ],
        quotes: &[
            l("I work for three apps and none of them knows my name.").not_retired(),
            l("Some days are good, some are nothing.").not_retired(),
            l("Flexible means I never really clock off.").not_retired(),
            l("The bonus map decides where I go.").not_retired(),
        ],
        markers: &["gig", "platform", "app", "courier", "delivery", "odd jobs", "payout", "bonus", "task"],
    },
    Bank {
        values: &["small_business_owner"],
        data: Some("deals"),
        generic: Generic {
            brand: "a wholesale brand",
            place: "the wholesale market",
            app: "a payments app",
            media: "the big sale season",
            team: "the local team",
        },
        title: Some("Small shop owner"),
        day: &[
            l("{name} opens the shop at seven and counts the float before the first customer.").not_retired(),
            l("restocking means an early trip to {place} twice a week for the best prices.").not_retired(),
            l("{they} knows most customers by name and half of them by their usual order.").not_retired(),
            l("closing up means counting the till, checking stock and writing tomorrow's order.").not_retired(),
            l("{name} does the books on Sunday night with a calculator and a stack of receipts.").not_retired(),
            l("when a supplier is late, {they} drives out to collect the goods personally.").not_retired(),
            l("{name} trains a new part-time helper every few months, because staff rarely stay.").not_retired(),
            l("the shop is closed one day a week, and even then {name} answers supplier messages.").not_retired(),
            l("permits, tax forms and utility bills pile up on the counter between customers.").not_retired(),
            l("{name} handed the shop to the family but still drops by to check the shelves.").retired(),
            l("old customers greet {name} in the street and ask about the business {they} built.").retired(),
        ],
        views: &[
            l("Restocks at {place} because the bulk prices beat anywhere else").not_retired(),
            l("Takes payments through {app} because customers ask for it").not_retired(),
            l("Stocks {brand} because it sells itself").not_retired(),
            l("Compares prices at {place} with two suppliers before every big order").not_retired(),
            l("Pays suppliers through {app} to keep a record of every transfer").not_retired(),
        ],
        media: &[
            l("{media} — the busiest stretch of the year for the shop").not_retired(),
            l("{media} — planned for months, with extra stock and longer hours").not_retired(),
            l("{app} — daily takings and supplier payments").not_retired(),
            l("{media} — stock ordered weeks in advance").not_retired(),
            l("{media} — when customers come in with lists and budgets").not_retired(),
        ],
        pains: &[
            l("rising rent and supplier prices").not_retired(),
            l("big chains and online shops undercutting prices").not_retired(),
            l("customers asking for credit").not_retired(),
            l("permits, taxes and paperwork").not_retired(),
            l("never being able to take a real day off").not_retired(),
            l("staff who leave as soon as they are trained").not_retired(),
        ],
        triggers: &[
            l("supplier discounts on bulk orders").not_retired(),
            l("a low-interest business loan").not_retired(),
            l("a payment tool that cuts fees").not_retired(),
            l("a competitor closing nearby").not_retired(),
            l("a busy festival season ahead").not_retired(),
            l("a trade fair with new suppliers").not_retired(),
        ],
        motives: &[
            l("independence and pride in {their} own business").not_retired(),
            l("serving the neighbourhood").not_retired(),
            l("building something to pass on").not_retired(),
            l("a good name in the community").not_retired(),
            l("a business the children might take over").not_retired(),
        ],
        aspirations: &[
            l("wants to open a second branch").not_retired(),
            l("hopes to hire a full-time assistant").not_retired(),
            l("is saving to buy the shop space outright").not_retired(),
            l("wants to put the accounts on a proper system").not_retired(),
            l("hopes to pay off the business loan early").not_retired(),
        ],
        quotes: &[
            l("If I don't open, nobody gets paid.").not_retired(),
            l("My customers are my neighbours.").not_retired(),
            l("In a small shop, every coin counts.").not_retired(),
            l("I'm the owner, the cashier and the cleaner.").not_retired(),
            l("The shutters go up, rain or shine.").not_retired(),
        ],
        markers: &["shop", "store", "business", "customer", "stock", "supplier", "owner", "sales"],
    },
    Bank {
        values: &["online_seller"],
        data: Some("deals"),
        generic: Generic {
            brand: "a packaging supplier",
            place: "the wholesale market",
            app: "an online marketplace",
            media: "the big online sale days",
            team: "the local team",
        },
        title: Some("Online seller"),
        day: &[
            l("{name} packs the day's orders at the kitchen table, then drops them at the courier before cut-off.").not_retired(),
            l("two evenings a week {they} goes live to sell, chatting to viewers for two hours straight.").not_retired(),
            l("{they} answers customer messages on three platforms, often late into the night.").not_retired(),
            l("restocking means a trip to {place} with a big empty bag and a list from the week's sales.").not_retired(),
            l("product photos are shot by the window in the morning, when the light is best.").not_retired(),
            l("{name} tracks orders, returns and fees in a spreadsheet every Sunday.").not_retired(),
            l("big sale days mean packing until midnight with family helping tape boxes.").not_retired(),
            l("a bad review ruins {name}'s evening, and {they} replies to every one.").not_retired(),
            l("the spare room has become a stockroom, shelves full of labelled boxes.").not_retired(),
        ],
        views: &[
            l("Watches {app} for sale dates, because orders follow them").not_retired(),
            l("Sources stock at {place} in bulk to keep the margins workable").not_retired(),
            l("Thinks the fees on {app} eat most of the profit").not_retired(),
            l("Plans every promotion around what {app} is pushing that month").not_retired(),
        ],
        media: &[
            l("{media} — the peak that decides the year's profit").not_retired(),
            l("{media} — weeks of preparation, then days without sleep").not_retired(),
        ],
        pains: &[
            l("platform fees that rise every year").not_retired(),
            l("returns and fake complaints").not_retired(),
            l("couriers that lose parcels").not_retired(),
            l("competing with cheaper sellers from abroad").not_retired(),
            l("long hours answering messages").not_retired(),
        ],
        triggers: &[
            l("free-shipping subsidies for sellers").not_retired(),
            l("cheap packaging in bulk").not_retired(),
            l("a trending product spotted early").not_retired(),
            l("a live-selling feature that boosts reach").not_retired(),
            l("supplier discounts before peak season").not_retired(),
        ],
        motives: &[
            l("earning from home on {their} own terms").not_retired(),
            l("building a brand customers remember").not_retired(),
            l("extra income for the family").not_retired(),
        ],
        aspirations: &[
            l("wants to turn the online shop into a full-time business").not_retired(),
            l("hopes to hit a thousand orders a month").not_retired(),
            l("is saving for a small warehouse space").not_retired(),
        ],
        quotes: &[
            l("My living room is a warehouse on sale days.").not_retired(),
            l("A five-star review makes my week.").not_retired(),
            l("I sell while I sleep — and I barely sleep.").not_retired(),
            l("Going live is half selling, half entertaining.").not_retired(),
        ],
        markers: &["online shop", "orders", "seller", "selling", "live", "customers", "parcel", "courier", "stock", "shipping"],
    },
    Bank {
        values: &["farmer"],
        data: None,
        generic: Generic {
            brand: "a trusted seed brand",
            place: "the farm-supply store",
            app: "a weather app",
            media: "a farm radio programme",
            team: "the local team",
        },
        title: Some("Farmer"),
        day: &[
            l("{name} is in the fields by first light, before the heat makes the work twice as hard.").not_retired(),
            l("planting season means long days, sore hands and meals eaten at the edge of the field.").not_retired(),
            l("{they} checks the sky and {app} every morning before deciding what to do.").not_retired(),
            l("harvest weeks bring the whole family out, from the grandparents to the children.").not_retired(),
            l("between seasons, {name} repairs tools, fences and the irrigation channels.").not_retired(),
            l("{they} sells part of the crop to a trader and keeps part for the family.").not_retired(),
            l("a trip to {place} for seed and fertiliser is planned around the cash on hand.").not_retired(),
            l("{name} meets other growers at the cooperative to compare prices and pests.").not_retired(),
            l("dry spells keep {name} awake at night, watching the forecast for rain.").not_retired(),
            l("market day means an early start, a loaded truck and bargaining until noon.").not_retired(),
            l("{name} still walks the fields each morning, now leaving the hard work to the next generation.").retired(),
            l("a small vegetable plot behind the house keeps {name} busy and the kitchen supplied.").retired(),
        ],
        views: &[
            l("Plants {brand} because it has held up in bad seasons").not_retired(),
            l("Buys fertiliser at {place} on credit until the harvest comes in").not_retired(),
            l("Trusts {app} more than the old sayings, but not always").not_retired(),
            l("Thinks {brand} costs more but pays back in yield").not_retired(),
        ],
        media: &[
            l("{media} — prices and weather at dawn").not_retired(),
            l("{app} — the rain forecast checked twice a day").not_retired(),
        ],
        pains: &[
            l("unpredictable weather and failed harvests").not_retired(),
            l("middlemen who set the prices").not_retired(),
            l("fertiliser and fuel costs that rise every season").not_retired(),
            l("young people leaving the village for the city").not_retired(),
            l("loans that come due before the harvest").not_retired(),
        ],
        triggers: &[
            l("a good harvest").not_retired(),
            l("subsidised seed or fertiliser").not_retired(),
            l("a cooperative deal on equipment").not_retired(),
            l("a neighbour's better yield with a new method").not_retired(),
            l("a low-interest farm loan").not_retired(),
        ],
        motives: &[
            l("feeding the family and the community").not_retired(),
            l("keeping the land productive for the next generation").not_retired(),
            l("independence on {their} own land").not_retired(),
        ],
        aspirations: &[
            l("wants to buy a small tractor with other farmers").not_retired(),
            l("hopes to sell directly to buyers and skip the middlemen").not_retired(),
            l("wants to send the children to agricultural college").not_retired(),
        ],
        quotes: &[
            l("The weather is my boss.").not_retired(),
            l("You can't rush a harvest.").not_retired(),
            l("Farming is hard, but the land gives back.").not_retired(),
            l("Everyone eats, but few want to farm.").not_retired(),
        ],
        markers: &["farm", "harvest", "crop", "field", "planting", "seed", "fertiliser", "fertilizer", "rice", "livestock"],
    },
    Bank {
        values: &["fisher"],
        data: None,
        generic: Generic {
            brand: "a reliable outboard engine",
            place: "the fish landing",
            app: "a marine weather app",
            media: "a coastal radio station",
            team: "the local team",
        },
        title: Some("Fisher"),
        day: &[
            l("{name} heads out before dawn, when the sea is calm and the fish are close.").not_retired(),
            l("the catch is landed by mid-morning and sold straight off the boat at {place}.").not_retired(),
            l("afternoons are for mending nets and checking the engine.").not_retired(),
            l("{they} watches the wind and {app} before deciding whether to go out at all.").not_retired(),
            l("during the off-season, {name} takes odd jobs on shore to keep money coming in.").not_retired(),
            l("{name} shares fuel costs with two other fishers who crew the same boat.").not_retired(),
            l("stormy weeks mean no catch and no income, so {name} saves in good months.").not_retired(),
            l("the family helps sort and dry the catch on the beach in the late morning.").not_retired(),
            l("{they} knows the reefs, tides and currents of the bay by heart.").not_retired(),
        ],
        views: &[
            l("Runs {brand} on the boat because parts are easy to find").not_retired(),
            l("Sells most of the catch at {place} where buyers come early").not_retired(),
            l("Checks {app} before every trip, even on clear mornings").not_retired(),
            l("Thinks {brand} is worth the price because a breakdown at sea is dangerous").not_retired(),
        ],
        media: &[
            l("{media} — weather warnings before every trip").not_retired(),
            l("{app} — wind and wave forecasts each night").not_retired(),
        ],
        pains: &[
            l("shrinking catches year after year").not_retired(),
            l("fuel prices that eat the day's earnings").not_retired(),
            l("storms that keep the boats in for weeks").not_retired(),
            l("big commercial boats fishing the same waters").not_retired(),
            l("buyers who pay less than the fish is worth").not_retired(),
        ],
        triggers: &[
            l("a fuel subsidy for small fishers").not_retired(),
            l("a cooperative deal on nets or engines").not_retired(),
            l("a good season's catch").not_retired(),
            l("a new buyer paying better prices").not_retired(),
            l("safety gear given out by the local government").not_retired(),
        ],
        motives: &[
            l("the sea as a way of life").not_retired(),
            l("putting food on the family table").not_retired(),
            l("protecting the fishing grounds for the future").not_retired(),
        ],
        aspirations: &[
            l("wants a bigger, safer boat").not_retired(),
            l("hopes the children will have a choice about the sea").not_retired(),
            l("is saving to add a small fish-drying business").not_retired(),
        ],
        quotes: &[
            l("The sea decides if we eat today.").not_retired(),
            l("There were more fish when my father went out.").not_retired(),
            l("I read the weather better than the radio does.").not_retired(),
            l("A calm morning is a gift.").not_retired(),
        ],
        markers: &["fish", "boat", "catch", "sea", "nets", "fishing", "tide", "coast"],
    },
    Bank {
        values: &["remote_worker"],
        data: Some("gadgets"),
        generic: Generic {
            brand: "a dependable laptop",
            place: "the electronics store",
            app: "a video-call app",
            media: "a tech review channel",
            team: "the local team",
        },
        title: Some("Remote customer support specialist"),
        day: &[
            l("{name}'s commute is ten steps from the bedroom to a desk by the window.").not_retired(),
            l("the working day is a string of video calls, with the camera off for lunch.").not_retired(),
            l("{they} logs on early to overlap with a team several time zones away.").not_retired(),
            l("{name} takes a walk at midday to make sure {they} leaves the house at least once.").not_retired(),
            l("a backup internet connection and a charged power bank are non-negotiable.").not_retired(),
            l("some days {they} works from a library or a co-working space just to see other people.").not_retired(),
            l("{name} closes the laptop at six sharp, or the working day never ends.").not_retired(),
            l("lunch is cooked at home, and the savings on transport go into a travel fund.").not_retired(),
            l("{they} sets up the desk properly: a stand for the laptop, a good chair and a ring light.").not_retired(),
        ],
        views: &[
            l("Runs the whole working day on {brand} and refuses to skimp on it").not_retired(),
            l("Bought a second monitor at {place} and wonders how {they} managed without it").not_retired(),
            l("Lives in {app} from nine to six").not_retired(),
            l("Thinks {brand} is worth every cent for all-day video calls").not_retired(),
        ],
        media: &[
            l("{media} — reviews watched before any new gear for the home desk").not_retired(),
            l("{app} — meetings all day, muted most of the time").not_retired(),
        ],
        pains: &[
            l("internet outages in the middle of a call").not_retired(),
            l("loneliness without colleagues nearby").not_retired(),
            l("the line between work and home disappearing").not_retired(),
            l("higher electricity bills from working at home").not_retired(),
            l("meetings scheduled across awkward time zones").not_retired(),
        ],
        triggers: &[
            l("deals on monitors, chairs and headsets").not_retired(),
            l("a faster internet plan").not_retired(),
            l("a co-working membership trial").not_retired(),
            l("a colleague's desk-setup recommendation").not_retired(),
            l("a company allowance for home equipment").not_retired(),
        ],
        motives: &[
            l("flexibility and time saved from commuting").not_retired(),
            l("being there for the household during the day").not_retired(),
            l("focused, uninterrupted work").not_retired(),
        ],
        aspirations: &[
            l("wants to work from a different city for a month each year").not_retired(),
            l("hopes to build a proper home office").not_retired(),
            l("is aiming for a role that pays in a stronger currency").not_retired(),
        ],
        quotes: &[
            l("My commute is from the bed to the desk.").not_retired(),
            l("You're on mute — the phrase of my career.").not_retired(),
            l("If the internet goes, so does my day.").not_retired(),
            l("I haven't worn real shoes on a weekday in months.").not_retired(),
        ],
        markers: &["remote", "work from home", "working from home", "video call", "laptop", "home office", "online", "time zone", "internet", "co-working"],
    },
    Bank {
        values: &["content_creator"],
        data: Some("photography"),
        generic: Generic {
            brand: "a good phone camera",
            place: "the camera shop",
            app: "an editing app",
            media: "a creators' community",
            team: "the local team",
        },
        title: Some("Content creator"),
        day: &[
            l("{name} films in the morning when the light is good and edits in the evening.").not_retired(),
            l("{they} posts at the same times each week because the algorithm rewards consistency.").not_retired(),
            l("every outing is a potential video, and {name} films first and eats second.").not_retired(),
            l("an hour a day goes to replying to comments and messages from followers.").not_retired(),
            l("{they} checks the analytics before breakfast and again before bed.").not_retired(),
            l("brand deals come in waves, and {name} negotiates each one by email.").not_retired(),
            l("weekends are for batch filming so the weekdays can be for editing.").not_retired(),
            l("{name} scribbles video ideas into a notes app whenever inspiration strikes.").not_retired(),
            l("{their} room doubles as a studio, with a ring light and a backdrop in one corner.").not_retired(),
        ],
        views: &[
            l("Shoots almost everything on {brand} and upgrades when {they} can").not_retired(),
            l("Edits every clip in {app} before posting").not_retired(),
            l("Buys accessories at {place} and asks the staff for advice").not_retired(),
            l("Thinks {brand} is the best value for anyone starting out").not_retired(),
        ],
        media: &[
            l("{media} — trends and tips from other creators").not_retired(),
            l("{app} — editing late at night").not_retired(),
        ],
        pains: &[
            l("algorithm changes that tank the views").not_retired(),
            l("brands that want posts for free").not_retired(),
            l("burnout from posting every day").not_retired(),
            l("hate comments and copycats").not_retired(),
            l("income that swings with every platform update").not_retired(),
        ],
        triggers: &[
            l("a new trend worth jumping on early").not_retired(),
            l("gear discounts for creators").not_retired(),
            l("a brand collaboration offer").not_retired(),
            l("a creator fund or monetisation milestone").not_retired(),
            l("a viral video from someone {they} admires").not_retired(),
        ],
        motives: &[
            l("creative freedom").not_retired(),
            l("building a community around {their} work").not_retired(),
            l("earning from what {they} loves").not_retired(),
        ],
        aspirations: &[
            l("wants to reach a follower count that pays the rent").not_retired(),
            l("hopes to turn content into a full-time income").not_retired(),
            l("is planning {their} own product line").not_retired(),
        ],
        quotes: &[
            l("Everything is content if you film it right.").not_retired(),
            l("The algorithm giveth and taketh away.").not_retired(),
            l("I spend more time editing than filming.").not_retired(),
            l("My followers feel like friends.").not_retired(),
        ],
        markers: &["content", "creator", "followers", "video", "post", "film", "editing", "channel", "brand deal", "views"],
    },
    Bank {
        values: &["office_worker"],
        data: Some("food"),
        generic: Generic {
            brand: "a local favourite",
            place: "the food court downstairs",
            app: "a food-delivery app",
            media: "a lunchtime food page",
            team: "the local team",
        },
        title: Some("Office administrator"),
        day: &[
            l("{name} is at the desk by eight-thirty, with the inbox open before the computer finishes loading.").not_retired(),
            l("lunch is forty-five minutes at {place} with the same three colleagues.").not_retired(),
            l("{they} spends the morning on reports and the afternoon in meetings about them.").not_retired(),
            l("the office air-conditioning is freezing, so a cardigan lives on {their} chair.").not_retired(),
            l("payday Fridays mean ordering lunch through {app} for the whole team.").not_retired(),
            l("{name} leaves at six if the boss has already gone, later if not.").not_retired(),
            l("the commute home is the only hour in the day that is fully {their} own.").commute().not_retired(),
            l("{they} keeps snacks in the top drawer for the three o'clock slump.").not_retired(),
            l("Monday mornings start with a team meeting and a long list of tasks.").not_retired(),
            l("after decades at a desk, {name} is determined to spend every morning outdoors.").retired(),
            l("{name} meets former colleagues for a long lunch on the first Friday of every month.").retired(),
        ],
        views: &[
            l("Goes to {place} at least three times a week because it is close and quick").not_retired(),
            l("Orders from {app} when the day is too busy to leave the desk").not_retired(),
            l("Thinks {place} is overpriced but convenient").not_retired(),
            l("Keeps {app} on the home screen for late nights at the office").not_retired(),
        ],
        media: &[
            l("{media} — lunch ideas scrolled at eleven-thirty").not_retired(),
            l("{app} — lunch and late-night dinners at the desk").not_retired(),
        ],
        pains: &[
            l("a commute that steals two hours a day").commute().not_retired(),
            l("meetings that could have been emails").not_retired(),
            l("flat pay rises").not_retired(),
            l("sitting all day and a stiff neck to show for it").not_retired(),
            l("office politics").not_retired(),
        ],
        triggers: &[
            l("payday promos").not_retired(),
            l("team lunch deals").not_retired(),
            l("colleagues' recommendations").not_retired(),
            l("corporate discounts").not_retired(),
            l("a new place opening near the office").not_retired(),
        ],
        motives: &[
            l("a stable job with benefits").not_retired(),
            l("a good team").not_retired(),
            l("clear evenings and weekends").not_retired(),
        ],
        aspirations: &[
            l("wants a promotion to team lead").not_retired(),
            l("hopes to switch to a hybrid schedule").not_retired(),
            l("is saving for a long trip once the year's leave builds up").not_retired(),
        ],
        quotes: &[
            l("This could have been an email.").not_retired(),
            l("Lunch is the highlight of my workday.").not_retired(),
            l("I've answered forty emails and it's not even noon.").not_retired(),
            l("Nine to five is never really nine to five.").not_retired(),
        ],
        markers: &["office", "desk", "colleague", "meeting", "email", "boss", "inbox", "report"],
    },
    Bank {
        values: &["civil_servant"],
        data: None,
        generic: Generic {
            brand: "the government employees' fund",
            place: "the staff canteen",
            app: "the staff portal",
            media: "the official gazette",
            team: "the local team",
        },
        title: Some("Civil servant"),
        day: &[
            l("{name} signs in at the government office by eight and works through a queue of files.").not_retired(),
            l("forms, stamps and signatures fill most of {their} day, in triplicate.").not_retired(),
            l("{they} takes lunch at {place} at exactly noon, with the same colleagues for years.").not_retired(),
            l("the office closes on time, and {name} is usually home before dark.").not_retired(),
            l("a new policy memo arrives every few weeks, and {name} has to explain it to the public.").not_retired(),
            l("{they} attends compulsory training seminars a few times a year.").not_retired(),
            l("members of the public bring problems to {their} counter that no form can solve.").not_retired(),
            l("{name} keeps a drawer of old circulars because someone always asks about the rules.").not_retired(),
            l("the promotion exam is months away, and {name} studies for it on weekends.").not_retired(),
            l("{name} helps neighbours fill in government forms, since {they} knows every one by heart.").retired(),
            l("the pension from years of public service arrives each month, and {name} budgets it carefully.").retired(),
        ],
        views: &[
            l("Counts on {brand} for the pension and the housing loan").not_retired(),
            l("Eats at {place} because it is cheap and close to the desk").not_retired(),
            l("Files leave and payslip requests through {app}, with mixed results").not_retired(),
            l("Thinks {brand} is the main reason to stay in public service").not_retired(),
        ],
        media: &[
            l("{media} — new rules and appointments, checked weekly").not_retired(),
            l("{app} — payslips, leave and circulars").not_retired(),
        ],
        pains: &[
            l("slow promotions based on seniority").not_retired(),
            l("red tape {they} has to enforce but did not write").not_retired(),
            l("public frustration aimed at the counter").not_retired(),
            l("pay that lags behind the private sector").not_retired(),
            l("old computers and slow systems").not_retired(),
        ],
        triggers: &[
            l("government employee discounts").not_retired(),
            l("a salary standardisation or bonus").not_retired(),
            l("a low-rate loan for public servants").not_retired(),
            l("a colleague's retirement planning tips").not_retired(),
            l("a training grant").not_retired(),
        ],
        motives: &[
            l("job security").not_retired(),
            l("serving the public").not_retired(),
            l("a secure pension at the end").not_retired(),
        ],
        aspirations: &[
            l("wants to pass the next promotion exam").not_retired(),
            l("hopes to transfer to a department closer to home").not_retired(),
            l("is planning a comfortable retirement on a government pension").not_retired(),
        ],
        quotes: &[
            l("It's a steady job, and steady matters.").not_retired(),
            l("I don't make the rules, I just explain them.").not_retired(),
            l("Patience is the most important skill in public service.").not_retired(),
            l("There's always one more form.").not_retired(),
        ],
        markers: &["government", "civil serv", "public serv", "department", "agency", "office", "public sector", "official", "the public", "circular", "policy"],
    },
    Bank {
        values: &["software_developer"],
        data: Some("gadgets"),
        generic: Generic {
            brand: "a good laptop",
            place: "the electronics store",
            app: "a code-hosting platform",
            media: "a developer podcast",
            team: "the local team",
        },
        title: Some("Software developer"),
        day: &[
            l("{name}'s day starts with a stand-up meeting and a look at last night's failed builds.").not_retired(),
            l("most afternoons are for deep work with headphones on and notifications off.").not_retired(),
            l("{they} reviews colleagues' code before lunch and gets {their} own reviewed after.").not_retired(),
            l("release weeks mean late nights, cold dinners and a lot of testing.").not_retired(),
            l("{name} is on call one week a month and sleeps with the laptop nearby.").not_retired(),
            l("side projects fill some evenings, half-finished and full of ideas.").not_retired(),
            l("{they} learns a new framework every year because the job moves that fast.").not_retired(),
            l("a bug that will not go away can ruin {name}'s whole evening.").not_retired(),
            l("{name} works from home three days a week and from the office for meetings.").not_retired(),
        ],
        views: &[
            l("Codes on {brand} and will not hear a word against it").not_retired(),
            l("Keeps {their} side projects on {app}").not_retired(),
            l("Picks up keyboards and cables at {place} more often than needed").not_retired(),
            l("Thinks {brand} is overpriced but worth it for the battery").not_retired(),
            l("Buys monitors and keyboards at {place} after reading every review").not_retired(),
        ],
        media: &[
            l("{media} — tech news on the morning walk").not_retired(),
            l("{app} — open-source projects browsed at night").not_retired(),
            l("{media} — listened to on long refactoring afternoons").not_retired(),
            l("{app} — pull requests reviewed first thing").not_retired(),
            l("{media} — conference talks watched at 1.5x speed").not_retired(),
        ],
        pains: &[
            l("unclear requirements that change mid-sprint").not_retired(),
            l("late-night production incidents").not_retired(),
            l("long hours sitting at a screen").not_retired(),
            l("meetings that break up deep work").not_retired(),
            l("layoff rumours in the industry").not_retired(),
            l("legacy code nobody wants to touch").not_retired(),
        ],
        triggers: &[
            l("a new device launch").not_retired(),
            l("a tool that saves hours of work").not_retired(),
            l("a colleague's rave review").not_retired(),
            l("developer conference discounts").not_retired(),
            l("an offer from a company abroad").not_retired(),
            l("a free tier that becomes indispensable").not_retired(),
        ],
        motives: &[
            l("solving hard problems").not_retired(),
            l("building things people use").not_retired(),
            l("constant learning").not_retired(),
            l("elegant, maintainable solutions").not_retired(),
            l("a team that shares what it learns").not_retired(),
        ],
        aspirations: &[
            l("wants to become a senior engineer within two years").not_retired(),
            l("hopes to work for a company abroad remotely").not_retired(),
            l("is building an app of {their} own on the side").not_retired(),
            l("wants to speak at a developer conference").not_retired(),
        ],
        quotes: &[
            l("It works on my machine.").not_retired(),
            l("I spend more time reading code than writing it.").not_retired(),
            l("The best code is the code you delete.").not_retired(),
            l("Please don't deploy on a Friday.").not_retired(),
            l("Naming things is the hardest part of the job.").not_retired(),
        ],
        markers: &["software", "developer", "code", "coding", "programm", "bug", "deploy", "app", "engineer", "build", "release", "framework", "stand-up"],
    },
    Bank {
        values: &["engineer"],
        data: None,
        generic: Generic {
            brand: "a trusted tool brand",
            place: "the project site",
            app: "a design-software suite",
            media: "an engineering journal",
            team: "the local team",
        },
        title: Some("Civil engineer"),
        day: &[
            l("{name} splits the week between the design office and site visits in a hard hat.").not_retired(),
            l("site inspections start early, before the heat and the crews get going.").not_retired(),
            l("{they} spends afternoons checking drawings, calculations and specifications.").not_retired(),
            l("a project deadline means weekends at {place} and long calls with contractors.").not_retired(),
            l("{name} signs off on safety checks and takes that signature seriously.").not_retired(),
            l("{they} keeps a notebook of measurements and a tape measure in every bag.").not_retired(),
            l("meetings with clients, contractors and inspectors fill the middle of the week.").not_retired(),
            l("{name} studies for a professional licence renewal in the evenings.").not_retired(),
            l("when something goes wrong on site, {their} phone rings first.").not_retired(),
            l("{name} fixes things around the house and the street, with a toolbox that has outlasted three cars.").retired(),
            l("{name} still points out the bridges and buildings {they} helped build whenever the family drives past.").retired(),
        ],
        views: &[
            l("Relies on {brand} for equipment that does not let {them} down").not_retired(),
            l("Spends half the week at {place} and knows every crew member").not_retired(),
            l("Drafts most of the work in {app}").not_retired(),
            l("Thinks {app} is powerful but painfully slow on old computers").not_retired(),
        ],
        media: &[
            l("{media} — new standards and case studies on weekends").not_retired(),
            l("{app} — drawings open on two screens all day").not_retired(),
        ],
        pains: &[
            l("deadlines set without engineers in the room").not_retired(),
            l("contractors cutting corners").not_retired(),
            l("safety responsibility with too little authority").not_retired(),
            l("long hours on site in bad weather").not_retired(),
            l("budget cuts mid-project").not_retired(),
        ],
        triggers: &[
            l("professional training and certifications").not_retired(),
            l("a new tool demonstrated on site").not_retired(),
            l("a tool a fellow engineer vouches for").not_retired(),
            l("an overseas project offer").not_retired(),
            l("a bonus at project completion").not_retired(),
        ],
        motives: &[
            l("building things that last").not_retired(),
            l("safety and precision").not_retired(),
            l("professional pride").not_retired(),
        ],
        aspirations: &[
            l("wants to lead a major infrastructure project").not_retired(),
            l("hopes to earn a senior professional licence").not_retired(),
            l("is saving to start a consultancy").not_retired(),
        ],
        quotes: &[
            l("Measure twice, build once.").not_retired(),
            l("Safety isn't optional.").not_retired(),
            l("Every bridge starts on paper.").not_retired(),
            l("The site always has a surprise.").not_retired(),
        ],
        markers: &["engineer", "site", "project", "design", "construction", "drawing", "specification", "contractor"],
    },
    Bank {
        values: &["designer"],
        data: Some("photography"),
        generic: Generic {
            brand: "a good drawing tablet",
            place: "the art-supply shop",
            app: "a design app",
            media: "a design showcase site",
            team: "the local team",
        },
        title: Some("Graphic designer"),
        day: &[
            l("{name} spends the morning on client revisions and the afternoon on new concepts.").not_retired(),
            l("{they} sketches ideas on paper first, then builds them in {app}.").not_retired(),
            l("feedback rounds decide {their} week: some clients want one change, others want twenty.").not_retired(),
            l("{name} keeps a folder of screenshots of every poster, package and logo {they} likes.").not_retired(),
            l("evenings sometimes go to personal projects that never make it into the portfolio.").not_retired(),
            l("{they} presents work to clients on video calls and braces for the first reaction.").not_retired(),
            l("a good font can make {name}'s day; a bad brief can ruin it.").not_retired(),
            l("weekends include a walk through the city, photographing signs and shopfronts for ideas.").not_retired(),
            l("deadlines cluster at the end of each month, and {name} works late to meet them.").not_retired(),
        ],
        views: &[
            l("Works almost entirely in {app} and knows every shortcut").not_retired(),
            l("Shoots reference photos with {brand} because the colours come out right").not_retired(),
            l("Picks up sketchbooks at {place} and always leaves with extra pens").not_retired(),
            l("Thinks {app} subscriptions are too expensive but cannot work without them").not_retired(),
        ],
        media: &[
            l("{media} — inspiration browsed before starting any project").not_retired(),
            l("{app} — open from morning to night").not_retired(),
        ],
        pains: &[
            l("clients who want it done yesterday").not_retired(),
            l("endless revisions for the same fee").not_retired(),
            l("software subscriptions adding up").not_retired(),
            l("work being copied without credit").not_retired(),
            l("AI tools undercutting rates").not_retired(),
        ],
        triggers: &[
            l("software and hardware discounts").not_retired(),
            l("a portfolio review opportunity").not_retired(),
            l("new fonts and asset packs").not_retired(),
            l("a design award deadline").not_retired(),
            l("a creative community's recommendation").not_retired(),
        ],
        motives: &[
            l("making things beautiful and clear").not_retired(),
            l("room to experiment").not_retired(),
            l("being recognised for good work").not_retired(),
        ],
        aspirations: &[
            l("wants to open a small design studio").not_retired(),
            l("hopes to win a design award").not_retired(),
            l("is building a portfolio to work with bigger brands").not_retired(),
        ],
        quotes: &[
            l("Can you make the logo bigger? — every client, ever.").not_retired(),
            l("Good design is invisible.").not_retired(),
            l("I notice bad fonts everywhere.").not_retired(),
            l("My best ideas come at midnight.").not_retired(),
        ],
        markers: &["design", "designer", "client", "logo", "font", "portfolio", "brief", "layout", "creative"],
    },
    Bank {
        values: &["factory_worker"],
        data: None,
        generic: Generic {
            brand: "a sturdy work-boot brand",
            place: "the canteen by the factory gate",
            app: "a payroll app",
            media: "a workers' community page",
            team: "the local team",
        },
        title: Some("Factory production worker"),
        day: &[
            l("{name} clocks in at six and stands at the production line until the first break at nine.").not_retired(),
            l("the factory runs in rotating shifts, so every two weeks {name}'s sleep changes.").not_retired(),
            l("{they} hits the day's quota most days, and overtime comes when orders pile up.").not_retired(),
            l("lunch is thirty minutes at {place} with the same crew from the line.").not_retired(),
            l("the ride to the factory on the company bus is when {name} catches up on sleep.").not_retired(),
            l("after a double shift, {they} goes straight to bed and skips dinner.").not_retired(),
            l("payday at the factory means queues at the cash machine outside the gate.").not_retired(),
            l("{name} wears earplugs and safety glasses all day and still hears the machines at night.").not_retired(),
            l("rest days go to laundry, family and a long sleep.").not_retired(),
            l("{name}'s hands still wake {them} at dawn, so the morning starts early with the radio on.").retired(),
            l("{name} meets old workmates on the bench by the market every few days to talk about the old days.").retired(),
        ],
        views: &[
            l("Buys boots from {brand} because the cheap ones split in a month").not_retired(),
            l("Eats at {place} because it is fast and filling").not_retired(),
            l("Checks payslips on {app} to make sure the overtime is counted").not_retired(),
            l("Thinks {place} is the only good part of the shift").not_retired(),
        ],
        media: &[
            l("{media} — news about pay and shifts from other workers").not_retired(),
            l("{app} — hours and overtime checked every week").not_retired(),
        ],
        pains: &[
            l("long, repetitive shifts on {their} feet").not_retired(),
            l("pay that needs overtime to stretch").not_retired(),
            l("rotating shifts that ruin sleep").not_retired(),
            l("strict quotas and little say").not_retired(),
            l("short contracts with no security").not_retired(),
        ],
        triggers: &[
            l("payday at the end of the month").not_retired(),
            l("overtime-heavy months").not_retired(),
            l("cheap work gear on sale").not_retired(),
            l("co-worker recommendations").not_retired(),
            l("company loans or benefits").not_retired(),
        ],
        motives: &[
            l("a stable wage for the family").not_retired(),
            l("solidarity with co-workers").not_retired(),
            l("saving for something better").not_retired(),
        ],
        aspirations: &[
            l("wants to become a line supervisor").not_retired(),
            l("hopes to save enough to start a small business").not_retired(),
            l("is taking a technical course on weekends").not_retired(),
        ],
        quotes: &[
            l("The line doesn't stop, so neither do we.").not_retired(),
            l("Overtime pays the school fees.").not_retired(),
            l("I've been on this shift so long I dream about the machines.").not_retired(),
            l("We look out for each other on the floor.").not_retired(),
        ],
        markers: &["factory", "production", "line", "shift", "overtime", "quota", "machine", "plant"],
    },
    Bank {
        values: &["construction_worker"],
        data: Some("home_diy"),
        generic: Generic {
            brand: "a tough tool brand",
            place: "the hardware store",
            app: "a jobs-for-tradespeople app",
            media: "a builders' channel",
            team: "the local team",
        },
        title: Some("Construction worker"),
        day: &[
            l("{name} is on site by seven, hard hat on, before the heat sets in.").not_retired(),
            l("the day is carrying, mixing and lifting, with a long break only at noon.").not_retired(),
            l("{they} picks up materials from {place} on the way to the job when the foreman asks.").not_retired(),
            l("rainy days stop work on site, and {name} loses a day's pay.").not_retired(),
            l("{name} moves from project to project, sometimes across the city, sometimes further.").not_retired(),
            l("lunch is packed from home and eaten in the shade of an unfinished wall.").not_retired(),
            l("{they} learns new skills from the older workers: tiling, welding, reading plans.").not_retired(),
            l("after work, {name}'s back aches, and a hot shower is the first thing {they} wants.").not_retired(),
            l("when one project ends, {name} is already asking about the next.").not_retired(),
        ],
        views: &[
            l("Uses {brand} because {their} tools have to survive the site").not_retired(),
            l("Knows the staff at {place} from years of picking up materials").not_retired(),
            l("Finds side jobs through {app} on weekends").not_retired(),
            l("Thinks {brand} is worth the extra cost for power tools").not_retired(),
        ],
        media: &[
            l("{media} — techniques and tricks watched at night").not_retired(),
            l("{media} — renovation shows, watched with a critical eye").not_retired(),
        ],
        pains: &[
            l("day rates that stop when the rain starts").not_retired(),
            l("unsafe sites and missing safety gear").not_retired(),
            l("contractors who pay late").not_retired(),
            l("heat, dust and a sore back").not_retired(),
            l("gaps between projects with no income").not_retired(),
        ],
        triggers: &[
            l("tool sales").not_retired(),
            l("a project with steady pay").not_retired(),
            l("a tip from the foreman about a new job").not_retired(),
            l("safety gear discounts").not_retired(),
            l("a chance to learn a better-paid trade").not_retired(),
        ],
        motives: &[
            l("building something real").not_retired(),
            l("a better life for {their} children").not_retired(),
            l("mastering a trade").not_retired(),
        ],
        aspirations: &[
            l("wants to become a foreman").not_retired(),
            l("hopes to start a small contracting business").not_retired(),
            l("is saving to build {their} own family home").not_retired(),
        ],
        quotes: &[
            l("I built half the buildings on this street.").not_retired(),
            l("Rain means no pay.").not_retired(),
            l("My hands tell the story of my work.").not_retired(),
            l("Respect the site and it respects you.").not_retired(),
        ],
        markers: &["construction", "site", "builder", "foreman", "hard hat", "project", "materials", "contractor", "mason", "carpent"],
    },
    Bank {
        values: &["domestic_worker"],
        data: Some("cooking"),
        generic: Generic {
            brand: "the household's usual brand",
            place: "the market",
            app: "a messaging app",
            media: "a cooking channel",
            team: "the local team",
        },
        title: Some("Domestic helper"),
        day: &[
            l("{name} is up before the household, cooking breakfast and packing the children's lunches.").not_retired(),
            l("the morning goes to laundry, sweeping and ironing in the same order every day.").not_retired(),
            l("{they} does the household shopping at {place} with a list and a strict budget.").not_retired(),
            l("{name} walks the employer's children to school and collects them in the afternoon.").not_retired(),
            l("afternoons are quieter: a short rest, then dinner preparations begin.").not_retired(),
            l("{they} video-calls {their} own family on {their} day off, often for hours.").not_retired(),
            l("on Sundays, {name} meets other helpers at church, the park or the mall.").not_retired(),
            l("{name} sends most of {their} wages home and keeps a little for phone credit.").not_retired(),
            l("the day ends when the dishes are done and the household is asleep.").not_retired(),
        ],
        views: &[
            l("Cooks with {brand} because it is what the household expects").not_retired(),
            l("Shops at {place} because the sellers give {them} a fair price").not_retired(),
            l("Stocks up on {brand} when it is on offer to stretch the household budget").not_retired(),
            l("Knows which stall at {place} has the freshest produce").not_retired(),
        ],
        media: &[
            l("{media} — new recipes to try for the household").not_retired(),
            l("{app} — calls and messages home on the day off").not_retired(),
        ],
        pains: &[
            l("long hours with little rest").not_retired(),
            l("being far from {their} own family").not_retired(),
            l("employers who do not respect days off").not_retired(),
            l("low wages and no contract").not_retired(),
            l("loneliness in someone else's home").not_retired(),
        ],
        triggers: &[
            l("a day off with friends").not_retired(),
            l("cheap ways to send money home").not_retired(),
            l("a recipe the household loved").not_retired(),
            l("promos on phone credit").not_retired(),
            l("a holiday bonus").not_retired(),
        ],
        motives: &[
            l("providing for {their} own family").not_retired(),
            l("doing honest work well").not_retired(),
            l("respect and fair treatment").not_retired(),
        ],
        aspirations: &[
            l("wants to save enough to go home and start a small business").not_retired(),
            l("hopes to put {their} children through school").parent().not_retired(),
            l("is learning new skills on {their} day off").not_retired(),
        ],
        quotes: &[
            l("I take care of another family so I can take care of mine.").not_retired(),
            l("My day off is my whole week.").not_retired(),
            l("I know this kitchen better than my own.").not_retired(),
            l("Respect costs nothing.").not_retired(),
        ],
        markers: &["household", "helper", "employer", "domestic", "housekeep", "cleaning", "laundry", "day off", "nanny"],
    },
    Bank {
        values: &["street_vendor"],
        data: Some("deals"),
        generic: Generic {
            brand: "a wholesale supplier",
            place: "the wholesale market",
            app: "a mobile wallet",
            media: "the busy sale season",
            team: "the local team",
        },
        title: Some("Street food vendor"),
        day: &[
            l("{name} is at the wholesale market before dawn, buying what will sell that day.").not_retired(),
            l("the stall goes up at the same corner every morning, in the same order.").not_retired(),
            l("{they} serves the breakfast rush, then the lunch crowd, then the after-school snack hunters.").not_retired(),
            l("{name} knows every regular's order and who pays later.").not_retired(),
            l("rainy days empty the streets, and {name} packs up early with half the stock unsold.").not_retired(),
            l("{they} counts the day's takings on a plastic stool when the crowds thin.").not_retired(),
            l("local officers sometimes move the vendors on, and {name} knows where to go next.").not_retired(),
            l("the cart is cleaned, restocked and chained up before {name} heads home.").not_retired(),
            l("customers pay with {app} more and more, and {name} keeps the phone close.").not_retired(),
        ],
        views: &[
            l("Restocks at {place} because the prices leave room for profit").not_retired(),
            l("Accepts {app} because younger customers carry no cash").not_retired(),
            l("Buys from {brand} because the quality is steady").not_retired(),
            l("Knows which sellers at {place} give credit").not_retired(),
        ],
        media: &[
            l("{media} — when the whole street gets busier").not_retired(),
            l("{media} — extra stock bought in and longer days").not_retired(),
        ],
        pains: &[
            l("rising prices of ingredients and supplies").not_retired(),
            l("rain and heat that keep customers away").not_retired(),
            l("being moved on by officials").not_retired(),
            l("long hours standing in traffic fumes").not_retired(),
            l("no safety net on slow days").not_retired(),
        ],
        triggers: &[
            l("bulk discounts at the market").not_retired(),
            l("a festival or event nearby").not_retired(),
            l("a cheaper supplier").not_retired(),
            l("a microloan offer").not_retired(),
            l("new customers from a nearby office or school").not_retired(),
        ],
        motives: &[
            l("feeding the family with {their} own hands").not_retired(),
            l("the regulars who come back every day").not_retired(),
            l("being {their} own boss").not_retired(),
        ],
        aspirations: &[
            l("wants to move from a cart to a small shop").not_retired(),
            l("hopes to get a permanent spot").not_retired(),
            l("is saving to send the children to a better school").parent().not_retired(),
        ],
        quotes: &[
            l("My regulars are like family.").not_retired(),
            l("Rain is bad for business.").not_retired(),
            l("I started with one cart and a loan.").not_retired(),
            l("Fresh every day, that's my secret.").not_retired(),
        ],
        markers: &["stall", "vendor", "cart", "customers", "street", "takings", "regulars", "hawker", "selling"],
    },
    Bank {
        values: &["entrepreneur"],
        data: Some("investing"),
        generic: Generic {
            brand: "a small-business loan",
            place: "the bank",
            app: "a business banking app",
            media: "a business news channel",
            team: "the local team",
        },
        title: Some("Start-up founder"),
        day: &[
            l("{name}'s day starts with cash flow: what came in, what is going out, and what is late.").not_retired(),
            l("{they} runs a small team and still answers customer emails personally.").not_retired(),
            l("investor meetings and pitch decks fill the weeks before a funding round.").not_retired(),
            l("evenings are for strategy, spreadsheets and a podcast about other founders.").not_retired(),
            l("{name} checks sales numbers on the phone before getting out of bed.").not_retired(),
            l("networking events and trade fairs take up at least two evenings a month.").not_retired(),
            l("{they} hires slowly and worries about payroll every month.").not_retired(),
            l("weekends are theoretically off, but {name} usually works one of them.").not_retired(),
            l("a new product launch means a month of late nights for the whole team.").not_retired(),
        ],
        views: &[
            l("Banks with {place} because the business account was easy to open").not_retired(),
            l("Keeps a slice of every good month invested through {app}").not_retired(),
            l("Manages invoices and payments through {app}").not_retired(),
            l("Financed the first expansion with {brand}").not_retired(),
        ],
        media: &[
            l("{media} — market moves checked every morning").not_retired(),
            l("{app} — the business balance, checked far too often").not_retired(),
        ],
        pains: &[
            l("cash-flow gaps between invoices and payroll").not_retired(),
            l("finding and keeping good staff").not_retired(),
            l("red tape and permits").not_retired(),
            l("funding that is hard to get without connections").not_retired(),
            l("never switching off").not_retired(),
        ],
        triggers: &[
            l("tools that save staff hours").not_retired(),
            l("a funding round or new client").not_retired(),
            l("a mentor's recommendation").not_retired(),
            l("a startup programme or grant").not_retired(),
            l("a competitor's move").not_retired(),
        ],
        motives: &[
            l("building a company from nothing").not_retired(),
            l("creating jobs").not_retired(),
            l("proving the idea works").not_retired(),
        ],
        aspirations: &[
            l("wants to scale the business to a second city").not_retired(),
            l("hopes to raise a proper funding round").not_retired(),
            l("wants to build a company that outlasts {them}").not_retired(),
        ],
        quotes: &[
            l("Cash flow is king.").not_retired(),
            l("I'm the CEO and the janitor.").not_retired(),
            l("Every no gets me closer to a yes.").not_retired(),
            l("I haven't had a real weekend in two years.").not_retired(),
        ],
        markers: &["business", "founder", "entrepreneur", "startup", "start-up", "investor", "company", "customers", "team", "cash flow", "sales", "payroll"],
    },
];

#[cfg(test)]
mod tests {
    use super::super::{Bank, INTEREST_BANKS};
    use super::STATUS_BANKS;
    use crate::audience::{Family, VOCABULARY};
    use crate::locale::INTEREST_KEYS;
    use crate::persona::archetypes::{Line, When};
    use std::collections::HashMap;

    const SLOTS: &[&str] = &[
        "{they}",
        "{them}",
        "{their}",
        "{themself}",
        "{name}",
        "{city}",
        "{brand}",
        "{place}",
        "{app}",
        "{media}",
        "{team}",
        "{kids}",
    ];

    /// Bare plural verbs that a singular `{they}` must never take ("{they} look").
    const BARE: &[&str] = &[
        "look", "go", "want", "have", "do", "like", "make", "take", "get", "love", "spend", "play",
        "watch", "buy", "use", "keep", "check", "are", "were", "need", "try",
    ];

    /// Verbs that would make `{kids}` a subject: "the baby" and "the kids" cannot
    /// share one (a line says "with {kids}", never "{kids} wake").
    const KIDS_VERBS: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "go", "goes", "need", "needs", "want", "wants",
        "eat", "eats", "wake", "wakes", "fall", "falls", "get", "gets", "love", "loves", "like",
        "likes", "do", "does", "grow", "grows", "start", "starts", "come", "comes",
    ];

    macro_rules! check {
        ($bad:ident, $cond:expr, $($msg:tt)+) => {
            if !$cond {
                $bad.push(format!($($msg)+));
            }
        };
    }

    fn report(bad: Vec<String>) {
        assert!(
            bad.is_empty(),
            "{} problems:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    fn family_of(value: &str) -> Option<Family> {
        VOCABULARY
            .iter()
            .find(|(_, vs)| vs.contains(&value))
            .map(|(f, _)| *f)
    }

    fn sections(b: &Bank) -> [(&'static str, &'static [Line]); 8] {
        [
            ("day", b.day),
            ("views", b.views),
            ("media", b.media),
            ("pains", b.pains),
            ("triggers", b.triggers),
            ("motives", b.motives),
            ("aspirations", b.aspirations),
            ("quotes", b.quotes),
        ]
    }

    fn lines_of(
        banks: &'static [Bank],
    ) -> impl Iterator<Item = (&'static Bank, &'static str, &'static Line)> {
        banks.iter().flat_map(|b| {
            sections(b)
                .into_iter()
                .flat_map(move |(s, lines)| lines.iter().map(move |l| (b, s, l)))
        })
    }

    fn all_lines() -> impl Iterator<Item = (&'static Bank, &'static str, &'static Line)> {
        lines_of(STATUS_BANKS)
    }

    fn generics(b: &Bank) -> [&'static str; 5] {
        let g = &b.generic;
        [g.brand, g.place, g.app, g.media, g.team]
    }

    fn placeholders(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = text;
        while let Some(i) = rest.find('{') {
            let tail = &rest[i..];
            match tail.find('}') {
                Some(j) => {
                    out.push(&tail[..=j]);
                    rest = &tail[j + 1..];
                }
                None => {
                    out.push(tail);
                    break;
                }
            }
        }
        out
    }

    /// Whether `text` has `phrase` starting at a word boundary.
    fn has_phrase(text: &str, phrase: &str) -> bool {
        format!(" {}", text.to_lowercase()).contains(&format!(" {phrase}"))
    }

    /// The word after each occurrence of `tag`, letters only, lower case.
    fn words_after<'a>(text: &'a str, tag: &str) -> Vec<String> {
        let words: Vec<&'a str> = text.split_whitespace().collect();
        words
            .windows(2)
            .filter(|w| w[0] == tag)
            .map(|w| {
                w[1].chars()
                    .filter(|c| c.is_alphabetic())
                    .collect::<String>()
                    .to_lowercase()
            })
            .collect()
    }

    fn is_parenthood(b: &Bank) -> bool {
        family_of(b.values[0]) == Some(Family::Parenthood)
    }

    #[test]
    fn every_status_value_has_exactly_one_bank() {
        let mut bad = Vec::new();
        let mut wanted = Vec::new();
        for (family, values) in VOCABULARY {
            if matches!(
                family,
                Family::Parenthood | Family::LifeStage | Family::Work
            ) {
                wanted.extend(values.iter().copied());
            }
        }
        assert_eq!(wanted.len(), 52, "10 + 15 + 27 status values");
        for v in &wanted {
            let n = STATUS_BANKS.iter().filter(|b| b.values.contains(v)).count();
            check!(bad, n == 1, "{v}: {n} banks");
            let elsewhere = INTEREST_BANKS
                .iter()
                .filter(|b| b.values.contains(v))
                .count();
            check!(bad, elsewhere == 0, "{v}: also an interest bank");
        }
        for b in STATUS_BANKS {
            check!(bad, !b.values.is_empty(), "a bank without values");
            for v in b.values {
                check!(bad, wanted.contains(v), "{v} is not a status value");
            }
        }
        report(bad);
    }

    #[test]
    fn banks_meet_the_minimum_counts() {
        let mut bad = Vec::new();
        for b in STATUS_BANKS {
            let v = b.values[0];
            for (s, lines, min) in [
                ("day", b.day, 8),
                ("views", b.views, 4),
                ("media", b.media, 2),
                ("pains", b.pains, 5),
                ("triggers", b.triggers, 5),
                ("motives", b.motives, 3),
                ("aspirations", b.aspirations, 3),
                ("quotes", b.quotes, 4),
            ] {
                check!(
                    bad,
                    lines.len() >= min,
                    "{v}: {} {s}, want {min}",
                    lines.len()
                );
            }
            let n = b.markers.len();
            check!(bad, (6..=15).contains(&n), "{v}: {n} markers");
        }
        report(bad);
    }

    #[test]
    fn work_banks_have_titles_and_others_do_not() {
        let mut bad = Vec::new();
        for b in STATUS_BANKS {
            let v = b.values[0];
            let work = family_of(v) == Some(Family::Work);
            match b.title {
                Some(t) => {
                    check!(bad, work && v != "working", "{v}: title {t:?}");
                    let first = t.chars().next().unwrap_or('x');
                    check!(bad, first.is_uppercase(), "{v}: title {t:?}");
                    check!(bad, t.trim() == t && !t.contains('{'), "{v}: title {t:?}");
                }
                None => check!(bad, !work || v == "working", "{v}: no title"),
            }
        }
        report(bad);
    }

    #[test]
    fn data_keys_are_pack_interest_keys() {
        let mut bad = Vec::new();
        for b in STATUS_BANKS {
            let v = b.values[0];
            if let Some(k) = b.data {
                check!(bad, INTEREST_KEYS.contains(&k), "{v}: unknown key {k}");
            }
            let want = if is_parenthood(b) {
                Some("parenting")
            } else {
                match v {
                    "first_home_buyer" | "renter" | "newlywed" => Some("property"),
                    "retired" | "empty_nester" => Some("retirement"),
                    _ => b.data,
                }
            };
            check!(bad, b.data == want, "{v}: data {:?}, want {want:?}", b.data);
        }
        report(bad);
    }

    #[test]
    fn only_known_placeholders() {
        let mut bad = Vec::new();
        for (b, s, l) in all_lines() {
            let v = b.values[0];
            for p in placeholders(l.text) {
                check!(bad, SLOTS.contains(&p), "{v} {s}: {p} in {:?}", l.text);
            }
            let opens = l.text.matches('{').count();
            let closes = l.text.matches('}').count();
            check!(bad, opens == closes, "{v} {s}: unbalanced {:?}", l.text);
            if l.text.contains("{kids}") {
                check!(
                    bad,
                    is_parenthood(b),
                    "{v} {s}: {{kids}} outside a parenthood bank: {:?}",
                    l.text
                );
            }
        }
        report(bad);
    }

    #[test]
    fn generics_and_markers_are_lower_case() {
        let mut bad = Vec::new();
        for b in STATUS_BANKS {
            let v = b.values[0];
            for s in generics(b) {
                check!(bad, !s.is_empty() && !s.contains('{'), "{v}: generic {s:?}");
                check!(bad, s == s.to_lowercase(), "{v}: generic {s:?}");
            }
            for m in b.markers {
                check!(bad, !m.trim().is_empty(), "{v}: empty marker");
                check!(bad, *m == m.to_lowercase(), "{v}: marker {m:?}");
                check!(bad, !m.contains('{'), "{v}: marker {m:?}");
            }
        }
        report(bad);
    }

    #[test]
    fn views_name_exactly_one_brand_place_or_app() {
        let mut bad = Vec::new();
        for b in STATUS_BANKS {
            for l in b.views {
                let n: usize = ["{brand}", "{place}", "{app}"]
                    .iter()
                    .map(|s| l.text.matches(s).count())
                    .sum();
                check!(bad, n == 1, "{}: {:?}", b.values[0], l.text);
            }
        }
        report(bad);
    }

    #[test]
    fn no_line_is_used_twice() {
        let mut bad = Vec::new();
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (b, _, l) in all_lines() {
            if let Some(other) = seen.insert(l.text, b.values[0]) {
                bad.push(format!("{:?} in both {other} and {}", l.text, b.values[0]));
            }
        }
        for (b, _, l) in lines_of(INTEREST_BANKS) {
            if let Some(other) = seen.get(l.text) {
                bad.push(format!(
                    "{:?} in {other} and interest bank {}",
                    l.text, b.values[0]
                ));
            }
        }
        report(bad);
    }

    #[test]
    fn sentences_end_with_punctuation_and_items_do_not() {
        let mut bad = Vec::new();
        let terminal = |t: &str| t.ends_with('.') || t.ends_with('!') || t.ends_with('?');
        for (b, s, l) in all_lines() {
            let v = b.values[0];
            let t = l.text;
            check!(
                bad,
                t == t.trim() && !t.contains("  "),
                "{v} {s}: spacing in {t:?}"
            );
            match s {
                "day" | "quotes" => check!(bad, terminal(t), "{v} {s}: no final stop in {t:?}"),
                _ => check!(
                    bad,
                    !t.ends_with('.'),
                    "{v} {s}: list item ends with a stop {t:?}"
                ),
            }
            if s == "media" {
                let ok = (t.starts_with("{media} — ") || t.starts_with("{app} — "))
                    && t.matches(" — ").count() == 1;
                check!(bad, ok, "{v} media: {t:?}");
            }
            if s == "quotes" {
                check!(
                    bad,
                    !t.contains('"') && !t.contains('{'),
                    "{v} quote: {t:?}"
                );
            }
        }
        report(bad);
    }

    #[test]
    fn aspirations_start_with_a_third_person_verb() {
        let mut bad = Vec::new();
        for b in STATUS_BANKS {
            for l in b.aspirations {
                let first = l.text.split_whitespace().next().unwrap_or("");
                let ok = first.ends_with('s') && first.chars().all(|c| c.is_ascii_lowercase());
                check!(bad, ok, "{}: {:?}", b.values[0], l.text);
            }
        }
        report(bad);
    }

    #[test]
    fn they_takes_singular_verbs_and_kids_is_never_a_subject() {
        let mut bad = Vec::new();
        for (b, s, l) in all_lines() {
            let v = b.values[0];
            for next in words_after(l.text, "{they}") {
                check!(bad, !BARE.contains(&next.as_str()), "{v} {s}: {:?}", l.text);
            }
            for next in words_after(l.text, "{kids}") {
                check!(
                    bad,
                    !KIDS_VERBS.contains(&next.as_str()),
                    "{v} {s}: {{kids}} as a subject in {:?}",
                    l.text
                );
            }
        }
        report(bad);
    }

    #[test]
    fn retirees_neither_work_nor_study() {
        let mut bad = Vec::new();
        let words = ["office", "shift", "commute", "class", "boss"];
        for (b, s, l) in all_lines() {
            let v = b.values[0];
            let checked = match v {
                "retired" => true,
                "empty_nester" => s == "day",
                _ => false,
            };
            if !checked {
                continue;
            }
            let t = l.text.to_lowercase();
            for w in words {
                check!(bad, !t.contains(w), "{v} {s}: {w:?} in {:?}", l.text);
            }
            if v == "retired" {
                let f = l.when.flags;
                let wrong = When::WORK | When::STUDENT | When::NOT_RETIRED | When::COMMUTE;
                check!(bad, f & wrong == 0, "{v} {s}: condition on {:?}", l.text);
            }
        }
        report(bad);
    }

    #[test]
    fn carers_look_after_someone_their_age_allows() {
        let mut bad = Vec::new();
        let young = [
            "ageing parent",
            "aging parent",
            "elderly parent",
            "elderly mother",
            "elderly father",
        ];
        for (b, s, l) in all_lines() {
            let v = b.values[0];
            let t = l.text.to_lowercase();
            if young.iter().any(|w| t.contains(w)) {
                check!(
                    bad,
                    l.when.max_age <= 69,
                    "{v} {s}: {:?} needs .ages(.., 69)",
                    l.text
                );
            }
            if v == "caregiver" && t.contains("spouse") {
                check!(
                    bad,
                    l.when.flags & When::PARTNER != 0 && l.when.min_age >= 50,
                    "{v} {s}: {:?} needs a partner and an age",
                    l.text
                );
            }
        }
        let caregiver = STATUS_BANKS
            .iter()
            .find(|b| b.values.contains(&"caregiver"))
            .expect("caregiver bank");
        let ages: Vec<(u8, u8)> = caregiver
            .day
            .iter()
            .filter(|l| {
                let t = l.text.to_lowercase();
                t.contains("ageing parent") || t.contains("ailing spouse")
            })
            .map(|l| (l.when.min_age, l.when.max_age))
            .collect();
        check!(
            bad,
            ages.len() >= 2 && ages.iter().any(|a| a.1 <= 69) && ages.iter().any(|a| a.1 > 69),
            "caregiver: want an ageing-parent line and an ailing-spouse line, got {ages:?}"
        );
        report(bad);
    }

    #[test]
    fn conditions_match_what_the_lines_say() {
        let mut bad = Vec::new();
        let work = [
            "at work",
            "after work",
            "before work",
            "the office",
            "payday",
            "workday",
            "working week",
            "long shift",
            "way to work",
            "a colleague",
            "lunch break",
        ];
        let study = [
            "lecture",
            "campus",
            "a classmate",
            "classmates",
            "after class",
            "before class",
            "to class",
        ];
        // Statuses that do not by themselves put a persona in work.
        let unworking = [
            "student",
            "high_school_student",
            "university_student",
            "retired",
            "empty_nester",
            "newlywed",
            "first_home_buyer",
            "renter",
            "caregiver",
            "job_seeker",
        ];
        let students = ["student", "high_school_student", "university_student"];
        for (b, s, l) in all_lines() {
            let v = b.values[0];
            let f = l.when.flags;
            let t = l.text;
            if (is_parenthood(b) || unworking.contains(&v)) && work.iter().any(|w| has_phrase(t, w))
            {
                let ok = f & (When::WORK | When::NOT_RETIRED) != 0;
                check!(bad, ok, "{v} {s}: {t:?} needs .work()");
            }
            if !students.contains(&v) && study.iter().any(|w| has_phrase(t, w)) {
                check!(
                    bad,
                    f & When::STUDENT != 0,
                    "{v} {s}: {t:?} needs .student()"
                );
            }
            if v == "job_seeker" {
                check!(
                    bad,
                    f & When::WORK == 0,
                    "{v} {s}: job seekers hold no job: {t:?}"
                );
            }
            if s == "day" && is_parenthood(b) {
                let kids = t.contains("{kids}") || has_phrase(t, "the kids");
                let carefree = ["expecting", "new_parent", "grandparent"].contains(&v);
                if kids && !carefree {
                    check!(bad, f & When::KIDS != 0, "{v} {s}: {t:?} needs .kids()");
                }
            }
        }
        report(bad);
    }

    #[test]
    fn first_home_buyers_and_renters_do_not_own_yet() {
        let mut bad = Vec::new();
        let owning = [
            "homeowner",
            "{their} house",
            "{their} own house",
            "paid off",
            "renovat",
            "mortgage payment",
            "our house",
        ];
        for (b, s, l) in all_lines() {
            let v = b.values[0];
            if !["first_home_buyer", "renter"].contains(&v) {
                continue;
            }
            let t = l.text.to_lowercase();
            for w in owning {
                check!(bad, !t.contains(w), "{v} {s}: {w:?} in {:?}", l.text);
            }
        }
        report(bad);
    }

    #[test]
    fn lines_are_country_neutral() {
        let mut bad = Vec::new();
        // Local words and currencies come from the packs, never from the banks; nor
        // does a coffee habit (one per persona, from the coffee bank or the day).
        let local = [
            "peso",
            "pesos",
            "rupiah",
            "ringgit",
            "dollar",
            "dollars",
            "pound",
            "pounds",
            "barangay",
            "balikbayan",
            "jeepney",
            "ofw",
            "ofws",
            "sari-sari",
            "nappy",
            "nappies",
            "diaper",
            "diapers",
            "petrol",
            "gasoline",
            "mum",
            "mom",
            "mums",
            "moms",
            "coffee",
            "latte",
            "café",
            "cafe",
            "barista",
        ];
        for (b, s, l) in all_lines() {
            let lower = l.text.to_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            for w in local {
                check!(
                    bad,
                    !words.contains(&w),
                    "{} {s}: {w:?} in {:?}",
                    b.values[0],
                    l.text
                );
            }
        }
        report(bad);
    }

    #[test]
    fn most_day_lines_show_the_facet() {
        let mut bad = Vec::new();
        let slots = ["{brand}", "{place}", "{app}", "{media}", "{team}", "{kids}"];
        for b in STATUS_BANKS {
            let shown = b
                .day
                .iter()
                .filter(|l| {
                    let t = l.text.to_lowercase();
                    b.markers.iter().any(|m| t.contains(m)) || slots.iter().any(|s| t.contains(s))
                })
                .count();
            check!(
                bad,
                shown * 2 >= b.day.len(),
                "{}: only {shown} of {} day lines show the facet",
                b.values[0],
                b.day.len()
            );
        }
        report(bad);
    }
}
