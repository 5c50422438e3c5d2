namespace MentoringProgram.Web.Domain;

public enum ResourceKind
{
    Tip = 0,
    Activity = 1,
    Referral = 2,
    Faq = 3,
}
