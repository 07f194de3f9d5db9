//! Factory, building, household and street work, and founders.

use super::super::super::{Bank, Generic};
use crate::persona::archetypes::l;

pub(super) const FACTORY_WORKER: Bank = Bank {
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
};

pub(super) const CONSTRUCTION_WORKER: Bank = Bank {
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
        l("{they} picks up materials from {place} on the way to the job when the foreman asks.")
            .not_retired(),
        l("rainy days stop work on site, and {name} loses a day's pay.").not_retired(),
        l("{name} moves from project to project, sometimes across the city, sometimes further.")
            .not_retired(),
        l("lunch is packed from home and eaten in the shade of an unfinished wall.").not_retired(),
        l("{they} learns new skills from the older workers: tiling, welding, reading plans.")
            .not_retired(),
        l("after work, {name}'s back aches, and a hot shower is the first thing {they} wants.")
            .not_retired(),
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
    markers: &[
        "construction",
        "site",
        "builder",
        "foreman",
        "hard hat",
        "project",
        "materials",
        "contractor",
        "mason",
        "carpent",
    ],
};

pub(super) const DOMESTIC_WORKER: Bank = Bank {
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
};

pub(super) const STREET_VENDOR: Bank = Bank {
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
};

pub(super) const ENTREPRENEUR: Bank = Bank {
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
};
