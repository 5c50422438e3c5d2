using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Hire date, department and supervisor come from the roster or the coordinator: staff see them and
/// ask for a correction, which the coordinator approves or declines on the home page.</summary>
public abstract class ProfileCorrectionTests(AppFixture fixture) : AppTests(fixture)
{
    private async Task<(string Email, int DepartmentId, int OtherDepartmentId, string OtherDepartment)> NewStaffAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (own, other) = await App.WithDbAsync(async db =>
        {
            var a = new Department("Access Services " + tag);
            var b = new Department("Digital Scholarship " + tag);
            db.Departments.AddRange(a, b);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return (a, b);
        });
        var email = Unique("staff");
        await App.CreateUserAsync(email, profile: s =>
        {
            s.FullName = "Casey New";
            s.HireDate = App.Today().AddMonths(-4);
            s.DepartmentId = own.Id;
            s.SupervisorName = "Real Boss";
            s.SupervisorEmail = "real.boss@library.test";
        });
        return (email, own.Id, other.Id, other.Name);
    }

    private Task<StaffMember> StaffAsync(string email) =>
        App.WithDbAsync(db => db.StaffMembers.AsNoTracking().Include(s => s.Department).SingleAsync(s => s.WorkEmail == email, TestContext.Current.CancellationToken));

    private Task<List<ProfileCorrectionRequest>> RequestsOfAsync(string email) =>
        App.WithDbAsync(db => db.ProfileCorrectionRequests.AsNoTracking().Where(r => r.StaffMember!.WorkEmail == email).OrderBy(r => r.Id).ToListAsync(TestContext.Current.CancellationToken));

    private static List<KeyValuePair<string, string>> CorrectionForm(ProfileField field, string value, string reason = "HR has my contract; I started years ago.") =>
        [new("Form.Field", field.ToString()), new("Form.ProposedValue", value), new("Form.Reason", reason)];

    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    [Fact]
    public async Task Profile_PostingHireDateDepartmentOrSupervisor_ChangesNone_EvenSmuggledIntoTheBody()
    {
        var (email, departmentId, otherDepartmentId, _) = await NewStaffAsync();
        var programId = await App.CreateProgramAsync();
        var client = await LoginAsync(email);

        var stamp = (await client.GetPageAsync("/Profile")).QuerySelector("input[name='Form.ConcurrencyStamp']")!.GetAttribute("value")!;
        var response = await client.SubmitAsync("/Profile",
        [
            new("Form.ConcurrencyStamp", stamp),
            new("Form.FullName", "Casey Renamed"),
            new("Form.HireDate", "2010-01-01"), new("HireDate", "2010-01-01"),
            new("Form.DepartmentId", otherDepartmentId.ToString()), new("DepartmentId", otherDepartmentId.ToString()),
            new("Form.SupervisorName", "Friendly Colleague"), new("SupervisorName", "Friendly Colleague"),
            new("Form.SupervisorEmail", "friend@library.test"), new("SupervisorEmail", "friend@library.test"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var staff = await StaffAsync(email);
        Assert.Equal("Casey Renamed", staff.FullName); // the post itself was accepted
        Assert.Equal(App.Today().AddMonths(-4), staff.HireDate);
        Assert.Equal(departmentId, staff.DepartmentId);
        Assert.Equal(("Real Boss", "real.boss@library.test"), (staff.SupervisorName, staff.SupervisorEmail));
        var profile = await client.GetPageAsync("/Profile");
        Assert.Null(profile.QuerySelector("input[name='Form.HireDate']"));
        Assert.Null(profile.QuerySelector("select[name='Form.DepartmentId']"));
        Assert.Null(profile.QuerySelector("input[name='Form.SupervisorEmail']"));
        Assert.Contains(App.Today().AddMonths(-4).ToString("yyyy-MM-dd"), profile.QuerySelector("dl.record")!.TextContent);
        var refusal = await client.GetPageAsync($"/Enroll/{programId}/Volunteer");
        Assert.Null(refusal.QuerySelector("textarea[name='Form.Expertise']"));
        Assert.Contains("ask the coordinator to correct it", refusal.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Check your profile", refusal.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task HireDateCorrection_Approved_ReachesTheRecord_IsAudited_AndTheStaffMemberIsMailed_ThenCanMentor()
    {
        var (email, _, _, _) = await NewStaffAsync();
        var programId = await App.CreateProgramAsync();
        var client = await LoginAsync(email);
        var coordinator = await CoordinatorAsync();

        var link = (await client.GetPageAsync("/Profile")).QuerySelectorAll("dl.record a").First(a => a.TextContent.Contains("hire date", StringComparison.Ordinal)).GetAttribute("href")!;
        var asked = await client.SubmitAsync(link, CorrectionForm(ProfileField.HireDate, "2015-03-01"));

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var request = Assert.Single(await RequestsOfAsync(email));
        Assert.Equal((ProfileField.HireDate, "2015-03-01", ProfileCorrectionStatus.Pending), (request.Field, request.ProposedValue, request.Status));
        Assert.Equal(App.Today().AddMonths(-4), (await StaffAsync(email)).HireDate); // nothing changes before the coordinator decides
        Assert.Contains("Waiting for the coordinator", (await client.GetPageAsync("/Profile")).QuerySelector("ul.corrections")!.TextContent);

        var home = await coordinator.GetPageAsync("/");
        var row = home.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("2015-03-01", row.TextContent);
        Assert.Contains("HR has my contract", row.TextContent);
        var approved = await coordinator.SubmitAsync("/", [], $"form[action='/Corrections/{request.Id}/Approve']");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(new DateOnly(2015, 3, 1), (await StaffAsync(email)).HireDate);
        Assert.Equal(ProfileCorrectionStatus.Approved, Assert.Single(await RequestsOfAsync(email)).Status);
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "profile-correction.approved" && a.Details!.StartsWith($"Request {request.Id}:")).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Contains("→ 2015-03-01", Assert.Single(audit).Details);
        Assert.NotNull(audit[0].ActorUserId);
        var mail = Assert.Single(await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == email).ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Contains("2015-03-01", mail.TextBody);
        Assert.Contains("https://localhost/Profile", mail.TextBody);
        Assert.DoesNotContain((await coordinator.GetPageAsync("/")).QuerySelectorAll("main tbody tr"), r => r.TextContent.Contains(email, StringComparison.Ordinal));

        Assert.NotNull((await client.GetPageAsync($"/Enroll/{programId}/Volunteer")).QuerySelector("textarea[name='Form.Expertise']"));
    }

    [Theory]
    [InlineData("", "Write a short note")]
    [InlineData("Two lines\r\nBcc: someone", "one line of text")]
    public async Task Decline_WithoutAOneLineNote_DecidesNothing_AndSaysWhy(string note, string message)
    {
        var (email, _, _, otherDepartment) = await NewStaffAsync();
        var client = await LoginAsync(email);
        var coordinator = await CoordinatorAsync();
        await client.SubmitAsync("/Profile/Corrections/New?field=Department", CorrectionForm(ProfileField.Department, otherDepartment));
        var request = Assert.Single(await RequestsOfAsync(email));

        var declined = await coordinator.SubmitAsync("/", [new("note", note)], $"form[action='/Corrections/{request.Id}/Decline']");

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal(ProfileCorrectionStatus.Pending, Assert.Single(await RequestsOfAsync(email)).Status);
        Assert.Contains(message, (await coordinator.GetPageAsync("/")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task DepartmentCorrection_Declined_LeavesTheRecord_MailsTheNote_AndIsAudited()
    {
        var (email, departmentId, _, otherDepartment) = await NewStaffAsync();
        var client = await LoginAsync(email);
        var coordinator = await CoordinatorAsync();

        await client.SubmitAsync("/Profile/Corrections/New?field=Department", CorrectionForm(ProfileField.Department, otherDepartment));
        var request = Assert.Single(await RequestsOfAsync(email));
        var declined = await coordinator.SubmitAsync("/", [new("note", "The roster says Access Services; ask your supervisor.")], $"form[action='/Corrections/{request.Id}/Decline']");

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal(departmentId, (await StaffAsync(email)).DepartmentId);
        var after = Assert.Single(await RequestsOfAsync(email));
        Assert.Equal((ProfileCorrectionStatus.Declined, "The roster says Access Services; ask your supervisor."), (after.Status, after.DecisionNote));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "profile-correction.declined" && a.Details!.StartsWith($"Request {request.Id}:"), TestContext.Current.CancellationToken)));
        var mail = Assert.Single(await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == email).ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Contains("ask your supervisor", mail.TextBody);
        Assert.Contains("Declined", (await client.GetPageAsync("/Profile")).QuerySelector("ul.corrections")!.TextContent);

        var again = await coordinator.PostAsync($"/Corrections/{request.Id}/Approve", [new("__RequestVerificationToken", await coordinator.TokenAsync())]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(departmentId, (await StaffAsync(email)).DepartmentId); // a decision is final
        Assert.Equal(ProfileCorrectionStatus.Declined, Assert.Single(await RequestsOfAsync(email)).Status);
    }

    [Fact]
    public async Task CorrectionForm_BadInput_ShowsAMessageNextToEachField_AndSavesNothing()
    {
        var (email, _, _, _) = await NewStaffAsync();
        var client = await LoginAsync(email);

        var future = await client.SubmitAsync("/Profile/Corrections/New?field=HireDate", CorrectionForm(ProfileField.HireDate, App.Today().AddDays(3).ToString("yyyy-MM-dd"), reason: ""));
        var futurePage = await AppClient.ParseAsync(future);
        var department = await AppClient.ParseAsync(await client.SubmitAsync("/Profile/Corrections/New?field=Department", CorrectionForm(ProfileField.Department, "No Such Department")));
        var unknownField = await client.GetAsync("/Profile/Corrections/New?field=99");

        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Contains("not in the future", AppClient.FieldError(futurePage, "Form.ProposedValue"));
        Assert.Contains("Say why", AppClient.FieldError(futurePage, "Form.Reason"));
        Assert.Equal("Choose a department from the list.", AppClient.FieldError(department, "Form.ProposedValue"));
        Assert.Equal(HttpStatusCode.NotFound, unknownField.StatusCode);
        Assert.Empty(await RequestsOfAsync(email));
    }

    [Fact]
    public async Task StaffCannotDecide_SeeOnlyTheirOwnRequests_AndTheRouteIdWinsOverTheBody()
    {
        var (alice, _, _, _) = await NewStaffAsync();
        var (bob, _, _, _) = await NewStaffAsync();
        var aliceClient = await LoginAsync(alice);
        var bobClient = await LoginAsync(bob);
        await aliceClient.SubmitAsync("/Profile/Corrections/New?field=SupervisorName", CorrectionForm(ProfileField.SupervisorName, "Alice Wants This Boss"));
        await bobClient.SubmitAsync("/Profile/Corrections/New?field=SupervisorName", CorrectionForm(ProfileField.SupervisorName, "Bob Wants This Boss"));
        var aliceRequest = Assert.Single(await RequestsOfAsync(alice));
        var bobRequest = Assert.Single(await RequestsOfAsync(bob));

        var byStaff = await bobClient.PostAsync($"/Corrections/{bobRequest.Id}/Approve", [new("__RequestVerificationToken", await bobClient.TokenAsync())]);
        Assert.Equal(HttpStatusCode.Redirect, byStaff.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", byStaff.Headers.Location!.ToString());
        Assert.Equal(ProfileCorrectionStatus.Pending, Assert.Single(await RequestsOfAsync(bob)).Status);
        Assert.Equal("Real Boss", (await StaffAsync(bob)).SupervisorName);

        var bobsProfile = (await bobClient.GetPageAsync("/Profile")).Body!.TextContent;
        Assert.Contains("Bob Wants This Boss", bobsProfile);
        Assert.DoesNotContain("Alice Wants This Boss", bobsProfile);
        Assert.DoesNotContain("Alice Wants This Boss", (await bobClient.GetPageAsync("/")).Body!.TextContent);

        var coordinator = await CoordinatorAsync();
        var token = await coordinator.TokenAsync();
        var byRoute = await coordinator.PostAsync($"/Corrections/{aliceRequest.Id}/Approve", [new("__RequestVerificationToken", token), new("id", bobRequest.Id.ToString())]);
        var missing = await coordinator.PostAsync("/Corrections/999999/Approve", [new("__RequestVerificationToken", token), new("id", bobRequest.Id.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, byRoute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Alice Wants This Boss", (await StaffAsync(alice)).SupervisorName);
        Assert.Equal(ProfileCorrectionStatus.Pending, Assert.Single(await RequestsOfAsync(bob)).Status);
        Assert.Equal("Real Boss", (await StaffAsync(bob)).SupervisorName);
    }
}

public sealed class ProfileCorrectionTestsOnSqlite(SqliteApp fixture) : ProfileCorrectionTests(fixture), IClassFixture<SqliteApp>;

public sealed class ProfileCorrectionTestsOnPostgres(PostgresApp fixture) : ProfileCorrectionTests(fixture), IClassFixture<PostgresApp>;
