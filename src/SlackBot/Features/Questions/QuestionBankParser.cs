using System.Text.RegularExpressions;
using SlackBot.Features.Moments;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SlackBot.Features.Questions;

/// <summary>
/// Reads a question bank file and checks every entry, collecting all problems so that whoever edits the
/// file sees them at once, each pinned to its entry and line.
/// </summary>
internal static partial class QuestionBankParser
{
    private const string QuestionsKey = "questions";
    private const string IdKey = "id";
    private const string CategoryKey = "category";
    private const string TextKey = "text";

    private static readonly string[] EntryKeys = [IdKey, CategoryKey, TextKey];

    // Generous bounds for a file of a few hundred questions (the shipped bank is about 14 kB); they keep a hostile or
    // broken file from taking the process down at start-up (a stack overflow cannot be caught).
    private const int MaxNesting = 32;
    private const int MaxBankCharacters = 256 * 1024;
    private const long MaxNodes = 200_000;
    private const int MaxQuotedLength = 60;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabId();

    public static IReadOnlyList<QuestionTemplate> Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);

        var root = ReadRoot(yaml, sourceName);
        var problems = new List<string>();
        var entries = ReadEntryList(root, problems);
        var templates = new List<QuestionTemplate>();
        var firstUseOfId = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var index = 0; index < entries.Count; index++)
        {
            var template = ReadEntry(entries[index], index + 1, firstUseOfId, problems);
            if (template is not null)
            {
                templates.Add(template);
            }
        }

        if (entries.Count > 0)
        {
            var covered = templates.Select(template => template.Category).ToHashSet();
            problems.AddRange(MomentCategories.All
                .Where(category => !covered.Contains(category))
                .Select(category => $"category '{category.Key()}' has no questions; every category needs at least one"));
        }

        return problems.Count == 0 ? templates : throw new QuestionBankException(sourceName, problems);
    }

    private static YamlMappingNode ReadRoot(string yaml, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            CheckShape(yaml, sourceName);
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw new QuestionBankException(sourceName,
                [$"line {error.Start.Line}, column {error.Start.Column}: this is not valid YAML ({error.Message})"], error);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            // YamlDotNet refuses some well-formed but odd streams (an alias to a node still being read, say) this way.
            throw new QuestionBankException(sourceName, [$"this YAML cannot be read as a question bank ({error.Message})"], error);
        }

        return stream.Documents is [{ RootNode: YamlMappingNode root }]
            ? root
            : throw new QuestionBankException(sourceName,
                ["the file must hold one YAML document: a mapping whose 'questions' key lists the entries"]);
    }

    /// <summary>
    /// Loading builds the node tree recursively, so a file nested thousands deep would overflow the stack and take the
    /// process with it; the parser's event stream is flat, so depth is checked on it first.
    /// </summary>
    /// <remarks>
    /// Aliases are counted at the size of what they stand for, so a "billion laughs" file (ten aliases of ten aliases
    /// of …) is refused before YamlDotNet hashes or prints a node that stands for millions.
    /// </remarks>
    private static void CheckShape(string yaml, string sourceName)
    {
        if (yaml.Length > MaxBankCharacters)
            throw new QuestionBankException(sourceName, [$"the file has {yaml.Length} characters; a question bank is at most {MaxBankCharacters}"]);

        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<(string? Anchor, long NodesBefore)>();
        var anchorSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long nodes = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case MappingStart or SequenceStart:
                    if (open.Count >= MaxNesting)
                        throw new QuestionBankException(sourceName,
                            [$"line {current.Start.Line}: lists and mappings are nested more than {MaxNesting} deep; a question bank needs three levels"]);
                    var anchor = ((NodeEvent)current).Anchor;
                    open.Push((anchor.IsEmpty ? null : anchor.Value, nodes));
                    nodes++;
                    break;
                case MappingEnd or SequenceEnd when open.Count > 0:
                    var (name, before) = open.Pop();
                    if (name is not null) anchorSizes[name] = nodes - before;
                    break;
                case Scalar scalar:
                    nodes++;
                    if (!scalar.Anchor.IsEmpty) anchorSizes[scalar.Anchor.Value] = 1;
                    break;
                case AnchorAlias alias:
                    nodes += anchorSizes.GetValueOrDefault(alias.Value.Value, 1);
                    break;
            }

            if (nodes > MaxNodes)
                throw new QuestionBankException(sourceName,
                    [$"line {current.Start.Line}: the file stands for more than {MaxNodes} values once its aliases are expanded; a question bank has a few hundred"]);
        }
    }

    /// <summary>A key as a problem can quote it: scalars (shortened), never a whole list or mapping (an alias can make one enormous).</summary>
    private static string Describe(YamlNode key) => key is YamlScalarNode { Value: { } value }
        ? (value.Length <= MaxQuotedLength ? value : value[..MaxQuotedLength] + "…")
        : "(a list or mapping)";

    private static List<YamlNode> ReadEntryList(YamlMappingNode root, List<string> problems)
    {
        foreach (var key in root.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: QuestionsKey })
            {
                problems.Add($"line {key.Start.Line}: unknown top-level key '{Describe(key)}'; only '{QuestionsKey}' is read");
            }
        }

        if (!root.Children.TryGetValue(new YamlScalarNode(QuestionsKey), out var list))
        {
            problems.Add($"there is no '{QuestionsKey}' list");
            return [];
        }

        if (list is not YamlSequenceNode sequence)
        {
            problems.Add($"line {list.Start.Line}: '{QuestionsKey}' must be a list of entries");
            return [];
        }

        if (sequence.Children.Count == 0)
        {
            problems.Add($"line {list.Start.Line}: '{QuestionsKey}' is empty");
        }

        return [.. sequence.Children];
    }

    private static QuestionTemplate? ReadEntry(YamlNode node, int number, Dictionary<string, int> firstUseOfId,
        List<string> problems)
    {
        var byPosition = $"entry #{number} (line {node.Start.Line})";
        if (node is not YamlMappingNode entry)
        {
            problems.Add($"{byPosition}: must be a mapping with {IdKey}, {CategoryKey} and {TextKey}");
            return null;
        }

        var id = Scalar(entry, IdKey);
        var label = string.IsNullOrWhiteSpace(id) ? byPosition : $"entry '{id}' (#{number}, line {node.Start.Line})";
        var countBefore = problems.Count;
        void Problem(string reason) => problems.Add($"{label}: {reason}");

        foreach (var key in entry.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !EntryKeys.Contains(name, StringComparer.Ordinal))
            {
                Problem($"unknown field '{Describe(key)}'; entries have {IdKey}, {CategoryKey} and {TextKey}");
            }
            else if (entry.Children[key] is not YamlScalarNode)
            {
                Problem($"'{name}' must be plain text, not a list or a mapping");
            }
        }

        CheckId(id, number, firstUseOfId, Problem);
        var category = ReadCategory(Scalar(entry, CategoryKey), Problem);
        var text = Scalar(entry, TextKey)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            Problem("has no text");
        }
        else
        {
            CheckPlaceholders(text, Problem);
            foreach (var issue in LanguageCheck.CheckQuestion(text))
            {
                Problem($"the text says “{issue.Phrase}” ({issue.Rule}): {issue.Explanation}");
            }
        }

        return problems.Count == countBefore ? new QuestionTemplate(id!, category!.Value, text!) : null;
    }

    private static void CheckId(string? id, int number, Dictionary<string, int> firstUseOfId, Action<string> problem)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            problem($"has no {IdKey}");
        }
        else if (!KebabId().IsMatch(id))
        {
            problem($"{IdKey} '{id}' must be lowercase letters and digits joined by hyphens, e.g. 'scripts-origin'");
        }
        else if (!firstUseOfId.TryAdd(id, number))
        {
            problem($"{IdKey} '{id}' is already used by entry #{firstUseOfId[id]}; ids must be unique");
        }
    }

    private static MomentCategory? ReadCategory(string? key, Action<string> problem)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            problem($"has no {CategoryKey}");
            return null;
        }

        if (MomentCategories.TryParse(key, out var category))
        {
            return category;
        }

        problem($"{CategoryKey} '{key}' is unknown; use one of {string.Join(", ", MomentCategories.All.Select(c => c.Key()))}");
        return null;
    }

    private static void CheckPlaceholders(string text, Action<string> problem)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match placeholder in TemplatePlaceholders.Pattern().Matches(text))
        {
            var name = TemplatePlaceholders.NameOf(placeholder);
            if (TemplatePlaceholders.Known.Contains(name))
            {
                used.Add(name);
            }
            else
            {
                problem($"uses unknown placeholder {{{name}}}; only {{{TemplatePlaceholders.Mention}}} and {{{TemplatePlaceholders.Cue}}} exist");
            }
        }

        if (!used.Contains(TemplatePlaceholders.Mention))
        {
            problem($"has no {{{TemplatePlaceholders.Mention}}}; every question addresses the person it asks");
        }

        if (!used.Contains(TemplatePlaceholders.Cue))
        {
            problem($"has no {{{TemplatePlaceholders.Cue}}}; every question quotes the person's own words");
        }

        if (TemplatePlaceholders.Pattern().Replace(text, "").AsSpan().IndexOfAny('{', '}') >= 0)
        {
            problem("has a '{' or '}' that is not part of a placeholder");
        }
    }

    private static string? Scalar(YamlMappingNode entry, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar
            ? scalar.Value
            : null;
}
