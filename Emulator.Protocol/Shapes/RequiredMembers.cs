using Emulator.Protocol.Errors;

namespace Emulator.Protocol.Shapes;

/// <summary>Rejects a decoded request that lacks a member its shape requires.</summary>
public static class RequiredMembers
{
    public static void Check(ShapeInfo shape, object instance)
    {
        foreach (var member in shape.RequiredMembers)
            if (member.Get(instance) is null) throw CommonErrors.MissingParameter(member.Name);
    }
}
