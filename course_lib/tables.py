"""Tables of measured numbers that stay aligned in both languages (an HTML table; no pandas).

Fixed-width printing cannot align Hindi: Devanagari vowel signs take no column of their own,
so a header padded to 20 characters is narrower on screen than 20 Latin letters. A chapter
shows a table of its measurements as `table(header, rows)`: the last expression of a cell,
or `display(table(...))` in the middle of one.
"""
import html
import re

_NUMBER = re.compile(r"^[-+−]?[\d.,]+(e[-+−]?\d+)?%?$")


class Table:
    """Column titles and rows of cells; numbers are right-aligned, text left-aligned."""

    def __init__(self, header, rows):
        self.header = [str(title) for title in header]
        self.rows = [[str(cell) for cell in row] for row in rows]
        if any(len(row) != len(self.header) for row in self.rows):
            raise ValueError("every row needs one cell per column title")

    def _align(self, cell):
        return "right" if _NUMBER.match(cell.replace(" ", "")) else "left"

    def _repr_html_(self):
        head = "".join(f'<th style="text-align:center">{html.escape(title)}</th>' for title in self.header)
        body = "".join(
            "<tr>" + "".join(f'<td style="text-align:{self._align(c)}">{html.escape(c)}</td>' for c in row) + "</tr>"
            for row in self.rows)
        return f'<table class="course-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'

    def __repr__(self):
        """Plain text (a console, a test log): columns padded to the widest cell."""
        widths = [max(len(line[i]) for line in [self.header, *self.rows]) for i in range(len(self.header))]
        lines = [self.header, ["-" * w for w in widths], *self.rows]
        return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip() for line in lines)


def table(header, rows):
    """A Table of `rows` under `header`, shown as an aligned HTML table in a notebook."""
    return Table(header, rows)
