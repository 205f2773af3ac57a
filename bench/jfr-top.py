#!/usr/bin/env python3
"""Summarises a JFR recording's execution samples: the hottest top frames, and the share of samples whose stack
passes through each Kaohe method (inclusive time). Usage: jfr-top.py recording.jfr [N]"""
import collections, subprocess, sys

rec, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", rec],
                      capture_output=True, text=True, check=True).stdout
top, inclusive, total = collections.Counter(), collections.Counter(), 0
for event in text.split("jdk.ExecutionSample")[1:]:
    # the trace ends at the line holding only "]": a frame's own "byte[]" must not end it
    trace = event.split("stackTrace = [")[1].split("\n  ]")[0]
    frames = [l.strip().split(" line:")[0] for l in trace.splitlines() if l.strip() and l.strip() != "..."]
    if not frames:
        continue
    total += 1
    top[frames[0]] += 1
    for f in set(frames):
        if f.startswith("org.kaohe.") or "SpringApplication.run" in f:
            inclusive[f] += 1
print(f"{total} samples")
print("-- top frames (self)")
for f, c in top.most_common(n):
    print(f"{100.0 * c / total:5.1f}%  {f}")
print("-- Kaohe methods (inclusive)")
for f, c in inclusive.most_common(n):
    print(f"{100.0 * c / total:5.1f}%  {f}")
