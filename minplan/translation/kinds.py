"""The translation capability's kind of content: translations/<lang>.yaml, the review state of one language."""
from __future__ import annotations

from minplan.content.registry import Kind
from minplan.translation.review import FOLDER, PART, ReviewFile, assemble

KINDS = (Kind(PART, f"{FOLDER}/*.yaml", ReviewFile, assemble),)
