#!/usr/bin/env python3
"""Start to first answer of the packaged service: the time from launching the JVM until the first
POST /api/v1/applications is answered 201, and the CPU the service used until then. Loopback only; bounded; every run
starts on a fresh H2 file database and is stopped at once.

Usage:   python3 bench/start.py [--runs 3] [--cds /tmp/recognition.jsa] [--activated] [--port 18091] [--jvm-opt=...]
Needs:   mvn -B package -DskipTests (target/quarkus-app/quarkus-run.jar); python3 standard library only.

The service is started as the README's "Run it in production" does (MALLOC_ARENA_MAX=2 java -Xmx128m -XX:+UseSerialGC
-XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000 -jar quarkus-run.jar). With --cds, a training
start first records the classes it loads into that class-data archive (-XX:ArchiveClassesAtExit, only if the file does
not exist yet), then the runs alternate with the archive (-XX:SharedArchiveFile) and without it, so both are measured
on the machine in the same state. With --activated, a first start proposes and activates an edited copy of the rules
(load.py --activated) and stops; the runs then alternate plain starts with starts from a copy of that database, whose
first answer is decided under a version other than the packaged one, as after a policy officer's activation and a
restart.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from load import (PRODUCTION_JVM, ROOT, activated_database, first_application, proc_stat, proc_status,  # noqa: E402
                  stop_service, wait_for_first_answer)


def start_once(jar, port, jvm_opts, database=None):
    """(seconds to the first 201, CPU seconds of the service by then, its RSS in MiB then); `database` is a folder
    copied as the service's H2 database."""
    data = tempfile.mkdtemp(prefix="recognition-start-")
    if database:
        shutil.copytree(database, data, dirs_exist_ok=True)
    env = dict(os.environ, MALLOC_ARENA_MAX="2", RECOGNITION_DB_URL="jdbc:h2:file:%s/db" % data)
    cmd = ["java", "-Xmx128m"] + PRODUCTION_JVM + jvm_opts + ["-Dquarkus.http.port=%d" % port, "-jar", jar]
    body = first_application()
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wall = wait_for_first_answer(proc, port, body, started)
        return wall, proc_stat(proc.pid), proc_status(proc.pid, "VmRSS")
    finally:
        stop_service(proc, data)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="measured starts (per variant with --cds; default 3)")
    ap.add_argument("--cds", help="class-data archive: made by a training start if missing, then used in every other run")
    ap.add_argument("--activated", action="store_true",
                    help="start on a database where an edited copy of the rules is in force (not the packaged version)")
    ap.add_argument("--port", type=int, default=18091)
    ap.add_argument("--jvm-opt", action="append", default=[], help="extra JVM option (repeatable)")
    ap.add_argument("--jar", default=os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar"))
    args = ap.parse_args()
    if not os.path.exists(args.jar):
        sys.exit("build first: mvn -B package -DskipTests")
    # (name, JVM options, database copied for the start or None for a fresh one): alternated run by run
    variants = [("plain", [], None)]
    if args.activated:
        variants.append(("activated version", [], activated_database(args.jar, args.port, args.jvm_opt)))
    if args.cds:
        if not os.path.exists(args.cds):
            wall, cpu, _ = start_once(args.jar, args.port, args.jvm_opt + ["-XX:ArchiveClassesAtExit=" + args.cds])
            print("training start (writes %s): %.2f s wall, %.1f s CPU" % (args.cds, wall, cpu), flush=True)
            if not os.path.exists(args.cds):
                sys.exit("the training start wrote no archive")
        variants.insert(0, ("class-data archive", ["-XX:SharedArchiveFile=" + args.cds], None))
    results = {name: [] for name, _, _ in variants}
    for run in range(args.runs):
        for name, opts, database in variants:
            wall, cpu, rss = start_once(args.jar, args.port, args.jvm_opt + opts, database)
            results[name].append((wall, cpu))
            print("run %d, %-20s first answer %.2f s wall, %.1f s CPU, RSS then %d MiB"
                  % (run + 1, name + ":", wall, cpu, rss), flush=True)
    for name, runs in results.items():
        walls = sorted(w for w, _ in runs)
        print("%-20s median %.2f s wall (%.2f-%.2f), median %.1f s CPU"
              % (name + ":", statistics.median(walls), walls[0], walls[-1], statistics.median(c for _, c in runs)))
    for _, _, database in variants:
        if database:
            shutil.rmtree(database, ignore_errors=True)


if __name__ == "__main__":
    main()
