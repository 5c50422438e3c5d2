using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MentoringProgram.Web.Email.Templates;

/// <summary>
/// Renders a mail template into the subject, HTML part and text part the outbox stores (ADR 7). The same component
/// tree is rendered twice, once per <see cref="MailFormat"/>, so the two parts cannot say different things.
/// Scoped: templates may inject the request's services (<see cref="AppLinks"/>).
/// </summary>
public sealed class MailRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<EmailContent> RenderAsync(MailTemplate mail)
    {
        var values = mail.Parameters();
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        var html = await RenderAsync(renderer, mail.GetType(), values, MailFormat.Html);
        var text = await RenderAsync(renderer, mail.GetType(), values, MailFormat.Text);
        return new EmailContent(mail.Subject, MailText.Finish(text), html);
    }

    private static Task<string> RenderAsync(HtmlRenderer renderer, Type template, IReadOnlyDictionary<string, object?> values, MailFormat format) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MailDocument>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MailDocument.Template)] = template,
                [nameof(MailDocument.Values)] = values,
                [nameof(MailDocument.Format)] = format,
            }));
            return output.ToHtmlString();
        });
}
