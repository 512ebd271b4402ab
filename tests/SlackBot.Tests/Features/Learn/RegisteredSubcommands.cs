using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Learn;

namespace SlackBot.Tests.Features.Learn;

/// <summary>The sub-commands exactly as the bot registers them (<c>AddLearn()</c>), without starting anything.</summary>
public static class RegisteredSubcommands
{
    public static IReadOnlyList<LearnSubcommandSpec> Specs { get; } =
        LearnSubcommands.In(new ServiceCollection().AddLearn()).Select(registration => registration.Spec).ToList();

    public static LearnCommandParser Parser { get; } = new(Specs);

    public static LearnSubcommandSpec Named(string name) => Specs.Single(spec => spec.Name == name);
}
