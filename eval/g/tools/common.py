"""Shared helpers for building the eval/g blind set: entries are written once here as data,
rendered into each outlet's page layout, and the gold JSON is derived from the same data."""
import html, json, os, re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UTC = timezone.utc


def loc(s, zone):
    """'2023-03-09 14:05' in zone -> aware datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def iso_utc(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:00Z")


def first_sentence(p):
    m = re.match(r'(.+?[.!?]["\u201d\u2019]?)(?=\s|$)', p)
    return m.group(1) if m else p


def E(h, t, body, topic, sub, imp, story, au=None, sec=None, kp=False, dup=None, note=None, basis=None,
      **kw):
    d = dict(h=h, t=t, body=body, topic=topic, sub=sub, imp=imp, story=story, au=au, sec=sec or [], kp=kp,
             dup=dup, note=note, basis=basis)
    d.update(kw)
    return d


def ent(s):
    """HTML-escape and use named/numeric entities for some punctuation (decoders must handle them)."""
    s = html.escape(s, quote=False)
    return s.replace("\u2019", "&#8217;").replace("\u2014", "&mdash;").replace("\u2018", "&lsquo;")


def write_page(sid, slug, ext, source, title, zone, text, entries, notes, not_entries, basis_default,
               parse_args=None):
    name = f"{sid}_{slug}.{ext}"
    with open(os.path.join(ROOT, "seeds", name), "w", encoding="utf-8") as f:
        f.write(text)
    out = []
    for i, e in enumerate(entries, 1):
        if e.get("published") is not None or "published" in e:
            pub = e["published"]
        elif e["t"] is None:
            pub = None
        else:
            pub = iso_utc(loc(e["t"], e.get("zone") or zone))
        out.append({
            "id": f"{sid}-{i:02d}",
            "headline": e["h"],
            "stamp": e.get("stamp"),
            "published": pub,
            "published_basis": e["basis"] or basis_default,
            "author": e["au"],
            "first_sentence": first_sentence(e["body"][0]) if e["body"] else None,
            "body_paragraphs": len(e["body"]),
            "topic": e["topic"],
            "subtopic": e["sub"],
            "secondary_topics": e["sec"],
            "importance": e["imp"],
            "key_point": e["kp"],
            "duplicate_of": (f"{sid}-{e['dup']:02d}" if isinstance(e["dup"], int) else e["dup"]),
            "story": e["story"],
            **({"notes": e["note"]} if e["note"] else {}),
        })
    g = {"seed": name, "source": source, "page_title": title,
         "page_timezone": zone if zone else "unknown", "notes": notes, "entries": out,
         "not_entries": not_entries}
    if parse_args:
        g["parse_args"] = parse_args
    gname = name.rsplit(".", 1)[0] + ".json"
    with open(os.path.join(ROOT, "gold", gname), "w", encoding="utf-8") as f:
        json.dump(g, f, indent=1, ensure_ascii=False)
        f.write("\n")
    return name


def ampm(dt, fmt="{h}:{m:02d} {ap}", lower=False, dots=False):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    if lower:
        ap = ap.lower()
    if dots:
        ap = "a.m." if dt.hour < 12 else "p.m."
    return fmt.format(h=h, m=dt.minute, ap=ap)
