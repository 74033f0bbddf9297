"""What every peer script shares: read hedge-bench's request, time a call, print the report.

hedge-bench runs `python SCRIPT REQUEST`, REQUEST being JSON:
    {"parameters": {...the case's inputs...},
     "schedule": {"warmUps": w, "samples": n, "callsPerSample": c}}
and reads one JSON object from standard output:
    {"label": "...", "seconds": [seconds per call, one per sample], "callsPerSample": c,
     "values": {"name": number, ...}, "notes": ["...", ...]}
"""
import json
import sys
import time


def read_request():
    """The case's parameters and the schedule of calls, from the command line."""
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} REQUEST-JSON (hedge-bench passes it; see peer_timing.py)")
    request = json.loads(sys.argv[1])
    return request["parameters"], request["schedule"]


def measure(schedule, call):
    """Seconds per call, one value per sample, after the warm-up batches."""
    calls = schedule["callsPerSample"]
    for _ in range(schedule["warmUps"] * calls):
        call()
    seconds = []
    for _ in range(schedule["samples"]):
        start = time.perf_counter()
        for _ in range(calls):
            call()
        seconds.append((time.perf_counter() - start) / calls)
    return seconds


def report(label, seconds, schedule, values, notes=()):
    """Prints the report hedge-bench reads."""
    json.dump(
        {
            "label": label,
            "seconds": seconds,
            "callsPerSample": schedule["callsPerSample"],
            "values": {name: float(value) for name, value in values.items()},
            "notes": list(notes),
        },
        sys.stdout,
    )
    print()
