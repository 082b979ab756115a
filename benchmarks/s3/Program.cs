// The ceiling of the S3 scenarios: a PUT reads its body to the end and answers 200 with an ETag header; a GET answers
// 200 with as many bytes as its last path segment says (/bucket/1048576), from one array. No routing, no storage: what
// Kestrel itself costs for the same traffic on the same machine.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = null;
});
var app = builder.Build();
var data = new byte[16 * 1024 * 1024];
new Random(1).NextBytes(data);
var buffer = new byte[64 * 1024];
app.Run(async http =>
{
    if (HttpMethods.IsPut(http.Request.Method))
    {
        while (await http.Request.Body.ReadAsync(buffer) > 0) { }
        http.Response.Headers.ETag = "\"d41d8cd98f00b204e9800998ecf8427e\"";
        return;
    }
    var size = int.TryParse(http.Request.Path.Value?.Split('/')[^1], out var n) ? Math.Min(n, data.Length) : 0;
    http.Response.ContentLength = size;
    http.Response.ContentType = "binary/octet-stream";
    await http.Response.Body.WriteAsync(data.AsMemory(0, size));
});
app.Run();
