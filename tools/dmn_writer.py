"""What the DMN table generators in tools/ share: XML ids, FEEL literals, one decision-table row, and writing a model
(or, with --check, telling whether the committed one is current). Imported by generate-*.py from this folder."""

import re
import sys
from xml.sax.saxutils import escape, quoteattr


def ncname(text):
    """Turns an id part (framework, level, unit ...) into part of an XML NCName (letters, digits, '-', '.', '_')."""
    part = re.sub(r"[^A-Za-z0-9._-]", "-", str(text))
    if not part:
        raise ValueError("empty id part")
    return part


def feel_string(text):
    """A FEEL string literal."""
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def rule_xml(rule_id, inputs, outputs, annotation, indent="      "):
    """One decision-table row: its id, input and output entries, and its legalBasis annotation."""
    lines = [f"{indent}<rule id={quoteattr(rule_id)}>"]
    for text in inputs:
        lines.append(f"{indent}  <inputEntry><text>{escape(text)}</text></inputEntry>")
    for text in outputs:
        lines.append(f"{indent}  <outputEntry><text>{escape(text)}</text></outputEntry>")
    lines.append(f"{indent}  <annotationEntry><text>{escape(annotation)}</text></annotationEntry>")
    lines.append(f"{indent}</rule>")
    return "\n".join(lines)


def write_or_check(target, text, root, script, check):
    """Writes the model, or with check only compares it with the committed file. Returns the exit status."""
    if check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target.relative_to(root)} is out of date: run tools/{script}", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(root)}")
    return 0
