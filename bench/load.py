#!/usr/bin/env python3
"""Load test of the packaged service: throughput and latency of POST /api/v1/applications at 1, 4 and 16 concurrent
clients, the Kogito-generated endpoint of the level-referencing model (POST /level-referencing) as the stock peer,
start to first answer, and the JVM's resident memory after the load. Loopback only; bounded; stops by itself.

Usage:   python3 bench/load.py [--seconds 10] [--warmup 3] [--jit-warmup 60] [--clients 1,4,16] [--xmx 128m]
                               [--port 18090] [--jfr /tmp/load.jfr] [--only service|stock] [--plain-jvm]
                               [--activated | --activated-before-start] [--ratio-rounds 4]
Needs:   mvn -B package -DskipTests (target/quarkus-app/quarkus-run.jar); python3 standard library only.

The script starts the service as the README's "Run it in production" does: `MALLOC_ARENA_MAX=2 java -Xmx<xmx>
-XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000
-XX:SharedArchiveFile=<the jar's folder>/recognition.jsa -Dquarkus.http.port=<port> [...] -jar quarkus-run.jar`
(the class-data archive the build writes beside the jar; left out when there is none)
(--plain-jvm: only -Xmx, the JVM's defaults otherwise) with RECOGNITION_DB_URL=jdbc:h2:file:<fresh temp dir>/db, so every run starts on an empty database, and ends the
process and removes the directory at the end. Each client is a thread with its own keep-alive connection; each
submission is a case file's application (every file under fixtures/, round robin) under a fresh reference, so every
request is decided and stored (201). After the first answer, --jit-warmup seconds of submissions are not counted;
then each level runs --warmup seconds unrecorded and --seconds recorded.
Client CPU is printed per level: when the client process uses about a core, the client (not the service) limits.
With --activated, a copy of rules/ and decision-tables/ with one comment added is proposed and activated from 1900-01-01
before the load (as a policy officer would, README "Policy officers"), so every submission is decided under a version
other than the packaged one. With --activated-before-start, an earlier start of the service proposes and activates it
on the same database and stops: the measured service starts with it in force, as after a restart.
"""
import argparse, base64, glob, http.client, io, itertools, json, os, shutil, subprocess, sys, tempfile, threading, time, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# the generated endpoint evaluates every decision of the model: the inputs of "Host levels" must be given (null),
# or it answers 500 (REQ_NOT_FOUND); with them it answers 200 with "Meta levels" and an empty "Host levels"
STOCK_BODY = b'{"framework":"IE-NFQ","level":"6","metaFramework":null,"metaLevel":null}'
HEADERS = {"Content-Type": "application/json", "Accept": "application/json",
           # the demo administrator of the default run (README, "Use it"); the stock endpoint needs an authenticated caller too (any role)
           "Authorization": "Basic " + base64.b64encode(b"admin:demo-admin").decode()}


def templates():
    """Every fixture's application serialised once, with a placeholder where the fresh reference goes."""
    out = []
    for f in sorted(glob.glob(os.path.join(ROOT, "fixtures/**/*.json"), recursive=True)):
        app = json.load(open(f))["application"]
        app["reference"] = "@@REF@@"
        out.append(json.dumps(app).encode())
    return out


def proc_stat(pid):
    """(utime + stime) of a process in seconds."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def proc_status(pid, key):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) // 1024  # MiB
    return None


def percentile(sorted_ms, p):
    if not sorted_ms:
        return float("nan")
    return sorted_ms[min(len(sorted_ms) - 1, int(len(sorted_ms) * p))]


# The README's production settings ("Run it in production"), besides -Xmx: bench/README.md has the measurements
PRODUCTION_JVM = ["-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=48m", "-Xss512k", "-XX:TrimNativeHeapInterval=5000"]


def production_jvm(jar):
    """PRODUCTION_JVM plus the class-data archive the build wrote beside `jar` (recognition.jsa), when there is one."""
    archive = os.path.join(os.path.dirname(os.path.abspath(jar)), "recognition.jsa")
    return PRODUCTION_JVM + (["-XX:SharedArchiveFile=" + archive] if os.path.exists(archive) else [])


def wait_for_first_answer(proc, port, body, started, limit=120):
    """Seconds from `started` until POST /api/v1/applications of `body` is answered 201 (polled every 10 ms until the
    port is open); exits when the service dies, answers anything else, or does not answer within `limit` seconds."""
    while time.monotonic() - started < limit:
        if proc.poll() is not None:
            sys.exit("service exited with %s" % proc.returncode)
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            c.request("POST", "/api/v1/applications", body=body, headers=HEADERS)
            r = c.getresponse()
            r.read()
            c.close()
        except OSError:
            time.sleep(0.01)
            continue
        if r.status != 201:
            sys.exit("first submission answered %d" % r.status)
        return time.monotonic() - started
    sys.exit("service did not answer within %d s" % limit)


def stop_service(proc, data):
    """SIGTERM (the JVM exits normally: a class-data archive being recorded is written), SIGKILL after 60 s; then the
    database folder is removed."""
    proc.terminate()
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    shutil.rmtree(data, ignore_errors=True)


def run_level(port, clients, seconds, warmup, request_for, expect):
    """Runs `clients` threads for warmup + seconds; returns (requests, errors, latencies_ms, wall, client_cpu)."""
    lock = threading.Lock()
    latencies, errors, counts = [], [0], [0]
    start_barrier = threading.Barrier(clients + 1)
    times = {}

    def worker(w):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine, bad, n = [], 0, 0
        start_barrier.wait()
        measure_from, stop_at = times["from"], times["to"]
        while True:
            now = time.perf_counter()
            if now >= stop_at:
                break
            path, body = request_for(w, n)
            n += 1
            t = time.perf_counter()
            try:
                conn.request("POST", path, body=body, headers=HEADERS)
                r = conn.getresponse()
                r.read()
                ok = r.status == expect
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            done = time.perf_counter()
            if t >= measure_from and done <= stop_at:
                mine.append((done - t) * 1000)
                if not ok:
                    bad += 1
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += bad
            counts[0] += len(mine)

    threads = [threading.Thread(target=worker, args=(w,), daemon=True) for w in range(clients)]
    for t in threads:
        t.start()
    now = time.perf_counter()
    times["from"], times["to"] = now + warmup, now + warmup + seconds
    cpu0 = os.times()
    start_barrier.wait()
    for t in threads:
        t.join(warmup + seconds + 60)
    cpu1 = os.times()
    client_cpu = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
    latencies.sort()
    return counts[0], errors[0], latencies, seconds, client_cpu / (warmup + seconds)


def activate_edited_copy(port):
    """Proposes rules/ and decision-tables/ with a comment appended to one rule file (another sha256, the same
    decisions) and activates it from 1900-01-01; returns its version."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for top in ("rules", "decision-tables"):
            for path in sorted(glob.glob(os.path.join(ROOT, top, "**", "*"), recursive=True)):
                if os.path.isfile(path):
                    name = os.path.relpath(path, ROOT)
                    data = open(path, "rb").read()
                    if name == os.path.join("rules", "common", "validation.drl"):
                        data += b"\n// load.py --activated: a version other than the packaged one\n"
                    z.writestr(name, data)
    officer = {"Authorization": "Basic " + base64.b64encode(b"officer:demo-officer").decode()}
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    c.request("POST", "/api/v1/rulesets", buf.getvalue(),
              dict(officer, **{"Content-Type": "application/zip", "includeStored": "false"}))
    r = c.getresponse()
    proposal = json.loads(r.read())
    if r.status >= 300 or not proposal.get("valid"):
        sys.exit("proposing the edited copy answered %d: %s" % (r.status, json.dumps(proposal)[:500]))
    version = proposal["version"]
    c.request("POST", "/api/v1/rulesets/%s/activation" % version, b'{"inForceFrom": "1900-01-01"}',
              dict(officer, **{"Content-Type": "application/json"}))
    r = c.getresponse()
    body = r.read()
    if r.status >= 300:
        sys.exit("activating %s answered %d: %s" % (version, r.status, body[:500]))
    return version


def first_application():
    """A general-system case (route discovery, tables, rules, storage): the first case file of that folder."""
    path = sorted(glob.glob(os.path.join(ROOT, "fixtures/eu-general-system/*.json")))[0]
    application = json.load(open(path))["application"]
    application["reference"] = "START-%x" % int(time.time() * 1000)
    return json.dumps(application).encode()


def activated_database(jar, port, jvm_opts):
    """A folder holding an H2 database in which an edited copy of the rules has been proposed and activated."""
    data = tempfile.mkdtemp(prefix="recognition-activated-")
    env = dict(os.environ, MALLOC_ARENA_MAX="2", RECOGNITION_DB_URL="jdbc:h2:file:%s/db" % data)
    cmd = ["java", "-Xmx128m"] + production_jvm(jar) + jvm_opts + ["-Dquarkus.http.port=%d" % port, "-jar", jar]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_first_answer(proc, port, first_application(), time.monotonic())
        print("activated %s (service started on %s, then stopped)" % (activate_edited_copy(port), data), flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    return data


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=10, help="recorded seconds per level (default 10)")
    ap.add_argument("--warmup", type=float, default=3, help="unrecorded seconds before each level (default 3)")
    ap.add_argument("--jit-warmup", type=float, default=60,
                    help="seconds of submissions at 4 clients after start, before any level (default 60): the JIT, "
                         "MVEL's lazy constraint compilation and class loading settle")
    ap.add_argument("--clients", default="1,4,16", help="concurrency levels (default 1,4,16)")
    ap.add_argument("--xmx", default="128m", help="JVM heap of the service (default 128m, as documented in the README)")
    ap.add_argument("--plain-jvm", action="store_true",
                    help="start the service with -Xmx only, without the README's production JVM settings")
    ap.add_argument("--port", type=int, default=18090)
    ap.add_argument("--jfr", help="record a JFR profile of the whole run into this file")
    ap.add_argument("--only", choices=["service", "stock"], help="measure only one of the two endpoints")
    ap.add_argument("--nmt", action="store_true",
                    help="run the service with -XX:NativeMemoryTracking=summary and print where its memory is at the end")
    ap.add_argument("--ratio-rounds", type=int, default=4,
                    help="after the levels, measure submissions and the stock endpoint this many times in turn at the "
                         "highest client count (--seconds each) and report the ratio of each adjacent pair: on a "
                         "machine whose speed drifts from minute to minute, only pairs measured side by side compare "
                         "(default 4; 0, or --only, for none)")
    ap.add_argument("--jvm-opt", action="append", default=[], help="extra JVM option for the service (repeatable)")
    ap.add_argument("--client", choices=["python", "java"], default="python",
                    help="python: threads with http.client in this process (standard library only); java: the "
                         "socket client LoadClient from target/benchmarks.jar (mvn -Pbench -DskipTests package), one "
                         "JVM per level, for when Python's client would limit the measurement")
    ap.add_argument("--jar", default=os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar"))
    ap.add_argument("--activated", action="store_true",
                    help="decide every submission under an activated version (an edited copy of the rules), not the "
                         "packaged one")
    ap.add_argument("--activated-before-start", action="store_true",
                    help="as --activated, but the version is proposed and activated by an earlier start of the service "
                         "on the same database: the measured service has never compiled a rule set, as after a restart")
    args = ap.parse_args()
    levels = [int(c) for c in args.clients.split(",")]
    if not os.path.exists(args.jar):
        sys.exit("build first: mvn -B package -DskipTests")
    bench_jar = os.path.join(ROOT, "target/benchmarks.jar")
    if args.client == "java" and not os.path.exists(bench_jar):
        sys.exit("--client java needs target/benchmarks.jar: mvn -Pbench -DskipTests package")
    bodies = templates()
    data = (activated_database(args.jar, args.port, args.jvm_opt) if args.activated_before_start
            else tempfile.mkdtemp(prefix="recognition-load-"))
    env = dict(os.environ, RECOGNITION_DB_URL="jdbc:h2:file:%s/db" % data)
    cmd = ["java", "-Xmx" + args.xmx]
    if not args.plain_jvm:
        env["MALLOC_ARENA_MAX"] = "2"
        cmd += production_jvm(args.jar)
    cmd += ["-Dquarkus.http.port=%d" % args.port]
    if args.nmt:
        cmd += ["-XX:NativeMemoryTracking=summary"]
    cmd += args.jvm_opt
    if args.jfr:
        cmd += ["-XX:+FlightRecorder", "-XX:StartFlightRecording=filename=%s,dumponexit=true,settings=profile" % args.jfr]
    cmd += ["-jar", args.jar]
    print("service: %s (H2 file database in %s)" % (" ".join(cmd), data), flush=True)
    run_id = "%x" % int(time.time())
    # every measurement gets references of its own: a level that reused the JIT warm-up's references (same client
    # count) was answered 200 (idempotent resubmission) instead of 201 and counted those as errors
    measurements = itertools.count(1)

    def submission(tag):
        def request_for(w, n):
            body = bodies[(w * 7919 + n) % len(bodies)]
            return "/api/v1/applications", body.replace(b"@@REF@@", ("L%s-%s-%d-%d" % (run_id, tag, w, n)).encode())
        return request_for

    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        first = wait_for_first_answer(proc, args.port, bodies[0].replace(b"@@REF@@", ("FIRST-" + run_id).encode()), started)
        rss_start, cpu_start = proc_status(proc.pid, "VmRSS"), proc_stat(proc.pid)
        print("start to first answered POST /api/v1/applications (201): %.2f s wall, %.1f s CPU of the service "
              "(all its threads; the wall time on an idle machine is at least CPU / cores); RSS then %d MiB"
              % (first, cpu_start, rss_start))
        if args.activated:
            t0 = time.monotonic()
            version = activate_edited_copy(args.port)
            print("every submission below is decided under %s, proposed and activated in %.1f s (not the packaged "
                  "rule set)" % (version, time.monotonic() - t0))
        print()
        def measure(clients, seconds, warmup, stock):
            """(requests, errors, p50, p90, p99, client CPU share) of one level with the chosen client."""
            if args.client == "java":
                out = subprocess.run(["java", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", bench_jar,
                                      "org.mutualrecognition.bench.LoadClient", str(args.port), str(clients),
                                      str(warmup), str(seconds), "stock" if stock else "submissions",
                                      "%s-m%d-%d" % (run_id, next(measurements), clients)],
                                     cwd=ROOT, check=True, capture_output=True, text=True).stdout
                r = json.loads(out.strip().splitlines()[-1])
                return r["requests"], r["errors"], r["p50"], r["p90"], r["p99"], r["client_cpu"]
            if stock:
                n, errors, lat, _, cpu = run_level(args.port, clients, seconds, warmup,
                                                   lambda w, i: ("/level-referencing", STOCK_BODY), 200)
            else:
                n, errors, lat, _, cpu = run_level(args.port, clients, seconds, warmup, submission("m%d-%d" % (next(measurements), clients)), 201)
            return n, errors, percentile(lat, 0.5), percentile(lat, 0.9), percentile(lat, 0.99), cpu

        if args.jit_warmup > 0:
            n, errors, p50, _, _, _ = measure(4, args.jit_warmup, 0, False)
            print("JIT warm-up: %d submissions in %.0f s at 4 clients (%.0f/s, p50 %.2f ms), %d errors; not counted below"
                  % (n, args.jit_warmup, n / args.jit_warmup, p50, errors))
            if args.only != "service":
                # the stock endpoint's code is compiled by the JIT on its own first calls: measured cold, its first
                # level ran at a third of its later rate (1,568/s against 3,440-5,540/s at 16 clients)
                stock_warmup = min(15.0, args.jit_warmup / 4)
                n, errors, p50, _, _, _ = measure(4, stock_warmup, 0, True)
                print("JIT warm-up of the stock endpoint: %d requests in %.0f s at 4 clients (%.0f/s), %d errors; not "
                      "counted below" % (n, stock_warmup, n / stock_warmup, errors))
            print()
        print("%-34s %7s %9s %9s %8s %8s %8s %6s %11s %11s" % ("endpoint (%s client)" % args.client, "clients",
                                                            "requests", "req/s", "p50 ms", "p90 ms", "p99 ms",
                                                            "errors", "client CPU", "service CPU"))
        results = {}
        plan = []
        if args.only != "stock":
            plan += [("POST /api/v1/applications", c, False) for c in levels]
        if args.only != "service":
            plan += [("POST /level-referencing (Kogito)", c, True) for c in levels]
        for name, clients, stock in plan:
            server0, wall0 = proc_stat(proc.pid), time.monotonic()
            n, errors, p50, p90, p99, client_cpu = measure(clients, args.seconds, args.warmup, stock)
            server_cpu = (proc_stat(proc.pid) - server0) / (time.monotonic() - wall0)
            results[(name, clients)] = n / args.seconds
            print("%-34s %7d %9d %9.0f %8.2f %8.2f %8.2f %6d %10.0f%% %10.0f%%" % (
                name, clients, n, n / args.seconds, p50, p90, p99, errors, client_cpu * 100, server_cpu * 100),
                flush=True)
        print()
        rss, hwm = proc_status(proc.pid, "VmRSS"), proc_status(proc.pid, "VmHWM")
        anon, mapped = proc_status(proc.pid, "RssAnon"), proc_status(proc.pid, "RssFile")
        print("RSS of the service after the load: %d MiB (peak %d MiB; %d MiB anonymous, %d MiB of mapped files such as"
              " the class-data archive and the JDK's own), -Xmx%s" % (rss, hwm, anon, mapped, args.xmx))
        if args.nmt:
            out = subprocess.run(["jcmd", str(proc.pid), "VM.native_memory", "summary", "scale=MB"],
                                 capture_output=True, text=True).stdout
            print("native memory tracking, committed MiB by area:")
            for line in out.splitlines():
                line = line.strip()
                if line.startswith("-") and "committed=" in line:
                    area = line.lstrip("- ").split("(")[0].strip()
                    committed = line.split("committed=")[1].split("MB")[0]
                    if int(committed) >= 5:
                        print("  %-24s %5s" % (area, committed))
                elif line.startswith("Total:"):
                    print("  " + line)
        top = max(levels)
        own, stock = results.get(("POST /api/v1/applications", top)), results.get(("POST /level-referencing (Kogito)", top))
        if own and stock:
            print("throughput at %d clients, submissions / stock endpoint: %.3f" % (top, own / stock))
        if args.ratio_rounds > 0 and not args.only:
            print()
            ratios = []
            for r in range(args.ratio_rounds):
                # alternate which goes first, so that a steady drift does not favour one side
                order = [False, True] if r % 2 == 0 else [True, False]
                rate = {}
                for stock_side in order:
                    n, errors, _, _, _, _ = measure(top, args.seconds, args.warmup, stock_side)
                    rate[stock_side] = n / args.seconds
                    if errors:
                        print("round %d: %d errors (%s)" % (r + 1, errors, "stock" if stock_side else "submissions"))
                ratios.append(rate[False] / rate[True])
                print("round %d at %d clients: submissions %.0f/s, stock %.0f/s, ratio %.3f"
                      % (r + 1, top, rate[False], rate[True], ratios[-1]), flush=True)
            ordered = sorted(ratios)
            mid = len(ordered) // 2
            median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
            print("submissions / stock endpoint over %d adjacent pairs: median %.3f (%.3f-%.3f)"
                  % (len(ratios), median, ordered[0], ordered[-1]))
    finally:
        stop_service(proc, data)
    if args.jfr:
        print("JFR profile: %s  (jfr print --events jdk.ExecutionSample %s | grep 'at ' | sort | uniq -c | sort -rn | head)"
              % (args.jfr, args.jfr))


if __name__ == "__main__":
    main()
