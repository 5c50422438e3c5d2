using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.Bench;

/// <summary>
/// Fills an initialized database with the pool the page-speed goals are stated for (the size bench-ref's
/// /list-2000 is built on): 12 departments, one active program with every topic and one cycle open today,
/// 2,000 mentee requests (1,221 waiting, the rest withdrawn) and 1,000 mentor offers, each from its own staff
/// member with 2-4 topics, times <c>scale</c>; plus a coordinator login and a staff login whose profile has a
/// department, a hire date and one of the requests. Everything goes through the app's entities and Identity,
/// so the rows are what the app itself would have written.
/// </summary>
internal static class PoolSeeder
{
    public const int Requests = 2000;
    public const int OpenRequests = 1221;
    public const int Volunteers = 1000;

    // Saved in slices with the change tracker cleared between them: at scale 10 one unit of 30,000 rows
    // (plus their topics) would spend its time in change detection instead of in the database.
    private const int Slice = 1000;

    private static readonly string[] Surnames = ["Smith", "Garcia", "Chen", "Okafor", "Patel", "Rossi", "Larsen", "Khan"];
    private static readonly string[] Titles = ["Librarian", "Library Assistant", "Archivist", "Cataloguer", "Branch Manager", "Systems Librarian"];

    public static async Task<int> SeedAsync(IServiceProvider services, int scale)
    {
        var requests = Requests * scale;
        var open = OpenRequests * scale;
        var volunteers = Volunteers * scale;
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // Fixed seed: every run, and both databases of one run, hold the same pool.
        var random = new Random(2026);

        int programId, cycleId;
        List<int> departmentIds, topicIds;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var departments = Enumerable.Range(1, 12).Select(i => new Department($"Department {i}")).ToList();
            db.Departments.AddRange(departments);
            topicIds = await db.Topics.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync();
            var program = new MentorshipProgram("Bench mentoring program", ProgramTemplates.All[0].Settings);
            program.SetTopics(topicIds);
            var cycle = program.AddCycle("Bench cycle", new EnrollmentWindow(today.AddDays(-10), today.AddDays(10)), today.AddDays(20));
            program.Activate();
            db.Programs.Add(program);
            await db.SaveChangesAsync();
            (programId, cycleId) = (program.Id, cycle.Id);
            departmentIds = departments.Select(d => d.Id).ToList();
        }

        // Which requests are still waiting: a shuffled mask, so withdrawn rows are spread through the list
        // (and through the index) instead of forming one block. Row 0 belongs to the staff login and stays open.
        var isOpen = Enumerable.Range(0, requests).Select(i => i < open).ToArray();
        random.Shuffle(isOpen);
        if (!isOpen[0])
        {
            var j = Array.IndexOf(isOpen, true);
            (isOpen[0], isOpen[j]) = (true, false);
        }

        for (var start = 0; start < requests; start += Slice)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var staff = Enumerable.Range(start, Math.Min(Slice, requests - start))
                .Select(i => Person(i, i == 0 ? BenchAccounts.StaffEmail : $"mentee{i}@library.test", departmentIds, today, random))
                .ToList();
            db.StaffMembers.AddRange(staff);
            await db.SaveChangesAsync();
            foreach (var (member, i) in staff.Select((s, k) => (s, start + k)))
            {
                var request = new MenteeRequest(cycleId, member.Id)
                {
                    Goals = $"Grow into a {Titles[i % Titles.Length].ToLowerInvariant()} role with more responsibility ({i}).",
                    ReadExpectations = true,
                    InformedSupervisor = true,
                    PreferredContact = ContactMethods.Email,
                };
                request.SetTopics(BenchTopics.For(i, topicIds));
                // Spread over the ten days the window has been open, so "submitted at" orders the list for real.
                var submitted = now.AddMinutes(-random.Next(60, 10 * 24 * 60));
                request.Submit(submitted);
                if (!isOpen[i])
                {
                    request.Withdraw(submitted.AddMinutes(random.Next(5, 60)));
                }
                db.MenteeRequests.Add(request);
            }
            await db.SaveChangesAsync();
        }

        for (var start = 0; start < volunteers; start += Slice)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var staff = Enumerable.Range(start, Math.Min(Slice, volunteers - start))
                .Select(i => Person(requests + i, $"mentor{i}@library.test", departmentIds, today, random))
                .ToList();
            db.StaffMembers.AddRange(staff);
            await db.SaveChangesAsync();
            foreach (var (member, i) in staff.Select((s, k) => (s, start + k)))
            {
                var volunteer = new MentorVolunteer(cycleId, member.Id)
                {
                    Capacity = 1 + i % 3,
                    Expertise = $"{Titles[i % Titles.Length]} work, {Surnames[i % Surnames.Length]} collection",
                    ReadExpectations = true,
                    InformedSupervisor = true,
                    PreferredContact = ContactMethods.Email,
                };
                volunteer.SetTopics(BenchTopics.For(i + 1, topicIds));
                volunteer.Submit(now.AddMinutes(-random.Next(60, 10 * 24 * 60)));
                // Mostly approved, one in ten still waiting and one in ten paused: a coordinator's list mid-cycle.
                switch (i % 10)
                {
                    case 0:
                        break;
                    case 1:
                        volunteer.Approve();
                        volunteer.Pause();
                        break;
                    default:
                        volunteer.Approve();
                        break;
                }
                db.MentorVolunteers.Add(volunteer);
            }
            await db.SaveChangesAsync();
        }

        using (var scope = services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var coordinator = await CreateLoginAsync(users, BenchAccounts.CoordinatorEmail);
            Check(await users.AddToRoleAsync(coordinator, Roles.Coordinator), BenchAccounts.CoordinatorEmail);
            // Links to request row 0's staff member, seeded above with this work email (as a roster import would).
            await CreateLoginAsync(users, BenchAccounts.StaffEmail);
        }
        return programId;
    }

    private static StaffMember Person(int i, string email, IReadOnlyList<int> departmentIds, DateOnly today, Random random) =>
        new($"Person{i} {Surnames[i % Surnames.Length]}", email)
        {
            DepartmentId = departmentIds[i % departmentIds.Count],
            JobTitle = Titles[i % Titles.Length],
            // Between one and twenty years of service, so mentor eligibility (tenure) is met by most, not all.
            HireDate = today.AddDays(-random.Next(365, 20 * 365)),
            SupervisorName = $"Supervisor {i % 40}",
            SupervisorEmail = $"supervisor{i % 40}@library.test",
        };

    private static async Task<ApplicationUser> CreateLoginAsync(UserManager<ApplicationUser> users, string email)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(user, BenchAccounts.Password), email);
        return user;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not set up {email}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
