using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

/// <summary>A realistic small library: 8 departments, 60 staff with hire dates spread over 15 years, the
/// six topics, and one program whose enrollment is open now, with requests and mentors waiting to be matched
/// (<see cref="DemoMatchingCycle"/>), and a second where mentees choose their mentor, with the same mentors offering. Seeded once, all or nothing: a database with any program or staff is left alone.</summary>
public sealed class DemoDataSeeder(AppDbContext db, UserManager<ApplicationUser> users, LibraryCalendar library, TimeProvider clock)
{
    private static readonly string[] DepartmentNames =
    [
        "Access Services", "Archives and Special Collections", "Collections and Acquisitions", "Digital Scholarship",
        "Information Technology", "Metadata and Cataloging", "Research and Instruction", "Administration",
    ];

    private static readonly string[] FirstNames =
    [
        "Alex", "Sam", "Jordan", "Priya", "Mateo", "Aisha", "Wei", "Hannah", "Tomas", "Fatima", "Liam", "Noor",
        "Grace", "Kenji", "Sofia", "Daniel", "Amara", "Ravi", "Elena", "Marcus", "Yuki", "Chloe", "Omar", "Ingrid",
        "Kwame", "Lucia", "Ethan", "Mei", "Diego", "Rosa",
    ];

    private static readonly string[] LastNames =
    [
        "Morgan", "Rivera", "Chen", "Patel", "Garcia", "Okafor", "Nguyen", "Schmidt", "Kowalski", "Haddad",
        "O'Brien", "Khan", "Larsen", "Tanaka", "Rossi", "Cohen", "Mensah", "Iyer", "Petrova", "Johnson",
    ];

    private static readonly string[] JobTitles =
    [
        "Library Assistant", "Librarian", "Senior Librarian", "Archivist", "Systems Librarian", "Metadata Specialist",
        "Department Head", "Program Coordinator", "Digital Projects Librarian", "Circulation Supervisor",
    ];

    private static readonly string[] Locations = ["Main Library", "Science Library", "Music Library", "Annex", "Remote"];

    public async Task<bool> SeedAsync(string password, CancellationToken cancellationToken = default)
    {
        if (await db.Programs.AnyAsync(cancellationToken) || await db.StaffMembers.AnyAsync(cancellationToken))
        {
            return false;
        }
        // Several saves (the cycle's requests need the roster's and the cycle's ids) and the logins: a failure half way
        // must leave nothing, or the next start would find staff and never finish the demo.
        return await db.InTransactionAsync(() => SeedEmptyDatabaseAsync(password, cancellationToken), _ => true, cancellationToken);
    }

    private async Task<bool> SeedEmptyDatabaseAsync(string password, CancellationToken cancellationToken)
    {
        var today = library.Today();
        var departments = DepartmentNames.Select(n => new Department(n)).ToList();
        db.Departments.AddRange(departments);

        var staff = new List<StaffMember>();
        for (var i = 0; i < 60; i++)
        {
            var first = FirstNames[i % FirstNames.Length];
            var last = LastNames[(i * 7) % LastNames.Length];
            var email = i switch
            {
                0 => DemoOptions.VeteranStaffEmail,
                1 => DemoOptions.NewStaffEmail,
                _ => $"{first}.{last}{i}".Replace("'", "", StringComparison.Ordinal).ToLowerInvariant() + "@demo.library.test",
            };
            var member = new StaffMember(i switch { 0 => "Alex Morgan", 1 => "Sam Rivera", _ => $"{first} {last}" }, email)
            {
                JobTitle = JobTitles[i % JobTitles.Length],
                // Alex (index 0) is the "can mentor" demo login: eight years on staff, eligible in every program.
                // Sam (index 1) joined four months ago: not yet eligible to mentor. Others: 2 months to 15 years.
                HireDate = i switch
                {
                    0 => today.AddYears(-8),
                    1 => today.AddMonths(-4),
                    _ => today.AddDays(-(60 + ((i * 97) % 5400))),
                },
                Location = Locations[i % Locations.Length],
                PreferredContact = (ContactMethods)(1 + (i % 15)),
                Expertise = i % 3 == 0 ? "Grant writing, committee work, instruction design" : null,
            };
            member.Department = departments[i % departments.Count];
            staff.Add(member);
        }
        for (var i = 0; i < staff.Count; i++)
        {
            // Supervisors are the first person of each department.
            var head = staff[i % departments.Count];
            if (head != staff[i])
            {
                staff[i].SupervisorName = head.FullName;
                staff[i].SupervisorEmail = head.WorkEmail;
            }
        }
        db.StaffMembers.AddRange(staff);

        var template = ProgramTemplates.All[0];
        var program = new MentorshipProgram(template.Name, template.Settings with { CoordinatorContact = DemoOptions.CoordinatorEmail });
        var topics = await db.Topics.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
        program.SetTopics(topics);
        program.SetTimeZone(library.Zone.Id);
        var cycle = program.AddCycle($"{today.Year}-{today.Year + 1}", new EnrollmentWindow(today.AddDays(-14), today.AddDays(30)), today.AddDays(45));
        program.Activate();
        db.Programs.Add(program);
        await db.SaveChangesAsync(cancellationToken);

        // Peer Connections as a mentee-choice program: a demo login asks for a mentor there and chooses one.
        var peers = ProgramTemplates.All[1];
        var choosing = new MentorshipProgram(peers.Name, peers.Settings with { CoordinatorContact = DemoOptions.CoordinatorEmail, MatchingMode = MatchingMode.MenteeChooses });
        choosing.SetTopics(topics);
        choosing.SetTimeZone(library.Zone.Id);
        var choosingCycle = choosing.AddCycle($"{today.Year}-{today.Year + 1}", new EnrollmentWindow(today.AddDays(-14), today.AddDays(30)), today.AddDays(45));
        choosing.Activate();
        db.Programs.Add(choosing);
        await db.SaveChangesAsync(cancellationToken);
        db.Surveys.AddRange([.. DefaultSurveys.For(program.Id), .. DefaultSurveys.For(choosing.Id)]);

        var topicIds = await db.Topics.ToDictionaryAsync(t => t.Name, t => t.Id, StringComparer.Ordinal, cancellationToken);
        DemoMatchingCycle.AddTo(db, cycle, program.MinimumMentorTenureMonths, staff, topicIds, clock.GetUtcNow(), today);
        DemoMatchingCycle.AddTo(db, choosingCycle, choosing.MinimumMentorTenureMonths, staff, topicIds, clock.GetUtcNow(), today, withRequests: false);
        await db.SaveChangesAsync(cancellationToken);

        await AddRunningPairingAsync(staff, topics, today, cancellationToken);

        foreach (var account in DemoAccount.All)
        {
            await CreateLoginAsync(account.Email, password, account.Promise == DemoAccountPromise.Coordinator ? Roles.Coordinator : null);
        }
        return true;
    }

    /// <summary>New Employee Mentoring, five weeks into its term: Alex (the "can mentor" login) mentors a colleague who
    /// joined recently, with one meeting held, so the pair's page (agreement, meetings, calendar, checklist) and the
    /// coordinator's progress board can be tried at once.</summary>
    private async Task AddRunningPairingAsync(List<StaffMember> staff, List<int> topics, DateOnly today, CancellationToken cancellationToken)
    {
        var template = ProgramTemplates.Find("new-employee")!;
        var program = new MentorshipProgram(template.Name, template.Settings with { CoordinatorContact = DemoOptions.CoordinatorEmail });
        program.SetTopics(topics);
        program.SetTimeZone(library.Zone.Id);
        var cycle = program.AddCycle($"{today.AddDays(-35):MMMM yyyy} intake", new EnrollmentWindow(today.AddDays(-80), today.AddDays(-50)), today.AddDays(-35));
        program.Activate();
        db.Programs.Add(program);
        await db.SaveChangesAsync(cancellationToken);
        // The pair is five weeks in, so its pre survey and its pulse are waiting on both members' home pages.
        db.Surveys.AddRange(DefaultSurveys.For(program.Id));

        var alex = staff[0];
        var newcomer = staff.Skip(2).Where(s => s.HireDate > today.AddYears(-1)).OrderBy(s => s.DepartmentId == alex.DepartmentId).ThenByDescending(s => s.HireDate).First();
        var now = clock.GetUtcNow();
        var request = new MenteeRequest(cycle.Id, newcomer.Id)
        {
            Goals = "Find my way around the library's departments and committees, and learn who to ask for what.",
            PreferredContact = ContactMethods.InPerson, ReadExpectations = true, InformedSupervisor = true,
        };
        request.SetTopics(topics.Take(2));
        request.Submit(now.AddDays(-70));
        var offer = new MentorVolunteer(cycle.Id, alex.Id)
        {
            Capacity = 1, Expertise = "Committee work, instruction design", PreferredContact = ContactMethods.InPerson, ReadExpectations = true, InformedSupervisor = true,
        };
        offer.SetTopics(topics.Take(3));
        offer.Submit(now.AddDays(-72));
        offer.Approve();
        offer.RecordTraining(today.AddDays(-60));
        db.MenteeRequests.Add(request);
        db.MentorVolunteers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);

        var pairing = Pairing.Propose(offer, request.Id, newcomer.Id, cycle.TermStarts, cycle.TermEnds, "Shares 2 of 2 topics\nKnows the library's committees well");
        pairing.Start();
        request.MarkMatched();
        db.Pairings.Add(pairing);
        await db.SaveChangesAsync(cancellationToken);
        db.Meetings.Add(pairing.LogMeeting(cycle.TermStarts.AddDays(6), 45, ContactMethods.InPerson, newcomer.Id, today));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateLoginAsync(string email, string password, string? extraRole)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create demo login {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        if (extraRole is not null)
        {
            await users.AddToRoleAsync(user, extraRole);
        }
    }
}
