using Microsoft.Extensions.Options;

namespace SlackBot.Features.Learn;

public sealed class LearnOptions
{
    public const string Section = "Learn";

    /// <summary>
    /// User ids (U… or W…) allowed to change state with /learn (start, resolve). Empty: everyone. Anyone may read
    /// (help, findings).
    /// </summary>
#pragma warning disable CA1819 // Configuration binding speaks arrays.
    public string[] Facilitators { get; set; } = [];
#pragma warning restore CA1819

    public bool IsFacilitator(string userId) => Facilitators.Length == 0 || Facilitators.Contains(userId, StringComparer.Ordinal);
}

public sealed class LearnOptionsValidator : IValidateOptions<LearnOptions>
{
    public ValidateOptionsResult Validate(string? name, LearnOptions options)
    {
        var bad = options.Facilitators.Where(id => id.Length < 2 || id[0] is not ('U' or 'W')).ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Learn:Facilitators must list Slack user ids (U… or W…); not understood: {string.Join(", ", bad)}. User groups are not supported yet.");
    }
}
