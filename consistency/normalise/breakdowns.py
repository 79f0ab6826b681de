"""The breakdowns table: one row per total and the parts a construction related to it.

Finding the relations is the relate step's job (``consistency.relate``); this
module only turns them into the table the rules read.
"""

from __future__ import annotations

from consistency.relate.breakdowns import find_breakdowns
from consistency.relate.model import Breakdown, Part

__all__ = ["Breakdown", "Part", "find_breakdowns"]
