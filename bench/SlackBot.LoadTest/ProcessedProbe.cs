using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SlackBot.LoadTest;

/// <summary>
/// How many envelopes the running bot has processed: the sum of <c>slackbot_events_processed_total</c> from its
/// Prometheus <c>/metrics</c> when it serves them, otherwise the inbox worker's "Processed … (id)" Debug lines on
/// its output (which cost the bot a little console work per envelope, so the metrics are preferred).
/// </summary>
public sealed partial class ProcessedProbe : IDisposable
{
    public const string MetricName = "slackbot_events_processed_total";

    private readonly HttpClient? _http;
    private readonly Uri? _metrics;
    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);
    private long _lines;

    private ProcessedProbe(HttpClient? http, Uri? metrics, string source)
    {
        _http = http;
        _metrics = metrics;
        Source = source;
    }

    /// <summary>"metrics" or "log".</summary>
    public string Source { get; }

    public static ProcessedProbe FromMetrics(Uri botAddress) =>
        new(new HttpClient { Timeout = TimeSpan.FromSeconds(10) }, new Uri(botAddress, "/metrics"), "metrics");

    /// <summary>Counts the processed lines of <paramref name="bot"/>'s output (its InboxProcessor logging at Debug).</summary>
    public static ProcessedProbe FromLog(ChildProcess bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var probe = new ProcessedProbe(null, null, "log");
        bot.OutputLine += probe.OnLine;
        return probe;
    }

    /// <summary>Envelopes the log showed processed more than once (always 0 with metrics, which cannot tell).</summary>
    public int Duplicates => _seen.Count(pair => pair.Value > 1);

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        if (_http is null) return Interlocked.Read(ref _lines);
        var text = await _http.GetStringAsync(_metrics, cancellationToken);
        return (long)SumOf(text, MetricName);
    }

    /// <summary>
    /// Polls until the bot has processed <paramref name="ids"/>: from the log, each of them; from the metrics, as many
    /// processings past <paramref name="baseline"/> (an envelope whose ack came too late may be among them, so the
    /// metrics can call it early). Returns when (a Stopwatch timestamp), or null after <paramref name="timeout"/>.
    /// </summary>
    public async Task<long?> WaitForAsync(long baseline, IReadOnlyCollection<string> ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        var pause = TimeSpan.FromMilliseconds(_http is null ? 5 : 20);
        var waitingFor = _http is null ? ids.ToList() : [];
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_http is null)
            {
                waitingFor.RemoveAll(_seen.ContainsKey);
                if (waitingFor.Count == 0) return Stopwatch.GetTimestamp();
            }
            else if (await CountAsync(cancellationToken) >= baseline + ids.Count)
            {
                return Stopwatch.GetTimestamp();
            }

            await Task.Delay(pause, cancellationToken);
        }

        return null;
    }

    /// <summary>The sum of every sample of <paramref name="metric"/> (all label sets) in Prometheus text format.</summary>
    public static double SumOf(string exposition, string metric)
    {
        ArgumentNullException.ThrowIfNull(exposition);
        var sum = 0.0;
        foreach (var line in exposition.Split('\n'))
        {
            if (!line.StartsWith(metric, StringComparison.Ordinal) || line.Length == metric.Length || line[metric.Length] is not ('{' or ' ')) continue;
            var labelsEnd = line.LastIndexOf('}');
            var rest = line[(labelsEnd < 0 ? metric.Length : labelsEnd + 1)..].Trim();
            var value = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) sum += number;
        }

        return sum;
    }

    public void Dispose() => _http?.Dispose();

    private void OnLine(string line)
    {
        if (ProcessedLine().Match(line) is not { Success: true } match) return;
        _seen.AddOrUpdate(match.Groups["id"].Value, 1, (_, count) => count + 1);
        Interlocked.Increment(ref _lines);
    }

    [GeneratedRegex(@"(?:Processed \S+ \((?<id>[^)]+)\)|\S+ \((?<id>[^)]+)\) processed with \d+ listener error)")]
    private static partial Regex ProcessedLine();
}
