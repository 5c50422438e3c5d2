using System.Text.RegularExpressions;
using MentoringProgram.Testing;
using MentoringProgram.Web.Email;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MentoringProgram.IntegrationTests.Infrastructure;

public static partial class Mail
{
    /// <summary>Runs the outbox delivery job once, as Hangfire would.</summary>
    public static Task<DispatchResult> DeliverAsync(this TestAppFactory app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(TestContext.Current.CancellationToken));

    public static async Task<List<MimeMessage>> MessagesToAsync(this TestAppFactory app, string address)
    {
        var messages = new List<MimeMessage>();
        foreach (var file in app.MailFiles())
        {
            var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
            {
                messages.Add(message);
            }
        }
        return messages;
    }

    public static string FirstLink(this MimeMessage message, string containing) =>
        LinkPattern().Matches(message.TextBody ?? "").Select(m => m.Value).First(u => u.Contains(containing, StringComparison.Ordinal));

    [GeneratedRegex(@"https?://[^\s)]+")]
    private static partial Regex LinkPattern();
}
