"""Shared helpers for build.py: entry records, zone conversion, gold writing.
Content is invented for this blind set."""
import json, os, re, html
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SUB = {"strikes": "strikes", "aid": "aid", "diplomacy": "diplomacy"}


def utc(local, zone):
    """'2024-03-12 21:15' in zone -> '2024-03-13T01:15:00Z'"""
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
    return dt.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")


def ldt(local, zone):
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))


def first_sentence(p):
    m = re.match(r"^(.+?[.!?][\"”’]?)(?=\s+[A-Z“\"‘(0-9]|$)", p, re.S)
    return m.group(1) if m else p


def E(headline, local, author, body, topic, sub, imp, story, sec=(), kp=False, dup=None,
      basis="", notes=None, zone=None):
    return dict(headline=headline, local=local, author=author, body=list(body), topic=topic,
                subtopic=sub, importance=imp, story=story, secondary_topics=list(sec),
                key_point=kp, dup=dup, basis=basis, notes=notes, zone=zone, stamp=None)


def esc(s):
    return html.escape(s, quote=True)


def write(sid, slug, ext, text, source, title, page_tz, zone, entries, notes, not_entries, parse_args=None):
    name = f"{sid}_{slug}.{ext}"
    with open(os.path.join(ROOT, "seeds", name), "w", encoding="utf-8") as f:
        f.write(text)
    out = []
    for i, e in enumerate(entries, 1):
        z = e["zone"] or zone
        gid = f"{sid}-{i:02d}"
        e["gid"] = gid
        g = dict(id=gid, headline=e["headline"], stamp=e["stamp"],
                 published=utc(e["local"], z) if e["local"] else None,
                 published_local=(f"{e['local']} {z}" if e["local"] else None),
                 published_basis=e["basis"], author=e["author"],
                 first_sentence=first_sentence(e["body"][0]) if e["body"] else None,
                 body_paragraphs=len(e["body"]), topic=e["topic"], subtopic=e["subtopic"],
                 secondary_topics=e["secondary_topics"], importance=e["importance"],
                 key_point=e["key_point"],
                 duplicate_of=(entries[e["dup"]]["gid"] if e["dup"] is not None else None),
                 story=e["story"])
        if e["notes"]:
            g["notes"] = e["notes"]
        out.append(g)
    gold = dict(seed=name, source=source, page_title=title, page_timezone=page_tz, notes=notes,
                entries=out, not_entries=not_entries)
    if parse_args:
        gold["parse_args"] = parse_args
    with open(os.path.join(ROOT, "gold", f"{sid}_{slug}.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return name


def fmt12(dt, ampm=("am", "pm"), dots=False):
    h = dt.hour % 12 or 12
    ap = ampm[0] if dt.hour < 12 else ampm[1]
    return f"{h}:{dt.minute:02d}{ap}"
