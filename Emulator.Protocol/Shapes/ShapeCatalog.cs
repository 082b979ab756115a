using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace Emulator.Protocol.Shapes;

/// <summary>
/// Describes shape types once, with typed delegates for construction and member access, so that the codecs never
/// reflect while serving a request. The delegates are bound to the property accessors rather than compiled from
/// expression trees, which would cost start-up tens of milliseconds.
/// </summary>
public static class ShapeCatalog
{
    private static readonly ConcurrentDictionary<Type, ShapeInfo> Shapes = new();
    private static readonly object BuildLock = new();

    public static ShapeInfo For<T>() => For(typeof(T));

    public static ShapeInfo For(Type type)
    {
        if (Shapes.TryGetValue(type, out var known)) return known;
        lock (BuildLock)
        {
            var pending = new Dictionary<Type, ShapeInfo>();
            Build(type, pending);
            MarkConstrained(pending.Values);
            foreach (var (t, s) in pending) Shapes.TryAdd(t, s);
            return Shapes[type];
        }
    }

    private static ShapeInfo Build(Type type, Dictionary<Type, ShapeInfo> pending)
    {
        if (Shapes.TryGetValue(type, out var known)) return known;
        if (pending.TryGetValue(type, out var building)) return building;

        var ctor = type.GetConstructor(Type.EmptyTypes)
                   ?? throw new InvalidOperationException($"Shape {type.Name} needs a parameterless constructor.");
        var create = Generic<Func<object>>(nameof(Creator), [type]);
        var shape = new ShapeInfo(type, create) { XmlName = type.GetCustomAttribute<AwsShapeAttribute>()?.XmlName ?? type.Name };
        pending[type] = shape;

        var members = new List<ShapeMember>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || !property.CanWrite) continue;
            members.Add(Describe(property, pending));
        }

        var byName = members.ToDictionary(m => m.Name, StringComparer.Ordinal);
        shape.Members = members.ToArray();
        shape.RequiredMembers = members.Where(m => m.Required).ToArray();
        shape.ByName = byName;
        shape.StreamingPayload = members.FirstOrDefault(m => m.Payload && m.Kind == MemberKind.StreamingBlob);
        return shape;
    }

    /// <summary>
    /// Lists, for each new shape, the members a constraint check must visit: those with constraints and those holding
    /// shapes that have some. Repeated until nothing changes, since shapes can nest each other.
    /// </summary>
    private static void MarkConstrained(IEnumerable<ShapeInfo> shapes)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var shape in shapes)
            {
                var constrained = shape.Members.Where(m => m.HasConstraints || m.Shape is { ConstrainedMembers.Length: > 0 }).ToArray();
                if (constrained.Length == shape.ConstrainedMembers.Length) continue;
                shape.ConstrainedMembers = constrained;
                changed = true;
            }
        }
    }

    private static ShapeMember Describe(PropertyInfo property, Dictionary<Type, ShapeInfo> pending)
    {
        var declared = property.GetCustomAttribute<AwsMemberAttribute>() ?? new AwsMemberAttribute();
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var kind = KindOf(type);
        MemberKind elementKind = default;
        ShapeInfo? nested = null;
        Func<IList>? newList = null;
        Func<IDictionary>? newMap = null;

        switch (kind)
        {
            case MemberKind.Structure:
                nested = Build(type, pending);
                break;
            case MemberKind.List:
                var itemType = type.GetGenericArguments()[0];
                elementKind = KindOf(itemType);
                if (elementKind == MemberKind.Structure) nested = Build(itemType, pending);
                newList = Generic<Func<IList>>(nameof(Creator), [type]);
                break;
            case MemberKind.Map:
                var valueType = type.GetGenericArguments()[1];
                elementKind = KindOf(valueType);
                if (elementKind == MemberKind.Structure) nested = Build(valueType, pending);
                newMap = Generic<Func<IDictionary>>(nameof(Creator), [type]);
                break;
        }

        var name = declared.JsonName ?? property.Name;
        return new ShapeMember
        {
            Name = name,
            Utf8Name = Encoding.UTF8.GetBytes(name),
            QueryName = declared.QueryName ?? property.Name,
            Kind = kind,
            ElementKind = elementKind,
            Shape = nested,
            Flattened = declared.Flattened,
            ListMember = declared.ListMember,
            MapKey = declared.MapKey,
            MapValue = declared.MapValue,
            Required = declared.Required,
            Location = declared.Location,
            Payload = declared.Payload,
            Constraints = ValueConstraints.From(property.GetCustomAttributes<ConstraintAttribute>(inherit: false)
                .FirstOrDefault(c => c is not ElementConstraintAttribute and not KeyConstraintAttribute)),
            ElementConstraints = ValueConstraints.From(property.GetCustomAttribute<ElementConstraintAttribute>()),
            KeyConstraints = ValueConstraints.From(property.GetCustomAttribute<KeyConstraintAttribute>()),
            ConstraintPath = string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1)),
            Get = Getter(property),
            Set = Setter(property),
            NewList = newList,
            NewMap = newMap,
        };
    }

    private static MemberKind KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return MemberKind.String;
        if (type == typeof(Utf8Text)) return MemberKind.Utf8Text;
        if (type == typeof(int)) return MemberKind.Int32;
        if (type == typeof(long)) return MemberKind.Int64;
        if (type == typeof(double)) return MemberKind.Double;
        if (type == typeof(bool)) return MemberKind.Boolean;
        if (type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>)) return MemberKind.Blob;
        if (type == typeof(StreamingBlob)) return MemberKind.StreamingBlob;
        if (type == typeof(DateTimeOffset)) return MemberKind.Timestamp;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)) return MemberKind.List;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            if (type.GetGenericArguments()[0] != typeof(string))
                throw new InvalidOperationException($"Map keys must be strings: {type}.");
            return MemberKind.Map;
        }
        if (type.IsClass) return MemberKind.Structure;
        throw new InvalidOperationException($"Unsupported shape member type {type}.");
    }

    private static Func<object, object?> Getter(PropertyInfo property) =>
        Generic<Func<object, object?>>(nameof(TypedGetter), [property.DeclaringType!, property.PropertyType], property);

    private static Action<object, object?> Setter(PropertyInfo property) =>
        property.PropertyType == typeof(ReadOnlyMemory<byte>?)
            ? Generic<Action<object, object?>>(nameof(BlobViewSetter), [property.DeclaringType!], property)
            : Generic<Action<object, object?>>(nameof(TypedSetter), [property.DeclaringType!, property.PropertyType], property);

    /// <summary>Calls one of the generic factories below, made for the given types, once per member when a shape is described.</summary>
    private static T Generic<T>(string factory, Type[] typeArguments, params object?[] arguments) =>
        (T)typeof(ShapeCatalog).GetMethod(factory, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(typeArguments).Invoke(null, arguments)!;

    private static Func<T> Creator<T>() where T : new() => static () => new T();

    /// <summary>
    /// Never called: Native AOT compiles a generic method only for the instantiations it sees, and can make any shape's
    /// accessors at run time from the shared code of one instantiation per value type a member holds. These are they
    /// (kept because the Native AOT build roots this assembly: see Emulator.csproj).
    /// </summary>
    private static Delegate[] KeepValueTypeAccessors() =>
    [
        TypedGetter<object, bool?>, TypedSetter<object, bool?>,
        TypedGetter<object, int?>, TypedSetter<object, int?>,
        TypedGetter<object, long?>, TypedSetter<object, long?>,
        TypedGetter<object, double?>, TypedSetter<object, double?>,
        TypedGetter<object, DateTimeOffset?>, TypedSetter<object, DateTimeOffset?>,
        TypedGetter<object, ReadOnlyMemory<byte>?>,
    ];

    private static Func<object, object?> TypedGetter<TShape, TValue>(PropertyInfo property)
    {
        var get = property.GetMethod!.CreateDelegate<Func<TShape, TValue>>();
        return instance => get((TShape)instance);
    }

    private static Action<object, object?> TypedSetter<TShape, TValue>(PropertyInfo property)
    {
        var set = property.SetMethod!.CreateDelegate<Action<TShape, TValue>>();
        return (instance, value) => set((TShape)instance, (TValue)value!);
    }

    /// <summary>Decoders produce byte arrays; a member declared as a view of bytes takes them as one.</summary>
    private static Action<object, object?> BlobViewSetter<TShape>(PropertyInfo property)
    {
        var set = property.SetMethod!.CreateDelegate<Action<TShape, ReadOnlyMemory<byte>?>>();
        return (instance, value) => set((TShape)instance, value is byte[] bytes ? bytes : (ReadOnlyMemory<byte>?)value);
    }
}
