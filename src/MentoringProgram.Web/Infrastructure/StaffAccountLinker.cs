using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>Connects a login to its staff profile: the roster row with the same work email when the
/// coordinator imported one, otherwise a new profile the person fills in.</summary>
public sealed class StaffAccountLinker(AppDbContext db)
{
    public async Task<StaffMember> LinkAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var email = StaffMember.NormalizeEmail(user.Email ?? throw new InvalidOperationException("A login needs an email."));
        var staff = await db.StaffMembers.SingleOrDefaultAsync(s => s.UserId == user.Id, cancellationToken)
            ?? await db.StaffMembers.SingleOrDefaultAsync(s => s.WorkEmail == email, cancellationToken);
        if (staff is null)
        {
            staff = new StaffMember(NameFromEmail(email), email);
            db.StaffMembers.Add(staff);
        }
        staff.LinkToLogin(user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return staff;
    }

    /// <summary>"jo.smith@x" becomes "Jo Smith": a placeholder the person corrects on their profile.</summary>
    private static string NameFromEmail(string email)
    {
        var local = email.Split('@')[0];
        var parts = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? local : string.Join(' ', parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
