using System.Text;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Pipeline;
using Emulator.Protocol.Rest;
using Emulator.Protocol.Shapes;
using Emulator.S3.Shapes;
using Microsoft.AspNetCore.Http;

namespace Emulator.Tests.Protocol;

/// <summary>REST requests bound member by member as S3's model says: path labels, query, headers, header maps, body.</summary>
public class RestRequestDecoderTests
{
    private static readonly RestRouter Router = new(S3Routes.All);

    [Fact]
    public void PutObject_takes_its_key_headers_metadata_and_body()
    {
        var request = Decode<PutObjectRequest>("PUT", "/fixtures/dir/a%20b.txt", "", new()
        {
            ["Content-Type"] = "text/plain", ["Content-Length"] = "5", ["x-amz-meta-Owner"] = "team", ["X-Amz-Meta-stage"] = "ci",
        }, "hello");

        Assert.Equal(("fixtures", "dir/a b.txt", "text/plain", 5L), (request.Bucket, request.Key, request.ContentType, request.ContentLength));
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "team", ["stage"] = "ci" }, request.Metadata);
        Assert.Equal("hello", Encoding.UTF8.GetString(((ChunkedBlob)request.Body!).ToArray()));
    }

    [Fact]
    public void GetObject_takes_range_conditions_and_overrides_from_headers_and_query()
    {
        var request = Decode<GetObjectRequest>("GET", "/fixtures/k", "response-content-type=application%2Fjson&partNumber=2", new()
        {
            ["Range"] = "bytes=0-9", ["If-Modified-Since"] = "Wed, 21 Oct 2015 07:28:00 GMT",
        });

        Assert.Equal(("bytes=0-9", "application/json", 2), (request.Range, request.ResponseContentType, request.PartNumber));
        Assert.Equal(new DateTimeOffset(2015, 10, 21, 7, 28, 0, TimeSpan.Zero), request.IfModifiedSince);
    }

    [Fact]
    public void An_XML_payload_becomes_its_structure_with_flattened_lists()
    {
        var create = Decode<CreateBucketRequest>("PUT", "/fixtures", "", new() { ["x-amz-acl"] = "private" },
            """<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>""");
        var delete = Decode<DeleteObjectsRequest>("POST", "/fixtures", "delete", new(),
            """<Delete><Object><Key>a</Key></Object><Unknown/><Object><Key>b/c</Key><VersionId>1</VersionId></Object><Quiet>true</Quiet></Delete>""");

        Assert.Equal(("private", "eu-west-1"), (create.ACL, create.CreateBucketConfiguration!.LocationConstraint));
        Assert.Equal(["a", "b/c"], delete.Delete!.Objects!.Select(o => o.Key));
        Assert.Equal("1", delete.Delete.Objects![1].VersionId);
        Assert.True(delete.Delete.Quiet);
    }

    [Fact]
    public void Malformed_XML_is_S3s_MalformedXML()
    {
        var error = Assert.Throws<AwsError>(() => Decode<DeleteObjectsRequest>("POST", "/fixtures", "delete", new(), "<Delete><Object>"));

        Assert.Equal("MalformedXML", error.Code);
    }

    // Found by the REST-XML fuzz target: the framework's XML reader threw ArgumentOutOfRangeException on this declaration.
    [Fact]
    public void A_body_whose_declaration_holds_invalid_UTF8_is_MalformedXML()
    {
        byte[] body = [.. "<?xml version=\"1.0"u8, 0xED, 0xA0, 0x80, .. "\"?>"u8];

        var error = Assert.Throws<AwsError>(() => XmlShapeReader.Read(ShapeCatalog.For<CreateBucketConfiguration>(), body));

        Assert.Equal("MalformedXML", error.Code);
    }

    // Found by the S3 HTTP fuzz target: GET /bucket/key?uploadId= left UploadId null, and ListParts failed with a 500;
    // an empty x-amz-copy-source did the same to CopyObject.
    [Fact]
    public void A_required_query_parameter_or_header_that_is_empty_is_an_empty_string()
    {
        Assert.Equal("", Decode<ListPartsRequest>("GET", "/fixtures/k", "uploadId=", new()).UploadId);
        Assert.Equal("", Decode<CopyObjectRequest>("PUT", "/fixtures/k", "", new() { ["x-amz-copy-source"] = "" }).CopySource);
    }

    private static T Decode<T>(string method, string path, string query, Dictionary<string, string> headers, string body = "")
    {
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "");
        var headerDictionary = new HeaderDictionary();
        foreach (var (name, value) in headers) headerDictionary[name] = value;
        var route = Router.Match(method, path, parameters, headerDictionary.ContainsKey)!;
        var shape = ShapeCatalog.For<T>();
        var streamed = shape.StreamingPayload is null
            ? null
            : new StreamingRequestBody(ChunkedBlob.Of(Encoding.UTF8.GetBytes(body)), new Dictionary<string, string>());
        return (T)RestRequestDecoder.Decode(shape, route, parameters, headerDictionary, Encoding.UTF8.GetBytes(body), streamed);
    }
}
