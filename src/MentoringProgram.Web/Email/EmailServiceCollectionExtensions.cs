using MentoringProgram.Web.Email.Templates;

namespace MentoringProgram.Web.Email;

public static class EmailServiceCollectionExtensions
{
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection(EmailOptions.Section));
        var smtpHost = builder.Configuration[$"{EmailOptions.Section}:{nameof(EmailOptions.SmtpHost)}"];
        if (string.IsNullOrWhiteSpace(smtpHost))
        {
            builder.Services.AddSingleton<IMailTransport, PickupDirectoryMailTransport>();
        }
        else
        {
            builder.Services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }
        builder.Services.AddScoped<EmailOutbox>();
        builder.Services.AddScoped<OutboxDispatcher>();
        builder.Services.AddScoped<AppLinks>();
        builder.Services.AddScoped<MailRenderer>();
        return builder;
    }
}
