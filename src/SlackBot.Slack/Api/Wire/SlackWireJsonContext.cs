using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlackBot.Slack.Api.Wire;

/// <summary>Metadata for the internal envelope and argument shapes; same settings as <see cref="SlackJsonContext"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(SlackResponse))]
[JsonSerializable(typeof(AuthTestWire))]
[JsonSerializable(typeof(ChannelTsWire))]
[JsonSerializable(typeof(PostEphemeralWire))]
[JsonSerializable(typeof(PermalinkWire))]
[JsonSerializable(typeof(ConversationWire))]
[JsonSerializable(typeof(MessagesWire))]
[JsonSerializable(typeof(MembersWire))]
[JsonSerializable(typeof(UserWire))]
[JsonSerializable(typeof(UserGroupsWire))]
[JsonSerializable(typeof(UserGroupUsersWire))]
[JsonSerializable(typeof(ViewWire))]
[JsonSerializable(typeof(UploadUrlWire))]
[JsonSerializable(typeof(FilesWire))]
[JsonSerializable(typeof(ConnectionUrlWire))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
[JsonSerializable(typeof(EmptyBody))]
[JsonSerializable(typeof(ChannelBody))]
[JsonSerializable(typeof(UsersBody))]
[JsonSerializable(typeof(ReactionsAddBody))]
[JsonSerializable(typeof(ViewsOpenBody))]
[JsonSerializable(typeof(ViewsPublishBody))]
[JsonSerializable(typeof(ViewsUpdateBody))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(UpdateMessageRequest))]
[JsonSerializable(typeof(CompleteUploadRequest))]
internal sealed partial class SlackWireJsonContext : JsonSerializerContext;
