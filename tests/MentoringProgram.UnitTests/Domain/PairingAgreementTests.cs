using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class PairingAgreementTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 9, 0, 0, TimeSpan.Zero);

    private static PairingAgreement Agreement()
    {
        var agreement = new PairingAgreement(7);
        agreement.Edit(" Learn budgeting ", " Monthly ", null);
        return agreement;
    }

    [Fact]
    public void EachMember_Confirms_AndTheAgreementHoldsWhenBothHave()
    {
        var agreement = Agreement();

        agreement.ConfirmAsMentee(Now);
        Assert.False(agreement.IsAgreed);
        agreement.ConfirmAsMentor(Now.AddHours(1));

        Assert.True(agreement.IsAgreed);
        Assert.Equal(Now, agreement.MenteeAcceptedAt);
        Assert.Equal(Now.AddHours(1), agreement.MentorAcceptedAt);
        Assert.Equal("Learn budgeting", agreement.Goals);
        Assert.Equal("Monthly", agreement.MeetingFrequency);
    }

    [Fact]
    public void Edit_ResetsBothConfirmations()
    {
        var agreement = Agreement();
        agreement.ConfirmAsMentee(Now);
        agreement.ConfirmAsMentor(Now);

        agreement.Edit("Learn budgeting and grant writing", "Monthly", "What we say stays between us");

        Assert.False(agreement.IsAgreed);
        Assert.Null(agreement.MenteeAcceptedAt);
        Assert.Null(agreement.MentorAcceptedAt);
        Assert.True(agreement.CanMenteeConfirm);
        Assert.True(agreement.CanMentorConfirm);
    }

    [Fact]
    public void ConfirmingTwice_IsRefused_AndKeepsTheFirstTime()
    {
        var agreement = Agreement();
        agreement.ConfirmAsMentee(Now);
        agreement.ConfirmAsMentor(Now);

        Assert.Throws<DomainRuleException>(() => agreement.ConfirmAsMentee(Now.AddDays(1)));
        Assert.Throws<DomainRuleException>(() => agreement.ConfirmAsMentor(Now.AddDays(1)));
        Assert.Equal(Now, agreement.MenteeAcceptedAt);
        Assert.Equal(Now, agreement.MentorAcceptedAt);
    }

    [Fact]
    public void AnAgreementWithoutGoals_CannotBeConfirmed_NorEditedToHaveNone()
    {
        var agreement = new PairingAgreement(7);

        Assert.Throws<DomainRuleException>(() => agreement.ConfirmAsMentee(Now));
        Assert.Throws<DomainRuleException>(() => agreement.ConfirmAsMentor(Now));
        Assert.Throws<DomainRuleException>(() => agreement.Edit("  ", null, null));
        Assert.Null(agreement.MenteeAcceptedAt);
    }
}
