using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Programs;

/// <summary>
/// Who receives the coordinator notices of one program (new requests, withdrawals, volunteers, and the digests to
/// come): every login with the Coordinator role, which covers every program, and the program's contact address.
/// The one place that decides it, so a new notice cannot reach a different set of people. Per-program coordinators
/// (<see cref="ProgramRoleAssignment"/>) join the list when they are given access to their program's pages, not
/// before: a notice would link them to pages they cannot open.
/// </summary>
public sealed class ProgramNoticeRecipients(AppDbContext db)
{
    /// <summary>Normalized addresses, each once, in a stable order.</summary>
    public async Task<IReadOnlyList<string>> ForAsync(MentorshipProgram program, CancellationToken cancellationToken)
    {
        var coordinators = (await CoordinatorLogins.ListAsync(db, cancellationToken)).Select(c => c.Email).ToList();
        if (program.CoordinatorContact is { } contact)
        {
            coordinators.Add(contact);
        }
        return coordinators.Select(StaffMember.NormalizeEmail).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
