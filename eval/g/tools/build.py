#!/usr/bin/env python3
"""Rebuild eval/g seeds and gold from the page modules (p9xx.py, days.py)."""
import importlib, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
for m in ["p900", "p901", "p902", "p903", "p904", "p905", "p906", "p907", "p908", "p909", "p910", "p911"]:
    mod = importlib.import_module(m)
    print(getattr(mod, m)())
if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), "days.py")):
    import days
    for name in days.build():
        print(name)
