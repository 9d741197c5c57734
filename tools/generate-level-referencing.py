#!/usr/bin/env python3
"""Generate decision-tables/level-referencing.dmn from decision-tables/reference/frameworks.json.

Policy P-22.3: a level of a framework maps to meta-framework levels through the framework's referencing
(every status may be used: REFERENCED, ALIGNED, COMPARED, DEFINED). The model has two COLLECT tables:

  Meta levels  (framework, level)                  -> metaFramework, metaLevel, status
  Host levels  (framework, metaFramework, metaLevel) -> level, status       (the reverse lookup)

One row per (framework, level, meta level); a level whose metaLevels list is empty gets no row.
Levels are compared as text ("6", "SC"). Every row carries a stable id and a legalBasis annotation.

Usage (from the project root):  python3 tools/generate-level-referencing.py [--check]
  --check  exit 1 when the committed file differs from what would be generated (for CI).
Standard library only. Do not edit the .dmn file by hand: edit frameworks.json and run this script.
"""

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "decision-tables" / "reference" / "frameworks.json"
TARGET = ROOT / "decision-tables" / "level-referencing.dmn"

MODEL_NAME = "level-referencing"
NAMESPACE = "https://mutual-recognition.org/dmn/level-referencing"
STATUSES = ["REFERENCED", "ALIGNED", "COMPARED", "DEFINED"]
POLICY = "policy P-22.3"


def ncname(text):
    """Turns a framework id or level into a part of an XML NCName (letters, digits, '-', '.', '_')."""
    part = re.sub(r"[^A-Za-z0-9._-]", "-", str(text))
    if not part:
        raise ValueError("empty id part")
    return part


def feel_string(text):
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def level_text(level):
    """A level as text: 6 -> "6", "SC" -> "SC" (JSON numbers are integers here; 6.0 would still be "6")."""
    if isinstance(level, bool):
        raise ValueError("boolean level")
    if isinstance(level, float) and level.is_integer():
        level = int(level)
    return str(level)


def referencing_rows(data):
    """One entry per (framework, level, meta level), in the order of frameworks.json."""
    rows = []
    seen = set()
    for framework in data["frameworks"]:
        for ref in framework.get("referencing", []):
            status = ref["status"]
            if status not in STATUSES:
                raise ValueError(f"{framework['id']} -> {ref['to']}: unknown status {status}")
            for entry in ref["map"]:
                for meta_level in entry["metaLevels"]:
                    row = {
                        "framework": framework["id"],
                        "level": level_text(entry["level"]),
                        "metaFramework": ref["to"],
                        "metaLevel": level_text(meta_level),
                        "status": status,
                        "referencingProvenance": ref.get("provenance", ""),
                        "levelProvenance": entry.get("provenance", ""),
                    }
                    key = (row["framework"], row["level"], row["metaFramework"], row["metaLevel"])
                    if key in seen:
                        raise ValueError(f"duplicate referencing entry {key}")
                    seen.add(key)
                    rows.append(row)
    return rows


def legal_basis(row):
    text = (f"frameworks.json referencing {row['framework']} -> {row['metaFramework']} "
            f"({row['status']}) {row['referencingProvenance']}".rstrip())
    text += f"; level {row['level']} -> {row['metaFramework']} {row['metaLevel']}"
    if row["levelProvenance"]:
        text += f" {row['levelProvenance']}"
    return text + f"; {POLICY}"


def row_suffix(row):
    return "-".join(ncname(p) for p in (row["framework"], row["level"], row["metaFramework"], row["metaLevel"]))


def rule_xml(rule_id, inputs, outputs, annotation, indent="      "):
    lines = [f"{indent}<rule id={quoteattr(rule_id)}>"]
    for text in inputs:
        lines.append(f"{indent}  <inputEntry><text>{escape(text)}</text></inputEntry>")
    for text in outputs:
        lines.append(f"{indent}  <outputEntry><text>{escape(text)}</text></outputEntry>")
    lines.append(f"{indent}  <annotationEntry><text>{escape(annotation)}</text></annotationEntry>")
    lines.append(f"{indent}</rule>")
    return "\n".join(lines)


INPUT_DATA = [
    # name, id, x
    ("framework", "input-framework", 40),
    ("level", "input-level", 260),
    ("metaFramework", "input-meta-framework", 480),
    ("metaLevel", "input-meta-level", 700),
]

STATUS_VALUES = ",".join(feel_string(s) for s in STATUSES)


def generate(data):
    rows = referencing_rows(data)
    suffixes = [row_suffix(row) for row in rows]
    if len(set(suffixes)) != len(suffixes):
        raise ValueError("two referencing entries give the same rule id; adjust row_suffix")
    out = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w("<!-- GENERATED by tools/generate-level-referencing.py from decision-tables/reference/frameworks.json."
      " Do not edit by hand: edit the JSON and run the script. -->")
    w('<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/"')
    w('             xmlns:dmndi="https://www.omg.org/spec/DMN/20230324/DMNDI/"')
    w('             xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/"')
    w('             xmlns:di="http://www.omg.org/spec/DMN/20180521/DI/"')
    w('             expressionLanguage="https://www.omg.org/spec/DMN/20230324/FEEL/"')
    w('             typeLanguage="https://www.omg.org/spec/DMN/20230324/FEEL/"')
    w(f'             namespace="{NAMESPACE}"')
    w(f'             id="level-referencing" name="{MODEL_NAME}">')
    w("  <description>Level referencing (policy P-22.3): levels of a qualification framework and the"
      " meta-framework levels (EQF, AQRF, SADCQF) they are referenced to, both ways. Generated from"
      " frameworks.json.</description>")
    # item definitions
    w('  <itemDefinition id="type-meta-level" name="tMetaLevel" isCollection="false">')
    for comp in ("metaFramework", "metaLevel", "status"):
        w(f'    <itemComponent id="type-meta-level-{comp}" name="{comp}" isCollection="false">'
          f"<typeRef>string</typeRef></itemComponent>")
    w("  </itemDefinition>")
    w('  <itemDefinition id="type-meta-levels" name="tMetaLevels" isCollection="true">'
      "<typeRef>tMetaLevel</typeRef></itemDefinition>")
    w('  <itemDefinition id="type-host-level" name="tHostLevel" isCollection="false">')
    for comp in ("level", "status"):
        w(f'    <itemComponent id="type-host-level-{comp}" name="{comp}" isCollection="false">'
          f"<typeRef>string</typeRef></itemComponent>")
    w("  </itemDefinition>")
    w('  <itemDefinition id="type-host-levels" name="tHostLevels" isCollection="true">'
      "<typeRef>tHostLevel</typeRef></itemDefinition>")
    # input data
    descriptions = {
        "framework": "Framework id from frameworks.json, e.g. IE-NFQ.",
        "level": "A level of that framework as text, e.g. \"6\" or \"SC\".",
        "metaFramework": "Meta-framework id, e.g. EQF, AQRF, SADCQF.",
        "metaLevel": "A level of the meta-framework as text, e.g. \"5\".",
    }
    for name, ident, _ in INPUT_DATA:
        w(f'  <inputData id="{ident}" name="{name}">')
        w(f"    <description>{escape(descriptions[name])}</description>")
        w(f'    <variable id="{ident}-variable" name="{name}" typeRef="string"/>')
        w("  </inputData>")

    # decision: Meta levels
    w('  <decision id="decision-meta-levels" name="Meta levels">')
    w("    <description>Meta-framework levels a level of a framework is referenced to (P-22.3).</description>")
    w('    <variable id="decision-meta-levels-variable" name="Meta levels" typeRef="tMetaLevels"/>')
    for name in ("framework", "level"):
        ident = dict((n, i) for n, i, _ in INPUT_DATA)[name]
        w(f'    <informationRequirement id="ir-meta-levels-{name}"><requiredInput href="#{ident}"/>'
          f"</informationRequirement>")
    w('    <decisionTable id="table-meta-levels" hitPolicy="COLLECT" outputLabel="Meta levels">')
    for name in ("framework", "level"):
        w(f'      <input id="table-meta-levels-input-{name}" label="{name}">')
        w(f'        <inputExpression id="table-meta-levels-input-{name}-expression" typeRef="string">'
          f"<text>{name}</text></inputExpression>")
        w("      </input>")
    w('      <output id="table-meta-levels-output-metaFramework" name="metaFramework" typeRef="string"/>')
    w('      <output id="table-meta-levels-output-metaLevel" name="metaLevel" typeRef="string"/>')
    w('      <output id="table-meta-levels-output-status" name="status" typeRef="string">')
    w(f"        <outputValues id=\"table-meta-levels-output-status-values\"><text>{escape(STATUS_VALUES)}</text>"
      "</outputValues>")
    w("      </output>")
    w('      <annotation name="legalBasis"/>')
    for row in rows:
        w(rule_xml("LR-" + row_suffix(row),
                   [feel_string(row["framework"]), feel_string(row["level"])],
                   [feel_string(row["metaFramework"]), feel_string(row["metaLevel"]), feel_string(row["status"])],
                   legal_basis(row)))
    w("    </decisionTable>")
    w("  </decision>")

    # decision: Host levels
    w('  <decision id="decision-host-levels" name="Host levels">')
    w("    <description>Levels of a framework whose referencing reaches a meta-framework level"
      " (reverse lookup, P-22.3).</description>")
    w('    <variable id="decision-host-levels-variable" name="Host levels" typeRef="tHostLevels"/>')
    for name in ("framework", "metaFramework", "metaLevel"):
        ident = dict((n, i) for n, i, _ in INPUT_DATA)[name]
        w(f'    <informationRequirement id="ir-host-levels-{name}"><requiredInput href="#{ident}"/>'
          f"</informationRequirement>")
    w('    <decisionTable id="table-host-levels" hitPolicy="COLLECT" outputLabel="Host levels">')
    for name in ("framework", "metaFramework", "metaLevel"):
        w(f'      <input id="table-host-levels-input-{name}" label="{name}">')
        w(f'        <inputExpression id="table-host-levels-input-{name}-expression" typeRef="string">'
          f"<text>{name}</text></inputExpression>")
        w("      </input>")
    w('      <output id="table-host-levels-output-level" name="level" typeRef="string"/>')
    w('      <output id="table-host-levels-output-status" name="status" typeRef="string">')
    w(f"        <outputValues id=\"table-host-levels-output-status-values\"><text>{escape(STATUS_VALUES)}</text>"
      "</outputValues>")
    w("      </output>")
    w('      <annotation name="legalBasis"/>')
    for row in rows:
        w(rule_xml("LR-HOST-" + row_suffix(row),
                   [feel_string(row["framework"]), feel_string(row["metaFramework"]), feel_string(row["metaLevel"])],
                   [feel_string(row["level"]), feel_string(row["status"])],
                   legal_basis(row)))
    w("    </decisionTable>")
    w("  </decision>")

    # diagram
    w("  <dmndi:DMNDI>")
    w('    <dmndi:DMNDiagram id="level-referencing-diagram" name="DRG">')
    w('      <dmndi:Size height="460" width="940"/>')
    decisions = [("decision-meta-levels", 150), ("decision-host-levels", 590)]
    for ident, x in decisions:
        w(f'      <dmndi:DMNShape id="shape-{ident}" dmnElementRef="{ident}" isCollapsed="false">')
        w(f'        <dc:Bounds x="{x}" y="60" width="180" height="80"/>')
        w("      </dmndi:DMNShape>")
    for _, ident, x in INPUT_DATA:
        w(f'      <dmndi:DMNShape id="shape-{ident}" dmnElementRef="{ident}" isCollapsed="false">')
        w(f'        <dc:Bounds x="{x}" y="300" width="180" height="60"/>')
        w("      </dmndi:DMNShape>")
    input_x = {n: x for n, _, x in INPUT_DATA}
    edges = [("ir-meta-levels-framework", "framework", 240), ("ir-meta-levels-level", "level", 240),
             ("ir-host-levels-framework", "framework", 680), ("ir-host-levels-metaFramework", "metaFramework", 680),
             ("ir-host-levels-metaLevel", "metaLevel", 680)]
    for ident, source, target_x in edges:
        w(f'      <dmndi:DMNEdge id="edge-{ident}" dmnElementRef="{ident}">')
        w(f'        <di:waypoint x="{input_x[source] + 90}" y="300"/>')
        w(f'        <di:waypoint x="{target_x}" y="140"/>')
        w("      </dmndi:DMNEdge>")
    w("    </dmndi:DMNDiagram>")
    w("  </dmndi:DMNDI>")
    w("</definitions>")
    return "\n".join(out) + "\n"


def main(argv):
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    text = generate(data)
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run tools/generate-level-referencing.py",
                  file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
