#!/usr/bin/env python3
"""Generate the hostile-input corpus under src/test/resources/hostile/ (read by intake.HostileInputTest).

One envelope per request, src/test/resources/hostile/<category>-<nnn>-<slug>.json:

  {"id", "category", "description",
   "method", "path",                   path exactly as sent on the wire (already percent-encoded)
   "contentType",                      absent: the request has no Content-Type header
   "headers": {...},                   further request headers (optional)
   "bodyFile": "bodies/<stem>.body",   the raw body bytes, exact (invalid UTF-8, BOMs, NUL bytes ...)
   or "bodyRepeat": {"prefix", "unit", "count", "suffix"}   a large body: prefix + unit x count + suffix (UTF-8),
                                       so that multi-megabyte bodies stay reviewable and out of git
   (neither: no body)
   "expect": {"status": [400], "pointers": ["/reference"], "messageContains": "..."}      a rejection
          or {"status": [201], "decision": true, "echo": ["/occupation/title"]}           a decision: the values at
                                       the echo pointers are stored exactly as sent (GET /applications/{reference})}

Most requests are derived from one valid application, fixture TC07 (EU general system, physiotherapist BE -> NL),
and from "FULL", the same application with every optional field of application.schema.json filled in, so that every
string field of the schema gets the injection-like strings and every field a value of the wrong type.

Usage (from the project root):  python3 tools/generate-hostile-corpus.py [--check]
  --check  exit 1 when the committed corpus differs from what would be generated.
Standard library only. Do not edit the corpus by hand: edit this script and run it.
"""

import base64
import copy
import filecmp
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TC07 = ROOT / "fixtures" / "eu-general-system" / "tc07-eu-gs-physio-be-nl-no-substantial-difference.json"
NURS06 = ROOT / "fixtures" / "asean" / "nurs-06-part-time-continuous-practice.json"
SCHEMA = ROOT / "src" / "main" / "resources" / "contract" / "application.schema.json"
TARGET = ROOT / "src" / "test" / "resources" / "hostile"

APPLICATIONS = "/api/v1/applications"
EVALUATIONS = "/api/v1/evaluations"
JSON = "application/json"
LARGE = 64 * 1024          # bodies above this size are written as a bodyRepeat recipe
MIB = 1024 * 1024

INJECTIONS = {
    "sql": "' OR 1=1 --",
    "script": "<script>alert(1)</script>",
    "jndi": "${jndi:ldap://x}",
    "path": "../../etc/passwd",
    "template": "{{7*7}}",
    "crlf": "x\r\nSet-Cookie: hostile=1",
}


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


SCHEMA_DOC = load(SCHEMA)


def tc07():
    return copy.deepcopy(load(TC07)["application"])


def full():
    """TC07 with every optional field of the schema given a valid value."""
    app = tc07()
    app["agreement"] = "EU-2005-36"
    app["requestedScope"] = "FULL"
    app["procedure"] = {"kind": "STANDARD", "events": [{"event": "RECEIVED", "on": "2025-01-10"}],
                        "assessedOn": "2025-01-15"}
    app["occupation"]["esco"] = "http://data.europa.eu/esco/occupation/physiotherapist"
    app["occupation"]["activities"] = ["manual therapy"]
    app["applicant"]["refugee"] = False
    q = app["qualifications"][0]
    q["listedTitle"] = False
    q["regulatedEducation"] = True
    q["declaredDirectiveLevel"] = "e"
    q["hours"] = {"total": 7500, "theory": 5000, "practical": 2000}
    q["traineeshipMonths"] = 0
    q["entryRequirement"] = 12
    q["matters"][0]["title"] = "Musculoskeletal physiotherapy"
    q["matters"][0]["modified"] = False
    q["standard"] = "CA-RS-FV"
    q["evidence"] = {"kind": "ISSUER_CONFIRMATION", "verification": "VERIFIED", "issuedOn": "2024-12-01",
                     "issuer": "Flemish university", "document": "diploma-Q1"}
    r = app["registrations"][0]
    r["restrictions"] = ["none"]
    r["proceedingsPending"] = False
    r["sanctioned"] = False
    r["evidence"] = {"kind": "REGISTER_LOOKUP", "verification": "VERIFIED"}
    app["designations"] = [{"scheme": "ACPE", "status": "ACTIVE", "registeredOn": "2020-01-01",
                            "discipline": "physiotherapy", "evidence": {"kind": "SELF_DECLARED"}}]
    e = app["experience"][0]
    e["fte"] = 1
    e["responsibleChargeMonths"] = 0
    e["matters"] = ["NL-FYS-MSK"]
    e["validatedBy"] = "KNGF"
    e["evidence"] = {"kind": "CERTIFIED_COPY", "verification": "VERIFIED"}
    app["lifelongLearning"] = [{"id": "L1", "title": "Sports physiotherapy course", "hours": 20, "ects": 1,
                                "matters": ["NL-FYS-CR"], "validatedBy": "KNGF", "completedOn": "2023-05-01",
                                "evidence": {"kind": "ORIGINAL_SEEN"}}]
    app["cpd"] = {"compliant": True, "hoursLastThreeYears": 60}
    app["languages"][0]["evidence"] = {"kind": "DIGITAL_CREDENTIAL"}
    app["assessments"] = [{"kind": "LANGUAGE_CONTROL", "result": "PASSED", "matters": ["nl"], "on": "2024-11-01"}]
    app["hostConcerns"] = ["GOOD_CHARACTER"]
    return app


# ---------------------------------------------------------------------------------------------- schema walking

def resolve(schema):
    while "$ref" in schema:
        schema = SCHEMA_DOC["$defs"][schema["$ref"].split("/")[-1]]
    return schema


def schema_at(path):
    """The (resolved) schema of the value at a JSON Pointer path given as a list of keys and indexes."""
    schema = resolve(SCHEMA_DOC)
    for step in path:
        schema = resolve(schema["items"] if isinstance(step, int) else schema["properties"][step])
    return schema


def kind(schema):
    if "enum" in schema:
        return "enum"
    t = schema.get("type")
    if t == "string":
        if "pattern" in schema:
            return "pattern"
        if "format" in schema:
            return "format"
        return "text"
    if isinstance(t, list):
        return "nullable-" + t[0]
    return t


def walk(value, path=()):
    """Every (path, value) below the root, in document order."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield path + (k,), v
            yield from walk(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield path + (i,), v
            yield from walk(v, path + (i,))


def distinct(pairs):
    """One (path, value) per schema position: array items after the first of their array are left out."""
    seen = set()
    for path, value in pairs:
        position = tuple(0 if isinstance(step, int) else step for step in path)
        if position not in seen:
            seen.add(position)
            yield path, value


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def put(app, path, value):
    node = app
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return app


def slug(path):
    return "-".join(str(p) for p in path)


# ---------------------------------------------------------------------------------------------- the corpus

class Corpus:

    def __init__(self):
        self.entries = []      # (stem, envelope, body bytes or None)
        self.counters = {}

    def reference(self):
        return "HOSTILE-%04d" % (len(self.entries) + 1)

    def add(self, category, name, description, body=None, *, content_type=JSON, method="POST", path=APPLICATIONS,
            status=(400,), pointers=None, decision=False, echo=None, message=None, headers=None):
        n = self.counters.get(category, 0) + 1
        self.counters[category] = n
        stem = "%s-%03d-%s" % (category, n, name)
        envelope = {"id": stem, "category": category, "description": description, "method": method, "path": path}
        if content_type is not None:
            envelope["contentType"] = content_type
        if headers:
            envelope["headers"] = headers
        raw = None
        if isinstance(body, dict) and "repeat" in body:
            envelope["bodyRepeat"] = body["repeat"]
        elif body is not None:
            raw = body if isinstance(body, bytes) else body.encode("utf-8")
            if len(raw) > LARGE:
                raise ValueError(stem + ": a large body must be a repeat recipe")
            envelope["bodyFile"] = "bodies/" + stem + ".body"
        expect = {"status": list(status)}
        if decision:
            expect["decision"] = True
            if echo:
                expect["echo"] = echo
        if pointers:
            expect["pointers"] = pointers
        if message:
            expect["messageContains"] = message
        envelope["expect"] = expect
        self.entries.append((stem, envelope, raw))

    def application(self, category, name, description, app, **kw):
        """An application body (compact JSON, non-ASCII kept as UTF-8), with this entry's own reference."""
        app = dict(copy.deepcopy(app), reference=self.reference())
        self.add(category, name, description, compact(app), **kw)

    def write(self, target):
        if target.exists():
            shutil.rmtree(target)
        (target / "bodies").mkdir(parents=True)
        (target / "README.md").write_text(README, encoding="utf-8")
        for stem, envelope, raw in self.entries:
            (target / (stem + ".json")).write_text(json.dumps(envelope, indent=2, ensure_ascii=True) + "\n",
                                                   encoding="utf-8")
            if raw is not None:
                (target / "bodies" / (stem + ".body")).write_bytes(raw)


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def repeat(prefix, unit, count, suffix):
    return {"repeat": {"prefix": prefix, "unit": unit, "count": count, "suffix": suffix}}


README = """# Hostile-input corpus

Generated by `tools/generate-hostile-corpus.py` (do not edit by hand); replayed by
`src/test/java/org/mutualrecognition/intake/HostileInputTest.java`.

One envelope `<category>-<nnn>-<slug>.json` per request: method, path (as sent, percent-encoded), `contentType`
(absent: no Content-Type header), the body (`bodyFile`: raw bytes under `bodies/`, exact, including invalid UTF-8;
`bodyRepeat`: `prefix + unit x count + suffix` for multi-megabyte bodies; neither: no body) and what is expected:
a rejection (`status` 4xx, `application/problem+json`, every `problems` entry with `pointer` and `message`, the
listed `pointers` among them) or, where the hostile-looking value is valid data (injection-like text in free-text
fields), a decision whose application is stored with the values at the `echo` pointers exactly as sent.
"""


def build():
    c = Corpus()
    base = tc07()
    rich = full()

    # --- controls: the two base applications are decided (the corpus would prove nothing otherwise)
    c.application("control", "tc07", "TC07 as it is: a valid application", base, status=(201,), decision=True,
                  echo=["/occupation/title"])
    c.application("control", "full", "TC07 with every optional field of the schema filled in", rich, status=(201,),
                  decision=True, echo=["/occupation/title"])

    truncated(c, base)
    nesting(c)
    huge_strings(c)
    huge_arrays(c, rich)
    wrong_types(c, rich)
    unknown_enums(c, rich)
    impossible_dates(c, rich)
    negatives(c, rich)
    non_numbers(c)
    huge_numbers(c, rich)
    unicode(c, base)
    duplicate_keys(c)
    injections(c, rich)
    body_shapes(c, base)
    media_types(c, base)
    hostile_paths(c)
    return c


def body_with_reference(c, app):
    app = copy.deepcopy(app)
    app["reference"] = c.reference()
    return compact(app)


# ---------------------------------------------------------------------------------------------- categories

def truncated(c, base):
    """A valid application cut at many points: never valid JSON (the closing brace is always missing)."""
    app = copy.deepcopy(base)
    app["occupation"]["title"] = "Kinésithérapeute – physiothérapeute"    # multi-byte UTF-8 to cut through
    whole = compact(dict(app, reference="HOSTILE-TRUNCATED")).encode("utf-8")
    cuts = set(range(1, len(whole), max(1, len(whole) // 30)))
    text = whole.decode("latin-1")
    for marker in ['{"', '":', '",', ':"', '":7', '"level":7', '[', '[{', 'true', '\\', '2014-09-', 'é', '–']:
        at = text.find(marker)
        if at >= 0:
            cuts.add(at + 1)
    cuts.add(len(whole) - 1)
    cuts.add(whole.index("é".encode("utf-8")) + 1)          # inside a two-byte sequence
    cuts.add(whole.index("–".encode("utf-8")) + 2)          # inside a three-byte sequence
    for i, cut in enumerate(sorted(cuts)):
        c.add("truncated", "at-%05d" % cut, "TC07 cut after %d of %d bytes" % (cut, len(whole)), whole[:cut],
              path=APPLICATIONS if i % 2 == 0 else EVALUATIONS)


def nesting(c):
    deep = 10_000
    c.add("nesting", "arrays-open-10000", "10,000 [ never closed", repeat("", "[", deep, ""))
    c.add("nesting", "arrays-closed-10000", "10,000 [ closed again: well-formed but 10,000 levels deep",
          repeat("", "[", deep, "]" * deep))
    c.add("nesting", "objects-open-10000", '10,000 {"a": never closed', repeat("", '{"a":', deep, ""))
    c.add("nesting", "objects-closed-10000", '10,000 {"a": closed again', repeat("", '{"a":', deep, "1" + "}" * deep))
    c.add("nesting", "mixed-10000", "10,000 alternating {\"a\":[ closed again",
          repeat("", '{"a":[', deep // 2, "1" + "]}" * (deep // 2)))
    c.add("nesting", "arrays-closed-100000", "100,000 [ closed again", repeat("", "[", 100_000, "]" * 100_000))
    c.add("nesting", "inside-title-10000", "an application whose occupation.title is 10,000 arrays deep",
          repeat('{"reference":"' + c.reference() + '","submittedOn":"2025-01-15","purpose":"PRACTICE","home":"BE",'
                 '"host":"NL","occupation":{"isco08":"2264","title":', "[", deep, "]" * deep + "}}"))
    for depth in (63, 64, 65, 200):
        body = '{"reference":"HOSTILE-D%d","x":' % depth + "[" * (depth - 1) + "]" * (depth - 1) + "}"
        c.add("nesting", "depth-%d" % depth, "nesting %d levels deep under an unknown property" % depth, body,
              path=EVALUATIONS)


def huge_strings(c):
    def head(field="title"):
        return ('{"reference":"%s","submittedOn":"2025-01-15","purpose":"PRACTICE","home":"BE","host":"NL",'
                '"occupation":{"isco08":"2264","%s":"' % (c.reference(), field))
    tail = '"}}'
    c.add("huge-string", "title-5mb", "a 5 MB occupation.title: over the 1 MiB body limit",
          repeat(head(), "x", 5 * MIB, tail), status=(413,))
    c.add("huge-string", "title-17mb", "a 17 MB title: over quarkus.http.limits.max-body-size (16M), refused by the "
          "HTTP layer before the body is read (Expect: 100-continue, so that the client reads the answer instead of "
          "writing into a closed connection)", repeat(head(), "x", 17 * MIB, tail), status=(413,),
          headers={"Expect": "100-continue"})
    h = head()
    c.add("huge-string", "body-1mib-plus-1", "a body of exactly 1 MiB + 1 byte",
          repeat(h, "x", MIB + 1 - len(h) - len(tail), tail), status=(413,))
    h = head()
    c.add("huge-string", "body-exactly-1mib", "a body of exactly 1 MiB: its 1,048,5xx-character title exceeds the "
          "parser's 1,000,000-character string limit", repeat(h, "x", MIB - len(h) - len(tail), tail), pointers=[""])
    c.add("huge-string", "title-999999", "a 999,999-character title just under the string limit (schema: at most 200)",
          repeat(head(), "x", 999_999, tail), pointers=["/occupation/title"])
    c.add("huge-string", "title-multibyte-just-under-1mib", "a title of 349,000 three-byte characters (1,047,000 bytes)",
          repeat(head(), "\u20ac", 349_000, tail), pointers=["/occupation/title"])
    c.add("huge-string", "key-500k", "a 500,000-character unknown property name",
          repeat('{"reference":"%s","' % c.reference(), "k", 500_000, '":1}'), path=EVALUATIONS)
    c.add("huge-string", "many-escapes", "a title of 150,000 \\u0041 escapes (900 kB of escapes, 150,000 characters)",
          repeat(head(), "\\u0041", 150_000, tail), pointers=["/occupation/title"])
    c.add("huge-string", "agreement-900k", "a 900,000-character agreement (the schema gives agreement no maximum "
          "length): an unknown agreement, decided REFER_FOR_REVIEW and stored as sent",
          repeat('{"reference":"%s","submittedOn":"2025-01-15","purpose":"PRACTICE","home":"BE","host":"NL",'
                 '"occupation":{"isco08":"2264"},"agreement":"' % c.reference(), "A", 900_000, '"}'),
          status=(201,), decision=True, echo=["/agreement"])
    c.add("huge-string", "esco-900k", "a 900,000-character esco URI (the schema gives it no maximum length): "
          "decided and stored as sent", repeat(head("esco") + "http://x/", "a", 900_000, tail), status=(201,),
          decision=True, echo=["/occupation/esco"])


def huge_arrays(c, rich):
    """Every array with maxItems one over it, and arrays without maxItems made huge."""
    limits = [(("qualifications",), 50), (("registrations",), 50), (("designations",), 20), (("experience",), 100),
              (("lifelongLearning",), 100), (("languages",), 20), (("assessments",), 20),
              (("qualifications", 0, "matters"), 200)]
    for path, limit in limits:
        app = copy.deepcopy(rich)
        items = app
        for step in path:
            items = items[step]
        first = copy.deepcopy(items[0])
        items.extend(copy.deepcopy(first) for _ in range(limit))       # limit + 1 items
        app["reference"] = c.reference()
        c.add("huge-array", "%s-%d" % (slug(path), limit + 1), "%s with %d items (maxItems %d)"
              % (pointer(path), limit + 1, limit), compact(app), pointers=[pointer(path)])
    app = copy.deepcopy(rich)
    app["reference"] = c.reference()
    app["qualifications"] = [copy.deepcopy(rich["qualifications"][0]) for _ in range(5000)]
    # > 64 KiB: as a recipe (prefix + one qualification x 5000 + suffix)
    one = compact(rich["qualifications"][0])
    head = compact(dict(rich, reference=c.reference(), qualifications=["@"])).split('["@"]')
    c.add("huge-array", "qualifications-5000", "5,000 qualifications (maxItems 50), ~4 MB: over the body limit",
          repeat(head[0] + "[" + one, "," + one, 4999, "]" + head[1]), status=(413,))
    c.add("huge-array", "qualifications-1000", "1,000 qualifications (maxItems 50), under the body limit",
          repeat(head[0] + "[" + one, "," + one, 999, "]" + head[1]), pointers=["/qualifications"])
    # arrays without maxItems, made huge (still under the body limit)
    for name, unit, where in [("hostConcerns", '"A1"', "hostConcerns"),
                              ("applicant-citizenships", '"BE"', "applicant/citizenships"),
                              ("occupation-activities", '"a"', "occupation/activities"),
                              ("procedure-events", '{"event":"RECEIVED","on":"2025-01-10"}', "procedure/events")]:
        common = '"reference":"%s","submittedOn":"2025-01-15","purpose":"PRACTICE","home":"BE","host":"NL"' \
                 % c.reference()
        if name == "occupation-activities":
            prefix, suffix = '{' + common + ',"occupation":{"isco08":"2264","activities":[', ']}}'
        else:
            opening = {"hostConcerns": '{"hostConcerns":[', "applicant-citizenships": '{"applicant":{"citizenships":[',
                       "procedure-events": '{"procedure":{"events":['}[name]
            closing = "]" + "}" * (opening.count("{") - 1)
            prefix, suffix = opening, closing + "," + common + ',"occupation":{"isco08":"2264"}}'
        count = 20_000 if name == "procedure-events" else 100_000
        c.add("huge-array", "%s-%d" % (name, count), "/%s with %d items (no maxItems in the schema; under the body "
              "limit): decided" % (where, count), repeat(prefix + unit, "," + unit, count - 1, suffix), status=(201,),
              decision=True)
    app = copy.deepcopy(rich)
    app["reference"] = c.reference()
    app["hostConcerns"] = ["CONCERN_%d" % i for i in range(1000)]
    c.add("huge-array", "hostConcerns-1000", "1,000 distinct host concerns (no maxItems in the schema): decided", compact(app),
          status=(201,), decision=True, echo=["/hostConcerns/999"])


WRONG = {
    "text": [42, True, ["x"], {"x": "y"}, None, 4.5],
    "pattern": [42, ["BE"], None, True, {"v": "BE"}],
    "format": [20250115, None, ["2025-01-15"], {"date": "2025-01-15"}],
    "enum": [1, None, ["PRACTICE"], True],
    "number": ["300", True, [1], {"v": 1}, None],
    "integer": [7.5, "7", True, None, [7]],
    "boolean": ["true", 1, None, "yes", [True]],
    "nullable-boolean": ["true", 0, "null"],
    "object": [[], "x", 1, None, True],
    "array": [{}, "x", 1, None, True],
}


def wrong_types(c, rich):
    """Every field of FULL (objects, arrays, leaves, array items) given a value of a wrong type."""
    for i, (path, value) in enumerate(list(distinct(walk(rich)))):
        if path == ("reference",):
            continue
        k = kind(schema_at(path))
        candidates = WRONG[k]
        wrong = candidates[i % len(candidates)]
        app = put(copy.deepcopy(rich), path, wrong)
        app["reference"] = c.reference()
        c.add("wrong-type", slug(path), "%s (%s) given %s" % (pointer(path), k, json.dumps(wrong)), compact(app),
              pointers=[pointer(path)], path=APPLICATIONS if i % 3 else EVALUATIONS)
    # the reference itself
    for wrong in (42, None, ["HOSTILE-R"], {"id": "HOSTILE-R"}):
        app = dict(copy.deepcopy(rich), reference=wrong)
        c.add("wrong-type", "reference-" + type(wrong).__name__, "/reference given %s" % json.dumps(wrong),
              compact(app), pointers=["/reference"])


def unknown_enums(c, rich):
    cases = [
        (("purpose",), "TOURISM"), (("purpose",), "practice"), (("purpose",), "PRACTICE "), (("purpose",), ""),
        (("purpose",), "PRACTICE\u200b"), (("requestedScope",), "HALF"), (("procedure", "kind"), "EXPRESS"),
        (("procedure", "events", 0, "event"), "BRIBED"), (("qualifications", 0, "declaredDirectiveLevel"), "f"),
        (("qualifications", 0, "declaredDirectiveLevel"), "E"), (("qualifications", 0, "evidence", "kind"), "RUMOUR"),
        (("qualifications", 0, "evidence", "verification"), "VERIFIED!"), (("registrations", 0, "status"), "Active"),
        (("designations", 0, "status"), "HONORARY"), (("experience", 0, "capacity"), "CEO"),
        (("languages", 0, "cefr"), "C3"), (("assessments", 0, "kind"), "ORAL_EXAM"),
        (("assessments", 0, "result"), "PASSED_WITH_HONOURS"),
    ]
    for path, value in cases:
        app = put(copy.deepcopy(rich), path, value)
        app["reference"] = c.reference()
        c.add("unknown-enum", slug(path), "%s = %s" % (pointer(path), json.dumps(value)), compact(app),
              pointers=[pointer(path)])


BAD_DATES = ["2025-02-30", "2025-13-01", "0000-00-00", "2025-02-29", "2025-04-31", "2025-01-32", "2025-00-10",
             "2025-01-15T00:00:00Z", "2025-01-15T10:00", "2025-01-15 00:00", "2025-1-15", "15/01/2025", "20250115",
             "+2025-01-15", "-0001-01-01", " 2025-01-15", "2025-01-15\n", "\uff12\uff10\uff12\uff15-01-15",
             "2025-01-15\u0000", "", "today", "99999-01-01"]


def impossible_dates(c, rich):
    for bad in BAD_DATES:
        app = dict(copy.deepcopy(rich), submittedOn=bad)
        app["reference"] = c.reference()
        c.add("date", "submittedOn-" + str(BAD_DATES.index(bad)), "/submittedOn = %s" % json.dumps(bad),
              compact(app), pointers=["/submittedOn"])
    fields = [p for p, v in walk(rich) if kind(schema_at(p)) == "format" and schema_at(p)["format"] == "date"
              and p != ("submittedOn",)]
    for i, path in enumerate(fields):
        bad = BAD_DATES[i % len(BAD_DATES)]
        app = put(copy.deepcopy(rich), path, bad)
        app["reference"] = c.reference()
        c.add("date", slug(path), "%s = %s" % (pointer(path), json.dumps(bad)), compact(app), pointers=[pointer(path)])


def negatives(c, rich):
    cases = [
        (("qualifications", 0, "ects"), -1), (("qualifications", 0, "durationYears"), -5),
        (("qualifications", 0, "durationYears"), 0), (("qualifications", 0, "level"), -1),
        (("qualifications", 0, "iscedLevel"), 9), (("qualifications", 0, "entryRequirement"), -1),
        (("qualifications", 0, "hours", "total"), -100), (("qualifications", 0, "hours", "practical"), -0.5),
        (("qualifications", 0, "traineeshipMonths"), -3), (("qualifications", 0, "matters", 0, "ects"), -40),
        (("experience", 0, "fte"), -0.5), (("experience", 0, "fte"), 0), (("experience", 0, "fte"), 1.0000001),
        (("experience", 0, "responsibleChargeMonths"), -1), (("lifelongLearning", 0, "hours"), -20),
        (("cpd", "hoursLastThreeYears"), -60),
    ]
    for path, value in cases:
        app = put(copy.deepcopy(rich), path, value)
        app["reference"] = c.reference()
        c.add("negative", slug(path), "%s = %s" % (pointer(path), json.dumps(value)), compact(app),
              pointers=[pointer(path)])


def non_numbers(c):
    """Number tokens that are not JSON: the body is malformed."""
    app = tc07()
    for token in ["NaN", "Infinity", "-Infinity", "+1", ".5", "1.", "01", "0x10", "1_000", "1e", "--1", "nan", "inf",
                  "1,5"]:
        ref = c.reference()
        app["reference"] = ref
        text = compact(app).replace('"ects":300', '"ects":' + token)
        assert token in text
        c.add("nan", token.replace("+", "plus").replace("-", "minus").replace(".", "dot").replace(",", "comma"),
              "qualifications/0/ects = bare token %s (invalid JSON)" % token, text, pointers=[""])


def huge_numbers(c, rich):
    big = "9" * 400
    cases = [
        (("qualifications", 0, "durationYears"), "1e400"), (("qualifications", 0, "ects"), "1e400"),
        (("qualifications", 0, "ects"), "-1e400"), (("qualifications", 0, "level"), big),
        (("qualifications", 0, "level"), "9223372036854775808"), (("qualifications", 0, "level"), "1E+2147483647"),
        (("experience", 0, "responsibleChargeMonths"), big), (("experience", 0, "responsibleChargeMonths"), "1e400"),
        (("experience", 0, "responsibleChargeMonths"), "1e999999999"),
        (("qualifications", 0, "hours", "total"), "1e999999999"),
        (("qualifications", 0, "matters", 0, "ects"), "1e400"),
        (("qualifications", 0, "matters", 4, "hours"), "1e999999999"),
        (("qualifications", 0, "traineeshipMonths"), "123456789012345678901234567890"),
        (("lifelongLearning", 0, "ects"), "1E+1000000"),
        (("cpd", "hoursLastThreeYears"), "1e400"),
        (("experience", 0, "fte"), "1e-400"), (("experience", 0, "fte"), "1e-999999999"),
        (("experience", 0, "fte"), "0." + "0" * 90 + "1"),
        (("qualifications", 0, "ects"), "1e-1000000"),
    ]
    for path, token in cases:
        app = put(copy.deepcopy(rich), path, "@@NUMBER@@")
        app["reference"] = c.reference()
        text = compact(app).replace('"@@NUMBER@@"', token)
        short = token if len(token) < 24 else token[:12] + "...(%d chars)" % len(token)
        c.add("huge-number", slug(path), "%s = %s" % (pointer(path), short), text, pointers=[pointer(path)]
              if len(token) <= 100 else [""])
    app = put(copy.deepcopy(rich), ("qualifications", 0, "ects"), "@@NUMBER@@")
    app["reference"] = c.reference()
    c.add("huge-number", "ects-300-with-95-zeros", "qualifications/0/ects = 300.000...0 (95 zeros, 99 characters): "
          "exactly 300, decided", compact(app).replace('"@@NUMBER@@"', "300." + "0" * 95), status=(201,),
          decision=True, echo=["/qualifications/0/ects"])
    # ASEAN: an ongoing part-time period with a vanishing fte (the projection divides by the fte)
    nurs = load(NURS06)["application"]
    for token in ("1e-50", "1e-9", "0.0000001", "0.000001"):
        app = copy.deepcopy(nurs)
        app["reference"] = c.reference()
        app["experience"][0]["fte"] = "@@NUMBER@@"
        text = compact(app).replace('"@@NUMBER@@"', token)
        if token == "0.000001":
            c.add("huge-number", "asean-ongoing-fte-" + token, "ASEAN nurse (NURS-06), ongoing period with fte "
                  "0.000001 (6 decimal places, the most the service accepts): decided", text, status=(201,),
                  decision=True, echo=["/experience/0/fte"])
        else:
            c.add("huge-number", "asean-ongoing-fte-" + token, "ASEAN nurse (NURS-06), ongoing period with fte %s "
                  "(more than 6 decimal places)" % token, text, pointers=["/experience/0/fte"])


def unicode(c, base):
    def with_title(title_json):
        app = copy.deepcopy(base)
        app["reference"] = c.reference()
        app["occupation"]["title"] = "@@T@@"
        return compact(app).replace('"@@T@@"', title_json)

    def with_field(path, raw_json):
        app = copy.deepcopy(base)
        app["reference"] = c.reference()
        put(app, path, "@@V@@")
        return compact(app).replace('"@@V@@"', raw_json)

    # free text: stored as data
    for name, title in [("rtl-override", "Fysio\u202etherapeut"), ("nul-escaped", "Fysio\u0000therapeut"),
                        ("zwj", "Fysio\u200dtherapeut"), ("noncharacter", "Fysio\uffff"),
                        ("emoji", "Fysiotherapeut \U0001F9D1\u200d\u2695\ufe0f"),
                        ("combining", "Fysiothe\u0301\u0301\u0301rapeut"), ("bom-inside", "\ufeffFysiotherapeut")]:
        c.add("unicode", "title-" + name, "occupation.title with %s: free text, stored as sent" % name,
              with_title(json.dumps(title, ensure_ascii=True)), status=(201,), decision=True,
              echo=["/occupation/title"])
    # lone surrogates are not Unicode text (RFC 8259 8.2, I-JSON): rejected
    for name, esc in [("lone-high", "\\ud800"), ("lone-low", "\\udc00"), ("reversed-pair", "\\udc00\\ud800"),
                      ("high-then-text", "Fysio\\ud83dtherapeut")]:
        c.add("unicode", "title-" + name, "occupation.title with the escape %s (a lone surrogate)" % esc,
              with_title('"' + esc + '"'), pointers=["/occupation/title"])
    c.add("unicode", "key-lone-surrogate", "a property name with a lone surrogate escape",
          '{"reference":"HOSTILE-U1","\\ud800":1}', path=EVALUATIONS)
    # raw bytes that are not UTF-8
    def prefix():
        return ('{"reference":"%s","submittedOn":"2025-01-15","purpose":"PRACTICE","home":"BE","host":"NL",'
                '"occupation":{"isco08":"2264","title":"' % c.reference()).encode()
    for name, raw in [("cesu-surrogate", b"\xed\xa0\x80"), ("invalid-continuation", b"\xc3\x28"),
                      ("byte-ff", b"\xff\xfe"), ("overlong-slash", b"\xc0\xaf"), ("truncated-sequence", b"\xe2\x82"),
                      ("latin1-e-acute", b"Kin\xe9sith\xe9rapeute"), ("raw-nul", b"\x00"), ("raw-tab", b"\t"),
                      ("raw-newline", b"\n"), ("raw-escape-char", b"\x1b[31m")]:
        c.add("unicode", "raw-" + name, "occupation.title containing the raw bytes %s" % raw.hex(),
              prefix() + raw + b'"}}', pointers=[""])
    # BOMs
    app = copy.deepcopy(base)
    app["reference"] = c.reference()
    c.add("unicode", "bom-utf8-leading", "a UTF-8 byte order mark before the JSON: JSON parsers may ignore it "
          "(RFC 8259 8.1); the application is decided", b"\xef\xbb\xbf" + compact(app).encode(), status=(201,),
          decision=True, echo=["/reference"])
    c.add("unicode", "bom-between-tokens", "a byte order mark between two members",
          body_with_reference(c, base).replace(",", ",\ufeff", 1).encode(), pointers=[""])
    c.add("unicode", "utf16le-body", "the application in UTF-16LE with a BOM (JSON must be UTF-8)",
          b"\xff\xfe" + body_with_reference(c, base).encode("utf-16-le"), pointers=[""])
    c.add("unicode", "utf32-body", "the application in UTF-32BE (JSON must be UTF-8)",
          body_with_reference(c, base).encode("utf-32-be"), pointers=[""])
    # patterned fields: invisible and look-alike characters are rejected by the schema
    for name, path, value in [
        ("reference-rtl", ("reference",), "HOSTILE-\u202eRTL"), ("reference-nul", ("reference",), "HOSTILE\u0000NUL"),
        ("reference-zwsp", ("reference",), "HOSTILE\u200bZW"), ("isco-zwj", ("occupation", "isco08"), "22\u200d64"),
        ("isco-devanagari", ("occupation", "isco08"), "\u0968\u0968\u096c\u096a"),
        ("isco-fullwidth", ("occupation", "isco08"), "\uff12\uff12\uff16\uff14"),
        ("home-zwj", ("home",), "B\u200dE"), ("host-cyrillic", ("host",), "N\u041b"),
        ("host-fullwidth", ("host",), "\uff2e\uff2c"), ("host-combining", ("host",), "NL\u0301"),
        ("country-lowercase", ("qualifications", 0, "country"), "be"),
        ("language-cyrillic", ("languages", 0, "language"), "n\u043b"),
        ("citizenship-nul", ("applicant", "citizenships", 0), "B\u0000"),
        ("registration-jurisdiction-tab", ("registrations", 0, "jurisdiction"), "BE\t"),
    ]:
        c.add("unicode", name, "%s = %s" % (pointer(path), json.dumps(value)),
              with_field(path, json.dumps(value, ensure_ascii=True)), pointers=[pointer(path)])
    # matter codes are not patterned (a unit code or an ESCO URI): a look-alike code is data, stored as sent
    c.add("unicode", "matter-code-zwj", "a matter code with a zero-width joiner: not a known code, decided and stored "
          "as sent", with_field(("qualifications", 0, "matters", 0, "code"), json.dumps("NL-FYS\u200d-MSK")),
          status=(201,), decision=True, echo=["/qualifications/0/matters/0/code"])
    # homoglyph keys
    for name, key in [("key-cyrillic-e", "refer\u0435nce"), ("key-fullwidth", "\uff52eference"),
                      ("key-zwsp", "reference\u200b"), ("key-uppercase", "Reference"), ("key-trailing-space", "reference ")]:
        app = copy.deepcopy(base)
        del app["reference"]
        text = '{' + json.dumps(key, ensure_ascii=False) + ':"%s",' % c.reference() + compact(app)[1:]
        c.add("unicode", name, "the reference under the key %s" % json.dumps(key), text,
              pointers=["/reference"], path=EVALUATIONS)


def duplicate_keys(c):
    base = tc07()
    ref = c.reference()
    body = compact(dict(base, reference=ref))
    c.add("duplicate-key", "reference-same", "reference twice with the same value",
          body.replace('{"reference"', '{"reference":"%s","reference"' % ref, 1), pointers=[""])
    c.add("duplicate-key", "reference-other", "reference twice with different values",
          body.replace('{"reference"', '{"reference":"OTHER","reference"', 1), pointers=[""])
    c.add("duplicate-key", "purpose-escaped", "purpose twice, once spelt with an escape (\\u0070urpose)",
          body.replace('"purpose":"PRACTICE"', '"purpose":"PRACTICE","\\u0070urpose":"ACADEMIC"'), pointers=[""])
    c.add("duplicate-key", "nested-ects", "qualifications/0/ects twice",
          body.replace('"ects":300', '"ects":300,"ects":30'), pointers=[""])
    c.add("duplicate-key", "occupation-object", "occupation twice",
          body.replace('"occupation":{', '"occupation":{"isco08":"2221"},"occupation":{', 1), pointers=[""])
    c.add("duplicate-key", "empty-key-twice", "the empty key twice", '{"":1,"":2}', pointers=[""],
          path=EVALUATIONS)


def injections(c, rich):
    """Every string of FULL given every injection-like string: patterned fields are rejected by the schema,
    free text is data (decided, stored as sent)."""
    leaves = [(p, v) for p, v in distinct(walk(rich)) if isinstance(v, str)]
    for path, _ in leaves:
        k = kind(schema_at(path))
        for name, payload in INJECTIONS.items():
            app = put(copy.deepcopy(rich), path, payload)
            if path != ("reference",):
                app["reference"] = c.reference()
            if k == "text":
                c.add("injection", "%s-%s" % (slug(path), name), "%s (free text) = %s: data, stored as sent"
                      % (pointer(path), json.dumps(payload)), compact(app), status=(201,), decision=True,
                      echo=[pointer(path)])
            else:
                c.add("injection", "%s-%s" % (slug(path), name), "%s (%s) = %s: rejected by the schema"
                      % (pointer(path), k, json.dumps(payload)), compact(app), pointers=[pointer(path)])


def body_shapes(c, base):
    app = compact(dict(base, reference=c.reference()))
    for name, body, path in [
        ("empty", b"", APPLICATIONS), ("empty-evaluation", b"", EVALUATIONS), ("null", b"null", APPLICATIONS),
        ("null-evaluation", b"null", EVALUATIONS), ("whitespace", b" \r\n\t ", APPLICATIONS),
        ("array-empty", b"[]", APPLICATIONS), ("array-of-application", ("[" + app + "]").encode(), APPLICATIONS),
        ("array-of-application-evaluation", ("[" + app + "]").encode(), EVALUATIONS),
        ("string", b'"PRACTICE"', APPLICATIONS), ("number", b"42", EVALUATIONS), ("true", b"true", APPLICATIONS),
        ("empty-object", b"{}", APPLICATIONS), ("trailing-garbage", (app + "garbage").encode(), APPLICATIONS),
        ("two-objects", (app + app).encode(), APPLICATIONS), ("trailing-comma", (app[:-1] + ",}").encode(), EVALUATIONS),
        ("comment", ("/* hi */" + app).encode(), APPLICATIONS), ("single-quotes", app.replace('"', "'").encode(),
                                                                    APPLICATIONS),
        ("unquoted-keys", app.replace('"reference"', "reference").encode(), APPLICATIONS),
        ("xml", b'<?xml version="1.0"?><application><reference>X</reference></application>', APPLICATIONS),
        ("form", b"reference=X&purpose=PRACTICE", APPLICATIONS), ("nul-byte", b"\x00", APPLICATIONS),
    ]:
        c.add("body-shape", name, "body: %r" % (body[:40],), body, path=path)


def media_types(c, base):
    def body():
        return compact(dict(base, reference=c.reference()))

    for name, ctype, path in [
        ("text-plain", "text/plain", APPLICATIONS), ("text-plain-evaluation", "text/plain", EVALUATIONS),
        ("application-xml", "application/xml", APPLICATIONS), ("text-xml", "text/xml", EVALUATIONS),
        ("form-urlencoded", "application/x-www-form-urlencoded", APPLICATIONS),
        ("octet-stream", "application/octet-stream", APPLICATIONS), ("any", "*/*", APPLICATIONS),
        ("json-without-type", "json", EVALUATIONS), ("jsonx", "application/jsonx", APPLICATIONS),
        ("text-json", "text/json", APPLICATIONS), ("javascript", "application/javascript", APPLICATIONS),
        ("empty-type", "", APPLICATIONS),
    ]:
        c.add("media-type", name, "a valid application sent as %r" % ctype, body(), content_type=ctype, path=path,
              status=(400, 415) if "form" in name else (415,))
    c.add("media-type", "xml-body-as-xml", "an XML application as application/xml",
          b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
          content_type="application/xml", status=(415,))
    boundary = "hostileboundary"
    multipart = ("--%s\r\nContent-Disposition: form-data; name=\"application\"; filename=\"a.json\"\r\n"
                 "Content-Type: application/json\r\n\r\n%s\r\n--%s--\r\n" % (boundary, body(), boundary))
    c.add("media-type", "multipart", "a valid application as a multipart/form-data part", multipart,
          content_type="multipart/form-data; boundary=" + boundary, status=(415,))
    c.add("media-type", "multipart-evaluation", "a valid application as a multipart/form-data part",
          multipart.replace(boundary, boundary + "2"), content_type="multipart/form-data; boundary=" + boundary + "2",
          path=EVALUATIONS, status=(415,))
    c.add("media-type", "no-content-type", "a valid application without Content-Type", body(), content_type=None,
          status=(415,), message="no media type")
    c.add("media-type", "no-content-type-evaluation", "a valid application without Content-Type", body(),
          content_type=None, path=EVALUATIONS, status=(415,), message="no media type")
    c.add("media-type", "no-content-type-no-body", "neither Content-Type nor body", None, content_type=None,
          status=(415,))
    c.add("media-type", "query-overrides-content-type", "text/plain with ?Content-Type=application/json in the query",
          body(), content_type="text/plain", path=APPLICATIONS + "?Content-Type=application%2Fjson", status=(415,))
    # accepted spellings of JSON: decided
    c.add("media-type", "json-upper-case", "a valid application as APPLICATION/JSON (media types are "
          "case-insensitive)", body(), content_type="APPLICATION/JSON", status=(201,), decision=True,
          echo=["/reference"])
    c.add("media-type", "json-charset", "a valid application as application/json; charset=utf-8", body(),
          content_type="application/json; charset=utf-8", status=(201,), decision=True, echo=["/reference"])


def hostile_paths(c):
    for name, path in [
        ("sql", "/api/v1/applications/%27%20OR%201%3D1%20--"),
        ("script", "/api/v1/applications/%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ("jndi", "/api/v1/applications/%24%7Bjndi%3Aldap%3A%2F%2Fx%7D"),
        ("traversal-encoded", "/api/v1/applications/..%2F..%2Fetc%2Fpasswd"),
        ("template", "/api/v1/applications/%7B%7B7*7%7D%7D"),
        ("crlf", "/api/v1/applications/x%0D%0ASet-Cookie:%20hostile=1"),
        ("nul", "/api/v1/applications/HOSTILE%00"),
        ("long", "/api/v1/applications/" + "A" * 2000),
        ("decision-sql", "/api/v1/decisions/%27%20OR%201%3D1%20--"),
        ("decision-traversal", "/api/v1/decisions/..%2F..%2Fetc%2Fpasswd"),
        ("decision-jndi", "/api/v1/decisions/%24%7Bjndi%3Aldap%3A%2F%2Fx%7D"),
        ("decision-unicode", "/api/v1/decisions/%E2%80%AE%F0%9F%98%80"),
        ("decision-invalid-utf8", "/api/v1/decisions/%C3%28"),
        ("decision-trace-sql", "/api/v1/decisions/%27%20OR%201%3D1%20--/trace"),
    ]:
        c.add("path", name, "GET %s" % path[:80], None, content_type=None, method="GET", path=path, status=(404,))


# ---------------------------------------------------------------------------------------------- main

def main(argv):
    corpus = build()
    if "--check" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "hostile"
            corpus.write(fresh)
            if not same_tree(fresh, TARGET):
                print("src/test/resources/hostile differs from what tools/generate-hostile-corpus.py generates",
                      file=sys.stderr)
                return 1
        print("hostile corpus up to date: %d requests" % len(corpus.entries))
        return 0
    corpus.write(TARGET)
    by_category = {}
    for stem, envelope, _ in corpus.entries:
        by_category[envelope["category"]] = by_category.get(envelope["category"], 0) + 1
    for category, n in by_category.items():
        print("%-14s %4d" % (category, n))
    print("%-14s %4d" % ("total", len(corpus.entries)))
    return 0


def same_tree(a, b):
    if not b.exists():
        return False
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    if files_a != files_b:
        return False
    return all(filecmp.cmp(a / f, b / f, shallow=False) for f in files_a)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
