"""Breakdowns in wire-report phrasings: which rules fire (and which stay silent)."""

from __future__ import annotations

import pytest

from tests.conftest import check_text

CASES = [
    ("Of the 120 passengers, 80 were rescued and 50 remain missing.", ["breakdown-sum"]),
    (
        "The Social Democrats won 107 of the 349 seats, ahead of the Sweden Democrats with 73 "
        "and the Moderates with 68. The Left Party took 24 seats.",
        [],
    ),
    (
        "The $6.8 trillion budget includes $886 billion for defence and $1.5 trillion for "
        "Social Security. Spending on Medicare would rise to $1.1 trillion, from $1.0 trillion.",
        [],
    ),
    (
        "Of the 1.2 million new jobs created last year, about 400,000 were in health care and "
        "260,000 in leisure and hospitality.",
        [],
    ),
    (
        "Air defences destroyed 64 drones overnight. Twenty-eight were downed over the Bryansk "
        "region, 12 over Kursk, 9 over Belgorod, 6 over Oryol and 3 each over the Tula and "
        "Kaluga regions. Two drones were destroyed over the Moscow region, and one over Crimea. "
        "Mayor Sergei Sobyanin said 2 drones flying towards the capital had been shot down.",
        [],
    ),
    (
        "Russian air defences destroyed 48 drones overnight: 19 over the Tula region, 13 over the Kaluga region, 9 over Bryansk and 7 over Oryol, the ministry said.",
        [],
    ),
    (
        "Russian air defences destroyed 50 drones overnight: 19 over the Tula region, 13 over the Kaluga region, 9 over Bryansk and 7 over Oryol, the ministry said.",
        ["breakdown-sum"],
    ),
    (
        "Air defence units destroyed 25 Ukrainian drones overnight. Nine of them were downed over the Belgorod region, eight over Kursk and six over Bryansk. Two more were destroyed over the Voronezh region.",
        [],
    ),
    (
        "Air defence units destroyed 27 Ukrainian drones overnight. Nine of them were downed over the Belgorod region, eight over Kursk and six over Bryansk. Two more were destroyed over the Voronezh region.",
        ["breakdown-sum"],
    ),
    (
        "The ministry said 30 drones were shot down. Of these, 14 were over the Bryansk region and 9 over Kursk.",
        [],
    ),
    (
        "The ministry said 20 drones were shot down. Of these, 14 were over the Bryansk region and 9 over Kursk.",
        ["breakdown-sum"],
    ),
    (
        "Drones were intercepted over five regions: Kaluga (two drones), Tver (three drones), Moscow (one drone), Smolensk (four drones) and Pskov (one drone), a total of 11.",
        [],
    ),
    (
        "Overnight, 12 drones were destroyed: Kaluga (two drones), Tver (three drones), Moscow (one drone), Smolensk (four drones).",
        ["breakdown-sum"],
    ),
    (
        "Air defences downed 10 drones: two UAVs each over the Lipetsk and Penza regions, three over Tambov, single drones were intercepted over the Saratov and Samara regions, and the same number over the Volgograd region.",
        [],
    ),
    (
        "Air defences downed 20 drones: four over the Belgorod region, the same number over the Kursk region, seven over Bryansk and another five over Oryol.",
        [],
    ),
    (
        "Air defences downed 20 drones: four over the Belgorod region, the same number over the Kursk region, seven over Bryansk and another six over Oryol.",
        ["breakdown-sum"],
    ),
    ("The ministry reported 17 drones destroyed, including at least 5 over the Moscow region.", []),
    (
        "The ministry reported 17 drones destroyed, among them 12 over the Moscow region and 8 over Tver.",
        ["breakdown-sum"],
    ),
    (
        "Air defences destroyed 12 drones: 5 over the Moscow region, including 3 flying towards the capital, 4 over Tula and 3 over Kaluga.",
        [],
    ),
    (
        "Air defences destroyed 15 drones: 5 over the Moscow region, including 3 flying towards the capital, 4 over Tula and 3 over Kaluga.",
        ["breakdown-sum"],
    ),
    (
        "The 450-seat chamber will have 230 seats for the ruling party, 150 for the opposition and 70 for independents.",
        [],
    ),
    (
        "The 450-seat chamber will have 230 seats for the ruling party, 150 for the opposition and 60 for independents.",
        ["breakdown-sum"],
    ),
    (
        "The council approved a budget of $12.5 million: $6.1 million for schools, $4.2 million for roads and $2.2 million for parks.",
        [],
    ),
    (
        "The council approved a budget of $12.5 million: $6.1 million for schools, $4.2 million for roads and $3.2 million for parks.",
        ["breakdown-sum"],
    ),
    (
        "At least 23 people were killed and 41 injured in the attack, officials said. Among the dead were 5 children.",
        [],
    ),
    # unnamed places ("the capital") set no part apart: no relation, no finding
    ("The storm killed 14 people, 9 in the capital and 3 in the port city.", []),
    (
        "The storm killed 14 people, 9 in the capital, 2 in the port and 1 in the hills.",
        ["breakdown-sum"],
    ),
    (
        "The storm killed at least 14 people, 9 in the capital and 3 in the port city.",
        [],
    ),
    ("Kyiv said it launched 60 drones. Russia said it shot down 45 drones over its territory.", []),
    (
        "Ukraine's air force said Russia launched 89 drones and 3 missiles overnight, of which 56 drones were shot down and 21 were lost to electronic jamming.",
        [],
    ),
    (
        "Ukraine's air force said Russia launched 89 drones overnight, of which 56 were shot down and 41 were lost to electronic jamming.",
        ["breakdown-sum"],
    ),
    (
        "Troops destroyed 31 drones over eight regions. The breakdown is as follows:\n- Kursk: 10\n- Bryansk: 6\n- Oryol: 5\n- Belgorod: 4\n- Tula: 3\n- Kaluga: 2\n- Lipetsk: 1",
        ["breakdown-count"],
    ),
    (
        "Troops destroyed 31 drones over eight regions. The breakdown is as follows:\n- Kursk: 10\n- Bryansk: 6\n- Oryol: 5\n- Belgorod: 4\n- Tula: 3\n- Kaluga: 2\n- Lipetsk: 1\n- Tver: 1",
        ["breakdown-sum"],
    ),
    (
        "The profits, $900,000 in all, were divided four ways: $300,000 to Smith, $200,000 to Jones and $400,000 to Brown.",
        ["breakdown-count"],
    ),
    (
        "Air defences shot down 40 drones across six regions: 10 over Kursk, 10 over Bryansk, 8 over Oryol, 6 over Belgorod, 4 over Tula and 2 over Kaluga.",
        [],
    ),
    (
        "Air defences shot down 40 drones across six regions: 10 over Kursk, 10 over Bryansk, 8 over Oryol, 6 over Belgorod, 4 over Tula and 2 over Kursk.",
        ["duplicate-part"],
    ),
    ("In 2023, the city recorded 1,204 burglaries, up from 1,100 in 2022.", []),
    ("The company employs 5,400 people, about 3,000 of them in Germany.", []),
    ("Police arrested 12 people on Friday and another 7 on Saturday.", []),
    ("Officials said 300 homes were damaged and 45 destroyed in the floods.", []),
    ("Of the 120 passengers, 80 were rescued and 30 remain missing.", []),
    ("Of the 120 passengers, 80 were rescued and 40 remain missing.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_breakdown_phrasings(text, expected):
    got = sorted({f["rule"] for f in check_text(text)["findings"]})
    assert got == sorted(expected), text


def test_short_breakdown_reports_arithmetic_and_each_hint():
    text = (
        "Air defences destroyed 31 drones overnight over eight regions. Ten drones were downed "
        "over the Voronezh and Tambov regions, three each over Rostov and Yaroslavl, and two over "
        "Smolensk. Single drones were destroyed over Bryansk, Kursk and Oryol."
    )
    [f] = check_text(text)["findings"]
    assert f["rule"] == "breakdown-sum"
    assert f["arithmetic"] == "31 stated; 10 + 3 + 3 + 2 + 1 + 1 + 1 = 21; short by 10"
    assert "ten each" in f["hint"]


def test_breakdown_over_total_names_excess():
    data = check_text("Police made 10 arrests: six in the north and seven in the south.")
    [f] = data["findings"]
    assert "over by 3" in f["arithmetic"]
    assert [x["value"] for x in f["figures"]] == [10, 6, 7]


def test_figures_in_finding_slice_the_source():
    text = "Police made 10 arrests: six in the north and seven in the south."
    [f] = check_text(text)["findings"]
    for fig in f["figures"]:
        assert text[fig["start"] : fig["end"]] == fig["text"]


def test_change_figures_are_not_a_breakdown():
    from tests.conftest import findings_for

    text = (
        "The waiting list shrank, falling from 4,800 cases in March to 2,900 in June. "
        "Class sizes went from 24 to 27."
    )
    assert findings_for(text) == []


def test_bare_number_mid_sentence_in_a_later_sentence_is_not_a_part():
    from tests.conftest import findings_for

    text = (
        "Rescuers found 11 survivors on Monday. The search area covered 40 square blocks, "
        "officials said, and teams worked for 12 hours."
    )
    assert findings_for(text) == []


def test_labelled_loss_lists_are_not_breakdowns():
    from tests.conftest import findings_for

    inline = (
        "The total combat losses of the enemy were approximately: personnel - about 212,000 "
        "(+500), tanks - 3,812 (+3), armoured combat vehicles - 7,455 (+7), artillery systems - "
        "3,650 (+9)."
    )
    listed = (
        "The total combat losses of the enemy were approximately:\n\n"
        "personnel ‒ about 212,000 (+500) persons were liquidated,\ntanks ‒ 3,812 (+3),\n"
        "armoured combat vehicles ‒ 7,455 (+7),\nartillery systems – 3,650 (+9)."
    )
    assert findings_for(inline) == []
    assert findings_for(listed) == []


# Casualty counts, seats, budgets, sports and launches: measures that must not be mixed.
CASES_MORE = [
    (
        "At least 21 people were killed and 43 wounded in Russian strikes on Kharkiv, Zaporizhzhia and Odesa, officials said. In Kharkiv, 11 people were killed and 27 wounded; in Zaporizhzhia, 6 died and 9 were hurt. In Odesa, 4 people were killed.",
        [],
    ),
    (
        "At least 25 people were killed and 43 wounded in Russian strikes on Kharkiv, Zaporizhzhia and Odesa, officials said. In Kharkiv, 11 people were killed and 27 wounded; in Zaporizhzhia, 6 died and 9 were hurt. In Odesa, 4 people were killed.",
        ["breakdown-sum"],
    ),
    (
        "The ruling party won 210 seats in the 400-member assembly, the opposition 150, and smaller parties and independents the remaining 40.",
        [],
    ),
    (
        "The ruling party won 210 seats in the 400-member assembly, the opposition 150, and smaller parties and independents the remaining 60.",
        ["breakdown-sum"],
    ),
    (
        "The $2.3 billion package includes $1.1 billion for roads, $700 million for rail and $500 million for ports.",
        [],
    ),
    ("The death toll rose to 45, including 12 children and 8 women.", []),
    ("Ukraine said it had shot down 37 of 41 drones launched overnight.", []),
    (
        "Over the past 24 hours, 5 people were killed in the Donetsk region, 3 in Kherson and 2 in Zaporizhzhia, bringing the weekly toll to 47.",
        [],
    ),
    ("The team has won 12 of its 20 games this season, losing 5 and drawing 3.", []),
    ("The team has won 12 of its 20 games this season, losing 6 and drawing 3.", ["breakdown-sum"]),
    ("The 27-nation bloc agreed the plan, with 18 of the 27 member states voting in favour.", []),
    (
        "Of the $50 million raised, $30 million will go to research and the rest to patient care.",
        [],
    ),
    ("Firefighters battled 12 wildfires on Tuesday, three of them in the Attica region.", []),
    ("The hospital treated 40 patients, 25 of them with burns, and discharged 10 by evening.", []),
    (
        "The strike hit a school and 2 apartment blocks, killing 7 people and wounding 19, including 4 children.",
        [],
    ),
    (
        "Overnight, Russia launched 48 Shahed drones and 4 Iskander missiles. Ukraine's air force said 38 drones were shot down and 6 were jammed, while all 4 missiles hit their targets.",
        [],
    ),
    (
        "Overnight, Russia launched 48 Shahed drones and 4 Iskander missiles. Ukraine's air force said 38 drones were shot down and 16 were jammed.",
        ["breakdown-sum"],
    ),
    ("The vote passed by 312 to 201, with 40 abstentions.", []),
    ("About 4,000 troops will be deployed, 2,500 from Germany and 1,400 from Poland.", []),
    ("The company cut 1,200 jobs last year and plans to cut another 800 this year.", []),
    (
        "The airline carried 3.2 million passengers in March, 1.9 million of them on domestic routes.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), CASES_MORE, ids=[f"more{i}" for i in range(len(CASES_MORE))]
)
def test_more_phrasings(text, expected):
    from tests.conftest import findings_for

    assert sorted({f.rule for f in findings_for(text)}) == sorted(expected), text


# Wire-report drone tallies, launches, lists without a total, "In all" totals.
CASES_WIRE = [
    (
        "Air defences destroyed 12 drones overnight. Both Moscow and Tula reported debris: "
        "seven over Moscow and five over Tula.",
        [],
    ),
    (
        "Air defences destroyed 14 drones overnight. Both Moscow and Tula reported debris: "
        "seven over Moscow and five over Tula.",
        ["breakdown-sum"],  # an exact total divided right after it, even over two places
    ),
    ("Runners can pick the 5 km or the 10 km race, and cyclists a 40 km or 100 km route.", []),
    (
        "Output fell to 9.5 million barrels per day, down 500,000 bpd from 10 million bpd in "
        "March, a 5% decline.",
        [],
    ),
    (
        '"Over the past night, on-duty air defense systems intercepted and destroyed 41 Ukrainian unmanned aerial vehicles of the aircraft type: 17 UAVs over the territory of the Belgorod Region, 12 UAVs over the territory of the Kursk Region, six UAVs over the territory of the Voronezh Region, three UAVs over the territory of the Bryansk Region, and three UAVs over the territory of the Oryol Region," the ministry said.',
        [],
    ),
    (
        '"Over the past night, on-duty air defense systems intercepted and destroyed 45 Ukrainian unmanned aerial vehicles of the aircraft type: 17 UAVs over the territory of the Belgorod Region, 12 UAVs over the territory of the Kursk Region, six UAVs over the territory of the Voronezh Region, three UAVs over the territory of the Bryansk Region, and three UAVs over the territory of the Oryol Region," the ministry said.',
        ["breakdown-sum"],
    ),
    (
        "Air defense forces destroyed 337 drones over 10 regions, including 126 over the Kursk region and 91 over the Moscow region, including 74 flying toward Moscow.",
        [],
    ),
    (
        "Air defense forces destroyed 337 drones over 10 regions, including 126 over the Kursk region and 91 over the Moscow region, including 94 flying toward Moscow.",
        ["part-exceeds-whole"],
    ),
    (
        "Between 8:00 p.m. and 11:00 p.m. Moscow time, air defenses intercepted and destroyed 23 UAVs: 11 over the Belgorod Region, four each over the Kursk and Voronezh Regions, two each over the Bryansk and Oryol Regions.",
        [],
    ),
    (
        "Between 8:00 p.m. and 11:00 p.m. Moscow time, air defenses intercepted and destroyed 25 UAVs: 11 over the Belgorod Region, four each over the Kursk and Voronezh Regions, two each over the Bryansk and Oryol Regions.",
        ["breakdown-sum"],
    ),
    (
        "On the night of March 5, the enemy attacked with 112 Shahed strike UAVs and drone simulators from the directions of Kursk, Millerovo and Primorsko-Akhtarsk. As of 09:00, air defense shot down 79 Shahed-type attack UAVs in the north, south, east and center of the country; 25 enemy imitator drones were locationally lost (without negative consequences).",
        [],
    ),
    (
        "The Russian Defence Ministry said its air defence units had destroyed 26 drones over the Belgorod region, 13 over Kursk, and 2 over Voronezh in the space of three hours.",
        [],
    ),
    (
        "Ukraine launched 158 drones at Russia overnight, Russian officials said, including 46 over the Kursk region. Sixty-nine drones were downed over the Bryansk region, the ministry said, and 12 over Oryol.",
        [],
    ),
    (
        "The ministry said 18 drones were destroyed over the Belgorod region, 9 over Kursk and 4 over Bryansk. In all, 31 drones were downed.",
        [],
    ),
    (
        "The ministry said 18 drones were destroyed over the Belgorod region, 9 over Kursk and 4 over Bryansk. In all, 35 drones were downed.",
        ["breakdown-sum"],
    ),
    (
        "Russia fired 4 missiles and 38 drones. Of the drones, 31 were shot down and 5 were lost to electronic warfare.",
        [],
    ),
    (
        "Kyiv's military administration said 3 people were killed in the capital, where 12 drones were shot down. Another 2 people died in the Kyiv region.",
        [],
    ),
    (
        "Polls show 46 seats for Labour, 38 for the Conservatives and 16 for smaller parties in the 100-seat chamber.",
        [],
    ),
    (
        "Polls show 46 seats for Labour, 38 for the Conservatives and 19 for smaller parties in the 100-seat chamber.",
        ["breakdown-sum"],
    ),
    (
        "Of the 1,200 people on board, 1,150 were rescued, 30 died and 25 are missing.",
        ["breakdown-sum"],
    ),
    (
        "The budget allocates €48 billion to defence, of which €12 billion goes to procurement and €9.5 billion to personnel costs.",
        [],
    ),
    (
        "The budget allocates €48 billion to defence, of which €32 billion goes to procurement and €19.5 billion to personnel costs.",
        ["breakdown-sum"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), CASES_WIRE, ids=[f"wire{i}" for i in range(len(CASES_WIRE))]
)
def test_wire_phrasings(text, expected):
    from tests.conftest import findings_for

    assert sorted({f.rule for f in findings_for(text)}) == sorted(expected), text
