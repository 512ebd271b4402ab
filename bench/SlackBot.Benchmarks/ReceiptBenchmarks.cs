using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using SlackBot.Slack.Inbound;

namespace SlackBot.Benchmarks;

/// <summary>
/// What every delivery costs before it reaches storage: checking Slack's HMAC-SHA256 signature over the raw body, and
/// parsing the body into an envelope (an Events API callback, a slash command's form). Bodies are real-shaped and
/// about the size Slack sends for a message event (1.3 KB with its blocks).
/// </summary>
[MemoryDiagnoser]
public class ReceiptBenchmarks
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_764_600_000);
    private readonly string _timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    private byte[] _eventBody = [];
    private string _signature = "";
    private string _commandForm = "";

    [GlobalSetup]
    public void Setup()
    {
        _eventBody = Encoding.UTF8.GetBytes(EventBody);
        _signature = SlackSignatureVerifier.Sign(_eventBody, _timestamp, Secret);
        _commandForm = "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&enterprise_id=E0001&enterprise_name=Globular%20Construct%20Inc" +
            "&channel_id=C2147483705&channel_name=inc-checkout&user_id=U2147483697&user_name=Steve&command=%2Flearn&text=search%20retry%20worker" +
            "&api_app_id=A123456&is_enterprise_install=false&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678" +
            "&trigger_id=13345224609.738474920.8088930838d88f008e0";
        if (SlackSignatureVerifier.Verify(_eventBody, _timestamp, _signature, Secret, Now) != SignatureCheck.Valid)
            throw new InvalidOperationException("The benchmark's own signature does not verify.");
    }

    [Benchmark]
    public SignatureCheck Verify_signature() => SlackSignatureVerifier.Verify(_eventBody, _timestamp, _signature, Secret, Now);

    [Benchmark]
    public EnvelopeParseResult Parse_event_callback() => SlackEnvelopeParser.ParseEventsBody(_eventBody, Now);

    [Benchmark]
    public EnvelopeParseResult Parse_slash_command() => SlackEnvelopeParser.ParseCommandForm(_commandForm, Now);

    private const string EventBody = """
        {"token":"XXYYZZ","team_id":"T0001","context_team_id":"T0001","context_enterprise_id":null,"api_app_id":"A0001",
        "event":{"user":"U2147483697","type":"message","ts":"1764600000.000200","client_msg_id":"8c0ef1f8-4b0f-4e5d-9a1c-2d3f4e5a6b7c",
        "text":"weird, the graph went flat right after the deploy, I have never seen that before. I ran the one-off backfill script Dana wrote last year",
        "team":"T0001","blocks":[{"type":"rich_text","block_id":"Xa1b","elements":[{"type":"rich_text_section","elements":[{"type":"text",
        "text":"weird, the graph went flat right after the deploy, I have never seen that before. I ran the one-off backfill script Dana wrote last year"}]}]}],
        "channel":"C2147483705","event_ts":"1764600000.000200","channel_type":"channel"},
        "type":"event_callback","event_id":"Ev0PV52K25","event_time":1764600000,
        "authorizations":[{"enterprise_id":null,"team_id":"T0001","user_id":"U0BOT","is_bot":true,"is_enterprise_install":false}],
        "is_ext_shared_channel":false,"event_context":"4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMDAwMSIsImFpZCI6IkEwMDAxIiwiY2lkIjoiQzIxNDc0ODM3MDUifQ"}
        """;
}
