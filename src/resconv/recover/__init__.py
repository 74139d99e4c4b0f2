"""Recovering a Resolution from lines of converted text.

Shared by the Markdown and plain-text readers: each turns its input into :class:`Line` objects,
then the same small stages run in order: segment the masthead, body, footnotes, closing and
annexes; assemble paragraphs; detect numbers, labels and leading phrases; build the model.
"""

from resconv.recover.assemble import build_parts
from resconv.recover.lines import Line

__all__ = ["Line", "build_parts"]
