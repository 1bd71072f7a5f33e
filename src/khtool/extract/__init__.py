"""Extract stage: one module per kind of item (citations, assignments, ...)."""
