namespace MentoringProgram.Web.Domain;

/// <summary>What can happen to a pairing next; the pairing says which are allowed now.</summary>
public enum PairingAction
{
    Start,
    Cancel,
    Complete,
    Dissolve,
}
