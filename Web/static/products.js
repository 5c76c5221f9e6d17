// The products page: each form posts its options as JSON to its API route and downloads the
// PDF it answers; a refusal is shown with its diagnostics.
"use strict";

(() => {
  const say = BanTin.say;
  const general = document.getElementById("general-diags");

  /** The form's options as the command takes them: numbers as numbers, empty ones left out. */
  function options(form) {
    const out = {};
    const records = Array.from(form.querySelectorAll('input[name="records"]:checked')).map((c) => c.value);
    if (form.querySelector('input[name="records"]')) out.records = records;
    // A report's figures come from every meeting of the workspace ("." is its top folder).
    else if ("allRecords" in form.dataset) out.records = ["."];
    for (const control of form.querySelectorAll("input[name], select[name]")) {
      if (control.name === "records") continue;
      if (control.type === "checkbox") { if (control.checked) out[control.name] = true; continue; }
      const v = control.value.trim();
      if (!v) continue;
      out[control.name] = control.dataset.type === "number" && /^\d+$/.test(v) ? Number(v) : v;
    }
    return out;
  }

  for (const form of document.querySelectorAll("form.product")) {
    const status = form.querySelector(".status");
    const all = form.querySelector(".select-all");
    if (all) all.addEventListener("change", () => {
      form.querySelectorAll('input[name="records"]:not(:disabled)').forEach((c) => { c.checked = all.checked; });
    });
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const body = options(form);
      if (body.records && !body.records.length) { status.textContent = say("chooseRecords"); return; }
      status.textContent = say("making");
      general.replaceChildren();
      try {
        const response = await BanTin.send("POST", form.dataset.endpoint, JSON.stringify(body), "application/json");
        if (!response.ok) {
          BanTin.list(general, await BanTin.diagnosticsOf(response));
          status.textContent = "";
          return;
        }
        BanTin.download(await response.blob(), form.dataset.file);
        status.textContent = say("made");
        document.body.dataset.made = form.id;
      } catch (_) {
        status.textContent = say("serverError");
      }
    });
  }
})();
