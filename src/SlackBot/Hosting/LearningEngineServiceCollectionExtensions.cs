using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Digests;
using SlackBot.Features.Findings;
using SlackBot.Features.Home;
using SlackBot.Features.Incidents;
using SlackBot.Features.Learn;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Review;
using SlackBot.Features.Workspace;
using SlackBot.Scheduling;

namespace SlackBot.Hosting;

public static class LearningEngineServiceCollectionExtensions
{
    /// <summary>
    /// The learning engine: every feature, its options and their validators. <c>serve</c> and the offline commands
    /// register exactly this, so a setting <c>serve</c> refuses is refused by <c>import</c> and <c>replay</c> too.
    /// The order of the calls does not matter (features talk through feature events; jobs declare their order).
    /// </summary>
    public static IServiceCollection AddLearningEngine(this IServiceCollection services) => services
        .AddWorkspaceDirectory()
        .AddIncidents()
        .AddMoments()
        .AddQuestions()
        .AddFindings()
        .AddLearn()
        .AddHome()
        .AddReview()
        .AddDigests()
        .AddScheduler();
}
