#!/usr/bin/env python3
"""Start the packaged service on a fresh H2 file database, measure start to first answered request, then the
latency of warm POST /api/v1/applications (storage on). Loopback only; bounded in count and time.

Usage: python3 bench/post-latency.py [--requests 500] [--warmup 200] [--port 18080]
Needs: mvn -B package -DskipTests (target/quarkus-app/quarkus-run.jar).
"""
import argparse, base64, http.client, json, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASE = os.path.join(ROOT, "fixtures/eu-general-system/tc08-eu-gs-teacher-pl-nl-applicant-chooses.json")


HEADERS = {"Content-Type": "application/json",
           "Authorization": "Basic " + base64.b64encode(b"admin:demo-admin").decode()}  # demo user of the default run


def post(conn, body):
    conn.request("POST", "/api/v1/applications", body=body, headers=HEADERS)
    r = conn.getresponse()
    r.read()
    return r.status


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=500)
    ap.add_argument("--warmup", type=int, default=200)
    ap.add_argument("--port", type=int, default=18080)
    args = ap.parse_args()
    jar = os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")
    if not os.path.exists(jar):
        sys.exit("build first: mvn -B package -DskipTests")
    data = tempfile.mkdtemp(prefix="recognition-bench-")
    env = dict(os.environ, RECOGNITION_DB_URL="jdbc:h2:file:%s/db" % data)
    app = json.load(open(CASE))["application"]
    start = time.monotonic()
    proc = subprocess.Popen(["java", "-Xmx256m", "-Dquarkus.http.port=%d" % args.port, "-jar", jar],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        first = None
        while time.monotonic() - start < 60:
            try:
                c = http.client.HTTPConnection("127.0.0.1", args.port, timeout=5)
                c.request("GET", "/q/health/ready")
                c.getresponse().read()
                first = time.monotonic() - start
                break
            except OSError:
                time.sleep(0.02)
        if first is None:
            sys.exit("service did not answer within 60 s")
        conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=10)
        for i in range(args.warmup):
            app["reference"] = "WARM-%d" % i
            post(conn, json.dumps(app))
        times = []
        for i in range(args.requests):
            app["reference"] = "BENCH-%d" % i
            body = json.dumps(app)
            t = time.perf_counter()
            status = post(conn, body)
            times.append((time.perf_counter() - t) * 1000)
            assert status == 201, status
        times.sort()
        print("start to first answered request: %.2f s" % first)
        print("warm POST /api/v1/applications (storage on), %d requests: median %.2f ms, p90 %.2f ms, p99 %.2f ms"
              % (len(times), statistics.median(times), times[int(len(times) * 0.9)], times[int(len(times) * 0.99)]))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
