//! People who work on their own account: shops, sellers, farms and boats.

use super::super::super::{Bank, Generic};
use crate::persona::archetypes::l;

pub(super) const SMALL_BUSINESS_OWNER: Bank = Bank {
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
        l("{name} opens the shop at seven and counts the float before the first customer.")
            .not_retired(),
        l("restocking means an early trip to {place} twice a week for the best prices.")
            .not_retired(),
        l("{they} knows most customers by name and half of them by their usual order.")
            .not_retired(),
        l("closing up means counting the till, checking stock and writing tomorrow's order.")
            .not_retired(),
        l("{name} does the books on Sunday night with a calculator and a stack of receipts.")
            .not_retired(),
        l("when a supplier is late, {they} drives out to collect the goods personally.")
            .not_retired(),
        l("{name} trains a new part-time helper every few months, because staff rarely stay.")
            .not_retired(),
        l("the shop is closed one day a week, and even then {name} answers supplier messages.")
            .not_retired(),
        l("permits, tax forms and utility bills pile up on the counter between customers.")
            .not_retired(),
        l("{name} handed the shop to the family but still drops by to check the shelves.")
            .retired(),
        l("old customers greet {name} in the street and ask about the business {they} built.")
            .retired(),
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
    markers: &[
        "shop", "store", "business", "customer", "stock", "supplier", "owner", "sales",
    ],
};

pub(super) const ONLINE_SELLER: Bank = Bank {
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
};

pub(super) const FARMER: Bank = Bank {
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
};

pub(super) const FISHER: Bank = Bank {
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
        l("{name} heads out before dawn, when the sea is calm and the fish are close.")
            .not_retired(),
        l("the catch is landed by mid-morning and sold straight off the boat at {place}.")
            .not_retired(),
        l("afternoons are for mending nets and checking the engine.").not_retired(),
        l("{they} watches the wind and {app} before deciding whether to go out at all.")
            .not_retired(),
        l("during the off-season, {name} takes odd jobs on shore to keep money coming in.")
            .not_retired(),
        l("{name} shares fuel costs with two other fishers who crew the same boat.").not_retired(),
        l("stormy weeks mean no catch and no income, so {name} saves in good months.")
            .not_retired(),
        l("the family helps sort and dry the catch on the beach in the late morning.")
            .not_retired(),
        l("{they} knows the reefs, tides and currents of the bay by heart.").not_retired(),
    ],
    views: &[
        l("Runs {brand} on the boat because parts are easy to find").not_retired(),
        l("Sells most of the catch at {place} where buyers come early").not_retired(),
        l("Checks {app} before every trip, even on clear mornings").not_retired(),
        l("Thinks {brand} is worth the price because a breakdown at sea is dangerous")
            .not_retired(),
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
    markers: &[
        "fish", "boat", "catch", "sea", "nets", "fishing", "tide", "coast",
    ],
};
