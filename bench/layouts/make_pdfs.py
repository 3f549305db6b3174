"""Lay out text pages as newspaper PDFs: chromium (2/3-col CSS columns, 5-col grid), LibreOffice sections, reportlab CID.

    python bench/layouts/make_pdfs.py OUT PAGE.txt... [--layouts chromiumgrid,lo2] [--gold-headlines]
                                      [--dates-with-items] [--gold]
"""
import argparse, collections, html, os, pathlib, re, shutil, subprocess, sys
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[2] / 'src'))
from postmetrics.items import segment
from postmetrics.text import clean_line
HEADS = {}
NOTE_WORDS = ("来源", "摘自", "转自", "原载", "稿件来源", "信息来源", "文章来源")
def items_of(src, dates_with_items=False):
    """(headline, paragraphs) of each item; the page's lines before its first item (and,
    unless ``dates_with_items``, every date line) go to HEADS, printed in the masthead.
    With ``dates_with_items`` an item's date line is printed under its headline and a
    source note as written (（来源：…）), as a page gathering articles prints them."""
    out = []
    layout = segment(src)
    first = layout.items[0].first_line if layout.items else 10**9
    heads = {l.number for it in layout.items for l in it.headline_lines} if dates_with_items else set()
    metas = {m.number for m in layout.meta_lines}
    if dates_with_items and layout.items and layout.items[0].headline_lines:
        first = min(first, layout.items[0].headline_lines[0].number)
    head_lines = [l.text.strip() for l in layout.lines if l.number < first and l.text.strip() and l.number not in heads]
    dated = {}
    if dates_with_items:  # a date line goes with the item it stands above (or in)
        for m in layout.meta_lines:
            if m.number >= first and m.text.strip():
                owner = next((it for it in layout.items if it.last_line >= m.number), None)
                if owner is not None:
                    dated.setdefault(id(owner), []).append(m.text.strip())
    else:
        head_lines += [m.text.strip() for m in layout.meta_lines if m.number >= first and m.text.strip()]
    HEADS[src] = "　".join(dict.fromkeys(head_lines))
    for it in layout.items:
        head = it.headline  # as printed: full-width digits (１９．１％) stay
        lines = [l.text.strip() for l in it.lines if l not in it.headline_lines and l.text.strip()]
        body, cur = list(dated.get(id(it), [])), ""  # its date line, a paragraph of its own
        for k, t in enumerate(lines):  # the text's lines into paragraphs: one ends with a short line after 。
            cur += t
            nxt = lines[k + 1] if k + 1 < len(lines) else ""
            if not nxt or (t.endswith(("。", "！", "？", "”", "：")) and len(t) < max(len(x) for x in lines) - 1):
                body.append(cur); cur = ""
        if cur: body.append(cur)
        if dates_with_items and it.byline.strip().startswith(NOTE_WORDS):
            body.append("（" + it.byline.strip() + "）")  # the source note (（来源：合肥日报，2021年5月10日）) ends it
        elif it.byline.strip():
            body.append("□" + it.byline.strip().lstrip("□"))  # the byline (□李茹 摄影报道) ends the item
        out.append((head, body))
    return out
MAST = "中国邮政报　第3版·动态"
def chromium_html(items, cols):
    css = "body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC';font-size:10pt;margin:0} .mast{font-size:20pt;border-bottom:1px solid #000;margin-bottom:10pt} p{margin:0;text-indent:2em;text-align:justify} h2{font-size:15pt;margin:6pt 0;text-align:center}"
    if cols == "grid":
        css += " .grid{display:grid;grid-template-columns:repeat(5,1fr);column-gap:12pt;row-gap:14pt} .grid>div{break-inside:avoid}"
        body = "".join(f"<div><h2>{html.escape(h)}</h2>" + "".join(f"<p>{html.escape(b)}</p>" for b in bs) + "</div>" for h, bs in items)
        return f"<html><head><meta charset='utf-8'><style>@page{{size:A3;margin:12mm}} {css}</style></head><body><div class='mast'>{MAST}</div><div class='grid'>{body}</div></body></html>"
    css += f" .art{{margin-bottom:14pt}} .cols{{column-count:{cols};column-gap:14pt}}"
    body = "".join(f"<div class='art'><h2>{html.escape(h)}</h2><div class='cols'>" + "".join(f"<p>{html.escape(b)}</p>" for b in bs) + "</div></div>" for h, bs in items)
    return f"<html><head><meta charset='utf-8'><style>@page{{size:A4;margin:15mm}} {css}</style></head><body><div class='mast'>{MAST}</div>{body}</body></html>"
def fodt(items, cols):
    from xml.sax.saxutils import escape
    paras = []
    for h, bs in items:
        paras.append(f'<text:section text:style-name="Sect" text:name="s{len(paras)}"><text:h text:style-name="H" text:outline-level="2">{escape(h)}</text:h>' + "".join(f'<text:p text:style-name="P">{escape(b)}</text:p>' for b in bs) + '</text:section>')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>
<style:style style:name="Sect" style:family="section"><style:section-properties><style:columns fo:column-count="{cols}" fo:column-gap="0.5cm"/></style:section-properties></style:style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.7cm" fo:text-align="justify"/><style:text-properties style:font-name-asian="Noto Serif CJK SC" fo:font-size="10pt" style:font-size-asian="10pt"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name-asian="Noto Serif CJK SC" fo:font-size="15pt" style:font-size-asian="15pt"/></style:style>
<style:style style:name="M" style:family="paragraph"><style:text-properties style:font-name-asian="Noto Serif CJK SC" fo:font-size="18pt" style:font-size-asian="18pt"/></style:style>
</office:automatic-styles>
<office:body><office:text><text:p text:style-name="M">{escape(MAST)}</text:p>{"".join(paras)}</office:text></office:body></office:document>'''
def reportlab_cid(items, path, cols=2):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    w, h = A4; m = 40; gap = 16; cw = (w - 2*m - gap*(cols-1)) / cols
    frames = [Frame(m + i*(cw+gap), m, cw, h - 2*m - 40, id=f"c{i}") for i in range(cols)]
    def mast(c, d):
        c.setFont("STSong-Light", 18); c.drawString(m, h - m - 20, MAST)
    doc = BaseDocTemplate(path, pagesize=A4, pageTemplates=[PageTemplate(frames=frames, onPage=mast)])
    P = ParagraphStyle("p", fontName="STSong-Light", fontSize=10, leading=15, firstLineIndent=20, wordWrap="CJK", alignment=4)
    H = ParagraphStyle("h", fontName="STSong-Light", fontSize=14, leading=20, alignment=1, spaceBefore=8, spaceAfter=4)
    story = []
    for hd, bs in items:
        story.append(Paragraph(html.escape(hd), H))
        story += [Paragraph(html.escape(b), P) for b in bs]
    doc.build(story)
CHROME = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--no-pdf-header-footer"]
LAYOUTS = ("chromium2", "chromium3", "chromiumgrid", "lo2", "lo3", "rlcid2")
def gold_headlines(f, items):
    """Each item's headline from NAME.items.csv beside the page (the gold), when there is one:
    the item whose gold rows' quotes its text holds most; so the layout prints the right
    headline whatever the splitter made of the text."""
    import csv
    base = pathlib.Path(f).with_suffix("")
    heads, gold = base.with_name(base.name + ".items.csv"), base.with_name(base.name + ".gold.csv")
    if not heads.exists() or not gold.exists():
        return items
    head_of = {r["item_key"]: r["headline"] for r in csv.DictReader(open(heads, encoding="utf-8"))}
    quotes = [(r["item_key"], clean_line(r["quote"])) for r in csv.DictReader(open(gold, encoding="utf-8"))]
    out = []
    for head, body in items:
        text = re.sub(r"\s", "", "".join(body))
        votes = collections.Counter(k for k, q in quotes if q and q in text)
        key = votes.most_common(1)[0][0] if votes else None
        out.append((head_of.get(key) or head, body))
    return out
ap = argparse.ArgumentParser(description=__doc__)
ap.add_argument("out")
ap.add_argument("pages", nargs="+")
ap.add_argument("--layouts", default=",".join(LAYOUTS), help="comma-separated: " + ", ".join(LAYOUTS))
ap.add_argument("--gold-headlines", action="store_true", help="print the headlines of NAME.items.csv beside each page")
ap.add_argument("--dates-with-items", action="store_true",
                help="print each item's date line under its headline and its source note as written, not in the masthead")
ap.add_argument("--gold", action="store_true", help="copy NAME.gold.csv and NAME.items.csv beside each PDF, named as it, for score.py")
args = ap.parse_args()
layouts = args.layouts.split(",")
out = pathlib.Path(args.out); out.mkdir(exist_ok=True)
for f in args.pages:
    stem = pathlib.Path(f).stem
    src = open(f).read()
    items = items_of(src, args.dates_with_items)
    if args.gold_headlines:
        items = gold_headlines(f, items)
    MAST = "中国邮政报　第3版·动态" + ("　" + HEADS[src] if HEADS[src] else "")
    for cols in (2, 3, "grid"):
        if f"chromium{cols}" not in layouts:
            continue
        hp = out / f"{stem}.chromium{cols}.html"; hp.write_text(chromium_html(items, cols))
        subprocess.run(CHROME + [f"--print-to-pdf={out}/{stem}.chromium{cols}.pdf", str(hp)], capture_output=True, timeout=120)
    for cols in (2, 3):
        if f"lo{cols}" in layouts:
            fp = out / f"{stem}.lo{cols}.fodt"; fp.write_text(fodt(items, cols))
    if "rlcid2" in layouts:
        reportlab_cid(items, str(out / f"{stem}.rlcid2.pdf"))
    if args.gold:
        for layout in layouts:
            for kind in ("gold", "items"):
                g = pathlib.Path(f).with_name(f"{stem}.{kind}.csv")
                if g.exists():
                    shutil.copy(g, out / f"{stem}.{layout}.{kind}.csv")
fodts = sorted(out.glob("*.fodt"))
if fodts:
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(out)] + [str(p) for p in fodts], capture_output=True, timeout=1200)
for p in out.glob("*.fodt"):
    pdf = p.with_suffix(".pdf")
    if pdf.exists(): pdf.rename(out / (p.stem + ".pdf"))
