#!/usr/bin/env python3
"""Regenerate every seed and gold file of eval/h from the records in the build_* modules."""
import build_single, build_single2, build_dayA_B, build_dayC_D
for m, fs in ((build_single, ("p1000", "p1001", "p1002", "p1003")), (build_single2, ("p1004", "p1005", "p1006", "p1007"))):
    for f in fs:
        getattr(m, f)()
build_dayA_B.dayA(); build_dayA_B.dayB(); build_dayC_D.dayC(); build_dayC_D.dayD()
