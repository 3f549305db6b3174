"""Make web pages from dev text pages: a site bulletin and a WeChat article."""
import sys, html, re, pathlib
sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[2] / 'src'))
from postmetrics.items import segment
def page(src, kind):
    layout = segment(src)
    first = layout.items[0].first_line if layout.items else 10**9
    heads = [l.text.strip() for l in layout.lines if l.number < first and l.text.strip()]
    heads += [m.text.strip() for m in layout.meta_lines if m.number >= first and m.text.strip()]
    meta = html.escape(" ".join(dict.fromkeys(heads)))
    arts = []
    for it in layout.items:
        head = "".join(l.text.strip() for l in it.headline_lines) or ""
        body = [l.text.strip() for l in it.lines if l not in it.headline_lines and l.text.strip()]
        arts.append((head, body))
    head0 = arts[0][0] if arts else ""
    paras = "".join(f"<p>{html.escape(b)}</p>\n" for _, body in arts for b in body)
    if kind == "site":
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(head0)}_国家邮政局</title></head>
<body><div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">新闻中心</a></li><li><a>政务公开</a></li></ul></div>
<div class="location">当前位置：<a>首页</a> &gt; <a>行业动态</a></div>
<div class="main"><div class="content"><h1>{html.escape(head0)}</h1>
<div class="info">{meta} 来源：中国邮政报 字号：大 中 小</div>
<div class="TRS_Editor">{paras}</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="related"><h3>相关新闻</h3><ul><li><a>2022年全国快递业务量突破1100亿件</a></li><li><a>邮政业务收入增长10%</a></li></ul></div>
</div></div><div class="footer">版权所有：国家邮政局 京ICP备05012345号 访问量 1234567</div></body></html>"""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{html.escape(head0)}"></head>
<body><div id="page-content"><h1 class="rich_media_title" id="activity-name">{html.escape(head0)}</h1>
<div id="meta_content"><span class="rich_media_meta">原创 贵州邮政</span> <em id="publish_time">{meta}</em></div>
<div class="rich_media_content" id="js_content">{paras}<p>扫描二维码关注我们</p></div>
<div class="rich_media_tool">阅读 3.2万 在看 128 点赞 56</div>
<div class="qr_code_pc">微信扫一扫关注该公众号</div></div></body></html>"""
for f in sys.argv[2:]:
    src = open(f).read()
    name = pathlib.Path(f).stem
    for kind in ("site", "wechat"):
        open(f"{sys.argv[1]}/{name}.{kind}.html", "w").write(page(src, kind))
