"""The teacher's way back to a running class: its code and the PIN chosen at the start.

After a reload of the teacher's tab, or a restart or redeploy of the server, the board is
the start form again. A tab that remembers its class (views/classroom/resume.py) asks only
for the PIN, at the top; any other tab has this form, under the start form, for code and PIN.
The PIN is typed in a password field and never shown; wrong PINs are slowed down like wrong join codes.
"""
from __future__ import annotations

import streamlit as st

from minplan.classroom.store import Started
from views.classroom import live as class_live
from views.session import norwegian


def form(known: str | None = None) -> Started | None:
    """The "continue the class" form (only the PIN when this tab knows the code); the class once they are right."""
    if known:
        st.subheader(norwegian("classhour.resume").format(code=known))
        st.markdown(norwegian("classhour.resume_intro").format(code=known))
    else:
        st.subheader(norwegian("classroom.reclaim_title"))
        st.markdown(norwegian("classroom.reclaim_intro"))
    with st.form("class-resume" if known else "class-reclaim", border=False, clear_on_submit=True):
        code = known or st.text_input(norwegian("classroom.code"), max_chars=12, key="class-reclaim-code")
        pin = st.text_input(norwegian("classroom.reclaim_pin"), type="password", max_chars=40,
                            key="class-resume-pin" if known else "class-reclaim-pin")
        sent = st.form_submit_button(norwegian("classroom.reclaim"), icon=":material/replay:",
                                     type="primary" if known else "secondary")
    if not sent:
        return None
    back = class_live.store().reclaim(code, pin, class_live.browser(), class_live.address())
    if back.started is None:
        st.error(norwegian(f"classroom.{back.problem}").format(seconds=back.wait_seconds), icon=":material/error:")
    return back.started
