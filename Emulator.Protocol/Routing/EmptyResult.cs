namespace Emulator.Protocol.Routing;

/// <summary>The output of operations that return nothing but request metadata.</summary>
public sealed class EmptyResult
{
    public static readonly EmptyResult Instance = new();
}
