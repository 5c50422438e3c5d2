using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>A library in Auckland (UTC+13 in December) with programs in Auckland and Honolulu (UTC-10). Only
/// <see cref="TimeZoneTests.Enrollment_OpenUntilMidnightInTheProgramsZone"/> moves the clock, to fixed instants in 2036
/// (the clock cannot go back, and the fixture's starts at the real time).</summary>
public abstract class TimeZoneTests(AppFixture fixture) : AppTests(fixture)
{
    public const string LibraryZone = "Pacific/Auckland";

    public static IDictionary<string, string?> LibrarySettings => new Dictionary<string, string?> { ["Library:TimeZone"] = LibraryZone };

    private async Task<AppClient> StaffAsync(bool coordinator = false)
    {
        var email = Unique(coordinator ? "coord" : "staff");
        await App.CreateUserAsync(email, coordinator, s => s.HireDate = new DateOnly(2015, 1, 1));
        return await LoginAsync(email);
    }

    private Task<bool> HasRequestAsync(int programId) =>
        App.WithDbAsync(db => db.MenteeRequests.AnyAsync(r => r.Cycle!.ProgramId == programId, TestContext.Current.CancellationToken));

    /// <summary>Requests a mentor at the clock's instant: true when the form was there and the request was saved.</summary>
    private async Task<bool> RequestAtAsync(string instant, int programId)
    {
        App.Clock.SetUtcNow(DateTimeOffset.Parse(instant));
        var client = await StaffAsync();
        var form = await client.GetPageAsync($"/Enroll/{programId}/Request");
        var values = EnrollmentData.RequestForm((await App.TopicIdsAsync())[0]);
        values.Add(new("__RequestVerificationToken", await client.TokenAsync()));
        var post = await client.PostAsync($"/Enroll/{programId}/Request", values);
        var open = form.QuerySelector("textarea[name='Form.Goals']") is not null;
        Assert.Equal(open ? HttpStatusCode.Redirect : HttpStatusCode.OK, post.StatusCode);
        if (!open)
        {
            Assert.Contains("closed on 1 December 2036", form.QuerySelector("main")!.TextContent);
        }
        return open;
    }

    [Fact]
    public async Task Enrollment_OpenUntilMidnightInTheProgramsZone()
    {
        var opens = new DateOnly(2036, 11, 1);
        var deadline = new DateOnly(2036, 12, 1);
        var auckland = await App.CreateProgramInZoneAsync("Pacific/Auckland", opens, deadline);
        var honolulu = await App.CreateProgramInZoneAsync("Pacific/Honolulu", opens, deadline);

        // Auckland's 1 December ends at 11:00 UTC on the 1st; Honolulu's at 10:00 UTC on the 2nd.
        Assert.True(await RequestAtAsync("2036-12-01T10:59:00Z", auckland));
        Assert.False(await RequestAtAsync("2036-12-01T11:00:00Z", auckland));
        Assert.True(await HasRequestAsync(auckland));
        Assert.False(await HasRequestAsync(honolulu));
        Assert.True(await RequestAtAsync("2036-12-02T09:59:00Z", honolulu));
        Assert.False(await RequestAtAsync("2036-12-02T10:00:00Z", honolulu));

        // The request came in at 23:59 on 1 December in Honolulu (2 December in UTC and in the library's Auckland).
        var coordinator = await StaffAsync(coordinator: true);
        var list = await coordinator.GetPageAsync($"/Programs/{honolulu}/Requests");
        var submitted = list.QuerySelector("main table time")!;
        Assert.Equal("1 Dec 2036", submitted.TextContent);
        Assert.Equal("2036-12-02T09:59:00Z", submitted.GetAttribute("datetime"));
        var csv = await (await coordinator.GetAsync($"/Programs/{honolulu}/Requests.csv")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(",2036-12-01,", csv);
    }

    [Fact]
    public async Task MailOutage_IsShownInTheLibrarysZone_WithTheInstantInUtc()
    {
        var since = DateTimeOffset.Parse("2026-12-01T11:00:00Z"); // midnight starting 2 December in Auckland
        var nextTry = await App.WithDbAsync(async db =>
        {
            var status = await db.MailServerStatuses.SingleOrDefaultAsync(TestContext.Current.CancellationToken);
            if (status is null)
            {
                status = MailServerStatus.Reachable();
                db.MailServerStatuses.Add(status);
            }
            status.RecordReachable();
            status.RecordUnreachable(since, "Connection refused");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return status.NextTryAt!.Value;
        });
        var coordinator = await StaffAsync(coordinator: true);

        var card = (await coordinator.GetPageAsync("/Outbox")).QuerySelector("#mail-server-outage")!;

        var times = card.QuerySelectorAll("time");
        Assert.Equal("2026-12-01T11:00:00Z", times[0].GetAttribute("datetime"));
        Assert.Equal("2 Dec 2026 00:00 Auckland time", times[0].TextContent);
        Assert.Equal(nextTry.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), times[1].GetAttribute("datetime"));
        Assert.EndsWith("Auckland time", times[1].TextContent);
        Assert.DoesNotContain("UTC", card.TextContent);
    }

    [Fact]
    public async Task ProgramForm_OffersTheTimeZone_StartingWithTheLibrarys_AndRefusesOneNotListed()
    {
        var client = await StaffAsync(coordinator: true);
        var page = await client.GetPageAsync("/Programs/Create?template=staff-mentoring");
        Assert.Equal(LibraryZone, page.QuerySelector("select[name='Command.Program.TimeZoneId'] option[selected]")!.GetAttribute("value"));
        var name = "Island Mentoring " + Guid.NewGuid().ToString("N")[..6];

        List<KeyValuePair<string, string>> Values(AngleSharp.Dom.IDocument form, string prefix, string zone) =>
            [.. AppClient.FormValues(form).Where(v => v.Key != prefix + "Name" && v.Key != prefix + "TimeZoneId"), new(prefix + "Name", name), new(prefix + "TimeZoneId", zone)];

        var refused = await AppClient.ParseAsync(await client.SubmitAsync("/Programs/Create", Values(page, "Command.Program.", "Mars/Olympus_Mons")));
        Assert.Equal("Choose the program's time zone from the list.", AppClient.FieldError(refused, "Command.Program.TimeZoneId"));
        Assert.False(await App.WithDbAsync(db => db.Programs.AnyAsync(p => p.Name == name, TestContext.Current.CancellationToken)));

        var saved = await client.SubmitAsync("/Programs/Create", Values(page, "Command.Program.", "Pacific/Honolulu"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await App.WithDbAsync(db => db.Programs.Where(p => p.Name == name).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken));
        var edit = await client.GetPageAsync($"/Programs/{id}/Edit");
        Assert.Equal("Pacific/Honolulu", edit.QuerySelector("select[name='Program.TimeZoneId'] option[selected]")!.GetAttribute("value"));

        var moved = await client.SubmitAsync($"/Programs/{id}/Edit", Values(edit, "Program.", "America/Chicago"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal("America/Chicago", await App.WithDbAsync(db => db.Programs.Where(p => p.Id == id).Select(p => p.TimeZoneId).SingleAsync(TestContext.Current.CancellationToken)));
    }
}

public sealed class AucklandSqliteApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => TimeZoneTests.LibrarySettings;
}

public sealed class AucklandPostgresApp : PostgresApp
{
    protected override IDictionary<string, string?> Settings => TimeZoneTests.LibrarySettings;
}

public sealed class TimeZoneTestsOnSqlite(AucklandSqliteApp fixture) : TimeZoneTests(fixture), IClassFixture<AucklandSqliteApp>;

public sealed class TimeZoneTestsOnPostgres(AucklandPostgresApp fixture) : TimeZoneTests(fixture), IClassFixture<AucklandPostgresApp>;

/// <summary>A library time zone the server does not know stops start-up and says what to set.</summary>
public sealed class LibraryTimeZoneStartupTests
{
    [Fact]
    public async Task UnknownLibraryTimeZone_StopsTheHost_NamingTheSetting()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var app = new TestAppFactory(database, settings: new Dictionary<string, string?> { ["Library:TimeZone"] = "Hawaii" });

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains("Library:TimeZone is 'Hawaii'", error.ToString(), StringComparison.Ordinal);
    }
}
