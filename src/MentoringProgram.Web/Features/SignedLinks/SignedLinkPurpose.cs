namespace MentoringProgram.Web.Features.SignedLinks;

/// <summary>What a signed link in mail answers: its name is stored on the nonce, and its Data Protection purpose keeps a
/// token made for one question from being read as an answer to another.</summary>
public sealed record SignedLinkPurpose(string Name, string Protector)
{
    public static readonly SignedLinkPurpose Continuation = new("continuation", "MentoringProgram.Continuation.v1");

    public static readonly SignedLinkPurpose EarlyCheck = new("early-check", "MentoringProgram.EarlyCheck.v1");

    public static readonly SignedLinkPurpose CheckIn = new("check-in", "MentoringProgram.CheckIn.v1");

    /// <summary>A certificate of participation a member chose to share (for a performance review): read many times, until
    /// it expires or the member stops sharing it (the nonce is then marked used).</summary>
    public static readonly SignedLinkPurpose Certificate = new("certificate", "MentoringProgram.Certificate.v1");
}
