"""Reading a service's botocore model and finding the shapes its operations reach."""
import glob
import gzip
import json
import os

import botocore


def load(service):
    root = os.path.dirname(botocore.__file__)
    with gzip.open(sorted(glob.glob(f"{root}/data/{service}/*/service-2.json.gz"))[-1]) as model:
        return json.load(model)


def operation_shapes(model):
    """Each operation's name with its input and output structure names (None where it has none), in model order."""
    return [(name, op.get("input", {}).get("shape"), op.get("output", {}).get("shape"))
            for name, op in model["operations"].items()]


def reachable_structures(model, roots):
    """The structures reachable from the named ones through members, list items and map values, in visiting order."""
    shapes, found = model["shapes"], {}

    def visit(name):
        shape = shapes[name]
        if shape["type"] == "structure":
            if name in found or shape.get("exception"):
                return
            found[name] = True
            for member in shape["members"].values():
                visit(member["shape"])
        elif shape["type"] == "list":
            visit(shape["member"]["shape"])
        elif shape["type"] == "map":
            visit(shape["value"]["shape"])

    for root in roots:
        if root:
            visit(root)
    return list(found)


def enums(model, structures):
    """The string enums that members of the given structures use, by shape name."""
    shapes, found = model["shapes"], {}

    def visit(name):
        shape = shapes[name]
        if shape["type"] == "string" and "enum" in shape:
            found[name] = shape["enum"]
        elif shape["type"] == "list":
            visit(shape["member"]["shape"])
        elif shape["type"] == "map":
            visit(shape["key"]["shape"])
            visit(shape["value"]["shape"])

    for structure in structures:
        for member in shapes[structure]["members"].values():
            visit(member["shape"])
    return dict(sorted(found.items()))
