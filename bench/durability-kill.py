#!/usr/bin/env python3
"""Durability under SIGKILL: nothing accepted is lost, nothing is half-written, a lost answer can be asked again.

Starts the packaged service on a fresh H2 file database, submits applications (the case files' applications under
fixtures/, each under a unique reference) from several concurrent clients, kills the JVM with SIGKILL in the middle of
the load, restarts it on the same database and checks:

  1. every reference answered 201 is stored (GET /api/v1/applications/{ref} 200) with the decisionId of the answer;
  2. nothing is half-written: GET /api/v1/audit/verify is intact and counts exactly the stored applications, and,
     after a clean stop, the database has no application without its decision and no decision without its
     application, and the chain head is the last record;
  3. a request whose answer was lost (connection closed by the kill) can be resubmitted: 200 (it was committed) or
     201 (it was not), then 200 with the same decisionId on a second submission; an answered one resubmitted
     answers 200 with the decision of its 201; a rejected one (4xx) is not stored.

Loopback only; bounded in requests (--max-requests per round) and time (--max-seconds); stops the service it started.
Exit 0 when every check holds, 1 on any violation, 2 when the run is inconclusive (no jar, the service did not start,
the load ended before the kill, time limit).

Usage: python3 bench/durability-kill.py [--clients 8] [--kill-after 3] [--rounds 1] [--max-requests 20000]
Needs: mvn -B package -DskipTests (target/quarkus-app/quarkus-run.jar); builds nothing itself.
"""
import argparse, base64, concurrent.futures, glob, http.client, json, os, random, shutil, signal, socket, subprocess, sys
import tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")
HOST = "127.0.0.1"
REJECTED = (400, 409, 413, 415, 422)


class Inconclusive(Exception):
    pass


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Service:
    """The packaged jar on one database; started and killed by this script only."""

    def __init__(self, args, db_url, workdir):
        self.args, self.db_url, self.workdir, self.proc, self.starts = args, db_url, workdir, None, 0

    def start(self, deadline):
        self.starts += 1
        self.log = os.path.join(self.workdir, "service-%d.log" % self.starts)
        env = dict(os.environ, RECOGNITION_DB_URL=self.db_url)
        cmd = ["java", "-Xmx%s" % self.args.heap, "-Dquarkus.http.port=%d" % self.args.port,
               "-Dquarkus.http.host=%s" % HOST] + self.args.java_opt + ["-jar", JAR]
        t0 = time.monotonic()
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                         cwd=self.workdir)
        limit = min(deadline, t0 + self.args.start_timeout)
        while time.monotonic() < limit:
            if self.proc.poll() is not None:
                raise Inconclusive("the service exited with %s while starting; log: %s\n%s"
                                   % (self.proc.returncode, self.log, self.tail()))
            try:
                status, _ = request(http.client.HTTPConnection(HOST, self.args.port, timeout=5), "GET", "/q/health/ready")
                if status == 200:
                    return time.monotonic() - t0
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.1)
        self.kill()
        raise Inconclusive("the service was not ready within %d s; log: %s\n%s" % (self.args.start_timeout, self.log, self.tail()))

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self):
        """A clean stop (SIGTERM), SIGKILL after 60 s."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.kill()

    def tail(self, lines=25):
        try:
            with open(self.log, errors="replace") as f:
                return "".join(f.readlines()[-lines:])
        except OSError:
            return ""


# the demo administrator of the default run (README, "Use it"): every /api route needs an authenticated caller
AUTHORIZATION = "Basic " + base64.b64encode(b"admin:demo-admin").decode("ascii")


def request(conn, method, path, body=None):
    headers = {"Content-Type": "application/json"} if body is not None else {}
    headers["Authorization"] = AUTHORIZATION
    conn.request(method, path, body=body, headers=headers)
    r = conn.getresponse()
    return r.status, r.read()


def decision_id(data, *path):
    try:
        node = json.loads(data)
        for key in path:
            node = node[key]
        return node
    except (ValueError, KeyError, TypeError):
        return None


def load_applications():
    apps = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "**", "*.json"), recursive=True)):
        with open(path) as f:
            case = json.load(f)
        if isinstance(case, dict) and isinstance(case.get("application"), dict):
            apps.append(case["application"])
    if not apps:
        raise Inconclusive("no fixture applications under fixtures/")
    return apps


class Case:
    """One reference: what was sent and what the service answered (None: no answer)."""
    __slots__ = ("ref", "body", "status", "decision_id", "round", "error")

    def __init__(self, ref, body, rnd):
        self.ref, self.body, self.status, self.decision_id, self.round, self.error = ref, body, None, None, rnd, None


def run_load(args, apps, cases, rnd, prefix, service, rng):
    """Concurrent submissions until SIGKILL; returns (seconds of load at the kill, requests in flight at the kill)."""
    lock, stop, first_answer = threading.Lock(), threading.Event(), threading.Event()
    counter = [0]
    in_flight = [0]
    round_cases = []

    def client():
        conn = http.client.HTTPConnection(HOST, args.port, timeout=args.timeout)
        while not stop.is_set():
            with lock:
                i = counter[0]
                if i >= args.max_requests:
                    return
                counter[0] += 1
                app = dict(apps[i % len(apps)])
                app["reference"] = "%s-R%d-%06d" % (prefix, rnd, i)
                case = Case(app["reference"], json.dumps(app).encode(), rnd)
                round_cases.append(case)
                in_flight[0] += 1
            try:
                status, data = request(conn, "POST", "/api/v1/applications", case.body)
                case.status = status
                if status in (200, 201):
                    case.decision_id = decision_id(data, "decisionId")
                    first_answer.set()
            except (OSError, http.client.HTTPException) as e:
                case.error = "timeout" if isinstance(e, TimeoutError) else "cut"
                conn.close()
                conn = http.client.HTTPConnection(HOST, args.port, timeout=args.timeout)
            finally:
                with lock:
                    in_flight[0] -= 1

    threads = [threading.Thread(target=client, daemon=True) for _ in range(args.clients)]
    kill_at = args.kill_after + rng.uniform(0, args.kill_jitter)
    for t in threads:
        t.start()
    # the clock starts at the first answer: the first submissions of a fresh JVM take seconds (class loading, JIT)
    limit = time.monotonic() + args.timeout + 30
    while not first_answer.wait(0.05) and time.monotonic() < limit and any(t.is_alive() for t in threads):
        pass
    t0 = time.monotonic()
    while time.monotonic() - t0 < kill_at and any(t.is_alive() for t in threads):
        time.sleep(0.005)
    ended_before_kill = not any(t.is_alive() for t in threads)
    # no new submission from here on: those in flight meet the kill (a killed JVM refuses connections only once it
    # is gone, and clients would otherwise pile up refused submissions meanwhile)
    stop.set()
    with lock:
        flying = in_flight[0]
    service.kill()
    killed_after = time.monotonic() - t0
    for t in threads:
        t.join(timeout=args.timeout + 5)
    cases.extend(round_cases)
    if round_cases and not any(c.status in (200, 201) for c in round_cases):
        statuses = sorted({str(c.status or c.error) for c in round_cases})
        raise Inconclusive("round %d: no submission was accepted (answers: %s); is the service reachable with the demo "
                           "administrator's credentials?" % (rnd, ", ".join(statuses)))
    if ended_before_kill:
        raise Inconclusive("round %d: all %d requests were answered before the kill; raise --max-requests or lower "
                           "--kill-after" % (rnd, len(round_cases)))
    return killed_after, flying, round_cases


class Checker:
    def __init__(self, args):
        self.args, self.local, self.violations = args, threading.local(), []
        self.lock = threading.Lock()

    def conn(self):
        c = getattr(self.local, "conn", None)
        if c is None:
            c = self.local.conn = http.client.HTTPConnection(HOST, self.args.port, timeout=self.args.timeout)
        return c

    def call(self, method, path, body=None):
        """One answer; a request without an answer is sent once more (self.local.retried tells)."""
        self.local.retried = False
        for attempt in (1, 2):
            try:
                return request(self.conn(), method, path, body)
            except (OSError, http.client.HTTPException):
                self.local.conn.close()
                self.local.conn = None
                self.local.retried = True
                if attempt == 2:
                    raise

    def violation(self, text):
        with self.lock:
            self.violations.append(text)

    def check(self, case):
        """Returns the class of the case after the restart; resolves lost answers by resubmission."""
        path = "/api/v1/applications/" + case.ref
        status, data = self.call("GET", path)
        stored = decision_id(data, "decision", "decisionId") if status == 200 else None
        if status == 200 and not stored:
            self.violation("%s: GET %d without a decision: %s" % (case.ref, status, data[:200]))
        if status not in (200, 404):
            self.violation("%s: GET answered %d: %s" % (case.ref, status, data[:200]))
        if case.status == 201 or (case.status == 200 and case.decision_id):
            if status != 200:
                self.violation("%s: answered %d (decision %s) but GET answers %d after the restart"
                               % (case.ref, case.status, case.decision_id, status))
                return "answered-lost"
            if stored != case.decision_id:
                self.violation("%s: answered decision %s but %s is stored" % (case.ref, case.decision_id, stored))
            again, data = self.call("POST", "/api/v1/applications", case.body)
            if again != 200 or decision_id(data, "decisionId") != case.decision_id:
                self.violation("%s: resubmission answered %d with decision %s, expected 200 with %s"
                               % (case.ref, again, decision_id(data, "decisionId"), case.decision_id))
            return "answered" if case.error is None else "resolved-earlier"
        if case.status in REJECTED:
            if status != 404:
                self.violation("%s: rejected with %d but stored (GET %d)" % (case.ref, case.status, status))
            return "rejected"
        # no answer (killed in flight), or an unexpected answer: resubmit twice
        first, data = self.call("POST", "/api/v1/applications", case.body)
        first_id = decision_id(data, "decisionId")
        # when the resubmission itself went unanswered once and was sent again, the unanswered one may have been stored
        expected_first = (200, 201) if self.local.retried else (200,) if status == 200 else (201,)
        second, data = self.call("POST", "/api/v1/applications", case.body)
        second_id = decision_id(data, "decisionId")
        kind = "lost-committed" if status == 200 else "lost-not-stored"
        if first not in expected_first or not first_id or (stored and first_id != stored):
            self.violation("%s: no answer (%s); resubmission answered %d with decision %s, expected %s%s"
                           % (case.ref, "stored as %s" % stored if stored else "not stored", first, first_id,
                              " or ".join(map(str, expected_first)), " with " + stored if stored else ""))
        if second != 200 or second_id != first_id:
            self.violation("%s: second resubmission answered %d with decision %s, expected 200 with %s"
                           % (case.ref, second, second_id, first_id))
        if first in (200, 201) and first_id:
            case.status, case.decision_id, case.error = 201, first_id, case.error or "unexpected answer"
        return kind


def check_all(args, cases, deadline):
    checker = Checker(args)
    counts = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.clients) as pool:
        futures = []
        for case in cases:
            futures.append(pool.submit(checker.check, case))
        for f in futures:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pool.shutdown(wait=False, cancel_futures=True)
                raise Inconclusive("time limit (--max-seconds) reached while checking")
            try:
                kind = f.result(timeout=remaining)
            except (OSError, http.client.HTTPException) as e:
                checker.violation("a check request failed: %r" % e)
                kind = "check-failed"
            counts[kind] = counts.get(kind, 0) + 1
    status, data = checker.call("GET", "/api/v1/audit/verify")
    verify = json.loads(data) if status == 200 else {"status": status}
    stored = sum(1 for c in cases if c.status in (200, 201) and c.decision_id)
    if verify.get("intact") is not True:
        checker.violation("audit/verify is not intact: %s" % verify)
    if verify.get("recordsChecked") != stored:
        checker.violation("audit/verify checked %s records; %d were answered 201 or stored on resubmission"
                          % (verify.get("recordsChecked"), stored))
    return counts, verify, stored, checker.violations


SQL = ("SELECT (SELECT COUNT(*) FROM application) AS applications, (SELECT COUNT(*) FROM decision) AS decisions, "
       "(SELECT COUNT(*) FROM application a WHERE NOT EXISTS (SELECT 1 FROM decision d WHERE d.decision_id = a.decision_id "
       "AND d.reference = a.reference)) AS without_decision, "
       "(SELECT COUNT(*) FROM decision d WHERE NOT EXISTS (SELECT 1 FROM application a WHERE a.reference = d.reference "
       "AND a.decision_id = d.decision_id)) AS without_application, "
       "(SELECT COUNT(*) FROM chain_head h WHERE h.last_seq = (SELECT COALESCE(MAX(seq), 0) FROM decision) AND h.last_hash = "
       "COALESCE((SELECT record_hash FROM decision WHERE seq = h.last_seq), 'sha256:genesis')) AS head_at_last_record")


def check_database(db_url, stored):
    """After a clean stop: the tables themselves, with the H2 jar the service ships (org.h2.tools.Shell)."""
    jars = sorted(glob.glob(os.path.join(ROOT, "target/quarkus-app/lib/main/com.h2database.h2-*.jar")))
    if not jars:
        return None, ["no H2 jar under target/quarkus-app/lib/main: database check skipped"]
    out = subprocess.run(["java", "-cp", jars[-1], "org.h2.tools.Shell", "-url", db_url, "-user", "sa", "-password", "",
                          "-sql", SQL], capture_output=True, text=True, timeout=120)
    rows = [[cell.strip() for cell in line.split("|")] for line in out.stdout.splitlines() if "|" in line]
    if out.returncode != 0 or len(rows) < 2:
        return None, ["database check failed: %s %s" % (out.stdout[-500:], out.stderr[-500:])]
    values = dict(zip([h.lower() for h in rows[0]], [int(v) for v in rows[1]]))
    problems = []
    if values["applications"] != stored or values["decisions"] != stored:
        problems.append("database holds %d applications and %d decisions; %d were answered or resubmitted"
                        % (values["applications"], values["decisions"], stored))
    if values["without_decision"]:
        problems.append("%d applications without their decision" % values["without_decision"])
    if values["without_application"]:
        problems.append("%d decisions without their application" % values["without_application"])
    if values["head_at_last_record"] != 1:
        problems.append("the chain head is not the last record")
    return values, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients (threads), default 8")
    ap.add_argument("--kill-after", type=float, default=3.0,
                    help="seconds of load (from the first answer) before SIGKILL, default 3")
    ap.add_argument("--kill-jitter", type=float, default=1.0, help="plus up to this many random seconds, default 1")
    ap.add_argument("--rounds", type=int, default=1, help="kill/restart rounds on the same database, default 1")
    ap.add_argument("--max-requests", type=int, default=20000, help="bound on submissions per round, default 20000")
    ap.add_argument("--max-seconds", type=float, default=900, help="bound on the whole run, default 900")
    ap.add_argument("--timeout", type=float, default=30, help="per request, seconds, default 30")
    ap.add_argument("--start-timeout", type=float, default=120, help="seconds to wait for readiness, default 120")
    ap.add_argument("--port", type=int, default=0, help="HTTP port on 127.0.0.1 (default: a free one)")
    ap.add_argument("--heap", default="384m", help="-Xmx of the service, default 384m")
    ap.add_argument("--java-opt", action="append", default=[],
                    help="extra JVM option before -jar (repeatable), e.g. to try another configuration")
    ap.add_argument("--seed", type=int, default=None, help="random seed for the kill moment")
    ap.add_argument("--keep", action="store_true", help="keep the temporary database and logs")
    args = ap.parse_args()
    if not os.path.exists(JAR):
        print("no %s: build it first with  mvn -B package -DskipTests" % os.path.relpath(JAR, ROOT), file=sys.stderr)
        return 2
    if args.clients < 1 or args.rounds < 1 or args.max_requests < 1:
        ap.error("--clients, --rounds and --max-requests must be positive")
    args.port = args.port or free_port()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    deadline = time.monotonic() + args.max_seconds
    workdir = tempfile.mkdtemp(prefix="recognition-durability-")
    db_url = "jdbc:h2:file:%s/db" % workdir
    service = Service(args, db_url, workdir)
    prefix = "DK%04X" % rng.randrange(1 << 16)
    cases, violations, failed = [], [], False
    print("durability-kill: %d clients, SIGKILL %.1f-%.1f s after the first answer, %d round(s), seed %d, port %d, database %s"
          % (args.clients, args.kill_after, args.kill_after + args.kill_jitter, args.rounds, seed, args.port, db_url))
    try:
        apps = load_applications()
        print("  %d fixture applications, each submitted under fresh references" % len(apps))
        for rnd in range(1, args.rounds + 1):
            ready = service.start(deadline)
            print("round %d: service ready after %.1f s (pid %d)" % (rnd, ready, service.proc.pid))
            if rnd > 1:
                counts, verify, stored, found = check_all(args, cases, deadline)
                violations += found
                print("  checks before the load: %s, audit chain %s with %s records"
                      % (counts, "intact" if verify.get("intact") else "NOT intact", verify.get("recordsChecked")))
            killed_after, flying, round_cases = run_load(args, apps, cases, rnd, prefix, service, rng)
            answered = sum(1 for c in round_cases if c.status == 201)
            rejected = sum(1 for c in round_cases if c.status in REJECTED)
            lost = sum(1 for c in round_cases if c.status is None)
            timed_out = sum(1 for c in round_cases if c.status is None and c.error == "timeout")
            other = [c for c in round_cases if c.status is not None and c.status != 201 and c.status not in REJECTED]
            print("  load: %d submissions, %d answered 201, %d rejected (4xx), %d other answers, %d without an answer "
                  "(%d client timeouts of %g s); SIGKILL after %.2f s with %d in flight (%.0f answered/s)"
                  % (len(round_cases), answered, rejected, len(other), lost, timed_out, args.timeout, killed_after,
                     flying, answered / killed_after if killed_after else 0))
            for c in other:
                violations.append("%s: answered %d during the load (expected 201 or a 4xx rejection)" % (c.ref, c.status))
            if answered == 0:
                raise Inconclusive("round %d: no submission was answered 201 before the kill" % rnd)
        ready = service.start(deadline)
        print("restart: service ready after %.1f s (pid %d) on the same database" % (ready, service.proc.pid))
        counts, verify, stored, found = check_all(args, cases, deadline)
        violations += found
        service.stop()
        values, problems = check_database(db_url, stored)
        violations += [p for p in problems if not p.startswith("no H2 jar")]
        total = len(cases)
        print("checks after the restart (%d references):" % total)
        print("  answered 201: stored with the same decision, resubmission 200 with it  %d" % counts.get("answered", 0))
        if counts.get("resolved-earlier"):
            print("  lost in an earlier round, stored on resubmission: still there, 200     %d" % counts["resolved-earlier"])
        print("  answered 201 but missing after the restart                            %d" % counts.get("answered-lost", 0))
        print("  no answer, committed before the kill: resubmission 200, same decision  %d" % counts.get("lost-committed", 0))
        print("  no answer, not stored: resubmission 201, then 200 same decision        %d" % counts.get("lost-not-stored", 0))
        print("  rejected (4xx), not stored                                             %d" % counts.get("rejected", 0))
        print("  audit/verify: %s, %s records (expected %d: answered 201 or stored on resubmission)"
              % ("intact" if verify.get("intact") else "NOT INTACT %s" % verify, verify.get("recordsChecked"), stored))
        if values is not None:
            print("  database after a clean stop: %d applications, %d decisions, %d applications without decision, "
                  "%d decisions without application, chain head %s"
                  % (values["applications"], values["decisions"], values["without_decision"],
                     values["without_application"], "at the last record" if values["head_at_last_record"] else "WRONG"))
        else:
            print("  database check: %s" % "; ".join(problems))
    except Inconclusive as e:
        print("INCONCLUSIVE: %s" % e)
        failed = True
        return 2
    finally:
        service.kill()
        if args.keep or violations or failed:
            print("  database and service logs kept in %s" % workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    if violations:
        print("RESULT: FAIL, %d violation(s):" % len(violations))
        for v in violations[:30]:
            print("  - " + v)
        if len(violations) > 30:
            print("  ... and %d more" % (len(violations) - 30))
        return 1
    print("RESULT: PASS: every answered submission survived SIGKILL, nothing half-written, lost answers resubmitted safely")
    return 0


if __name__ == "__main__":
    sys.exit(main())
