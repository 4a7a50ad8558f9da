/* Names for Streamlit's own buttons whose English words our stylesheet hides (minplan/serving/interface_words.py):
   the file uploader's button shows «Velg fil» only as generated text, which screen readers and axe-core may not
   read, so it gets the same word, in the page's language, as its aria-label. */
(() => {
  const name = () => {
    for (const button of document.querySelectorAll('[data-testid="stFileUploaderDropzone"] [data-testid="stBaseButton-secondary"]')) {
      const word = getComputedStyle(button).getPropertyValue("--minplan-upload").trim().slice(1, -1);
      if (word && button.getAttribute("aria-label") !== word) button.setAttribute("aria-label", word);
    }
  };
  new MutationObserver(name).observe(document.documentElement, { childList: true, subtree: true, attributes: true,
                                                                   attributeFilter: ["data-minplan-lang"] });
})();
