"""Plans (Kế hoạch): drafting, templates, reading the parent body's plan, printing in the
official format. Qt-free. Filled by the plans issue."""
