using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

/// <summary>
/// MayHaveBeenProcessed checked against the exceptions the real socket handler throws, not hand-made ones:
/// a durable outbox relies on it to decide whether a write must be verified before it is sent again.
/// Loopback only, ports chosen by the OS.
/// </summary>
public sealed class TransportFailureOnRealSocketsTests
{
    private static readonly PostMessageRequest Hello = new() { Channel = "C1", Text = "hi" };

    [Test]
    public async Task A_refused_connection_is_known_never_to_have_reached_slack()
    {
        int closedPort;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        using var services = ClientFor(closedPort);

        var failure = await FailureOf(services.GetRequiredService<ISlackApi>().PostMessageAsync(Hello));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure.MayHaveBeenProcessed, Is.False);
            Assert.That(failure.InnerException, Is.InstanceOf<HttpRequestException>());
        }
    }

    [Test]
    public async Task A_connection_dropped_after_the_request_was_sent_may_have_been_processed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var server = DropAfterReadingRequestAsync(listener, expectedBodyFragment: "\"text\":\"hi\"");
        using var services = ClientFor(((IPEndPoint)listener.LocalEndpoint).Port);

        var failure = await FailureOf(services.GetRequiredService<ISlackApi>().PostMessageAsync(Hello));
        var requestSeenByServer = await server;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(requestSeenByServer, Does.StartWith("POST /api/chat.postMessage"));
            Assert.That(failure.MayHaveBeenProcessed, Is.True);
            Assert.That(failure.InnerException, Is.InstanceOf<HttpRequestException>(), "the drop, not a timeout");
            Assert.That(listener.Pending(), Is.False, "the write was not sent a second time");
        }
    }

    private static async Task<string> DropAfterReadingRequestAsync(TcpListener listener, string expectedBodyFragment)
    {
        using var socket = await listener.AcceptSocketAsync();
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains(expectedBodyFragment, StringComparison.Ordinal))
        {
            var count = await socket.ReceiveAsync(buffer, SocketFlags.None);
            if (count == 0)
            {
                break;
            }

            received.Append(Encoding.UTF8.GetString(buffer, 0, count));
        }

        // Linger 0 makes Close send a reset, as a crashing proxy would.
        socket.LingerState = new LingerOption(enable: true, seconds: 0);
        socket.Close();
        return received.ToString();
    }

    private static ServiceProvider ClientFor(int port)
    {
        var services = new ServiceCollection();
        services.AddSlackApi(options =>
        {
            options.BaseUrl = new Uri($"http://127.0.0.1:{port}/api/");
            options.BotToken = SlackApiHarness.BotToken;
        });
        return services.BuildServiceProvider();
    }

    private static async Task<SlackTransportException> FailureOf(Task call)
    {
        try
        {
            await call;
        }
        catch (SlackTransportException failure)
        {
            return failure;
        }

        Assert.Fail("expected a SlackTransportException");
        throw new InvalidOperationException("unreachable");
    }
}
