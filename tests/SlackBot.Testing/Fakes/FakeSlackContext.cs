namespace SlackBot.Testing.Fakes;

/// <summary>The parts of one fake Slack instance, shared by its HTTP endpoints, Socket Mode server and test API.</summary>
internal sealed class FakeSlackContext
{
    private Uri? baseUrl;

    public FakeSlackContext(FakeSlackOptions options)
    {
        Options = options;
        Identity = FakeIdentity.CreateRandom();
        Timestamps = new SlackTimestamps(options.Clock);
        Workspace = new FakeWorkspace(Timestamps);
        Interactions = new FakeInteractions(options.Clock, options.TriggerIdLifetime);
        Payloads = new SlackPayloads(this);
        SocketMode = new FakeSocketMode(this);
    }

    public FakeSlackOptions Options { get; }

    public TimeProvider Clock => Options.Clock;

    public FakeIdentity Identity { get; }

    public SlackTimestamps Timestamps { get; }

    public FakeWorkspace Workspace { get; }

    public FakeInteractions Interactions { get; }

    public FakeFileStore Files { get; } = new();

    public CallLog Calls { get; } = new();

    public FakeSlackFaults Faults { get; } = new();

    public SlackPayloads Payloads { get; }

    public FakeSocketMode SocketMode { get; }

    /// <summary>"http://127.0.0.1:&lt;port&gt;/", known once Kestrel has bound its port.</summary>
    public Uri BaseUrl
    {
        get => baseUrl ?? throw new InvalidOperationException("The fake Slack server has not started yet.");
        set => baseUrl = value;
    }

    public string WriteJson(System.Text.Json.Nodes.JsonNode node) => SlackJsonWriter.Write(node, Options.EscapeSlashes);
}
