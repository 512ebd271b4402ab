using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SlackBot.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster for one test process: <c>initdb</c> into a temp folder and <c>pg_ctl start</c> on
/// a free loopback port, as the <c>postgres</c> user when the tests run as root (the server refuses root), stopped
/// and deleted when the process exits. Never a system service, never a fixed port. Each test asks for its own
/// database (<see cref="CreateDatabase"/>).
/// </summary>
public sealed class PostgresServer
{
    /// <summary>Set (to 1) by <c>.ci/run</c>: a missing PostgreSQL then fails the tests that need it instead of skipping them.</summary>
    public const string RequiredVariable = "SLACKBOT_REQUIRE_POSTGRES";

    private static readonly Lazy<(PostgresServer? Server, string? Why)> SharedServer = new(StartShared, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _root;
    private readonly string _binaries;
    private readonly bool _asPostgresUser;
    private int _databases;

    private PostgresServer(string root, string binaries, int port, bool asPostgresUser)
    {
        _root = root;
        _binaries = binaries;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    /// <summary>The process's cluster, started on first use; null (with the reason) when PostgreSQL is not installed or would not start.</summary>
    public static PostgresServer? Shared => SharedServer.Value.Server;

    public static string? WhyUnavailable => SharedServer.Value.Why;

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) is "1" or "true";

    /// <summary>A connection string for the cluster's superuser on <paramref name="database"/>.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};Timeout=30;Command Timeout=60";

    /// <summary>A new empty database; returns its name.</summary>
    public string CreateDatabase()
    {
        var name = "t" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..10];
        Psql($"CREATE DATABASE {name}");
        return name;
    }

    /// <summary>Drops the database, closing whatever connections a test left open on it.</summary>
    public void DropDatabase(string name) => Psql($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    private void Psql(string sql)
    {
        var (code, output) = Run(Path.Combine(_binaries, "psql"), "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-qAtc", sql);
        if (code != 0) throw new InvalidOperationException($"psql failed ({code}): {output}");
    }

    private static (PostgresServer?, string?) StartShared()
    {
        var binaries = FindBinaries();
        if (binaries is null) return (null, "PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql");
        var asPostgresUser = Environment.UserName == "root";
        var root = Path.Combine(Path.GetTempPath(), "slackbot-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        try
        {
            var data = Path.Combine(root, "data");
            if (asPostgresUser)
            {
                var (chown, chownOutput) = Run("chown", "postgres", root);
                if (chown != 0) return (null, "could not hand the cluster folder to the postgres user: " + chownOutput);
            }

            var server = new PostgresServer(root, binaries, 0, asPostgresUser);
            var (init, initOutput) = server.RunServerTool("initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--locale=C");
            if (init != 0) return (null, "initdb failed: " + initOutput);

            for (var attempt = 0; attempt < 3; attempt++)
            {
                var port = FreePort();
                var options = $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=400 -c shared_buffers=64MB";
                var (start, startOutput) = server.RunServerTool("pg_ctl", "-D", data, "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start");
                if (start != 0)
                {
                    if (attempt == 2) return (null, "pg_ctl start failed: " + startOutput + ReadLog(root));
                    continue;
                }

                var started = new PostgresServer(root, binaries, port, asPostgresUser);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => started.Stop();
                return (started, null);
            }

            return (null, "pg_ctl start failed");
        }
        catch (Exception exception) when (exception is IOException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return (null, "PostgreSQL would not start: " + exception.Message);
        }
    }

    private void Stop()
    {
        RunServerTool("pg_ctl", "-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop");
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left for the OS to clean with the rest of temp.
        }
    }

    private (int, string) RunServerTool(string tool, params string[] arguments)
    {
        var path = Path.Combine(_binaries, tool);
        return _asPostgresUser ? Run("runuser", ["-u", "postgres", "--", path, .. arguments]) : Run(path, arguments);
    }

    private static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("SLACKBOT_PG_BIN") is { Length: > 0 } configured) return configured;
        const string debian = "/usr/lib/postgresql";
        if (!Directory.Exists(debian)) return null;
        return Directory.GetDirectories(debian)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var version) ? version : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ReadLog(string root)
    {
        try
        {
            return "\n" + File.ReadAllText(Path.Combine(root, "server.log"));
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static (int, string) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{Path.GetFileName(file)} did not finish in 2 minutes");
        }

        return (process.ExitCode, (output.Result + errors.Result).Trim());
    }
}
