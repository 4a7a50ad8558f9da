"""Every participant-facing text exists in all six support languages (teacher notes stay Norwegian)."""
from __future__ import annotations

import pytest

from minplan.catalogue import catalogue
from minplan.catalogue import content_files
from minplan.content.loader import content_root
from minplan.translation.gaps import translation_gaps

GAPS, _, _ = translation_gaps(catalogue())
FILES = [path.relative_to(content_root()).as_posix() for path in content_files(content_root())]


@pytest.mark.parametrize("name", FILES)
def test_every_text_is_translated(name):
    gaps = [str(gap) for gap in GAPS if gap.file == name]
    assert gaps == [], "\n".join(gaps[:20])
