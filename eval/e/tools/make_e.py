"""Regenerate eval/e seeds and gold: python3 tools/make_e.py (from eval/e)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, e1, e2, e3, e4, e5, e6

ids = {}
for mod in (e1, e2, e3, e4, e5, e6):
    common.build(mod.SOURCES, ids)
# duplicate_of must point at an existing entry (possibly on the previous day)
for mod in (e1, e2, e3, e4, e5, e6):
    for S in mod.SOURCES:
        for e in S.entries:
            if e.dup:
                assert e.dup in ids, e.dup
                assert ids[e.dup].story == e.story and e.imp == 1, e.id
print("ok", len(ids), "entries")
