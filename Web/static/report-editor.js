// A report record edited as YAML text: loaded as written (GET /api/records/{path}), checked
// while the clerk types with the diagnostics listed under the text, previewed beside it, and
// saved as typed (PUT with the YAML body, so the clerk's comments stay).
"use strict";

(() => {
  const say = BanTin.say;
  const editor = document.querySelector(".editor");
  const text = document.getElementById("yaml");
  const status = document.getElementById("status");
  const general = document.getElementById("general-diags");
  const path = editor.dataset.recordPath;
  const type = /\.json$/i.test(path) ? "application/json" : "application/yaml";
  let dirty = false;

  /** Diagnostics under the text; a click on one puts the cursor on its line. */
  function showDiagnostics(diagnostics) {
    BanTin.list(general, diagnostics);
    Array.from(general.children).forEach((li, i) => {
      const d = diagnostics[i];
      if (!d.line) return;
      li.tabIndex = 0;
      li.addEventListener("click", () => {
        const lines = text.value.split("\n");
        const offset = lines.slice(0, d.line - 1).reduce((n, l) => n + l.length + 1, 0) + Math.max(0, (d.column || 1) - 1);
        text.focus();
        text.setSelectionRange(offset, offset);
      });
    });
    text.classList.toggle("has-error", diagnostics.some((d) => d.severity !== "warning"));
  }

  const preview = BanTin.preview(showDiagnostics, () => "?path=" + encodeURIComponent(path));
  const check = () => preview.update(text.value, type);
  const checkSoon = BanTin.debounce(check, 400);
  text.addEventListener("input", () => { dirty = true; checkSoon(); });

  document.getElementById("report-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    status.textContent = say("saving");
    try {
      const response = await BanTin.send("PUT", "/api/records/" + BanTin.urlPath(path), text.value, type);
      if (!response.ok) {
        showDiagnostics(await BanTin.diagnosticsOf(response));
        status.textContent = response.status === 422 ? say("notSaved") : say("serverError");
        return;
      }
      dirty = false;
      status.textContent = say("saved") + " " + path;
      document.body.dataset.saved = path;
    } catch (_) {
      status.textContent = say("serverError");
    }
  });
  window.addEventListener("beforeunload", (e) => { if (dirty) { e.preventDefault(); e.returnValue = ""; } });

  (async () => {
    try {
      const response = await fetch(BanTin.withLang("/api/records/" + BanTin.urlPath(path)), { credentials: "same-origin" });
      if (!response.ok) { showDiagnostics(await BanTin.diagnosticsOf(response)); return; }
      text.value = await response.text();
      check();
    } catch (_) {
      showDiagnostics([{ field: "", severity: "error", message: say("serverError") }]);
    }
  })();
})();
