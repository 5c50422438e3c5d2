using System.Net;
using System.Net.Sockets;

namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>
/// A port in front of the real SMTP server (maildev) that the tests open and close: closed, connections are
/// refused exactly as during a mail server outage; open, bytes pass through untouched.
/// </summary>
public sealed class SmtpGate : IDisposable
{
    private readonly string _targetHost;
    private readonly int _targetPort;
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;

    public SmtpGate(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public bool IsOpen => _listener is not null;

    public void Open()
    {
        if (_listener is not null)
        {
            return;
        }
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _stop = new CancellationTokenSource();
        _ = AcceptAsync(_listener, _stop.Token);
    }

    public void Close()
    {
        _stop?.Cancel();
        _listener?.Stop();
        _listener = null;
    }

    public void Dispose()
    {
        Close();
        _stop?.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = PipeAsync(client);
        }
    }

    private async Task PipeAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                await upstream.ConnectAsync(_targetHost, _targetPort);
                var down = client.GetStream();
                var up = upstream.GetStream();
                await Task.WhenAny(down.CopyToAsync(up), up.CopyToAsync(down));
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
            {
                // The connection ended; the client sees it as a dropped connection.
            }
        }
    }
}
