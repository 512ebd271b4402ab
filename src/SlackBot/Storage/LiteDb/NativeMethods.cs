using System.Runtime.InteropServices;

namespace SlackBot.Storage.LiteDb;

internal static class NativeMethods
{
    /// <summary>POSIX fsync: .NET only exposes it through a writable FileStream, and LiteDB owns that stream.</summary>
    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static extern int fsync(int fileDescriptor);
}
