namespace MentoringProgram.Web.Features.Digest;

/// <summary>What one week's coordinator digest says: per program, last week's new requests and, per cycle, the pairs
/// behind their meeting rhythm and the flags raised; and the mail that could not be sent. Counts and names of programs
/// and cycles only, never a member's name or anything a pair wrote.</summary>
public sealed record DigestReport(DigestWeek Week, IReadOnlyList<DigestReport.Program> Programs, int FailedMails)
{
    public sealed record Program(int ProgramId, string Name, int NewRequests, IReadOnlyList<Cycle> Cycles);

    /// <summary>A cycle with at least one active pair behind or flagged.</summary>
    public sealed record Cycle(int CycleId, string Name, int ActivePairs, int Behind, int EndRequests, int EarlyCheckNo);

    /// <summary>Nothing to act on: no digest is sent that week, so a digest always means something to look at.</summary>
    public bool IsEmpty => Programs.Count == 0 && FailedMails == 0;
}
