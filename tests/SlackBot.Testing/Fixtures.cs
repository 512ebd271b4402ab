namespace SlackBot.Testing;

/// <summary>Reads test data files copied next to the running test assembly (each test project's Fixtures/**).</summary>
public static class Fixtures
{
    // AppContext.BaseDirectory rather than TestContext: [TestCaseSource] runs before any test context exists.
    public static string Root { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Text(string relative) => File.ReadAllText(Path(relative));

    public static byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));

    /// <summary>Paths (relative to Fixtures/) of the files in a folder, sorted, for [TestCaseSource].</summary>
    public static IEnumerable<string> In(string folder, string pattern = "*") =>
        Directory.EnumerateFiles(Path(folder), pattern)
            .Select(file => System.IO.Path.GetRelativePath(Root, file))
            .Order(StringComparer.Ordinal);
}
