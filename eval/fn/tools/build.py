#!/usr/bin/env python3
"""Builds the eval/fn seed pages and their gold files from one hand-written data table (further below).
All news text is the blind tester's own invented wording (no sentence copied from any real page, the shared seeds or
another eval set). Part A imitates, from memory, the page layouts of ten real outlets (Ukrainian, English and Russian
text); Part B outlets are invented. Deterministic: same input table -> same bytes.
Run from the project root:  python3 eval/fn/tools/build.py"""
import html, json, os, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = ZoneInfo("UTC")
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UK_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]
UK_DAYS = ["понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
RU_DAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
ABBREV = ("U.S.", "U.N.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "a.m.", "p.m.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", " м.", " р.", " г.", " обл.", " вул.", " ул.", " им.", " ім.",
          " т.д.", " т.е.", " тис.", " тыс.")
SENT_END = re.compile(r'[.!?\u2026]["\'\u201d\u2019\u00bb]?(?=\s+[A-Z0-9"\u201c\u2018\u00abА-ЯЁЇІЄҐ]|$)')
DATELINE = re.compile(r"^[A-ZА-ЯЁЇІЄҐ][A-ZА-ЯЁЇІЄҐ\- ]+, \d{1,2} [^\s,]+ \u2014 РИА Новости\.$")


def E(t, h, p, top, sub, imp, st, a=None, sec=(), kp=False, dup=None, n="", **x):
    """one entry: local time 'YYYY-MM-DD HH:MM' in the page zone, headline, paragraphs, labels, extra layout fields."""
    return dict(t=t, h=h, p=list(p), top=top, sub=sub, imp=imp, st=st, a=a, sec=list(sec), kp=kp, dup=dup, n=n, x=x)


def OFF(t, h, p, st, a=None, n="", **x):
    return E(t, h, p, "other", "unrelated", 1, st, a=a, n="off-beat: " + n, **x)


def first_sentence(par):
    """the first sentence as printed; an agency dateline sentence ('МОСКВА, 16 мая — РИА Новости.') stays attached to
    the sentence that follows it."""
    for m in SENT_END.finditer(par):
        head = par[:m.end()]
        if m.end() < len(par) and (head.endswith(ABBREV) or DATELINE.match(head)):
            continue
        return head
    return par


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def dt(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def h12(d, dots=False, upper=False, sep=":", space=" "):
    hh = d.hour % 12 or 12
    if dots:
        suf = "a.m." if d.hour < 12 else "p.m."
    else:
        suf = "am" if d.hour < 12 else "pm"
        if upper:
            suf = suf.upper()
    return f"{hh}{sep}{d.minute:02d}{space}{suf}"


def ptxt(ps):
    out = []
    for p in ps:
        out += [p, ""]
    return out


def order_check(S, newest_first):
    ts = [e["t"] for e in S["entries"]]
    assert ts == sorted(ts, reverse=newest_first), f"{S['id']}: entries must run {'newest' if newest_first else 'oldest'} first"


def rfc822(d, gmt=False):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("GMT" if gmt else d.strftime("%z"))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


SEEDS = []


def main():
    for sub in ("seeds", "gold"):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            os.remove(os.path.join(ROOT, sub, f))
    total = 0
    for S in SEEDS:
        text, stamps = S["render"](S)
        fn = f"{S['name']}.{S['ext']}"
        with open(os.path.join(ROOT, "seeds", fn), "w", encoding="utf-8") as fh:
            fh.write(text)
        ents = []
        for i, e in enumerate(S["entries"]):
            d = dt(e["t"], S["zone"]); u = d.astimezone(UTC)
            basis = S["basis"].format(s=stamps[i], d=d.strftime("%Y-%m-%d %H:%M"), z=S["zone"])
            ents.append({"id": f"{S['id']}-{i + 1:02d}", "headline": e["h"], "stamp": stamps[i],
                         "published": u.strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "published_local": d.strftime("%Y-%m-%d %H:%M ") + S["zone"],
                         "published_basis": basis, "author": e["a"],
                         "first_sentence": first_sentence(e["p"][0]) if e["p"] else None,
                         "body_paragraphs": len(e["p"]),
                         "topic": e["top"], "subtopic": e["sub"], "secondary_topics": e["sec"],
                         "importance": e["imp"], "key_point": e["kp"], "duplicate_of": e["dup"], "story": e["st"],
                         "notes": e["n"]})
        gold = {"seed": fn, "source": S["source"], "page_title": S["title"], "page_timezone": S["zone"]}
        if S.get("parse_args"):
            gold["parse_args"] = S["parse_args"]
        gold.update({"notes": S["notes"], "entries": ents, "not_entries": S["not_entries"]})
        with open(os.path.join(ROOT, "gold", S["name"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        total += len(ents)
        print(f"{fn:42s} {len(ents):2d} entries  UTC {sorted({x['published'][:10] for x in ents})}")
    print(f"{len(SEEDS)} seeds, {total} entries")




# ================================================================ Part A renderers (layouts of real outlets, from memory)

def r_up_rss(S):
    """Ukrainska Pravda (pravda.com.ua) site RSS 2.0: newest first, pubDate with +0300, one-paragraph description, no author."""
    z = S["zone"]; order_check(S, True)
    last = dt(S["entries"][0]["t"], z)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', '<channel>',
           f'<title>{esc(S["title"])}</title>', '<link>https://www.pravda.com.ua/</link>',
           '<atom:link href="https://www.pravda.com.ua/rss/" rel="self" type="application/rss+xml"/>',
           f'<description>{esc(S["lede"])}</description>', '<language>uk</language>', f'<lastBuildDate>{rfc822(last)}</lastBuildDate>',
           '<image><url>https://www.pravda.com.ua/images/up_logo_rss.png</url><title>Українська правда</title><link>https://www.pravda.com.ua/</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        link = f"https://www.pravda.com.ua/news/{d.year}/{d.month:02d}/{d.day}/{7513480 - i * 37}/"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<description><![CDATA[{e["p"][0]}]]></description>',
                f'<pubDate>{st}</pubDate>', f'<guid isPermaLink="true">{link}</guid>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_censor(S):
    """Censor.net news feed, text scrape (Ukrainian): date line 'п'ятниця, 4 травня 2029', bare 'HH:MM' above each
    headline, lead, tags, comment and view counters; headlines often end with ', - SOURCE'. Kyiv time, no zone printed."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    L = ["Цензор.НЕТ", "ГОЛОВНА   НОВИНИ   ПОДІЇ   БЛОГИ   ЦЕНЗОР.ТОП   ФОТО   ВІДЕО   РЕЗОНАНС", "УКР | РУС", "Увійти   Реєстрація", "",
         "Курс НБУ: USD 43,18   EUR 47,02", "", S["title"], "Всі новини   Війна   Політика   Економіка   Світ   Технології   Спорт", "",
         f"{UK_DAYS[d0.weekday()]}, {d0.day} {UK_MONTHS[d0.month - 1]} {d0.year}", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""] + ptxt(e["p"]) + [f"Теги: {e['x']['tags']}", f"Коментарі: {e['x']['cc']}   Перегляди: {e['x']['views']}", ""]
        if i == 2:
            L += ["Реклама", "", "Підписуйтесь на наш Telegram-канал: головні новини без цензури", ""]
    L += ["Показати ще новини", "", "Блоги", "Чому фронту потрібні не лише дрони, а й люди", "", "© 2000-2029 «Цензор.НЕТ»",
          "Використання матеріалів сайту дозволено лише за умови посилання на Цензор.НЕТ. Редакція може не поділяти думку авторів блогів."]
    return "\n".join(L) + "\n", stamps


def r_liga(S):
    """LIGA.net live page ('онлайн'), text scrape (Ukrainian): page stamps with full date, author line, 'Головне' block
    (the page's key points), newest first, bare 'HH:MM' above each headline, share row after each post."""
    z = S["zone"]; order_check(S, True)
    first = dt(S["entries"][-1]["t"], z); last = dt(S["entries"][0]["t"], z); pub = dt(S["published"], z)
    L = ["LIGA.net", "Новини   Політика   Світ   Бізнес   Фінанси   Технології   Life   LIGA.Pro", "Підписка   Увійти", "",
         "Головна › Новини › Війна", "", "ОНЛАЙН", S["title"], "",
         f"{pub.day} {UK_MONTHS[pub.month - 1]} {pub.year}, {pub:%H:%M}   Оновлено: {last.day} {UK_MONTHS[last.month - 1]} {last.year}, {last:%H:%M}",
         f"Автор: {S['byline']}", "", S["lede"], "", "Головне"] + ["- " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Стрічка оновлень", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else [e["x"]["gallery"], ""]
        L += ["Поділитися   Скопіювати посилання", ""]
        if i == 2:
            L += ["Реклама", "", "Читайте також: Що відомо про нові українські дрони-перехоплювачі", ""]
    L += ["Завантажити попередні оновлення", "", "Підпишіться на розсилку LIGA.net", "",
          "© 2000-2029 LIGA.net. Використання матеріалів дозволяється за умови посилання на LIGA.net."]
    return "\n".join(L) + "\n", stamps


# ================================================================ data: Part A
KYIV = "Europe/Kyiv"; MSK = "Europe/Moscow"

# ---------------------------------------------------------------- 17100 Ukrainska Pravda (RSS, Ukrainian)
SUMY = "sumy-ballistic-strike-2029-05-02"
SEEDS.append(dict(
  id="17100", name="17100_pravda-rss", ext="xml", source="Ukrainska Pravda", zone=KYIV, render=r_up_rss,
  title="Українська правда", lede="Новини України та світу від «Української правди»",
  basis="RSS pubDate '{s}' (explicit +0300 offset, Kyiv summer time); local {d} in {z}",
  notes="Imitation of the Ukrainska Pravda site RSS feed (Ukrainian). Newest first; pubDate carries +0300. The feed crosses LOCAL midnight (items of 3 May 00:15 and 02:40 Kyiv time) but every item falls on UTC 2 May 2029. One-paragraph descriptions, no author element, so author is null. 17100-03 and 17100-05 are two reports of the same Sumy missile strike (toll 2 then 4); the headline of 17100-05 ends with the site's ' – ФОТО' marker, kept as printed. 17100-07 (Eurovision rehearsal) is not about the war.",
  not_entries=["channel title/link/description/language/lastBuildDate", "channel image block", "item link and guid elements"],
  entries=[
  E("2029-05-03 02:40", "В Одесі уламки збитого дрона пошкодили портовий склад",
    ["У ніч на 3 травня російські ударні безпілотники атакували Одесу, уламки одного з них упали на територію складу в порту та спричинили пожежу, повідомили в обласній військовій адміністрації. Постраждалих немає."],
    "strikes", "strikes", 2, "odesa-port-drone-attack-2029-05-03", n="local date 3 May, UTC 2 May; no casualties; must not merge with the Sumy strike"),
  E("2029-05-03 00:15", "Зеленський підписав закон про підвищення бойових виплат",
    ["Президент Володимир Зеленський підписав закон, який з 1 липня збільшує щомісячні додаткові виплати військовим, що виконують бойові завдання на передовій. Документ Верховна Рада ухвалила наприкінці квітня."],
    "other", "politics", 2, "zelensky-signs-combat-pay-law-2029-05", n="local date 3 May, UTC 2 May"),
  E("2029-05-02 23:05", "Кількість загиблих внаслідок удару по Сумах зросла до чотирьох",
    ["Рятувальники завершили розбір завалів у центрі Сум, куди ввечері влучила російська балістична ракета: загинули четверо людей, ще 27 поранені, повідомила Державна служба з надзвичайних ситуацій."],
    "strikes", "strikes", 3, SUMY, n="toll 4 dead, 27 injured"),
  E("2029-05-02 21:30", "Данія профінансує для ЗСУ ще 18 гаубиць «Богдана»",
    ["Данія оплатить виготовлення в Україні ще 18 самохідних гаубиць «Богдана», які мають передати Збройним силам до кінця року, заявив міністр оборони Данії Троельс Лунд Поульсен."],
    "aid", "aid", 2, "denmark-funds-bohdana-howitzers-2029-05"),
  E("2029-05-02 20:45", "Росія вдарила балістикою по центру Сум – ФОТО",
    ["Близько 20:20 російські війська завдали ракетного удару по центральній частині Сум, загинули щонайменше двоє людей, повідомили в міській військовій адміністрації. На місці працюють рятувальники."],
    "strikes", "strikes", 3, SUMY, n="first report, toll 2; ' – ФОТО' is part of the printed title"),
  E("2029-05-02 19:20", "Сибіга в Анкарі обговорив із Фіданом новий обмін полоненими",
    ["Міністр закордонних справ Андрій Сибіга під час візиту до Туреччини обговорив із турецьким колегою Гаканом Фіданом підготовку нового обміну полоненими та повернення депортованих дітей."],
    "diplomacy", "diplomacy", 3, "sybiha-ankara-visit-2029-05-02", n="ministerial visit"),
  OFF("2029-05-02 18:10", "Євробачення-2029: українські учасники провели першу репетицію",
    ["Українські учасники провели першу репетицію на сцені пісенного конкурсу, фінал якого відбудеться 19 травня."],
    "eurovision-2029-ukraine-rehearsal", n="song contest"),
  ]))

# ---------------------------------------------------------------- 17101 Censor.net (text news feed, Ukrainian)
SEEDS.append(dict(
  id="17101", name="17101_censor-news", ext="txt", source="Censor.net", zone=KYIV, render=r_censor,
  title="Новини",
  basis="bare stamp '{s}' under the date line 'п'ятниця, 4 травня 2029'; Kyiv time implied (no zone printed, outlet's home zone, UTC+3 in May); local {d} in {z}",
  notes="Imitation of the Censor.net news feed (Ukrainian), text scrape. One date line 'п'ятниця, 4 травня 2029', newest first, bare 'HH:MM' above each headline; no zone printed (Kyiv time assumed: the outlet's home zone). Every item carries a 'Теги:' line and a 'Коментарі: N   Перегляди: N' counter line (chrome). Headlines keep Censor's ', - SOURCE' attribution and the '(фото)' marker as printed. No bylines in the feed, so author is null. 17101-06 (car inspection rules) is not about the war.",
  not_entries=["site name, navigation, language switch, login links", "exchange-rate widget 'Курс НБУ: ...'", "section title 'Новини' and the rubric row",
               "date line 'п'ятниця, 4 травня 2029'", "'Теги: ...' lines", "'Коментарі: ...   Перегляди: ...' counter lines",
               "'Реклама' marker and the Telegram promo after the third item", "'Показати ще новини'", "'Блоги' block with a blog headline", "copyright footer"],
  entries=[
  E("2029-05-04 21:55", "Окупанти атакували Херсон дроном: поранено двох комунальників",
    ["Російський безпілотник скинув вибухівку на автомобіль комунального підприємства в Дніпровському районі Херсона.",
     "Двоє працівників отримали поранення середньої тяжкості, їх доставили до лікарні, повідомили в міській військовій адміністрації."],
    "strikes", "strikes", 2, "kherson-drone-attack-utility-workers-2029-05-04", tags="Херсон, обстріли", cc=37, views="5 410"),
  E("2029-05-04 19:30", "Ворог 14 разів штурмував позиції ЗСУ на Покровському напрямку, - Генштаб",
    ["За минулу добу на Покровському напрямку окупанти 14 разів намагалися просунутися біля Удачного та Котлиного, усі атаки відбито, йдеться у вечірньому зведенні Генерального штабу."],
    "other", "frontline", 2, "pokrovsk-direction-assaults-2029-05-04", tags="Генштаб, Покровськ, війна", cc=52, views="8 917"),
  E("2029-05-04 17:05", "Нідерланди виділять 400 млн євро на українські дрони, - Брекелманс",
    ["Нідерланди спрямують 400 мільйонів євро на закупівлю далекобійних безпілотників і дронів-перехоплювачів українського виробництва, повідомив міністр оборони Рубен Брекелманс.",
     "За його словами, перші партії мають надійти до військ уже влітку."],
    "aid", "aid", 3, "netherlands-drone-funding-2029-05-04", tags="Нідерланди, допомога, дрони", cc=88, views="11 204", n="major aid pledge"),
  E("2029-05-04 14:20", "Удар КАБами по Костянтинівці: загинули троє людей (фото)",
    ["Російська авіація скинула на Костянтинівку щонайменше чотири керовані авіабомби, троє цивільних загинули, ще шестеро поранені.",
     "Пошкоджено багатоповерховий будинок, магазин і лінію електропередачі, повідомив начальник Донецької обласної військової адміністрації Вадим Філашкін."],
    "strikes", "strikes", 3, "kostiantynivka-glide-bomb-strike-2029-05-04", tags="Костянтинівка, КАБ, Донеччина", cc=64, views="9 733", n="deadly strike; '(фото)' is part of the printed headline"),
  E("2029-05-04 12:10", "СБУ затримала агентку, яка наводила ракети на Запоріжжя",
    ["Контррозвідка СБУ затримала в Запоріжжі 34-річну жінку, яка збирала для російських спецслужб координати об'єктів енергетики.",
     "Їй повідомили про підозру в державній зраді."],
    "other", "security", 2, "sbu-detains-zaporizhzhia-spotter-2029-05-04", tags="СБУ, Запоріжжя, зрада", cc=41, views="6 028"),
  OFF("2029-05-04 10:35", "З 1 червня в Україні змінюються правила обов'язкового техогляду",
    ["Кабмін затвердив новий перелік транспортних засобів, що підлягають обов'язковому технічному контролю, зокрема для легкових авто, старших за десять років."],
    "ukraine-vehicle-inspection-rules-2029-06", n="domestic regulation", tags="авто, Кабмін", cc=19, views="4 150"),
  E("2029-05-04 08:15", "Уночі росіяни запустили 86 ударних дронів, 61 збито, - Повітряні сили",
    ["У ніч на 4 травня противник атакував Україну 86 безпілотниками типу Shahed та дронами-імітаторами.",
     "Сили ППО збили 61 дрон, ще 19 локаційно втрачені, влучання зафіксовано в Житомирській і Полтавській областях."],
    "strikes", "strikes", 2, "overnight-russian-drone-attack-2029-05-04", tags="Повітряні сили, Shahed, ППО", cc=23, views="7 312", n="no casualties reported"),
  ]))

# ---------------------------------------------------------------- 17102 LIGA.net (text live page, Ukrainian)
LVIVATT = "russian-combined-attack-lviv-region-2029-05-06"
SEEDS.append(dict(
  id="17102", name="17102_liga-online", ext="txt", source="LIGA.net", zone=KYIV, render=r_liga,
  title="Війна в Україні 6 травня: атака на Львівщину, удар по Брянщині – онлайн", byline="Тарас Вдовиченко",
  published="2029-05-06 07:30",
  lede="LIGA.net стежить за подіями війни: головне про обстріли, фронт і дипломатію протягом дня.",
  basis="bare stamp '{s}' on a page dated '6 травня 2029' (page stamp line); Kyiv time implied (no zone printed, outlet's home zone, UTC+3); local {d} in {z}",
  notes="Imitation of a LIGA.net 'онлайн' live page (Ukrainian), text scrape. Page stamp line '6 травня 2029, 07:30   Оновлено: 6 травня 2029, 21:40', one author line 'Автор: Тарас Вдовиченко' (no per-post names; used as every entry's author). A 'Головне' block (the page's own key points, Ukrainian for 'the main things') lists three post headlines: those entries are key_point true. Newest first, bare 'HH:MM' above each headline; no zone printed (Kyiv time). 17102-03 is a 'Фото:' gallery teaser with no text. 17102-05 (Ukraine's strike on a Bryansk oil depot) must not merge with the Russian attack on Lviv region (17102-03/06/07).",
  not_entries=["site name, navigation, 'Підписка   Увійти'", "breadcrumb 'Головна › Новини › Війна'", "'ОНЛАЙН' label", "page stamp line with 'Оновлено'",
               "author line 'Автор: ...'", "lede paragraph", "'Головне' block (its three lines repeat post headlines)", "'Стрічка оновлень' heading",
               "gallery placeholder '[Галерея: 12 фото]'", "'Поділитися   Скопіювати посилання' rows", "'Реклама' marker and 'Читайте також: ...' link",
               "'Завантажити попередні оновлення'", "newsletter promo and copyright footer"],
  entries=[
  E("2029-05-06 21:40", "DeepState: окупанти просунулися біля Часового Яру",
    ["Аналітики проєкту DeepState повідомили про просування російських військ у західній частині Часового Яру та на околицях Ступочок.",
     "У Генштабі ці дані поки не коментували."],
    "other", "frontline", 2, "deepstate-chasiv-yar-advance-2029-05-06", a="Тарас Вдовиченко"),
  E("2029-05-06 19:25", "З прикордоння Харківщини евакуювали ще 140 людей",
    ["За добу з прикордонних громад Харківщини вивезли 140 цивільних, серед них 23 дитини, повідомили в обласній військовій адміністрації.",
     "Примусова евакуація родин із дітьми триває з квітня."],
    "other", "humanitarian", 2, "kharkiv-border-evacuation-2029-05-06", a="Тарас Вдовиченко"),
  E("2029-05-06 17:10", "Фото: Стрий після нічної атаки", [], "strikes", "strikes", 1, LVIVATT, a="Тарас Вдовиченко",
    n="photo teaser without text", gallery="[Галерея: 12 фото]"),
  E("2029-05-06 15:30", "Сибіга: Київ готовий до технічного раунду в Стамбулі, якщо Росія зупинить удари по енергетиці",
    ["Міністр закордонних справ Андрій Сибіга заявив, що українська делегація може поїхати до Стамбула на технічні переговори вже наступного тижня.",
     "Умовою він назвав припинення російських ударів по енергетичній інфраструктурі щонайменше на 30 днів."],
    "diplomacy", "diplomacy", 3, "sybiha-istanbul-technical-talks-offer-2029-05-06", a="Тарас Вдовиченко", kp=True, n="listed under 'Головне'"),
  E("2029-05-06 13:45", "Генштаб підтвердив ураження нафтобази в Брянській області",
    ["Сили оборони в ніч на 6 травня уразили нафтобазу в Брянській області Росії, там зафіксовано пожежу, повідомив Генеральний штаб ЗСУ.",
     "Губернатор області заявив про «відбиття атаки» і не повідомляв про пошкодження."],
    "strikes", "strikes", 2, "bryansk-oil-depot-strike-2029-05-06", a="Тарас Вдовиченко",
    n="Ukraine's strike on Russia; must not merge with the Russian attack on Lviv region"),
  E("2029-05-06 11:20", "На Львівщині внаслідок атаки загинула людина, пошкоджено енергооб'єкт у Стрию",
    ["Під час нічної атаки на Львівщину загинув 52-річний чоловік, ще троє людей травмовані, повідомив очільник обласної військової адміністрації Максим Козицький.",
     "У Стрию пошкоджено об'єкт енергетичної інфраструктури, частина міста залишається без світла."],
    "strikes", "strikes", 3, LVIVATT, a="Тарас Вдовиченко", kp=True, n="toll 1 dead; listed under 'Головне'"),
  E("2029-05-06 09:05", "Уночі Росія атакувала Україну 7 ракетами та 120 дронами",
    ["У ніч на 6 травня російська армія випустила по Україні сім крилатих ракет Х-101 та 120 ударних дронів, повідомили Повітряні сили.",
     "Збито шість ракет і 94 безпілотники, основним напрямком удару стала Львівська область."],
    "strikes", "strikes", 3, LVIVATT, a="Тарас Вдовиченко", kp=True, n="listed under 'Головне'"),
  ]))


def r_znua(S):
    """ZN.ua English news feed, HTML (from memory): language switch, rubric nav, one date heading per day, items with a bare
    'HH:MM' time, linked title, optional 'Photo'/'Exclusive' label, lead. Kyiv time, no zone printed. JSON-LD only
    NewsMediaOrganization + WebSite (no per-item data)."""
    z = S["zone"]; order_check(S, True)
    d0 = dt(S["entries"][0]["t"], z)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsMediaOrganization", "@id": "https://zn.ua/#org", "name": "ZN.UA", "url": "https://zn.ua/eng/",
         "logo": {"@type": "ImageObject", "url": "https://zn.ua/img/logo_zn.svg"}},
        {"@type": "WebSite", "@id": "https://zn.ua/#website", "url": "https://zn.ua/eng/", "name": "ZN.UA", "inLanguage": "en",
         "publisher": {"@id": "https://zn.ua/#org"}}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | ZN.UA</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header class="header"><a class="logo" href="/eng/">ZN.UA</a> <span class="logo_sub">Mirror Weekly</span>'
           '<div class="lang"><a href="/ukr/">УКР</a> <a href="/">РУС</a> <b>ENG</b></div>'
           '<nav class="main_menu"><a href="/eng/war.html">War</a> <a href="/eng/politics.html">Politics</a> <a href="/eng/economic.html">Economics</a> '
           '<a href="/eng/society.html">Society</a> <a href="/eng/world.html">World</a> <a href="/eng/tech.html">Technologies</a> <a href="/eng/ART.html">Culture</a></nav>'
           '<a class="subscribe" href="/subscribe/">Subscribe</a></header>',
           f'<main><h1 class="page_title">{esc(S["title"])}</h1>', '<div class="news_list">',
           f'<div class="news_date">{EN_DAYS[d0.weekday()]}, {d0.day} {EN_MONTHS[d0.month - 1]} {d0.year}</div>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        cls = "news_item important" if e["imp"] == 3 else "news_item"
        link = f"/eng/{slugify(e['h'])}.html"
        out.append(f'<div class="{cls}"><span class="news_time">{st}</span> <a class="news_title" href="{link}">{esc(e["h"])}</a>')
        if e["x"].get("label"):
            out.append(f'<span class="news_label">{e["x"]["label"]}</span>')
        out += [f'<p class="news_anons">{esc(p)}</p>' for p in e["p"]]
        out.append('</div>')
        if i == 3:
            out.append('<div class="banner">Advertising</div><div class="tg_promo">ZN.UA in Telegram: only verified news. <a>Subscribe</a></div>')
    out += ['</div><a class="more" href="?page=2">More news</a></main>',
            '<aside class="sidebar"><h3>Opinions</h3><a href="/eng/columns/why-reconstruction-needs-courts.html">Why reconstruction needs working courts first</a></aside>',
            '<footer>© 1994-2029 ZN.UA. All rights reserved. Use of materials is permitted only with a hyperlink to zn.ua.</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_rbc(S):
    """RBC-Ukraine English article, HTML (from memory): NewsArticle JSON-LD, 'Thu, May 10, 2029, 20:15' under the title,
    'Author:' line, bold lead, h2 sections (one entry each; no per-section time), 'Read also:' links and a photo caption."""
    z = S["zone"]; pub = dt(S["published"], z)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": S["title"], "datePublished": pub.isoformat(),
          "dateModified": pub.isoformat(), "inLanguage": "en", "mainEntityOfPage": S["url"],
          "author": {"@type": "Person", "name": S["byline"]},
          "publisher": {"@type": "Organization", "name": "RBC-Ukraine", "logo": {"@type": "ImageObject", "url": "https://newsukraine.rbc.ua/static/img/logo.png"}}}
    stamp_line = f"{EN_DAYS[pub.weekday()][:3]}, {EN_SHORT[pub.month - 1]} {pub.day}, {pub.year}, {pub:%H:%M}"
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | RBC-Ukraine</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           '<header><a class="logo" href="/">RBC-Ukraine</a><nav><a href="/news">News</a> <a href="/war">War in Ukraine</a> <a href="/politics">Politics</a> '
           '<a href="/economic">Economics</a> <a href="/world">World</a> <a href="/lifestyle">Lifestyle</a> <a href="/tech">Tech</a></nav>'
           '<div class="lang"><a>UA</a> <a>RU</a> <b>EN</b></div></header>',
           '<main><article>', f'<h1>{esc(S["title"])}</h1>', f'<div class="article__date">{stamp_line}</div>',
           f'<div class="article__author">Author: <a href="/authors/{slugify(S["byline"])}">{esc(S["byline"])}</a></div>',
           f'<figure><img src="/static/img/cache/kyiv.jpg" alt=""><figcaption>{esc(S["caption"])}</figcaption></figure>',
           f'<p class="article__lead"><strong>{esc(S["lede"])}</strong></p>']
    for i, e in enumerate(S["entries"]):
        out.append(f'<h2>{esc(e["h"])}</h2>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["x"].get("readalso"):
            out.append(f'<p class="read-also">Read also: <a href="/news/{slugify(e["x"]["readalso"])}">{esc(e["x"]["readalso"])}</a></p>')
    out += ['<p class="article__sources"><em>Sources: General Staff of the Armed Forces of Ukraine, Air Force, Kyiv City Military Administration, official statements.</em></p>',
            '<div class="article__tags"><a>War in Ukraine</a> <a>Kyiv</a> <a>Air defense</a></div>',
            '<div class="subscribe">Subscribe to RBC-Ukraine on Telegram and WhatsApp</div>', '</article></main>',
            '<footer>© 2000-2029 RBC-Ukraine. Use of materials is allowed only with a hyperlink to RBC-Ukraine.</footer></body></html>']
    return "\n".join(out) + "\n", [None] * len(S["entries"])


def r_interfax(S):
    """Interfax-Ukraine English 'Latest news', text scrape (from memory): rubric line, headline, then the stamp
    'DD.MM.YYYY HH:MM' after the headline, lead. Kyiv time, no zone printed. Newest first."""
    z = S["zone"]; order_check(S, True)
    L = ["INTERFAX-UKRAINE", "News Agency", "Українська   Русский   English", "",
         "General   Politics   Economic   Press releases   Press conferences   Photo   Video", "Search", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y %H:%M}"; stamps.append(st)
        L += [e["x"]["rub"], e["h"], st, ""] + ptxt(e["p"])
        if i == 3:
            L += ["Advertising", "", "Press conference at Interfax-Ukraine: how to register", ""]
    L += ["Next page", "", "Most read", "Cabinet approves reconstruction priorities for Kharkiv region", "",
          "© 2005-2029 Interfax-Ukraine News Agency. All rights reserved.",
          "Quoting and any use of materials is allowed only with a hyperlink to interfax.com.ua."]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- 17103 ZN.ua (English HTML news feed)
ZAP = "zaporizhzhia-missile-strike-2029-05-07"
SEEDS.append(dict(
  id="17103", name="17103_znua-news", ext="html", source="ZN.ua", zone=KYIV, render=r_znua, title="News",
  basis="bare stamp '{s}' under the date heading 'Tuesday, 8 May 2029'; Kyiv time implied (no zone printed, outlet's home zone, UTC+3); local {d} in {z}",
  notes="Imitation of the ZN.ua (Dzerkalo Tyzhnia / Mirror Weekly) English news feed, HTML. One date heading 'Tuesday, 8 May 2029', newest first, bare 'HH:MM' before each linked title; no zone printed (Kyiv time). JSON-LD has only the organisation and website nodes. Some items carry a 'Photo' or 'Exclusive' label (chrome). No bylines, so author null. 17103-03 and 17103-06 are two updates of the Zaporizhzhia strike of Monday 7 May (toll, day of mourning). 17103-07 (GDP estimate) is not about the war.",
  not_entries=["header: logo, 'Mirror Weekly', language switch, rubric menu, 'Subscribe'", "page heading 'News'", "date heading 'Tuesday, 8 May 2029'",
               "item labels 'Photo' and 'Exclusive'", "'Advertising' banner and Telegram promo after the fourth item", "'More news' link",
               "sidebar 'Opinions' with a column link", "copyright footer"],
  entries=[
  E("2029-05-08 22:10", "Russian drones hit grain terminal in Izmail, port operations suspended",
    ["A Russian drone attack on the Danube port of Izmail damaged a grain terminal and several trucks, the Odesa regional administration said late on Tuesday.",
     "No one was injured, but loading at the terminal was halted until morning."],
    "strikes", "strikes", 2, "izmail-port-drone-attack-2029-05-08"),
  E("2029-05-08 19:45", "EU releases EUR 4.2 billion tranche for Ukraine under Ukraine Facility",
    ["The European Commission has transferred another EUR 4.2 billion to Ukraine's state budget under the Ukraine Facility, Finance Minister Serhii Marchenko said.",
     "The money will go to pensions, salaries of teachers and doctors, and repairs of energy infrastructure."],
    "aid", "aid", 3, "eu-ukraine-facility-tranche-2029-05-08", n="major financial aid"),
  E("2029-05-08 17:20", "Zaporizhzhia death toll rises to nine after Monday's missile strike",
    ["The number of people killed in Monday's Russian missile strike on an industrial district of Zaporizhzhia has risen to nine after rescuers recovered two more bodies, regional governor Ivan Fedorov said.",
     "Thirty-one people remain in hospital."],
    "strikes", "strikes", 3, ZAP, n="toll 9; the strike itself was on Monday 7 May"),
  E("2029-05-08 15:05", "Syrskyi: Russia massing troops for new push toward Kupiansk",
    ["Commander-in-Chief Oleksandr Syrskyi said Russia had gathered up to 40,000 troops near Kupiansk and was preparing to resume attacks across the Oskil River.",
     "He said Ukrainian units in the sector had received additional drones and ammunition."],
    "other", "frontline", 2, "syrskyi-kupiansk-buildup-2029-05-08", label="Exclusive"),
  E("2029-05-08 12:30", "Verkhovna Rada extends martial law and mobilization for another 90 days",
    ["Parliament voted to extend martial law and general mobilization for another 90 days, with 312 lawmakers in favor."],
    "other", "politics", 2, "martial-law-extension-2029-05-08"),
  E("2029-05-08 10:15", "Zaporizhzhia holds day of mourning for strike victims",
    ["Zaporizhzhia declared Tuesday a day of mourning for the people killed in Monday's missile attack; flags were lowered to half-mast and entertainment events were cancelled."],
    "strikes", "strikes", 3, ZAP, label="Photo", n="aftermath of the same strike: same story"),
  OFF("2029-05-08 08:40", "Ukraine's economy grew 2.9% in first quarter, statistics service says",
    ["Ukraine's gross domestic product rose 2.9% year on year in the first quarter, driven by construction and retail, according to a preliminary estimate by the State Statistics Service."],
    "ukraine-gdp-q1-2029", n="economic statistics"),
  ]))

# ---------------------------------------------------------------- 17104 RBC-Ukraine (English HTML round-up article)
KYIVSTRIKE = "kyiv-missile-strike-2029-05-10"
SEEDS.append(dict(
  id="17104", name="17104_rbcukraine-roundup", ext="html", source="RBC-Ukraine", zone=KYIV, render=r_rbc,
  title="Russian missiles kill six in Kyiv, Germany pledges more IRIS-T: main events of May 10",
  url="https://newsukraine.rbc.ua/news/russian-missiles-kill-six-in-kyiv-germany-1778433300.html",
  published="2029-05-10 20:15", byline="Daryna Lisovska",
  caption="Rescuers at a damaged high-rise in Kyiv's Solomianskyi district (photo: Kyiv City Military Administration)",
  lede="RBC-Ukraine sums up the main events of the 2,633rd day of Russia's full-scale war against Ukraine.",
  basis="no per-section time: the article's own stamp 'Thu, May 10, 2029, 20:15' (Kyiv time implied, no zone printed; JSON-LD datePublished +03:00 agrees); local {d} in {z}",
  notes="Imitation of an RBC-Ukraine English daily round-up article, HTML with NewsArticle JSON-LD (datePublished 2029-05-10T20:15:00+03:00). Six h2 sections, each one entry (headline = section heading); stamp null; published = the article time 'Thu, May 10, 2029, 20:15' (Kyiv). The byline 'Author: Daryna Lisovska' is the only author and is used for every section. 'Read also:' links inside sections, the photo caption, the 'Sources:' note, tags and the Telegram promo are chrome. Sections 1 and 2 are the same overnight attack on Kyiv (toll; interception count). Section 6 (Ukrainian drone on a Belgorod substation) must not merge with it.",
  not_entries=["header, rubric menu, language switch", "article title (page_title)", "date line 'Thu, May 10, 2029, 20:15'", "'Author: Daryna Lisovska'",
               "photo caption", "bold lead 'RBC-Ukraine sums up the main events ...'", "'Read also: ...' links", "'Sources: ...' note", "tags row",
               "Telegram/WhatsApp promo", "footer"],
  entries=[
  E("2029-05-10 20:15", "Deadly strike on Kyiv",
    ["Russian ballistic and cruise missiles struck Kyiv before dawn, killing six people and injuring at least 38, the Kyiv City Military Administration said.",
     "Residential buildings were damaged in the Solomianskyi and Darnytskyi districts; in one high-rise, three floors collapsed."],
    "strikes", "strikes", 3, KYIVSTRIKE, a="Daryna Lisovska", readalso="Kyiv after the night attack: photos from the Solomianskyi district"),
  E("2029-05-10 20:15", "Air defense results",
    ["Ukraine's Air Force said it intercepted 41 of the 52 missiles and 88 of the 110 drones that Russia launched overnight.",
     "Most of the missiles that got through were ballistic Iskander-M and KN-23 types."],
    "strikes", "strikes", 3, KYIVSTRIKE, a="Daryna Lisovska", n="interception tally of the same overnight attack"),
  E("2029-05-10 20:15", "Situation at the front",
    ["The General Staff reported 163 combat clashes over the day, the heaviest in the Pokrovsk and Toretsk directions.",
     "Russian forces also attacked near Huliaipole in Zaporizhzhia region."],
    "other", "frontline", 2, "general-staff-daily-report-2029-05-10", a="Daryna Lisovska"),
  E("2029-05-10 20:15", "Germany pledges four more IRIS-T systems",
    ["German Defense Minister Boris Pistorius, visiting Odesa, announced that Berlin would pay for four more IRIS-T SLM air defense systems for Ukraine, the first of them to arrive by autumn."],
    "aid", "aid", 3, "germany-iris-t-pledge-2029-05-10", a="Daryna Lisovska", readalso="How IRIS-T differs from Patriot: an explainer", n="major aid pledge by a minister"),
  E("2029-05-10 20:15", "Sanctions",
    ["Foreign Minister Andrii Sybiha discussed the next EU sanctions package with EU foreign policy chief Kaja Kallas, focusing on shadow-fleet tankers and banks in third countries."],
    "diplomacy", "diplomacy", 3, "sybiha-kallas-sanctions-talk-2029-05-10", a="Daryna Lisovska", n="ministerial diplomacy"),
  E("2029-05-10 20:15", "Strikes on Russian territory",
    ["The governor of Russia's Belgorod region said a Ukrainian drone hit an electrical substation near Shebekino, leaving several villages without power."],
    "strikes", "strikes", 2, "belgorod-substation-drone-strike-2029-05-10", a="Daryna Lisovska", n="must not merge with the Kyiv strike"),
  ]))

# ---------------------------------------------------------------- 17105 Interfax-Ukraine (English text listing)
SEEDS.append(dict(
  id="17105", name="17105_interfaxukraine-latest", ext="txt", source="Interfax-Ukraine", zone=KYIV, render=r_interfax, title="Latest news",
  basis="stamp '{s}' printed after the headline (date and time, Kyiv time implied: no zone printed, outlet's home zone, UTC+3); local {d} in {z}",
  notes="Imitation of the Interfax-Ukraine English 'Latest news' listing, text scrape. Each item: rubric line ('General', 'Economic'), headline, then the stamp 'DD.MM.YYYY HH:MM' (headline BEFORE stamp), then the lead. Newest first; no zone printed (Kyiv time). No bylines, so author null. 17105-03 (NBU reserves) and 17105-06 (night train to Vienna) are not about the war.",
  not_entries=["agency name, 'News Agency', language row, rubric menu, 'Search'", "listing title 'Latest news'", "rubric lines above each headline ('General', 'Economic')",
               "'Advertising' and the press-conference promo after the fourth item", "'Next page'", "'Most read' block", "copyright lines"],
  entries=[
  E("2029-05-12 21:15", "Ukraine, Russia swap 205 POWs each in UAE-mediated exchange",
    ["Ukraine and Russia exchanged 205 prisoners of war each on Saturday in a swap mediated by the United Arab Emirates, the Coordination Headquarters for the Treatment of Prisoners of War said.",
     "Among those released were defenders of Mariupol and border guards captured in 2022."],
    "diplomacy", "diplomacy", 3, "uae-mediated-pow-exchange-2029-05-12", rub="General", n="big mediated prisoner exchange"),
  E("2029-05-12 19:40", "Russian drones damage gas production facilities in Poltava region – Naftogaz",
    ["Russian drones attacked gas production facilities in Poltava region overnight and again in the afternoon, causing fires and damaging equipment, Naftogaz CEO Serhiy Koretsky said."],
    "strikes", "strikes", 2, "poltava-gas-facilities-drone-attack-2029-05-12", rub="Economic"),
  OFF("2029-05-12 17:05", "NBU: international reserves rise to $47.3 bln in April",
    ["Ukraine's international reserves grew 3.1% in April to $47.3 billion, the National Bank of Ukraine said."],
    "nbu-reserves-april-2029", n="central bank statistics", rub="Economic"),
  E("2029-05-12 15:20", "Defense ministry, Finland's Patria agree to co-produce armored vehicles in Ukraine",
    ["Ukraine's Defense Ministry and Finnish manufacturer Patria have signed an agreement to assemble armored personnel carriers in Ukraine, Defense Minister Denys Shmyhal said."],
    "aid", "aid", 2, "patria-armored-vehicle-coproduction-2029-05-12", rub="General"),
  E("2029-05-12 12:50", "One killed, four injured in guided bomb attack on Zolochiv in Kharkiv region",
    ["A Russian guided aerial bomb hit the center of Zolochiv in Kharkiv region on Saturday, killing a 67-year-old man and injuring four people, Kharkiv Regional Military Administration head Oleh Syniehubov said."],
    "strikes", "strikes", 3, "zolochiv-glide-bomb-strike-2029-05-12", rub="General", n="deadly strike"),
  OFF("2029-05-12 10:10", "Ukrzaliznytsia to launch direct Kyiv-Vienna night train in June",
    ["Ukrzaliznytsia will launch a direct night train between Kyiv and Vienna via Chop from June 14, the company's press service said."],
    "ukrzaliznytsia-kyiv-vienna-train-2029", n="rail timetable", rub="Economic"),
  E("2029-05-12 08:30", "Ombudsman: 12 children returned from occupied territories this week",
    ["Twelve children taken from Ukraine's occupied territories have been returned to government-controlled areas this week under the Bring Kids Back UA initiative, Parliament Commissioner for Human Rights Dmytro Lubinets said."],
    "other", "humanitarian", 2, "children-returned-from-occupation-2029-05-12", rub="General"),
  ]))


def r_tass_rss(S):
    """TASS English RSS 2.0 (from memory): newest first, pubDate +0300 (Moscow), category per item, summary description,
    enclosure image, no author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>', f'<title>{esc(S["title"])}</title>',
           '<link>https://tass.com</link>', f'<description>{esc(S["lede"])}</description>', '<language>en</language>',
           '<image><url>https://tass.com/img/blocks/common/tass_logo_en.png</url><title>TASS</title><link>https://tass.com</link></image>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d); stamps.append(st)
        cat = e["x"]["cat"]; link = f"https://tass.com/{e['x']['path']}/{1946812 - i * 53}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid>{link}</guid>', f'<pubDate>{st}</pubDate>',
                f'<category>{esc(cat)}</category>', f'<description>{esc(e["p"][0])}</description>',
                f'<enclosure url="https://cdn-media.tass.ru/width/1020_b9261fa1/tass/m2/en/uploads/i/{1946812 - i * 53}.jpg" type="image/jpeg" length="0"/>',
                '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_ria(S):
    """RIA Novosti (ria.ru) article stream, HTML (from memory): each article block carries its own NewsArticle JSON-LD,
    the stamp 'HH:MM DD.MM.YYYY' with an optional '(обновлено: ...)', views counter, title, photo credit, text that opens
    with the dateline 'ГОРОД, D месяца — РИА Новости.', tags. Moscow time, no zone printed. Newest first."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="ru"><head><meta charset="utf-8">', f'<title>{esc(S["title"])}</title></head><body>',
           '<header class="page__header"><a class="header__logo" href="/">РИА Новости</a>'
           '<nav class="nav"><a href="/politics/">Политика</a> <a href="/world/">В мире</a> <a href="/economy/">Экономика</a> <a href="/society/">Общество</a> '
           '<a href="/incidents/">Происшествия</a> <a href="/defense_safety/">Армия</a> <a href="/science/">Наука</a> <a href="/sport/">Спорт</a> '
           '<a href="/culture/">Культура</a> <a href="/religion/">Религия</a> <a href="/tourism/">Туризм</a></nav>'
           '<div class="header__rates">USD 81,94  EUR 93,10</div><a href="https://radiosputnik.ru/">Радио Sputnik</a></header>',
           f'<main><div class="lenta"><h2 class="lenta__title">{esc(S["title"])}</h2>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M %d.%m.%Y}"; stamps.append(st)
        aid = 1946512230 - i * 1187
        url = f"https://ria.ru/{d:%Y%m%d}/{e['x']['slug']}-{aid}.html"
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": e["h"],
              "datePublished": d.isoformat(), "dateModified": (dt(e["x"]["upd"], z) if e["x"].get("upd") else d).isoformat(),
              "publisher": {"@type": "Organization", "name": "РИА Новости", "logo": {"@type": "ImageObject", "url": "https://cdnn21.img.ria.ru/i/logo.png"}},
              "image": f"https://cdnn21.img.ria.ru/images/{aid}.jpg"}
        out.append(f'<div class="article" data-url="{url}">')
        out.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>')
        info = f'<div class="article__info"><div class="article__info-date"><a href="{url}">{st}</a>'
        if e["x"].get("upd"):
            u = dt(e["x"]["upd"], z); info += f' <span class="article__info-date-modified">(обновлено: {u:%H:%M %d.%m.%Y})</span>'
        info += f'</div><div class="article__views">{e["x"]["views"]}</div></div>'
        out.append(info)
        out.append(f'<h1 class="article__title">{esc(e["h"])}</h1>')
        out.append(f'<div class="article__announce"><div class="media__copyright">{esc(e["x"]["photo"])}</div></div>')
        out += [f'<div class="article__text">{esc(p)}</div>' for p in e["p"]]
        out.append('<div class="article__tags">' + " ".join(f'<a class="article__tags-item">{t}</a>' for t in e["x"]["tags"]) + '</div>')
        out.append('<div class="article__subscribe">Подпишитесь на РИА Новости в Telegram и MAX</div></div>')
    out += ['</div></main>', '<footer class="footer">Сетевое издание РИА Новости зарегистрировано в Федеральной службе по надзору в сфере связи, '
            'информационных технологий и массовых коммуникаций. © 2029 МИА «Россия сегодня»</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_kommersant(S):
    """Kommersant (kommersant.ru) news lenta, text scrape (from memory): rubric, headline, lead, optional photo credit
    'Фото: ..., Коммерсантъ', and a TRAILING stamp 'DD.MM.YYYY, HH:MM' closing each item. Moscow time, no zone. Newest first."""
    z = S["zone"]; order_check(S, True)
    L = ["Коммерсантъ", "Главное   Политика   Экономика   Бизнес   Мир   Происшествия   Общество   Культура   Спорт   Стиль   Газета «Коммерсантъ»",
         "Войти   Подписка", "", "USD 81,62   EUR 92,87   Нефть 71,40", "", S["title"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%d.%m.%Y, %H:%M}"; stamps.append(st)
        L += [e["x"]["rub"], e["h"], ""] + ptxt(e["p"])
        if e["x"].get("photo"):
            L += [e["x"]["photo"], ""]
        L += [st, ""]
        if i == 2:
            L += ["Подписывайтесь на «Коммерсантъ» в Telegram", ""]
    L += ["Показать еще", "", "© АО «Коммерсантъ», 2029. Все права защищены.", "Рассылки   Реклама   Контакты   Правила"]
    return "\n".join(L) + "\n", stamps


def r_meduza(S):
    """Meduza war chronicle, HTML (from memory), Russian: stamps 'HH:MM, D мая' with NO year anywhere on the page (no JSON-LD,
    no dated URLs, copyright without a year); newest first; donation box; video teaser with an embed placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="ru"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} — Meduza</title></head><body>',
           '<header class="Header"><a class="Logo" href="/">МЕДУЗА</a><nav><a href="/">Новости</a> <a href="/feature">Истории</a> '
           '<a href="/explain">Разбор</a> <a href="/games">Игры</a> <a href="/shapito">Шапито</a></nav><a class="Donate" href="/support">Поддержать</a> '
           '<a href="/en">English</a></header>',
           '<main><div class="Chronicle">', f'<h1>{esc(S["title"])}</h1>', f'<p class="Chronicle-lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}, {d.day} {RU_MONTHS[d.month - 1]}"; stamps.append(st)
        out.append(f'<article class="ChronicleItem"><div class="ChronicleItem-time">{st}</div><h3>{esc(e["h"])}</h3>')
        if e["p"]:
            out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        else:
            out.append('<div class="Embed">Видео недоступно в вашем браузере. Смотрите его в нашем телеграм-канале.</div>')
        if e["x"].get("src"):
            out.append(f'<p class="ChronicleItem-source">{esc(e["x"]["src"])}</p>')
        out.append('</article>')
        if i == 2:
            out.append('<aside class="DonatePromo"><p>«Медуза» работает благодаря читателям. Без вашей помощи мы не справимся.</p>'
                       '<a href="/support">Поддержать «Медузу»</a></aside>')
    out += ['<a class="Chronicle-more" href="?page=2">Показать еще</a></div></main>',
            '<footer>© Meduza. Все права защищены. <a href="/pages/privacy">Политика конфиденциальности</a></footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- 17106 TASS (English RSS)
SEEDS.append(dict(
  id="17106", name="17106_tass-rss", ext="xml", source="TASS", zone=MSK, render=r_tass_rss,
  title="TASS", lede="TASS Russian News Agency: latest news",
  basis="RSS pubDate '{s}' (explicit +0300, Moscow time); local {d} in {z}",
  notes="Imitation of the TASS English site RSS feed. Newest first; pubDate with +0300; one category per item; descriptions are the lead; no author. Russian official framing is kept as printed ('liberate', 'top brass'); a Russian claim of taking a village is other/frontline. 17106-01's first sentence contains '6 p.m. and 9 p.m. Moscow time' (no sentence break after 'p.m.'); 17106-07's contains 'St. Petersburg'. 17106-02 (Peskov on the next Istanbul round) and 17106-04 (Lavrov-Fidan call) are separate statements: separate stories. 17106-06 (wheat duty) and 17106-07 (football cup) are not about the war.",
  not_entries=["channel title/link/description/language/image", "item link, guid, category and enclosure elements"],
  entries=[
  E("2029-05-14 22:05", "Russian air defenses destroy 27 Ukrainian drones in three hours — top brass",
    ["Russian air defense systems intercepted and destroyed 27 Ukrainian fixed-wing drones over the Bryansk, Kursk and Oryol regions and the Moscow Region between 6 p.m. and 9 p.m. Moscow time, the Defense Ministry said."],
    "strikes", "strikes", 2, "russia-intercepts-ukrainian-drones-2029-05-14", cat="Military & Defense", path="defense"),
  E("2029-05-14 20:40", "Kremlin says no date yet for next round of Istanbul talks",
    ["Kremlin Spokesman Dmitry Peskov told reporters that Moscow was ready to continue direct talks with Kyiv in Istanbul, but no date for the next round had been agreed."],
    "diplomacy", "diplomacy", 2, "peskov-istanbul-talks-no-date-2029-05-14", cat="Politics", path="politics",
    n="separate statement from the Lavrov-Fidan call (17106-04)"),
  E("2029-05-14 18:15", "Russian forces liberate Yablonovka community in DPR — Defense Ministry",
    ["Units of the Battlegroup Center have liberated the community of Yablonovka in the Donetsk People's Republic, the Russian Defense Ministry said."],
    "other", "frontline", 2, "russia-claims-yablonovka-2029-05-14", cat="Military operation in Ukraine", path="russia"),
  E("2029-05-14 16:30", "Lavrov, Fidan discuss Ukraine settlement in phone call",
    ["Russian Foreign Minister Sergey Lavrov and his Turkish counterpart Hakan Fidan discussed prospects for a settlement in Ukraine and the agenda of the Istanbul talks in a telephone conversation, the Russian Foreign Ministry said."],
    "diplomacy", "diplomacy", 3, "lavrov-fidan-call-2029-05-14", cat="Politics", path="politics", n="ministerial diplomacy"),
  E("2029-05-14 13:50", "Two civilians killed in Ukrainian drone attack on Shebekino — governor",
    ["Two civilians were killed and three others wounded when a Ukrainian drone struck a car in the town of Shebekino, Belgorod Region Governor Vyacheslav Gladkov said on his Telegram channel."],
    "strikes", "strikes", 3, "shebekino-drone-attack-2029-05-14", cat="Russia", path="emergencies", n="deadly strike"),
  OFF("2029-05-14 11:20", "Russia's wheat export duty to fall to lowest level since March",
    ["The duty on Russian wheat exports will fall by 4.6% next week, the Agriculture Ministry said."],
    "russia-wheat-export-duty-2029-05", n="commodities", cat="Business & Economy", path="economy"),
  OFF("2029-05-14 09:05", "CSKA beat Zenit on penalties to reach Russian Cup final",
    ["CSKA Moscow beat Zenit St. Petersburg 5-4 on penalties after a 1-1 draw to reach the Russian Cup final."],
    "russian-cup-semifinal-2029", n="football", cat="Sport", path="sports"),
  ]))

# ---------------------------------------------------------------- 17107 RIA Novosti (Russian HTML article stream)
SEEDS.append(dict(
  id="17107", name="17107_ria-lenta", ext="html", source="RIA Novosti", zone=MSK, render=r_ria, title="Лента новостей",
  basis="stamp '{s}' (time and date above the title; Moscow time implied, no zone printed; the block's NewsArticle JSON-LD datePublished +03:00 agrees); local {d} in {z}",
  notes="Imitation of the RIA Novosti (ria.ru) article stream, HTML, Russian. Each article block has its own NewsArticle JSON-LD, the stamp 'HH:MM DD.MM.YYYY' (some with '(обновлено: HH:MM DD.MM.YYYY)': published is the first time, not the update), a views counter, a photo credit line and tags. Every text opens with the agency dateline 'МОСКВА, 16 мая — РИА Новости.' (or 'КУРСК, ...'): first_sentence keeps that dateline together with the sentence that follows it (the dateline alone is not a sentence). No bylines: author null. Moscow time. 17107-06 (weather) is not about the war.",
  not_entries=["header: logo, rubric menu, exchange rates, 'Радио Sputnik'", "stream heading 'Лента новостей'", "'(обновлено: ...)' update times",
               "views counters", "photo credit lines ('© РИА Новости / ...')", "tag rows", "Telegram/MAX subscription lines", "footer"],
  entries=[
  E("2029-05-16 21:30", "ВС России нанесли удар по объектам энергетики ВСУ, заявили в Минобороны",
    ["МОСКВА, 16 мая — РИА Новости. Российские войска нанесли групповой удар высокоточным оружием по объектам энергетики, обеспечивающим работу украинского военно-промышленного комплекса, сообщили в Минобороны.",
     "По данным ведомства, все назначенные цели поражены."],
    "strikes", "strikes", 2, "russia-strikes-ukrainian-energy-sites-2029-05-16", slug="udar", upd="2029-05-16 21:52", views="18 204",
    photo="© РИА Новости / Станислав Красильников", tags=["Безопасность", "Армия", "Украина"], n="Russian claim, no details of place or casualties"),
  E("2029-05-16 19:10", "Захарова ответила на слова Каллас о новых санкциях",
    ["МОСКВА, 16 мая — РИА Новости. Официальный представитель МИД России Мария Захарова назвала заявление главы дипломатии ЕС Каи Каллас о подготовке нового пакета санкций «признаком бессилия».",
     "По ее словам, ограничения бьют прежде всего по экономике самих европейских стран."],
    "diplomacy", "diplomacy", 2, "zakharova-kallas-sanctions-2029-05-16", slug="zakharova", views="9 551",
    photo="© РИА Новости / Максим Блинов", tags=["В мире", "Евросоюз", "Санкции"]),
  E("2029-05-16 16:45", "В Минобороны заявили об освобождении Ивановки в ДНР",
    ["МОСКВА, 16 мая — РИА Новости. Подразделения группировки войск «Юг» освободили населенный пункт Ивановка в ДНР, сообщили в Министерстве обороны России."],
    "other", "frontline", 2, "russia-claims-ivanovka-2029-05-16", slug="ivanovka", views="21 780",
    photo="© РИА Новости / Виктор Антонюк", tags=["Армия", "Специальная военная операция на Украине"]),
  E("2029-05-16 14:20", "Хинштейн: при атаке БПЛА в Курской области погибли два человека",
    ["КУРСК, 16 мая — РИА Новости. Два человека погибли, когда украинский беспилотник атаковал автомобиль в Глушковском районе Курской области, сообщил губернатор региона Александр Хинштейн.",
     "Еще один человек получил ранения."],
    "strikes", "strikes", 3, "kursk-region-drone-attack-2029-05-16", slug="kursk", upd="2029-05-16 15:02", views="14 390",
    photo="© РИА Новости / Алексей Куденко", tags=["Происшествия", "Курская область"], n="deadly strike"),
  E("2029-05-16 11:55", "Путин и Эрдоган обсудили по телефону украинское урегулирование",
    ["МОСКВА, 16 мая — РИА Новости. Президент России Владимир Путин в телефонном разговоре с президентом Турции Реджепом Тайипом Эрдоганом обсудил ход переговоров с Украиной в Стамбуле, сообщили в Кремле."],
    "diplomacy", "diplomacy", 3, "putin-erdogan-call-2029-05-16", slug="putin-erdogan", views="25 117",
    photo="© РИА Новости / Сергей Гунеев", tags=["Политика", "Владимир Путин", "Турция"], n="head-of-state diplomacy"),
  OFF("2029-05-16 09:05", "Синоптики пообещали москвичам жару до +28 градусов",
    ["МОСКВА, 16 мая — РИА Новости. В Москве в ближайшие дни ожидается до +28 градусов, сообщили в Гидрометцентре России."],
    "moscow-weather-2029-05-16", n="weather", slug="pogoda", views="7 006", photo="© РИА Новости / Евгений Одиноков", tags=["Общество", "Погода"]),
  ]))

# ---------------------------------------------------------------- 17108 Kommersant (Russian text lenta)
SEEDS.append(dict(
  id="17108", name="17108_kommersant-lenta", ext="txt", source="Kommersant", zone=MSK, render=r_kommersant, title="Лента новостей",
  basis="trailing stamp '{s}' closing the item (date and time; Moscow time implied, no zone printed); local {d} in {z}",
  notes="Imitation of the Kommersant news lenta, text scrape, Russian. Each item: rubric line, headline, lead paragraph(s), optional photo credit line ('Фото: ..., Коммерсантъ'), then a TRAILING stamp 'DD.MM.YYYY, HH:MM' that closes the item (the stamp belongs to the headline ABOVE it). Newest first; Moscow time, no zone printed. No bylines: author null. 17108-01 (rouble rate) and 17108-07 (football coach) are not about the war; the rate item's first sentence contains 'руб., что' and '37 коп. выше' (no sentence break).",
  not_entries=["masthead, rubric menu, login/subscribe", "market rates row", "lenta heading 'Лента новостей'", "rubric lines above headlines",
               "photo credit lines", "Telegram promo after the third item", "'Показать еще'", "copyright and footer links"],
  entries=[
  OFF("2029-05-18 22:40", "ЦБ установил официальный курс доллара на выходные",
    ["Банк России установил официальный курс доллара на 19–21 мая в размере 84,12 руб., что на 37 коп. выше предыдущего значения."],
    "cbr-dollar-rate-2029-05-18", n="exchange rate", rub="Экономика"),
  E("2029-05-18 20:15", "Владимир Зеленский назвал условия встречи с Владимиром Путиным",
    ["Президент Украины Владимир Зеленский заявил, что готов встретиться с Владимиром Путиным только после того, как стороны договорятся о прекращении огня на 30 дней.",
     "В Кремле на это заявление пока не отреагировали."],
    "diplomacy", "diplomacy", 3, "zelensky-conditions-putin-meeting-2029-05-18", rub="Мир", photo="Фото: Александр Миридонов, Коммерсантъ",
    n="head-of-state position on talks"),
  E("2029-05-18 17:50", "В Белгородской области после атаки беспилотников повреждены ЛЭП",
    ["Украинские беспилотники повредили две линии электропередачи в Белгородском районе, часть потребителей временно осталась без света, сообщил губернатор Вячеслав Гладков."],
    "strikes", "strikes", 2, "belgorod-power-lines-drone-attack-2029-05-18", rub="Происшествия"),
  E("2029-05-18 15:25", "Минфин США ввел санкции против 30 танкеров «теневого флота»",
    ["Министерство финансов США внесло в санкционный список 30 танкеров и четыре судоходные компании из ОАЭ и Гонконга, которых Вашингтон считает частью «теневого флота» России."],
    "diplomacy", "diplomacy", 2, "us-sanctions-shadow-fleet-tankers-2029-05-18", rub="Мир"),
  E("2029-05-18 13:05", "Суд в Москве заочно арестовал командира украинского батальона",
    ["Басманный суд Москвы заочно арестовал командира одного из батальонов ВСУ по делу о вторжении в Курскую область в 2024 году."],
    "other", "security", 2, "moscow-court-arrests-ukrainian-commander-2029-05-18", rub="Политика"),
  E("2029-05-18 10:40", "При атаке безэкипажных катеров на Новороссийск погибли два человека",
    ["Два человека погибли и пятеро пострадали при атаке украинских безэкипажных катеров на Новороссийск, сообщил оперативный штаб Краснодарского края.",
     "В городе введен режим ЧС муниципального характера."],
    "strikes", "strikes", 3, "novorossiysk-naval-drone-attack-2029-05-18", rub="Происшествия", photo="Фото: Reuters", n="deadly strike"),
  OFF("2029-05-18 08:20", "«Спартак» назвал нового главного тренера",
    ["Московский «Спартак» объявил о назначении нового главного тренера, контракт рассчитан на два года."],
    "spartak-new-coach-2029", n="football", rub="Спорт"),
  ]))

# ---------------------------------------------------------------- 17109 Meduza (Russian HTML chronicle, no year printed)
DNIPRO = "dnipro-missile-strike-2029-05-20"
SEEDS.append(dict(
  id="17109", name="17109_meduza-chronicle", ext="html", source="Meduza", zone="Europe/Riga", render=r_meduza,
  title="Война. Хроника", parse_args=["--date", "2029-05-20"],
  lede="Главные события войны России с Украиной — коротко и по мере поступления.",
  basis="stamp '{s}' (time and day, NO year anywhere on the page: parse_args gives 2029-05-20; no zone printed, the outlet's home zone Europe/Riga is UTC+3 in May, the same offset as Moscow); local {d} in {z}",
  notes="Imitation of a Meduza war chronicle page, HTML, Russian, with no JSON-LD and no year anywhere (no dated URLs; copyright '© Meduza' without a year): parse_args --date 2029-05-20. Stamps 'HH:MM, 20 мая' above each headline, newest first. No zone printed: Meduza's home zone Europe/Riga (EEST, UTC+3), identical to Moscow time in May, so either reading gives the same UTC instant. No bylines: author null. 17109-02 is a 'Видео:' teaser with no text (embed placeholder only). 17109-03 and 17109-04 are the same Dnipro strike (toll 3, then 7). 17109-04's headline contains a full stop ('... по Днепру. Есть погибшие') and is one headline. 17109-07 (claimed hits on Saky airfield) and 17109-01 (Kirishi refinery) must not merge with the Dnipro strike.",
  not_entries=["header: logo, menu, 'Поддержать', 'English'", "chronicle lead paragraph", "source lines ('Источник: ...')",
               "video embed placeholder 'Видео недоступно ...'", "donation box after the third item", "'Показать еще'", "footer"],
  entries=[
  E("2029-05-20 22:50", "В Киришах после атаки дронов загорелся НПЗ",
    ["Губернатор Ленинградской области сообщил о падении обломков беспилотников на территории нефтеперерабатывающего завода в Киришах; после этого на предприятии начался пожар.",
     "Украинская сторона атаку пока не комментировала."],
    "strikes", "strikes", 2, "kirishi-refinery-drone-attack-2029-05-20", src="Источник: телеграм-канал губернатора", n="must not merge with the Dnipro strike"),
  E("2029-05-20 20:05", "Видео: последствия удара по Днепру", [], "strikes", "strikes", 1, DNIPRO, n="video teaser without text"),
  E("2029-05-20 18:30", "Число погибших при ракетном ударе по Днепру выросло до семи",
    ["Число погибших в результате утреннего ракетного удара по Днепру выросло до семи, среди них ребенок, сообщил глава областной военной администрации.",
     "Ранены более 40 человек."],
    "strikes", "strikes", 3, DNIPRO, n="toll 7"),
  E("2029-05-20 15:40", "Российская армия нанесла ракетный удар по Днепру. Есть погибшие",
    ["Российская армия утром ударила ракетами по центру Днепра: попадания пришлись на жилой дом и здание университета, погибли по меньшей мере три человека.",
     "Воздушную тревогу в городе объявили за несколько минут до взрывов."],
    "strikes", "strikes", 3, DNIPRO, src="Источник: «Суспильне Днепр»", n="first report, toll 3"),
  E("2029-05-20 13:10", "Суд в Петербурге приговорил студентку к шести годам за антивоенные посты",
    ["Петербургский городской суд приговорил 22-летнюю студентку к шести годам колонии по делу о «фейках» об армии из-за публикаций во «ВКонтакте».",
     "Свою вину она не признала."],
    "other", "politics", 2, "st-petersburg-antiwar-posts-sentence-2029-05-20"),
  E("2029-05-20 11:25", "Песков: Москва открыта к переговорам, но не к «ультиматумам»",
    ["Пресс-секретарь президента России Дмитрий Песков заявил, что Кремль по-прежнему открыт к переговорам с Украиной, однако не примет условий, которые он назвал «ультиматумами»."],
    "diplomacy", "diplomacy", 2, "peskov-open-to-talks-2029-05-20"),
  E("2029-05-20 09:00", "ГУР заявило о поражении самолетов на аэродроме в Крыму",
    ["Главное управление разведки Минобороны Украины заявило, что ночью на аэродроме Саки в Крыму были поражены два самолета Су-30.",
     "Российские власти эту информацию не комментировали."],
    "strikes", "strikes", 2, "saky-airfield-strike-claim-2029-05-20", n="must not merge with the Dnipro strike"),
  ]))


# ================================================================ Part B renderers (invented outlets)

def r_harebell(S):
    """text live (UK), newest first: 'Key Points' block, stamp line '9.40pm BST' before the headline, 'By NAME' under it,
    video teaser rendered as '[Video, 0:58]'."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"], "Home | UK | World | Politics | Business | Sport | Opinion", "", "LIVE", S["title"], S["dateline"], "", S["lede"], "",
         "Key Points"] + ["\u2022 " + e["h"] for e in S["entries"] if e["kp"]] + ["", "Show latest updates", ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{h12(d, sep='.', space='')} BST"; stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"By {e['a']}")
        L.append("")
        L += ptxt(e["p"]) if e["p"] else [e["x"]["embed"], ""]
        if i == 2:
            L += ["Sign up to our free Morning Briefing for the day's top stories.", ""]
    L += ["Load more updates", "", f"\u00a9 {S['source']} 2029 \u00b7 Terms \u00b7 Privacy \u00b7 Cookie settings \u00b7 Contact"]
    return "\n".join(L) + "\n", stamps


def r_zhuravka(S):
    """HTML live, oldest first; LiveBlogPosting JSON-LD with per-update datePublished and author; visible 'HH:MM' in
    <time datetime>; author line under the headline."""
    z = S["zone"]; order_check(S, False)
    ups = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z)
        u = {"@type": "BlogPosting", "@id": f"{S['url']}#post-{4100 + i}", "headline": e["h"], "datePublished": d.isoformat(),
             "articleBody": " ".join(e["p"])}
        if e["a"]:
            u["author"] = {"@type": "Person", "name": e["a"]}
        ups.append(u)
    first = dt(S["entries"][0]["t"], z); last = dt(S["entries"][-1]["t"], z)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": S["url"], "url": S["url"], "headline": S["title"],
          "datePublished": first.isoformat(), "dateModified": last.isoformat(), "coverageStartTime": first.isoformat(),
          "publisher": {"@type": "NewsMediaOrganization", "name": S["source"]}, "liveBlogUpdate": ups}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} \u2013 {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="brand" href="/">{esc(S["source"])}</a><nav><a href="/war">War</a> <a href="/politics">Politics</a> '
           '<a href="/economy">Economy</a> <a href="/regions">Regions</a> <a href="/donate">Support independent journalism</a></nav></header>',
           f'<main><p class="live-badge">Live</p><h1>{esc(S["title"])}</h1>', f'<p class="dateline">{esc(S["dateline"])}</p>',
           f'<p class="standfirst">{esc(S["lede"])}</p>', '<ol class="live-feed">']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<li class="post" id="post-{4100 + i}"><time datetime="{d.isoformat()}">{st}</time><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="post-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        out.append('<p class="post-share"><a>Share</a> <a>Copy link</a></p></li>')
        if i == 3:
            out.append('<li class="promo">Read more: <a href="/explainers/air-raid-alerts">How Ukraine\u2019s air-raid alert system works</a></li>')
    out += ['</ol></main>', f'<footer>\u00a9 2029 {esc(S["source"])} \u00b7 Editorial policy \u00b7 Contacts</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_worldrss(S):
    """RSS 2.0 world feed, newest first: pubDate in GMT or the numeric offset (S['gmt']), CDATA paragraphs, category,
    dc:creator only when the entry has an author."""
    z = S["zone"]; order_check(S, True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">', '<channel>',
           f'<title>{esc(S["title"])}</title>', f'<link>{S["url"]}</link>', f'<description>{esc(S["lede"])}</description>', '<language>en-gb</language>',
           f'<lastBuildDate>{rfc822(dt(S["entries"][0]["t"], z), gmt=S["gmt"])}</lastBuildDate>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = rfc822(d, gmt=S["gmt"]); stamps.append(st)
        link = f"{S['url']}/{e['x'].get('cat', 'World').lower()}/{slugify(e['h'])}"
        out += ['<item>', f'<title>{esc(e["h"])}</title>', f'<link>{link}</link>', f'<guid isPermaLink="false">{S["guid"]}-{7301 + i}</guid>',
                f'<pubDate>{st}</pubDate>', f'<category>{e["x"].get("cat", "World")}</category>']
        if e["a"]:
            out.append(f'<dc:creator>{esc(e["a"])}</dc:creator>')
        out += ['<description><![CDATA[' + "".join(f"<p>{esc(p)}</p>" for p in e["p"]) + ']]></description>', '</item>']
    out += ['</channel>', '</rss>']
    return "\n".join(out) + "\n", stamps


def r_atom(S):
    """Atom 1.0, newest first; <published> ISO with the outlet's offset ('Z' for UTC); escaped HTML content; optional author."""
    z = S["zone"]; order_check(S, True)
    iso = lambda d: d.isoformat().replace("+00:00", "Z")
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">', f'<title>{esc(S["title"])}</title>',
           f'<subtitle>{esc(S["lede"])}</subtitle>', f'<link rel="alternate" href="{S["url"]}"/>', f'<link rel="self" href="{S["url"]}/atom.xml"/>',
           f'<id>tag:{S["url"].split("//")[1]},2029:feed</id>', f'<updated>{iso(dt(S["entries"][0]["t"], z))}</updated>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = iso(d); stamps.append(st)
        link = f"{S['url']}/{d:%Y/%m/%d}/{slugify(e['h'])}"
        out += ['<entry>', f'<title>{esc(e["h"])}</title>', f'<link rel="alternate" href="{link}"/>', f'<id>{link}</id>',
                f'<published>{st}</published>', f'<updated>{st}</updated>']
        if e["a"]:
            out.append(f'<author><name>{esc(e["a"])}</name></author>')
        if e["x"].get("cat"):
            out.append(f'<category term="{attr(e["x"]["cat"])}"/>')
        out += ['<content type="html">' + esc("".join(f"<p>{esc(p)}</p>" for p in e["p"])) + '</content>', '</entry>']
    out.append('</feed>')
    return "\n".join(out) + "\n", stamps


# ================================================================ data: Part B
# ---------------------------------------------------------------- day 1 (2029-05-23)
CHER = "chernihiv-missile-strike-2029-05-23"
FINDRONE = "finland-funds-ukrainian-long-range-drones-2029-05-23"
ZPAT = "zelensky-patriot-appeal-2029-05-23"

# ---------------------------------------------------------------- 17120 Harebell Gazette
SEEDS.append(dict(
  id="17120", name="17120_harebell-textlive", ext="txt", source="Harebell Gazette", zone="Europe/London", render=r_harebell,
  title="Ukraine war live: eight killed in Chernihiv missile strike; Finland to fund drone output", dateline="Wednesday 23 May 2029",
  lede="A Russian ballistic missile hit the centre of Chernihiv on Wednesday morning. Follow our live coverage.",
  basis="stamp '{s}' (12-hour clock, BST = UTC+1) on the page dated 'Wednesday 23 May 2029'; local {d} in {z}",
  notes="Invented outlet (UK). Text live blog, newest first; stamp line '9.40pm BST' (12-hour, dot separator) before each headline, 'By NAME' line under it (author). 'Key Points' block lists three post headlines (key_point true). 17120-04 is a 'Watch:' video teaser without text ('[Video, 0:58]' placeholder). 17120-02 is a theme piece (analysis of warning times for northern cities): it mentions Chernihiv but is its own story. 17120-05 (Zelensky's Patriot appeal) is an appeal for air defence, a separate story from the strike. 17120-07 (a farmer killed by a drone near Novhorod-Siverskyi, Chernihiv region) must not merge with the Chernihiv city strike.",
  not_entries=["outlet name and navigation", "'LIVE' label", "page title", "dateline 'Wednesday 23 May 2029'", "lede", "'Key Points' block (its three lines repeat post headlines)",
               "'Show latest updates'", "video placeholder '[Video, 0:58]'", "newsletter promo after the third post", "'Load more updates'", "footer"],
  entries=[
  E("2029-05-23 21:40", "Chernihiv death toll climbs to eight as search ends",
    ["Eight people, two of them teenagers, were killed when a Russian ballistic missile hit the centre of Chernihiv on Wednesday morning, Ukraine\u2019s emergency service said as it finished searching the ruins.",
     "More than 40 people were hurt, 11 of them seriously, and a row of shops next to the central market was destroyed."],
    "strikes", "strikes", 3, CHER, a="Fenella Marsh", kp=True, n="toll 8 (final for the day)"),
  E("2029-05-23 19:15", "Analysis: Why Ukraine\u2019s northern cities get two minutes\u2019 warning",
    ["Wednesday\u2019s strike on Chernihiv was a reminder that cities close to the Russian border live with almost no warning time.",
     "A ballistic missile fired from Bryansk or Kursk region can reach Chernihiv, Sumy or Kharkiv in under two minutes, too fast for sirens to send people to shelters.",
     "Only Patriot batteries can reliably stop such missiles, and Kyiv has to choose which cities they guard."],
    "strikes", "strikes", 2, "analysis-northern-cities-ballistic-warning-time", a="Tobias Wren",
    n="theme piece (analysis); mentions the Chernihiv strike but is its own story: must not merge with it"),
  E("2029-05-23 17:30", "Finland to put \u20ac150m into Ukrainian long-range drones",
    ["Finland will pay 150 million euros into a fund that finances Ukrainian factories building long-range strike drones, Defence Minister Antti H\u00e4kk\u00e4nen announced after talks in Kyiv.",
     "The money is expected to pay for several hundred drones over the next six months."],
    "aid", "aid", 3, FINDRONE, a="Tobias Wren", kp=True),
  E("2029-05-23 15:05", "Watch: Rescuers pull survivors from rubble in Chernihiv", [], "strikes", "strikes", 1, CHER, a="Fenella Marsh",
    n="video teaser without text", embed="[Video, 0:58]"),
  E("2029-05-23 13:20", "Zelensky renews call for Patriots after Chernihiv attack",
    ["President Volodymyr Zelensky said the strike on Chernihiv proved Ukraine still lacked the air defence to protect its cities, and urged allies to send more Patriot systems and interceptors.",
     "\u201cEvery missile we cannot stop is a choice made somewhere else,\u201d he said in a video address."],
    "aid", "aid", 3, ZPAT, a="Fenella Marsh", sec=["strikes"], n="appeal for air defence after the strike: its own story (also on 17121)"),
  E("2029-05-23 11:45", "Russian missile strike on Chernihiv kills at least three",
    ["A Russian ballistic missile struck the centre of Chernihiv, in northern Ukraine, shortly after 10am local time, killing at least three people and wounding more than 20, the regional governor said.",
     "The missile landed near the central market; several cars and a bus stop were set alight."],
    "strikes", "strikes", 3, CHER, a="Fenella Marsh", kp=True, n="first report, toll 3"),
  E("2029-05-23 09:10", "Farmer killed by Russian drone near Novhorod-Siverskyi",
    ["A 61-year-old farmer was killed when a Russian drone struck his tractor in a field near Novhorod-Siverskyi, close to the border in the north of Chernihiv region, local officials said."],
    "strikes", "strikes", 3, "novhorod-siverskyi-drone-strike-2029-05-23", a="Tobias Wren",
    n="deadly strike in the same region, different attack: must not merge with the Chernihiv city strike"),
  ]))

# ---------------------------------------------------------------- 17121 Zhuravka News
SEEDS.append(dict(
  id="17121", name="17121_zhuravka-ldlive", ext="html", source="Zhuravka News", zone=KYIV, render=r_zhuravka,
  title="Chernihiv missile strike: live updates", url="https://zhuravka.example/live/chernihiv-strike-23-may",
  dateline="Wednesday, 23 May 2029 \u00b7 Kyiv time", lede="A Russian ballistic missile hit central Chernihiv on Wednesday morning. We are following the aftermath.",
  basis="visible '{s}' in <time datetime> (Kyiv time, EEST = UTC+3; JSON-LD update datePublished agrees) on the page dated 'Wednesday, 23 May 2029'; local {d} in {z}",
  notes="Invented outlet (English-language Ukrainian site). HTML live blog, oldest first; LiveBlogPosting JSON-LD with per-update datePublished (+03:00) and author; visible 'HH:MM' in <time datetime>, author line under each headline. 17121-05 repeats 17121-03 nearly verbatim (duplicate_of 17121-03; 'the regional military administration said' -> 'according to the regional military administration'). 17121-01 (the overnight drone and missile raid) must not merge with the Chernihiv strike, which came later in the morning. 17121-06 (Kallas's condemnation) is a reaction whose content is the attack: same story.",
  not_entries=["header and navigation", "'Live' badge", "page title", "dateline", "standfirst", "'Share / Copy link' rows",
               "'Read more:' promo after the fourth post", "footer"],
  entries=[
  E("2029-05-23 08:05", "Overnight: Russia launched 94 drones and two missiles, Air Force says",
    ["Russia attacked Ukraine overnight with 94 Shahed-type drones and two Iskander-M ballistic missiles, the Air Force said, adding that 71 drones had been shot down or jammed.",
     "Hits were recorded in Odesa and Dnipropetrovsk regions."],
    "strikes", "strikes", 2, "overnight-russian-drone-raid-2029-05-23", a="Olha Marchuk",
    n="the overnight raid, not the morning Chernihiv strike: must not merge with it"),
  E("2029-05-23 10:34", "Explosions in Chernihiv as ballistic missile hits city centre",
    ["A ballistic missile hit central Chernihiv at about 10:20, the head of the regional military administration said, urging residents to stay in shelters.",
     "Information about casualties is being clarified."],
    "strikes", "strikes", 3, CHER, a="Olha Marchuk", n="first report, no toll yet"),
  E("2029-05-23 11:50", "Chernihiv strike: five dead, 31 injured",
    ["Five people were killed and 31 injured in the missile strike on Chernihiv, the regional military administration said.",
     "Among the injured are three children; a market hall and several apartment blocks were damaged."],
    "strikes", "strikes", 3, CHER, a="Olha Marchuk", n="toll 5"),
  E("2029-05-23 13:15", "Zelensky: \u2018We need Patriots, not condolences\u2019",
    ["After the Chernihiv strike, President Volodymyr Zelensky said Ukraine needed more Patriot systems rather than expressions of sympathy, and asked partners to speed up deliveries promised at the last Ramstein meeting."],
    "aid", "aid", 3, ZPAT, a="Serhii Ponomar", sec=["strikes"], n="same appeal as 17120-05"),
  E("2029-05-23 15:40", "Chernihiv strike: five dead, 31 injured",
    ["Five people were killed and 31 injured in the missile strike on Chernihiv, according to the regional military administration.",
     "Among the injured are three children; a market hall and several apartment blocks were damaged."],
    "strikes", "strikes", 1, CHER, a="Olha Marchuk", dup="17121-03", n="near-verbatim repeat of 17121-03"),
  E("2029-05-23 17:20", "Kallas condemns \u2018deliberate\u2019 strike on Chernihiv market",
    ["EU foreign policy chief Kaja Kallas called the attack on Chernihiv a deliberate strike on civilians and said the bloc would propose new sanctions on Russia\u2019s missile industry."],
    "strikes", "strikes", 3, CHER, a="Serhii Ponomar", sec=["diplomacy"], n="reaction whose content is the attack: same story"),
  E("2029-05-23 19:05", "Chernihiv toll rises to seven; two days of mourning declared",
    ["The number of people killed in Chernihiv has risen to seven after a man died in hospital, the city council said, declaring 24 and 25 May days of mourning."],
    "strikes", "strikes", 3, CHER, a="Olha Marchuk", n="toll 7"),
  ]))

# ---------------------------------------------------------------- 17122 Meridian Crest World Service (general world feed)
SEEDS.append(dict(
  id="17122", name="17122_meridiancrest-worldrss", ext="xml", source="Meridian Crest World Service", zone="UTC", render=r_worldrss, gmt=True,
  title="Meridian Crest World Service \u2013 World", url="https://meridiancrest.example", guid="mcws-20290523",
  lede="Top world stories from Meridian Crest",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed: 4 of 6 items are not about the war. Newest first; pubDate in GMT; no dc:creator, so author null. Spells the strike city 'Chernigov' (and gives 'Chernihiv' as the alternative spelling in the body).",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2029-05-23 21:30", "Ukraine: Chernigov missile strike death toll rises to eight",
    ["Eight people have died after a Russian ballistic missile hit the centre of Chernigov, a city in northern Ukraine, on Wednesday, Ukrainian officials said.",
     "The city, also spelled Chernihiv, lies about 60 km from the Belarusian border."],
    "strikes", "strikes", 3, CHER, cat="Europe", n="spelling 'Chernigov'; toll 8"),
  OFF("2029-05-23 19:10", "Delhi swelters as temperatures pass 47C",
    ["Temperatures in the Indian capital climbed above 47C for a third day running, and the city government told schools to close early."],
    "delhi-heatwave-2029-05", n="weather", cat="Asia"),
  OFF("2029-05-23 16:45", "WHO members back pandemic fund rules",
    ["Member states at the World Health Assembly in Geneva approved rules for a fund that helps poorer countries prepare for pandemics."],
    "who-pandemic-fund-rules-2029", n="health", cat="Health"),
  E("2029-05-23 14:20", "Finland pledges \u20ac150m for Ukraine\u2019s long-range drones",
    ["Finland will fund the production of Ukrainian long-range drones with 150 million euros, its defence ministry said on Wednesday."],
    "aid", "aid", 3, FINDRONE, cat="Europe"),
  OFF("2029-05-23 11:05", "Chile\u2019s central bank leaves interest rate unchanged",
    ["Chile\u2019s central bank kept its benchmark rate on hold for a second meeting, citing a stronger peso and easing food prices."],
    "chile-rate-decision-2029-05", n="economy", cat="Business"),
  OFF("2029-05-23 08:30", "Volcano erupts on Philippine island, thousands evacuated",
    ["A volcano on the central Philippine island of Negros erupted before dawn, sending ash several kilometres into the sky and forcing thousands of villagers to leave their homes."],
    "negros-volcano-eruption-2029-05", n="disaster", cat="Asia"),
  ]))

# ---------------------------------------------------------------- 17123 Copperfield Wire (Atom, US Eastern)
SEEDS.append(dict(
  id="17123", name="17123_copperfield-atom", ext="xml", source="Copperfield Wire", zone="America/New_York", render=r_atom,
  title="Copperfield Wire: Russia-Ukraine war", url="https://copperfieldwire.example", lede="Wire coverage of the war in Ukraine",
  basis="Atom <published> '{s}' (explicit -04:00 offset, US Eastern daylight time); local {d} in {z}",
  notes="Invented outlet (US news agency). Atom feed, newest first, <published> with -04:00, <author><name> per entry. Bodies open with wire datelines ('KYIV, Ukraine (CW) \u2014 ...'), kept in first_sentence. 17123-02 (US Patriot interceptor transfer) shares the air-defence theme with Zelensky's appeal (17120-05, 17121-04) but is a separate decision: must not merge. 17123-03 is re-published verbatim on day 2 by 17132.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link/id/updated elements"],
  entries=[
  E("2029-05-23 16:55", "Ukraine mourns as Chernihiv missile toll reaches 8",
    ["KYIV, Ukraine (CW) \u2014 The death toll from a Russian missile strike on the northern city of Chernihiv rose to eight on Wednesday as rescue crews finished combing through the debris of shops near the central market.",
     "The attack was one of the deadliest on a Ukrainian city this spring."],
    "strikes", "strikes", 3, CHER, a="Dana Whitcombe", n="toll 8"),
  E("2029-05-23 14:20", "US to send more Patriot interceptors to Ukraine from its own stocks",
    ["WASHINGTON (CW) \u2014 The Pentagon said it would ship an additional batch of Patriot interceptor missiles worth $310 million to Ukraine from US stocks, the second such transfer this year."],
    "aid", "aid", 3, "us-patriot-interceptor-transfer-2029-05-23", a="Raymond Iseli",
    n="major aid decision; same air-defence theme as Zelensky's appeal but a separate event: must not merge with it"),
  E("2029-05-23 11:40", "Finland commits 150 million euros to Ukrainian drone makers",
    ["HELSINKI (CW) \u2014 Finland will contribute 150 million euros to a program that pays Ukrainian manufacturers to build long-range attack drones, Defense Minister Antti Hakkanen said Wednesday.",
     "The drones will be built in Ukraine and delivered directly to its armed forces."],
    "aid", "aid", 3, FINDRONE, a="Dana Whitcombe"),
  E("2029-05-23 08:15", "Russian missile kills at least 6 in Ukraine\u2019s Chernihiv",
    ["KYIV, Ukraine (CW) \u2014 A Russian ballistic missile slammed into the center of the northern Ukrainian city of Chernihiv on Wednesday, killing at least six people and wounding dozens, officials said."],
    "strikes", "strikes", 3, CHER, a="Dana Whitcombe", n="toll 6"),
  E("2029-05-23 06:30", "Kremlin says new round of talks \u2018possible in June\u2019",
    ["MOSCOW (CW) \u2014 Kremlin spokesman Dmitry Peskov said a new round of direct talks with Ukraine could take place in June, but gave no date or venue."],
    "diplomacy", "diplomacy", 2, "kremlin-june-talks-remark-2029-05-23", a="Raymond Iseli"),
  E("2029-05-23 03:10", "Russian troops push toward Kostiantynivka, Ukraine\u2019s army says",
    ["KYIV, Ukraine (CW) \u2014 Russian forces attacked Ukrainian positions south and east of Kostiantynivka more than 20 times overnight, Ukraine\u2019s General Staff said, describing the area as one of the hottest on the front."],
    "other", "frontline", 2, "kostiantynivka-ground-assaults-2029-05-23", a="Raymond Iseli"),
  ]))


def r_rhinmoor(S):
    """HTML live without JSON-LD, newest first; bare 'HH:MM' in a span above the h2; the page prints 'All times CEST' once;
    author line under the headline; gallery teaser with a placeholder."""
    z = S["zone"]; order_check(S, True)
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} | {S["source"]}</title></head><body>',
           '<div class="consent">We use cookies to measure our audience. <button>Accept</button> <button>Manage</button></div>',
           f'<header><span class="brand">{S["source"]}</span> <nav><a>Germany</a> <a>Europe</a> <a>World</a> <a>Ukraine</a> <a>Business</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="meta">{esc(S["dateline"])} \u2013 {esc(S["tznote"])}</p>', f'<p class="intro">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<section class="ticker-item"><span class="ticker-time">{st}</span><h2>{esc(e["h"])}</h2>')
        if e["a"]:
            out.append(f'<p class="ticker-author">{esc(e["a"])}</p>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]] if e["p"] else [f'<div class="gallery">{esc(e["x"]["gallery"])}</div>']
        out.append('</section>')
        if i == 2:
            out.append('<aside><h3>Background</h3><a href="/explainers/north-korea-russia-arms">How North Korean arms reach Russia</a></aside>')
    out += ['<p class="prev"><a href="/live/ukraine-2029-05-23">Yesterday\u2019s live coverage</a></p></main>',
            f'<footer>{S["source"]} \u00b7 Imprint \u00b7 Advertising \u00b7 Privacy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


def r_article(S):
    """text article with section headings (one entry per section), two-name page byline and a dateline with a 12-hour
    time and zone; no per-section stamp."""
    L = [S["source"], "World \u203a Europe \u203a Ukraine", "", S["title"], "", S["lede"], "", S["byline"], S["dateline"], "",
         "Share \u00b7 Save \u00b7 Print", ""]
    for i, e in enumerate(S["entries"]):
        L += [e["h"], ""] + ptxt(e["p"])
        if i == 1:
            L += ["ADVERTISEMENT", ""]
    L += [S["more"], "", f"\u00a9 2029 {S['source']}. All rights reserved."]
    return "\n".join(L) + "\n", [None] * len(S["entries"])


def r_ospreyfield(S):
    """text live (US), oldest first, RELATIVE stamps ('15 hrs ago', '30 min ago') counted back from the printed clock
    'Last updated Thursday, May 24, 2029 at 6:40 p.m. EDT'; optional 'By NAME' line; desk credit for the page."""
    z = S["zone"]; order_check(S, False); ref = dt(S["ref"], z)
    L = [S["source"].upper(), "News  Sports  Business  Opinion  Obituaries  e-Edition", "", S["title"], "",
         f"Last updated {EN_DAYS[ref.weekday()]}, {EN_MONTHS[ref.month - 1]} {ref.day}, {ref.year} at {h12(ref, dots=True)} EDT",
         S["desk"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); mins = int((ref - d).total_seconds() // 60)
        if mins < 60:
            st = f"{mins} min ago"
        else:
            assert mins % 60 == 0, e["t"]
            st = "1 hr ago" if mins == 60 else f"{mins // 60} hrs ago"
        stamps.append(st)
        L += [st, e["h"]]
        if e["a"]:
            L.append(f"By {e['a']}, {e['x']['agency']}")
        L += [""] + ptxt(e["p"])
        if i == 3:
            L += ["Get breaking news alerts from the Evening Star. Sign up", ""]
    L += ["Refresh for the latest updates", "", f"\u00a9 2029 {S['source']}, a member of the Copperfield Wire cooperative"]
    return "\n".join(L) + "\n", stamps


# ---------------------------------------------------------------- day 2 (2029-05-24)
KREM = "kremenchuk-missile-strike-2029-05-24"
EUSANC = "eu-sanctions-missile-suppliers-2029-05-24"

# ---------------------------------------------------------------- 17130 Rhinmoor Post
SEEDS.append(dict(
  id="17130", name="17130_rhinmoor-htmllive", ext="html", source="Rhinmoor Post", zone="Europe/Berlin", render=r_rhinmoor,
  title="Ukraine live: Russian missiles hit Kremenchuk; Kyiv names North Korean missile in Chernihiv strike",
  dateline="Thursday, 24 May 2029", tznote="All times CEST", lede="Russia struck the central Ukrainian city of Kremenchuk on Thursday morning. Our live ticker.",
  basis="bare '{s}' above the headline; the page prints 'All times CEST' (UTC+2) next to the date 'Thursday, 24 May 2029'; local {d} in {z}",
  notes="Invented outlet (Germany, English edition). HTML live ticker without JSON-LD, newest first; bare 'HH:MM' above each h2 and a single printed note 'All times CEST'. Author line under each headline. 17130-02 is a 'Photos:' gallery teaser without text. 17130-03 continues day 1's Chernihiv story with a new development (missile identified as North Korean KN-23, toll 9). 17130-04 (drone on Poltava city) is in the same region as Kremenchuk but another attack: must not merge.",
  not_entries=["cookie bar", "header and navigation", "page title", "meta line 'Thursday, 24 May 2029 \u2013 All times CEST'", "intro",
               "gallery placeholder '[Gallery: 9 photos]'", "'Background' box after the third item", "link to yesterday's live coverage", "footer"],
  entries=[
  E("2029-05-24 22:15", "Kremenchuk: death toll rises to six",
    ["Six people are now known to have died in the morning missile strike on Kremenchuk, the head of the Poltava regional military administration said late on Thursday.",
     "Rescue work at the bus station and the neighbouring warehouse district has ended; 37 people were injured."],
    "strikes", "strikes", 3, KREM, a="Jonas Albrecht", n="toll 6"),
  E("2029-05-24 18:25", "Photos: Kremenchuk after the missile strike", [], "strikes", "strikes", 1, KREM, a="Jonas Albrecht",
    n="photo teaser without text", gallery="[Gallery: 9 photos]"),
  E("2029-05-24 15:50", "Chernihiv missile was a North Korean KN-23, investigators say",
    ["Fragments recovered in Chernihiv show that the missile which struck the city on Wednesday was a North Korean KN-23, Ukraine\u2019s prosecutor general\u2019s office said.",
     "The death toll from that attack rose to nine overnight after a wounded woman died in hospital."],
    "strikes", "strikes", 3, CHER, a="Lea Sommerfeld", n="day-2 continuation of the day-1 Chernihiv story with a new development (missile type, toll 9)"),
  E("2029-05-24 13:05", "Drone hits administrative building in Poltava, no casualties",
    ["A Russian drone struck an administrative building in the centre of Poltava around midday, causing a fire but no casualties, the city\u2019s acting mayor said."],
    "strikes", "strikes", 2, "poltava-city-drone-strike-2029-05-24", a="Lea Sommerfeld",
    n="same region as Kremenchuk, different attack: must not merge with the Kremenchuk strike"),
  E("2029-05-24 10:30", "Russian missiles hit Kremenchuk, at least four killed",
    ["Russian missiles struck Kremenchuk in central Ukraine on Thursday morning, hitting the bus station and an industrial area near the oil refinery; at least four people were killed, regional officials said."],
    "strikes", "strikes", 3, KREM, a="Jonas Albrecht", n="toll 4"),
  E("2029-05-24 08:15", "Bundestag committee clears \u20ac3bn for Ukraine\u2019s air defence next year",
    ["The German parliament\u2019s budget committee approved 3 billion euros in next year\u2019s budget for air defence systems and ammunition for Ukraine, committee members said."],
    "aid", "aid", 3, "bundestag-air-defence-budget-2029-05-24", a="Lea Sommerfeld", n="major funding decision"),
  ]))

# ---------------------------------------------------------------- 17131 Pinecastle Review (article with sections)
SEEDS.append(dict(
  id="17131", name="17131_pinecastle-article", ext="txt", source="Pinecastle Review", zone="America/New_York", render=r_article,
  title="Russia strikes Kremenchuk as Ukraine names North Korean missile in Chernihiv attack",
  lede="The day\u2019s main developments in Russia\u2019s war in Ukraine.", byline="By Margaret Oduya and Luis Carvalho",
  dateline="May 24, 2029, 5:45 p.m. ET", published="2029-05-24 17:45",
  more="Read more: Our full coverage of the war in Ukraine",
  basis="no per-section time: the article dateline 'May 24, 2029, 5:45 p.m. ET' (US Eastern daylight time, UTC-4); local {d} in {z}",
  notes="Invented outlet (US). Text article with four section headings; each section is one entry (headline = heading), stamp null, published = the dateline 'May 24, 2029, 5:45 p.m. ET'. The two-name page byline 'By Margaret Oduya and Luis Carvalho' is every entry's author (kept as one string without 'By'). Section 2 continues day 1's Chernihiv story (North Korean missile, toll 9). 'ADVERTISEMENT' and the closing 'Read more:' line are chrome.",
  not_entries=["outlet name and breadcrumb", "article title", "standfirst", "byline line", "dateline", "share row", "'ADVERTISEMENT'",
               "'Read more: Our full coverage of the war in Ukraine'", "copyright line"],
  entries=[
  E("2029-05-24 17:45", "Strike on Kremenchuk",
    ["Russian missiles hit the central Ukrainian city of Kremenchuk on Thursday morning, killing six people and wounding 37, according to regional officials.",
     "The strike damaged the city\u2019s bus station and warehouses near the oil refinery, a frequent Russian target."],
    "strikes", "strikes", 3, KREM, a="Margaret Oduya and Luis Carvalho", n="toll 6"),
  E("2029-05-24 17:45", "North Korean missile in Chernihiv",
    ["Ukrainian prosecutors said the ballistic missile that killed nine people in Chernihiv a day earlier was a North Korean-made KN-23, citing fragments found at the scene.",
     "Kyiv has accused Pyongyang of supplying Russia with hundreds of such missiles."],
    "strikes", "strikes", 3, CHER, a="Margaret Oduya and Luis Carvalho", n="day-2 continuation of the day-1 Chernihiv story (missile type, toll 9)"),
  E("2029-05-24 17:45", "Sanctions in Brussels",
    ["European Union foreign ministers agreed on a new package of sanctions aimed at companies in China, Turkey and the United Arab Emirates that supply parts for Russian missiles and drones."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Margaret Oduya and Luis Carvalho"),
  E("2029-05-24 17:45", "At the front",
    ["Ukraine\u2019s military said Russian troops had made small gains near Siversk in the Donetsk region, while Ukrainian forces held their positions around Kupiansk."],
    "other", "frontline", 2, "siversk-russian-gains-2029-05-24", a="Margaret Oduya and Luis Carvalho"),
  ]))

# ---------------------------------------------------------------- 17132 Ospreyfield Evening Star (relative stamps)
SEEDS.append(dict(
  id="17132", name="17132_ospreyfield-textlive", ext="txt", source="Ospreyfield Evening Star", zone="America/New_York", render=r_ospreyfield,
  title="Live updates: Russian missiles hit Ukraine's Kremenchug", ref="2029-05-24 18:40", desk="Compiled by the Evening Star foreign desk",
  lede="Follow the latest on Russia\u2019s war in Ukraine. Oldest updates first.",
  basis="relative stamp '{s}' counted back from the printed clock 'Last updated Thursday, May 24, 2029 at 6:40 p.m. EDT' (UTC-4); local {d} in {z}",
  notes="Invented outlet (US). Text live blog, oldest first, with RELATIVE stamps only ('15 hrs ago' ... '30 min ago'), resolved against the printed header clock 'Last updated Thursday, May 24, 2029 at 6:40 p.m. EDT'. Page credit 'Compiled by the Evening Star foreign desk' names no person, so author is null except for the syndicated wire item (17132-02, 'By Dana Whitcombe, Copperfield Wire'). 17132-02 is a verbatim re-post of day 1's Copperfield Wire item 17123-03 (same headline and text, still saying 'Wednesday'): importance 1, same story as day 1, duplicate_of null (duplicates are defined within a page only). 17132-03 is a theme piece (why the Kremenchuk refinery is a frequent target): it mentions the day's strike but is its own story. 17132-06 repeats 17132-04 nearly verbatim (duplicate_of 17132-04). Spells the strike city 'Kremenchug'. 17132-04 (UK sanctions on tankers) must not merge with the EU sanctions package (17131-03, 17133-02).",
  not_entries=["masthead and navigation", "page title", "'Last updated ...' clock line", "desk credit 'Compiled by the Evening Star foreign desk'", "lede",
               "wire byline line 'By Dana Whitcombe, Copperfield Wire' (author of 17132-02, not an entry)", "breaking-news promo after the fourth update",
               "'Refresh for the latest updates'", "footer"],
  entries=[
  E("2029-05-24 03:40", "Russian missiles strike Kremenchug, killing two",
    ["Russian missiles struck the industrial city of Kremenchug in central Ukraine early Thursday, killing at least two people and setting a warehouse on fire, Ukrainian officials said.",
     "Kremenchug, spelled Kremenchuk in Ukrainian, is home to the country\u2019s largest oil refinery."],
    "strikes", "strikes", 3, KREM, n="first report, toll 2; spelling 'Kremenchug'"),
  E("2029-05-24 06:40", "Finland commits 150 million euros to Ukrainian drone makers",
    ["HELSINKI (CW) \u2014 Finland will contribute 150 million euros to a program that pays Ukrainian manufacturers to build long-range attack drones, Defense Minister Antti Hakkanen said Wednesday.",
     "The drones will be built in Ukraine and delivered directly to its armed forces."],
    "aid", "aid", 1, FINDRONE, a="Dana Whitcombe", agency="Copperfield Wire",
    n="re-post of day-1 entry 17123-03 (verbatim syndication by another outlet): importance 1, same story slug as day 1"),
  E("2029-05-24 09:40", "Explainer: Why Kremenchuk\u2019s refinery keeps drawing Russian fire",
    ["Thursday\u2019s strike on Kremenchuk was far from the first: the city\u2019s refinery, Ukraine\u2019s largest, has been hit repeatedly since 2022.",
     "Fuel from Kremenchuk supplies much of central Ukraine and, Russia says, the army; that makes the plant and the rail and road links around it a standing target.",
     "Ukraine has spread fuel storage across many small sites to limit the damage any single strike can do."],
    "strikes", "strikes", 2, "explainer-kremenchuk-refinery-target",
    n="theme piece (explainer); mentions the day's strike but is its own story: must not merge with the Kremenchuk strike"),
  E("2029-05-24 12:40", "Britain sanctions 20 more shadow-fleet tankers",
    ["The British government added 20 tankers it says belong to Russia\u2019s shadow fleet to its sanctions list, along with two shipping registries in the Gulf."],
    "diplomacy", "diplomacy", 2, "uk-shadow-fleet-sanctions-2029-05-24",
    n="same sanctions theme as the EU package, different event: must not merge with it"),
  E("2029-05-24 15:40", "Kremenchug toll rises to five as rescuers search bus station",
    ["Five people are now confirmed dead in the Russian missile strike on Kremenchug, and rescuers are still searching the wreckage of the city\u2019s bus station, regional officials said."],
    "strikes", "strikes", 3, KREM, n="toll 5"),
  E("2029-05-24 16:40", "Britain sanctions 20 more shadow-fleet tankers",
    ["The British government has added 20 tankers it says belong to Russia\u2019s shadow fleet to its sanctions list, along with two shipping registries in the Gulf."],
    "diplomacy", "diplomacy", 1, "uk-shadow-fleet-sanctions-2029-05-24", dup="17132-04", n="near-verbatim repeat of 17132-04 ('added' -> 'has added')"),
  E("2029-05-24 18:10", "Zelensky arrives in Vilnius for Nordic-Baltic summit",
    ["President Volodymyr Zelensky arrived in Vilnius for talks with the leaders of the Nordic and Baltic states on air defence and the next steps toward EU membership."],
    "diplomacy", "diplomacy", 3, "zelensky-vilnius-nordic-baltic-summit-2029-05-24", sec=["aid"], n="head-of-state diplomatic visit"),
  ]))

# ---------------------------------------------------------------- 17133 Ivyreach World Desk (general world feed, Atom)
SEEDS.append(dict(
  id="17133", name="17133_ivyreach-worldatom", ext="xml", source="Ivyreach World Desk", zone="UTC", render=r_atom,
  title="Ivyreach World Desk", url="https://ivyreach.example", lede="World news, updated through the day",
  basis="Atom <published> '{s}' (Z = UTC); local {d} in {z}",
  notes="Invented outlet. General world Atom feed: 4 of 6 entries are not about the war. Newest first; <published> in UTC ('Z'); <author> only on the two war entries.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link/id/updated/category elements"],
  entries=[
  OFF("2029-05-24 21:00", "Tropical storm forms unusually early in eastern Pacific",
    ["A tropical storm formed off Mexico\u2019s Pacific coast weeks before the usual start of the season, forecasters said."],
    "eastern-pacific-early-storm-2029-05", n="weather", cat="Weather"),
  E("2029-05-24 18:30", "EU agrees sanctions on suppliers of Russian missile parts",
    ["European Union foreign ministers approved sanctions on 45 companies in China, Turkey and the United Arab Emirates accused of supplying components for Russian missiles and drones."],
    "diplomacy", "diplomacy", 3, EUSANC, a="Priya Nandakumar", cat="Europe"),
  OFF("2029-05-24 15:15", "Japan\u2019s parliament passes bill easing rice import rules",
    ["Japan\u2019s upper house approved a bill that lets the government release more imported rice onto the market when prices jump."],
    "japan-rice-import-bill-2029-05", n="politics elsewhere", cat="Asia"),
  E("2029-05-24 12:00", "Missile strike on Ukraine\u2019s Kremenchuk kills at least four",
    ["At least four people were killed when Russian missiles hit Kremenchuk, an industrial city on the Dnipro river in central Ukraine, on Thursday morning, officials said."],
    "strikes", "strikes", 3, KREM, a="Priya Nandakumar", cat="Europe", n="toll 4"),
  OFF("2029-05-24 09:40", "Nigeria raises petrol price for third time this year",
    ["Nigeria\u2019s state oil company raised the pump price of petrol by about 8%, the third increase since January."],
    "nigeria-petrol-price-2029-05", n="economy", cat="Africa"),
  OFF("2029-05-24 06:50", "Asian shares edge higher ahead of US inflation data",
    ["Stock markets in Tokyo, Seoul and Sydney rose slightly as investors waited for US inflation figures due later in the week."],
    "asian-markets-2029-05-24", n="markets", cat="Business"),
  ]))


def r_sokolyna(S):
    """text live, newest first; stamps '22.30' (dot separator) above the headline; the date line names the weekday and day
    but NO year (nor does anything else on the page); one two-name page byline; video teaser placeholder."""
    z = S["zone"]; order_check(S, True)
    L = [S["source"].upper(), "War  |  Politics  |  Economy  |  Culture  |  Donate", "", S["title"], S["dateline"], S["byline"], "", S["lede"], ""]
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H.%M}"; stamps.append(st)
        L += [st, e["h"], ""]
        L += ptxt(e["p"]) if e["p"] else [e["x"]["embed"], ""]
        if i == 3:
            L += ["Sokolyna Daily is reader-funded. Become a member.", ""]
    L += ["Our live coverage continues tomorrow.", "", f"{S['source']} \u00b7 About \u00b7 Ethics code \u00b7 Privacy"]
    return "\n".join(L) + "\n", stamps


def r_brzozowa(S):
    """HTML live (Polish outlet, English edition), oldest first. JSON-LD @graph whose article node has @type
    ['NewsArticle', 'LiveBlogPosting'] and liveBlogUpdate items that all repeat the PAGE's datePublished (so only the
    visible <time> gives each post's time); visible 'HH:MM' in <time datetime>; author line after the body."""
    z = S["zone"]; order_check(S, False)
    pub = dt(S["published"], z); last = dt(S["entries"][-1]["t"], z)
    ups = [{"@type": "BlogPosting", "headline": e["h"], "datePublished": pub.isoformat(), "articleBody": " ".join(e["p"])} for e in S["entries"]]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": S["url"], "url": S["url"], "name": S["title"], "inLanguage": "en"},
        {"@type": ["NewsArticle", "LiveBlogPosting"], "@id": S["url"] + "#live", "headline": S["title"], "datePublished": pub.isoformat(),
         "dateModified": last.isoformat(), "coverageStartTime": pub.isoformat(), "isPartOf": {"@id": S["url"]},
         "publisher": {"@type": "Organization", "name": S["source"]}, "liveBlogUpdate": ups}]}
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">', f'<title>{esc(S["title"])} - {S["source"]}</title>',
           '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script></head><body>',
           f'<header><a class="logo" href="/">{esc(S["source"])}</a> <a href="/pl/">PL</a> <b>EN</b><nav><a>Poland</a> <a>Ukraine</a> <a>Europe</a> '
           '<a>Business</a> <a>Opinion</a></nav></header>',
           f'<main><h1>{esc(S["title"])}</h1>', f'<p class="date">{esc(S["dateline"])}</p>', f'<p class="lead">{esc(S["lede"])}</p>']
    stamps = []
    for i, e in enumerate(S["entries"]):
        d = dt(e["t"], z); st = f"{d:%H:%M}"; stamps.append(st)
        out.append(f'<div class="relacja-wpis"><time datetime="{d.isoformat()}">{st}</time><h3>{esc(e["h"])}</h3>')
        out += [f'<p>{esc(p)}</p>' for p in e["p"]]
        if e["a"]:
            out.append(f'<p class="podpis">{esc(e["a"])}</p>')
        out.append('</div>')
        if i == 1:
            out.append('<div class="newsletter">Get our morning newsletter on Poland and the region. <a>Subscribe</a></div>')
    out += ['</main>', f'<footer>\u00a9 2029 {esc(S["source"])} \u00b7 Contact \u00b7 Advertising \u00b7 Privacy policy</footer></body></html>']
    return "\n".join(out) + "\n", stamps


# ---------------------------------------------------------------- day 3 (2029-05-28)
LVIV = "lviv-missile-drone-attack-2029-05-28"
POW = "turkey-mediated-pow-exchange-2029-05-28"
TERN = "ternopil-region-energy-drone-strike-2029-05-28"

# ---------------------------------------------------------------- 17140 Kelpwater World Report (general world feed)
SEEDS.append(dict(
  id="17140", name="17140_kelpwater-worldrss", ext="xml", source="Kelpwater World Report", zone="UTC", render=r_worldrss, gmt=True,
  title="Kelpwater World Report", url="https://kelpwater.example", guid="kwr-20290528", lede="The world's news in brief",
  basis="RSS pubDate '{s}' (GMT = UTC); local {d} in {z}",
  notes="Invented outlet. General world RSS feed: 4 of 6 items are not about the war (Memorial Day, cyclone, tennis, earthquake). Newest first; pubDate in GMT; no dc:creator, so author null.",
  not_entries=["channel title/link/description/language/lastBuildDate", "item link, guid and category elements"],
  entries=[
  E("2029-05-28 20:45", "Russian attack on Lviv kills five, Ukrainian officials say",
    ["Five people were killed and more than 30 injured when Russian missiles and drones struck Lviv in western Ukraine on Monday morning, the city\u2019s mayor, Andriy Sadovyi, said.",
     "Several buildings in the historic centre, a UNESCO World Heritage site, were damaged."],
    "strikes", "strikes", 3, LVIV, cat="Europe", n="toll 5"),
  OFF("2029-05-28 18:05", "Americans mark Memorial Day at Arlington and across the country",
    ["Veterans, families and officials laid wreaths at Arlington National Cemetery as the United States marked Memorial Day."],
    "us-memorial-day-2029", n="US holiday", cat="Americas"),
  E("2029-05-28 15:30", "Ukraine and Russia swap 390 prisoners each in Turkish-brokered deal",
    ["Ukraine and Russia each released 390 prisoners of war on Monday in an exchange brokered by Turkey, officials on both sides said."],
    "diplomacy", "diplomacy", 3, POW, cat="Europe"),
  OFF("2029-05-28 12:10", "Cyclone makes landfall in Bangladesh, more than a million evacuated",
    ["A severe cyclone crossed the coast of southern Bangladesh with winds of up to 120 km/h after more than a million people were moved to shelters."],
    "bangladesh-cyclone-2029-05", n="disaster", cat="Asia"),
  OFF("2029-05-28 09:20", "French Open: top seed cruises into second round",
    ["The women\u2019s top seed needed only 58 minutes to win her first-round match at Roland Garros."],
    "french-open-first-round-2029", n="sport", cat="Sport"),
  OFF("2029-05-28 06:40", "Magnitude 6.1 quake shakes northern Chile, no major damage",
    ["A magnitude 6.1 earthquake struck off the coast of northern Chile, shaking buildings in Antofagasta but causing no major damage, officials said."],
    "chile-earthquake-2029-05", n="disaster", cat="Americas"),
  ]))

# ---------------------------------------------------------------- 17141 Sokolyna Daily (text live, no year)
SEEDS.append(dict(
  id="17141", name="17141_sokolyna-textlive", ext="txt", source="Sokolyna Daily", zone=KYIV, render=r_sokolyna,
  title="Live: Russia strikes Lviv; 390 prisoners come home", dateline="Monday, 28 May \u00b7 times are Kyiv time (EEST)",
  byline="Live reporting: Yaryna Kostiv and Ben Atherton", parse_args=["--date", "2029-05-28"],
  lede="Russian missiles and drones hit Lviv on Monday morning, and Ukraine and Russia carried out another prisoner exchange.",
  basis="stamp '{s}' (Kyiv time, EEST = UTC+3, as the date line says) on 'Monday, 28 May' (no year printed anywhere; parse_args gives 2029-05-28); local {d} in {z}",
  notes="Invented outlet (English-language Ukrainian site). Text live blog, newest first; stamps 'HH.MM' with a dot; date line 'Monday, 28 May \u00b7 times are Kyiv time (EEST)' with NO year anywhere on the page (parse_args --date 2029-05-28). One two-name page byline, used as every entry's author. 17141-05 is a 'Video:' teaser without text. 17141-03 is a theme piece (western Ukraine as a rear area) that mentions Lviv but is its own story. 17141-02 (repatriation of fallen soldiers' bodies) must not merge with the prisoner exchange (17141-04). 17141-07 (Ternopil region energy site) must not merge with the Lviv attack.",
  not_entries=["outlet name and navigation", "page title", "date line 'Monday, 28 May \u00b7 times are Kyiv time (EEST)'", "byline 'Live reporting: ...'", "lede",
               "video placeholder '[Video, 1:12]'", "membership promo after the fourth post", "'Our live coverage continues tomorrow.'", "footer"],
  entries=[
  E("2029-05-28 22:30", "Lviv toll rises to five; city declares day of mourning",
    ["The number of people killed in Monday\u2019s Russian attack on Lviv has risen to five, Mayor Andriy Sadovyi said, announcing a day of mourning for Tuesday.",
     "Thirty-four people were injured, six of them children."],
    "strikes", "strikes", 3, LVIV, a="Yaryna Kostiv and Ben Atherton", n="toll 5"),
  E("2029-05-28 20:15", "Bodies of 909 fallen soldiers returned to Ukraine",
    ["Ukraine received the bodies of 909 soldiers killed in the war, the Coordination Headquarters for the Treatment of Prisoners of War said; Russia was handed the remains of 41 of its soldiers."],
    "other", "humanitarian", 2, "repatriation-of-fallen-soldiers-2029-05-28", a="Yaryna Kostiv and Ben Atherton",
    n="same theme as the prisoner exchange, separate event: must not merge with the POW swap"),
  E("2029-05-28 17:40", "Analysis: Western Ukraine is no longer a quiet rear",
    ["Monday\u2019s attack on Lviv, 70 km from the Polish border, shows again that no part of Ukraine is out of Russia\u2019s reach.",
     "Factories and families that moved west in the first months of the invasion built their lives around the idea of a safer rear; repeated strikes on Lviv, Ternopil and Lutsk are wearing that idea down.",
     "Air defence in the west still rests on a few systems guarding power plants and the rail junctions that carry Western aid."],
    "strikes", "strikes", 2, "analysis-western-ukraine-rear-under-fire", a="Yaryna Kostiv and Ben Atherton",
    n="theme piece (analysis); mentions the Lviv attack but is its own story: must not merge with it"),
  E("2029-05-28 15:05", "390 Ukrainians home in new prisoner swap",
    ["Three hundred and ninety Ukrainian soldiers came home in an exchange mediated by Turkey, President Volodymyr Zelensky said, posting photos of the freed men wrapped in flags at the border."],
    "diplomacy", "diplomacy", 3, POW, a="Yaryna Kostiv and Ben Atherton"),
  E("2029-05-28 12:20", "Video: Smoke rises over Lviv after morning attack", [], "strikes", "strikes", 1, LVIV,
    a="Yaryna Kostiv and Ben Atherton", n="video teaser without text", embed="[Video, 1:12]"),
  E("2029-05-28 10:45", "Russian missiles hit Lviv, at least two dead",
    ["Russian missiles and drones struck Lviv shortly after 9am, killing at least two people and setting fire to a warehouse and a residential building, regional governor Maksym Kozytskyi said.",
     "Explosions were heard in the city centre during the air-raid alert."],
    "strikes", "strikes", 3, LVIV, a="Yaryna Kostiv and Ben Atherton", n="first report, toll 2"),
  E("2029-05-28 08:10", "Drones hit energy facility in Ternopil region overnight",
    ["Russian drones struck an energy facility in Ternopil region overnight, cutting power to about 12,000 households, the regional administration said."],
    "strikes", "strikes", 3, TERN, a="Yaryna Kostiv and Ben Atherton",
    n="neighbouring region, separate overnight attack: must not merge with the Lviv attack"),
  ]))

# ---------------------------------------------------------------- 17142 Brzozowa Gazette (HTML live, @graph, shared update times)
SEEDS.append(dict(
  id="17142", name="17142_brzozowa-htmllive", ext="html", source="Brzozowa Gazette", zone="Europe/Warsaw", render=r_brzozowa,
  title="Russian attack on Lwów: live report", url="https://brzozowa.example/en/live/lwow-attack", published="2029-05-28 07:00",
  dateline="Monday, 28 May 2029", lede="Russian missiles and drones struck Lviv (Lwów) on Monday. We report from Warsaw and the border.",
  basis="visible '{s}' in <time datetime> (Polish time, CEST = UTC+2) on the page dated 'Monday, 28 May 2029'; the JSON-LD updates all repeat the page's datePublished (07:00) and are ignored; local {d} in {z}",
  notes="Invented outlet (Poland, English edition). HTML live, oldest first. JSON-LD @graph: a WebPage node and an article node whose @type is the array ['NewsArticle', 'LiveBlogPosting']; its liveBlogUpdate items all carry the PAGE's datePublished (2029-05-28T07:00:00+02:00), so per-post times come only from the visible <time> elements. Author signature line after each body. Uses the Polish name 'Lw\u00f3w' (17142-02, 17142-06) and 'Lviv (Lw\u00f3w)'. 17142-06 (the Polish president's reaction) is about the attack itself: same story. 17142-01 (Ternopil region) must not merge with the Lviv attack. 17142-05 repeats 17142-03 nearly verbatim (duplicate_of 17142-03).",
  not_entries=["header, language switch, navigation", "page title", "date line", "lead", "author signature lines", "newsletter box after the second post", "footer"],
  entries=[
  E("2029-05-28 07:30", "Ternopil region: overnight drones knock out power",
    ["Drones struck an energy facility in Ukraine\u2019s Ternopil region overnight, leaving thousands of households without electricity, local authorities said."],
    "strikes", "strikes", 3, TERN, a="Piotr W\u0105sik", n="neighbouring region, separate attack: must not merge with the Lviv attack"),
  E("2029-05-28 10:05", "Explosions in Lw\u00f3w: at least two killed",
    ["At least two people were killed when Russian missiles and drones hit Lviv, known in Polish as Lw\u00f3w, shortly after 9am local time, the city\u2019s authorities said.",
     "Poland\u2019s operational command said it had scrambled aircraft as a precaution during the attack."],
    "strikes", "strikes", 3, LVIV, a="Marta Zieli\u0144ska", n="first report, toll 2; spelling 'Lw\u00f3w'"),
  E("2029-05-28 13:20", "Warsaw to host Ukraine reconstruction conference in July",
    ["Poland will host an international conference on Ukraine\u2019s reconstruction in Warsaw in July, the foreign ministry announced."],
    "diplomacy", "diplomacy", 2, "warsaw-reconstruction-conference-2029", a="Piotr W\u0105sik"),
  E("2029-05-28 17:55", "Lviv attack: four dead, historic centre damaged",
    ["Four people have died after Russian missiles and drones hit Lviv (Lw\u00f3w) on Monday morning, Ukrainian officials said; roofs and windows of several buildings in the historic centre were damaged."],
    "strikes", "strikes", 3, LVIV, a="Piotr W\u0105sik", n="toll 4"),
  E("2029-05-28 19:10", "Warsaw to host Ukraine reconstruction conference in July",
    ["Poland will host an international conference on Ukraine\u2019s reconstruction in Warsaw in July, the foreign ministry has announced."],
    "diplomacy", "diplomacy", 1, "warsaw-reconstruction-conference-2029", a="Piotr W\u0105sik", dup="17142-03",
    n="near-verbatim repeat of 17142-03 ('announced' -> 'has announced')"),
  E("2029-05-28 21:40", "President: attack on Lw\u00f3w is an attack on Europe\u2019s security",
    ["Poland\u2019s president said Monday\u2019s Russian strike on Lviv, which Poles call Lw\u00f3w, was \u201can attack on the security of all of Europe\u201d and called for faster deliveries of air defence to Ukraine."],
    "strikes", "strikes", 3, LVIV, a="Marta Zieli\u0144ska", sec=["diplomacy"], n="reaction whose content is the attack: same story; spelling 'Lw\u00f3w'"),
  ]))

# ---------------------------------------------------------------- 17143 Larchmere Telegraph (Atom, UK)
SEEDS.append(dict(
  id="17143", name="17143_larchmere-atom", ext="xml", source="Larchmere Telegraph", zone="Europe/London", render=r_atom,
  title="Larchmere Telegraph \u2013 Ukraine", url="https://larchmere-telegraph.example", lede="Our reporting on the war in Ukraine",
  basis="Atom <published> '{s}' (explicit +01:00 offset, BST); local {d} in {z}",
  notes="Invented outlet (UK). Atom feed, newest first, <published> with +01:00, <author><name> per entry. Spells the city \"L'viv\" in 17143-03. 17143-04 (the Kremlin's claim about the targets) and 17143-01 (UNESCO's concern about damage) are reactions whose content is the Lviv attack: same story.",
  not_entries=["feed title, subtitle, links, id, updated", "entry link/id/updated elements"],
  entries=[
  E("2029-05-28 22:10", "UNESCO \u2018deeply concerned\u2019 after strike damages Lviv old town",
    ["UNESCO said it was deeply concerned by damage to the historic centre of Lviv, a World Heritage site, in Monday\u2019s Russian attack, and offered to send experts to assess it."],
    "strikes", "strikes", 3, LVIV, a="Harriet Quayle", sec=["diplomacy"], n="reaction whose content is the attack's damage: same story"),
  E("2029-05-28 18:30", "Prisoner swap brings home 390 Ukrainian soldiers",
    ["Ukraine and Russia exchanged 390 prisoners of war each on Monday in a swap mediated by Turkey, the latest in a series agreed at talks in Istanbul."],
    "diplomacy", "diplomacy", 3, POW, a="Callum Pryce"),
  E("2029-05-28 14:45", "Three killed in Russian strike on L'viv",
    ["Three people were killed when Russian missiles and drones struck L'viv on Monday morning, Ukrainian officials said, in one of the heaviest attacks on the western city this year."],
    "strikes", "strikes", 3, LVIV, a="Harriet Quayle", n="toll 3; spelling \"L'viv\""),
  E("2029-05-28 11:20", "Kremlin says Lviv strike targeted \u2018military infrastructure\u2019",
    ["The Kremlin said Russian forces had struck military infrastructure in Lviv and dismissed Ukrainian reports of civilian deaths as propaganda."],
    "strikes", "strikes", 3, LVIV, a="Callum Pryce", n="Russian claim about the attack: same story"),
  E("2029-05-28 08:05", "UK to train 10,000 more Ukrainian recruits this year",
    ["Britain will expand its training programme for Ukrainian recruits by 10,000 places this year, the Ministry of Defence said."],
    "aid", "aid", 2, "uk-recruit-training-expansion-2029-05-28", a="Callum Pryce"),
  ]))


if __name__ == "__main__":
    main()
