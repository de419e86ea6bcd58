"""Demo data made by the program's own code, so a new user can try every page at once, and
removed in one transaction before real work starts.

- :func:`load_demo`: the demo office and its forty grassroots unions (fast; the tests'
  office).
- :func:`load_full_demo`: that plus a demo year — two issued plans with ticked and late
  months, a monthly report form, two months of returns made with the form generator and
  imported the ordinary way (some on time, some late, one revised).
- :func:`remove_demo`: every recorded demo row and the files kept for it, nothing else.
"""

# the year and the removal import the whole import machinery: take them from their modules
# (``demo.year``, ``demo.remove``) where needed, so the window starts without them
from unionplanner.domain.demo.office import DEMO_OFFICE, demo_units, load_demo
from unionplanner.domain.demo.record import demo_rows

__all__ = ["DEMO_OFFICE", "demo_rows", "demo_units", "load_demo"]
