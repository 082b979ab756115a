using System.Text;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;
using Emulator.Sqs.Validation;

namespace Emulator.Tests.Sqs.Validation;

/// <summary>Message bodies are checked as UTF-8; the verdict and the error must be those of the check on .NET strings.</summary>
public class MessageContentTests
{
    [Theory]
    [InlineData("plain ascii with DEL \u007f")]
    [InlineData("tab\tnewline\ncarriage\r")]
    [InlineData("unicode é ✓ 😀 \ud7ff \ue000 \ufffd")]
    [InlineData("é then a control \u0001 later")]
    [InlineData("\u0000 at the start")]
    [InlineData("ends with \uffff")]
    [InlineData("\ufffe in the middle ✓")]
    [InlineData("\u0008\u000b\u000c\u001f")]
    public void The_UTF8_check_agrees_with_the_string_check(string text)
    {
        Assert.Equal(Verdict(() => MessageContent.CheckCharacters(text)), Verdict(() => MessageContent.CheckCharacters(Utf8Text.From(text))));
    }

    [Fact]
    public void Every_code_point_class_gets_the_same_verdict_both_ways()
    {
        for (var codePoint = 0; codePoint < 0x11000; codePoint += codePoint < 0x100 ? 1 : 7)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF) continue;
            var text = "x" + char.ConvertFromUtf32(codePoint) + "y";
            Assert.Equal(Verdict(() => MessageContent.CheckCharacters(text)),
                Verdict(() => MessageContent.CheckCharacters(Utf8Text.OfValidUtf8(Encoding.UTF8.GetBytes(text)))));
        }
    }

    private static string Verdict(Action check)
    {
        try
        {
            check();
            return "accepted";
        }
        catch (AwsError error)
        {
            return error.Code + ": " + error.Message;
        }
    }
}
