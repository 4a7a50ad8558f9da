/* The phone remembers (issue 21): the language, the finished lessons and the municipality, kept in this
   phone's own storage as well as in the address. Nothing more goes to the server than the address it
   already gets. Runs in index.html before Streamlit starts (minplan/serving/stylesheet.py):
   - a visit whose address lacks them (a poster, a QR code, a chat link) gets them from storage, so
     Streamlit reads them from the address as if the participant had come back with their own link;
   - each change of the address is written back; an address without them (after «Glem meg») wipes them;
   - the interface language is marked on <html data-minplan-lang>, for the words our stylesheet puts in
     place of Streamlit's English ones (assets/css/70-learnphone.css). */
(() => {
  const KEYS = ["lang", "done", "kommune"], STORE = "minplan";
  const own = (query) => {
    const kept = new URLSearchParams();
    for (const key of KEYS) if (query.get(key)) kept.set(key, query.get(key));
    return kept;
  };
  let stored = "";
  try { stored = localStorage.getItem(STORE) || ""; } catch (blocked) { /* storage off: the address alone */ }
  const here = new URLSearchParams(location.search), before = here.toString();
  for (const [key, value] of own(new URLSearchParams(stored))) if (!here.has(key)) here.set(key, value);
  if (here.toString() !== before) history.replaceState(history.state, "", `${location.pathname}?${here}${location.hash}`);

  let path = location.pathname, later = 0;
  const keep = (text) => { try { text ? localStorage.setItem(STORE, text) : localStorage.removeItem(STORE); } catch (blocked) {} };
  const remember = () => {
    const query = new URLSearchParams(location.search), kept = own(query).toString();
    document.documentElement.dataset.minplanLang = query.get("lang") || "nb";
    clearTimeout(later);
    /* Moving to another page clears the address for a moment before the app writes it again: wait before
       forgetting then; on the same page an address without them means the participant cleared them. */
    if (kept || location.pathname === path) keep(kept);
    else later = setTimeout(() => keep(own(new URLSearchParams(location.search)).toString()), 2000);
    path = location.pathname;
  };
  for (const name of ["pushState", "replaceState"]) {
    const original = history[name];
    history[name] = function (...args) { const result = original.apply(this, args); remember(); return result; };
  }
  addEventListener("popstate", remember);
  remember();
})();
