namespace MentoringProgram.Web.Domain;

/// <summary>What a resource is for; the staff library lists resources under these headings, in this order.</summary>
public enum ResourceKind
{
    Tip = 0,
    Activity = 1,

    /// <summary>Where to send a question beyond a mentor's expertise (HR, ombuds, employee assistance, legal, medical).</summary>
    Referral = 2,
    Faq = 3,
    Training = 4,
}
