using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlackBot.Slack.Api;

/// <summary>
/// Source-generated metadata for the Web API records. Slack speaks snake_case, adds fields without notice,
/// sometimes quotes numbers, and its documentation examples carry trailing commas: reading is lenient.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(PostMessageResponse))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(PostEphemeralResponse))]
[JsonSerializable(typeof(UpdateMessageRequest))]
[JsonSerializable(typeof(UpdateMessageResponse))]
[JsonSerializable(typeof(SlackConversation))]
[JsonSerializable(typeof(HistoryRequest))]
[JsonSerializable(typeof(RepliesRequest))]
[JsonSerializable(typeof(MessagesPage))]
[JsonSerializable(typeof(SlackMessage))]
[JsonSerializable(typeof(SlackUser))]
[JsonSerializable(typeof(SlackView))]
[JsonSerializable(typeof(SlackUserGroup))]
[JsonSerializable(typeof(UploadUrl))]
[JsonSerializable(typeof(CompleteUploadRequest))]
[JsonSerializable(typeof(SlackFileRef))]
[JsonSerializable(typeof(MessageMetadata))]
public sealed partial class SlackJsonContext : JsonSerializerContext;
