namespace Emulator.Sns.Filtering;

/// <summary>
/// One SNS message attribute as filtering sees it: <see cref="DataType"/> is <c>String</c>, <c>String.Array</c>,
/// <c>Number</c> or <c>Binary</c>, optionally with a custom suffix (<c>String.xyz</c>, <c>Number.xyz</c>).
/// </summary>
public readonly record struct FilterAttribute(string DataType, string? StringValue);
