"""What the plan editor's tables offer to choose from, read from the database when a list
opens: departments, report forms and their indicators, active grassroots unions, the parent
body's stored plans."""

from __future__ import annotations

from unionplanner.ui.shell.context import AppContext


class PlanChoices:
    """Readers for the editor's choice lists; each returns fresh values on every call."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def departments(self) -> list[str]:
        """Department names, in the office's order."""
        from unionplanner.domain.office.service import list_departments

        return self.ctx.read(lambda s: [d.name for d in list_departments(s)])

    def forms(self) -> list[tuple[int, str]]:
        """(form id, name) of every report form."""
        from unionplanner.domain.report_forms.service import list_forms

        return self.ctx.read(lambda s: [(f.id, f.name) for f in list_forms(s)])

    def units(self) -> list[tuple[str, str]]:
        """(code, name) of the grassroots unions still active."""
        from unionplanner.domain.units.service import list_units

        return self.ctx.read(lambda s: [(u.code, u.name) for u in list_units(
            s, include_ended=False)])

    def parent_plans(self) -> list[tuple[int, str]]:
        """(plan id, "45/KH-LĐLĐ title…") of the parent body's stored plans."""
        from unionplanner.domain.plans.service import list_plans

        return self.ctx.read(lambda s: [
            (p.id, f"{p.number or ''}/{p.symbol} {p.title[:70]}".strip(" /"))
            for p in list_plans(s, origin="parent")])

    def indicators(self) -> list[tuple[str, str]]:
        """("form id:code", "form – position. indicator") of every form's current version,
        and for a form with several value columns one more choice per other column that
        applies ("form id:code@Nữ", "… (Nữ)")."""
        from unionplanner.domain.report_forms.service import list_forms

        def read(session):
            found = []
            for f in list_forms(session):
                labels = list(f.current.columns or [])
                for i in f.current.indicators:
                    found.append((f"{f.id}:{i.code}", f"{f.name} – {i.position}. {i.name}"))
                    found += [(f"{f.id}:{i.code}@{label}",
                               f"{f.name} – {i.position}. {i.name} ({label})")
                              for n, label in enumerate(labels[1:], 1)
                              if i.columns is None or n in i.columns]
            return found
        return self.ctx.read(read)
