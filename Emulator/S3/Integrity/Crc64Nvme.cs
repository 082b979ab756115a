namespace Emulator.S3.Integrity;

/// <summary>
/// CRC-64/NVME (reflected polynomial 0x9A6C9329AC4BC9B5, initial value and final XOR all ones), the checksum S3
/// computes for every object uploaded without one. System.IO.Hashing has only CRC-64/ECMA-182, so it is computed here,
/// eight bytes a step with slicing tables.
/// </summary>
public sealed class Crc64Nvme
{
    private const ulong ReflectedPolynomial = 0x9A6C9329AC4BC9B5;
    private static readonly ulong[][] Tables = BuildTables();

    private ulong _crc = ulong.MaxValue;

    public void Append(ReadOnlySpan<byte> data)
    {
        var crc = _crc;
        var t = Tables;
        while (data.Length >= 8)
        {
            var word = crc ^ BitConverter.ToUInt64(data);
            crc = t[7][(byte)word] ^ t[6][(byte)(word >> 8)] ^ t[5][(byte)(word >> 16)] ^ t[4][(byte)(word >> 24)]
                  ^ t[3][(byte)(word >> 32)] ^ t[2][(byte)(word >> 40)] ^ t[1][(byte)(word >> 48)] ^ t[0][(byte)(word >> 56)];
            data = data[8..];
        }
        foreach (var b in data) crc = t[0][(byte)(crc ^ b)] ^ (crc >> 8);
        _crc = crc;
    }

    public ulong Current => ~_crc;

    private static ulong[][] BuildTables()
    {
        var tables = new ulong[8][];
        for (var i = 0; i < 8; i++) tables[i] = new ulong[256];
        for (var n = 0; n < 256; n++)
        {
            var crc = (ulong)n;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ ReflectedPolynomial : crc >> 1;
            tables[0][n] = crc;
        }
        for (var n = 0; n < 256; n++)
            for (var k = 1; k < 8; k++)
                tables[k][n] = tables[0][(byte)tables[k - 1][n]] ^ (tables[k - 1][n] >> 8);
        return tables;
    }
}
