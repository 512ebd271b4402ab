namespace SlackBot.Testing.Fakes;

/// <summary>Files in the external upload flow, keyed by file id.</summary>
internal sealed class FakeFileStore
{
    private readonly Lock gate = new();
    private readonly List<FakeUploadedFile> files = [];

    public FakeUploadedFile Reserve(string filename, long length)
    {
        lock (gate)
        {
            var file = new FakeUploadedFile($"F0FAKE{files.Count + 1:D5}", filename, length, Content: null,
                Completed: false, Title: null, ChannelId: null, ThreadTs: null, InitialComment: null);
            files.Add(file);
            return file;
        }
    }

    public FakeUploadedFile? Find(string id)
    {
        lock (gate)
        {
            return files.Find(file => file.Id == id);
        }
    }

    public bool TryUpdate(string id, Func<FakeUploadedFile, FakeUploadedFile> change)
    {
        lock (gate)
        {
            var index = files.FindIndex(file => file.Id == id);
            if (index < 0)
            {
                return false;
            }

            files[index] = change(files[index]);
            return true;
        }
    }

    public IReadOnlyList<FakeUploadedFile> All()
    {
        lock (gate)
        {
            return [.. files];
        }
    }
}
