namespace MentoringProgram.Web.Domain;

/// <summary>A bulk match is a draft until the coordinator accepts some of its rows or puts it aside.</summary>
public enum MatchRunStatus
{
    Draft = 0,
    Accepted = 1,
    Discarded = 2,
}
