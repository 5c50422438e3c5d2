using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Shared;
using MentoringProgram.Web.Features.Staff.Mails;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Staff;

/// <summary>The coordinator approves (the value goes onto the staff record) or declines a correction request.
/// The decision, its audit entry and the mail to the staff member commit in one SaveChanges.</summary>
public static class DecideProfileCorrection
{
    public const int ListSize = 10;

    public sealed record PendingRow(int Id, string StaffName, string StaffEmail, ProfileField Field, string? CurrentValue, string ProposedValue, string Reason, DateTimeOffset RequestedAt);

    public sealed record Pending(IReadOnlyList<PendingRow> Rows, int Total);

    public enum Outcome
    {
        Approved,
        Declined,
        NotFound,
        AlreadyDecided,
        DepartmentGone,
        NoteTooLong,
        NoteMissing,
        NoteNotOneLine,
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, EmailOutbox outbox, MailRenderer mail)
    {
        /// <summary>The oldest pending requests first, for the coordinator's home page.</summary>
        public async Task<Pending> ListPendingAsync(CancellationToken cancellationToken)
        {
            var pending = db.ProfileCorrectionRequests.AsNoTracking().Where(r => r.Status == ProfileCorrectionStatus.Pending);
            var page = await pending.ToPagedAsync(q => q.OrderBy(r => r.Id),
                r => new PendingFacts(r.Id, r.StaffMember!.FullName, r.StaffMember.WorkEmail, r.Field, r.ProposedValue, r.Reason, r.RequestedAt,
                    r.StaffMember.HireDate, r.StaffMember.Department != null ? r.StaffMember.Department.Name : null, r.StaffMember.SupervisorName, r.StaffMember.SupervisorEmail),
                db, 1, cancellationToken, ListSize);
            return new Pending(
                page.Items.Select(r => new PendingRow(r.Id, r.FullName, r.WorkEmail, r.Field,
                    r.Field switch
                    {
                        ProfileField.HireDate => r.HireDate?.ToString(RequestProfileCorrection.DateFormat),
                        ProfileField.Department => r.Department,
                        ProfileField.SupervisorName => r.SupervisorName,
                        _ => r.SupervisorEmail,
                    },
                    r.ProposedValue, r.Reason, r.RequestedAt)).ToList(),
                page.Total);
        }

        /// <summary>A pending request with the record's current values, as read; the row shows the one being corrected.</summary>
        private sealed record PendingFacts(int Id, string FullName, string WorkEmail, ProfileField Field, string ProposedValue, string Reason, DateTimeOffset RequestedAt,
            DateOnly? HireDate, string? Department, string? SupervisorName, string? SupervisorEmail);

        public async Task<Outcome> ApproveAsync(int id, string coordinatorUserId, CancellationToken cancellationToken)
        {
            if (await FindAsync(id, cancellationToken) is not { } request)
            {
                return Outcome.NotFound;
            }
            if (!request.IsPending)
            {
                return Outcome.AlreadyDecided;
            }
            var staff = request.StaffMember!;
            var before = request.Field.CurrentValue(staff);
            switch (request.Field)
            {
                case ProfileField.HireDate:
                    staff.HireDate = RequestProfileCorrection.ParseDate(request.ProposedValue);
                    break;
                case ProfileField.Department:
                    // Matched by name as it was chosen: a department renamed or removed since cannot be applied blindly.
                    if (await db.Departments.SingleOrDefaultAsync(d => d.Name == request.ProposedValue, cancellationToken) is not { } department)
                    {
                        return Outcome.DepartmentGone;
                    }
                    staff.Department = department;
                    break;
                case ProfileField.SupervisorName:
                    staff.SupervisorName = request.ProposedValue;
                    break;
                case ProfileField.SupervisorEmail:
                    staff.SupervisorEmail = request.ProposedValue;
                    break;
            }
            var now = clock.GetUtcNow();
            request.Approve(coordinatorUserId, now);
            db.AuditEntries.Add(new AuditEntry(now, coordinatorUserId, "profile-correction.approved", $"staff:{staff.Id}",
                $"Request {request.Id}: {request.Field.Label()} {before ?? "(none)"} → {request.ProposedValue}"));
            await QueueMailAsync(request, staff,
                new ProfileCorrectionApprovedMail { StaffName = staff.FullName, Field = request.Field.Label().ToLowerInvariant(), NewValue = request.ProposedValue },
                cancellationToken);
            return await SaveAsync(Outcome.Approved, cancellationToken);
        }

        public async Task<Outcome> DeclineAsync(int id, string coordinatorUserId, string? note, CancellationToken cancellationToken)
        {
            // The staff member needs to know why, to check the record or ask HR: a bare "declined" helps no one.
            if (string.IsNullOrWhiteSpace(note))
            {
                return Outcome.NoteMissing;
            }
            if (note.Trim().Length > ProfileCorrectionRequest.MaxReasonLength)
            {
                return Outcome.NoteTooLong;
            }
            if (TextRules.FirstForbidden(note, allowLineBreaks: false) >= 0)
            {
                return Outcome.NoteNotOneLine;
            }
            if (await FindAsync(id, cancellationToken) is not { } request)
            {
                return Outcome.NotFound;
            }
            if (!request.IsPending)
            {
                return Outcome.AlreadyDecided;
            }
            var staff = request.StaffMember!;
            var now = clock.GetUtcNow();
            request.Decline(coordinatorUserId, now, note);
            db.AuditEntries.Add(new AuditEntry(now, coordinatorUserId, "profile-correction.declined", $"staff:{staff.Id}",
                $"Request {request.Id}: {request.Field.Label()} stays {request.Field.CurrentValue(staff) ?? "(none)"}; proposed {request.ProposedValue}"));
            await QueueMailAsync(request, staff,
                new ProfileCorrectionDeclinedMail
                {
                    StaffName = staff.FullName, Field = request.Field.Label().ToLowerInvariant(), ProposedValue = request.ProposedValue, Note = request.DecisionNote,
                },
                cancellationToken);
            return await SaveAsync(Outcome.Declined, cancellationToken);
        }

        private Task<ProfileCorrectionRequest?> FindAsync(int id, CancellationToken cancellationToken) =>
            db.ProfileCorrectionRequests.Include(r => r.StaffMember).ThenInclude(s => s!.Department)
                .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

        private async Task QueueMailAsync(ProfileCorrectionRequest request, StaffMember staff, MailTemplate template, CancellationToken cancellationToken) =>
            await outbox.QueueAsync($"profile-correction:{request.Id}:{request.Status}", staff.WorkEmail, staff.FullName,
                await mail.RenderAsync(template), cancellationToken);

        private async Task<Outcome> SaveAsync(Outcome success, CancellationToken cancellationToken)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return success;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another coordinator decided it (or the record changed) in the meantime: nothing of this decision is kept.
                return Outcome.AlreadyDecided;
            }
        }
    }
}
