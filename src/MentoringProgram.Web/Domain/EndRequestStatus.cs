namespace MentoringProgram.Web.Domain;

/// <summary>Where a member's request to end their pairing stands. A pairing has one row, reused: asking again after
/// taking a request back or after the coordinator kept the pairing going opens the same row again.</summary>
public enum EndRequestStatus
{
    /// <summary>Nobody has asked yet (a row just made, before its first <see cref="PairingEndRequest.Ask"/>).</summary>
    None = 0,

    /// <summary>Waiting for the coordinator's decision; the member who asked may take it back.</summary>
    Open = 1,

    TakenBack = 2,

    /// <summary>The coordinator decided to keep the pairing going.</summary>
    KeptGoing = 3,

    /// <summary>The coordinator dissolved the pairing.</summary>
    Granted = 4,
}
