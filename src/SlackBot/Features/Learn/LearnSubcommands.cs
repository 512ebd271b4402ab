using Microsoft.Extensions.DependencyInjection;

namespace SlackBot.Features.Learn;

/// <summary>A registered sub-command: how it presents itself and the class that runs it.</summary>
public sealed record LearnRegistration(LearnSubcommandSpec Spec, Type Handler);

/// <summary>
/// Where sub-commands are registered, in the order <c>help</c> lists them:
/// <c>services.AddLearnSubcommands().Add&lt;NoteSubcommand&gt;()</c>. Another feature adds its own the same way.
/// </summary>
public sealed class LearnSubcommands(IServiceCollection services)
{
    public LearnSubcommands Add<TSubcommand>() where TSubcommand : class, ILearnSubcommand
    {
        // Scoped, like the command that runs them: a sub-command may need per-delivery services (FindingRecorder).
        services.AddScoped<TSubcommand>();
        services.AddSingleton(new LearnRegistration(TSubcommand.Spec, typeof(TSubcommand)));
        return this;
    }

    /// <summary>The registrations in <paramref name="services"/>, in order, without building a provider (for tests and docs).</summary>
    public static IReadOnlyList<LearnRegistration> In(IServiceCollection services) =>
        services.Where(descriptor => descriptor.ServiceType == typeof(LearnRegistration))
            .Select(descriptor => (LearnRegistration)descriptor.ImplementationInstance!)
            .ToList();
}
