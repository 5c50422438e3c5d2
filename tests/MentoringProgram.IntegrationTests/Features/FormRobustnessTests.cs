using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>
/// Every form in the app (every POST action that binds a form, found from MVC's action descriptors) posted as its
/// user would post it: empty, with every text field one character over its limit, and with unknown choices and ids
/// that name nothing, and checkboxes edited to say "maybe". None may answer 500 or write a row. The account pages
/// (Razor Pages, not MVC actions) have their own such test in AccountPagesTests.
/// </summary>
public abstract class FormRobustnessTests(AppFixture fixture) : AppTests(fixture)
{
    private const int Nowhere = 987654;
    /// <summary>For text with no limit in its validator: longer than any column the app stores short of Markdown.</summary>
    private const int Unbounded = 10_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Forms whose every input is optional, so posting them empty is the ordinary click that creates what the
    /// button says (a bulk-match draft, or a new one with no row locked; a confirmed match with no note), and a checkbox edited to "maybe" is an unticked
    /// box (CheckboxModelBinder). For them the empty and edited posts may write rows; too-long text and ids that name
    /// nothing still may not.</summary>
    private static readonly HashSet<string> ButtonForms = new(StringComparer.Ordinal)
    {
        "Programs/{programId:int}/Cycles/{cycleId:int}/Matching/Runs",
        "Programs/{programId:int}/Matches/{matchId:int}/Confirm",
        "Programs/{programId:int}/Cycles/{cycleId:int}/Matching/Runs/{runId:int}/Rerun",
    };

    private const string ChoicesRoute = "Programs/{programId:int}/Surveys/{surveyId:int}/Questions/{questionId:int}/Choices";

    private const string ReviewRoute = "Programs/{programId:int}/Cycles/{cycleId:int}/Pairings/{pairingId:int}";

    private sealed record World(AppClient Coordinator, AppClient Staff, IReadOnlyDictionary<string, string> Ids, Guid MessageId);

    [Fact]
    public async Task EveryForm_PostedEmpty_Overlong_OrWithUnknownChoicesAndIds_AnswersWithAPage_AndWritesNothing()
    {
        var routes = FormRouteCatalog.Discover(App.Services);
        Assert.Contains(routes, r => r.Template == "Topics");
        Assert.Contains(routes, r => r.Template.StartsWith("Enroll/", StringComparison.Ordinal));
        // Ending early: the member's request and early check, and the coordinator's two decisions.
        Assert.Contains(routes, r => r.Template == "My/Pairings/{pairingId:int}/End");
        Assert.Contains(routes, r => r.Template == "My/Pairings/{pairingId:int}/EarlyCheck");
        Assert.Contains(routes, r => r.Template == $"{ReviewRoute}/Dissolve" && r.ForCoordinator);
        Assert.Contains(routes, r => r.Template == $"{ReviewRoute}/KeepGoing" && r.ForCoordinator);
        var world = await WorldAsync();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var client = route.ForCoordinator ? world.Coordinator : world.Staff;
            var path = PathOf(route, world, exists: true);
            var typical = await TypicalValuesAsync(client, path);

            // As a browser posts a form left blank: every field present, with nothing in it.
            await ProbeAsync(failures, route, "empty", client, path, route.Fields.Select(f => new KeyValuePair<string, string>(f.Name, "")).ToList(), page =>
                page.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect ? null : $"answered {(int)page.StatusCode}, not the form again",
                mayWrite: ButtonForms.Contains(route.Template));
            // One field at a time on top of what the page offers, so a field whose limit the validator does not know is
            // not hidden behind another field's message and reaches the database.
            foreach (var field in route.Fields.Where(f => f.IsText))
            {
                var overlong = Replace(typical, [(field.Name, Overlong(field))]);
                await ProbeAsync(failures, route, $"{field.Name} one over its limit", client, path, overlong, null, KeepsWhatWasTyped(overlong, [field]));
            }
            if (route.Fields.Any(f => f.IsId || f.IsEnum || f.IsFlag))
            {
                await ProbeAsync(failures, route, "unknown choices, ids and checkbox values", client, path, Unknown(typical, route.Fields), null,
                    mayWrite: ButtonForms.Contains(route.Template));
            }
            if (route.RouteParameters.Values.Any(t => t == typeof(int) || t == typeof(Guid)))
            {
                await ProbeAsync(failures, route, "route ids that name nothing", client, PathOf(route, world, exists: false), typical, null);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<World> WorldAsync()
    {
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var staffEmail = Unique("staff");
        await App.CreateUserAsync(staffEmail, profile: s => s.HireDate = new DateOnly(2015, 1, 1));
        var otherEmail = Unique("other");
        var other = await App.CreateUserAsync(otherEmail, profile: s => s.HireDate = new DateOnly(2012, 1, 1));
        var programId = await App.CreateProgramAsync();
        var pairingProgramId = await App.CreateProgramAsync();
        var ids = await App.WithDbAsync(async db =>
        {
            var cycleId = await db.ProgramCycles.Where(c => c.ProgramId == programId).Select(c => c.Id).SingleAsync(Ct);
            var otherId = await db.StaffMembers.Where(s => s.UserId == other.Id).Select(s => s.Id).SingleAsync(Ct);
            var volunteer = new MentorVolunteer(cycleId, otherId) { Expertise = "Cataloging", ReadExpectations = true, InformedSupervisor = true };
            volunteer.Submit(App.Clock.GetUtcNow());
            db.MentorVolunteers.Add(volunteer);
            var request = new MenteeRequest(cycleId, otherId) { Goals = "Plan the next five years.", ReadExpectations = true, InformedSupervisor = true };
            request.Submit(App.Clock.GetUtcNow());
            db.MenteeRequests.Add(request);
            var correction = new ProfileCorrectionRequest(otherId, ProfileField.SupervisorName, "Pat Lee", "My supervisor changed in May.", App.Clock.GetUtcNow());
            db.ProfileCorrectionRequests.Add(correction);
            // A third person's request, proposed with the volunteer (a match to confirm) and in a bulk draft (a run to accept).
            var third = new StaffMember("Third Person", Unique("third"));
            db.StaffMembers.Add(third);
            await db.SaveChangesAsync(Ct);
            var thirdRequest = new MenteeRequest(cycleId, third.Id) { Goals = "Learn cataloguing.", ReadExpectations = true, InformedSupervisor = true };
            thirdRequest.Submit(App.Clock.GetUtcNow());
            db.MenteeRequests.Add(thirdRequest);
            await db.SaveChangesAsync(Ct);
            var cycle = await db.ProgramCycles.SingleAsync(c => c.Id == cycleId, Ct);
            var match = new Pairing(cycleId, thirdRequest.Id, volunteer.Id, third.Id, otherId, cycle.TermStarts, cycle.TermEnds, "Shares 1 of 1 topic: Cataloging");
            db.Pairings.Add(match);
            var run = new MatchRun(cycleId, null, spreadTheLoad: false, totalScore: 50);
            run.AddProposal(request.Id, volunteer.Id, 50, "Shares 1 of 1 topic: Cataloging");
            db.MatchRuns.Add(run);
            await db.SaveChangesAsync(Ct);
            // The staff member's own active pairing, begun ten days ago, in a second program (so their enrollment
            // forms in the first are untouched): the meeting form to post to.
            var pairingCycleId = await db.ProgramCycles.Where(c => c.ProgramId == pairingProgramId).Select(c => c.Id).SingleAsync(Ct);
            // Peer Connections' settings: a lunch allowance, so the lunch form is there to post to.
            var pairingProgram = await db.Programs.SingleAsync(p => p.Id == pairingProgramId, Ct);
            pairingProgram.Update(pairingProgram.Name, ProgramTemplates.Find("peer-connections")!.Settings);
            var staffId = await db.StaffMembers.Where(s => s.WorkEmail == staffEmail).Select(s => s.Id).SingleAsync(Ct);
            var mentor = new StaffMember("Fourth Mentor", Unique("fourth"));
            db.StaffMembers.Add(mentor);
            await db.SaveChangesAsync(Ct);
            var staffRequest = new MenteeRequest(pairingCycleId, staffId) { Goals = "Learn the catalog.", ReadExpectations = true, InformedSupervisor = true };
            staffRequest.Submit(App.Clock.GetUtcNow());
            var mentorOffer = new MentorVolunteer(pairingCycleId, mentor.Id) { Expertise = "Cataloging", ReadExpectations = true, InformedSupervisor = true };
            mentorOffer.Submit(App.Clock.GetUtcNow());
            mentorOffer.Approve();
            db.AddRange(staffRequest, mentorOffer);
            await db.SaveChangesAsync(Ct);
            var today = App.Today();
            var ownPairing = Pairing.Propose(mentorOffer, staffRequest.Id, staffId, today.AddDays(-10), today.AddDays(300), "Shares 1 of 1 topic: Cataloging");
            ownPairing.Start();
            staffRequest.MarkMatched();
            db.Pairings.Add(ownPairing);
            await db.SaveChangesAsync(Ct);
            // A meeting of that pairing scheduled yesterday for two hours ago: its "held" form is on the pairing page.
            var startedAt = App.Clock.GetUtcNow().AddHours(-2);
            var meeting = ownPairing.ScheduleMeeting(startedAt, 60, ContactMethods.Video, null, staffId, startedAt.AddDays(-1), TimeZoneInfo.Utc);
            db.Meetings.Add(meeting);
            // The pairing program's surveys: its pre survey is due to the staff member, so its form is on the survey page.
            var surveys = DefaultSurveys.For(pairingProgramId);
            db.Surveys.AddRange(surveys);
            await db.SaveChangesAsync(Ct);
            var pulse = surveys.Single(s => s.Kind == SurveyKind.Pulse);
            return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["pairingId"] = ownPairing.Id.ToString(),
                ["surveyId"] = surveys.Single(s => s.Kind == SurveyKind.Pre).Id.ToString(),
                ["meetingId"] = meeting.Id.ToString(),
                ["id"] = programId.ToString(), ["programId"] = programId.ToString(), ["cycleId"] = cycleId.ToString(),
                ["volunteerId"] = volunteer.Id.ToString(), ["requestId"] = request.Id.ToString(), ["matchId"] = match.Id.ToString(), ["runId"] = run.Id.ToString(),
                ["resourceId"] = (await db.Resources.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(Ct)).ToString(),
                // Routes whose {id} names something other than a program.
                ["Corrections/{id:int}/Decline#id"] = correction.Id.ToString(),
                ["Corrections/{id:int}/Approve#id"] = correction.Id.ToString(),
                // The coordinator's decisions on a pairing name the staff member's own pairing, in its program and cycle.
                [$"{ReviewRoute}/Dissolve#programId"] = pairingProgramId.ToString(), [$"{ReviewRoute}/Dissolve#cycleId"] = pairingCycleId.ToString(),
                [$"{ReviewRoute}/KeepGoing#programId"] = pairingProgramId.ToString(), [$"{ReviewRoute}/KeepGoing#cycleId"] = pairingCycleId.ToString(),
                // The survey builder edits the pairing program's pre survey, in that program.
                ["Programs/{programId:int}/Surveys/{surveyId:int}/Title#programId"] = pairingProgramId.ToString(),
                ["Programs/{programId:int}/Surveys/{surveyId:int}/Questions#programId"] = pairingProgramId.ToString(),
                // Choices are changed on a choice question: the pulse survey's, in the pairing program.
                [$"{ChoicesRoute}#programId"] = pairingProgramId.ToString(),
                [$"{ChoicesRoute}#surveyId"] = pulse.Id.ToString(),
                [$"{ChoicesRoute}#questionId"] = pulse.Questions.Single(q => q.Type == QuestionType.Choice).Id.ToString(),
            };
        });
        var messageId = await App.WithDbAsync(async db =>
        {
            var message = new OutboxMessage(Guid.NewGuid(), "forms-" + Guid.NewGuid().ToString("N"), "someone@library.test", null, "Subject", "Text", "<p>Html</p>", App.Clock.GetUtcNow());
            db.OutboxMessages.Add(message);
            db.Entry(message).Property(m => m.Status).CurrentValue = OutboxStatus.Failed;
            await db.SaveChangesAsync(Ct);
            return message.Id;
        });
        return new World(await LoginAsync(coordinatorEmail), await LoginAsync(staffEmail), ids, messageId);
    }

    /// <summary>The route filled with ids of rows that exist, or with ids that name nothing.</summary>
    private static string PathOf(FormRoute route, World world, bool exists)
    {
        var path = "";
        foreach (var segment in RoutePatternFactory.Parse(route.Template).PathSegments)
        {
            path += "/";
            foreach (var part in segment.Parts)
            {
                path += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => ValueOf(route.Template, parameter.Name, route.RouteParameters[parameter.Name], world, exists),
                    _ => "",
                };
            }
        }
        return path;
    }

    private static string ValueOf(string template, string name, Type type, World world, bool exists) => type switch
    {
        _ when exists && world.Ids.TryGetValue($"{template}#{name}", out var specific) => specific,
        _ when type == typeof(Guid) => (exists ? world.MessageId : Guid.NewGuid()).ToString(),
        _ when type == typeof(int) => exists ? world.Ids.GetValueOrDefault(name, world.Ids["programId"]) : Nowhere.ToString(),
        { IsEnum: true } => Enum.GetNames(type)[0],
        _ => "x",
    };

    /// <summary>What the page that offers this form would post untouched: the form whose action is this path, on
    /// this page or the page above it.</summary>
    private static async Task<List<KeyValuePair<string, string>>> TypicalValuesAsync(AppClient client, string path)
    {
        for (var page = path; page.Length > 1; page = page[..page.LastIndexOf('/')] is { Length: > 0 } up ? up : "/")
        {
            var response = await client.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }
            var document = await AppClient.ParseAsync(response);
            var form = document.QuerySelectorAll<IHtmlFormElement>("form")
                .FirstOrDefault(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(f.GetAttribute("action") ?? page, path, StringComparison.OrdinalIgnoreCase));
            if (form is not null)
            {
                return ValuesOf(form);
            }
        }
        return [];
    }

    private static List<KeyValuePair<string, string>> ValuesOf(IElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Name == "__RequestVerificationToken" || input.Type is "file" || (input.Type is "checkbox" or "radio" && !input.IsChecked))
            {
                continue;
            }
            values.Add(new(input.Name!, input.Value));
        }
        values.AddRange(form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]").Select(t => new KeyValuePair<string, string>(t.Name!, t.Value)));
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
        {
            values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
        }
        return values;
    }

    private static List<KeyValuePair<string, string>> Replace(List<KeyValuePair<string, string>> values, IEnumerable<(string Name, string Value)> replacements)
    {
        var result = values.ToList();
        foreach (var (name, value) in replacements)
        {
            result.RemoveAll(v => string.Equals(v.Key, name, StringComparison.OrdinalIgnoreCase));
            result.Add(new(name, value));
        }
        return result;
    }

    /// <summary>One character more than the field's limit; an address where the field holds one, so it passes the
    /// email check and only its length is wrong.</summary>
    private static string Overlong(FormField field)
    {
        var length = (field.MaxLength ?? Unbounded) + 1;
        const string domain = "@library.test";
        return field.Name.Contains("Email", StringComparison.OrdinalIgnoreCase) || field.Name.Contains("Contact", StringComparison.OrdinalIgnoreCase)
            ? new string('x', Math.Max(1, length - domain.Length)) + domain
            : new string('x', length);
    }

    private static List<KeyValuePair<string, string>> Unknown(List<KeyValuePair<string, string>> typical, IReadOnlyList<FormField> fields) =>
        Replace(typical, fields.Where(f => f.IsId || f.IsEnum || f.IsFlag).Select(f => (f.Name,
            f.IsFlag ? "maybe" : f.IsEnum ? "999" : f.Type == typeof(Guid) ? Guid.NewGuid().ToString() : Nowhere.ToString())));

    /// <summary>When the form comes back with messages, each text box still holds what was typed.</summary>
    private static Func<IDocument, string?> KeepsWhatWasTyped(List<KeyValuePair<string, string>> posted, IReadOnlyList<FormField> fields) => page =>
    {
        var lost = new List<string>();
        foreach (var field in fields.Where(f => f.IsText))
        {
            var box = page.QuerySelector($"textarea[name='{field.Name}'], input[name='{field.Name}']:not([type=hidden])");
            var shown = box switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlInputElement input => input.Value,
                _ => null,
            };
            if (shown is not null && shown != posted.Last(p => p.Key == field.Name).Value)
            {
                lost.Add(field.Name);
            }
        }
        return lost.Count == 0 ? null : "lost what was typed in " + string.Join(", ", lost);
    };

    private async Task ProbeAsync(List<string> failures, FormRoute route, string variant, AppClient client, string path,
        List<KeyValuePair<string, string>> fields, Func<HttpResponseMessage, string?>? checkResponse, Func<IDocument, string?>? checkPage = null, bool mayWrite = false)
    {
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", await client.TokenAsync()) };
        values.AddRange(fields);
        var before = await TableCounts.TakeAsync(App);

        var response = await client.PostAsync(path, values);

        var after = await TableCounts.TakeAsync(App);
        TestContext.Current.TestOutputHelper?.WriteLine($"{(int)response.StatusCode} POST {path} {variant} ({fields.Count} values)");
        var problems = new List<string>();
        if ((int)response.StatusCode >= 500)
        {
            problems.Add($"answered {(int)response.StatusCode}");
        }
        if (!mayWrite)
        {
            problems.AddRange(TableCounts.Changes(before, after).Select(c => "wrote rows: " + c));
        }
        if (checkResponse?.Invoke(response) is { } responseProblem)
        {
            problems.Add(responseProblem);
        }
        if (checkPage is not null && response.StatusCode == HttpStatusCode.OK && checkPage(await AppClient.ParseAsync(response)) is { } pageProblem)
        {
            problems.Add(pageProblem);
        }
        failures.AddRange(problems.Select(p => $"POST {path} [{route.Template}] {variant}: {p}"));
    }
}

public sealed class FormRobustnessTestsOnSqlite(SqliteApp fixture) : FormRobustnessTests(fixture), IClassFixture<SqliteApp>;

public sealed class FormRobustnessTestsOnPostgres(PostgresApp fixture) : FormRobustnessTests(fixture), IClassFixture<PostgresApp>;
