using System.Text.Json;

namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>Reads what the real SMTP server (maildev) received, through its REST API.</summary>
public sealed class Maildev(string apiBase)
{
    private static readonly HttpClient Http = new();

    public sealed record Received(string Subject, string To, string? Text, string? Html, string? MessageId);

    public static string? SmtpHost => Environment.GetEnvironmentVariable("MP_TEST_SMTP_HOST");
    public static int SmtpPort => int.Parse(Environment.GetEnvironmentVariable("MP_TEST_SMTP_PORT") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
    public static string? ApiBase => Environment.GetEnvironmentVariable("MP_TEST_MAILDEV_API");

    public async Task<List<Received>> ToAsync(string address)
    {
        var json = await Http.GetStringAsync($"{apiBase}/api/email", TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);
        var found = new List<Received>();
        foreach (var email in document.RootElement.EnumerateArray())
        {
            var recipients = email.GetProperty("to").EnumerateArray().Select(t => t.GetProperty("address").GetString()).ToList();
            if (!recipients.Contains(address, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            string? messageId = null;
            if (email.TryGetProperty("headers", out var headers) && headers.TryGetProperty("message-id", out var id))
            {
                messageId = id.GetString();
            }
            found.Add(new Received(email.GetProperty("subject").GetString() ?? "", address,
                email.TryGetProperty("text", out var text) ? text.GetString() : null,
                email.TryGetProperty("html", out var html) ? html.GetString() : null, messageId));
        }
        return found;
    }
}
