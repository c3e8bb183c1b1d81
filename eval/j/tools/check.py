#!/usr/bin/env python3
"""Independent consistency checker for eval/j (does not import build.py or days.py).

Usage: python3 eval/j/tools/check.py            (from the project root, or anywhere)
Checks, per gold file:
  * the seed exists; headline / stamp / first_sentence / author / page_title are exact substrings of the page text
    (HTML/XML: CDATA markers dropped, tags removed, entities decoded; whitespace runs collapsed);
  * published parses as ISO 8601 with offset, published_local ("YYYY-MM-DD HH:MM Zone") converts via zoneinfo to
    the same instant; all of a seed's entries and all seeds of one day share one UTC date (= utc_day);
  * labels in range; ids unique and prefixed by the 4-digit seed id; duplicate_of points to another entry of the
    same seed; body_paragraphs 0 exactly when first_sentence is null; off-beat notes => other/unrelated/1;
  * key_point entries exist only on pages with a "Key Points" block, their headline appears at least twice
    (block + entry), and they are importance 3;
  * any story carried by two or more seeds of the same UTC day is importance 3 in every entry that has a body,
    is not a duplicate and is not a re-post.
Exit status 0 when everything passes.
"""
import glob
import html
import json
import os
import re
import sys
from collections import defaultdict
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOPICS = {'strikes', 'aid', 'diplomacy', 'other'}
SUBTOPICS = {'strikes', 'aid', 'diplomacy', 'frontline', 'humanitarian', 'security', 'politics', 'unrelated'}
SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def page_texts(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.txt'):
        return [norm(raw)]
    t = raw.replace('<![CDATA[', '').replace(']]>', '')
    once = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    twice = html.unescape(re.sub(r'<[^>]+>', ' ', once))  # entity-escaped HTML inside feeds
    return [norm(once), norm(twice)]


def occurs(needle, texts):
    n = norm(needle)
    return any(n in t for t in texts)


def parse_iso(s):
    if s.endswith('Z'):
        s = s[:-1] + '+00:00'
    d = datetime.fromisoformat(s)
    if d.tzinfo is None:
        raise ValueError('no offset')
    return d


def main():
    golds = sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json')))
    if not golds:
        err('gold', 'no gold files')
    day_story_seeds = defaultdict(lambda: defaultdict(set))
    day_entries = defaultdict(list)
    n_entries = 0
    per_day = defaultdict(int)
    for gp in golds:
        g = json.load(open(gp, encoding='utf-8'))
        name = os.path.basename(gp)
        seed = g.get('seed')
        sp = os.path.join(ROOT, 'seeds', seed or '')
        if not seed or not os.path.exists(sp):
            err(name, f'seed file missing: {seed}')
            continue
        if os.path.splitext(seed)[0] != os.path.splitext(name)[0]:
            err(name, 'gold name does not match seed name')
        sid = seed[:4]
        texts = page_texts(sp)
        raw = open(sp, encoding='utf-8').read()
        for k in ('seed', 'source', 'page_title', 'page_timezone', 'notes', 'entries', 'not_entries'):
            if k not in g:
                err(name, f'missing key {k}')
        if g.get('page_title') and not occurs(g['page_title'], texts):
            err(name, f'page_title not in page: {g["page_title"]!r}')
        utc_day = g.get('utc_day')
        ids = set()
        has_kp_block = 'Key Points' in raw
        for e in g['entries']:
            n_entries += 1
            w = f"{name}:{e.get('id')}"
            if not re.match(rf'^{sid}-\d\d$', e.get('id', '')) or e['id'] in ids:
                err(w, 'bad or repeated id')
            ids.add(e['id'])
            for k in ('headline', 'stamp', 'first_sentence', 'author'):
                v = e.get(k)
                if v is not None and not occurs(v, texts):
                    err(w, f'{k} not in page: {v!r}')
            # time
            try:
                pub = parse_iso(e['published'])
                m = re.match(r'^(\d{4}-\d\d-\d\d) (\d\d:\d\d) (\S+)$', e['published_local'])
                if not m:
                    raise ValueError('published_local format')
                loc = datetime.strptime(f'{m[1]} {m[2]}', '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(m[3]))
                if loc.astimezone(timezone.utc) != pub.astimezone(timezone.utc):
                    err(w, f'published {e["published"]} != published_local {e["published_local"]}')
                d = pub.astimezone(timezone.utc).date().isoformat()
                if utc_day and d != utc_day:
                    err(w, f'UTC date {d} != utc_day {utc_day}')
                day_entries[d].append((name, e))
            except Exception as ex:  # noqa: BLE001
                err(w, f'time: {ex}')
                continue
            # labels
            if e['topic'] not in TOPICS:
                err(w, f'topic {e["topic"]}')
            if e['subtopic'] not in SUBTOPICS:
                err(w, f'subtopic {e["subtopic"]}')
            if e['topic'] != 'other' and e['subtopic'] != e['topic']:
                err(w, 'subtopic should equal topic unless topic is other')
            if e['topic'] == 'other' and e['subtopic'] in TOPICS - {'other'}:
                err(w, 'topic other with a strikes/aid/diplomacy subtopic')
            sec = e.get('secondary_topics', [])
            if not set(sec) <= TOPICS or e['topic'] in sec:
                err(w, f'secondary_topics {sec}')
            if e['importance'] not in (1, 2, 3):
                err(w, 'importance out of range')
            if not isinstance(e['key_point'], bool):
                err(w, 'key_point not bool')
            if not SLUG.match(e.get('story', '')):
                err(w, f'bad story slug {e.get("story")!r}')
            if (e['first_sentence'] is None) != (e['body_paragraphs'] == 0):
                err(w, 'body_paragraphs/first_sentence mismatch')
            notes = e.get('notes', '') or ''
            if notes.startswith('off-beat'):
                if (e['topic'], e['subtopic'], e['importance']) != ('other', 'unrelated', 1):
                    err(w, 'off-beat entry must be other/unrelated/1')
            elif e['subtopic'] == 'unrelated':
                err(w, 'unrelated subtopic without an off-beat note')
            if e['first_sentence'] is None and e['importance'] != 1:
                err(w, 'entry without body should be importance 1')
            if e.get('duplicate_of') or 're-post' in notes:
                if e['importance'] != 1:
                    err(w, 'repeat/re-post must be importance 1')
            if not e['key_point'] and has_kp_block and e['headline']:
                kp_at = texts[0].find('Key Points')
                kp_end = texts[0].find('Advertisement', kp_at)
                if kp_end > kp_at and norm(e['headline']) in texts[0][kp_at:kp_end]:
                    err(w, 'headline is listed under Key Points but key_point is false')
            if e['key_point']:
                if not has_kp_block:
                    err(w, 'key_point on a page without a Key Points block')
                kp_at = texts[0].find('Key Points')
                kp_end = texts[0].find('Advertisement', kp_at)
                block = texts[0][kp_at:kp_end if kp_end > kp_at else kp_at + 800]
                if e['headline'] is None or norm(e['headline']) not in block:
                    err(w, 'key_point headline not listed in the Key Points block')
                if e['importance'] != 3:
                    err(w, 'key_point entry must be importance 3')
            if not (e['first_sentence'] is None or e.get('duplicate_of') or 're-post' in notes):
                day_story_seeds[d][e['story']].add(seed)
            per_day[d] += 1
        for e in g['entries']:
            if e.get('duplicate_of') and e['duplicate_of'] not in ids:
                err(f"{name}:{e['id']}", 'duplicate_of points outside the seed')
    # multi-seed stories
    for d, entries in day_entries.items():
        for name, e in entries:
            notes = e.get('notes', '') or ''
            if e['first_sentence'] is None or e.get('duplicate_of') or 're-post' in notes:
                continue
            if len(day_story_seeds[d][e['story']]) >= 2 and e['importance'] != 3:
                err(f"{name}:{e['id']}", f'story {e["story"]} is carried by {len(day_story_seeds[d][e["story"]])} seeds on {d} but importance {e["importance"]}')
    # one utc date per seed is implied by utc_day; print summary
    for d in sorted(per_day):
        seeds = sorted({n for n, _ in day_entries[d]})
        multi = sorted(s for s, v in day_story_seeds[d].items() if len(v) >= 2)
        print(f'{d}: {per_day[d]} entries from {len(seeds)} seeds; multi-seed stories: {", ".join(multi)}')
    print(f'{len(golds)} gold files, {n_entries} entries')
    if errors:
        print('\n'.join('FAIL ' + x for x in errors))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
