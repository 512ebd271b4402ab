using System.IO.Compression;
using CsCheck;
using SlackBot.Features.Import.Export;

namespace SlackBot.Tests.Hostile;

/// <summary>
/// A Slack export (folder or .zip) whose files hold anything at all: opening it gives an export or an
/// <see cref="ExportException"/>; walking every channel's days never throws, and bad files become problems.
/// </summary>
public class ExportReaderFuzzTests
{
    private const string Target = "export reader";
    private const string Export = "Import/basic-export";

    private static readonly string[] Files = [.. Directory.EnumerateFiles(Fixtures.Path(Export), "*.json", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Fixtures.Path(Export), path).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static readonly byte[][] Seeds = [.. Files.Select(file => Fixtures.Bytes(Export + "/" + file))];

    private TempDirectory _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => _directory.Dispose();

    [Test]
    public void Any_folder_export_is_read_or_refused() =>
        Check.Sample(Gen.Select(Gen.Int[0, Files.Length - 1], HostileBytes.Mutated(Seeds)), (file, content) =>
        {
            var root = Path.Combine(_directory.Path, Guid.NewGuid().ToString("N"));
            CopyExport(root);
            File.WriteAllBytes(Path.Combine(root, Files[file]), content);
            Walk(root, content.Length);
            Directory.Delete(root, recursive: true);
        }, iter: 200, threads: 1);

    [Test]
    public void Any_zip_export_is_read_or_refused() =>
        Check.Sample(Gen.Select(Gen.Int[0, Files.Length - 1], HostileBytes.Mutated(Seeds), Gen.Int[0, 3]), (file, content, damage) =>
        {
            var zip = Path.Combine(_directory.Path, Guid.NewGuid().ToString("N") + ".zip");
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            {
                for (var i = 0; i < Files.Length; i++)
                {
                    using var entry = archive.CreateEntry(Files[i]).Open();
                    entry.Write(i == file ? content : Seeds[i]);
                }
            }

            // Some archives are damaged too: cut short, or with bytes overwritten in the middle.
            var bytes = File.ReadAllBytes(zip);
            if (damage == 1) File.WriteAllBytes(zip, bytes[..(bytes.Length / 2)]);
            if (damage == 2) File.WriteAllBytes(zip, [.. bytes[..(bytes.Length / 3)], .. content, .. bytes[(bytes.Length / 3)..]]);
            Walk(zip, content.Length);
            File.Delete(zip);
        }, iter: 300, threads: 1);

    [TestCaseSource(typeof(HostileBytes), nameof(HostileBytes.Corpus))]
    public void Corpus_files_in_every_place_of_an_export_are_read_or_refused(byte[] input)
    {
        foreach (var file in Files)
        {
            var root = Path.Combine(_directory.Path, Guid.NewGuid().ToString("N"));
            CopyExport(root);
            File.WriteAllBytes(Path.Combine(root, file), input);
            Walk(root, input.Length);
            Directory.Delete(root, recursive: true);
        }
    }

    [OneTimeTearDown]
    public void Report() => HostileRun.Report(Target);

    private static void CopyExport(string root)
    {
        foreach (var (file, seed) in Files.Zip(Seeds))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
            File.WriteAllBytes(Path.Combine(root, file), seed);
        }
    }

    private static void Walk(string path, long length) =>
        HostileRun.Guard(Target, length, () =>
        {
            using var export = SlackExport.Open(path);
            foreach (var channel in export.Channels)
            {
                foreach (var day in export.Days(channel)) Assert.That(day.Messages, Is.Not.Null);
            }

            Assert.That(export.Problems.All(problem => problem.Path.Length > 0), Is.True);
        }, typeof(ExportException));
}
