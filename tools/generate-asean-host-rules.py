#!/usr/bin/env python3
"""Generate decision-tables/asean-host-rules.dmn from decision-tables/reference/asean-criteria.json (and the parties
of agreements.json).

Policy P-18.2 and P-18.4: what the host does for an applicant who meets an ASEAN arrangement.
One UNIQUE table "Host rule" (agreement, host) -> practiceMode, measure, choice, detail:

  - an arrangement with a regional register (`hostRule`): one row for every host, the practice mode of the host
    registration (RFPE, RFA, RFPA);
  - nursing (`hostRules`): one row per recorded host with its measure and who chooses it, and one row for the other
    hosts with no host rule (all outputs null: `hostRuleDefault`, the rules refer the case for review).

The host column is enumerated with the parties of the arrangements (agreements.json), so that the table analysis can
prove the table complete.

Restrictions stay in asean-criteria.json (the fact preparer reads them); this table carries the modes and measures.
Every row carries a stable id and a legalBasis annotation.

Usage (from the project root):  python3 tools/generate-asean-host-rules.py [--check]
  --check  exit 1 when the committed file differs from what would be generated (for CI).
Standard library only. Do not edit the .dmn file by hand: edit asean-criteria.json and run this script.
"""

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from dmn_writer import feel_string, rule_xml, write_or_check

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "decision-tables" / "reference" / "asean-criteria.json"
AGREEMENTS = ROOT / "decision-tables" / "reference" / "agreements.json"
TARGET = ROOT / "decision-tables" / "asean-host-rules.dmn"

MODEL_NAME = "asean-host-rules"
NAMESPACE = "https://mutual-recognition.org/dmn/asean-host-rules"
PRACTICE_MODES = ["INDEPENDENT", "COLLABORATION_WITH_HOST_PROFESSIONAL", "HOST_DEFINED"]
MEASURES = ["APTITUDE_TEST", "ADAPTATION_PERIOD", "TOP_UP_TRAINING", "SUPPLEMENTAL_ASSESSMENT"]
CHOICES = ["APPLICANT_CHOOSES", "HOST_STIPULATES"]


def feel(value):
    return "null" if value is None else feel_string(value)


def feel_list(values):
    return ",".join(feel(v) for v in values)


def short(agreement):
    """ASEAN-MRA-ENG-2005 -> ENG (the part naming the profession)."""
    parts = agreement.split("-")
    return re.sub(r"[^A-Za-z0-9]", "", parts[2] if len(parts) > 2 else agreement)


def rows(data, parties):
    out = []
    for arrangement in data["arrangements"]:
        agreement = arrangement["agreement"]
        code = short(agreement)
        if "hostRule" in arrangement:
            rule = arrangement["hostRule"]
            if rule["practiceMode"] not in PRACTICE_MODES:
                raise ValueError(f"{agreement}: unknown practice mode {rule['practiceMode']}")
            out.append({
                "id": f"AHR-{code}-ANY-HOST",
                "agreement": agreement, "host": "-",
                "outputs": [rule["practiceMode"], None, None, None],
                "legalBasis": (f"asean-criteria.json {agreement} hostRule {rule.get('provenance', '')}: "
                               f"{arrangement['hostRegistration']} practice mode {rule['practiceMode']}; "
                               "policy P-18.2, P-08.5"),
            })
        recorded = []
        for rule in arrangement.get("hostRules", []):
            if rule["measure"] not in MEASURES or rule["choice"] not in CHOICES:
                raise ValueError(f"{agreement}/{rule['host']}: unknown measure or choice")
            recorded.append(rule["host"])
            out.append({
                "id": f"AHR-{code}-{rule['host']}",
                "agreement": agreement, "host": feel(rule["host"]),
                "outputs": [None, rule["measure"], rule["choice"], rule.get("detail")],
                "legalBasis": (f"asean-criteria.json {agreement} hostRules {rule['host']} {rule.get('provenance', '')}: "
                               f"{rule['measure']}, {rule['choice']}; policy P-18.4"),
            })
        if "hostRules" in arrangement:
            out.append({
                "id": f"AHR-{code}-NO-HOST-RULE",
                "agreement": agreement,
                "host": feel_list([p for p in parties[agreement] if p not in recorded]) if recorded else "-",
                "outputs": [None, None, None, None],
                "legalBasis": (f"asean-criteria.json {agreement} hostRuleDefault: "
                               f"{arrangement.get('hostRuleDefault', '')}; policy P-18.4"),
            })
        if "hostRule" not in arrangement and "hostRules" not in arrangement:
            raise ValueError(f"{agreement}: neither hostRule nor hostRules")
    return out


def parties_of(data, agreements_data):
    by_id = {a["id"]: a for a in agreements_data["agreements"]}
    out = {}
    for arrangement in data["arrangements"]:
        agreement = arrangement["agreement"]
        if agreement not in by_id:
            raise ValueError(f"{agreement} is not in agreements.json")
        out[agreement] = by_id[agreement]["parties"]
        for rule in arrangement.get("hostRules", []):
            if rule["host"] not in out[agreement]:
                raise ValueError(f"{agreement}: host rule for {rule['host']}, which is not a party")
    return out


def generate(data, agreements_data):
    parties = parties_of(data, agreements_data)
    table = rows(data, parties)
    agreements = [a["agreement"] for a in data["arrangements"]]
    hosts = sorted({p for ps in parties.values() for p in ps})
    out = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w("<!-- GENERATED by tools/generate-asean-host-rules.py from decision-tables/reference/asean-criteria.json."
      " Do not edit by hand: edit the JSON and run the script. -->")
    w('<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/"')
    w('             xmlns:dmndi="https://www.omg.org/spec/DMN/20230324/DMNDI/"')
    w('             xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/"')
    w('             xmlns:di="http://www.omg.org/spec/DMN/20180521/DI/"')
    w('             expressionLanguage="https://www.omg.org/spec/DMN/20230324/FEEL/"')
    w('             typeLanguage="https://www.omg.org/spec/DMN/20230324/FEEL/"')
    w(f'             namespace="{NAMESPACE}"')
    w(f'             id="asean-host-rules" name="{MODEL_NAME}">')
    w("  <description>ASEAN mutual recognition arrangements (policy P-18.2, P-18.4): what the host does for an"
      " applicant who meets the arrangement. Regional registers: the practice mode of the host registration (RFPE,"
      " RFA, RFPA). Nursing: the measure a host applies, or no host rule (all outputs null). Generated from"
      " asean-criteria.json.</description>")
    w('  <itemDefinition id="type-host-rule" name="tHostRule" isCollection="false">')
    for comp in ("practiceMode", "measure", "choice", "detail"):
        w(f'    <itemComponent id="type-host-rule-{comp}" name="{comp}" isCollection="false">'
          f"<typeRef>string</typeRef></itemComponent>")
    w("  </itemDefinition>")
    w('  <inputData id="input-agreement" name="agreement">')
    w("    <description>Agreement id of the ASEAN route (agreements.json).</description>")
    w('    <variable id="input-agreement-variable" name="agreement" typeRef="string"/>')
    w("  </inputData>")
    w('  <inputData id="input-host" name="host">')
    w("    <description>Host jurisdiction of the application (ISO 3166-1 alpha-2).</description>")
    w('    <variable id="input-host-variable" name="host" typeRef="string"/>')
    w("  </inputData>")
    w('  <decision id="decision-host-rule" name="Host rule">')
    w("    <description>The host rule for an agreement and host: practiceMode for a host registration, or measure and"
      " choice for a host that applies a measure; every output null when no host rule is recorded.</description>")
    w('    <variable id="decision-host-rule-variable" name="Host rule" typeRef="tHostRule"/>')
    w('    <informationRequirement id="ir-host-rule-agreement"><requiredInput href="#input-agreement"/>'
      "</informationRequirement>")
    w('    <informationRequirement id="ir-host-rule-host"><requiredInput href="#input-host"/>'
      "</informationRequirement>")
    w('    <decisionTable id="table-host-rule" hitPolicy="UNIQUE" outputLabel="Host rule">')
    w('      <input id="table-host-rule-input-agreement" label="agreement">')
    w('        <inputExpression id="table-host-rule-input-agreement-expression" typeRef="string">'
      "<text>agreement</text></inputExpression>")
    w(f'        <inputValues id="table-host-rule-input-agreement-values"><text>{escape(feel_list(agreements))}</text>'
      "</inputValues>")
    w("      </input>")
    w('      <input id="table-host-rule-input-host" label="host">')
    w('        <inputExpression id="table-host-rule-input-host-expression" typeRef="string">'
      "<text>host</text></inputExpression>")
    w(f'        <inputValues id="table-host-rule-input-host-values"><text>{escape(feel_list(hosts))}</text></inputValues>')
    w("      </input>")
    for name, values in (("practiceMode", PRACTICE_MODES), ("measure", MEASURES), ("choice", CHOICES), ("detail", None)):
        if values is None:
            w(f'      <output id="table-host-rule-output-{name}" name="{name}" typeRef="string"/>')
        else:
            w(f'      <output id="table-host-rule-output-{name}" name="{name}" typeRef="string">')
            w(f'        <outputValues id="table-host-rule-output-{name}-values"><text>'
              f"{escape(feel_list(values + [None]))}</text></outputValues>")
            w("      </output>")
    w('      <annotation name="legalBasis"/>')
    for row in table:
        w(rule_xml(row["id"], [feel(row["agreement"]), row["host"]], [feel(v) for v in row["outputs"]],
                   row["legalBasis"]))
    w("    </decisionTable>")
    w("  </decision>")
    w("  <dmndi:DMNDI>")
    w('    <dmndi:DMNDiagram id="asean-host-rules-diagram" name="DRG">')
    w('      <dmndi:Size height="460" width="620"/>')
    w('      <dmndi:DMNShape id="shape-decision-host-rule" dmnElementRef="decision-host-rule" isCollapsed="false">')
    w('        <dc:Bounds x="220" y="60" width="180" height="80"/>')
    w("      </dmndi:DMNShape>")
    for ident, x in (("input-agreement", 40), ("input-host", 400)):
        w(f'      <dmndi:DMNShape id="shape-{ident}" dmnElementRef="{ident}" isCollapsed="false">')
        w(f'        <dc:Bounds x="{x}" y="300" width="180" height="60"/>')
        w("      </dmndi:DMNShape>")
    for ident, x in (("ir-host-rule-agreement", 130), ("ir-host-rule-host", 490)):
        w(f'      <dmndi:DMNEdge id="edge-{ident}" dmnElementRef="{ident}">')
        w(f'        <di:waypoint x="{x}" y="300"/>')
        w('        <di:waypoint x="310" y="140"/>')
        w("      </dmndi:DMNEdge>")
    w("    </dmndi:DMNDiagram>")
    w("  </dmndi:DMNDI>")
    w("</definitions>")
    return "\n".join(out) + "\n"


def main(argv):
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    text = generate(data, json.loads(AGREEMENTS.read_text(encoding="utf-8")))
    return write_or_check(TARGET, text, ROOT, "generate-asean-host-rules.py", "--check" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
