using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Every page, as each kind of visitor: anonymous, staff, coordinator.</summary>
public sealed class AuthorizationMatrixTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    public static TheoryData<string> CoordinatorPages =>
    [
        "/Programs", "/Programs/New", "/Programs/Create", "/Programs/Create?template=new-employee", "/Programs/{program}", "/Programs/{program}/Edit", "/Programs/{program}/Cycles/{cycle}/Edit",
        "/Roster", "/Roster?q=a&page=2", "/Roster/Import", "/Roster/Template", "/Topics", "/Departments", "/Resources/Manage", "/Resources/Manage/New",
        "/Programs/{program}/Requests", "/Programs/{program}/Requests?status=Submitted&q=x&page=3", "/Programs/{program}/Requests.csv",
        "/Programs/{program}/Volunteers", "/Programs/{program}/Volunteers.csv", "/Outbox", "/Outbox?status=Failed", "/Audit",
        "/Programs/{program}/Cycles/{cycle}/Progress", "/Programs/{program}/Cycles/{cycle}/Pairings/{pairing}",
    ];

    public static TheoryData<string> StaffPages => ["/", "/Resources", "/Profile", "/Profile/Corrections/New?field=HireDate", "/My", "/Enroll/{program}/Request", "/Enroll/{program}/Volunteer"];

    private async Task<string> ResolveAsync(string route)
    {
        if (!route.Contains("{program}", StringComparison.Ordinal))
        {
            return route;
        }
        var name = "Matrix " + Guid.NewGuid().ToString("N")[..8];
        await App.WithDbAsync(async db =>
        {
            var program = new Web.Domain.MentorshipProgram(name, Web.Domain.ProgramTemplates.All[0].Settings);
            var today = App.Clock.TodayIn(TimeZoneInfo.Utc);
            program.AddCycle("Now", new Web.Domain.EnrollmentWindow(today.AddDays(-1), today.AddDays(10)), today.AddDays(20));
            program.Activate();
            db.Programs.Add(program);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var id = await App.WithDbAsync(db => db.Programs.Where(p => p.Name == name).Select(p => p.Id).SingleAsync(TestContext.Current.CancellationToken));
        var cycleId = await App.WithDbAsync(db => db.ProgramCycles.Where(c => c.ProgramId == id).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken));
        var pairingId = route.Contains("{pairing}", StringComparison.Ordinal) ? await PairingInAsync(cycleId) : 0;
        return route.Replace("{program}", id.ToString(), StringComparison.Ordinal).Replace("{cycle}", cycleId.ToString(), StringComparison.Ordinal)
            .Replace("{pairing}", pairingId.ToString(), StringComparison.Ordinal);
    }

    /// <summary>An active pairing in the cycle, between two people made for it.</summary>
    private Task<int> PairingInAsync(int cycleId) => App.WithDbAsync(async db =>
    {
        var now = App.Clock.GetUtcNow();
        var mentee = new StaffMember("Matrix Mentee", Unique("mentee"));
        var mentor = new StaffMember("Matrix Mentor", Unique("mentor"));
        db.StaffMembers.AddRange(mentee, mentor);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var request = new MenteeRequest(cycleId, mentee.Id) { Goals = "Learn the ropes.", ReadExpectations = true, InformedSupervisor = true };
        request.Submit(now);
        var offer = new MentorVolunteer(cycleId, mentor.Id) { ReadExpectations = true, InformedSupervisor = true };
        offer.Submit(now);
        offer.Approve();
        db.AddRange(request, offer);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var today = App.Clock.TodayIn(TimeZoneInfo.Utc);
        var pairing = Pairing.Propose(offer, request.Id, mentee.Id, today, today.AddDays(300), null);
        pairing.Start();
        request.MarkMatched();
        db.Pairings.Add(pairing);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return pairing.Id;
    });

    [Theory]
    [MemberData(nameof(CoordinatorPages))]
    public async Task CoordinatorPage_AnonymousIsSentToLogin_StaffIsRefused_CoordinatorSeesIt(string route)
    {
        var url = await ResolveAsync(route);
        var staff = Unique("staff");
        var coordinator = Unique("coord");
        await App.CreateUserAsync(staff);
        await App.CreateUserAsync(coordinator, coordinator: true);

        var anonymous = await NewClient().GetAsync(url);
        var asStaff = await (await LoginAsync(staff)).GetAsync(url);
        var asCoordinator = await (await LoginAsync(coordinator)).GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", anonymous.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, asStaff.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", asStaff.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, asCoordinator.StatusCode);
    }

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task StaffPage_StaffAndCoordinatorSeeIt(string route)
    {
        var url = await ResolveAsync(route);
        var staff = Unique("staff");
        var coordinator = Unique("coord");
        await App.CreateUserAsync(staff);
        await App.CreateUserAsync(coordinator, coordinator: true);

        Assert.Equal(HttpStatusCode.OK, (await (await LoginAsync(staff)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await LoginAsync(coordinator)).GetAsync(url)).StatusCode);
    }

    /// <summary>A pair's routes: anonymous visitors are sent to sign in; signed-in people who are not in the pairing
    /// (MeetingScheduleTests, CalendarTests) find "not found".</summary>
    public static TheoryData<string, string> PairRoutes =>
    new()
    {
        { "GET", "/My/Pairings/{pairing}" },
        { "GET", "/My/Pairings/{pairing}/Meetings/{meeting}/ics" },
        { "POST", "/My/Pairings/{pairing}/Meetings" },
        { "POST", "/My/Pairings/{pairing}/Meetings/Schedule" },
        { "POST", "/My/Pairings/{pairing}/Meetings/{meeting}/Held" },
        { "POST", "/My/Pairings/{pairing}/Meetings/{meeting}/Missed" },
        { "POST", "/My/Pairings/{pairing}/Meetings/{meeting}/Cancel" },
        { "POST", "/My/Pairings/{pairing}/Calendar/Reset" },
        { "GET", "/My/Pairings/{pairing}/Surveys/{survey}" },
        { "POST", "/My/Pairings/{pairing}/Surveys/{survey}" },
    };

    [Theory]
    [MemberData(nameof(PairRoutes))]
    public async Task PairRoute_AnonymousIsSentToLogin(string method, string route)
    {
        var url = route.Replace("{pairing}", "1", StringComparison.Ordinal).Replace("{meeting}", "1", StringComparison.Ordinal)
            .Replace("{survey}", "1", StringComparison.Ordinal);

        var response = method == "GET" ? await NewClient().GetAsync(url) : await NewClient().PostAsync(url, []);

        // A post without a sign-in never reaches antiforgery or the action: the login redirect comes first.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", response.Headers.Location!.ToString());
    }

    /// <summary>The calendar feed is the one anonymous read: its token is the key, and without a good one there is nothing.</summary>
    [Fact]
    public async Task CalendarFeed_IsAnonymous_AndNotFoundWithoutAGoodToken()
    {
        var anonymous = await NewClient().GetAsync("/Calendar/CfDJ8not-a-real-token.ics");
        var staff = Unique("staff");
        await App.CreateUserAsync(staff);
        var signedIn = await (await LoginAsync(staff)).GetAsync("/Calendar/CfDJ8not-a-real-token.ics");

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signedIn.StatusCode);
    }

    [Fact]
    public async Task StaffPostingToACoordinatorForm_IsRefusedAndChangesNothing()
    {
        var staff = Unique("staff");
        await App.CreateUserAsync(staff);
        var client = await LoginAsync(staff);
        var name = "Forged " + Guid.NewGuid().ToString("N")[..6];
        // A real antiforgery token from a page the staff member can open.
        var token = await client.TokenAsync("/Profile");

        var response = await client.PostAsync("/Departments", [new("__RequestVerificationToken", token), new("Form.Name", name)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
        Assert.False(await App.WithDbAsync(db => db.Departments.AnyAsync(d => d.Name == name, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Profile_ShowsOnlyTheSignedInPersonsOwnRecord()
    {
        var alice = Unique("alice");
        var bob = Unique("bob");
        await App.CreateUserAsync(alice, profile: s => s.FullName = "Alice Only");
        await App.CreateUserAsync(bob, profile: s => s.FullName = "Bob Only");

        var page = await (await LoginAsync(bob)).GetPageAsync("/Profile?id=1&staffId=1");

        Assert.Equal("Bob Only", page.QuerySelector("input[name='Form.FullName']")!.GetAttribute("value"));
        Assert.DoesNotContain("Alice Only", page.Body!.TextContent);
    }
}
