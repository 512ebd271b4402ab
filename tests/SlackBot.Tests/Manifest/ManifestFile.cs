using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SlackBot.Tests.Manifest;

/// <summary>
/// One of the repository's Slack app manifests, read two ways: as the typed <see cref="AppManifest"/> for the rules,
/// and as flat <c>path = value</c> lines (comments dropped, e.g. <c>settings.event_subscriptions.bot_events[] = message.im</c>)
/// for comparing the two variants and finding URLs.
/// </summary>
internal sealed record ManifestFile(string Name, AppManifest Manifest, IReadOnlyList<string> Lines)
{
    public const string SocketName = "slack-app-manifest.yml";
    public const string HttpName = "slack-app-manifest.http.yml";

    private static readonly IDeserializer Strict = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Both manifests, for [TestCaseSource].</summary>
    public static IEnumerable<string> Names => [SocketName, HttpName];

    /// <summary>Reads a manifest copied into Fixtures/Manifest/ from the repository root.</summary>
    public static ManifestFile Load(string name) => Parse(name, Fixtures.Text("Manifest/" + name));

    public static ManifestFile Parse(string name, string yaml)
    {
        var manifest = Strict.Deserialize<AppManifest>(yaml)
            ?? throw new InvalidOperationException($"{name} is empty.");

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var lines = new List<string>();
        Flatten(stream.Documents[0].RootNode, "", lines);
        return new ManifestFile(name, manifest, lines);
    }

    /// <summary>The last key of a line's path: <c>settings.interactivity.request_url = …</c> → <c>request_url</c>.</summary>
    public static string KeyOf(string line)
    {
        var path = line[..line.IndexOf(" = ", StringComparison.Ordinal)];
        var key = path[(path.LastIndexOf('.') + 1)..];
        var index = key.IndexOf('[', StringComparison.Ordinal);
        return index < 0 ? key : key[..index];
    }

    public override string ToString() => Name;

    private static void Flatten(YamlNode node, string path, List<string> lines)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                    Flatten(value, path.Length == 0 ? key.ToString() : path + "." + key, lines);
                break;
            case YamlSequenceNode sequence:
                // Scalars without an index, so that one missing event shows as one line rather than shifting the rest;
                // mappings with one, so that the fields of one slash command stay together.
                for (var index = 0; index < sequence.Children.Count; index++)
                    Flatten(sequence.Children[index], sequence.Children[index] is YamlScalarNode ? path + "[]" : $"{path}[{index}]", lines);
                break;
            default:
                lines.Add($"{path} = {node}");
                break;
        }
    }
}
