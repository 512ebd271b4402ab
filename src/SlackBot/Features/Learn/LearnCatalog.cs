namespace SlackBot.Features.Learn;

/// <summary>
/// Every registered sub-command, in registration order, and the parser made from them. Two sub-commands with the
/// same name stop start-up: which one runs would otherwise depend on the order of registration.
/// </summary>
public sealed class LearnCatalog
{
    private readonly Dictionary<LearnSubcommandSpec, Type> _handlers;

    public LearnCatalog(IEnumerable<LearnRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        var list = registrations.ToList();
        var duplicates = list.GroupBy(registration => registration.Spec.Name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (duplicates.Count > 0)
            throw new InvalidOperationException($"/learn sub-commands registered twice: {string.Join(", ", duplicates)}.");

        _handlers = list.ToDictionary(registration => registration.Spec, registration => registration.Handler);
        Parser = new LearnCommandParser(list.Select(registration => registration.Spec).ToList());
    }

    public LearnCommandParser Parser { get; }

    public IReadOnlyList<LearnSubcommandSpec> Specs => Parser.Specs;

    public Type HandlerFor(LearnSubcommandSpec spec) => _handlers[spec];
}
