"""What each figure means, in the words the outputs print beside it.

A key's definition is found by its longest matching prefix, so that the per
dimension and per outcome figures share one text."""

from __future__ import annotations

DEFINITIONS: dict[str, str] = {
    "siblings.with_siblings": (
        "Children in care on the period's last day who have at least one brother or sister "
        "in care that day (the same sibling group on the child's record, in any household), "
        "of all children in care that day. Coverage: children whose record names a sibling "
        "group or a brother or sister."
    ),
    "siblings.placed_together": (
        "Of the children with brothers or sisters in care on the period's last day, those "
        "who live in the same household as all of them."
    ),
    "siblings.apart_days_between_contacts": (
        "For children living apart from a brother or sister in care on the period's last "
        "day: the median, over the children, of each child's median number of days between "
        "two held contacts with a brother or sister in the period. Coverage: children apart "
        "with at least two such contacts. Shown only when at least 5 children give it."
    ),
    "siblings.apart_contact_last_30_days": (
        "Of the children living apart from a brother or sister in care, those with a held "
        "contact with a brother or sister in the last 30 days of the period."
    ),
    "birth_family.contacts": (
        "Contacts with the birth family (parents, grandparents, aunts and uncles, other "
        "relatives; not brothers and sisters) dated in the period, by their state: planned "
        "(never marked as held or cancelled), held, cancelled, no-show; of all such contacts."
    ),
    "birth_family.cancelled_by": (
        "Cancelled contacts with the birth family by who cancelled, where the contact note "
        "says so. Coverage: cancelled contacts that record who cancelled."
    ),
    "birth_family.held_every_month": (
        "Children who had at least one held contact with their birth family in every whole "
        "calendar month of the period they were in care, of the children in care for at least "
        "one whole month of it. Coverage: children with a birth-family member on record."
    ),
    "return_home.placements_closed": (
        "Placements that ended in the period. Coverage: those whose record says where the "
        "child went (home to the parents, kinship, another placement, adoption, independent "
        "living, other), as the supervisor or the office recorded when closing the placement."
    ),
    "return_home.outcome": "Placements that ended in the period, by how they ended.",
    "development.cdc": (
        "CDC milestones whose age band ended in the period (the next band's age) for a child "
        "in care that day, and of those the ones observed achieved by then. Counts "
        "milestones, not children. Coverage: children with at least one of those milestones "
        "observed."
    ),
    "development.who": (
        "WHO motor milestones whose window of achievement ended in the period for a child in "
        "care that day, and of those the ones observed achieved by then. Counts milestones."
    ),
    "development.living": (
        "Independent-living skills of children who turned 18 in care in the period, and of "
        "those the ones observed achieved by their 18th birthday. Counts skills."
    ),
    "wellbeing.checked": (
        "Children in care during the period with at least one well-being check in it."
    ),
    "wellbeing.rating": (
        "Per dimension: the children's rating in their latest check of the period (1 serious "
        "concern, 2 some concern, 3 good, 4 very good, or not applicable at the child's age), "
        "of the children rated on that dimension."
    ),
    "wellbeing.change": (
        "Per dimension: between each child's first and latest check of the period, a better, "
        "the same or a worse rating, of the children rated on it in both."
    ),
    "stability.caregivers_writing": (
        "The median, over the children in care during the period, of how many different "
        "caregivers wrote their daily logs in it. Coverage: children with at least one log."
    ),
    "stability.moves": (
        "Moves of a child from one household to another. No record links a child's "
        "placements in two households yet, so this cannot be counted: coverage is 0."
    ),
}


def definition(key: str) -> str:
    parts = key.split(".")
    for end in range(len(parts), 0, -1):
        prefix = ".".join(parts[:end])
        if prefix in DEFINITIONS:
            return DEFINITIONS[prefix]
        # wellbeing.<dimension>.rating_3 -> wellbeing.rating
        if end == len(parts) and len(parts) == 3:
            generic = f"{parts[0]}.{parts[2].split('_', 1)[0]}"
            if generic in DEFINITIONS:
                return DEFINITIONS[generic]
    return ""
