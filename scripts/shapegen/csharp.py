"""C# text for the model's structures: classes with wire names, protocol bindings and, where asked, constraints."""
import re

SCALARS = {
    "string": "string", "integer": "int", "long": "long", "boolean": "bool", "timestamp": "DateTimeOffset",
    "blob": "byte[]", "double": "double", "float": "float",
}


def pascal(name):
    return name[0].upper() + name[1:]


def verbatim(text):
    return '@"' + text.replace('"', '""') + '"'


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Emitter:
    """Turns one service's model shapes into C# declarations, as its settings (see services.py) ask."""

    def __init__(self, model, service, checked=()):
        self.shapes = model["shapes"]
        # The structures requests carry, whose constraints are checked (outputs are ours to get right).
        self.checked = set(checked)
        self.protocol = model["metadata"]["protocol"]
        self.service = service

    def class_name(self, shape_name):
        return self.service.class_names.get(shape_name, shape_name)

    def type_of(self, shape_name):
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if kind in SCALARS:
            return SCALARS[kind]
        if kind == "list":
            return f"List<{self.type_of(shape['member']['shape'])}>"
        if kind == "map":
            return f"Dictionary<{self.type_of(shape['key']['shape'])}, {self.type_of(shape['value']['shape'])}>"
        if kind == "structure":
            return self.class_name(shape_name)
        raise ValueError(f"{shape_name}: shape type {kind} has no C# type here")

    def structure(self, name):
        shape = self.shapes[name]
        class_name = self.class_name(name)
        root = self.service.xml_roots.get(name)
        lines = ([f'[AwsShape("{root}")]'] if root else []) + [f"public sealed class {class_name}", "{"]
        members = []
        for member_name, member in shape["members"].items():
            # An event stream's exceptions are errors, not members: the protocol layer frames them.
            if self.shapes[member["shape"]].get("exception"):
                continue
            members.append(self.member(name, shape, class_name, member_name, member))
        lines.append("\n".join(members))
        lines.append("}")
        return "\n".join(line for line in lines if line != "")

    def member(self, owner, shape, class_name, member_name, member):
        prop = pascal(member_name)
        if prop == class_name:
            prop += "Value"
        key = f"{owner}.{member_name}"
        csharp = self.service.types.get(key) or self.type_of(member["shape"])
        if member.get("streaming") and csharp == "byte[]":
            # Object bodies pass through the server in pooled chunks, never gathered into one array.
            csharp = "StreamingBlob"
        attributes = []
        wire = self.wire_attribute(owner, shape, prop, member_name, member)
        if wire:
            attributes.append(wire)
        if self.service.constraints and owner in self.checked:
            attributes += self.constraints(member["shape"], member_name in shape.get("required", []))
        text = f"public {csharp}? {prop} {{ get; set; }}"
        return "    " + ("[" + ", ".join(attributes) + "] " if attributes else "") + text

    def wire_attribute(self, owner, shape, prop, member_name, member):
        target = self.shapes[member["shape"]]
        override = self.service.wire.get(f"{owner}.{member_name}", {})
        positional, named = None, []
        location_name = member.get("locationName")
        if self.protocol in ("query", "ec2", "rest-xml"):
            wire_name = location_name or member_name
            if wire_name != prop:
                positional = wire_name
        else:
            wire_name = location_name or member_name
            if wire_name != prop:
                named.append(f"JsonName = {quoted(wire_name)}")
        positional = override.get("query_name", positional)
        if "json_name" in override:
            named.append(f"JsonName = {quoted(override['json_name'])}")
        flattened = override.get("flattened", member.get("flattened") or target.get("flattened"))
        if flattened:
            named.append("Flattened = true")
        if target["type"] == "list":
            item_name = override.get("list_member", target["member"].get("locationName"))
            if item_name and item_name != "member":
                named.append(f"ListMember = {quoted(item_name)}")
        if target["type"] == "map":
            key_name = override.get("map_key", target["key"].get("locationName"))
            value_name = override.get("map_value", target["value"].get("locationName"))
            if key_name and key_name != "key":
                named.append(f"MapKey = {quoted(key_name)}")
            if value_name and value_name != "value":
                named.append(f"MapValue = {quoted(value_name)}")
        if f"{owner}.{member_name}" in self.service.required:
            named.append("Required = true")
        named += self.http_binding(shape, member_name, member, target)
        arguments = ([quoted(positional)] if positional else []) + named
        return f"AwsMember({', '.join(arguments)})" if arguments else None

    def http_binding(self, shape, member_name, member, target):
        """The rest-xml (and rest-json) bindings: where a member travels in the HTTP request or response."""
        found = []
        if "location" in member:
            found.append(f"Location = {quoted(member['location'])}")
        if shape.get("payload") == member_name:
            found.append("Payload = true")
        if target.get("streaming") or member.get("streaming"):
            found.append("Streaming = true")
        if member.get("xmlAttribute"):
            found.append("XmlAttribute = true")
        namespace = member.get("xmlNamespace") or target.get("xmlNamespace")
        if namespace:
            found.append(f"XmlNamespace = {quoted(namespace['uri'])}")
            if "prefix" in namespace:
                found.append(f"XmlPrefix = {quoted(namespace['prefix'])}")
        timestamp_format = member.get("timestampFormat") or target.get("timestampFormat")
        if timestamp_format:
            found.append(f"TimestampFormat = {quoted(timestamp_format)}")
        return found

    def constraints(self, shape_name, required):
        shape, found = self.shapes[shape_name], []
        own = self.constraint_arguments(shape_name, required)
        if own:
            found.append("Constraint(" + ", ".join(own) + ")")
        if shape["type"] == "list":
            items = self.constraint_arguments(shape["member"]["shape"], item=True)
            if items:
                found.append("ElementConstraint(" + ", ".join(items) + ")")
        if shape["type"] == "map":
            keys = self.constraint_arguments(shape["key"]["shape"], item=True)
            values = self.constraint_arguments(shape["value"]["shape"], item=True)
            if keys:
                found.append("KeyConstraint(" + ", ".join(keys) + ")")
            if values:
                found.append("ElementConstraint(" + ", ".join(values) + ")")
        return found

    def constraint_arguments(self, shape_name, required=False, item=False):
        shape, parts = self.shapes[shape_name], []
        if required:
            parts.append("NotNull = true")
        sized = shape["type"] in ("string", "blob", "list", "map")
        # A minimum length of 0 never fails; AWS still lists it when it describes what items, keys or values must satisfy.
        if "min" in shape and not (sized and shape["min"] == 0 and not item):
            parts.append(f"Min = {int(shape['min'])}")
        if "max" in shape:
            parts.append(f"Max = {int(shape['max'])}")
        pattern = self.service.patterns.get(shape_name, shape.get("pattern"))
        if pattern is not None:
            parts.append("Pattern = " + verbatim(pattern))
        if "enum" in shape:
            values = self.service.enum_order.get(shape_name, shape["enum"])
            assert sorted(values) == sorted(shape["enum"]), f"{shape_name}: the observed order lists other values than the model"
            parts.append("Enum = new[] { " + ", ".join(quoted(v) for v in values) + " }")
        return parts


def enum_class(name, values):
    """The values of one of the model's string enums, as constants."""
    lines = [f"/// <summary>The values of the model's <c>{name}</c>.</summary>", f"public static class {name}Values", "{"]
    seen = set()
    for value in values:
        constant = "".join(pascal(part.lower()) if part.isupper() or part.islower() else pascal(part)
                           for part in re.split(r"[^A-Za-z0-9]+", value) if part) or "Empty"
        if constant[0].isdigit():
            constant = "_" + constant
        while constant in seen:
            constant += "_"
        seen.add(constant)
        lines.append(f"    public const string {constant} = {quoted(value)};")
    lines.append("}")
    return "\n".join(lines)
