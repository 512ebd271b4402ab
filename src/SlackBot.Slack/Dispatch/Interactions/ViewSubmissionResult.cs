using System.Text.Json.Nodes;

namespace SlackBot.Slack.Dispatch.Interactions;

/// <summary>How a modal submission is answered: close it, show errors next to inputs, or replace the view.</summary>
public abstract record ViewSubmissionResult
{
    private ViewSubmissionResult() { }

    public static ViewSubmissionResult Close { get; } = new CloseView();

    public static ViewSubmissionResult Errors(IReadOnlyDictionary<string, string> errorsByBlockId) => new ErrorsView(errorsByBlockId);

    public static ViewSubmissionResult Update(JsonObject view) => new UpdateView(view);

    /// <summary>The acknowledgement body; null means an empty 200, which closes the modal.</summary>
    public abstract JsonObject? ToAckPayload();

    private sealed record CloseView : ViewSubmissionResult
    {
        public override JsonObject? ToAckPayload() => null;
    }

    private sealed record ErrorsView(IReadOnlyDictionary<string, string> ErrorsByBlockId) : ViewSubmissionResult
    {
        public override JsonObject? ToAckPayload()
        {
            var errors = new JsonObject();
            foreach (var (blockId, message) in ErrorsByBlockId) errors[blockId] = message;
            return new JsonObject { ["response_action"] = "errors", ["errors"] = errors };
        }
    }

    private sealed record UpdateView(JsonObject View) : ViewSubmissionResult
    {
        public override JsonObject? ToAckPayload() =>
            new() { ["response_action"] = "update", ["view"] = View.DeepClone() };
    }
}
