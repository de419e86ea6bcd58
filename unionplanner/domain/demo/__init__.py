"""Demo data made by the program's own code, so a new user can try every page at once, and
removed in one transaction before real work starts.

- :func:`load_demo`: the demo office and its forty grassroots unions (fast; the tests'
  office).
- :func:`load_full_demo`: that plus a demo year — two issued plans with ticked and late
  months, a monthly report form, two months of returns made with the form generator and
  imported the ordinary way (some on time, some late, one revised).
- :func:`remove_demo`: every recorded demo row and the files kept for it, nothing else.
"""

from unionplanner.domain.demo.office import DEMO_OFFICE, demo_units, load_demo
from unionplanner.domain.demo.record import demo_rows
from unionplanner.domain.demo.remove import remove_demo
from unionplanner.domain.demo.year import load_full_demo

__all__ = ["DEMO_OFFICE", "demo_rows", "demo_units", "load_demo", "load_full_demo",
           "remove_demo"]
