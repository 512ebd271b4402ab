using System.IO.Compression;
using System.Text.Json;
using SlackBot.Features.Import.Export;

namespace SlackBot.Tests.Import;

/// <summary>A zipped export reads exactly like the same export unpacked into a folder.</summary>
public sealed class SlackExportZipTests
{
    private static IEnumerable<TestCaseData> Exports() =>
        from name in new[] { "basic-export", "malformed-export" }
        from nested in new[] { false, true }
        select new TestCaseData(name, nested).SetArgDisplayNames(name, nested ? "inside a folder in the zip" : "at the zip's root");

    [TestCaseSource(nameof(Exports))]
    public void A_zipped_export_reads_the_same_as_the_folder(string name, bool nested)
    {
        using var temp = new TempDirectory();
        var zip = temp.File(name + ".zip");
        ZipFile.CreateFromDirectory(Fixtures.Path("Import/" + name), zip, CompressionLevel.Fastest, includeBaseDirectory: nested);

        using var folderExport = SlackExport.Open(Fixtures.Path("Import/" + name));
        using var zipExport = SlackExport.Open(zip);

        Assert.That(Snapshot(zipExport), Is.EqualTo(Snapshot(folderExport)));
    }

    [Test]
    public void A_zip_without_channels_json_is_not_an_export()
    {
        using var temp = new TempDirectory();
        var zip = temp.File("users-only.zip");
        ZipFile.CreateFromDirectory(Fixtures.Path("Import/no-channels-export"), zip);

        Assert.That(() => SlackExport.Open(zip), Throws.TypeOf<ExportException>().With.Message.Contains("it has no channels.json"));
    }

    [Test]
    public void A_damaged_zip_entry_is_reported_and_the_other_days_are_read()
    {
        using var temp = new TempDirectory();
        var zip = temp.File("damaged.zip");
        ZipFile.CreateFromDirectory(Fixtures.Path("Import/basic-export"), zip, CompressionLevel.Optimal, includeBaseDirectory: false);
        CorruptEntryData(zip, "inc-payments-timeout/2026-03-02.json");

        using var export = SlackExport.Open(zip);
        var days = export.Days(export.Channels[0]).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(days.Select(day => day.Path), Is.EqualTo(new[] { "inc-payments-timeout/2026-03-03.json" }));
            Assert.That(export.Problems.Select(problem => problem.Path), Is.EqualTo(new[] { "inc-payments-timeout/2026-03-02.json" }));
            Assert.That(export.Problems.Single().Reason, Does.EndWith("the day was skipped"));
        });
    }

    /// <summary>Everything a reader can see, as text, so two exports can be compared in one assertion.</summary>
    private static string Snapshot(SlackExport export)
    {
        var days = export.Channels.SelectMany(export.Days).ToList();
        return JsonSerializer.Serialize(new { export.Channels, export.Users, days, export.Problems }, SnapshotOptions);
    }

    private static readonly JsonSerializerOptions SnapshotOptions = new() { WriteIndented = true };

    /// <summary>Overwrites the middle of an entry's compressed bytes, leaving the zip's directory intact.</summary>
    private static void CorruptEntryData(string zipPath, string entryName)
    {
        long dataOffset;
        long compressedLength;
        using (var archive = ZipFile.OpenRead(zipPath))
        {
            var entry = archive.GetEntry(entryName)!;
            compressedLength = entry.CompressedLength;
            dataOffset = LocalDataOffset(zipPath, entryName);
        }

        using var file = File.Open(zipPath, FileMode.Open, FileAccess.ReadWrite);
        file.Position = dataOffset + compressedLength / 4;
        var garbage = Enumerable.Repeat((byte)0xFF, (int)Math.Max(8, compressedLength / 2)).ToArray();
        file.Write(garbage);
    }

    /// <summary>Finds an entry's data by scanning for its local header (signature, fixed fields, then the name).</summary>
    private static long LocalDataOffset(string zipPath, string entryName)
    {
        var bytes = File.ReadAllBytes(zipPath);
        var name = System.Text.Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 30 + name.Length <= bytes.Length; i++)
        {
            if (bytes[i] != 0x50 || bytes[i + 1] != 0x4B || bytes[i + 2] != 0x03 || bytes[i + 3] != 0x04) continue;

            var nameLength = BitConverter.ToUInt16(bytes, i + 26);
            var extraLength = BitConverter.ToUInt16(bytes, i + 28);
            if (nameLength == name.Length && bytes.AsSpan(i + 30, nameLength).SequenceEqual(name))
            {
                return i + 30 + nameLength + extraLength;
            }
        }

        throw new InvalidOperationException($"No local header for {entryName} in {zipPath}.");
    }
}
