using SlackBot.Slack.Api;

namespace SlackBot.Tests.Conformance;

/// <summary>A field of a typed result the bot reads, with its JSON path in Slack's answer.</summary>
internal sealed record AnswerField(string Path, Func<object, object?> Read);

/// <summary>One Web API method the bot calls: how the typed client is asked for it and the fields of the result
/// the bot reads.</summary>
public sealed class RecordedApiCall
{
    internal RecordedApiCall(string method, string clientMethod, Func<ISlackApi, Task<object?>> call, IReadOnlyList<AnswerField> fields)
    {
        Method = method;
        ClientMethod = clientMethod;
        Call = call;
        Fields = fields;
    }

    /// <summary>The Slack method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>The <see cref="ISlackApi"/> member that calls it, e.g. <c>PostMessageAsync</c>.</summary>
    public string ClientMethod { get; }

    internal Func<ISlackApi, Task<object?>> Call { get; }

    internal IReadOnlyList<AnswerField> Fields { get; }

    public override string ToString() => Method;
}
