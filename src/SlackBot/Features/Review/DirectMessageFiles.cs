using SlackBot.Slack.Api;

namespace SlackBot.Features.Review;

/// <summary>
/// Shares a file in a person's DM with the bot through Slack's external upload: files.getUploadURLExternal, the bytes
/// to the URL it returns, then files.completeUploadExternal into the DM (opened first: that method takes only a
/// conversation id). Repeating it after a failure is safe: an upload that was never completed stays invisible.
/// </summary>
public sealed class DirectMessageFiles(ISlackApi slack)
{
    /// <returns>The Slack file id.</returns>
    public async Task<string> ShareAsync(string userId, string fileName, string title, byte[] content, string initialComment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var channel = await slack.OpenDirectMessageAsync(userId, cancellationToken);
        var upload = await slack.GetUploadUrlExternalAsync(fileName, content.Length, cancellationToken);
        using (var bytes = new MemoryStream(content, writable: false))
        {
            await slack.UploadToUrlAsync(upload.Url, bytes, fileName, cancellationToken);
        }

        await slack.CompleteUploadExternalAsync(new CompleteUploadRequest
        {
            Files = [new SlackFileRef(upload.FileId, title)],
            ChannelId = channel,
            InitialComment = initialComment,
        }, cancellationToken);
        return upload.FileId;
    }
}
