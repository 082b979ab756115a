using System.Text;
using System.Xml.Linq;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Query;
using Emulator.Protocol.Routing;
using Emulator.Protocol.Shapes;

namespace Emulator.Tests.Protocol;

public class XmlResponseEncoderTests
{
    private static readonly AwsServiceDescriptor Service = new()
    {
        Name = "test",
        SpeaksQuery = true,
        XmlNamespace = "http://example.com/doc/",
    };

    private static OperationBinding Operation<T>(string name) where T : class => new()
    {
        Service = Service,
        Name = name,
        Input = ShapeCatalog.For<SampleEntry>(),
        Output = ShapeCatalog.For<T>(),
        Invoke = (_, _) => ValueTask.FromResult<object>(new object()),
    };

    [Fact]
    public void Writes_result_with_flattened_and_wrapped_collections()
    {
        var xml = new StringBuilder();
        XmlResponseEncoder.WriteResult(xml, Operation<SampleRequest>("Sample"), new SampleRequest
        {
            Name = "a&b<c>\r",
            Labels = ["x", "y"],
            Attributes = new() { ["k"] = "v" },
            Wrapped = ["w"],
            Nested = new() { ["e"] = new SampleEntry { Id = "i" } },
        }, "req-1");

        var doc = XDocument.Parse(xml.ToString());
        XNamespace ns = "http://example.com/doc/";
        var result = doc.Root!.Element(ns + "SampleResult")!;
        Assert.Equal("SampleResponse", doc.Root.Name.LocalName);
        Assert.Equal("a&b<c>\r", result.Element(ns + "Name")!.Value);
        Assert.Equal(["x", "y"], result.Elements(ns + "Label").Select(e => e.Value));
        Assert.Equal("k", result.Element(ns + "Attribute")!.Element(ns + "Name")!.Value);
        Assert.Equal("v", result.Element(ns + "Attribute")!.Element(ns + "Value")!.Value);
        Assert.Equal("w", result.Element(ns + "Wrapped")!.Element(ns + "member")!.Value);
        Assert.Equal("i", result.Element(ns + "Nested")!.Element(ns + "entry")!.Element(ns + "value")!.Element(ns + "Id")!.Value);
        Assert.Equal("req-1", doc.Root.Element(ns + "ResponseMetadata")!.Element(ns + "RequestId")!.Value);
    }

    [Fact]
    public void Empty_output_has_no_result_element()
    {
        var xml = new StringBuilder();
        XmlResponseEncoder.WriteResult(xml, Operation<EmptyResult>("DeleteThing"), EmptyResult.Instance, "r");
        var doc = XDocument.Parse(xml.ToString());
        Assert.Single(doc.Root!.Elements());
        Assert.Equal("ResponseMetadata", doc.Root.Elements().Single().Name.LocalName);
    }

    [Fact]
    public void Writes_error_response()
    {
        var xml = new StringBuilder();
        XmlResponseEncoder.WriteError(xml, Service,
            new AwsError("QueueDoesNotExist", "The specified queue does not exist.", queryCode: "AWS.SimpleQueueService.NonExistentQueue"), "r");
        var doc = XDocument.Parse(xml.ToString());
        XNamespace ns = "http://example.com/doc/";
        var error = doc.Root!.Element(ns + "Error")!;
        Assert.Equal("Sender", error.Element(ns + "Type")!.Value);
        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue", error.Element(ns + "Code")!.Value);
        Assert.Equal("The specified queue does not exist.", error.Element(ns + "Message")!.Value);
        Assert.Equal("r", doc.Root.Element(ns + "RequestId")!.Value);
    }
}
