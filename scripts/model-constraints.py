#!/usr/bin/env python3
"""Writes the API model's constraints onto a service's request types as [Constraint] attributes.

    python3 scripts/model-constraints.py kinesis Emulator/Kinesis/Shapes

Reads botocore's service-2.json for the service, finds every structure reachable from an operation's input, and above
each property of a C# class of the same name writes the member's constraints: `required` as NotNull, min, max,
pattern and enum, and for lists and maps the constraints of their items, keys and values. Running it again replaces
what it wrote before, so it can follow a newer botocore.
"""
import glob
import gzip
import json
import os
import re
import sys

import botocore

# Enum values in the order AWS lists them in its validation messages, where that differs from the model's order.
OBSERVED_ENUM_ORDER = {
    "kinesis": {
        "ShardIteratorType": ["AFTER_SEQUENCE_NUMBER", "AT_SEQUENCE_NUMBER", "AT_TIMESTAMP", "TRIM_HORIZON", "LATEST"],
        "EncryptionType": ["KMS", "NONE"],
        "StreamMode": ["PROVISIONED", "ON_DEMAND"],
        "MetricsName": ["IncomingBytes", "OutgoingRecords", "IteratorAgeMilliseconds", "IncomingRecords",
                        "ReadProvisionedThroughputExceeded", "WriteProvisionedThroughputExceeded", "OutgoingBytes", "ALL"],
        "ShardFilterType": ["AFTER_SHARD_ID", "AT_TRIM_HORIZON", "FROM_TRIM_HORIZON", "AT_LATEST", "AT_TIMESTAMP", "FROM_TIMESTAMP"],
        "MinimumThroughputBillingCommitmentInputStatus": ["ENABLED", "DISABLED"],
    },
}

GENERATED = re.compile(r"^\s*\[(Constraint|ElementConstraint|KeyConstraint)\(")
PROPERTY = re.compile(r"^(\s*)(?:\[[^\]]*\]\s*)?public (?:\S+|\w+<[^>]*>\??) (\w+) \{ get; set; \}")


def load_model(service):
    root = os.path.dirname(botocore.__file__)
    with gzip.open(sorted(glob.glob(f"{root}/data/{service}/*/service-2.json.gz"))[-1]) as model:
        return json.load(model)


def input_structures(model):
    shapes, found = model["shapes"], set()

    def visit(name):
        shape = shapes[name]
        if shape["type"] == "structure" and name not in found:
            found.add(name)
            for member in shape["members"].values():
                visit(member["shape"])
        elif shape["type"] == "list":
            visit(shape["member"]["shape"])
        elif shape["type"] == "map":
            visit(shape["value"]["shape"])

    for operation in model["operations"].values():
        if "input" in operation:
            visit(operation["input"]["shape"])
    return found


def arguments(shapes, name, enum_order, required=False, item=False):
    shape, parts = shapes[name], []
    if required:
        parts.append("NotNull = true")
    sized = shape["type"] in ("string", "blob", "list", "map")
    # A minimum length of 0 never fails; AWS still lists it when it describes what items, keys or values must satisfy.
    if "min" in shape and not (sized and shape["min"] == 0 and not item):
        parts.append(f"Min = {shape['min']}")
    if "max" in shape:
        parts.append(f"Max = {shape['max']}")
    if "pattern" in shape:
        parts.append('Pattern = @"' + shape["pattern"].replace('"', '""') + '"')
    if "enum" in shape:
        values = enum_order.get(name, shape["enum"])
        assert sorted(values) == sorted(shape["enum"]), f"{name}: the observed order lists other values than the model"
        parts.append("Enum = new[] { " + ", ".join(f'"{v}"' for v in values) + " }")
    return parts


def attributes(shapes, name, required, enum_order):
    shape, found = shapes[name], []
    own = arguments(shapes, name, enum_order, required)
    if own:
        found.append("Constraint(" + ", ".join(own) + ")")
    if shape["type"] == "list":
        items = arguments(shapes, shape["member"]["shape"], enum_order, item=True)
        if items:
            found.append("ElementConstraint(" + ", ".join(items) + ")")
    if shape["type"] == "map":
        keys = arguments(shapes, shape["key"]["shape"], enum_order, item=True)
        values = arguments(shapes, shape["value"]["shape"], enum_order, item=True)
        if keys:
            found.append("KeyConstraint(" + ", ".join(keys) + ")")
        if values:
            found.append("ElementConstraint(" + ", ".join(values) + ")")
    return found


def annotate(path, shapes, structures, enum_order):
    lines, written, current = open(path).read().split("\n"), [], None
    for line in lines:
        if GENERATED.match(line):
            continue
        declared = re.match(r"public sealed class (\w+)", line)
        if declared:
            current = declared.group(1)
        prop = PROPERTY.match(line)
        if prop and current in structures and prop.group(2) in shapes[current]["members"]:
            member = prop.group(2)
            found = attributes(shapes, shapes[current]["members"][member]["shape"],
                               member in shapes[current].get("required", []), enum_order)
            if found:
                written.append(prop.group(1) + "[" + ", ".join(found) + "]")
        written.append(line)
    text = "\n".join(written)
    if any(GENERATED.match(line) for line in written) and "using Emulator.Protocol.Shapes;" not in text:
        text = "using Emulator.Protocol.Shapes;\n\n" + text
    with open(path, "w") as out:
        out.write(text)


def main(service, folder):
    model = load_model(service)
    shapes, structures = model["shapes"], input_structures(model)
    files = sorted(glob.glob(os.path.join(folder, "*.cs")))
    for path in files:
        annotate(path, shapes, structures, OBSERVED_ENUM_ORDER.get(service, {}))
    sources = "\n".join(open(path).read() for path in files)
    missing = sorted(s for s in structures if not re.search(rf"class {s}\b", sources))
    if missing:
        print("model input structures without a class:", ", ".join(missing))


if __name__ == "__main__":
    main(*sys.argv[1:3])
