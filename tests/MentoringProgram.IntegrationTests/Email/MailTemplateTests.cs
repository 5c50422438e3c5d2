using System.Net;
using System.Text.RegularExpressions;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Account.Mails;
using MentoringProgram.Web.Features.Enrollment.Mails;
using MentoringProgram.Web.Features.Staff.Mails;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Email;

/// <summary>The app served under a sub-path of another host than the test client's, so a link that does not come
/// from the configured public base URL shows.</summary>
public sealed class SubPathMailApp : SqliteApp
{
    public const string PublicBaseUrl = "https://mentoring.library.example/mp";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Email:PublicBaseUrl"] = PublicBaseUrl };
}

/// <summary>Every mail template (found by reflection, so a new one cannot be left out) rendered with sample data.</summary>
public sealed partial class MailTemplateTests(SubPathMailApp fixture) : AppTests(fixture), IClassFixture<SubPathMailApp>
{
    /// <summary>Names with an apostrophe, an ampersand, an accent and an address: what encoding gets wrong.</summary>
    private const string Person = "Siobhán O'Brien & Ruiz";
    private const string PersonEmail = "siobhan.obrien@library.test";
    private const string Program = "Leaders & Learners";
    private const string NoteMarkdown = "Ask **open questions** and then listen.\n\n- Agree what stays between you\n- Refer, don't advise";

    public static TheoryData<string> Templates() => new(TemplateTypes().Select(t => t.Name));

    private static List<Type> TemplateTypes() =>
        typeof(MailTemplate).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(MailTemplate)) && !t.IsAbstract).OrderBy(t => t.Name).ToList();

    /// <summary>One realistic instance of every template; links that carry a code are built as their callers build them.</summary>
    private static IEnumerable<MailTemplate> Samples(AppLinks links) =>
    [
        new RequestSubmittedMail { PersonName = Person, ProgramName = Program, CycleName = "Spring 2027", EnrollmentDeadline = new DateOnly(2027, 3, 31) },
        new RequestSubmittedNotice { ApplicantName = Person, ApplicantEmail = PersonEmail, ProgramId = 7, ProgramName = Program, CycleName = "Spring 2027" },
        new RequestWithdrawnMail { PersonName = Person, ProgramName = Program },
        new RequestWithdrawnNotice { ApplicantName = Person, ProgramId = 7, ProgramName = Program },
        new VolunteerSubmittedMail { PersonName = Person, ProgramName = Program, CycleName = "Spring 2027", Capacity = 2 },
        new VolunteerSubmittedNotice { VolunteerName = Person, VolunteerEmail = PersonEmail, Capacity = 2, ProgramId = 7, ProgramName = Program, CycleName = "Spring 2027" },
        new VolunteerWithdrawnMail { PersonName = Person, ProgramName = Program },
        new VolunteerWithdrawnNotice { VolunteerName = Person, ProgramId = 7, ProgramName = Program },
        new ConfirmEmailMail { ConfirmLink = links.Page("/Account/ConfirmEmail", "Identity", new { userId = "user-1", code = "Q29kZQ" }) },
        new ResetPasswordMail { ResetLink = links.Page("/Account/ResetPassword", "Identity", new { code = "Q29kZQ" }) },
        new AlreadyRegisteredMail(),
        new AlreadyConfirmedMail(),
        new NoAccountMail(),
        new CoordinatorInviteMail { SetPasswordLink = links.Page("/Account/ResetPassword", "Identity", new { code = "Q29kZQ" }) },
        new ProfileCorrectionApprovedMail { StaffName = Person, Field = "department", NewValue = "Special Collections & Archives" },
        new ProfileCorrectionDeclinedMail { StaffName = Person, Field = "hire date", ProposedValue = "2015-03-01", Note = "HR's record says 2016; ask them to check." },
        new Web.Features.Matching.Mails.IntroductionMail
        {
            PersonName = Person, ProgramName = Program, ForMentor = true, OtherName = "Gale O'Neil", OtherEmail = PersonEmail, OtherJobTitle = "Metadata Librarian",
            OtherDepartment = "Metadata & Cataloging", OtherContact = "Video calls", StartsOn = new DateOnly(2027, 1, 4), EndsOn = new DateOnly(2027, 12, 17),
            Reasons = ["Shares 2 of 3 topics: Career planning, Job search", "Same location: Hayden Library"], Note = "You both love old maps & atlases.",
            MenteeGoals = "Plan a career in metadata.", Expectations = "Meet monthly; keep what is said confidential.",
        },
        new Web.Features.MenteeChoice.Mails.MentorAskedMail
        {
            PersonName = Person, ProgramName = Program, MenteeName = "Gale O'Neil", MenteeJobTitle = "Metadata Librarian", MenteeDepartment = "Metadata & Cataloging",
            MenteeGoals = "Plan a career in metadata.", Topics = ["Career planning", "Job search"], Reasons = ["Shares 2 of 3 topics: Career planning, Job search"],
            AnswerDue = "5 March 2026, 14:30 (UTC)",
        },
        new Web.Features.MenteeChoice.Mails.AskClosedMail
        {
            PersonName = Person, ProgramName = Program, MentorName = "Gale O'Neil", RequestId = 42, Ending = Web.Features.MenteeChoice.AskEnding.Expired,
        },
        new Web.Features.MenteeChoice.Mails.AskWithdrawnMail
        {
            PersonName = Person, ProgramName = Program, MenteeName = "Gale O'Neil", Ending = Web.Features.MenteeChoice.AskEnding.CancelledByCoordinator,
        },
        new Web.Features.Pairings.Mails.EndRequestedNotice
        {
            ProgramName = Program, ProgramId = 7, CycleId = 3, PairingId = 42, MemberName = Person, Role = "mentee", OtherName = "Gale O'Neil",
            ReasonLabel = "Our schedules do not match",
        },
        new Web.Features.Pairings.Mails.EndRequestTakenBackNotice
        {
            ProgramName = Program, ProgramId = 7, CycleId = 3, PairingId = 42, MemberName = Person, OtherName = "Gale O'Neil",
        },
        new Web.Features.Pairings.Mails.PairingDissolvedMail { PersonName = Person, ProgramName = Program, OtherName = "Gale O'Neil", ForMentee = true },
        new Web.Features.Pairings.Mails.PairingKeptGoingMail
        {
            PersonName = Person, ProgramName = Program, OtherName = "Gale O'Neil", PairingId = 42, Word = "Let us find a lighter rhythm & talk on Monday.",
        },
        new Web.Features.Agreements.Mails.AgreementWrittenMail
        {
            PersonName = Person, ProgramName = Program, WriterName = "Gale O'Neil", PairingId = 42, FirstVersion = true,
        },
        new Web.Features.Reminders.Mails.MeetingReminderMail
        {
            PersonName = Person, OtherName = "Gale O'Neil", OtherEmail = "gale@library.test", ProgramName = Program, PairingId = 42,
            Kind = Web.Features.Reminders.ReminderKind.Behind, ToMentee = true, DueBy = new DateOnly(2026, 5, 4), DueByThen = 3, Held = 1, StartsOn = new DateOnly(2026, 3, 1),
        },
        new Web.Features.Reminders.Mails.TermEndedMail
        {
            PersonName = Person, OtherName = "Gale O'Neil", ProgramName = Program, PairingId = 42, EndedOn = new DateOnly(2027, 2, 28), ToMentee = true,
        },
        new Web.Features.Continuation.Mails.ContinuationMail
        {
            PersonName = Person, OtherName = "Gale O'Neil", ProgramName = Program, NextTerm = "3 semesters", EndsOn = new DateOnly(2027, 2, 28), Renewable = true,
            ContinueLink = "https://mentoring.library.example/mp/Continuation/token-continue", EndLink = "https://mentoring.library.example/mp/Continuation/token-end",
        },
        new Web.Features.EarlyCheckByMail.Mails.EarlyCheckMail
        {
            PersonName = Person, OtherName = "Gale O'Neil", ProgramName = Program, EndsOn = new DateOnly(2027, 2, 28),
            YesLink = "https://mentoring.library.example/mp/EarlyCheck/token-yes", NotSureLink = "https://mentoring.library.example/mp/EarlyCheck/token-not-sure",
            NoLink = "https://mentoring.library.example/mp/EarlyCheck/token-no",
        },
        new Web.Features.CheckIns.Mails.CheckInMail
        {
            PersonName = Person, OtherName = "Gale O'Neil", ProgramName = Program, LastDay = new DateOnly(2027, 2, 28),
            GoingWellLink = "https://mentoring.library.example/mp/CheckIn/token-well", CouldBeBetterLink = "https://mentoring.library.example/mp/CheckIn/token-better",
            GetInTouchLink = "https://mentoring.library.example/mp/CheckIn/token-touch",
        },
        new Web.Features.Surveys.Mails.SurveyInvitationMail
        {
            PersonName = Person, OtherName = "Gale O'Neil", ProgramName = Program, SurveyTitle = "Before & after", PairingId = 42, SurveyId = 7,
            LastDay = new DateOnly(2027, 2, 28), Reminder = true,
        },
        new Web.Features.Resources.Mails.ResourceNoteMail
        {
            PersonName = Person, ProgramName = Program, ResourceId = 12, Title = "Listening well & asking", Html = Web.Features.Resources.ResourceRenderer.Render(NoteMarkdown).Value!,
            Text = Web.Features.Resources.ResourceRenderer.PlainText(NoteMarkdown),
        },
        new Web.Features.Programs.Mails.VolunteerInvitationMail
        {
            PersonName = Person, ProgramName = Program, ProgramId = 7, CycleName = "Spring 2027",
            EnrollmentOpens = new DateOnly(2027, 1, 4), EnrollmentDeadline = new DateOnly(2027, 2, 14), TermStarts = new DateOnly(2027, 3, 1),
        },
        new Web.Features.Reminders.Mails.CoordinatorDigestMail
        {
            Digest = new Web.Features.Reminders.CoordinatorDigest.Week(new DateOnly(2027, 1, 4),
                [new(7, Program, 3, [new(7, 12, "Spring 2027", 5, 1, [new(Person, "Gale O'Neil", ["Asked to end"])])])], FailedMail: 2),
        },
    ];

    [Fact]
    public async Task EveryTemplate_HasOneSample()
    {
        var sampled = await RenderAllAsync();

        Assert.Equal(TemplateTypes().Select(t => t.Name), sampled.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Template_RendersBothParts_WithAbsoluteLinks_AndNothingLeftUnrendered(string template)
    {
        var mail = (await RenderAllAsync())[template];

        Assert.False(string.IsNullOrWhiteSpace(mail.Subject));
        AssertNothingUnrendered(mail.Subject, "subject");

        var hrefs = Href().Matches(mail.Html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, AssertFromPublicBaseUrl);
        var textLinks = Url().Matches(mail.Text).Select(m => m.Value).ToList();
        Assert.Equal(hrefs, textLinks);
        Assert.All(Url().Matches(WebUtility.HtmlDecode(mail.Html)).Select(m => m.Value), AssertFromPublicBaseUrl);

        var htmlText = VisibleText(mail.Html);
        AssertNothingUnrendered(htmlText, "HTML part");
        AssertNothingUnrendered(mail.Text, "text part");
        Assert.DoesNotMatch(Tag(), mail.Text);
        Assert.DoesNotMatch(Entity(), mail.Text);
        await HtmlValidity.AssertValidAsync(mail.Html, template);

        // One template, two parts: every sentence of the text part is in the HTML part, and both say why it was sent.
        foreach (var line in mail.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains("://", StringComparison.Ordinal) && l != "--"))
        {
            Assert.Contains(line, htmlText);
        }
        Assert.Contains("You get this", mail.Text);
    }

    [Fact]
    public async Task ProgramMail_IsSignedByTheProgram_AccountMail_ByTheMentoringProgram()
    {
        var mails = await RenderAllAsync();

        Assert.StartsWith(Program + "\n\nHello " + Person + ",\n\n", mails[nameof(RequestSubmittedMail)].Text);
        Assert.StartsWith(Program + " Hello " + Person + ",", VisibleText(mails[nameof(RequestSubmittedMail)].Html));
        Assert.StartsWith("Mentoring Program\n\nHello,\n\n", mails[nameof(NoAccountMail)].Text);
        Assert.StartsWith("Mentoring Program Hello,", VisibleText(mails[nameof(NoAccountMail)].Html));
    }

    [Fact]
    public async Task TextPart_ReadsAsParagraphs_WithTheButtonAsLabelAndAddress()
    {
        var text = (await RenderAllAsync())[nameof(RequestSubmittedMail)].Text;

        Assert.Equal(
            $"""
            {Program}

            Hello {Person},

            Thank you for asking for a mentor in {Program} (Spring 2027).

            The coordinator matches pairs after enrollment closes on 31 March 2027. You will hear from us by email when you have a mentor. You can change or withdraw your request until then.

            See your request: {SubPathMailApp.PublicBaseUrl}/My

            --
            You get this because you asked for a mentor in {Program}.

            """, text);
    }

    [Fact]
    public async Task MarkupInData_IsEncodedInHtml_AndKeptAsWrittenInText()
    {
        var mail = await App.WithScopeAsync(sp => sp.GetRequiredService<MailRenderer>().RenderAsync(
            new RequestWithdrawnNotice { ApplicantName = "<b>Bold</b> {x} @y", ProgramId = 1, ProgramName = "P" }));

        Assert.DoesNotContain("<b>", mail.Html);
        Assert.Contains("&lt;b&gt;", mail.Html);
        Assert.Contains("<b>Bold</b> {x} @y withdrew", mail.Text);
        Assert.Equal("Mentor request withdrawn: <b>Bold</b> {x} @y", mail.Subject);
    }

    [Fact]
    public async Task ATemplateMissingARequiredValue_IsRefused_RatherThanSentWithAGap()
    {
        var empty = (MailTemplate)Activator.CreateInstance(typeof(RequestWithdrawnMail))!;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithScopeAsync(sp => sp.GetRequiredService<MailRenderer>().RenderAsync(empty)));

        Assert.Contains("RequestWithdrawnMail.PersonName", error.Message);
    }

    private async Task<Dictionary<string, EmailContent>> RenderAllAsync() =>
        await App.WithScopeAsync(async sp =>
        {
            var renderer = sp.GetRequiredService<MailRenderer>();
            var rendered = new Dictionary<string, EmailContent>();
            foreach (var sample in Samples(sp.GetRequiredService<AppLinks>()))
            {
                rendered.Add(sample.GetType().Name, await renderer.RenderAsync(sample));
            }
            return rendered;
        });

    /// <summary>The body's text as a reader sees it, whitespace folded.</summary>
    private static string VisibleText(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(html[html.IndexOf("<body", StringComparison.Ordinal)..], " ")), " ").Trim();

    private static void AssertFromPublicBaseUrl(string link) =>
        Assert.StartsWith(SubPathMailApp.PublicBaseUrl + "/", link, StringComparison.Ordinal);

    private static void AssertNothingUnrendered(string part, string where)
    {
        Assert.False(RazorLeftover().IsMatch(part), $"Razor left over in the {where}: {part}");
        Assert.DoesNotContain("(null)", part);
        Assert.DoesNotContain("System.", part);
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex(@"https?://[^\s""<]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"<[a-zA-Z/!][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"&(#x?[0-9a-fA-F]+|[a-zA-Z]+);")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A brace, or an @ that does not sit inside an email address.</summary>
    [GeneratedRegex(@"[{}]|(?<![A-Za-z0-9._%+-])@")]
    private static partial Regex RazorLeftover();
}
