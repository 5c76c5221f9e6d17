// The meeting form. The server renders its controls from the record schema; this script
// fills them from the record (GET /api/records/{path} as JSON), turns them back into the
// record's JSON, checks it while the clerk types (POST /api/check), shows each diagnostic at
// the control its field path names, keeps the preview beside it, adds and removes people and
// paragraphs in place, uploads photos and saves (PUT /api/records/{path}).
"use strict";

(() => {
  const say = BanTin.say;
  const form = document.getElementById("record-form");
  const editor = document.querySelector(".editor");
  const fileInput = document.getElementById("record-file");
  const status = document.getElementById("status");
  const general = document.getElementById("general-diags");
  let recordPath = editor.dataset.recordPath || "";
  let fileChosenByHand = Boolean(recordPath);
  let dirty = false;
  /** Field path → the node that shows it, from the last serialisation. */
  let nodes = new Map();

  const ownerOf = (node) => node.parentElement.closest(".group, .item, form");
  const childrenOf = (scope) => Array.from(scope.querySelectorAll("[data-key]")).filter((n) => ownerOf(n) === scope);
  const itemsOf = (list) => list.querySelector(":scope > .items");

  /** A control's value as the record holds it: trimmed, absent when empty, digits as a number. */
  function valueOf(control) {
    const v = control.value.trim();
    if (v === "") return undefined;
    if (control.dataset.type === "number" && /^\d{1,9}$/.test(v)) return Number(v);
    return v;
  }

  /** The record's JSON from the controls under `scope`; records each node under its path. */
  function serialize(scope, path) {
    const out = {};
    for (const child of childrenOf(scope)) {
      const key = child.dataset.key;
      const p = path ? path + "." + key : key;
      nodes.set(p, child);
      child.dataset.path = p;
      if (child.classList.contains("field")) {
        const v = valueOf(child.querySelector(".value"));
        if (v !== undefined) out[key] = v;
      } else if (child.classList.contains("group")) {
        const v = serialize(child, p);
        if (v !== undefined) out[key] = v;
      } else if (child.classList.contains("list")) {
        const values = [];
        for (const item of itemsOf(child).children) {
          const ip = p + "[" + values.length + "]";
          const v = "scalar" in item.dataset ? valueOf(item.querySelector(".value")) : serialize(item, ip);
          if (v === undefined) continue;
          nodes.set(ip, item);
          item.dataset.path = ip;
          values.push(v);
        }
        if (values.length) out[key] = values;
      }
    }
    return Object.keys(out).length ? out : undefined;
  }

  function record() {
    nodes = new Map();
    return serialize(form, "") || {};
  }

  /** Sets a control to a value of the record (a choice written in another case still matches). */
  function setControl(control, value) {
    const text = value === undefined || value === null ? "" : String(value);
    if (control.tagName === "SELECT" && text) {
      const option = Array.from(control.options).find((o) => o.value.toLowerCase() === text.toLowerCase());
      if (!option) control.add(new Option(text, text));
      control.value = option ? option.value : text;
    } else {
      control.value = text;
    }
  }

  /** Appends an empty item to a list, from its template. */
  function addItem(list) {
    const item = list.querySelector(":scope > template").content.firstElementChild.cloneNode(true);
    itemsOf(list).appendChild(item);
    return item;
  }

  /** Fills the controls under `scope` from `value`, the record or one of its mappings. */
  function fill(scope, value) {
    const data = value && typeof value === "object" && !Array.isArray(value) ? value : {};
    for (const child of childrenOf(scope)) {
      const v = data[child.dataset.key];
      if (child.classList.contains("field")) {
        setControl(child.querySelector(".value"), typeof v === "object" && v !== null ? JSON.stringify(v) : v);
      } else if (child.classList.contains("group")) {
        fill(child, v);
        if (v && child.tagName === "DETAILS") child.open = true;
      } else if (child.classList.contains("list")) {
        itemsOf(child).replaceChildren();
        const values = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
        for (const element of values) {
          const item = addItem(child);
          if ("scalar" in item.dataset) setControl(item.querySelector(".value"), element);
          else fill(item, typeof element === "object" && element !== null ? element : { name: element });
        }
        if (values.length && child.tagName === "DETAILS") child.open = true;
      }
    }
  }

  /** The node a diagnostic's field path names, or the nearest one above it. */
  function locate(field) {
    let f = field || "";
    while (f) {
      if (nodes.has(f)) return nodes.get(f);
      const up = f.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
      if (up === f) break;
      f = up;
    }
    return null;
  }

  /** Shows every diagnostic at its field; what names no field goes above the save button. */
  function showDiagnostics(diagnostics) {
    form.querySelectorAll(".diags").forEach((ul) => ul.replaceChildren());
    form.querySelectorAll(".has-error, .has-warning").forEach((n) => n.classList.remove("has-error", "has-warning"));
    form.querySelectorAll("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
    const byList = new Map();
    for (const d of diagnostics) {
      const node = locate(d.field);
      const ul = node ? node.querySelector(":scope > .diags") || general : general;
      if (!byList.has(ul)) byList.set(ul, []);
      byList.get(ul).push(d);
      if (node) {
        node.classList.add(d.severity === "warning" ? "has-warning" : "has-error");
        const control = node.classList.contains("field") ? node.querySelector(".value") : null;
        if (control && d.severity !== "warning") control.setAttribute("aria-invalid", "true");
        for (let up = node; up; up = up.parentElement.closest("details")) if (up.tagName === "DETAILS") up.open = true;
      }
    }
    // At its control a message needs neither the JSON's line nor the field's name.
    byList.forEach((ds, ul) => BanTin.list(ul, ds, { line: false, field: ul === general }));
  }

  /** `2024-03-15.yaml` from the date as typed (`2024-03-15` or `15/3/2024`), when it is one. */
  function fileFromDate(date) {
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date || "");
    if (m) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}.yaml`;
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(date || "");
    if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}.yaml`;
    return "";
  }

  const query = () => (recordPath || fileInput.value.trim() ? "?path=" + encodeURIComponent(recordPath || fileInput.value.trim()) : "");
  const preview = BanTin.preview(showDiagnostics, query, { line: false });

  function check() {
    const r = record();
    if (!fileChosenByHand) fileInput.value = fileFromDate(typeof r.date === "string" ? r.date : "");
    preview.update(JSON.stringify(r), "application/json");
  }
  const checkSoon = BanTin.debounce(check, 400);

  function changed() {
    dirty = true;
    checkSoon();
  }

  form.addEventListener("input", (e) => {
    if (e.target === fileInput) { fileChosenByHand = fileInput.value.trim() !== ""; return; }
    if (e.target.type === "file") return;
    changed();
  });
  form.addEventListener("change", (e) => {
    if (e.target.type === "file") upload(e.target);
    else if (e.target.tagName === "SELECT") changed();
  });
  form.addEventListener("click", (e) => {
    const button = e.target.closest("button");
    if (!button) return;
    if (button.classList.contains("add")) {
      const item = addItem(button.closest(".list"));
      const first = item.querySelector("input:not([type=file]), textarea, select");
      if (first) first.focus();
      changed();
    } else if (button.classList.contains("remove")) {
      button.closest(".item").remove();
      changed();
    }
  });

  /** Uploads a photo beside the record and puts its path in the item's file field. */
  async function upload(input) {
    const file = input.files && input.files[0];
    if (!file) return;
    const target = recordPath || fileInput.value.trim();
    const dir = target.includes("/") ? target.slice(0, target.lastIndexOf("/")) : "";
    status.textContent = say("uploading");
    const body = new FormData();
    body.append("file", file, file.name);
    try {
      const response = await BanTin.send("POST", "/api/upload?dir=" + encodeURIComponent(dir) + "&name=" + encodeURIComponent(file.name), body);
      if (!response.ok) { showDiagnostics(await BanTin.diagnosticsOf(response)); status.textContent = ""; return; }
      const answer = await response.json();
      let written = String(answer.written || answer.path || file.name);
      if (dir && written.startsWith(dir + "/")) written = written.slice(dir.length + 1);
      const field = input.closest(".item").querySelector('[data-key="file"] .value');
      field.value = written;
      status.textContent = say("uploaded") + " " + written;
      changed();
    } catch (_) {
      status.textContent = say("serverError");
    }
  }

  async function save(overwrite) {
    let path = recordPath || fileInput.value.trim();
    if (!path) { status.textContent = say("needFile"); fileInput.focus(); return; }
    if (!/\.(ya?ml|json)$/i.test(path)) path += ".yaml";
    status.textContent = say("saving");
    try {
      // A new record never silently replaces another one of the same name.
      if (!recordPath && !overwrite) {
        const existing = await fetch(BanTin.withLang("/api/records/" + BanTin.urlPath(path)), { credentials: "same-origin" });
        if (existing.ok && !window.confirm(say("confirmReplace"))) { status.textContent = say("cancelled"); return; }
      }
      const response = await BanTin.send("PUT", "/api/records/" + BanTin.urlPath(path) + (overwrite ? "?overwrite=1" : ""),
        JSON.stringify(record()), "application/json");
      if (response.status === 409) {
        if (window.confirm(say("confirmOverwrite"))) return save(true);
        status.textContent = say("cancelled");
        return;
      }
      if (!response.ok) {
        showDiagnostics(await BanTin.diagnosticsOf(response));
        status.textContent = response.status === 422 ? say("notSaved") : say("serverError");
        return;
      }
      const answer = await response.json().catch(() => ({}));
      recordPath = answer.written || path;
      editor.dataset.recordPath = recordPath;
      fileInput.value = recordPath;
      fileInput.readOnly = true;
      fileChosenByHand = true;
      dirty = false;
      status.textContent = say("saved") + " " + recordPath;
      document.body.dataset.saved = recordPath;
      history.replaceState(null, "", "/edit/" + BanTin.urlPath(recordPath) + (BanTin.lang === "en" ? "?lang=en" : ""));
    } catch (_) {
      status.textContent = say("serverError");
    }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); save(false); });
  window.addEventListener("beforeunload", (e) => { if (dirty) { e.preventDefault(); e.returnValue = ""; } });

  async function load() {
    if (!recordPath) {
      fill(form, { kind: "meeting", regime: editor.dataset.regime || "party" });
      check();
      return;
    }
    try {
      const response = await fetch(BanTin.withLang("/api/records/" + BanTin.urlPath(recordPath)), {
        headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (!response.ok) {
        const ds = await BanTin.diagnosticsOf(response);
        BanTin.list(general, ds.map((d) => ({ ...d, message: say("loadFailed") + " " + d.message })));
        return;
      }
      fill(form, await response.json());
      check();
    } catch (_) {
      BanTin.list(general, [{ field: "", severity: "error", message: say("serverError") }]);
    }
  }
  load();
})();
