"""What the grader writes: gradebook.csv, summary.csv, feedback/<student>.html and report.html.

Everything is rebuilt from the per-notebook results (OUT/.results/<student>/<chapter>.json), sorted,
so the same results always give the same files. Every text that comes from a submission is escaped.
"""
import csv
import html
import io
import os
import statistics
from collections import Counter, defaultdict
from pathlib import Path

from ..lang import Bi
from ..questions import markdown_html

COLUMNS = ["student", "chapter", "question", "points", "max_points", "status"]
FAILED = ("missing_notebook", "invalid_notebook", "killed", "timeout", "error", "tampered")

LABELS = {
    "correct": Bi(hi="सही", en="correct"),
    "incorrect": Bi(hi="सही नहीं", en="incorrect"),
    "not_attempted": Bi(hi="उत्तर नहीं दिया", en="not attempted"),
    "error": Bi(hi="error (उत्तर पढ़ा नहीं जा सका)", en="error (the answer could not be read)"),
    "timeout": Bi(hi="समय सीमा पार", en="time limit exceeded"),
    "killed": Bi(hi="kernel रुक गया", en="the kernel stopped"),
    "missing_notebook": Bi(hi="notebook जमा नहीं हुई", en="notebook not submitted"),
    "invalid_notebook": Bi(hi="notebook पढ़ी नहीं जा सकी", en="notebook could not be read"),
    "tampered": Bi(hi="प्रश्न या जाँच का code बदला गया", en="question or checking code edited"),
}
ICONS = {"correct": "✅", "incorrect": "❌", "not_attempted": "✏️"}


def _atomic_write(path, text):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _question_order(qid):
    chapter, _, number = qid.partition(".")
    return (chapter, int(number) if number.isdigit() else 0, qid)


def gradebook_rows(results):
    rows = []
    for result in results:
        for row in result["rows"]:
            rows.append({"student": result["student"], "chapter": result["chapter"], "question": row["question"],
                         "points": row["points"], "max_points": row["max_points"], "status": row["status"]})
    rows.sort(key=lambda r: (r["student"], r["chapter"], _question_order(r["question"])))
    return rows


def _csv(rows, columns):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()


def _number(x):
    return int(x) if float(x).is_integer() else round(x, 3)


def summary_rows(results, chapters):
    totals = defaultdict(lambda: defaultdict(float))
    maxima = defaultdict(float)
    for result in results:
        points = sum(r["points"] for r in result["rows"])
        totals[result["student"]][result["chapter"]] += points
        maxima[result["chapter"]] = max(maxima[result["chapter"]], sum(r["max_points"] for r in result["rows"]))
    columns = ["student", *chapters, "total", "max_total"]
    rows = []
    for student in sorted(totals):
        row = {"student": student}
        for chapter in chapters:
            row[chapter] = _number(totals[student].get(chapter, 0))
        row["total"] = _number(sum(totals[student].values()))
        row["max_total"] = _number(sum(maxima[c] for c in chapters))
        rows.append(row)
    return rows, columns


# ---------------------------------------------------------------- feedback

def _in(lang, bi):
    if bi is None:
        return ""
    if isinstance(bi, dict):
        return str(bi.get(lang) or bi.get("en") or "")
    return getattr(bi, lang)


def feedback_html(student, results, questions):
    """One page per student, each chapter in the language the student used for it."""
    langs = Counter(r["lang"] for r in results if r.get("lang"))  # a notebook not submitted has none:
    page_lang = langs.most_common(1)[0][0] if langs else "hi"     # it is shown in the student's usual one
    title = Bi(hi=f"प्रतिक्रिया: {student}", en=f"Feedback: {student}")
    parts = [f"<!doctype html><html lang='{page_lang}'><head><meta charset='utf-8'>",
             f"<title>{html.escape(_in(page_lang, title))}</title>", _STYLE, "</head><body>",
             f"<h1>{html.escape(_in(page_lang, title))}</h1>"]
    total = sum(row["points"] for r in results for row in r["rows"])
    most = sum(row["max_points"] for r in results for row in r["rows"])
    parts.append(f"<p class='total'>{html.escape(_in(page_lang, Bi(hi='कुल अंक', en='Total')))}: "
                 f"<b>{_number(total)} / {_number(most)}</b></p>")
    for result in sorted(results, key=lambda r: r["chapter"]):
        lang = result.get("lang") or page_lang
        points = sum(row["points"] for row in result["rows"])
        most = sum(row["max_points"] for row in result["rows"])
        parts.append(f"<section lang='{lang}'><h2>{html.escape(result['chapter'])} · {_number(points)} / {_number(most)}</h2>")
        for note in result.get("notes", []):
            parts.append(f"<p class='note'>ℹ️ {html.escape(_in(lang, note))}</p>")
        heads = [Bi(hi="प्रश्न", en="Question"), Bi(hi="अंक", en="Points"), Bi(hi="परिणाम", en="Result"),
                 Bi(hi="क्यों", en="Why")]
        parts.append("<table><tr>" + "".join(f"<th>{html.escape(_in(lang, h))}</th>" for h in heads) + "</tr>")
        for row in sorted(result["rows"], key=lambda r: _question_order(r["question"])):
            question = questions.get(row["question"])
            name = f"{question.name} ({row['question']})" if question else row["question"]
            why = html.escape(_in(lang, row.get("detail")))
            if row["status"] != "correct" and question is not None and question.hints:
                hint = Bi(hi="संकेत", en="Hint")
                why += f"<div class='hint'>💡 <b>{html.escape(_in(lang, hint))}:</b> {markdown_html(_in(lang, question.hints[0]))}</div>"
            status = row["status"]
            label = f"{ICONS.get(status, '⚠️')} {html.escape(_in(lang, LABELS.get(status, Bi(status, status))))}"
            parts.append(f"<tr class='{html.escape(status)}'><td>{html.escape(name)}</td><td>{_number(row['points'])} / "
                         f"{_number(row['max_points'])}</td><td>{label}</td><td>{why}</td></tr>")
        parts.append("</table></section>")
    parts.append("</body></html>")
    return "\n".join(parts)


_STYLE = """<style>
body{font-family:'Noto Sans Devanagari','Noto Sans',sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f3f3f3}tr.correct td:nth-child(3){color:#2e7d32}tr.incorrect td:nth-child(3){color:#c62828}
.note{background:#fff8e1;padding:4px 8px;border-left:4px solid #f9a825}.hint{color:#555;margin-top:4px}.hint p{display:inline}
img{max-width:100%}.small{color:#666;font-size:90%}
figure.chart{display:inline-block;margin:0 1.5em 1em 0}figcaption{font-size:90%;color:#444}
.share{display:flex;width:160px;height:12px;background:#eee}.share span{display:block;height:100%}
</style>"""


# ---------------------------------------------------------------- the instructor's report

_STATUS_COLOURS = {"correct": "#2e7d32", "incorrect": "#c62828", "not_attempted": "#9e9e9e"}   # the rest: orange


def _histogram(chapter, scores, most):
    """Students per score (rounded to whole points), 0 to `most`, as an inline SVG bar chart.

    Drawn as text, not with matplotlib: importing and drawing with it was 1-2 s of every grading run."""
    counts = Counter(min(int(most), max(0, round(x))) for x in scores)
    bins = range(int(most) + 1)
    tallest, bar, gap, high, left, top = max(counts.values(), default=1), 16, 3, 90, 28, 14
    every = 1 if len(bins) <= 25 else 5
    width = left + len(bins) * (bar + gap) + 10
    marks = []
    for k in bins:
        n, x = counts.get(k, 0), left + k * (bar + gap)
        h = high * n / tallest
        marks.append(f"<rect x='{x}' y='{top + high - h:.1f}' width='{bar}' height='{h:.1f}' fill='#1976d2'>"
                     f"<title>{k} points · अंक: {n} students · छात्र</title></rect>")
        if n:
            marks.append(f"<text x='{x + bar / 2}' y='{top - 3 + high - h:.1f}' text-anchor='middle' font-size='10'>{n}</text>")
        if k % every == 0:
            marks.append(f"<text x='{x + bar / 2}' y='{top + high + 13}' text-anchor='middle' font-size='10'>{k}</text>")
    return (f"<figure class='chart'><figcaption><b>{html.escape(chapter)}</b>: students · छात्र per points · अंक"
            f"</figcaption><svg width='{width}' height='{top + high + 18}' role='img' aria-label='score histogram "
            f"{html.escape(chapter)}'><line x1='{left - 4}' y1='{top + high}' x2='{width}' y2='{top + high}' "
            f"stroke='#999'/>{''.join(marks)}</svg></figure>")


def _both(status):
    """A status's label in both languages, for the instructor's report."""
    label = LABELS.get(status, Bi(hi=status, en=status))
    return f"{label.en} · {label.hi}"


def _share_bar(counts):
    """One question's outcomes over the class as a stacked bar (CSS): correct, incorrect, not attempted, other."""
    n = sum(counts.values()) or 1
    other = n - sum(counts[s] for s in _STATUS_COLOURS)
    parts = [(_both(s), counts[s], c) for s, c in _STATUS_COLOURS.items()] + [("other · अन्य", other, "#ff9800")]
    return ("<div class='share'>" + "".join(
        f"<span style='width:{100 * k / n:.1f}%;background:{colour}' title='{html.escape(label)}: {k}'></span>"
        for label, k, colour in parts if k) + "</div>")


def report_html(results, chapters, questions, failures, ignored, timing, counts):
    def esc(x):
        return html.escape(str(x))
    parts = ["<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Grading report · मूल्यांकन रिपोर्ट</title>",
             _STYLE, "</head><body><h1>Grading report · मूल्यांकन रिपोर्ट</h1>"]
    parts.append("<p>" + " · ".join(f"{esc(k)}: <b>{esc(v)}</b>" for k, v in counts.items()) + "</p>")
    parts.append("<h2>Score distribution · अंकों का वितरण</h2>")
    for chapter in chapters:
        mine = [res for res in results if res["chapter"] == chapter]
        if mine:
            most = max(sum(r["max_points"] for r in res["rows"]) for res in mine)
            parts.append(_histogram(chapter, [sum(r["points"] for r in res["rows"]) for res in mine], most))
    per_question = defaultdict(Counter)
    for result in results:
        for row in result["rows"]:
            per_question[row["question"]][row["status"]] += 1
    parts.append("<h2>Questions most students miss · सबसे ज़्यादा छूटे प्रश्न</h2><table><tr><th>question</th>"
                 "<th>prompt</th><th>correct</th><th>missed</th><th>outcomes · नतीजे</th>" + "".join(f"<th>{esc(_both(s))}</th>" for s in LABELS if s != "correct") + "</tr>")
    ranked = sorted(per_question, key=lambda q: (per_question[q]["correct"] / max(1, sum(per_question[q].values())),
                                                 _question_order(q)))
    for qid in ranked:
        counts_q = per_question[qid]
        n = sum(counts_q.values())
        question = questions.get(qid)
        prompt = question.prompt.en.split("\n")[0][:120] if question else ""
        parts.append(f"<tr><td>{esc(qid)}</td><td>{esc(prompt)}</td><td>{counts_q['correct']}/{n}</td>"
                     f"<td>{n - counts_q['correct']}</td><td>{_share_bar(counts_q)}</td>" + "".join(f"<td>{counts_q[s] or ''}</td>" for s in LABELS if s != "correct") + "</tr>")
    parts.append("</table>")
    parts.append("<h2>Submissions that failed, and why · जो जमा notebook नहीं चलीं</h2>")
    if failures:
        parts.append("<table><tr><th>student</th><th>chapter</th><th>what</th><th>questions</th></tr>")
        for student, chapter, what, questions_hit in failures:
            parts.append(f"<tr><td>{esc(student)}</td><td>{esc(chapter)}</td><td>{esc(what)}</td><td>{esc(questions_hit)}</td></tr>")
        parts.append("</table>")
    else:
        parts.append("<p>none · कोई नहीं</p>")
    if ignored:
        parts.append("<h2>Files not graded · जो फ़ाइलें नहीं जाँची गईं</h2><table><tr><th>student</th><th>file</th><th>why</th></tr>")
        for student, name, why in ignored:
            parts.append(f"<tr><td>{esc(student)}</td><td>{esc(name)}</td><td>{esc(why)}</td></tr>")
        parts.append("</table>")
    if timing:
        seconds = [s for _, _, s in timing]
        parts.append("<h2>Time per notebook · हर notebook का समय</h2>"
                     f"<p>{len(seconds)} notebooks run; median {statistics.median(seconds):.1f} s, "
                     f"mean {statistics.mean(seconds):.1f} s, longest {max(seconds):.1f} s.</p>"
                     "<table><tr><th>student</th><th>chapter</th><th>seconds</th></tr>")
        for student, chapter, s in sorted(timing, key=lambda t: -t[2]):
            parts.append(f"<tr><td>{esc(student)}</td><td>{esc(chapter)}</td><td>{s:.1f}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_all(out, results, chapters, questions, ignored, counts):
    out = Path(out)
    rows = gradebook_rows(results)
    _atomic_write(out / "gradebook.csv", _csv(rows, COLUMNS))
    summary, columns = summary_rows(results, chapters)
    _atomic_write(out / "summary.csv", _csv(summary, columns))
    by_student = defaultdict(list)
    for result in results:
        by_student[result["student"]].append(result)
    for student, mine in by_student.items():
        _atomic_write(out / "feedback" / f"{student}.html", feedback_html(student, mine, questions))
    failures = []
    for result in sorted(results, key=lambda r: (r["student"], r["chapter"])):
        hit = defaultdict(list)
        for row in result["rows"]:
            if row["status"] in FAILED:
                hit[row["status"]].append(row["question"])
        for status, qids in sorted(hit.items()):
            why = result.get("why", {}).get(status) or status
            failures.append((result["student"], result["chapter"], f"{status}: {why}", ", ".join(qids)))
        for text in result.get("events", []):
            failures.append((result["student"], result["chapter"], text, ""))
    timing = [(r["student"], r["chapter"], r["seconds"]) for r in results if r.get("seconds")]
    _atomic_write(out / "report.html", report_html(results, chapters, questions, failures, ignored, timing, counts))
    return rows
