using System.Net;
using System.Text.RegularExpressions;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Resources;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Best-practice notes (issue 15, seed 003): the coordinator sends a resource to all active staff or to one
/// program's participants, sees first how many it reaches and sends only on confirming; one mail per person through the
/// outbox with an audit entry, each version of a resource reaching a person once, in a fixed number of statements.</summary>
public abstract class ResourceNoteTests(AppFixture fixture) : AppTests(fixture)
{
    private const string Markdown = "Ask **open questions**, then listen.\n\n- Agree what stays between you\n- Refer, don't advise\n\n<script>alert(1)</script>";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    private Task<int> ResourceAsync(int? programId = null) => App.WithDbAsync(async db =>
    {
        var resource = new Resource(programId, "Listening well", ResourceKind.Tip, ResourceAudience.Everyone, 1, Markdown);
        db.Resources.Add(resource);
        await db.SaveChangesAsync(Ct);
        return resource.Id;
    });

    private static List<KeyValuePair<string, string>> Form(string audience, string programId = "") =>
        [new("Form.Audience", audience), new("Form.ProgramId", programId)];

    private Task<List<OutboxMessage>> NotesAsync() => App.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
        .Where(m => m.DeduplicationKey.StartsWith("note:")).OrderBy(m => m.ToAddress).ToListAsync(Ct));

    private Task<List<string>> ParticipantNamesAsync(int programId) => App.WithDbAsync(db => db.StaffMembers
        .Where(s => ProgramParticipants.StaffIdsOf(db, programId).Contains(s.Id)).Select(s => s.FullName).OrderBy(n => n).ToListAsync(Ct));

    private static async Task<HttpResponseMessage> ConfirmAsync(AppClient client, int resourceId, List<KeyValuePair<string, string>> form) =>
        await client.PostAsync($"/Resources/Manage/{resourceId}/Send",
            [new("__RequestVerificationToken", await client.TokenAsync($"/Resources/Manage/{resourceId}/Send")), .. form, new("confirm", "true")]);

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public async Task AProgramsParticipants_AreItsActivePairs_WaitingRequests_AndApprovedMentors_EachOnce()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var elsewhere = await MatchingScene.CreateAsync(App);
        // Gale Good is in the active pairing and still an approved mentor; Sam Same is approved; Blair Boss is approved;
        // Pat Paused's offer is paused. A second program's people are not this program's.
        Assert.Equal(["Blair Boss", "Gale Good", "Mina Mentee", "Sam Same"], await ParticipantNamesAsync(pair.Scene.ProgramId));

        await App.WithDbAsync(async db =>
        {
            var offer = await db.MentorVolunteers.SingleAsync(v => v.Id == pair.Scene.VolunteerOf("Sam Same"), Ct);
            offer.Pause();
            var request = await db.MenteeRequests.SingleAsync(r => r.Id == elsewhere.RequestId, Ct);
            request.Withdraw(App.Clock.GetUtcNow());
            return await db.SaveChangesAsync(Ct);
        });
        Assert.Equal(["Blair Boss", "Gale Good", "Mina Mentee"], await ParticipantNamesAsync(pair.Scene.ProgramId));
        Assert.DoesNotContain("Mina Mentee", await ParticipantNamesAsync(elsewhere.ProgramId));

        // The note reaches them unless they have left the library.
        await App.WithDbAsync(async db =>
        {
            (await db.StaffMembers.SingleAsync(s => s.FullName == "Blair Boss" && ProgramParticipants.StaffIdsOf(db, pair.Scene.ProgramId).Contains(s.Id), Ct)).IsActive = false;
            return await db.SaveChangesAsync(Ct);
        });
        var reach = await App.WithScopeAsync(sp => sp.GetRequiredService<SendNote.Handler>()
            .ReachAsync(new SendNote.Command { Audience = NoteAudience.Program, ProgramId = pair.Scene.ProgramId }, Ct));
        Assert.Equal(2, reach);
    }

    [Fact]
    public async Task TheFirstPost_CountsWhoItReaches_AndSendsNothing_ConfirmingQueuesOneMailEach_AndAgainReachesNobodyTwice()
    {
        var coordinator = await CoordinatorAsync();
        var scene = await MatchingScene.CreateAsync(App);
        var resourceId = await ResourceAsync();
        var list = await coordinator.GetPageAsync("/Resources/Manage");
        Assert.NotNull(list.QuerySelector($"a[href='/Resources/Manage/{resourceId}/Send']"));
        var everyone = await App.WithDbAsync(db => db.StaffMembers.CountAsync(s => s.IsActive, Ct));

        var countedResponse = await coordinator.SubmitAsync($"/Resources/Manage/{resourceId}/Send", Form("Program", scene.ProgramId.ToString()));
        var countedHtml = await countedResponse.Content.ReadAsStringAsync(Ct);
        await HtmlValidity.AssertValidAsync(countedHtml, "note send page");
        var counted = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(countedHtml, Ct);
        Assert.Equal("Send to 4 people", counted.QuerySelector("#reach + form button")!.TextContent);
        Assert.Equal("Program", counted.QuerySelector("input[name='Form.Audience'][checked]")!.GetAttribute("value"));
        var allStaff = await AppClient.ParseAsync(await coordinator.SubmitAsync($"/Resources/Manage/{resourceId}/Send", Form("AllStaff")));
        Assert.Equal($"Send to {everyone} people", allStaff.QuerySelector("#reach + form button")!.TextContent);
        Assert.Empty(await NotesAsync());

        var sent = await ConfirmAsync(coordinator, resourceId, Form("Program", scene.ProgramId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var notice = (await coordinator.GetPageAsync($"/Resources/Manage/{resourceId}/Send")).QuerySelector("main")!.TextContent;
        Assert.Contains("4 notes queued to be sent, 0 notes already had this version.", notice);
        var notes = await NotesAsync();
        Assert.Equal(4, notes.Count);
        Assert.Equal(4, notes.Select(m => m.ToAddress).Distinct().Count());
        var version = await App.WithDbAsync(db => db.Resources.Where(r => r.Id == resourceId).Select(r => r.UpdatedAt).SingleAsync(Ct));
        Assert.All(notes, m => Assert.StartsWith($"note:{resourceId}:{version.UtcTicks}:", m.DeduplicationKey));

        // Clicked twice, and then to all staff: nobody gets this version again, the others get it once.
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(coordinator, resourceId, Form("Program", scene.ProgramId.ToString()))).StatusCode);
        Assert.Contains("0 notes queued to be sent, 4 notes already had this version.", (await coordinator.GetPageAsync($"/Resources/Manage/{resourceId}/Send")).QuerySelector("main")!.TextContent);
        await ConfirmAsync(coordinator, resourceId, Form("AllStaff"));
        Assert.Equal(everyone, (await NotesAsync()).Count);

        // A changed resource is a new version, sent again.
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await App.WithDbAsync(async db =>
        {
            var resource = await db.Resources.SingleAsync(r => r.Id == resourceId, Ct);
            resource.Update(null, resource.Title, resource.Kind, resource.Audience, resource.SortOrder, resource.Markdown + "\n\nOne more thing.");
            return await db.SaveChangesAsync(Ct);
        });
        await ConfirmAsync(coordinator, resourceId, Form("Program", scene.ProgramId.ToString()));
        Assert.Equal(everyone + 4, (await NotesAsync()).Count);

        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == ResourceAudit.NoteSent && e.Subject == ResourceAudit.Subject(resourceId))
            .OrderBy(e => e.Id).Select(e => e.Details).ToListAsync(Ct));
        Assert.Equal(4, audit.Count);
        Assert.EndsWith(": 4 queued, 0 already had it", audit[0]);
        Assert.EndsWith(": 0 queued, 4 already had it", audit[1]);
        Assert.StartsWith("to all staff", audit[2]);
    }

    [Fact]
    public async Task TheMail_CarriesTheSanitisedResource_ItsText_ALinkFromTheBaseUrl_AndWhyTheyGetIt()
    {
        var coordinator = await CoordinatorAsync();
        var scene = await MatchingScene.CreateAsync(App);
        var programName = await App.WithDbAsync(db => db.Programs.Where(p => p.Id == scene.ProgramId).Select(p => p.Name).SingleAsync(Ct));
        var resourceId = await ResourceAsync();
        await ConfirmAsync(coordinator, resourceId, Form("Program", scene.ProgramId.ToString()));

        var mail = (await NotesAsync()).Single(m => m.ToAddress == scene.MenteeEmail);
        Assert.Equal("A note from the mentoring program: Listening well", mail.Subject);
        Assert.Contains("<strong>open questions</strong>", mail.HtmlBody);
        Assert.Contains("<li>Refer, don't advise</li>", mail.HtmlBody.Replace("&#39;", "'", StringComparison.Ordinal));
        Assert.DoesNotContain("<script", mail.HtmlBody);
        Assert.Contains($"href=\"https://localhost/Resources/{resourceId}\"", mail.HtmlBody);
        var text = Flat(mail.TextBody);
        Assert.Contains("Hello Mina Mentee,", text);
        Assert.Contains("Ask open questions, then listen.", text);
        Assert.Contains("Agree what stays between you", text);
        Assert.DoesNotContain("**", text);
        Assert.Contains($"Read it in the resource library: https://localhost/Resources/{resourceId}", text);
        Assert.Contains($"You get this because you take part in {programName}", text);
    }

    [Fact]
    public async Task AMissingOrUnknownChoice_IsAMessageBesideTheField_AndAnUnknownResourceIsNotFound()
    {
        var coordinator = await CoordinatorAsync();
        var resourceId = await ResourceAsync();
        var url = $"/Resources/Manage/{resourceId}/Send";

        var none = await AppClient.ParseAsync(await coordinator.SubmitAsync(url, Form("")));
        Assert.False(string.IsNullOrEmpty(AppClient.FieldError(none, "Form.Audience")));
        var nonsense = await AppClient.ParseAsync(await coordinator.SubmitAsync(url, Form("Nonsense")));
        Assert.False(string.IsNullOrEmpty(AppClient.FieldError(nonsense, "Form.Audience")));
        var outOfRange = await AppClient.ParseAsync(await coordinator.SubmitAsync(url, Form("99")));
        Assert.False(string.IsNullOrEmpty(AppClient.FieldError(outOfRange, "Form.Audience")));
        var noProgram = await AppClient.ParseAsync(await coordinator.SubmitAsync(url, Form("Program")));
        Assert.Equal("Choose the program whose participants get the note.", AppClient.FieldError(noProgram, "Form.ProgramId"));
        var unknown = await coordinator.SubmitAsync(url, Form("Program", "999999"));
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var unknownPage = await AppClient.ParseAsync(unknown);
        Assert.Equal("Choose a program from the list.", AppClient.FieldError(unknownPage, "Form.ProgramId"));
        Assert.Equal("Program", unknownPage.QuerySelector("input[name='Form.Audience'][checked]")!.GetAttribute("value"));
        Assert.Null(unknownPage.QuerySelector("#reach"));
        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(coordinator, resourceId, Form("Program", "999999"))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/Resources/Manage/999999/Send")).StatusCode);
        var token = await coordinator.TokenAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync("/Resources/Manage/999999/Send", [new("__RequestVerificationToken", token), .. Form("AllStaff"), new("confirm", "true")])).StatusCode);
        Assert.Empty(await NotesAsync());
        Assert.False(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == ResourceAudit.NoteSent, Ct)));
    }

    [Fact]
    public async Task Staff_CannotReachTheSendPage_NorSend()
    {
        var email = Unique("staff");
        await App.CreateUserAsync(email);
        var staff = await LoginAsync(email);
        var resourceId = await ResourceAsync();
        var url = $"/Resources/Manage/{resourceId}/Send";

        var page = await staff.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", page.Headers.Location!.ToString());
        var post = await staff.PostAsync(url, [new("__RequestVerificationToken", await staff.TokenAsync("/Resources")), .. Form("AllStaff"), new("confirm", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", post.Headers.Location!.ToString());
        Assert.Empty(await NotesAsync());
    }

    [Fact]
    public async Task Sending_CostsAFixedNumberOfStatements_WhateverTheNumberOfRecipients()
    {
        var small = await MatchingScene.CreateAsync(App);
        var large = await MatchingScene.CreateAsync(App, extraMentors: 6, extraRequests: 6);
        var resourceId = await ResourceAsync();
        var counter = new StatementCounter();
        using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
            s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
        }));
        async Task<(int Statements, SendNote.Outcome Outcome)> SendAsync(int programId)
        {
            using var scope = counted.Services.CreateScope();
            counter.Clear();
            counter.Counting = true;
            var outcome = await scope.ServiceProvider.GetRequiredService<SendNote.Handler>()
                .SendAsync(resourceId, new SendNote.Command { Audience = NoteAudience.Program, ProgramId = programId }, null, Ct);
            counter.Counting = false;
            return (counter.Statements.Count, outcome!);
        }

        var few = await SendAsync(small.ProgramId);
        var many = await SendAsync(large.ProgramId);
        Assert.Equal(4, few.Outcome.Queued);
        Assert.Equal(16, many.Outcome.Queued);
        // The resource, the program's name, the recipients, the outbox's keys, and the insert of mails and audit entry.
        Assert.Equal(5, few.Statements);
        Assert.Equal(few.Statements, many.Statements);
    }
}

public sealed class ResourceNoteTestsOnSqlite(SqliteApp fixture) : ResourceNoteTests(fixture), IClassFixture<SqliteApp>;

public sealed class ResourceNoteTestsOnPostgres(PostgresApp fixture) : ResourceNoteTests(fixture), IClassFixture<PostgresApp>;
