using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>The flow both enrollment forms share: find the cycle to enroll in and the person's entry there;
/// create it, or reuse a withdrawn one; send it (with its mail, in the same SaveChanges) when that is an
/// enrollment event; and turn a save that lost a race into a conflict the person can act on.</summary>
public static class EnrollmentEntries
{
    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<(ProgramCycle? Cycle, T? Entry)> FindAsync<T>(EnrollmentContext context, StaffMember staff, CancellationToken cancellationToken)
            where T : class, IEnrollmentEntry
        {
            var cycleIds = EnrollmentCycles.LiveCycleIds(context.Program, context.Today);
            var entries = await db.Set<T>().Include("Topics")
                .Where(e => e.StaffMemberId == staff.Id && cycleIds.Contains(e.CycleId))
                .ToListAsync(cancellationToken);
            return EnrollmentCycles.Resolve(context.Program, context.Today, entries);
        }

        /// <param name="create">A new entry for the cycle, when the person has none there.</param>
        /// <param name="apply">Copies the form onto the entry.</param>
        /// <param name="notify">Queues the mail for a sent entry.</param>
        public async Task<EnrollmentOutcome> SubmitAsync<T>(EnrollmentContext context, StaffMember staff, Guid concurrencyStamp,
            Func<ProgramCycle, T> create, Action<T> apply, Func<ProgramCycle, T, Task> notify, CancellationToken cancellationToken)
            where T : class, IEnrollmentEntry
        {
            var (cycle, entry) = await FindAsync<T>(context, staff, cancellationToken);
            if (cycle is null)
            {
                return EnrollmentOutcome.Closed;
            }
            if (entry is { CanEdit: false })
            {
                return EnrollmentOutcome.Matched;
            }
            var isNew = entry is null;
            if (entry is null)
            {
                entry = create(cycle);
                db.Add(entry);
            }
            // New, or asking again after withdrawing: an enrollment event with its own mail. Resolve only returns a
            // withdrawn entry for the open cycle, so both happen inside the enrollment window.
            var submitting = entry.CanSubmit;
            if (!submitting)
            {
                db.Entry(entry).Property(nameof(IConcurrencyStamped.ConcurrencyStamp)).OriginalValue = concurrencyStamp;
            }
            apply(entry);
            if (submitting)
            {
                entry.Submit(clock.GetUtcNow());
                // Keyed by cycle, person and submission time, so the mail needs no generated id and commits in the
                // same SaveChanges as the entry.
                await notify(cycle, entry);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return isNew ? EnrollmentOutcome.Submitted : submitting ? EnrollmentOutcome.Resubmitted : EnrollmentOutcome.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                return EnrollmentOutcome.Conflict;
            }
            catch (DbUpdateException) when (isNew)
            {
                // Two tabs submitting at once: the unique (cycle, person) index kept one entry.
                db.ChangeTracker.Clear();
                if (await db.Set<T>().AnyAsync(e => e.CycleId == cycle.Id && e.StaffMemberId == staff.Id, cancellationToken))
                {
                    return EnrollmentOutcome.Conflict;
                }
                throw;
            }
        }
    }
}
