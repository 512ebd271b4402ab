using System.Reflection;
using SlackBot.Slack.Api;
using SlackBot.Tests.Slack.Api;

namespace SlackBot.Tests.Conformance;

/// <summary>
/// Every recorded Web API answer for a method the bot calls, served to the production client (AddSlackApi: options,
/// resilience, pacing) under a scripted handler: the success shape parses into the typed result with each field the bot
/// reads, and the failure shape becomes a <see cref="SlackApiException"/> naming Slack's error.
/// </summary>
public sealed class RecordedAnswerTests
{
    public static IEnumerable<RecordedApiCall> Calls => RecordedApiCalls.All;

    [TestCaseSource(nameof(Calls))]
    public async Task The_recorded_answer_parses_into_the_typed_result_with_every_field_the_bot_reads(RecordedApiCall call)
    {
        using var harness = new SlackApiHarness();
        var answer = RecordedAnswers.Success(call.Method);
        harness.Slack.Answer(_ => ApiFixtures.Json(answer.ToJsonString()));

        var result = await harness.FinishAsync(call.Call(harness.Api));

        var mismatches = call.Fields
            .Select(field => (field.Path, Json: RecordedJson.Text(RecordedJson.At(answer, field.Path)), Typed: RecordedJson.Text(field.Read(result!))))
            .Where(field => field.Json != field.Typed)
            .Select(field => $"{field.Path}: JSON '{field.Json ?? "absent"}', typed '{field.Typed ?? "null"}'");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(harness.Slack.Single.SlackMethod, Is.EqualTo(call.Method), $"{call.ClientMethod} calls {call.Method}");
            Assert.That(mismatches, Is.Empty);
            Assert.That(harness.LogRecords.Where(record => record.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(record => record.Message),
                Is.Empty, "a successful answer is not worth a warning");
        }
    }

    [TestCaseSource(nameof(Calls))]
    public async Task The_recorded_failure_shape_becomes_an_error_naming_slacks_code(RecordedApiCall call)
    {
        using var harness = new SlackApiHarness();
        harness.Slack.Answer(_ => ApiFixtures.Json(RecordedAnswers.Failure(call.Method, "missing_scope", "chat:write", "channels:read").ToJsonString()));

        var failure = await harness.FailureOfAsync<SlackApiException>(call.Call(harness.Api));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.Method, Is.EqualTo(call.Method));
            Assert.That(failure.Error, Is.EqualTo("missing_scope"));
            Assert.That(failure.Needed, Is.EqualTo("chat:write"));
            Assert.That(failure.Provided, Is.EqualTo("channels:read"));
        }
    }

    [Test]
    public void Every_ISlackApi_method_is_mapped_to_the_Slack_method_it_calls()
    {
        var members = typeof(ISlackApi).GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(method => method.Name).Distinct();

        Assert.That(members.Where(name => !RecordedApiCalls.ClientMethods.ContainsKey(name)), Is.Empty,
            "ISlackApi members missing from RecordedApiCalls.ClientMethods: say which Slack method each calls (null if none)");
    }

    [Test]
    public void Every_Slack_method_the_bot_calls_has_a_recorded_answer_and_a_call()
    {
        var methods = RecordedApiCalls.ClientMethods.Values.OfType<string>().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(methods.Where(method => !RecordedAnswers.Methods.Contains(method)), Is.Empty,
                $"methods without a recorded answer in Fixtures/{RecordedAnswers.Folder}; copy json-logs/samples/api/<method>.json from slackapi/java-slack-sdk");
            Assert.That(methods.Where(method => RecordedApiCalls.All.All(call => call.Method != method)), Is.Empty,
                "methods without an entry in RecordedApiCalls.All");
            Assert.That(RecordedApiCalls.All.Select(call => (call.ClientMethod, call.Method)),
                Is.SubsetOf(RecordedApiCalls.ClientMethods.Select(pair => (pair.Key, pair.Value))), "each call uses the member mapped to its method");
        }
    }
}
