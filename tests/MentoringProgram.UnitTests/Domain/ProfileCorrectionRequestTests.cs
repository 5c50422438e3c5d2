using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class ProfileCorrectionRequestTests
{
    private static readonly DateTimeOffset Asked = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static ProfileCorrectionRequest NewRequest() =>
        new(7, ProfileField.HireDate, " 2015-03-01 ", " HR has my contract. ", Asked);

    [Fact]
    public void NewRequest_IsPending_WithTrimmedValueAndReason()
    {
        var request = NewRequest();

        Assert.Equal(ProfileCorrectionStatus.Pending, request.Status);
        Assert.True(request.IsPending);
        Assert.Equal("2015-03-01", request.ProposedValue);
        Assert.Equal("HR has my contract.", request.Reason);
        Assert.Null(request.DecidedAt);
    }

    [Fact]
    public void Approve_RecordsWhoAndWhen()
    {
        var request = NewRequest();

        request.Approve("coordinator-1", Asked.AddDays(1));

        Assert.Equal(ProfileCorrectionStatus.Approved, request.Status);
        Assert.Equal("coordinator-1", request.DecidedByUserId);
        Assert.Equal(Asked.AddDays(1), request.DecidedAt);
        Assert.Null(request.DecisionNote);
    }

    [Fact]
    public void Decline_KeepsTheNote_AndABlankNoteIsNone()
    {
        var withNote = NewRequest();
        var blank = NewRequest();

        withNote.Decline("coordinator-1", Asked.AddDays(1), "  HR says 2016. ");
        blank.Decline("coordinator-1", Asked.AddDays(1), "   ");

        Assert.Equal(ProfileCorrectionStatus.Declined, withNote.Status);
        Assert.Equal("HR says 2016.", withNote.DecisionNote);
        Assert.Null(blank.DecisionNote);
    }

    [Fact]
    public void ADecision_IsFinal()
    {
        var approved = NewRequest();
        approved.Approve("coordinator-1", Asked);
        var declined = NewRequest();
        declined.Decline("coordinator-1", Asked, null);

        Assert.Throws<InvalidOperationException>(() => approved.Approve("coordinator-2", Asked));
        Assert.Throws<InvalidOperationException>(() => approved.Decline("coordinator-2", Asked, null));
        Assert.Throws<InvalidOperationException>(() => declined.Approve("coordinator-2", Asked));
        Assert.Equal(ProfileCorrectionStatus.Approved, approved.Status);
        Assert.Equal(ProfileCorrectionStatus.Declined, declined.Status);
    }

    [Fact]
    public void ADecision_NeedsTheDecider() =>
        Assert.ThrowsAny<ArgumentException>(() => NewRequest().Approve(" ", Asked));

    [Fact]
    public void NewRequest_RefusesAnUnknownFieldOrABlankValueOrReason()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProfileCorrectionRequest(7, (ProfileField)99, "x", "why", Asked));
        Assert.ThrowsAny<ArgumentException>(() => new ProfileCorrectionRequest(7, ProfileField.Department, " ", "why", Asked));
        Assert.ThrowsAny<ArgumentException>(() => new ProfileCorrectionRequest(7, ProfileField.Department, "Access Services", "", Asked));
    }
}
