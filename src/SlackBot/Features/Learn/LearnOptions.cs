using Microsoft.Extensions.Options;

namespace SlackBot.Features.Learn;

public sealed class LearnOptions
{
    public const string Section = "Learn";

    /// <summary>
    /// Who may change state with /learn (start, resolve, ask, …): user ids (U… or W…), user-group ids (S…) or
    /// user-group handles (@sre-leads). Empty: everyone. Anyone may read (help, findings, search, …).
    /// </summary>
#pragma warning disable CA1819 // Configuration binding speaks arrays.
    public string[] Facilitators { get; set; } = [];
#pragma warning restore CA1819
}

public sealed class LearnOptionsValidator : IValidateOptions<LearnOptions>
{
    public ValidateOptionsResult Validate(string? name, LearnOptions options)
    {
        var bad = options.Facilitators.Where(entry => FacilitatorEntry.Parse(entry) is null).ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                "Learn:Facilitators takes Slack user ids (U… or W…), user-group ids (S…) or user-group handles (@sre-leads); " +
                $"not understood: {string.Join(", ", bad.Select(entry => $"'{entry}'"))}.");
    }
}
