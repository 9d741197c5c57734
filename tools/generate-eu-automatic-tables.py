#!/usr/bin/env python3
"""Generate the decision tables of the two automatic routes of Directive 2005/36/EC from the knowledge base.

  decision-tables/eu-sectoral-minima.dmn     from decision-tables/reference/sectoral-minimum-training.json
      Sectoral minima (profession, textVersion) -> route, minYears, minMonths, minHours, combine, theoryShare,
      practicalShare, minEntryRequirementYears, minTraineeshipMonths, fullTimeRequired, prerequisite
      (policy P-10.2, P-02.3). One row per profession, rule-set version and training route (midwife routes I-III,
      architect alternatives); a profession without minima of its own (specialist doctor) gets one row carrying
      only its prerequisite.

  decision-tables/eu-annex-iv-options.dmn    from decision-tables/reference/experience-lists.json
      Annex IV options (list) -> option, selfEmployedOrManagerYears, employedYears, employedConsecutive,
      executiveYears, priorTrainingYears, priorTrainingAny, tenYearRule (policy P-11.2). One row per option.

Both tables are COLLECT tables: every row of the profession/version (or list) is returned and the rules
(rules/eu/sectoral.drl, rules/eu/experience.drl) judge the applicant against each. Fractions stay exact strings
("1/3"). Every row has a stable id and a legalBasis annotation.

Usage (from the project root):  python3 tools/generate-eu-automatic-tables.py [--check]
  --check  exit 1 when a committed file differs from what would be generated (for CI).
Standard library only. Do not edit the .dmn files by hand: edit the JSON and run this script.
"""

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from dmn_writer import feel_string, ncname, rule_xml, write_or_check

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "decision-tables" / "reference"

PROFESSION_BASIS = {
    # Annex V article texts as recorded in RECOGNITION-RULES.md section 1.3
    "DOCTOR_BASIC": "Directive 2005/36/EC Art. 24, Annex V 5.1.1",
    "SPECIALIST_DOCTOR": "Directive 2005/36/EC Art. 25, Annex V 5.1.3",
    "NURSE_GENERAL_CARE": "Directive 2005/36/EC Art. 31(3), Annex V 5.2.2",
    "DENTIST": "Directive 2005/36/EC Art. 34(2), Annex V 5.3.2",
    "VETERINARY_SURGEON": "Directive 2005/36/EC Art. 38(1), Annex V 5.4.2",
    "MIDWIFE": "Directive 2005/36/EC Art. 40, Annex V 5.5.2",
    "PHARMACIST": "Directive 2005/36/EC Art. 44(2), Annex V 5.6.2",
    "ARCHITECT": "Directive 2005/36/EC Art. 46, Annex V 5.7.1",
}

ANNEX_IV_ARTICLE = {"I": "Art. 17", "II": "Art. 18", "III": "Art. 19"}


def feel_value(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value)
    return feel_string(value)


def fraction(text):
    """'1/3' stays '1/3' (validated); exact fractions are parsed by the fact preparer."""
    if text is None:
        return None
    if not re.fullmatch(r"[0-9]+/[1-9][0-9]*", text):
        raise ValueError(f"not an exact fraction: {text}")
    return text


def prerequisite_code(text):
    """Turns a route's prerequisite text into (prerequisite code, minimum entry years)."""
    if text is None:
        return None, None
    low = text.lower()
    if "general school education" in low:
        years = int(re.search(r"([0-9]+) years", low).group(1))
        return None, years
    if "nurse" in low:
        return ("LISTED_NURSE" if "listed" in low else "NURSE_QUALIFICATION"), None
    raise ValueError(f"prerequisite not understood: {text}")


# ----------------------------------------------------------------------------------------------------------------
# sectoral minima

MINIMA_OUTPUTS = [
    # name, typeRef
    ("route", "string"),
    ("minYears", "number"),
    ("minMonths", "number"),
    ("minHours", "number"),
    ("combine", "string"),
    ("theoryShare", "string"),
    ("practicalShare", "string"),
    ("minEntryRequirementYears", "number"),
    ("minTraineeshipMonths", "number"),
    ("fullTimeRequired", "boolean"),
    ("prerequisite", "string"),
]


def minima_rows(data):
    rows = []
    for profession in data["professions"]:
        pid = profession["id"]
        for version in profession["versions"]:
            ruleset = version["ruleSet"]
            variants = []
            if "routes" in version:
                for r in version["routes"]:
                    variants.append((r["route"], r))
            elif "alternatives" in version:
                for i, r in enumerate(version["alternatives"], start=1):
                    variants.append((f"ALT-{i}", r))
            else:
                variants.append(("MAIN", version))
            for route, r in variants:
                prerequisite, entry_from_prerequisite = prerequisite_code(r.get("prerequisite"))
                if pid == "SPECIALIST_DOCTOR":
                    prerequisite = "LISTED_BASIC_DOCTOR"
                entry = r.get("minEntryRequirementYears", entry_from_prerequisite)
                row = {
                    "profession": pid,
                    "textVersion": ruleset,
                    "route": route,
                    "minYears": r.get("minYears"),
                    "minMonths": r.get("minMonths"),
                    "minHours": r.get("minHours"),
                    "combine": r.get("combine"),
                    "theoryShare": fraction(r.get("theoryMinShareOfMinHours")),
                    "practicalShare": fraction(r.get("practicalMinShareOfMinHours")),
                    "minEntryRequirementYears": entry,
                    "minTraineeshipMonths": r.get("minTraineeshipMonths"),
                    "fullTimeRequired": bool(r.get("fullTimeRequired", False)),
                    "prerequisite": prerequisite,
                    "provenance": r.get("provenance", version.get("provenance", profession.get("provenance", ""))),
                }
                if row["combine"] not in (None, "AND", "OR"):
                    raise ValueError(f"{pid} {ruleset} {route}: combine {row['combine']}")
                rows.append(row)
    return rows


def minima_legal_basis(row):
    version = row["textVersion"].split("/")[-1]
    text = (f"{PROFESSION_BASIS[row['profession']]} ({version}), route {row['route']}: "
            f"sectoral-minimum-training.json {row['profession']} {row['provenance']}")
    return text + "; policy P-10.2, P-02.3"


# ----------------------------------------------------------------------------------------------------------------
# Annex IV options

OPTION_OUTPUTS = [
    ("option", "string"),
    ("selfEmployedOrManagerYears", "number"),
    ("employedYears", "number"),
    ("employedConsecutive", "boolean"),
    ("executiveYears", "number"),
    ("priorTrainingYears", "number"),
    ("priorTrainingAny", "boolean"),
    ("tenYearRule", "boolean"),
]


def option_rows(data):
    rows = []
    seen = set()
    for o in data["options"]:
        key = (o["list"], o["option"])
        if key in seen:
            raise ValueError(f"duplicate option {key}")
        seen.add(key)
        prior = o.get("priorTrainingYears")
        employed = o.get("employedYears")
        executive = o.get("executiveYears")
        rows.append({
            "list": o["list"],
            "option": o["option"],
            "selfEmployedOrManagerYears": o.get("selfEmployedOrManagerYears"),
            "employedYears": employed,
            "employedConsecutive": bool(o.get("employedConsecutive", False)) if employed is not None else None,
            "executiveYears": executive,
            "priorTrainingYears": prior if isinstance(prior, (int, float)) else None,
            "priorTrainingAny": prior == "ANY",
            "tenYearRule": bool(o.get("tenYearRule", False)),
            "provenance": o.get("provenance", ""),
        })
    return rows


def option_legal_basis(row):
    return (f"Directive 2005/36/EC Art. 16, {ANNEX_IV_ARTICLE[row['list']]}(1)({row['option']}), Annex IV List "
            f"{row['list']}: experience-lists.json option {row['list']}({row['option']}) {row['provenance']}; "
            f"policy P-11.2, P-06")


# ----------------------------------------------------------------------------------------------------------------
# XML

def model_xml(model, description, item_name, inputs, decision_name, decision_description, outputs, rules, source):
    """inputs: list of (name, description); outputs: list of (name, typeRef); rules: list of (id, inputs, outputs, basis)."""
    key = ncname(decision_name.lower().replace(" ", "-"))
    out = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w(f"<!-- GENERATED by tools/generate-eu-automatic-tables.py from decision-tables/reference/{source}."
      " Do not edit by hand: edit the JSON and run the script. -->")
    w('<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/"')
    w('             xmlns:dmndi="https://www.omg.org/spec/DMN/20230324/DMNDI/"')
    w('             xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/"')
    w('             xmlns:di="http://www.omg.org/spec/DMN/20180521/DI/"')
    w('             expressionLanguage="https://www.omg.org/spec/DMN/20230324/FEEL/"')
    w('             typeLanguage="https://www.omg.org/spec/DMN/20230324/FEEL/"')
    w(f'             namespace="https://mutual-recognition.org/dmn/{model}"')
    w(f'             id="{model}" name="{model}">')
    w(f"  <description>{escape(description)}</description>")
    w(f'  <itemDefinition id="type-{key}-row" name="t{item_name}" isCollection="false">')
    for name, type_ref in outputs:
        w(f'    <itemComponent id="type-{key}-row-{name}" name="{name}" isCollection="false">'
          f"<typeRef>{type_ref}</typeRef></itemComponent>")
    w("  </itemDefinition>")
    w(f'  <itemDefinition id="type-{key}-rows" name="t{item_name}s" isCollection="true">'
      f"<typeRef>t{item_name}</typeRef></itemDefinition>")
    for name, text in inputs:
        w(f'  <inputData id="input-{ncname(name)}" name="{name}">')
        w(f"    <description>{escape(text)}</description>")
        w(f'    <variable id="input-{ncname(name)}-variable" name="{name}" typeRef="string"/>')
        w("  </inputData>")
    w(f'  <decision id="decision-{key}" name="{decision_name}">')
    w(f"    <description>{escape(decision_description)}</description>")
    w(f'    <variable id="decision-{key}-variable" name="{decision_name}" typeRef="t{item_name}s"/>')
    for name, _ in inputs:
        w(f'    <informationRequirement id="ir-{key}-{ncname(name)}"><requiredInput href="#input-{ncname(name)}"/>'
          f"</informationRequirement>")
    w(f'    <decisionTable id="table-{key}" hitPolicy="COLLECT" outputLabel="{decision_name}">')
    for name, _ in inputs:
        w(f'      <input id="table-{key}-input-{ncname(name)}" label="{name}">')
        w(f'        <inputExpression id="table-{key}-input-{ncname(name)}-expression" typeRef="string">'
          f"<text>{name}</text></inputExpression>")
        w("      </input>")
    for name, type_ref in outputs:
        w(f'      <output id="table-{key}-output-{name}" name="{name}" typeRef="{type_ref}"/>')
    w('      <annotation name="legalBasis"/>')
    for rule_id, ins, outs, basis in rules:
        w(rule_xml(rule_id, ins, outs, basis))
    w("    </decisionTable>")
    w("  </decision>")
    w("  <dmndi:DMNDI>")
    w(f'    <dmndi:DMNDiagram id="{model}-diagram" name="DRG">')
    width = max(480, 220 * len(inputs) + 40)
    w(f'      <dmndi:Size height="460" width="{width}"/>')
    decision_x = (width - 180) // 2
    w(f'      <dmndi:DMNShape id="shape-decision-{key}" dmnElementRef="decision-{key}" isCollapsed="false">')
    w(f'        <dc:Bounds x="{decision_x}" y="60" width="180" height="80"/>')
    w("      </dmndi:DMNShape>")
    for i, (name, _) in enumerate(inputs):
        x = 40 + 220 * i
        w(f'      <dmndi:DMNShape id="shape-input-{ncname(name)}" dmnElementRef="input-{ncname(name)}" isCollapsed="false">')
        w(f'        <dc:Bounds x="{x}" y="300" width="180" height="60"/>')
        w("      </dmndi:DMNShape>")
    for i, (name, _) in enumerate(inputs):
        x = 40 + 220 * i
        ident = f"ir-{key}-{ncname(name)}"
        w(f'      <dmndi:DMNEdge id="edge-{ident}" dmnElementRef="{ident}">')
        w(f'        <di:waypoint x="{x + 90}" y="300"/>')
        w(f'        <di:waypoint x="{decision_x + 90}" y="140"/>')
        w("      </dmndi:DMNEdge>")
    w("    </dmndi:DMNDiagram>")
    w("  </dmndi:DMNDI>")
    w("</definitions>")
    return "\n".join(out) + "\n"


def sectoral_minima(data):
    rules = []
    ids = set()
    for row in minima_rows(data):
        rule_id = "SM-" + "-".join(ncname(p) for p in (row["profession"], row["textVersion"].split("/")[-1], row["route"]))
        if rule_id in ids:
            raise ValueError(f"duplicate row id {rule_id}")
        ids.add(rule_id)
        rules.append((rule_id,
                      [feel_string(row["profession"]), feel_string(row["textVersion"])],
                      [feel_value(row[name]) for name, _ in MINIMA_OUTPUTS],
                      minima_legal_basis(row)))
    return model_xml(
        "eu-sectoral-minima",
        "Minimum training conditions of the sectoral professions (Directive 2005/36/EC Title III Chapter III, Annex V)"
        " by rule-set version (policy P-10.2, P-02.3). Generated from sectoral-minimum-training.json.",
        "SectoralMinimum",
        [("profession", "Profession id of sectoral-minimum-training.json, e.g. NURSE_GENERAL_CARE."),
         ("textVersion", "Rule-set version id in force at submittedOn, e.g. EU-2005-36/2013-TEXT (P-02.2).")],
        "Sectoral minima",
        "Every training route of the profession in that text version. combine AND: years and hours both; OR: either"
        " (an absent fact is presumed met, P-10.2). Shares are exact fractions of minHours. prerequisite:"
        " LISTED_NURSE / NURSE_QUALIFICATION (midwife routes), LISTED_BASIC_DOCTOR (specialist doctor).",
        MINIMA_OUTPUTS, rules, "sectoral-minimum-training.json")


def annex_iv_options(data):
    rules = []
    for row in option_rows(data):
        rules.append((f"AIV-{ncname(row['list'])}-{ncname(row['option'])}",
                      [feel_string(row["list"])],
                      [feel_value(row[name]) for name, _ in OPTION_OUTPUTS],
                      option_legal_basis(row)))
    return model_xml(
        "eu-annex-iv-options",
        "Automatic recognition on the basis of professional experience (Directive 2005/36/EC Arts 16-19, Annex IV):"
        " the options of Lists I-III (policy P-11.2). Generated from experience-lists.json.",
        "AnnexIvOption",
        [("list", "Annex IV list of the host occupation: I, II or III (experience-lists.json occupations).")],
        "Annex IV options",
        "Every option of the list. Years of consecutive self-employment or management, employed years (summed unless"
        " employedConsecutive), consecutive executive years, prior training (years, or any length), and whether the"
        " ten-year rule (Arts 17(2), 18(2), 19(2)) applies.",
        OPTION_OUTPUTS, rules, "experience-lists.json")


TARGETS = [
    ("eu-sectoral-minima.dmn", "sectoral-minimum-training.json", sectoral_minima),
    ("eu-annex-iv-options.dmn", "experience-lists.json", annex_iv_options),
]


def main(argv):
    status = 0
    for target_name, source_name, generate in TARGETS:
        target = ROOT / "decision-tables" / target_name
        data = json.loads((REFERENCE / source_name).read_text(encoding="utf-8"))
        status |= write_or_check(target, generate(data), ROOT, "generate-eu-automatic-tables.py", "--check" in argv)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
