namespace MentoringProgram.Web.Domain;

/// <summary>Rows that are edited through forms carry a token that changes on every save, so two people
/// editing the same row cannot silently overwrite each other (SQLite has no automatic row version).</summary>
public interface IConcurrencyStamped
{
    Guid ConcurrencyStamp { get; set; }
}
