#!/usr/bin/env python3
"""Store N decisions through the packaged service (H2 file storage), then time POST /api/v1/replays over all of them
under CURRENT. Loopback only; bounded in count and time.

Usage: python3 bench/replay-10k.py [--decisions 10000] [--clients 4] [--port 18082]
Needs: mvn -B package -DskipTests.
"""
import argparse, base64, glob, http.client, json, os, shutil, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


HEADERS = {"Content-Type": "application/json",
           "Authorization": "Basic " + base64.b64encode(b"admin:demo-admin").decode()}  # demo user of the default run


def request(conn, method, path, body=None):
    conn.request(method, path, body=body, headers=HEADERS)
    r = conn.getresponse()
    return r.status, r.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--decisions", type=int, default=10000)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--port", type=int, default=18082)
    args = ap.parse_args()
    jar = os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")
    if not os.path.exists(jar):
        sys.exit("build first: mvn -B package -DskipTests")
    cases = []
    for f in sorted(glob.glob(os.path.join(ROOT, "fixtures/**/*.json"), recursive=True)):
        cases.append(json.load(open(f))["application"])
    data = tempfile.mkdtemp(prefix="recognition-replay-")
    env = dict(os.environ, RECOGNITION_DB_URL="jdbc:h2:file:%s/db" % data)
    proc = subprocess.Popen(["java", "-Xmx512m", "-Dquarkus.http.port=%d" % args.port, "-jar", jar],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                c = http.client.HTTPConnection("127.0.0.1", args.port, timeout=5)
                request(c, "GET", "/q/health/ready")
                break
            except OSError:
                if time.monotonic() > deadline:
                    sys.exit("service did not start")
                time.sleep(0.1)

        def load(worker):
            conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)
            for i in range(worker, args.decisions, args.clients):
                app = dict(cases[i % len(cases)])
                app["reference"] = "R%06d" % i
                status, _ = request(conn, "POST", "/api/v1/applications", json.dumps(app))
                assert status in (200, 201), status

        t = time.monotonic()
        threads = [threading.Thread(target=load, args=(w,)) for w in range(args.clients)]
        [th.start() for th in threads]
        [th.join() for th in threads]
        stored = time.monotonic() - t
        conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=600)
        t = time.monotonic()
        status, body = request(conn, "POST", "/api/v1/replays", json.dumps({"selection": {"all": True}, "target": "CURRENT"}))
        replay = time.monotonic() - t
        report = json.loads(body)
        print("stored %d decisions in %.1f s (%d clients)" % (args.decisions, stored, args.clients))
        print("replay of %d stored decisions under CURRENT: %.1f s (%d identical, %d different, %d errors)"
              % (report["total"], replay, report["identical"], report["different"], report["errors"]))
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
