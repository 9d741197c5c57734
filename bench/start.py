#!/usr/bin/env python3
"""Start to first answer of the packaged service: the time from launching the JVM until the first
POST /api/v1/applications is answered 201, and the CPU the service used until then. Loopback only; bounded; every run
starts on a fresh H2 file database and is stopped at once.

Usage:   python3 bench/start.py [--runs 3] [--without-archive] [--activated] [--port 18091] [--jvm-opt=...]
Needs:   mvn -B package -DskipTests (target/quarkus-app/quarkus-run.jar); python3 standard library only.

The service is started as the README's "Run it in production" does (MALLOC_ARENA_MAX=2 java -Xmx128m -XX:+UseSerialGC
-XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000
-XX:SharedArchiveFile=target/quarkus-app/recognition.jsa -jar quarkus-run.jar; the archive is the class-data archive
the build's training start wrote, left out when there is none). With --without-archive, the runs alternate with
starts without that archive, so both are measured on the machine in the same state. With --activated, a first start
proposes and activates an edited copy of the rules (load.py --activated) and stops; the runs then alternate plain starts with starts from a copy of that database, whose
first answer is decided under a version other than the packaged one, as after a policy officer's activation and a
restart.
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from load import (PRODUCTION_JVM, ROOT, activated_database, first_application, proc_stat, proc_status,  # noqa: E402
                  production_jvm, stop_service, wait_for_first_answer)


def start_once(jar, port, jvm_opts, database=None, archive=True):
    """(seconds to the first 201, CPU seconds of the service by then, its RSS in MiB then); `database` is a folder
    copied as the service's H2 database; `archive` False starts without the build's class-data archive."""
    data = tempfile.mkdtemp(prefix="recognition-start-")
    if database:
        shutil.copytree(database, data, dirs_exist_ok=True)
    env = dict(os.environ, MALLOC_ARENA_MAX="2", RECOGNITION_DB_URL="jdbc:h2:file:%s/db" % data)
    settings = production_jvm(jar) if archive else PRODUCTION_JVM
    cmd = ["java", "-Xmx128m"] + settings + jvm_opts + ["-Dquarkus.http.port=%d" % port, "-jar", jar]
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
    ap.add_argument("--runs", type=int, default=3, help="measured starts (per variant; default 3)")
    ap.add_argument("--without-archive", action="store_true",
                    help="alternate with starts without the class-data archive the build wrote (recognition.jsa)")
    ap.add_argument("--activated", action="store_true",
                    help="start on a database where an edited copy of the rules is in force (not the packaged version)")
    ap.add_argument("--port", type=int, default=18091)
    ap.add_argument("--jvm-opt", action="append", default=[], help="extra JVM option (repeatable)")
    ap.add_argument("--jar", default=os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar"))
    args = ap.parse_args()
    if not os.path.exists(args.jar):
        sys.exit("build first: mvn -B package -DskipTests")
    # (name, database copied for the start or None for a fresh one, with the build's archive): alternated run by run
    has_archive = production_jvm(args.jar) != PRODUCTION_JVM
    variants = [("plain" if has_archive else "plain (no archive)", None, True)]
    if args.activated:
        variants.append(("activated version", activated_database(args.jar, args.port, args.jvm_opt), True))
    if args.without_archive:
        if not has_archive:
            sys.exit("no class-data archive beside the jar (recognition.jsa): mvn -B package -DskipTests writes it")
        variants.append(("without archive", None, False))
    results = {name: [] for name, _, _ in variants}
    for run in range(args.runs):
        for name, database, archive in variants:
            wall, cpu, rss = start_once(args.jar, args.port, args.jvm_opt, database, archive)
            results[name].append((wall, cpu))
            print("run %d, %-20s first answer %.2f s wall, %.1f s CPU, RSS then %d MiB"
                  % (run + 1, name + ":", wall, cpu, rss), flush=True)
    for name, runs in results.items():
        walls = sorted(w for w, _ in runs)
        print("%-20s median %.2f s wall (%.2f-%.2f), median %.1f s CPU"
              % (name + ":", statistics.median(walls), walls[0], walls[-1], statistics.median(c for _, c in runs)))
    for _, database, _ in variants:
        if database:
            shutil.rmtree(database, ignore_errors=True)


if __name__ == "__main__":
    main()
