"""A browser's WAV becomes a small AAC file that phones play; anything that is not audio is refused calmly."""
from __future__ import annotations

import io

import av
import pytest

from minplan.audio.encoding import BITRATE, RATE, Encoded, NotAudio, encode_speech
from tests.audio.speech import spoken


def test_speech_becomes_small_mono_aac_in_m4a_with_its_index_first():
    raw = spoken("Kommunen lager planen sammen med deg.")
    result = encode_speech(raw)
    assert isinstance(result, Encoded)
    with av.open(io.BytesIO(result.data)) as container:
        stream = container.streams.audio[0]
        assert (stream.codec_context.name, stream.codec_context.profile) == ("aac", "LC")
        assert (stream.rate, stream.layout.name) == (RATE, "mono")
    assert result.data[4:8] == b"ftyp" and result.data.index(b"moov") < result.data.index(b"mdat")
    assert 1.5 < result.seconds < 6
    assert len(result.data) < len(raw) / 4
    assert len(result.data) * 8 / result.seconds < BITRATE * 1.6  # speech quality, not music


@pytest.mark.parametrize("raw", [b"", b"%PDF-1.7\n" + b"x" * 400, b"\x89PNG\r\n\x1a\n" + b"\0" * 300, "Hei!".encode()])
def test_what_is_not_audio_is_refused_with_a_reason(raw: bytes):
    result = encode_speech(raw)
    assert isinstance(result, NotAudio) and result.reason == "audio.not_audio"


def test_a_click_too_short_to_be_a_word_is_refused():
    raw = spoken("a")
    with av.open(io.BytesIO(raw)) as source:
        frames = list(source.decode(audio=0))
    silence = io.BytesIO()
    with av.open(silence, "w", format="wav") as target:
        stream = target.add_stream("pcm_s16le", rate=frames[0].sample_rate, layout="mono")
        target.mux(stream.encode(frames[0]))
        target.mux(stream.encode(None))
    result = encode_speech(silence.getvalue())
    assert isinstance(result, NotAudio) and result.reason == "audio.too_short"
