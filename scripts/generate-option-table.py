#!/usr/bin/env python3
"""Generate Sources/QEMUCommand/Options/QEMUOptionTable+Generated.swift.

Inputs:
  <shared>/corpus/qemu-7.2/qemu-7.2-options-table.json   every DEF of QEMU 7.2's qemu-options.hx
  <shared>/corpus/qemu-7.2/qemu-10.2-options-table.json  the same for QEMU 10.2
  scripts/option-syntax.json                             hand-maintained syntax classification

<shared> is $QEMU_CMD_SHARED, or else ../shared next to the repository.
Usage: python3 scripts/generate-option-table.py [--shared DIR] [--output FILE]
"""

import argparse
import json
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "Sources/QEMUCommand/Options/QEMUOptionTable+Generated.swift"
SYNTAX_FILE = REPO / "scripts/option-syntax.json"
COMMAND = "python3 scripts/generate-option-table.py"

ARCH_CASES = {
    "QEMU_ARCH_ALPHA": "alpha", "QEMU_ARCH_ARM": "arm", "QEMU_ARCH_CRIS": "cris",
    "QEMU_ARCH_I386": "i386", "QEMU_ARCH_M68K": "m68k", "QEMU_ARCH_MICROBLAZE": "microblaze",
    "QEMU_ARCH_MIPS": "mips", "QEMU_ARCH_PPC": "ppc", "QEMU_ARCH_S390X": "s390x",
    "QEMU_ARCH_SH4": "sh4", "QEMU_ARCH_SPARC": "sparc", "QEMU_ARCH_XTENSA": "xtensa",
    "QEMU_ARCH_OPENRISC": "openrisc", "QEMU_ARCH_TRICORE": "tricore", "QEMU_ARCH_NIOS2": "nios2",
    "QEMU_ARCH_HPPA": "hppa", "QEMU_ARCH_RISCV": "riscv", "QEMU_ARCH_RX": "rx",
    "QEMU_ARCH_AVR": "avr", "QEMU_ARCH_HEXAGON": "hexagon", "QEMU_ARCH_LOONGARCH": "loongarch",
}
GROUP_SYNTAXES = {"qemuOpts", "jsonOrQEMUOpts"}
IMPLIED_KEY_SYNTAXES = {"keyval", "jsonOrKeyval"}
PLAIN_SYNTAXES = {"plain", "netdev", "display", "legacyChardev", "cpu", "global", "set"}
KNOWN_VERSIONS = ("7.2", "10.2")
HELP_COLUMN = 16


class InputError(Exception):
    """A problem in one of the input files."""


def default_shared_dir():
    env = os.environ.get("QEMU_CMD_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def load_json(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror}); set QEMU_CMD_SHARED or pass --shared")
    except json.JSONDecodeError as error:
        raise InputError(f"{path}:{error.lineno}:{error.colno}: invalid JSON: {error.msg}")


def load_tables(shared):
    corpus = shared / "corpus" / "qemu-7.2"
    tables = {}
    for version in KNOWN_VERSIONS:
        path = corpus / f"qemu-{version}-options-table.json"
        tables[version] = {entry["name"]: entry for entry in load_json(path)["options"]}
    return tables


def add_extra_options(tables, extras):
    for version, table in tables.items():
        for name, extra in extras.items():
            original = table.get(extra["sameAs"])
            if original is None:
                raise InputError(f"option-syntax.json: extraOptions.{name} copies '{extra['sameAs']}', "
                                 f"which the {version} table lacks")
            table[name] = dict(original, name=name)


def ordered_names(tables):
    names = []
    for table in tables.values():
        names.extend(name for name in table if name not in names)
    return names


def swift_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def swift_optional_string(text):
    return "nil" if text is None else swift_string(text)


def swift_architectures(mask):
    names = [part.strip() for part in mask.split("|")]
    if "QEMU_ARCH_ALL" in names:
        return ".all"
    unknown = [name for name in names if name not in ARCH_CASES]
    if unknown:
        raise InputError(f"unknown architecture constant(s) {', '.join(unknown)} in '{mask}'")
    cases = sorted({ARCH_CASES[name] for name in names}, key=list(ARCH_CASES.values()).index)
    return "[" + ", ".join("." + case for case in cases) + "]"


def swift_syntax(name, entry):
    syntax = entry.get("syntax")
    implied = swift_optional_string(entry.get("impliedKey"))
    if syntax in GROUP_SYNTAXES:
        if "group" not in entry:
            raise InputError(f"option-syntax.json: arguments.{name} ({syntax}) needs a 'group'")
        merges = "true" if entry.get("mergesLists", False) else "false"
        group = f"QEMUOptsGroup(name: {swift_string(entry['group'])}, impliedKey: {implied}, mergesLists: {merges})"
        return f".{syntax}({group})"
    if syntax in IMPLIED_KEY_SYNTAXES:
        return f".{syntax}(impliedKey: {implied})"
    if syntax in PLAIN_SYNTAXES:
        return f".{syntax}"
    raise InputError(f"option-syntax.json: arguments.{name} has unknown syntax {syntax!r}")


def summary_of(name, help_text, overrides):
    """The first description line of QEMU's -help block: text at column 16, or after a long usage."""
    if name in overrides:
        return overrides[name]
    for line in help_text.split("\n"):
        description = description_in(line)
        if description:
            return description.rstrip().rstrip(",;")
    raise InputError(f"option '{name}' has no one-line description; add it to option-syntax.json 'summaries'")


def description_in(line):
    usage, rest = line[:HELP_COLUMN], line[HELP_COLUMN:]
    at_column = usage.startswith("-") and usage.endswith(" ") or not usage.strip()
    if len(usage) == HELP_COLUMN and at_column and rest[:1].strip():
        return rest
    after_long_usage = re.match(r"^-\S+(?: \S+)*?\s{2,}(\S.*)$", line)
    return after_long_usage.group(1) if after_long_usage else None


def swift_version(lifecycle, key):
    value = lifecycle.get(key)
    if value is None:
        return "nil"
    major, minor = value.split(".")
    return f"QEMUVersion({int(major)}, {int(minor)})"


def check_classification(tables, names, arguments, lifecycle):
    for name in names:
        takes = any(table[name]["has_arg"] for table in tables.values() if name in table)
        if takes and name not in arguments:
            raise InputError(f"option '{name}' takes an argument but option-syntax.json does not classify it")
        if not takes and name in arguments:
            raise InputError(f"option-syntax.json classifies '{name}', which takes no argument")
    for name in list(arguments) + list(lifecycle):
        if name not in names:
            raise InputError(f"option-syntax.json names '{name}', which no option table has")


def availability_code(name, tables, lifecycle):
    masks = [swift_architectures(tables[v][name]["arch_mask"]) if name in tables[v] else "nil"
             for v in KNOWN_VERSIONS]
    entry = lifecycle.get(name, {})
    return (f"QEMUOptionAvailability(architecturesIn7_2: {masks[0]}, architecturesIn10_2: {masks[1]}, "
            f"deprecatedIn: {swift_version(entry, 'deprecatedIn')}, removedIn: {swift_version(entry, 'removedIn')}, "
            f"replacement: {swift_optional_string(entry.get('replacement'))})")


def option_code(name, tables, classification):
    newest = next(tables[v][name] for v in reversed(KNOWN_VERSIONS) if name in tables[v])
    oldest = next(tables[v][name] for v in KNOWN_VERSIONS if name in tables[v])
    arguments = classification["arguments"]
    syntax = swift_syntax(name, arguments[name]) if name in arguments else ".flag"
    summary = summary_of(name, oldest["help"], classification.get("summaries", {}))
    return "\n".join([
        "        QEMUOptionInfo(",
        f"            name: {swift_string(name)}, takesArgument: {'true' if newest['has_arg'] else 'false'},",
        f"            architectures: {swift_architectures(newest['arch_mask'])},",
        f"            syntax: {syntax},",
        f"            availability: {availability_code(name, tables, classification.get('lifecycle', {}))},",
        f"            summary: {swift_string(summary)}),",
    ])


def generate(shared):
    classification = load_json(SYNTAX_FILE)
    tables = load_tables(shared)
    add_extra_options(tables, classification.get("extraOptions", {}))
    names = ordered_names(tables)
    check_classification(tables, names, classification["arguments"], classification.get("lifecycle", {}))
    body = "\n".join(option_code(name, tables, classification) for name in names)
    return "\n".join([
        f"// Generated by `{COMMAND}`; do not edit.",
        "// Inputs: ../shared/corpus/qemu-7.2/qemu-7.2-options-table.json, qemu-10.2-options-table.json",
        "// and scripts/option-syntax.json. Change those and run the command again.",
        "",
        "extension QEMUOptionTable {",
        f"    /// The {len(names)} options of the QEMU 7.2 and 10.2 tables, in `qemu-options.hx` order.",
        "    static let generatedOptions: [QEMUOptionInfo] = [",
        body,
        "    ]",
        "}",
        "",
    ])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=default_shared_dir(), help="the shared directory")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="the Swift file to write")
    options = parser.parse_args()
    try:
        text = generate(options.shared)
    except InputError as error:
        print(f"generate-option-table: {error}", file=sys.stderr)
        return 1
    options.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
