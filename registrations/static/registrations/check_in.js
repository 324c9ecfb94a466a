/* The check-in screen (registrations/staff/check_in.py): the list filters as a name is typed,
   buttons post in the background, the counter follows other phones, the last check-in can
   be undone. Nothing typed in the search leaves the page. */
(() => {
  "use strict";
  const root = document.querySelector("[data-check-in]");
  if (!root) return;
  const texts = root.dataset;
  const input = root.querySelector("[data-search]");
  const found = root.querySelector("[data-found]");
  const count = root.querySelector("[data-count]");
  const changed = root.querySelector("[data-changed]");
  const notice = root.querySelector("[data-notice]");
  const noticeText = root.querySelector("[data-notice-text]");
  const undo = root.querySelector("[data-undo]");
  const rows = new Map(
    Array.from(root.querySelectorAll("[data-person]"), (row) => [row.dataset.person, row]),
  );
  // As common.text.folded: decomposed, anything outside ASCII dropped, lower case.
  const fold = (text) => text.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
  const fill = (template, values) =>
    template.replace(/%\((\w+)\)s/g, (_whole, name) => String(values[name]));
  let undoAction = null;
  let foundTimer = null;

  function filter() {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    let shown = 0;
    rows.forEach((row) => {
      const match = words.every((word) => row.dataset.search.includes(word));
      row.hidden = !match;
      if (match) shown += 1;
    });
    clearTimeout(foundTimer);
    // Said once typing pauses, not at every key.
    foundTimer = setTimeout(() => {
      if (!words.length) found.textContent = "";
      else if (shown === 0) found.textContent = texts.foundNone;
      else if (shown === 1) found.textContent = texts.foundOne;
      else found.textContent = fill(texts.foundMany, { count: shown });
    }, 400);
  }

  function show(row, present, time) {
    const form = row.querySelector("[data-toggle]");
    const button = form.querySelector("button");
    row.classList.toggle("check-in__person--present", present);
    row.querySelector("[data-state]").textContent = present
      ? fill(texts.presentAt, { time })
      : "";
    form.elements.present.value = present ? "0" : "1";
    button.classList.toggle("button-secondary", present);
    button.querySelector("[data-label]").textContent = present
      ? texts.labelUndo
      : texts.labelCheckIn;
  }

  function showCounts(present, total) {
    count.textContent = fill(count.dataset.template, { present, total });
  }

  function tell(message, { error = false, onUndo = null } = {}) {
    notice.classList.remove("check-in__notice--empty");
    notice.classList.toggle("check-in__notice--error", error);
    noticeText.textContent = message;
    undoAction = onUndo;
    undo.hidden = !onUndo;
  }

  async function send(row, present) {
    const form = row.querySelector("[data-toggle]");
    const data = new FormData(form);
    data.set("present", present ? "1" : "0");
    let body = null;
    let response = null;
    try {
      response = await fetch(form.action, {
        method: "POST",
        body: data,
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if ((response.headers.get("Content-Type") || "").includes("application/json")) {
        body = await response.json();
      }
    } catch (_error) {
      body = null;
    }
    if (!body) {
      tell(texts.failed, { error: true });
      return;
    }
    if (!response.ok) {
      tell(body.error || texts.failed, { error: true });
      return;
    }
    show(row, body.present, body.time);
    showCounts(body.present_count, body.confirmed_count);
    tell(body.message, { onUndo: body.present ? () => send(row, false) : null });
  }

  async function follow() {
    if (document.visibilityState !== "visible") return;
    let state;
    try {
      const response = await fetch(texts.stateUrl, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (!response.ok) return;
      state = await response.json();
    } catch (_error) {
      return;
    }
    rows.forEach((row, id) => {
      const time = state.present[id];
      const present = time !== undefined;
      if (present !== row.classList.contains("check-in__person--present")) {
        show(row, present, time);
      }
    });
    showCounts(state.present_count, state.confirmed_count);
    const listed = state.confirmed.map(String);
    changed.hidden = listed.length === rows.size && listed.every((id) => rows.has(id));
  }

  input.addEventListener("input", filter);
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const shown = Array.from(rows.values()).filter((row) => !row.hidden);
    if (shown.length === 1) shown[0].querySelector("button").focus();
  });
  rows.forEach((row) => {
    row.querySelector("[data-toggle]").addEventListener("submit", (event) => {
      event.preventDefault();
      send(row, event.target.elements.present.value === "1");
    });
  });
  undo.addEventListener("click", () => {
    if (undoAction) undoAction();
  });
  document.addEventListener("visibilitychange", follow);
  setInterval(follow, 10000);
})();
