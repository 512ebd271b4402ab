using System.Text.RegularExpressions;

namespace SlackBot.Scheduling;

/// <summary>
/// When a job runs and what it runs after. <see cref="Name"/> is stable: it keys the job's run records
/// (<c>{name}:{period}</c>), so renaming a job forgets its history.
/// </summary>
public sealed partial record JobSchedule(string Name, JobCadence Cadence)
{
    /// <summary>
    /// Jobs that must have had their turn earlier in the same pass (quiet incidents resolve before planning looks at
    /// resolved ones). The scheduler orders jobs by this, never by registration order.
    /// </summary>
    public IReadOnlyList<string> RunsAfter { get; init; } = [];

    /// <summary>Letters, digits and <c>. _ / -</c>: no <c>:</c>, which separates the name from the period in a run's key.</summary>
    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
