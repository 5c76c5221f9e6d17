// The records page: the search box filters the rows, ignoring case and Vietnamese marks.
"use strict";

(() => {
  /** Text without case or marks: "Đảng ủy" → "dang uy". */
  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase();
  }
  const search = document.getElementById("search");
  if (!search) return;
  const rows = Array.from(document.querySelectorAll("tr.record"));
  const keys = rows.map((row) => plain(row.dataset.search || ""));
  search.addEventListener("input", () => {
    const words = plain(search.value).split(/\s+/).filter(Boolean);
    let shown = 0;
    rows.forEach((row, i) => {
      const match = words.every((w) => keys[i].includes(w));
      row.hidden = !match;
      if (match) shown++;
    });
    document.querySelectorAll("section.organization").forEach((s) => { s.hidden = !s.querySelector("tr.record:not([hidden])"); });
    document.querySelectorAll("section.period").forEach((s) => { s.hidden = !s.querySelector("section.organization:not([hidden])"); });
    const none = document.getElementById("no-match");
    if (none) none.hidden = shown > 0;
  });
})();
