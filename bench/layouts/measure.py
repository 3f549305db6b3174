"""Per producer: items contiguous, rows equal to the text's rows."""
import sys, glob, re, collections, pathlib
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[2] / 'src'))
from postmetrics.items import segment
from postmetrics.extract import extract_document
from postmetrics.pdf import pdf_text
norm=lambda s: re.sub(r"[\W_]+","",s)
key = lambda f: (f.value, f.unit, f.metric, f.measure, f.period, f.basis, f.province, f.city, f.county)
keyh = lambda f: key(f) + (norm(f.headline),)
srcdirs = sys.argv[2:] or ['../shared/eval/dev', 'tests/data']
stats = collections.defaultdict(lambda: [0,0,0,0,0,0,0])
verbose = "-v" in sys.argv
sys.argv = [a for a in sys.argv if a != "-v"]
for pdf in sorted(glob.glob(sys.argv[1] + '/*.pdf')):
    stem, prod = pathlib.Path(pdf).name.split('.')[:2]
    src = next(open(f"{d}/{stem}.txt").read() for d in srcdirs if pathlib.Path(f"{d}/{stem}.txt").exists())
    try: t = pdf_text(pdf)
    except Exception as e: print(pdf, e); continue
    flat = norm("\n".join(l for l in t.split("\n") if not l.startswith("\f")))
    st = stats[prod]
    for it in segment(src).items:
        body = norm("".join(l.text for l in it.lines if l not in it.headline_lines))
        st[1] += 1
        if body in flat: st[0] += 1
        elif verbose: print("  split:", pdf, body[:20])
    a = collections.Counter(map(keyh, extract_document(src, issue_date="2023-03-24").figures))
    b = collections.Counter(map(keyh, extract_document(t, issue_date="2023-03-24").figures))
    a0 = collections.Counter(map(key, extract_document(src, issue_date="2023-03-24").figures))
    b0 = collections.Counter(map(key, extract_document(t, issue_date="2023-03-24").figures))
    st[2] += sum((a & b).values()); st[3] += sum(a.values()); st[4] += sum(b.values())
    st[5] += sum((a0 & b0).values())
    st[6] += 1
    if verbose and (a0 != b0):
        for x in (a0-b0): print("  only text:", pdf, x)
        for x in (b0-a0): print("  only pdf :", pdf, x)
print("producer      pages  items contiguous   rows equal (with headline)  rows equal (without)  text rows  pdf rows")
for p, s in sorted(stats.items()):
    print(f"{p:12s} {s[6]:5d}  {s[0]:4d}/{s[1]:<4d}          {s[2]:5d}                     {s[5]:5d}            {s[3]:5d}     {s[4]:5d}")
