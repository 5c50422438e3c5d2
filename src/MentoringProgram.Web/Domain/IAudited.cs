namespace MentoringProgram.Web.Domain;

/// <summary>Rows that record when they were created and last changed; stamped by an interceptor from TimeProvider.</summary>
public interface IAudited
{
    DateTimeOffset CreatedAt { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
}
