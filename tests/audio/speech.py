"""Short recordings made on the spot with Debian's espeak-ng, so no test needs a downloaded sound file."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

VOICES = {"nb": "nb", "en": "en", "uk": "uk", "ar": "ar", "prs": "fa", "so": "en", "ti": "am"}
"""espeak-ng's voice for each language (Dari is read with its Persian voice; it has none for Somali or Tigrinya)."""


def spoken(text: str, language: str = "nb") -> bytes:
    """`text` said by espeak-ng, as WAV bytes (what st.audio_input hands over)."""
    if shutil.which("espeak-ng") is None:
        if os.environ.get("CI"):
            pytest.fail("espeak-ng is missing: .ci/run installs it (apt-get install espeak-ng)")
        pytest.skip("espeak-ng is not installed")
    return subprocess.run(["espeak-ng", "-v", VOICES.get(language, "en"), "--stdout", text],
                          check=True, capture_output=True, timeout=30).stdout
