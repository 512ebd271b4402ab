using SlackBot.Features.Moments;

namespace SlackBot.Features.Questions;

/// <summary>
/// The phrasings the bot may ask, per moment category. Ships embedded in the app; an organisation can
/// point <c>Questions:BankPath</c> at its own file, which replaces the shipped one. Every bank is checked
/// as it loads (see <see cref="QuestionBankException"/>), so a bank in hand is always usable.
/// </summary>
public sealed class QuestionBank
{
    /// <summary>The logical name of the shipped bank inside the SlackBot assembly.</summary>
    public const string EmbeddedResourceName = "SlackBot.question-bank.yml";

    private readonly Dictionary<MomentCategory, IReadOnlyList<QuestionTemplate>> byCategory;

    private QuestionBank(string sourceName, IReadOnlyList<QuestionTemplate> templates)
    {
        SourceName = sourceName;
        All = templates;
        byCategory = templates
            .GroupBy(template => template.Category)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<QuestionTemplate>)[.. group]);
    }

    /// <summary>Where this bank came from: a file path, or the embedded resource's name.</summary>
    public string SourceName { get; }

    /// <summary>Every phrasing, in file order.</summary>
    public IReadOnlyList<QuestionTemplate> All { get; }

    /// <summary>The phrasings for one category, in file order; never empty.</summary>
    public IReadOnlyList<QuestionTemplate> For(MomentCategory category) => byCategory[category];

    /// <summary>
    /// The bank to use for a <c>Questions:BankPath</c> setting: the organisation's file when one is set,
    /// otherwise the bank that ships with the app.
    /// </summary>
    public static QuestionBank Load(string? bankPath) =>
        string.IsNullOrWhiteSpace(bankPath) ? LoadDefault() : LoadFromFile(bankPath);

    /// <summary>The bank that ships with the app.</summary>
    public static QuestionBank LoadDefault()
    {
        using var stream = typeof(QuestionBank).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new QuestionBankException(EmbeddedResourceName, ["the resource is missing from the SlackBot assembly"]);
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), EmbeddedResourceName);
    }

    /// <summary>An organisation's own bank (<c>Questions:BankPath</c>).</summary>
    public static QuestionBank LoadFromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new QuestionBankException(path, [$"the file cannot be read ({error.Message})"], error);
        }

        return Parse(yaml, path);
    }

    /// <summary>Reads and checks a bank; <paramref name="sourceName"/> is only used to name it in errors.</summary>
    public static QuestionBank Parse(string yaml, string sourceName) =>
        new(sourceName, QuestionBankParser.Parse(yaml, sourceName));
}
