using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlackBot.Features.Import.Export.Wire;

/// <summary>
/// Source-generated metadata for the export's files. Exports come from many eras of Slack and from tools
/// that rewrite them: numbers may be quoted, unknown fields are common, and hand-edited files grow
/// comments and trailing commas, so reading is lenient.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(MessageWire))]
[JsonSerializable(typeof(ChannelWire))]
[JsonSerializable(typeof(UserWire))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
