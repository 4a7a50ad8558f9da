"""«Glem meg»: the phone forgets the participant (issue 21, part 4).

The language, the finished lessons and the municipality travel in the address, and the page's own script
(assets/js/remember.js) keeps a copy of them in the phone's storage so that a fresh visit picks them up.
The server keeps nothing, so forgetting happens on the phone: this button empties the session and the
address, and the script, seeing an address without them on the same page, wipes the phone's copy.
"""
from __future__ import annotations

import streamlit as st

from views.bilingual import label_of
from views.session import progress, t


def forget_button() -> None:
    """What the phone remembers, and the button that wipes it; shown only when there is something to forget."""
    kept = progress()
    if not (kept.support or kept.done or kept.kommune):
        return
    st.caption(t("learnphone.remembers"))
    st.button(label_of("learnphone.forget"), help=t("learnphone.forget_help"), icon=":material/delete:",
              key="learnphone-forget", on_click=_forget)


def _forget() -> None:
    """Empty the address and the session; the next run starts as a first visit, in Norwegian with nothing done."""
    st.query_params.clear()
    st.session_state.clear()
