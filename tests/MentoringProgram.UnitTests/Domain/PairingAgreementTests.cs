using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class PairingAgreementTests
{
    private const int MenteeId = 11;
    private const int MentorId = 22;
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Starts = new(2026, 9, 1);
    private static readonly DateOnly Ends = new(2027, 6, 30);

    private static Pairing ActivePairing()
    {
        var pairing = new Pairing(1, 2, 3, MenteeId, MentorId, Starts, Ends);
        pairing.Start();
        return pairing;
    }

    private static (Pairing, PairingAgreement) Written(int by = MenteeId)
    {
        var pairing = ActivePairing();
        var agreement = new PairingAgreement(pairing.Id);
        agreement.Edit(" Learn budgeting ", " Monthly ", null, null, false, pairing, by, Now);
        return (pairing, agreement);
    }

    [Fact]
    public void Writing_ConfirmsForTheWriter_AndTheAgreementHoldsWhenTheOtherConfirmsToo()
    {
        var (pairing, agreement) = Written(by: MenteeId);

        Assert.Equal(Now, agreement.MenteeAcceptedAt);
        Assert.Null(agreement.MentorAcceptedAt);
        Assert.False(agreement.IsAgreed);
        agreement.Confirm(pairing, MentorId, Now.AddHours(1));

        Assert.True(agreement.IsAgreed);
        Assert.Equal(Now.AddHours(1), agreement.MentorAcceptedAt);
        Assert.Equal("Learn budgeting", agreement.Goals);
        Assert.Equal("Monthly", agreement.MeetingFrequency);
        Assert.Equal((1, MenteeId), (agreement.Version, agreement.LastEditedByStaffId));
    }

    [Fact]
    public void AnEdit_AsksBothAgain_ConfirmedOnlyByItsWriter_AndCountsAVersion()
    {
        var (pairing, agreement) = Written(by: MenteeId);
        agreement.Confirm(pairing, MentorId, Now);

        agreement.Edit("Learn budgeting and grant writing", "Monthly", new DateOnly(2027, 3, 31), "What we say stays between us", true, pairing, MentorId, Now.AddDays(2));

        Assert.False(agreement.IsAgreed);
        Assert.Null(agreement.MenteeAcceptedAt);
        Assert.Equal(Now.AddDays(2), agreement.MentorAcceptedAt);
        Assert.True(agreement.CanMenteeConfirm);
        Assert.False(agreement.CanMentorConfirm);
        Assert.Equal((2, MentorId, new DateOnly(2027, 3, 31), true), (agreement.Version, agreement.LastEditedByStaffId, agreement.PlannedUntil, agreement.OutsideWorkHours));
    }

    [Fact]
    public void ConfirmingTwice_IsRefused_AndKeepsTheFirstTime()
    {
        var (pairing, agreement) = Written(by: MenteeId);
        agreement.Confirm(pairing, MentorId, Now);

        Assert.Throws<DomainRuleException>(() => agreement.Confirm(pairing, MenteeId, Now.AddDays(1)));
        Assert.Throws<DomainRuleException>(() => agreement.Confirm(pairing, MentorId, Now.AddDays(1)));
        Assert.Equal(Now, agreement.MenteeAcceptedAt);
        Assert.Equal(Now, agreement.MentorAcceptedAt);
    }

    [Fact]
    public void AnAgreementWithoutGoals_CannotBeConfirmed_NorEditedToHaveNone()
    {
        var pairing = ActivePairing();
        var agreement = new PairingAgreement(pairing.Id);

        Assert.Throws<DomainRuleException>(() => agreement.Confirm(pairing, MenteeId, Now));
        Assert.Throws<DomainRuleException>(() => agreement.Confirm(pairing, MentorId, Now));
        Assert.Throws<DomainRuleException>(() => agreement.Edit("  ", null, null, null, false, pairing, MenteeId, Now));
        Assert.Null(agreement.MenteeAcceptedAt);
        Assert.Equal(0, agreement.Version);
    }

    [Theory]
    [InlineData("2026-08-31")]
    [InlineData("2027-07-01")]
    public void APlannedLastDay_OutsideTheTerm_IsRefused(string day)
    {
        var pairing = ActivePairing();
        var agreement = new PairingAgreement(pairing.Id);

        var refused = Assert.Throws<DomainRuleException>(() => agreement.Edit("Goals", null, DateOnly.Parse(day), null, false, pairing, MenteeId, Now));

        Assert.Equal("Pick a day within your term, 1 September 2026 to 30 June 2027.", refused.Message);
        Assert.Equal(0, agreement.Version);
    }

    [Fact]
    public void OnlyThePair_WritesOrConfirms_AndOnlyWhileThePairingIsActive()
    {
        var (pairing, agreement) = Written();

        Assert.Throws<DomainRuleException>(() => agreement.Edit("Mine now", null, null, null, false, pairing, 99, Now));
        Assert.Throws<DomainRuleException>(() => agreement.Confirm(pairing, 99, Now));
        pairing.Complete(Ends, [], DateTimeOffset.UnixEpoch);
        Assert.Throws<DomainRuleException>(() => agreement.Confirm(pairing, MentorId, Now));
        Assert.Throws<DomainRuleException>(() => agreement.Edit("Later", null, null, null, false, pairing, MenteeId, Now));
        Assert.Equal("Learn budgeting", agreement.Goals);
    }
}
