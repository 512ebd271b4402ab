using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>Which token a method wants: the bot token (xoxb-) or the app-level token (xapp-).</summary>
internal enum TokenKind
{
    Bot,
    App,
}

/// <summary>One Web API method: its handler, its token, and whether Slack reads a JSON body for it (it ignores JSON
/// for read methods such as users.info, so their arguments must come as a query string or form).</summary>
internal sealed record WebApiMethod(Func<WebApiCall, JsonObject> Handle, TokenKind Token, bool ReadsJsonBody);

/// <summary>What a method handler gets: the arguments Slack would read, and the fake's state.</summary>
internal sealed record WebApiCall(WebApiArgs Args, FakeSlackContext Context)
{
    public FakeIdentity Identity => Context.Identity;

    public FakeWorkspace Workspace => Context.Workspace;

    public static JsonObject Ok() => new() { ["ok"] = true };
}
