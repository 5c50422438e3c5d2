using MentoringProgram.Web.Data;
using MentoringProgram.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Audit;

/// <summary>The audit log as the coordinator reads it: newest first, who did it (by account email), what and to
/// what. One statement per page, whatever the log's length. Entries never hold note text or secrets.</summary>
public static class AuditLog
{
    public sealed record Row(long Id, DateTimeOffset At, string? Actor, string Action, string? Subject, string? Details);

    public sealed class Handler(AppDbContext db)
    {
        public Task<Paged<Row>> HandleAsync(int page, CancellationToken cancellationToken) =>
            db.AuditEntries.AsNoTracking().ToPagedAsync(q => q.OrderByDescending(e => e.At).ThenByDescending(e => e.Id),
                e => new Row(e.Id, e.At, db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.Email).FirstOrDefault(), e.Action, e.Subject, e.Details),
                db, page, cancellationToken, ListPageSize.Default);
    }
}
