namespace MentoringProgram.Web.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>SMTP server host; when empty, messages are written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public bool UseStartTls { get; set; }
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public string FromAddress { get; set; } = "mentoring@library.example";
    public string FromName { get; set; } = "Mentoring Program";
    public string? PickupDirectory { get; set; }

    /// <summary>Attempts before a message is marked failed and shown to the coordinator; with the back-off
    /// (30 s doubling, capped at an hour) 30 attempts ride out about a day of SMTP outage.</summary>
    public int MaxAttempts { get; set; } = 30;

    /// <summary>How long one dispatcher may hold a message before another may try it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The address people use to reach the app, for links in mail.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
