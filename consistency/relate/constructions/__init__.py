"""The closed set of constructions that relate a total to its parts.

A figure that no construction claims takes part in no breakdown: this list is
the list of what the tool understands. Each construction carries examples --
text it must read as a breakdown (with the completeness it must give) and text
it must leave alone -- which the test suite runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from consistency.relate.constructions.following import (
    kind_list,
    of_them_list,
    outcome_list,
    place_list,
)
from consistency.relate.constructions.lists import (
    apposition_list,
    colon_list,
    comprises_list,
    equal_shares,
    including_list,
    partition_list,
    trailing_total,
    with_list,
)
from consistency.relate.constructions.shares import allocation_list, share_list


@dataclass(frozen=True)
class Example:
    text: str
    #: (total as written, completeness) the construction must find; None: no breakdown.
    expect: tuple[str, str] | None


@dataclass(frozen=True)
class Construction:
    name: str
    find: Callable
    examples: tuple[Example, ...]

    @property
    def doc(self) -> str:
        return (self.find.__doc__ or "").strip()


CONSTRUCTIONS: tuple[Construction, ...] = (
    Construction(
        "trailing-total",
        trailing_total,
        (
            Example(
                "There were 81 wounded in Jajarkot, 79 in Rukum West and 6 in Dailekh, "
                "totaling 166 wounded.",
                ("166", "explicit"),
            ),
            Example(
                "The team collected seven golds, four silvers and four bronze medals for a "
                "total of 15 medals.",
                ("15", "explicit"),
            ),
            Example(
                "Another nine drones were destroyed over Kursk and two over Oryol, bringing "
                "the weekly total to 340.",
                ("340", "partial"),  # a running total may hold more than the list
            ),
            Example(
                "Travelers had sales of $5.2bn and a profit of $901m. It has total net assets "
                "of $96bn.",
                None,
            ),
        ),
    ),
    Construction(
        "colon-list",
        colon_list,
        (
            Example(
                "Air defences destroyed 22 drones: 8 over the Oryol region, 7 over the Kursk "
                "region and 7 over the Bryansk region.",
                ("22", "explicit"),
            ),
            Example(
                "The ministry listed 651 injured; 403 in Elazig, 148 in Malatya and 100 in "
                "Diyarbakir.",
                ("651", "explicit"),
            ),
            Example("Turnout was 58.6%: the lowest since 1994.", None),
        ),
    ),
    Construction(
        "including-list",
        including_list,
        (
            Example(
                "Police recorded 40 crimes, including 12 burglaries and 9 car thefts.",
                ("40", "partial"),
            ),
            Example(
                "Ethiopia finished with 12 medals, including six golds, five silvers and "
                "one bronze.",
                ("12", "explicit"),
            ),
            Example("The firm employs 4,000 people in 12 countries.", None),
        ),
    ),
    Construction(
        "comprises-list",
        comprises_list,
        (
            Example(
                "The EU's 48 billion euro facility is made up of 33 billion euros in loans and "
                "12 billion euros in grants.",
                ("48 billion euro", "explicit"),
            ),
            Example(
                "The 27 seats were split between the Liberals, with 15, and the Greens, with 12.",
                ("27", "explicit"),
            ),
            Example("The 300 staff include engineers and designers.", None),
        ),
    ),
    Construction(
        "with-list",
        with_list,
        (
            Example(
                "A total of 280 houses were damaged, with 171 partially damaged and 121 "
                "totally damaged.",
                ("280", "explicit"),
            ),
            Example(
                "The death toll was only 40 with 27 in Datu Odin Sinsuat town and 13 in Upi town.",
                ("40", "partial"),
            ),
            Example("Prices rose 3% with wages up 5%.", None),
        ),
    ),
    Construction(
        "partition-list",
        partition_list,
        (
            Example(
                "Jamaica had the most medals overall with 16 after securing six golds, "
                "seven silvers and three bronze medals.",
                ("16", "explicit"),
            ),
            Example("Jamaica won 16 medals, six of them in relays.", None),
        ),
    ),
    Construction(
        "share-list",
        share_list,
        (
            Example(
                "The military shot down 48 out of 79 drones. The location of 30 other "
                "drones was lost.",
                ("79", "partial"),
            ),
            Example(
                "The ANC won 159 of the 400 seats. The Democratic Alliance took 87 seats, "
                "the MK party 58 and the EFF 39. The remaining 57 seats went to 14 parties.",
                ("400", "explicit"),
            ),
            Example("The commission has tallied 250 of the 265 seats.", None),
        ),
    ),
    Construction(
        "allocation-list",
        allocation_list,
        (
            Example(
                "Polls show 46 seats for Labour, 38 for the Conservatives and 19 for smaller "
                "parties in the 100-seat chamber.",
                ("100", "inferred"),
            ),
            Example("The 27-nation bloc meets in Brussels on Monday.", None),
        ),
    ),
    Construction(
        "of-them-list",
        of_them_list,
        (
            Example(
                "Russia launched 132 drones overnight. Of the 132 drones, 88 drones were "
                "downed, 41 were lost to jamming and one drone returned to Russia.",
                ("132", "inferred"),
            ),
            Example(
                "The ministry said 30 drones were shot down. Of these, 14 were over the "
                "Bryansk region and 9 over the Kursk region.",
                ("30", "partial"),
            ),
            Example("The ministry said 30 drones were shot down. The army lost 4 tanks.", None),
        ),
    ),
    Construction(
        "place-list",
        place_list,
        (
            Example(
                "The air defence systems destroyed 56 drones, the ministry said. It said 11 "
                "drones were shot down over the Belgorod Region, 28 over the Voronezh "
                "Region, and 17 over the Rostov Region.",
                ("56", "inferred"),
            ),
            Example(
                "Air defences destroyed 42 drones over five Russian regions. Twenty drones "
                "were shot down over the Oryol region, eight drones each were destroyed in "
                "the Rostov and Bryansk regions, five in the Kursk region and one over "
                "Krasnodar Krai.",
                ("42", "explicit"),
            ),
            Example("Google made $204m last year. Apple made $150m and Microsoft $90m.", None),
            Example(
                "Shares rose 5% to 120p. Analysts expect 200 job cuts in London and 150 in Leeds.",
                None,
            ),
        ),
    ),
    Construction(
        "apposition-list",
        apposition_list,
        (
            Example(
                "Police arrested 28 people, 21 men and nine women, after clashes on Saturday.",
                ("28", "partial"),
            ),
            Example("Police arrested 28 people, the ministry said, and 30 more on Sunday.", None),
        ),
    ),
    Construction(
        "equal-shares",
        equal_shares,
        (
            Example(
                "The 500 million euro fund will be shared equally among the four regions, "
                "with each receiving 100 million euros.",
                ("500 million euro", "explicit"),
            ),
            Example("The fund will be shared among the four regions.", None),
        ),
    ),
    Construction(
        "outcome-list",
        outcome_list,
        (
            Example(
                "Overnight, Russia launched 48 Shahed drones. Ukraine's air force said 38 "
                "drones were shot down and 16 were jammed.",
                ("48", "partial"),
            ),
            Example(
                "Overnight, Russia launched 48 Shahed drones. Ukraine's air force said 38 "
                "drones were shot down over Kyiv.",
                None,
            ),
        ),
    ),
    Construction(
        "kind-list",
        kind_list,
        (
            Example(
                "Ukraine shot down all five drones. Russia used three Shahed-type drones "
                "and two drones of an unidentified type.",
                ("five", "partial"),
            ),
            Example(
                "Ukraine shot down five drones. Russia used three Shahed-type drones and "
                "two drones of an unidentified type.",
                None,
            ),
        ),
    ),
)
