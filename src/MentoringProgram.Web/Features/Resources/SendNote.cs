using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Resources.Mails;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>
/// The coordinator sends a resource as a best-practice note (seed 003: a "snippet" sent to all staff) to all active
/// staff or to one program's participants. A first post only counts who it would reach; the mail is queued after the
/// coordinator confirms, one per person through the outbox in one save with its audit entry. The key names the
/// resource's version (when it was last saved) and the person, so a version reaches a person once however often the
/// button is pressed, and a changed resource can be sent again.
/// </summary>
public static class SendNote
{
    public sealed class Command
    {
        public NoteAudience? Audience { get; set; }
        public int? ProgramId { get; set; }
    }

    public sealed record ProgramOption(int Id, string Name);

    /// <summary>The form: the resource, the choice as typed, the programs to choose from, and after a valid first post
    /// how many people the note would reach.</summary>
    public sealed record Page(int ResourceId, string Title, Command Form, IReadOnlyList<ProgramOption> Programs)
    {
        public int? Reach { get; init; }
    }

    public sealed record Outcome(int Queued, int AlreadyHad);

    public static string Key(int resourceId, DateTimeOffset version, int staffId) => $"note:{resourceId}:{version.UtcTicks}:{staffId}";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            RuleFor(c => c.Audience).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Choose who gets the note.")
                .IsInEnum().WithMessage("Choose who gets the note.");
            When(c => c.Audience == NoteAudience.Program, () =>
                RuleFor(c => c.ProgramId).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("Choose the program whose participants get the note.")
                    .MustAsync(async (id, ct) => await db.Programs.AnyAsync(p => p.Id == id, ct))
                    .WithMessage("Choose a program from the list."));
        }
    }

    public sealed class Handler(AppDbContext db, EmailOutbox outbox, MailRenderer mail, ResourceRenderer renderer, TimeProvider clock)
    {
        /// <summary>The form for a resource, or null when it does not exist.</summary>
        public async Task<Page?> PageAsync(int resourceId, Command form, CancellationToken cancellationToken)
        {
            var title = await db.Resources.AsNoTracking().Where(r => r.Id == resourceId).Select(r => r.Title).SingleOrDefaultAsync(cancellationToken);
            if (title is null)
            {
                return null;
            }
            var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id)
                .Select(p => new ProgramOption(p.Id, p.Name)).ToListAsync(cancellationToken);
            return new Page(resourceId, title, form, programs);
        }

        /// <summary>How many people a valid choice reaches.</summary>
        public Task<int> ReachAsync(Command command, CancellationToken cancellationToken) => Recipients(command).CountAsync(cancellationToken);

        /// <summary>Queues the note for everyone the choice reaches who has not had this version yet; null when the
        /// resource does not exist (any more). A fixed number of statements whatever the number of people.</summary>
        public async Task<Outcome?> SendAsync(int resourceId, Command command, string? actorUserId, CancellationToken cancellationToken)
        {
            try
            {
                return await QueueAsync(resourceId, command, actorUserId, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another send of the same version committed first: its keys are there now, so once more queues only
                // whoever it did not reach.
                db.ChangeTracker.Clear();
                return await QueueAsync(resourceId, command, actorUserId, cancellationToken);
            }
        }

        private async Task<Outcome?> QueueAsync(int resourceId, Command command, string? actorUserId, CancellationToken cancellationToken)
        {
            var resource = await db.Resources.AsNoTracking().Where(r => r.Id == resourceId)
                .Select(r => new { r.Id, r.Title, r.Markdown, r.UpdatedAt }).SingleOrDefaultAsync(cancellationToken);
            if (resource is null)
            {
                return null;
            }
            var programName = command.Audience == NoteAudience.Program
                ? await db.Programs.Where(p => p.Id == command.ProgramId).Select(p => p.Name).SingleAsync(cancellationToken)
                : null;
            var people = await Recipients(command).OrderBy(s => s.Id).Select(s => new { s.Id, s.FullName, s.WorkEmail }).ToListAsync(cancellationToken);
            var html = renderer.Render(resource.Id, resource.UpdatedAt, resource.Markdown).Value!;
            var text = ResourceRenderer.PlainText(resource.Markdown);
            var queued = await outbox.QueueNewAsync(people, p => Key(resource.Id, resource.UpdatedAt, p.Id), async p =>
                new OutgoingMail(Key(resource.Id, resource.UpdatedAt, p.Id), p.WorkEmail, p.FullName, await mail.RenderAsync(new ResourceNoteMail
                {
                    PersonName = p.FullName, ResourceId = resource.Id, Title = resource.Title, Html = html, Text = text, ProgramName = programName,
                })), cancellationToken);
            var outcome = new Outcome(queued, people.Count - queued);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actorUserId, ResourceAudit.NoteSent, ResourceAudit.Subject(resource.Id),
                $"{(programName is null ? "to all staff" : $"to the participants of {programName}")}: {outcome.Queued} queued, {outcome.AlreadyHad} already had it"));
            await db.SaveChangesAsync(cancellationToken);
            return outcome;
        }

        private IQueryable<StaffMember> Recipients(Command command)
        {
            var staff = db.StaffMembers.AsNoTracking().Where(s => s.IsActive && s.WorkEmail != "");
            return command.Audience == NoteAudience.Program
                ? staff.Where(s => ProgramParticipants.StaffIdsOf(db, command.ProgramId!.Value).Contains(s.Id))
                : staff;
        }
    }
}
