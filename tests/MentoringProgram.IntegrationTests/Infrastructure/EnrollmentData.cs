using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>Builders for enrollment scenarios: a program with a cycle around the test clock's today.</summary>
public static class EnrollmentData
{
    /// <summary>Today in UTC: the zone of the test library and of programs these builders make, unless a test sets another.</summary>
    public static DateOnly Today(this TestAppFactory app) => app.Clock.TodayIn(TimeZoneInfo.Utc);

    public static Task<int> CreateProgramAsync(this TestAppFactory app, int opensInDays = -7, int closesInDays = 21, int? nextOpensInDays = null, string? contact = null) =>
        app.CreateProgramAsync(program =>
        {
            var today = app.Today();
            program.AddCycle("Current", new EnrollmentWindow(today.AddDays(opensInDays), today.AddDays(closesInDays)), today.AddDays(closesInDays + 7));
            if (nextOpensInDays is { } next)
            {
                program.AddCycle("Next", new EnrollmentWindow(today.AddDays(next), today.AddDays(next + 28)), today.AddDays(next + 35));
            }
        }, contact);

    /// <summary>An open program in an IANA time zone whose one cycle's enrollment runs over these local days.</summary>
    public static Task<int> CreateProgramInZoneAsync(this TestAppFactory app, string timeZone, DateOnly opens, DateOnly deadline) =>
        app.CreateProgramAsync(program =>
        {
            program.SetTimeZone(timeZone);
            program.AddCycle("Current", new EnrollmentWindow(opens, deadline), deadline.AddDays(7));
        });

    private static Task<int> CreateProgramAsync(this TestAppFactory app, Action<MentorshipProgram> cycles, string? contact = null) =>
        app.WithDbAsync(async db =>
        {
            var template = ProgramTemplates.All[0];
            var program = new MentorshipProgram("Program " + Guid.NewGuid().ToString("N")[..8], template.Settings with { CoordinatorContact = contact });
            program.SetTopics(await db.Topics.Select(t => t.Id).ToListAsync(TestContext.Current.CancellationToken));
            cycles(program);
            program.Activate();
            db.Programs.Add(program);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return program.Id;
        });

    public static Task<int[]> TopicIdsAsync(this TestAppFactory app) =>
        app.WithDbAsync(db => db.Topics.OrderBy(t => t.SortOrder).Select(t => t.Id).ToArrayAsync(TestContext.Current.CancellationToken));

    public static List<KeyValuePair<string, string>> RequestForm(int topicId, string goals = "I want to plan the next five years of my career.") =>
    [
        new("Form.TopicIds", topicId.ToString()),
        new("Form.Goals", goals),
        new("Form.Strengths", "Patient with patrons"),
        new("Form.PreferredContact", "Email"),
        new("Form.PreferredContact", "InPerson"),
        new("Form.PreferMentorOutsideDepartment", "true"),
        new("Form.Availability", "Tuesday mornings"),
        new("Form.ReadExpectations", "true"),
        new("Form.InformedSupervisor", "true"),
    ];

    public static List<KeyValuePair<string, string>> VolunteerForm(int topicId, int capacity = 2) =>
    [
        new("Form.TopicIds", topicId.ToString()),
        new("Form.Expertise", "Cataloging, committee work"),
        new("Form.Capacity", capacity.ToString()),
        new("Form.PreferredContact", "Video"),
        new("Form.ReadExpectations", "true"),
        new("Form.InformedSupervisor", "true"),
    ];
}
