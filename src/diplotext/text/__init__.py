"""Text layer: the only code that looks at raw characters.

:func:`normalize` maps the input to a string of the same length (so offsets
never move); :func:`segment` splits it into lines, paragraphs and sentences
and gives every line a role (headline, heading, dateline, byline,
boilerplate, body).
"""

from diplotext.text.normalize import fold, normalize
from diplotext.text.segment import Document, Line, Sentence, segment

__all__ = ["Document", "Line", "Sentence", "fold", "normalize", "segment"]
