using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>Slack's two-step external upload: reserve (files.getUploadURLExternal), POST the bytes to the returned
/// URL, then complete (files.completeUploadExternal) with an optional channel to share into.</summary>
internal static class FilesMethods
{
    public static JsonObject GetUploadUrlExternal(WebApiCall call)
    {
        var args = call.Args;
        var filename = args.Required("filename");
        var length = args.Int("length") ?? throw WebApiError.MissingArgument("length");
        if (length <= 0)
        {
            throw new WebApiError("invalid_arguments", "[ERROR] length must be greater than 0");
        }

        var file = call.Context.Files.Reserve(filename, length);
        var result = WebApiCall.Ok();
        result["upload_url"] = new Uri(call.Context.BaseUrl, $"upload/v1/{file.Id}").ToString();
        result["file_id"] = file.Id;
        return result;
    }

    public static JsonObject CompleteUploadExternal(WebApiCall call)
    {
        var args = call.Args;
        var requested = args.Array("files", "invalid_arguments") ?? throw WebApiError.MissingArgument("files");
        var channelId = args.NonEmpty("channel_id");
        if (channelId is ['U' or 'W', ..])
        {
            // Unlike chat.postMessage, Slack takes only conversation ids here (pattern ^[CGDZ][A-Z0-9]{8,}$): a DM
            // must be opened with conversations.open first.
            throw new WebApiError("invalid_arguments", "[ERROR] input must match regex pattern: ^[CGDZ][A-Z0-9]{8,}$ [json-pointer:/channel_id]");
        }

        if (channelId is not null)
        {
            ChatMethods.WritableChannel(call, channelId);
        }

        var store = call.Context.Files;
        var completed = new List<FakeUploadedFile>();
        foreach (var entry in requested)
        {
            var id = entry?["id"]?.GetValue<string>() ?? throw new WebApiError("invalid_arguments", "[ERROR] every file needs an id");
            var file = store.Find(id);
            if (file?.Content is null)
            {
                throw new WebApiError("file_not_found");
            }

            var title = entry["title"]?.GetValue<string>() ?? file.Filename;
            var done = file with
            {
                Completed = true,
                Title = title,
                ChannelId = channelId,
                ThreadTs = args.NonEmpty("thread_ts"),
                InitialComment = args.NonEmpty("initial_comment"),
            };
            store.TryUpdate(id, _ => done);
            completed.Add(done);
        }

        var result = WebApiCall.Ok();
        result["files"] = SlackJsonWriter.ArrayOf(completed.Select(file => (JsonNode?)new JsonObject
        {
            ["id"] = file.Id,
            ["name"] = file.Filename,
            ["title"] = file.Title,
            ["size"] = file.Content!.Length,
        }));
        return result;
    }
}
