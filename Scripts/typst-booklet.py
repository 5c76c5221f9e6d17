#!/usr/bin/env python3
"""A typst booklet equivalent to `bantin compile`'s, for the compile benchmark only.

    Scripts/typst-booklet.py write RECORDS... -o booklet.typ [--period 2023]
    Scripts/typst-booklet.py compile booklet.typ -o booklet.pdf

`write` reads meeting records (YAML or JSON files, or folders searched recursively) and
writes one typst file that sets them as `bantin compile RECORDS --period P` does with the
default options (minutes style, sections by month): A4 with the page margins of
Layouts/compilation.yaml, Liberation Serif from the repository's Fonts/ folder, 14 pt
justified body with a 10 mm first-line indent and 1.3 em leading; a cover (publishing
organisation, "TẬP BIÊN BẢN HỘI NGHỊ <period>", the dates); the contents with dot leaders
and links (typst's outline, which is also the PDF outline); sections by month, each on a new
page under its title, with running heads showing the section title; every meeting on a new
page as its minutes without the header block (BIÊN BẢN and the title, the info lines,
attendance with absentees and guests, agenda, proceedings, speeches, conclusion, the vote
table with percentages over their base, the closing line, the two signatures, Nơi nhận), in
the Party (HD 36) or state (Decree 30) wording; the summary tables by month and by
organisation; and an index of people (chairs, secretaries, guests, speakers). Page numbers:
none on the cover, roman on the contents, arabic from 1 in the body.

Differences from BanTin, none of which changes the work much: the index lists the pages
where a person is printed as chair, secretary, guest or speaker, and where the minutes
close (BanTin searches every page's text for the name) and is sorted by an approximation of the Vietnamese collation
(BanTin uses ICU's); a signature block is kept together with the Nơi nhận list but not with
the last lines before it; widows and orphans are typst's defaults; `*` and `**` markup in
record text is printed as it is (the generated records have none).

`compile` compiles such a file with the typst Python package (pip install typst; typst 0.15)
and the fonts of Fonts/ only, in a process of its own, so /usr/bin/time measures typst alone.
SOURCE_DATE_EPOCH, when set, is the PDF's creation date.

Needs PyYAML for `write` (pip install pyyaml, or Debian's python3-yaml) and typst for
`compile`: both are for this benchmark only; BanTin and its tests need neither.
"""

import argparse
import collections
import datetime as dt
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------------------
# Vietnamese formatting, as Sources/Records/Formatting writes it
# ---------------------------------------------------------------------------------------


def day_month(d):
    """Day padded below 10; months 1 and 2 padded, 3-12 not."""
    return f"{d.day:02d}", (f"{d.month:02d}" if d.month <= 2 else str(d.month))


def date_long(d):
    day, month = day_month(d)
    return f"ngày {day} tháng {month} năm {d.year}"


def date_short(d):
    day, month = day_month(d)
    return f"{day}/{month}/{d.year}"


def time_long(hhmm):
    hour, minute = (int(x) for x in str(hhmm).split(":"))
    return f"{hour} giờ {minute:02d} phút"


def percent(part, whole):
    """Hundredths of a percent, rounded half up: `93,68%`."""
    if whole <= 0:
        return "0,00%"
    hundredths = (part * 20000 + whole) // (2 * whole)
    return f"{hundredths // 100:,}".replace(",", ".") + f",{hundredths % 100:02d}%"


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def period_range(text):
    """(first, last, Vietnamese name) of `2023`, `2023-H1`, `2023-Q3`."""
    year, _, part = text.partition("-")
    year = int(year)
    if not part:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), f"năm {year}"
    if part in ("H1", "H2"):
        first = dt.date(year, 1 if part == "H1" else 7, 1)
        last = dt.date(year, 6, 30) if part == "H1" else dt.date(year, 12, 31)
        return first, last, f"6 tháng {'đầu' if part == 'H1' else 'cuối'} năm {year}"
    if part in ("Q1", "Q2", "Q3", "Q4"):
        q = int(part[1])
        first = dt.date(year, 3 * q - 2, 1)
        last = (dt.date(year + 1, 1, 1) if q == 4 else dt.date(year, 3 * q + 1, 1)) - dt.timedelta(days=1)
        return first, last, f"quý {ROMAN[q]} năm {year}"
    raise SystemExit(f"typst-booklet.py: error: --period {text}: not 2023, 2023-H1 or 2023-Q1")


def collation_key(name):
    """An approximation of the Vietnamese order of names: given name, then middle names,
    then family name; letters before tones, đ after d."""
    def word_key(word):
        base, marks = [], []
        for ch in word.lower():
            decomposed = unicodedata.normalize("NFD", ch)
            letter = "d~" if ch == "đ" else decomposed[0]
            base.append(letter)
            marks.append(decomposed[1:])
        return "".join(base), "".join(marks)
    words = name.split()
    ordered = words[-1:] + words[1:-1] + words[:1]
    return [word_key(w) for w in ordered]


# ---------------------------------------------------------------------------------------
# Typst source
# ---------------------------------------------------------------------------------------


def s(text):
    """A typst string literal."""
    out = []
    for ch in str(text):
        if ch in '\\"':
            out.append("\\" + ch)
        elif ord(ch) < 0x20:
            out.append(f"\\u{{{ord(ch):x}}}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def array(items):
    items = list(items)
    return "(" + "".join(f"{x}, " for x in items) + ")"


PREAMBLE = r"""
#let margins = __MARGINS__
#set document(title: __TITLE__, author: __AUTHOR__)
#set page(paper: "a4", margin: margins)
// Lines 1.3 em apart from baseline to baseline, as BanTin's leading: a text box of 1 em, and
// 0.3 em between boxes; paragraphs 6 pt further apart.
#set text(font: "Liberation Serif", size: 14pt, lang: "vi", top-edge: 0.8em, bottom-edge: -0.2em)
#set par(justify: true, first-line-indent: (amount: 10mm, all: true), leading: 0.3em, spacing: 0.3em + 6pt)
#show table: set par(justify: false, first-line-indent: 0pt)
#show grid: set par(justify: false, first-line-indent: 0pt)

#let centred(body, size: 14pt, weight: "regular", style: "normal", above: 6pt, below: 0.2em) = block(
  above: above, below: below, width: 100%,
  align(center, par(justify: false, first-line-indent: 0pt, leading: 0.2em,
    text(size: size, weight: weight, style: style, body))))

// Sections: a level-1 heading, shown as the section title; meetings: a level-2 heading,
// drawn as nothing where the minutes begin, for the contents, the outline and the links.
#show heading.where(level: 1): it => centred(upper(it.body), size: 16pt, weight: "bold", above: 0pt, below: 10pt)
#show heading.where(level: 2): it => place(box(width: 0pt, height: 0pt))

#let head(body) = block(sticky: true, above: 0.3em + 6pt, below: 0.3em + 6pt, par(strong(body)))
#let minutes-title(title, dashes) = {
  centred([BIÊN BẢN], size: 15pt, weight: "bold", above: 20pt)
  centred(title, weight: "bold", above: 0.1em)
  if dashes { centred([-----], above: 0.1em, below: 6pt) }
}
#let person(key) = [#metadata(key)<person>]
#let votes(rows, note) = {
  block(breakable: false, above: 6pt, below: 6pt, table(
    columns: (40%, 20%, 20%, 20%), stroke: 0.5pt, inset: 4pt, align: (x, y) => if x == 0 { left + horizon } else { center + horizon },
    table.header(..([Nội dung biểu quyết], [Tán thành], [Không tán thành], [Ý kiến khác])
      .map(h => text(size: 12pt, weight: "bold", h))),
    ..rows.flatten().map(c => text(size: 12pt, c))))
  par(note)
}
#let signatures(left-label, right-label, left-name, right-name, recipients-label, recipients) = block(
  breakable: false, above: 12pt, width: 100%, {
  grid(columns: (45%, 55%), row-gutter: 22mm,
    align(center, text(weight: "bold", left-label)), align(center, text(weight: "bold", right-label)),
    align(center, text(weight: "bold", left-name)), align(center, text(weight: "bold", right-name)))
  block(above: 10pt, par(justify: false, first-line-indent: 0pt, leading: 0.2em, {
    underline(recipients-label)
    for r in recipients { linebreak(); text(size: 12pt, r) }
  }))
})
#let summary(title-col, rows, total) = block(above: 12pt, table(
  columns: (46%, 16%, 20%, 18%), stroke: 0.5pt, inset: 4pt, align: (x, y) => if x == 0 { left + horizon } else { center + horizon },
  table.header(..(title-col, [Số cuộc họp], [Có mặt / triệu tập], [Tỷ lệ có mặt])
    .map(h => text(size: 12pt, weight: "bold", h))),
  ..(rows + (total,)).flatten().map(c => text(size: 12pt, c))))

// Running heads: the title of the section the page is in, except on a page a section starts.
#let running-head = context {
  let page-number = here().page()
  let sections = query(heading.where(level: 1))
  if sections.any(h => h.location().page() == page-number) { return }
  let before = sections.filter(h => h.location().page() < page-number)
  if before.len() == 0 { return }
  block(width: 100%, below: 0pt, {
    align(center, text(size: 11pt, style: "italic", before.last().body))
    v(-0.3em)
    line(length: 100%, stroke: 0.5pt)
  })
}
#let footer-number = context align(center, text(size: 12pt, counter(page).display()))
"""


def meeting_minutes(m, anchor_title):
    """The typst source of one meeting's minutes (without the header block)."""
    party = m.get("regime", "party") == "party"
    out = [f"#heading(level: 2, outlined: true, bookmarked: true, {s(anchor_title)})"]
    out.append(f"#minutes-title({s(m['title'])}, {'true' if party else 'false'})")

    def person_text(p):
        return f"{p['name']}, {p['role']}" if p.get("role") else p["name"]

    att = m["attendance"]
    absent = att.get("absent", []) or []
    excused = [a for a in absent if a.get("reason")]
    unexcused = [a for a in absent if not a.get("reason")]
    prefix = "đồng chí " if party else ""
    parts = []
    if excused:
        names = ", ".join(f"{prefix}{a['name']} ({a['reason']})" for a in excused)
        parts.append(f"có lý do {len(excused)}: {names}")
    if unexcused:
        names = ", ".join(f"{prefix}{a['name']}" for a in unexcused)
        parts.append(f"không có lý do {len(unexcused)}: {names}")
    absentees = f" ({'; '.join(parts)})" if parts else ""
    members, present = att["members"], att["present"]
    guests = m.get("guests", []) or []
    guest_text = ", ".join(f"{prefix}{person_text(g)}" for g in guests)
    agenda = "; ".join(m.get("agenda", []) or [])
    start = time_long(m["start"]) if m.get("start") else None
    date = date_long(m["date"])
    chair, secretary = m["chair"], m["secretary"]
    def mark(name):
        """An invisible mark where a person is printed, read back by the index."""
        return f"#person({s(name)})"

    def para(text, marks=""):
        out.append(f"#par[{marks}#{s(text)}]")

    if party:
        para(f"- Thời gian: bắt đầu vào hồi {start}, {date}." if start else f"- Thời gian: {date}.")
        para(f"- Địa điểm: {m['venue']}.")
        if agenda:
            para(f"- Nội dung: {agenda}.")
        para(f"- Người chủ trì: đồng chí {person_text(chair)}.", mark(chair["name"]))
        para(f"- Người ghi biên bản (thư ký): đồng chí {person_text(secretary)}.", mark(secretary["name"]))
        out.append(f"#head({s('1. Thành phần hội nghị')})")
        para(f"1.1. Đảng viên: tổng số {members}\u00a0đồng chí; có mặt {present}\u00a0đồng chí; "
             f"vắng mặt {members - present}\u00a0đồng chí{absentees}.")
        if guests:
            para(f"1.2. Đại biểu mời dự: {guest_text}.", "".join(mark(g["name"]) for g in guests))
        if m.get("proceedings") or m.get("speeches"):
            out.append(f"#head({s('2. Diễn biến hội nghị')})")
    else:
        para(f"Thời gian bắt đầu: {start}, {date}." if start else f"Thời gian: {date}.")
        para(f"Địa điểm: {m['venue']}.")
        para(f"Thành phần tham dự: tổng số {members}\u00a0người; có mặt {present}\u00a0người; "
             f"vắng mặt {members - present}\u00a0người{absentees}.")
        if guests:
            para(f"Khách mời: {guest_text}.", "".join(mark(g["name"]) for g in guests))
        para(f"Chủ trì (chủ toạ): {person_text(chair)}.", mark(chair["name"]))
        para(f"Thư ký (người ghi biên bản): {person_text(secretary)}.", mark(secretary["name"]))
        out.append(f"#head({s('Nội dung (theo diễn biến cuộc họp/hội nghị/hội thảo):')})")
        if agenda:
            para(f"Chương trình: {agenda}.")
    for p in m.get("proceedings", []) or []:
        para(p)
    for sp in m.get("speeches", []) or []:
        who = f"Đồng chí {sp['speaker']}" if party else sp["speaker"]
        para(who + " phát biểu: " + sp["text"], mark(sp["speaker"]))
    if m.get("conclusion"):
        out.append(f"#head({s('3. Kết luận của đồng chí chủ trì' if party else 'Kết luận của chủ trì:')})")
        for c in m["conclusion"]:
            para(c)
    votes = m.get("votes", []) or []
    if votes:
        out.append(f"#head({s('4. Kết quả biểu quyết' if party else 'Kết quả biểu quyết:')})")
        rows = []
        bases = set()
        for v in votes:
            base = v.get("base", members)
            bases.add(base)
            rows.append(array([s(v["motion"])] + [s(f"{v[k]}/{base} ({percent(v[k], base)})")
                                                  for k in ("for", "against", "other")]))
        base = max(bases)
        label = "đảng viên" if party else "thành viên"
        note = f"Tỷ lệ phần trăm tính trên tổng số {base} {label}."
        out.append(f"#votes({array(rows)}, {s(note)})")
    end = time_long(m["end"]) if m.get("end") else None
    end_date = m.get("end_date") or m["date"]
    if party:
        closing = (f"Hội nghị kết thúc vào lúc {end} cùng ngày." if end and end_date == m["date"] else
                   f"Hội nghị kết thúc vào lúc {end}, {date_long(end_date)}." if end else
                   "Hội nghị kết thúc cùng ngày.")
    else:
        closing = (f"Cuộc họp kết thúc vào {end}, {date_long(end_date)}./." if end else
                   f"Cuộc họp kết thúc {date_long(end_date)}./.")
    # The signatures name the chair and the secretary again, on the page they end on.
    para(closing, mark(chair["name"]) + mark(secretary["name"]))
    signers = m.get("signers", {}) or {}
    chair_sign = signers.get("chair", {}) or {}
    secretary_sign = signers.get("secretary", {}) or {}
    left_label = secretary_sign.get("title", "THƯ KÝ")
    right = [x for x in (chair_sign.get("authority"), chair_sign.get("title", "CHỦ TRÌ" if party else "CHỦ TỌA")) if x]
    right_label = "[" + "#linebreak()".join(f"#{s(x)}" for x in right) + "]"
    recipients = [f"- {r};" for r in m.get("recipients", []) or []]
    recipients.append("- Lưu Văn phòng Đảng ủy." if party else "- Lưu: VT, Hồ sơ.")
    out.append(f"#signatures({s(left_label)}, {right_label}, {s(secretary_sign.get('name', secretary['name']))}, "
               f"{s(chair_sign.get('name', chair['name']))}, [Nơi nhận:], {array(s(r) for r in recipients)})")
    return "\n".join(out)


def booklet(meetings, first, last, period_name):
    """The whole typst source."""
    # The publisher: the organisation with the most meetings, the latest on a tie (BanTin's rule).
    counts = collections.Counter(m["organization"]["name"] for m in meetings)
    most = max(counts.values())
    publisher = max((m for m in meetings if counts[m["organization"]["name"]] == most),
                    key=lambda m: m["date"])["organization"]
    title = f"TẬP BIÊN BẢN HỘI NGHỊ {period_name.upper()}"
    margins = load_margins()
    out = [PREAMBLE.replace("__MARGINS__", margins)
           .replace("__TITLE__", s(f"Tập biên bản hội nghị {period_name}"))
           .replace("__AUTHOR__", s(publisher["name"]))]

    # Cover: no number.
    out.append("#set page(numbering: none, header: none, footer: none)")
    if publisher.get("parent"):
        out.append(f"#v(30mm)#centred(upper({s(publisher['parent'])}))")
    out.append(f"#centred(upper({s(publisher['name'])}), size: 15pt, weight: \"bold\")")
    out.append(f"#v(40mm)#centred({s(title)}, size: 24pt, weight: \"bold\")")
    dates = f"(Từ ngày {date_short(first)} đến ngày {date_short(last)})"
    out.append(f"#centred({s(dates)}, style: \"italic\", above: 8pt)")
    latest = max(m["date"] for m in meetings)
    date_line = f"{publisher.get('place', '')}, {date_long(latest)}"
    out.append(f"#centred({s(date_line)}, style: \"italic\")")

    # Contents: roman numbers.
    out.append("#pagebreak()")
    out.append("#set page(numbering: \"i\", footer: footer-number)")
    out.append("#counter(page).update(1)")
    out.append("#show outline.entry.where(level: 1): set text(weight: \"bold\")")
    out.append("#centred([MỤC LỤC], size: 16pt, weight: \"bold\", below: 12pt)")
    out.append("#outline(title: none, depth: 2, indent: 8mm)")

    # Body: arabic from 1, running heads.
    out.append("#pagebreak()")
    out.append("#set page(numbering: \"1\", header: running-head, footer: footer-number)")
    out.append("#counter(page).update(1)")
    sections = collections.OrderedDict()
    for m in meetings:
        sections.setdefault(f"Tháng {m['date'].month}/{m['date'].year}", []).append(m)
    for k, (section, items) in enumerate(sections.items()):
        if k:
            out.append("#pagebreak()")
        out.append(f"#heading(level: 1, {s(section)})")
        for j, m in enumerate(items):
            if j:
                out.append("#pagebreak()")
            out.append(meeting_minutes(m, f"{m['title']} ({date_short(m['date'])})"))

    # Summary tables.
    out.append("#pagebreak()")
    out.append(f"#heading(level: 1, {s('Tổng hợp các cuộc họp')})")

    def summary(title_col, groups):
        rows, total_present, total_members = [], 0, 0
        for name, items in groups:
            present = sum(m["attendance"]["present"] for m in items)
            members = sum(m["attendance"]["members"] for m in items)
            total_present += present
            total_members += members
            rows.append(array([s(name), s(len(items)), s(f"{present}/{members}"), s(percent(present, members))]))
        total = array([s("Cộng"), s(len(meetings)), s(f"{total_present}/{total_members}"),
                       s(percent(total_present, total_members))])
        out.append(f"#summary([{title_col}], {array(rows)}, {total})")

    summary("Phần", sections.items())
    by_org = collections.defaultdict(list)
    for m in meetings:
        by_org[m["organization"]["name"]].append(m)
    summary("Tổ chức", sorted(by_org.items(), key=lambda kv: collation_key(kv[0])))

    # Index of people: the body pages of each person's marks, read back once.
    names = set()
    for m in meetings:
        names.update(p["name"] for p in [m["chair"], m["secretary"]] + (m.get("guests") or []))
        names.update(sp["speaker"] for sp in m.get("speeches") or [])
    ordered = sorted(names, key=collation_key)
    out.append("#pagebreak()")
    out.append(f"#heading(level: 1, {s('Chỉ mục người')})")
    out.append("#context {\n"
               "  let pages = (:)\n"
               "  for mark in query(<person>) {\n"
               "    let page = str(counter(page).at(mark.location()).first())\n"
               "    let seen = pages.at(mark.value, default: ())\n"
               "    if seen.len() == 0 or seen.last() != page { pages.insert(mark.value, seen + (page,)) }\n"
               "  }\n"
               f"  for name in {array(s(n) for n in ordered)} {{\n"
               "    let found = pages.at(name, default: ())\n"
               "    if found.len() > 0 {\n"
               "      par(first-line-indent: 0pt, justify: false, text(size: 13pt, "
               "[#name] + h(0.3em) + box(width: 1fr, repeat[.]) + h(0.3em) + [#found.join(\", \")]))\n"
               "    }\n"
               "  }\n"
               "}")
    return "\n".join(out) + "\n"


def load_margins():
    """The booklet's page margins from Layouts/compilation.yaml, as a typst dictionary."""
    import yaml
    with open(os.path.join(ROOT, "Layouts", "compilation.yaml"), encoding="utf-8") as f:
        margins = yaml.safe_load(f)["page"]["margins"]
    return "(" + ", ".join(f"{side}: {margins[side]}" for side in ("top", "bottom", "left", "right")) + ")"


def record_files(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            for folder, _, names in os.walk(path):
                files += [os.path.join(folder, n) for n in names if n.endswith((".yaml", ".yml", ".json"))]
        else:
            files.append(path)
    return sorted(files)


def write(args):
    try:
        import yaml
    except ImportError:
        raise SystemExit("typst-booklet.py: error: PyYAML is needed to read the records (pip install pyyaml)")
    first, last, period_name = period_range(args.period)
    meetings = []
    for position, path in enumerate(record_files(args.records)):
        with open(path, encoding="utf-8") as f:
            record = yaml.safe_load(f)
        if record.get("kind", "meeting") != "meeting":
            continue
        record = {k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in record.items()}
        if first <= record["date"] <= last:
            meetings.append((record["date"], position, record))
    if not meetings:
        raise SystemExit(f"typst-booklet.py: error: no meetings in {args.period}")
    meetings = [m for _, _, m in sorted(meetings, key=lambda t: (t[0], t[1]))]
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(booklet(meetings, first, last, period_name))
    print(f"{len(meetings)} meetings written to {args.output}", file=sys.stderr)


def compile_booklet(args):
    try:
        import typst
    except ImportError:
        raise SystemExit("typst-booklet.py: error: the typst package is not installed (pip install typst)")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    typst.compile(args.source, output=args.output, root=os.path.dirname(os.path.abspath(args.source)),
                  font_paths=[os.path.join(ROOT, "Fonts")], ignore_system_fonts=True,
                  timestamp=int(epoch) if epoch else None)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="write the typst source of a booklet of RECORDS")
    w.add_argument("records", nargs="+", help="record files or folders")
    w.add_argument("-o", "--output", required=True, help="the .typ file to write")
    w.add_argument("--period", default="2023", help="2023, 2023-H1 or 2023-Q1 (default 2023)")
    c = sub.add_parser("compile", help="compile a written booklet to PDF with typst")
    c.add_argument("source", help="the .typ file")
    c.add_argument("-o", "--output", required=True, help="the PDF to write")
    args = ap.parse_args(argv)
    (write if args.command == "write" else compile_booklet)(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
