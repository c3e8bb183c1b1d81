#!/usr/bin/env python3
"""Verify eval/g gold against its seeds: every headline, stamp, first sentence, author and page title must occur in
the page text (HTML/XML: after dropping <script> blocks, unwrapping CDATA, removing tags and decoding entities);
explicit-offset stamps (ISO 8601, RFC 822) must convert to the gold 'published'; labels must be in range."""
import html, json, os, re, sys
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOPICS = {"strikes", "aid", "diplomacy", "other"}
SUBS = {"strikes", "aid", "diplomacy", "frontline", "humanitarian", "security", "politics", "unrelated"}


def page_text(raw, ext):
    if ext == "txt":
        return raw
    t = re.sub(r"<script\b.*?</script>", " ", raw, flags=re.S | re.I)
    t = re.sub(r"<!\[CDATA\[(.*?)\]\]>", lambda m: m.group(1), t, flags=re.S)
    for _ in range(2):
        t = html.unescape(t)
        t = re.sub(r"<[^>]+>", "\n", t)
    return t


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    bad = 0
    days = {}
    for gf in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        if not gf.endswith(".json"):
            continue
        g = json.load(open(os.path.join(ROOT, "gold", gf)))
        seed = os.path.join(ROOT, "seeds", g["seed"])
        raw = open(seed, encoding="utf-8").read()
        txt = norm(page_text(raw, g["seed"].rsplit(".", 1)[1]))
        sid = gf[:3]
        errs = []

        def need(label, s):
            if s and norm(s) not in txt:
                errs.append(f"{label} not in page: {s[:70]!r}")
        need("page_title", g["page_title"])
        ids = [e["id"] for e in g["entries"]]
        for e in g["entries"]:
            i = e["id"]
            need(i + " headline", e["headline"])
            need(i + " stamp", e["stamp"])
            need(i + " first_sentence", e["first_sentence"])
            need(i + " author", e["author"])
            if e["topic"] not in TOPICS or e["subtopic"] not in SUBS or e["importance"] not in (1, 2, 3):
                errs.append(f"{i} bad label")
            if e["duplicate_of"] and e["duplicate_of"] not in ids:
                errs.append(f"{i} duplicate_of unknown")
            if e["key_point"] and txt.count(norm(e["headline"])) < 2:
                errs.append(f"{i} key_point but headline not listed twice")
            if not e["body_paragraphs"] and e["importance"] != 1:
                errs.append(f"{i} no body but importance {e['importance']}")
            p = e["published"]
            if p and "T" in p:
                if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z", p):
                    errs.append(f"{i} published format {p}")
                st = e["stamp"] or ""
                dt = None
                if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d", st):
                    dt = datetime.fromisoformat(st)
                elif re.match(r"\w{3}, \d", st):
                    dt = parsedate_to_datetime(st)
                if dt and dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:00Z") != p:
                    errs.append(f"{i} stamp {st} != published {p}")
            if p:
                days.setdefault(p[:10], set()).add(sid)
        n = len(g["entries"])
        print(f"{g['seed']}: {n} entries, {'OK' if not errs else str(len(errs)) + ' problems'}")
        for x in errs:
            print("   ", x)
        bad += len(errs)
    # importance rule: a story carried by two or more seeds of the same UTC day is importance 3 (teasers/repeats excepted)
    per = {}
    for gf in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        if gf.endswith(".json"):
            for e in json.load(open(os.path.join(ROOT, "gold", gf)))["entries"]:
                if e["published"]:
                    per.setdefault((e["published"][:10], e["story"]), []).append((gf[:3], e))
    for (d, st), lst in sorted(per.items()):
        if len({s for s, _ in lst}) > 1:
            for s, e in lst:
                if e["importance"] != 3 and e["body_paragraphs"] and not e["duplicate_of"]:
                    print(f"    {e['id']}: story {st} is in {len({s for s, _ in lst})} seeds on {d} but importance {e['importance']}")
                    bad += 1
    print("\nUTC days -> seeds:")
    for d in sorted(days):
        print(" ", d, ",".join(sorted(days[d])))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
