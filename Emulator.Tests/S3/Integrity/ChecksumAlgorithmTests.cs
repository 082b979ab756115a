using System.Text;
using Emulator.S3.Integrity;

namespace Emulator.Tests.S3.Integrity;

/// <summary>
/// The checksums against their catalogued check values (CRC RevEng catalogue: CRC-32/ISO-HDLC, CRC-32/ISCSI, CRC-64/NVME,
/// the CRC of "123456789") and against values S3 returned for the same data (LocalStack's recordings on AWS,
/// tests/aws/services/s3/test_s3.snapshot.json, TestS3PutObjectChecksum).
/// </summary>
public class ChecksumAlgorithmTests
{
    [Theory]
    [InlineData("CRC32", "cbf43926")]
    [InlineData("CRC32C", "e3069283")]
    [InlineData("CRC64NVME", "ae8b14860a799888")]
    public void CRCs_give_their_catalogued_check_values(string algorithm, string check)
    {
        Assert.Equal(check, Convert.ToHexStringLower(ChecksumAlgorithm.Named(algorithm)!.Compute([Encoding.ASCII.GetBytes("123456789")])));
    }

    [Theory]
    [InlineData("CRC32", "cZWHwQ==")]
    [InlineData("CRC32C", "Pf4upw==")]
    [InlineData("CRC64NVME", "qUVrWYOrIAM=")]
    [InlineData("SHA1", "B++3uSfJMSHWToQMQ1g6lIJY5Eo=")]
    [InlineData("SHA256", "2l26x0trnT0r2AvakoFk2MB7eKVKzYESLMxSAKAzoik=")]
    public void Checksums_match_what_S3_returned_for_the_same_data(string algorithm, string base64)
    {
        Assert.Equal(base64, Convert.ToBase64String(ChecksumAlgorithm.Named(algorithm)!.Compute([Encoding.ASCII.GetBytes("test data..")])));
    }

    [Theory]
    [InlineData("CRC32")]
    [InlineData("CRC32C")]
    [InlineData("CRC64NVME")]
    [InlineData("SHA256")]
    public void Data_in_pieces_of_any_size_gives_the_same_checksum(string algorithm)
    {
        var data = new byte[100_003];
        new Random(7).NextBytes(data);
        var checksum = ChecksumAlgorithm.Named(algorithm)!;

        var whole = checksum.Compute([data]);
        var pieces = checksum.Compute([data.AsMemory(0, 3), data.AsMemory(3, 65_536), data.AsMemory(65_539)]);

        Assert.Equal(whole, pieces);
    }
}
