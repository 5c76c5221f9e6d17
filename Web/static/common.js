// BanTin's pages: what every page's script shares. Messages come from the page (in the
// clerk's language); every write carries the CSRF token from GET /api/token.
"use strict";

const BanTin = (() => {
  const messages = JSON.parse(document.getElementById("messages").textContent);
  const lang = document.documentElement.lang || "vi";
  let tokenPromise = null;

  /** A message of the page's catalogue. */
  function say(key) { return messages[key] || key; }

  /** The URL with the page's language, so the API answers in it. */
  function withLang(url) {
    return url + (url.includes("?") ? "&" : "?") + "lang=" + encodeURIComponent(lang);
  }

  /** The session's CSRF token (asked once). */
  function token() {
    if (!tokenPromise) {
      tokenPromise = fetch("/api/token", { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(say("sessionExpired")))))
        .then((j) => j.csrf)
        .catch((e) => { tokenPromise = null; throw e; });
    }
    return tokenPromise;
  }

  /** A write to the API: the token, the body, the language. */
  async function send(method, url, body, contentType) {
    const headers = { "X-CSRF-Token": await token() };
    if (contentType) headers["Content-Type"] = contentType;
    const response = await fetch(withLang(url), { method, body, headers, credentials: "same-origin" });
    if (response.status === 401 || response.status === 403) tokenPromise = null;
    return response;
  }

  /** A path of the workspace as a URL path (each segment encoded, the slashes kept). */
  function urlPath(path) { return path.split("/").map(encodeURIComponent).join("/"); }

  /** `{diagnostics: […]}` out of an error answer, or one made from its status. */
  async function diagnosticsOf(response) {
    try {
      const j = await response.json();
      if (Array.isArray(j.diagnostics)) return j.diagnostics;
      const message = j.message || j.error || j.reason;
      if (message) return [{ field: "", severity: "error", message: String(message) }];
    } catch (_) { /* not JSON */ }
    return [{ field: "", severity: "error", message: say("serverError") + " (HTTP " + response.status + ")" }];
  }

  /**
   * A diagnostic as one line: `dòng 12: lỗi: date: …`. The line is left out where it means
   * nothing to the clerk (a form's JSON) and the field where the message stands at it.
   */
  function describe(d, how = {}) {
    const where = how.line !== false && d.line ? say("line") + " " + d.line + (d.column ? ":" + d.column : "") + ": " : "";
    const word = d.severity === "warning" ? say("warningWord") : say("errorWord");
    return where + word + ": " + (how.field !== false && d.field ? d.field + ": " : "") + d.message;
  }

  /** Fills a `<ul>` with diagnostics (`how` as for `describe`). */
  function list(ul, diagnostics, how) {
    ul.replaceChildren(...diagnostics.map((d) => {
      const li = document.createElement("li");
      li.className = d.severity === "warning" ? "warning" : "error";
      li.textContent = describe(d, how);
      return li;
    }));
  }

  /** Downloads a blob under `name`. */
  function download(blob, name) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  }

  /** Runs `fn` once `ms` after the last call. */
  function debounce(fn, ms) {
    let timer = null;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  /**
   * The preview beside an editor. `update(body, type)` checks the record, then either shows
   * its errors in place of the PDF or renders the PDF; an answer older than the latest
   * request is dropped, so the preview is never stale.
   */
  function preview(onDiagnostics, queryOf, how) {
    const frame = document.getElementById("preview");
    const errors = document.getElementById("preview-errors");
    const status = document.getElementById("preview-status");
    let generation = 0;
    let shownURL = null;

    function showErrors(diagnostics) {
      frame.hidden = true;
      frame.removeAttribute("src");
      if (shownURL) { URL.revokeObjectURL(shownURL); shownURL = null; }
      const p = document.createElement("p");
      p.textContent = say("hasErrors");
      const ul = document.createElement("ul");
      ul.className = "diags";
      list(ul, diagnostics, how);
      errors.replaceChildren(p, ul);
      errors.hidden = false;
      document.body.dataset.preview = "errors";
    }

    async function update(body, type) {
      const mine = ++generation;
      status.textContent = say("checking");
      try {
        const q = queryOf ? queryOf() : "";
        const check = await send("POST", "/api/check" + q, body, type);
        if (mine !== generation) return;
        const diagnostics = check.ok ? ((await check.json()).diagnostics || []) : await diagnosticsOf(check);
        if (mine !== generation) return;
        onDiagnostics(diagnostics);
        const errorsOnly = diagnostics.filter((d) => d.severity !== "warning");
        if (errorsOnly.length) { showErrors(errorsOnly); status.textContent = ""; return; }
        status.textContent = say("rendering");
        const pdf = await send("POST", "/api/preview" + q, body, type);
        if (mine !== generation) return;
        if (!pdf.ok) {
          const d = await diagnosticsOf(pdf);
          if (mine !== generation) return;
          onDiagnostics(d);
          showErrors(d);
          status.textContent = "";
          return;
        }
        const blob = await pdf.blob();
        if (mine !== generation) return;
        const url = URL.createObjectURL(blob);
        frame.src = url;
        frame.hidden = false;
        errors.hidden = true;
        errors.replaceChildren();
        if (shownURL) URL.revokeObjectURL(shownURL);
        shownURL = url;
        document.body.dataset.preview = "pdf";
        document.body.dataset.previewCount = String(Number(document.body.dataset.previewCount || 0) + 1);
        status.textContent = say("valid");
      } catch (e) {
        if (mine !== generation) return;
        showErrors([{ field: "", severity: "error", message: say("serverError") }]);
        status.textContent = "";
      }
    }
    return { update };
  }

  return { say, lang, token, send, urlPath, diagnosticsOf, describe, list, download, debounce, preview, withLang };
})();
