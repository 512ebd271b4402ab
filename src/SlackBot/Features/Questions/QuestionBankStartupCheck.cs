using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SlackBot.Hosting;

namespace SlackBot.Features.Questions;

/// <summary>Loads the question bank while starting, so that a bad bank stops start-up with the entry named, not the first question.</summary>
public sealed class QuestionBankStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = services.GetRequiredService<QuestionBank>();
            return Task.CompletedTask;
        }
        catch (QuestionBankException exception)
        {
            throw new StartupException("the question bank (Questions:BankPath) is not usable: " + exception.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
