using SlackBot.Features.Incidents;
using SlackBot.Eventing;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings.Search;
using SlackBot.Slack;
using SlackBot.Slack.Dispatch.Events;

namespace SlackBot.Features.Findings;

public static class FindingsServiceCollectionExtensions
{
    /// <summary>Findings: answers, notes and marked messages, kept as the organisation's memory.</summary>
    public static IServiceCollection AddFindings(this IServiceCollection services)
    {
        services.AddOptions<FindingOptions>().BindConfiguration(FindingOptions.Section)
            .Validate(options => !string.IsNullOrWhiteSpace(options.CaptureReaction) && !options.CaptureReaction.Contains(':'),
                "Findings:CaptureReaction must be an emoji name without colons, e.g. bulb.")
            .ValidateOnStart();
        services.AddFindingSearch();
        services.AddScoped<FindingRecorder>();
        services.AddScoped<ShortcutReplies>();
        services.AddScoped<FindingConsent>();
        services.OnFeatureEvent<MessageTextChanged, FindingEditsListener>()
            .OnFeatureEvent<MessageRemoved, FindingEditsListener>();
        services.AddSlackListeners()
            .OnEvent<ReactionEvent, CaptureReactionListener>("reaction_added")
            .OnMessageShortcut<SaveAsFindingShortcut>(SaveAsFindingModal.CallbackId)
            .OnViewSubmission<SaveAsFindingSubmission>(SaveAsFindingModal.CallbackId);
        return services;
    }
}
