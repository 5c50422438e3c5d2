namespace MentoringProgram.Web.Email;

public enum DeliveryFailureKind
{
    /// <summary>This message may go through later: retry it with back-off.</summary>
    Transient,

    /// <summary>This message can never be sent as it is (a malformed address, a recipient the server refuses
    /// for good): mark it failed at once, with the reason, for the coordinator.</summary>
    Permanent,

    /// <summary>The mail server cannot be reached: no message can go now, so stop the batch.</summary>
    ServerUnreachable,
}
