using MentoringProgram.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

public static class OneRowQuery
{
    /// <summary>
    /// A query of exactly one row, to hang scalar subqueries (counts, a setting) and a left-joined page on, so a page
    /// reads several unrelated figures in one statement. It is the mail server's status row: every installation has
    /// exactly one (the first migration seeds it and start-up restores it). A raw "SELECT 1" would do in SQL, but EF
    /// Core regenerates the SQL of a query that contains raw SQL on every execution instead of caching it, which cost
    /// a tenth of a home page's time (issue 12).
    /// </summary>
    public static IQueryable<int> OneRow(this AppDbContext db) =>
        db.MailServerStatuses.Where(s => s.Id == MailServerStatus.SingletonId).Select(s => s.Id);
}
