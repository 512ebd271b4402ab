using System.Text.Json.Nodes;
using SlackBot.LoadTest;

namespace SlackBot.Tests.LoadTest;

/// <summary>The machine-readable line: every figure, HTTP bot figures also as a share of the floor's same phase.</summary>
public class LoadReportTests
{
    [Test]
    public void Bot_figures_over_http_are_given_as_a_ratio_of_the_floor_and_a_failed_check_shows()
    {
        var floor = Phase("floor", "http", acksPerSecond: 4000, p99: 2);
        var http = Phase("bot", "http", acksPerSecond: 2500, p99: 5);
        var socket = Phase("bot", "socket", acksPerSecond: 3000, p99: 4);
        var bots = new[]
        {
            Run("http", http, new StoreVerdict(10, 0, 0, 0, [])),
            Run("socket", socket, new StoreVerdict(10, 1, 0, 0, ["ev:X"])),
        };

        var json = JsonNode.Parse(LoadReport.Json(LoadOptions.Parse([]), new MachineLoad(2, 1.5, 2.5), [floor], bots).ToJsonString())!;

        var httpPhase = json["bots"]![0]!["phases"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(httpPhase["vsFloor"]!["acksPerSecond"]!.GetValue<double>(), Is.EqualTo(0.625));
            Assert.That(httpPhase["vsFloor"]!["eventsP99"]!.GetValue<double>(), Is.EqualTo(2.5));
            Assert.That(json["bots"]![1]!["phases"]![0]!["vsFloor"], Is.Null, "Socket Mode has no floor to compare with");
            Assert.That(json["bots"]![0]!["exactlyOnce"]!.GetValue<bool>(), Is.True);
            Assert.That(json["bots"]![1]!["exactlyOnce"]!.GetValue<bool>(), Is.False);
            Assert.That(json["floor"]![0]!["events"]!["p99"]!.GetValue<double>(), Is.EqualTo(2));
            Assert.That(json["loadAverageAfter"]!.GetValue<double>(), Is.EqualTo(2.5));
        });
    }

    private static PhaseMeasurement Phase(string target, string transport, double acksPerSecond, double p99)
    {
        var latency = new LatencySummary(100, p99 / 2, p99, p99 * 2, p99 * 3);
        return new PhaseMeasurement
        {
            Name = "closed 32", Target = target, Transport = transport, Model = "closed", Load = 32, Seconds = 20,
            Acknowledged = (int)(acksPerSecond * 20), Rejected = 0, TimedOut = 0, Failed = 0, AcksPerSecond = acksPerSecond,
            Latency = RequestKinds.All.ToDictionary(kind => kind, _ => latency), EventLatency = latency, SendLag = LatencySummary.Empty,
            AcknowledgedInboxIds = [], IncidentMessageIds = [], LastAckAt = DateTimeOffset.UnixEpoch,
        };
    }

    private static BotRun Run(string transport, PhaseMeasurement phase, StoreVerdict verdict) =>
        new(transport, "litedb", "log", 0.5, 90, 200, [phase], verdict, 0, 0);
}
