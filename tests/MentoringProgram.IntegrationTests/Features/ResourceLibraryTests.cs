using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Resources;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The resource library (issue 15): the coordinator writes, previews, changes and deletes resources with
/// messages next to the fields and an audit entry per change; staff read them rendered safely and cannot change them;
/// the pairing page links the referral list, and only the mentor sees "refer, don't advise" beside it.</summary>
public abstract class ResourceLibraryTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    private static List<KeyValuePair<string, string>> Form(string title, string markdown, string kind = "Tip", string audience = "Everyone", string programId = "", string order = "5") =>
        [new("Form.Title", title), new("Form.Kind", kind), new("Form.Audience", audience), new("Form.ProgramId", programId), new("Form.SortOrder", order), new("Form.Markdown", markdown)];

    private Task<Resource?> FindAsync(string title) =>
        App.WithDbAsync(db => db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Title == title, Ct));

    [Fact]
    public async Task ANewInstallation_StartsWithTheReferralListTipsActivitiesAndQuestions_ForEveryProgram()
    {
        var seeded = await App.WithDbAsync(db => db.Resources.AsNoTracking().ToListAsync(Ct));
        Assert.All(seeded, r => Assert.Null(r.ProgramId));
        Assert.Equal(Enum.GetValues<ResourceKind>().Order(), seeded.Select(r => r.Kind).Distinct().Order());
        var referrals = string.Join("\n", seeded.Where(r => r.Kind == ResourceKind.Referral).Select(r => r.Markdown));
        foreach (var office in new[] { "Human Resources", "Ombuds", "Employee assistance", "Legal", "medical" })
        {
            Assert.Contains(office, referrals, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Coordinator_WritesPreviewsChangesAndDeletes_AResource_EachChangeAudited()
    {
        var coordinator = await CoordinatorAsync();
        var programId = await App.CreateProgramAsync();
        var title = Unique("Lunch ideas");

        var preview = await AppClient.ParseAsync(await coordinator.SubmitAsync("/Resources/Manage/New",
            [.. Form(title, "Try **the café** or [the map](https://maps.example.org)."), new("preview", "true")]));
        Assert.Contains("<strong>the café</strong>", preview.QuerySelector(".resource-preview .resource-body")!.InnerHtml);
        Assert.Equal(title, preview.QuerySelector("input[name='Form.Title']")!.GetAttribute("value"));
        Assert.Null(await FindAsync(title));

        var saved = await coordinator.SubmitAsync("/Resources/Manage/New", Form(title, "Try **the café**.", "Activity", "Mentees", programId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var resource = await FindAsync(title);
        Assert.NotNull(resource);
        Assert.Equal((ResourceKind.Activity, ResourceAudience.Mentees, (int?)programId, 5), (resource.Kind, resource.Audience, resource.ProgramId, resource.SortOrder));
        var list = await coordinator.GetPageAsync("/Resources/Manage");
        Assert.Contains(title, list.QuerySelector("table")!.TextContent);

        var edit = $"/Resources/Manage/{resource.Id}/Edit";
        var form = await coordinator.GetPageAsync(edit);
        Assert.Equal("Mentees", form.QuerySelector("select[name='Form.Audience'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(edit, Form(title + " (changed)", "Walk instead.", "Activity", "Everyone"))).StatusCode);
        var changed = await App.WithDbAsync(db => db.Resources.AsNoTracking().SingleAsync(r => r.Id == resource.Id, Ct));
        Assert.Equal((title + " (changed)", "Walk instead.", (int?)null), (changed.Title, changed.Markdown, changed.ProgramId));

        var confirm = await coordinator.GetPageAsync($"/Resources/Manage/{resource.Id}/Delete");
        Assert.Contains("cannot be undone", confirm.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync($"/Resources/Manage/{resource.Id}/Delete", [])).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Resources.AnyAsync(r => r.Id == resource.Id, Ct)));

        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Subject == ResourceAudit.Subject(resource.Id)).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct));
        Assert.Equal([ResourceAudit.Created, ResourceAudit.Changed, ResourceAudit.Deleted], audit);
    }

    [Fact]
    public async Task Coordinator_PostingEmptyOrOversized_SeesMessagesNextToTheFields_WhatWasTyped_AndNothingSaved()
    {
        var coordinator = await CoordinatorAsync();
        var before = await App.WithDbAsync(db => db.Resources.CountAsync(Ct));

        var empty = await AppClient.ParseAsync(await coordinator.SubmitAsync("/Resources/Manage/New", Form("", "", order: "")));
        Assert.Equal("Enter the resource's title.", AppClient.FieldError(empty, "Form.Title"));
        Assert.Equal("Write the resource's text.", AppClient.FieldError(empty, "Form.Markdown"));

        var longTitle = new string('t', Resource.TitleMaxLength + 1);
        var longText = new string('m', Resource.MarkdownMaxLength + 1);
        var oversized = await AppClient.ParseAsync(await coordinator.SubmitAsync("/Resources/Manage/New",
            Form(longTitle, longText, kind: "Nonsense", programId: "999999", order: "5000")));
        Assert.Equal($"Keep the title under {Resource.TitleMaxLength} characters.", AppClient.FieldError(oversized, "Form.Title"));
        Assert.StartsWith("Keep the text under", AppClient.FieldError(oversized, "Form.Markdown"));
        Assert.NotNull(AppClient.FieldError(oversized, "Form.Kind"));
        Assert.Equal("Choose a program from the list, or every program.", AppClient.FieldError(oversized, "Form.ProgramId"));
        Assert.NotNull(AppClient.FieldError(oversized, "Form.SortOrder"));
        Assert.Equal(longText, oversized.QuerySelector("textarea[name='Form.Markdown']")!.TextContent.Trim());

        Assert.Equal(before, await App.WithDbAsync(db => db.Resources.CountAsync(Ct)));
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == ResourceAudit.Created, Ct)));
    }

    /// <summary>A signed-in staff member on a coordinator route is sent to the access-denied page, as everywhere in the app.</summary>
    private static void AssertAccessDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Staff_ReadTheLibraryAndAResource_ButEveryCoordinatorRouteIsRefused()
    {
        var email = Unique("staff");
        await App.CreateUserAsync(email);
        var staff = await LoginAsync(email);
        var referral = await App.WithDbAsync(db => db.Resources.AsNoTracking().Where(r => r.Kind == ResourceKind.Referral).OrderBy(r => r.SortOrder).FirstAsync(Ct));

        var library = await staff.GetPageAsync("/Resources");
        Assert.Equal("Where to refer a question", library.QuerySelector("main h2")!.TextContent);
        Assert.NotNull(library.QuerySelector($"a[href='/Resources/{referral.Id}']"));
        Assert.NotNull(library.QuerySelector("nav a[href='/Resources']"));
        var article = await staff.GetPageAsync($"/Resources/{referral.Id}");
        Assert.Equal(referral.Title, article.QuerySelector("h1")!.TextContent);
        Assert.NotNull(article.QuerySelector(".resource-body ul li strong"));
        Assert.Null(article.QuerySelector($"a[href='/Resources/Manage/{referral.Id}/Edit']"));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/Resources/999999")).StatusCode);

        foreach (var route in new[] { "/Resources/Manage", "/Resources/Manage/New", $"/Resources/Manage/{referral.Id}/Edit", $"/Resources/Manage/{referral.Id}/Delete" })
        {
            AssertAccessDenied(await staff.GetAsync(route));
        }
        var token = await staff.TokenAsync("/Resources");
        AssertAccessDenied((await staff.PostAsync($"/Resources/Manage/{referral.Id}/Delete", [new("__RequestVerificationToken", token)])));
        AssertAccessDenied((await staff.PostAsync($"/Resources/Manage/{referral.Id}/Edit", [new("__RequestVerificationToken", token), .. Form("Mine now", "Changed")])));
        AssertAccessDenied((await staff.PostAsync("/Resources/Manage/New", [new("__RequestVerificationToken", token), .. Form("Mine now", "New")])));
        var unchanged = await App.WithDbAsync(db => db.Resources.AsNoTracking().SingleAsync(r => r.Id == referral.Id, Ct));
        Assert.Equal(referral.Title, unchanged.Title);
        Assert.Null(await FindAsync("Mine now"));
    }

    [Fact]
    public async Task ThePairingPage_LinksTheReferralList_AndOnlyTheMentorSeesReferDontAdvise()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        await pair.IntoTheTermAsync(App, 3);
        var otherProgram = await App.CreateProgramAsync();
        await App.WithDbAsync(async db =>
        {
            db.Resources.AddRange(
                new Resource(pair.Scene.ProgramId, "Our program's lunch spots", ResourceKind.Activity, ResourceAudience.Everyone, 1, "Lunch."),
                new Resource(otherProgram, "Another program's page", ResourceKind.Tip, ResourceAudience.Everyone, 1, "Elsewhere."));
            return await db.SaveChangesAsync(Ct);
        });
        var referrals = await App.WithDbAsync(db => db.Resources.AsNoTracking().Where(r => r.Kind == ResourceKind.Referral && r.ProgramId == null)
            .Select(r => new { r.Id, r.Title, r.Audience }).ToListAsync(Ct));

        var mentor = await LoginAsync(pair.MentorEmail);
        var asMentor = (await mentor.GetPageAsync(pair.Page)).QuerySelector("#resources")!.ParentElement!;
        Assert.NotNull(asMentor.QuerySelector("#refer-dont-advise"));
        Assert.Contains("Refer, don't advise", asMentor.TextContent);
        foreach (var r in referrals)
        {
            Assert.NotNull(asMentor.QuerySelector($"a[href='/Resources/{r.Id}']"));
        }
        Assert.Contains("Tips for mentors", asMentor.TextContent);
        Assert.DoesNotContain("Tips for mentees", asMentor.TextContent);
        Assert.Contains("Our program's lunch spots", asMentor.TextContent);
        Assert.DoesNotContain("Another program's page", asMentor.TextContent);

        var mentee = await LoginAsync(pair.MenteeEmail);
        var asMentee = (await mentee.GetPageAsync(pair.Page)).QuerySelector("#resources")!.ParentElement!;
        Assert.Null(asMentee.QuerySelector("#refer-dont-advise"));
        Assert.DoesNotContain("Refer, don't advise", asMentee.TextContent);
        foreach (var r in referrals.Where(r => r.Audience != ResourceAudience.Mentors))
        {
            Assert.NotNull(asMentee.QuerySelector($"a[href='/Resources/{r.Id}']"));
        }
        Assert.Contains("Tips for mentees", asMentee.TextContent);
        Assert.DoesNotContain("Tips for mentors", asMentee.TextContent);
    }
}

public sealed class ResourceLibraryTestsOnSqlite(SqliteApp fixture) : ResourceLibraryTests(fixture), IClassFixture<SqliteApp>;

public sealed class ResourceLibraryTestsOnPostgres(PostgresApp fixture) : ResourceLibraryTests(fixture), IClassFixture<PostgresApp>;
