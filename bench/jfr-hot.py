#!/usr/bin/env python3
"""Hot frames of a JFR recording: the methods on top of the sampled stacks (self time), and the methods anywhere on
them (inclusive time, with --match to keep e.g. only the project's own frames).

Usage: python3 bench/jfr-hot.py x.jfr [--top 25] [--match org.mutualrecognition] [--thread executor]
                                      [--skip-seconds 0] [--allocation]
--allocation weighs the jdk.ObjectAllocationSample events by the bytes they stand for instead of counting
jdk.ExecutionSample events: where the allocated bytes come from (the young collections' cause).
Needs the JDK's `jfr` tool on the PATH. Equivalent to, but easier to read than,
  jfr print --events jdk.ExecutionSample x.jfr | grep 'line:' | sort | uniq -c | sort -rn | head
"""
import argparse, collections, datetime, json, re, subprocess


def start_time(text):
    """JFR's startTime, e.g. 2026-11-29T21:20:57.123456789Z or ...57Z (no fraction): seconds, fraction cut to micros."""
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?", text)
    stamp = datetime.datetime.fromisoformat(m.group(1))
    return stamp + datetime.timedelta(microseconds=int((m.group(2) or "0")[:6].ljust(6, "0")))


def frame_name(frame):
    method = frame["method"]
    return "%s.%s" % (method["type"]["name"].replace("/", "."), method["name"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jfr")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--match", default="", help="inclusive list: only frames containing this text")
    ap.add_argument("--thread", default="", help="only samples of threads whose name contains this text")
    ap.add_argument("--skip-seconds", type=float, default=0, help="ignore the first seconds (start-up)")
    ap.add_argument("--allocation", action="store_true",
                    help="allocated bytes (jdk.ObjectAllocationSample, by weight) instead of execution samples")
    args = ap.parse_args()
    event = "jdk.ObjectAllocationSample" if args.allocation else "jdk.ExecutionSample"
    thread_field = "eventThread" if args.allocation else "sampledThread"
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "128", "--events", event,
                          args.jfr], check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    times = [start_time(e["values"]["startTime"]) for e in events]
    first = min(times) if times else None
    self_count, incl_count = collections.Counter(), collections.Counter()
    n = 0
    for e, t in zip(events, times):
        v = e["values"]
        if (t - first).total_seconds() < args.skip_seconds:
            continue
        if args.thread and args.thread not in (v.get(thread_field) or {}).get("javaName", ""):
            continue
        frames = (v.get("stackTrace") or {}).get("frames") or []
        if not frames:
            continue
        weight = v["weight"] if args.allocation else 1
        n += weight
        self_count[frame_name(frames[0])] += weight
        for name in {frame_name(f) for f in frames}:
            if args.match in name:
                incl_count[name] += weight
    print("%d %s" % (n, "bytes allocated (sampled weights; first column KiB)" if args.allocation else "execution samples"))
    print("\n-- self (top of stack) --")
    for name, c in self_count.most_common(args.top):
        print("%6d %5.1f%%  %s" % (c if not args.allocation else c // 1024, 100.0 * c / n, name))
    print("\n-- inclusive%s --" % (" (frames containing %r)" % args.match if args.match else ""))
    for name, c in incl_count.most_common(args.top):
        print("%6d %5.1f%%  %s" % (c if not args.allocation else c // 1024, 100.0 * c / n, name))


if __name__ == "__main__":
    main()
