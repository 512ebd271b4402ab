using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace SlackBot.Tests.Hostile;

/// <summary>
/// Runs one hostile input through a parser and holds it to the three promises: it returns (or throws only the
/// exception its contract names) instead of crashing, it returns within <see cref="PerInput"/>, and it allocates no
/// more than a bounded multiple of the input. Counts the inputs per target for docs/reliability.md.
/// </summary>
internal static class HostileRun
{
    /// <summary>Far above any honest parse (milliseconds); only a hang or a runaway backtrack gets near it.</summary>
    public static readonly TimeSpan PerInput = TimeSpan.FromSeconds(30);

    private const long FixedAllowance = 64L * 1024 * 1024;
    private const long PerInputByte = 24;

    private static readonly ConcurrentDictionary<string, int> Tried = new(StringComparer.Ordinal);

    /// <summary>How many inputs each target has been given in this test run.</summary>
    public static IReadOnlyDictionary<string, int> Counts => Tried;

    /// <summary>Runs <paramref name="parse"/> on its own thread; <paramref name="expected"/> are the exception types its contract allows.</summary>
    public static void Guard(string target, long inputLength, Action parse, params Type[] expected)
    {
        Tried.AddOrUpdate(target, 1, (_, count) => count + 1);
        Exception? failure = null;
        long allocated = 0;
        var thread = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                parse();
            }
            catch (Exception exception) when (expected.Any(type => type.IsInstanceOfType(exception)))
            {
                // A refusal the contract names (a QuestionBankException, an ExportException): the caller reports it.
            }
            catch (Exception exception)
            {
                failure = exception;
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, maxStackSize: 1024 * 1024) { IsBackground = true, Name = "hostile " + target };

        thread.Start();
        if (!thread.Join(PerInput)) Assert.Fail($"{target}: an input of {inputLength} bytes was still being read after {PerInput}");
        if (failure is AssertionException) ExceptionDispatchInfo.Throw(failure);
        if (failure is not null) Assert.Fail($"{target}: an input of {inputLength} bytes threw {failure.GetType().Name}: {failure.Message}\n{failure.StackTrace}");

        var limit = FixedAllowance + PerInputByte * inputLength;
        Assert.That(allocated, Is.LessThanOrEqualTo(limit), $"{target}: an input of {inputLength} bytes allocated {allocated} bytes");
    }

    /// <summary>Writes the counts so far, for the figures in docs/reliability.md.</summary>
    public static void Report(string target) =>
        TestContext.Out.WriteLine($"hostile input: {target}: {Tried.GetValueOrDefault(target)} inputs");
}
