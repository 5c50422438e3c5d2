using System.Net;
using System.Text.Json;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

public sealed class DemoSeededPostgresApp : PostgresApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Demo:Seed"] = "true",
        ["Demo:Password"] = DemoAccountTests.Password,
    };
}

/// <summary>Each demo login the start-up banner prints can do what its line says. The list comes from
/// <see cref="DemoAccount.All"/>, the source the banner prints, so a new line is checked without editing this test.</summary>
public abstract class DemoAccountTests(AppFixture fixture) : AppTests(fixture)
{
    public const string Password = "demo-password-for-tests";

    [Fact]
    public async Task EveryPrintedDemoLogin_CanDoWhatItsLinePromises()
    {
        var programId = await App.WithDbAsync(db => db.Programs.Where(p => p.MatchingMode == MatchingMode.CoordinatorMatches).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(TestContext.Current.CancellationToken));
        var choosingId = await App.WithDbAsync(db => db.Programs.Where(p => p.MatchingMode == MatchingMode.MenteeChooses).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken));
        var topics = await App.TopicIdsAsync();
        Assert.NotEmpty(DemoAccount.All);
        foreach (var account in DemoAccount.All)
        {
            var client = NewClient();
            await client.LoginAsync(account.Email, Password);
            switch (account.Promise)
            {
                case DemoAccountPromise.Coordinator:
                    Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Roster")).StatusCode);
                    Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Programs/{programId}/Requests")).StatusCode);
                    Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Outbox")).StatusCode);
                    break;
                case DemoAccountPromise.CanMentor:
                    // Already mentoring a new colleague in New Employee Mentoring: the pair's page opens from My mentoring.
                    var pairingLink = (await client.GetPageAsync("/My")).QuerySelector("a[href^='/My/Pairings/']")!.GetAttribute("href")!;
                    var pairingPage = await client.GetPageAsync(pairingLink);
                    Assert.StartsWith("Your pairing with", pairingPage.QuerySelector("h1")!.TextContent.Trim());
                    Assert.NotNull(pairingPage.QuerySelector("#checklist"));
                    var form = await client.GetPageAsync($"/Enroll/{programId}/Volunteer");
                    Assert.NotNull(form.QuerySelector("textarea[name='Form.Expertise']"));
                    var offered = await client.SubmitAsync($"/Enroll/{programId}/Volunteer", EnrollmentData.VolunteerForm(topics[0]));
                    Assert.Equal(HttpStatusCode.Redirect, offered.StatusCode);
                    Assert.True(await HasOfferAsync(account.Email), $"{account.Label}: the volunteer offer was not saved");
                    break;
                case DemoAccountPromise.NewStaff:
                    var requested = await client.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[0]));
                    Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
                    // In the mentee-choice program they choose their own mentor from a short list.
                    Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/Enroll/{choosingId}/Request", EnrollmentData.RequestForm(topics[0]))).StatusCode);
                    var choose = (await client.GetPageAsync("/My")).QuerySelector("a[href$='/Mentors']")!.GetAttribute("href")!;
                    Assert.Equal(3, (await client.GetPageAsync(choose)).QuerySelectorAll("form[action$='/Ask']").Length);
                    var refusal = await client.GetPageAsync($"/Enroll/{programId}/Volunteer");
                    Assert.Contains("Mentors need at least one year on staff", refusal.Body!.TextContent);
                    Assert.Null(refusal.QuerySelector("textarea[name='Form.Expertise']"));
                    var values = EnrollmentData.VolunteerForm(topics[0]);
                    values.Add(new("__RequestVerificationToken", await client.TokenAsync()));
                    Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/Enroll/{programId}/Volunteer", values)).StatusCode);
                    Assert.False(await HasOfferAsync(account.Email));
                    break;
                default:
                    Assert.Fail($"No check for the demo promise {account.Promise}: add one here.");
                    break;
            }
        }
    }

    [Fact]
    public void Readme_ShowsTheLinesTheAppPrints()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "MentoringProgram.sln")))
        {
            root = root.Parent;
        }
        var readme = File.ReadAllText(Path.Combine(root!.FullName, "README.md"));
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(root.FullName, "src", "MentoringProgram.Web", "appsettings.Development.json")));
        var password = settings.RootElement.GetProperty("Demo").GetProperty("Password").GetString();
        foreach (var account in DemoAccount.All)
        {
            Assert.Contains(account.WelcomeLine(password), readme, StringComparison.Ordinal);
        }
    }

    private Task<bool> HasOfferAsync(string email) =>
        App.WithDbAsync(db => db.MentorVolunteers.AnyAsync(
            v => v.Status == VolunteerStatus.Submitted && db.StaffMembers.Any(s => s.Id == v.StaffMemberId && s.WorkEmail == email),
            TestContext.Current.CancellationToken));
}

public sealed class DemoAccountTestsOnSqlite(DemoSeededSqliteApp fixture) : DemoAccountTests(fixture), IClassFixture<DemoSeededSqliteApp>;

public sealed class DemoAccountTestsOnPostgres(DemoSeededPostgresApp fixture) : DemoAccountTests(fixture), IClassFixture<DemoSeededPostgresApp>;
