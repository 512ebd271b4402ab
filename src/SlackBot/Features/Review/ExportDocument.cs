namespace SlackBot.Features.Review;

/// <summary>An incident's export: the Markdown, a file name Slack can show, and a title for the file.</summary>
public sealed record ExportDocument(string FileName, string Title, string Markdown);
