"""Render stage: documents, graphs and diffs as JSON, tables, Markdown, DOT, HTML."""
