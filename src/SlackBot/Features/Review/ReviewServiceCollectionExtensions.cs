using Microsoft.Extensions.DependencyInjection;
using SlackBot.Slack.Outbound;

namespace SlackBot.Features.Review;

public static class ReviewServiceCollectionExtensions
{
    /// <summary>
    /// Exports and review packs: the composers, the jobs that make and deliver them off the command lane, and the
    /// response_url bookkeeping. The <c>/learn export</c> and <c>/learn prep</c> sub-commands call <see cref="ReviewRequests"/>.
    /// </summary>
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddSingleton<ReviewPrepComposer>();
        services.AddSingleton<IReviewMaterialSource, StoreReviewMaterialSource>();
        services.AddSingleton<ReviewJobSignal>();
        services.AddSingleton<ResponseUrlLedger>();
        services.AddSingleton<ReviewReplies>();
        services.AddSingleton<ReviewRequests>();
        services.AddSingleton<DirectMessageFiles>();
        services.AddSingleton<IOutboxObserver, ReviewReplyFallback>();
        services.AddHostedService<ReviewJobWorker>();
        return services;
    }
}
