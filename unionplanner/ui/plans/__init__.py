"""The plans page (Kế hoạch), the plan editor, its tables and lists, and the review of a
parent body's plan read from a document."""
