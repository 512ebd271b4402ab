using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SlackBot.Testing.Fakes;

/// <summary>A stateful stand-in for Slack on loopback: the Web API at <see cref="ApiBaseUrl"/>, the Socket Mode server
/// (<see cref="SocketMode"/>), response_url and upload endpoints, and a signer that posts events, commands and
/// interactions to the bot (<see cref="SenderFor"/>). It shares no code with the product, so the product's signing
/// and parsing are checked against an independent reading of Slack's documentation.</summary>
public sealed class FakeSlack : IAsyncDisposable
{
    private readonly FakeSlackContext context;
    private readonly WebApplication app;
    private readonly HttpClient senderClient = new() { Timeout = TimeSpan.FromSeconds(30) };

    private FakeSlack(FakeSlackContext context, WebApplication app)
    {
        this.context = context;
        this.app = app;
    }

    public static async Task<FakeSlack> StartAsync(FakeSlackOptions? options = null, CancellationToken cancellationToken = default)
    {
        var context = new FakeSlackContext(options ?? new FakeSlackOptions());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();

        var webApi = new WebApiEndpoint(context);
        var responseUrls = new ResponseUrlEndpoint(context);
        var uploads = new FileUploadEndpoint(context);
        app.MapMethods("/api/{method}", [HttpMethods.Get, HttpMethods.Post], webApi.HandleAsync);
        app.MapPost("/response/{id}", responseUrls.HandleAsync);
        app.MapPost("/upload/v1/{fileId}", uploads.HandleAsync);
        app.Map("/link", context.SocketMode.AcceptAsync);

        await app.StartAsync(cancellationToken);
        context.BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
        context.Workspace.AddUser(new FakeUser(context.Identity.BotUserId, context.Identity.BotName, "Etc/UTC", "SlackBot", IsBot: true));
        return new FakeSlack(context, app);
    }

    /// <summary>"http://127.0.0.1:&lt;port&gt;/api/": what the bot's Slack:ApiBaseUrl should be.</summary>
    public Uri ApiBaseUrl => new(context.BaseUrl, "api/");

    /// <summary>"http://127.0.0.1:&lt;port&gt;/".</summary>
    public Uri BaseUrl => context.BaseUrl;

    public string BotToken => context.Identity.BotToken;

    public string AppToken => context.Identity.AppToken;

    public string SigningSecret => context.Identity.SigningSecret;

    public string TeamId => context.Identity.TeamId;

    public string AppId => context.Identity.AppId;

    public string BotUserId => context.Identity.BotUserId;

    public string BotId => context.Identity.BotId;

    public TimeProvider Clock => context.Clock;

    public FakeSlackFaults Faults => context.Faults;

    public FakeSocketMode SocketMode => context.SocketMode;

    public IReadOnlyList<RecordedCall> AllCalls => context.Calls.All();

    public IReadOnlyList<FakeReaction> Reactions => context.Workspace.Reactions();

    public IReadOnlyList<FakeEphemeralMessage> EphemeralMessages => context.Workspace.Ephemerals();

    /// <summary>The Home tab currently published for each user id.</summary>
    public IReadOnlyDictionary<string, FakeView> PublishedViews => context.Interactions.PublishedViews();

    /// <summary>Modals opened with views.open, as last updated, oldest first.</summary>
    public IReadOnlyList<FakeView> OpenedViews => context.Interactions.OpenedViews();

    public IReadOnlyList<ResponseUrlPost> ResponseUrlPosts => context.Interactions.ResponsePosts();

    public IReadOnlyList<FakeUploadedFile> UploadedFiles => context.Files.All();

    /// <summary>A workspace member; <paramref name="tz"/> is an IANA zone id (an unknown one throws here, not later).</summary>
    public FakeUser AddUser(string id, string name, string tz = "Europe/London", string? realName = null)
    {
        TimeZoneInfo.FindSystemTimeZoneById(tz);
        var user = new FakeUser(id, name, tz, realName);
        context.Workspace.AddUser(user);
        return user;
    }

    public FakeChannel AddChannel(string id, string name, bool isPrivate = false, bool botIsMember = true, bool isArchived = false)
    {
        var channel = new FakeChannel(id, name, isPrivate, botIsMember, isArchived,
            Created: context.Clock.GetUtcNow().ToUnixTimeSeconds(), PreviousNames: []);
        context.Workspace.AddChannel(channel);
        return channel;
    }

    /// <summary>Puts these people in the channel (conversations.members lists them, and the bot when it is a member).</summary>
    public void SetChannelMembers(string channelId, params string[] userIds) => context.Workspace.SetMembers(channelId, userIds);

    /// <summary>A user group people can mention as <c>@handle</c>, with these members (usergroups.list and
    /// usergroups.users.list answer from it). No subteam_* event is sent.</summary>
    public FakeUserGroup AddUserGroup(string id, string handle, params string[] userIds)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(handle);
        var group = new FakeUserGroup(id, handle, handle.Replace('-', ' '), [.. userIds]);
        context.Workspace.SetUserGroup(group);
        return group;
    }

    /// <summary>Replaces a user group's members, as an admin editing it would. No subteam_members_changed event is sent.</summary>
    public FakeUserGroup SetUserGroupMembers(string id, params string[] userIds) =>
        context.Workspace.UpdateUserGroup(id, group => group with { Users = [.. userIds] });

    /// <summary>Disables (or re-enables) a user group: usergroups.list leaves it out and its member list is refused.</summary>
    public FakeUserGroup DisableUserGroup(string id, bool disabled = true) =>
        context.Workspace.UpdateUserGroup(id, group => group with { IsDisabled = disabled });

    /// <summary>Renames a channel (conversations.info then shows the new name and the old one in previous_names). No event is sent.</summary>
    public FakeChannel RenameChannel(string id, string newName) =>
        context.Workspace.UpdateChannel(id, channel => channel with
        {
            Name = newName,
            PreviousNames = [channel.Name, .. channel.PreviousNames],
        });

    /// <summary>Archives a channel: posting then fails with is_archived. No event is sent.</summary>
    public FakeChannel ArchiveChannel(string id) =>
        context.Workspace.UpdateChannel(id, channel => channel with { IsArchived = true });

    public FakeChannel? Channel(string id) => context.Workspace.FindChannel(id);

    /// <summary>The id of the app's DM with <paramref name="userId"/> (created if needed), where chat.postMessage to a
    /// user id lands.</summary>
    public string DirectMessageChannelFor(string userId) => context.Workspace.OpenDirectMessage(userId).Id;

    /// <summary>Stores a message a person wrote, without telling the bot; returns its ts. Use the sender's or Socket
    /// Mode's PostUserMessageAsync to also deliver the event.</summary>
    public string AddMessage(string channel, string user, string text, string? threadTs = null) =>
        context.Payloads.AddUserMessage(channel, user, text, threadTs).Ts;

    /// <summary>Stores a message a person wrote and returns its ts with the message event Slack would deliver for it,
    /// for harnesses that deliver, and redeliver after a failure, the same event themselves.</summary>
    public (string Ts, System.Text.Json.Nodes.JsonObject Event) PrepareUserMessage(string channel, string user, string text, string? threadTs = null)
    {
        var (message, _, inner) = context.Payloads.PostUserMessage(channel, user, text, threadTs);
        return (message.Ts, inner);
    }

    /// <summary>All messages in the channel, top-level and replies, oldest first.</summary>
    public IReadOnlyList<FakeMessage> Messages(string channel) => context.Workspace.MessagesIn(channel);

    /// <summary>The replies to <paramref name="threadTs"/> (the parent itself excluded), oldest first.</summary>
    public IReadOnlyList<FakeMessage> Thread(string channel, string threadTs) =>
        [.. context.Workspace.MessagesIn(channel).Where(message => message.IsReply && message.ThreadTs == threadTs)];

    public IReadOnlyList<RecordedCall> Calls(string method) => context.Calls.For(method);

    /// <summary>Calls to <paramref name="method"/> a Slow fault is holding right now; once a test sees one, moving a
    /// FakeTimeProvider past the delay releases it.</summary>
    public int CallsHeld(string method) => context.Calls.Held(method);

    /// <summary>A trigger_id views.open will accept, for payloads a test builds itself.</summary>
    public string IssueTriggerId(string? userId = null) => context.Interactions.IssueTrigger(userId);

    /// <summary>A signer that posts to <paramref name="botBaseUrl"/>/slack/…; timestamps come from
    /// <paramref name="clock"/>, or the fake's clock when null.</summary>
    public SignedRequestSender SenderFor(Uri botBaseUrl, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(botBaseUrl);
        return new SignedRequestSender(senderClient, botBaseUrl, context, clock ?? context.Clock);
    }

    /// <summary>Polls (in real time) until <paramref name="condition"/> holds.</summary>
    public Task WaitForAsync(Func<FakeSlack, bool> condition, TimeSpan? timeout = null,
        [CallerArgumentExpression(nameof(condition))] string? conditionText = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Poll.UntilAsync(() => condition(this), timeout,
            () => $"condition never held: {conditionText}. Calls so far: {DescribeCalls()}");
    }

    /// <summary>Polls until at least <paramref name="count"/> calls to <paramref name="method"/> were answered; returns them.</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForCallsAsync(string method, int count, TimeSpan? timeout = null)
    {
        await Poll.UntilAsync(() => Calls(method).Count >= count, timeout,
            () => $"expected {count} call(s) to {method}, saw {Calls(method).Count}. Calls so far: {DescribeCalls()}");
        return Calls(method);
    }

    public async ValueTask DisposeAsync()
    {
        await context.SocketMode.StopAsync();
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await app.StopAsync(stop.Token);
        }

        await app.DisposeAsync();
        senderClient.Dispose();
    }

    private string DescribeCalls()
    {
        var calls = AllCalls;
        return calls.Count == 0
            ? "none"
            : string.Join("; ", calls.GroupBy(call => call.Method).Select(group =>
                $"{group.Key} x{group.Count()} (last: {group.Last().StatusCode} {Truncate(group.Last().ResponseBody)})"));
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
