using System.Text.Json;

namespace SlackBot.Tests.Questions;

/// <summary>Reads the data files under Fixtures/Questions, which the test project copies next to the tests.</summary>
internal static class QuestionFixtures
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Questions");

    public static string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Non-blank lines that are not # comments.</summary>
    public static IEnumerable<string> Lines(string relativePath) =>
        File.ReadLines(PathOf(relativePath))
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'));

    /// <summary>Lines of the form "rule | phrase | text".</summary>
    public static IEnumerable<(string Rule, string Phrase, string Text)> Rows(string relativePath) =>
        Lines(relativePath).Select(line =>
        {
            var cells = line.Split(" | ", 3);
            return (cells[0].Trim(), cells[1].Trim(), cells[2].Trim());
        });

    /// <summary>The values of "# key: value" header lines.</summary>
    public static IReadOnlyList<string> Header(string relativePath, string key) =>
        [.. File.ReadLines(PathOf(relativePath))
            .Where(line => line.StartsWith($"# {key}: ", StringComparison.Ordinal))
            .Select(line => line[$"# {key}: ".Length..])];

    public static IEnumerable<string> Files(string folder) =>
        System.IO.Directory.EnumerateFiles(PathOf(folder), "*.yml")
            .Order(StringComparer.Ordinal)
            .Select(path => Path.Combine(folder, Path.GetFileName(path)));

    public static IReadOnlyList<string> AwkwardCues() =>
        JsonSerializer.Deserialize<string[]>(Read("awkward-cues.json")) ?? [];
}
