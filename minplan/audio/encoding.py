"""Turn what a browser recorded (WAV from st.audio_input, or an uploaded audio file) into a small AAC file.

AAC-LC, mono, 24 kHz, about 32 kbit/s, in an MP4 (.m4a) container with its index at the front:
speech stays clear, a sentence is a few tens of kilobytes, and it plays in Chrome on Android and in
Safari on every iPhone. Opus would be a little smaller, but older iPhones (Safari before iOS 17) do
not play Opus in Ogg or WebM, and those phones are common among participants.
Decoding and encoding are FFmpeg's, through PyAV; anything it cannot read as audio is a calm problem.
"""
from __future__ import annotations

import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

import av

RATE = 24_000
BITRATE = 32_000
MAX_SECONDS = 180
"""Longer than any text in the lessons takes to read; a longer upload is refused, not cut."""
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Encoded:
    """The compressed recording and how long it plays."""

    data: bytes
    seconds: float


@dataclass(frozen=True)
class NotAudio:
    """Why the bytes could not be made into a recording (a key of ui/audio.yaml, and a detail for logs)."""

    reason: str
    detail: str = ""


def encode_speech(raw: bytes) -> Encoded | NotAudio:
    """The recording as AAC in .m4a, or why not (not audio, silent, too long or too large)."""
    if len(raw) > MAX_BYTES:
        return NotAudio("audio.too_long", f"{len(raw)} bytes")
    try:
        return _encode(raw)
    except (av.FFmpegError, ValueError) as problem:  # FFmpegError covers every "this is not audio" FFmpeg reports
        return NotAudio("audio.not_audio", str(problem))


def _encode(raw: bytes) -> Encoded | NotAudio:
    with tempfile.TemporaryDirectory(prefix="minplan-audio-") as folder:  # moving the index to the front needs a file
        output = Path(folder) / "recording.m4a"
        result = _encode_to(raw, output)
        return result if isinstance(result, NotAudio) else Encoded(output.read_bytes(), result)


def _encode_to(raw: bytes, output: Path) -> float | NotAudio:
    with av.open(io.BytesIO(raw), mode="r") as source:
        if not source.streams.audio:
            return NotAudio("audio.not_audio", "no audio stream")
        resampler = av.AudioResampler(format="fltp", layout="mono", rate=RATE)
        with av.open(str(output), mode="w", format="ipod", options={"movflags": "+faststart"}) as target:
            stream = target.add_stream("aac", rate=RATE, layout="mono")
            stream.bit_rate = BITRATE
            samples = 0
            for frame in source.decode(source.streams.audio[0]):
                for converted in resampler.resample(frame):
                    samples += converted.samples
                    if samples > MAX_SECONDS * RATE:
                        return NotAudio("audio.too_long", f"over {MAX_SECONDS} s")
                    target.mux(stream.encode(converted))
            for converted in resampler.resample(None):
                samples += converted.samples
                target.mux(stream.encode(converted))
            if samples < RATE // 4:
                return NotAudio("audio.too_short", f"{samples} samples")
            target.mux(stream.encode(None))
    return samples / RATE
