#!/usr/bin/env python3
"""Independent checker for eval/i: every gold string must occur in its page; times must agree.

Usage: python3 eval/i/tools/check.py   (exit 0 when everything passes)

Page text: .txt as is; .html: <script>/<style> blocks dropped (JSON-LD contents collected
separately), tags removed, entities decoded; .xml: parsed, all element text (incl. CDATA) joined,
then any HTML inside it has tags removed and entities decoded (twice, for double-escaped feeds)."""
import glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
TOPICS = {'strikes', 'aid', 'diplomacy', 'other'}
OTHER_SUB = {'frontline', 'humanitarian', 'security', 'politics', 'unrelated'}
INLINE = r'(?:a|span|strong|em|b|i|abbr|time|small|sup|sub)'
FORBIDDEN_DAYS = {'2023-03-28'}

def norm(s):
    return re.sub(r'[ \t\u00a0]+', ' ', s)

def strip_html(s):
    s = re.sub(r'(?is)<!--.*?-->', '', s)
    s = re.sub(r'(?is)</?%s\b[^>]*>' % INLINE, '', s)
    s = re.sub(r'(?s)<[^>]+>', '\n', s)
    return html.unescape(s)

def json_strings(o):
    if isinstance(o, dict):
        for v in o.values():
            yield from json_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from json_strings(v)
    elif isinstance(o, str):
        yield html.unescape(o)

def page_text(path):
    raw = open(path, encoding='utf-8').read()
    ext = path.rsplit('.', 1)[-1]
    jsonld = ''
    if ext == 'html':
        blocks = re.findall(r'(?is)<script[^>]*type="application/ld\+json"[^>]*>(.*?)</script>', raw)
        parts = []
        for b in blocks:
            parts.extend(json_strings(json.loads(b)))
        jsonld = '\n'.join(parts)
        body = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', raw)
        body = re.sub(r'(?is)<title>.*?</title>', lambda m: m.group(0), body)
        text = strip_html(body)
    elif ext == 'xml':
        root = ET.fromstring(raw.encode('utf-8'))
        chunks = []
        for el in root.iter():
            t = el.text or ''
            if t.strip():
                t = strip_html(t)
                t = html.unescape(t)  # double-escaped entities (&amp;#8217;)
                chunks.append(t)
        text = '\n'.join(chunks)
    else:
        text = raw
    return norm(text), norm(jsonld)

def main():
    errors, warns = [], []
    days_by_page = {}
    golds = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json')))
    if len(golds) != 12:
        errors.append(f'expected 12 gold files, found {len(golds)}')
    for gp in golds:
        g = json.load(open(gp, encoding='utf-8'))
        name = os.path.basename(gp)
        seed = os.path.join(ROOT, 'seeds', g['seed'])
        if os.path.splitext(g['seed'])[0] + '.json' != name:
            errors.append(f'{name}: seed name mismatch {g["seed"]}')
        if not os.path.exists(seed):
            errors.append(f'{name}: missing seed {g["seed"]}'); continue
        text, jsonld = page_text(seed)
        both = text + '\n' + jsonld
        def need(label, s, where=text, alt=None):
            if s is None:
                return
            if norm(s) not in where and not (alt and norm(s) in alt):
                errors.append(f'{name}: {label} not found in page: {s!r}')
        need('page_title', g['page_title'], text, jsonld)
        zone = ZoneInfo(g['page_timezone'])
        ents = g['entries']
        if not 5 <= len(ents) <= 10:
            errors.append(f'{name}: {len(ents)} entries (want 5-10)')
        ids = set(); pos = 0; days = set()
        for i, e in enumerate(ents, 1):
            eid = e['id']
            want_id = f'{g["seed"][:4]}-{i:02d}'
            if eid != want_id:
                errors.append(f'{name}: id {eid} should be {want_id}')
            need(f'{eid} headline', e['headline'])
            need(f'{eid} stamp', e['stamp'])
            need(f'{eid} first_sentence', e['first_sentence'])
            if e['author']:
                for part in re.split(r' and |, ', e['author']):
                    need(f'{eid} author part', part, text, jsonld)
            if e['headline']:
                p = text.find(norm(e['headline']), pos)
                if p < 0:
                    warns.append(f'{name}: {eid} headline not after previous entry (order?)')
                else:
                    pos = p
            # time
            pub, loc = e['published'], e['published_local']
            if pub is None:
                errors.append(f'{eid}: published null (every entry on this set has at least a date)')
            elif 'T' in pub:
                dt = datetime.fromisoformat(pub.replace('Z', '+00:00'))
                if dt.utcoffset() is None:
                    errors.append(f'{eid}: published without offset')
                lt = dt.astimezone(zone)
                exp = lt.strftime('%Y-%m-%d %H:%M ') + lt.tzname()
                if exp != loc:
                    errors.append(f'{eid}: published {pub} -> {exp!r} but published_local {loc!r}')
                days.add(dt.astimezone(timezone.utc).date().isoformat())
            else:
                datetime.strptime(pub, '%Y-%m-%d')
                if not loc.startswith(pub):
                    errors.append(f'{eid}: date-only published {pub} vs local {loc!r}')
                days.add(pub)
            # labels
            if e['topic'] not in TOPICS:
                errors.append(f'{eid}: bad topic {e["topic"]}')
            if e['topic'] == 'other':
                if e['subtopic'] not in OTHER_SUB:
                    errors.append(f'{eid}: bad subtopic {e["subtopic"]} for other')
            elif e['subtopic'] != e['topic']:
                errors.append(f'{eid}: subtopic {e["subtopic"]} should equal topic {e["topic"]}')
            for s in e['secondary_topics']:
                if s not in TOPICS or s == e['topic']:
                    errors.append(f'{eid}: bad secondary topic {s}')
            if e['importance'] not in (1, 2, 3):
                errors.append(f'{eid}: importance {e["importance"]}')
            if not isinstance(e['key_point'], bool):
                errors.append(f'{eid}: key_point not bool')
            if e['key_point'] and e['importance'] != 3:
                errors.append(f'{eid}: key point must be importance 3')
            if e['subtopic'] == 'unrelated':
                if e['importance'] != 1 or not (e.get('notes') or '').startswith('off-beat:'):
                    errors.append(f'{eid}: unrelated entry must be importance 1 with notes starting "off-beat:"')
            if (e['first_sentence'] is None) != (e['body_paragraphs'] == 0):
                errors.append(f'{eid}: first_sentence/body_paragraphs disagree')
            if e['first_sentence'] is None and e['importance'] != 1:
                errors.append(f'{eid}: entry without body should be importance 1')
            if e['duplicate_of'] is not None and e['duplicate_of'] not in ids:
                errors.append(f'{eid}: duplicate_of {e["duplicate_of"]} is not an earlier id')
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', e['story']):
                errors.append(f'{eid}: story slug {e["story"]!r}')
            ids.add(eid)
        days_by_page[name] = days
    # distinct UTC days across pages
    seen = {}
    for name, days in days_by_page.items():
        for d in days:
            if d in FORBIDDEN_DAYS:
                errors.append(f'{name}: uses forbidden day {d}')
            if d in seen:
                errors.append(f'{name}: UTC day {d} also used by {seen[d]}')
            seen[d] = name
    for w in warns:
        print('WARN', w)
    for e in errors:
        print('FAIL', e)
    for name, days in sorted(days_by_page.items()):
        print(f'{name}: UTC days {sorted(days)}')
    print('OK' if not errors else f'{len(errors)} error(s)')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
