namespace SlackBot.Slack.Api;

/// <summary>Where to send a file's bytes (files.getUploadURLExternal) and the id to complete the upload with.</summary>
public sealed record UploadUrl(Uri Url, string FileId);
