using System.Text;
using Emulator.Protocol.Query;
using Microsoft.AspNetCore.Http;

namespace Emulator.Tests.Protocol;

public class QueryParametersTests
{
    [Fact]
    public void Form_values_are_decoded_from_their_bytes()
    {
        var parameters = Read("Action=SendMessage&MessageBody=a+b%20c%2Bd%C3%A9%F0%9F%98%80&Empty=&Bare&Broken=%zz%4", "");

        Assert.Equal("SendMessage", parameters["Action"]);
        Assert.Equal("a b c+dé😀", parameters["MessageBody"]);
        Assert.Equal("", parameters["Empty"]);
        Assert.Equal("", parameters["Bare"]);
        Assert.Equal("%zz%4", parameters["Broken"]);
    }

    [Fact]
    public void The_body_wins_over_the_query_string_and_the_first_occurrence_within_each()
    {
        var parameters = Read("Action=FromBody&Action=Second&Only=body", "?Action=FromQuery&Extra=query&Extra=later");

        Assert.Equal("FromBody", parameters["Action"]);
        Assert.Equal("body", parameters["Only"]);
        Assert.Equal("query", parameters["Extra"]);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_become_replacement_characters()
    {
        Assert.Equal("a\uFFFDb", Read("Value=a%FFb", "")["Value"]);
        Assert.Equal("a\uFFFDb", Read(Encoding.Latin1.GetString([.. "Value=a"u8, 0xFF, .. "b"u8]), "", Encoding.Latin1)["Value"]);
    }

    private static Dictionary<string, string> Read(string body, string query, Encoding? encoding = null)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/x-www-form-urlencoded; charset=utf-8";
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        return QueryParameters.Read(context.Request, (encoding ?? Encoding.UTF8).GetBytes(body));
    }
}
