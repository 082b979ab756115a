using System.Text;
using Emulator.Protocol.Pipeline;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json;

namespace Emulator.Sqs.MoveTasks;

/// <summary>A message move task's handle: the task's id and its source queue's ARN, as base64 of a small JSON object.</summary>
public readonly record struct MoveTaskHandle(string TaskId, string SourceArn)
{
    public static MoveTaskHandle New(string sourceArn) => new(RandomUuid.New().ToString(), sourceArn);

    public string Encode()
    {
        var json = new JObject { ["taskId"] = TaskId, ["sourceArn"] = SourceArn };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToString(Formatting.None)));
    }

    public static MoveTaskHandle? TryDecode(string handle)
    {
        try
        {
            return JObject.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(handle))) is
                { } json && json["taskId"] is JValue { Type: JTokenType.String } id && json["sourceArn"] is JValue { Type: JTokenType.String } arn
                ? new MoveTaskHandle((string)id!, (string)arn!)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
