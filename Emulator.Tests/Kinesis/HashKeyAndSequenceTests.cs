using System.Numerics;
using Emulator.Kinesis.Streams;

namespace Emulator.Tests.Kinesis;

public class HashKeyAndSequenceTests
{
    [Fact]
    public void Even_ranges_start_where_AWS_starts_them()
    {
        Assert.Equal([UInt128.Zero], HashKeys.EvenStarts(1));
        Assert.Equal("170141183460469231731687303715884105728", HashKeys.Format(HashKeys.EvenStarts(2)[1]));
        var three = HashKeys.EvenStarts(3).Select(HashKeys.Format).ToList();
        Assert.Equal(["0", "113427455640312821154458202477256070485", "226854911280625642308916404954512140970"], three);
    }

    [Fact]
    public void A_partition_key_hashes_to_its_MD5_as_a_big_endian_number()
    {
        // MD5("pk1") = 9e49e8b8... as a 128-bit number.
        var expected = BigInteger.Parse("0" + Convert.ToHexString(System.Security.Cryptography.MD5.HashData("pk1"u8)), System.Globalization.NumberStyles.HexNumber);

        Assert.Equal(expected.ToString(), HashKeys.Format(HashKeys.Of("pk1")));
    }

    [Theory]
    [InlineData("340282366920938463463374607431768211455", true)]
    [InlineData("340282366920938463463374607431768211456", false)]
    [InlineData("-1", false)]
    [InlineData("12a", false)]
    public void Explicit_hash_keys_must_fit_in_128_bits(string text, bool valid) => Assert.Equal(valid, HashKeys.TryParse(text, out _));

    [Fact]
    public void Sequence_numbers_are_56_digits_that_order_as_numbers_and_parse_back()
    {
        var small = SequenceNumbers.Format(5);
        var large = SequenceNumbers.Format(1_000_000_000_000);

        Assert.Equal(56, small.Length);
        Assert.Equal(56, large.Length);
        Assert.True(string.CompareOrdinal(small, large) < 0);
        Assert.True(SequenceNumbers.TryParse(large, out var parsed) && parsed == 1_000_000_000_000);
        Assert.False(SequenceNumbers.TryParse("123", out _));
        Assert.False(SequenceNumbers.TryParse("not-a-number", out _));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("18446744073709551615")]
    [InlineData("18446744073709551616")]
    [InlineData("99999999999999999999999999999999999999")]
    public void Sequence_numbers_on_both_sides_of_64_bits_read_the_same(string counter)
    {
        var value = UInt128.Parse(counter);
        var text = SequenceNumbers.Format(value);

        Assert.Equal("495" + counter.PadLeft(53, '0'), text);
        Assert.True(SequenceNumbers.TryParse(text, out var parsed) && parsed == value);
    }
}
