namespace MentoringProgram.Web.Data;

/// <summary>
/// A value renewed in the same transaction as every change to the data a cache holds, so any app instance can tell
/// with one indexed read whether what it cached is still what the database says (ADR 0025). A stamp is a fresh Guid,
/// not a time: instances' clocks and the program's clock cannot make two different states look the same.
/// </summary>
public class CacheStamp
{
    /// <summary>Enrollment as the coordinator's lists and matching read it: programs and their cycles, requests, offers,
    /// staff, departments and topics (<see cref="Features.Enrollment.EnrollmentStamp"/>).</summary>
    public const string Enrollment = "Enrollment";

    private CacheStamp() { }

    public CacheStamp(string name) => Name = name;

    public string Name { get; private set; } = "";

    public Guid Stamp { get; private set; }

    public void Renew() => Stamp = Guid.NewGuid();
}
