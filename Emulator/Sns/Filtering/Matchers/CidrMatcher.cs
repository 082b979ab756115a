namespace Emulator.Sns.Filtering.Matchers;

/// <summary>
/// <c>cidr</c>: strings that are IP addresses of the same family between the block's address and its last address.
/// As in AWS, the block starts at the address written, so <c>10.0.0.5/24</c> covers 10.0.0.5 to 10.0.0.255.
/// </summary>
internal sealed class CidrMatcher : ValueMatcher
{
    private readonly byte[] _first;
    private readonly byte[] _last;

    private CidrMatcher(byte[] first, byte[] last)
    {
        _first = first;
        _last = last;
    }

    public static CidrMatcher Parse(string cidr)
    {
        var parts = cidr.Split('/');
        if (parts.Length != 2 || parts[1].Length == 0) throw FilterPolicyErrors.Invalid("Malformed CIDR, one '/' required");
        if (!int.TryParse(parts[1], out var maskBits)) throw FilterPolicyErrors.Invalid("Malformed CIDR, mask bits must be an integer");
        if (maskBits < 0) throw FilterPolicyErrors.Invalid("Malformed CIDR, mask bits must not be negative");
        if (!IpAddressText.LooksLikeAddress(parts[0])) throw FilterPolicyErrors.Invalid($"Nonstandard IP address: {parts[0]}");
        if (IpAddressText.Parse(parts[0]) is not { } first) throw FilterPolicyErrors.Invalid($"Invalid IP address: {parts[0]}");
        if (first.Length == 4 && maskBits > 31) throw FilterPolicyErrors.Invalid("IPv4 mask bits must be < 32");
        if (first.Length == 16 && maskBits > 127) throw FilterPolicyErrors.Invalid("IPv6 mask bits must be < 128");

        var last = (byte[])first.Clone();
        var hostBits = first.Length * 8 - maskBits;
        for (var i = last.Length - 1; i >= 0 && hostBits > 0; i--, hostBits -= 8)
            last[i] |= (byte)(hostBits >= 8 ? 0xFF : (1 << hostBits) - 1);
        return new CidrMatcher(first, last);
    }

    public override bool Matches(in FilterValue value)
    {
        if (value.Kind != FilterValueKind.String || IpAddressText.Parse(value.Text!) is not { } address) return false;
        return address.Length == _first.Length
               && address.AsSpan().SequenceCompareTo(_first) >= 0
               && address.AsSpan().SequenceCompareTo(_last) <= 0;
    }
}
