using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class MentorVolunteerTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 8, 10);

    private static MentorVolunteer Volunteer(VolunteerStatus status, bool trained = false)
    {
        var volunteer = new MentorVolunteer(1, 2);
        volunteer.Submit(Now);
        switch (status)
        {
            case VolunteerStatus.Approved:
                volunteer.Approve();
                break;
            case VolunteerStatus.Paused:
                volunteer.Pause();
                break;
            case VolunteerStatus.Withdrawn:
                volunteer.Withdraw();
                break;
        }
        if (trained && status != VolunteerStatus.Withdrawn)
        {
            volunteer.RecordTraining(Today);
        }
        return volunteer;
    }

    [Theory]
    [InlineData(VolunteerStatus.Submitted, VolunteerAction.Approve, VolunteerStatus.Approved)]
    [InlineData(VolunteerStatus.Paused, VolunteerAction.Approve, VolunteerStatus.Approved)]
    [InlineData(VolunteerStatus.Submitted, VolunteerAction.Pause, VolunteerStatus.Paused)]
    [InlineData(VolunteerStatus.Approved, VolunteerAction.Pause, VolunteerStatus.Paused)]
    public void Perform_AnAllowedStatusChange_MovesTheVolunteer(VolunteerStatus from, VolunteerAction action, VolunteerStatus to)
    {
        var volunteer = Volunteer(from);

        volunteer.Perform(action, Today);

        Assert.Equal(to, volunteer.Status);
    }

    [Theory]
    [InlineData(VolunteerStatus.Approved, VolunteerAction.Approve)]
    [InlineData(VolunteerStatus.Paused, VolunteerAction.Pause)]
    [InlineData(VolunteerStatus.Withdrawn, VolunteerAction.Approve)]
    [InlineData(VolunteerStatus.Withdrawn, VolunteerAction.Pause)]
    [InlineData(VolunteerStatus.Withdrawn, VolunteerAction.TrainingDone)]
    [InlineData(VolunteerStatus.Withdrawn, VolunteerAction.TrainingNotDone)]
    public void Perform_ARefusedAction_ThrowsAndChangesNothing(VolunteerStatus from, VolunteerAction action)
    {
        var volunteer = Volunteer(from);

        var refused = Assert.Throws<DomainRuleException>(() => volunteer.Perform(action, Today));

        Assert.Equal(from, volunteer.Status);
        Assert.False(volunteer.TrainingCompleted);
        Assert.NotEmpty(refused.Message);
        Assert.DoesNotContain(action, volunteer.AllowedActions);
    }

    [Theory]
    [InlineData(VolunteerStatus.Submitted)]
    [InlineData(VolunteerStatus.Approved)]
    [InlineData(VolunteerStatus.Paused)]
    public void Training_IsRecordedOnceThenCleared_InAnyStandingButWithdrawn(VolunteerStatus status)
    {
        var volunteer = Volunteer(status);

        volunteer.Perform(VolunteerAction.TrainingDone, Today);
        Assert.Equal(Today, volunteer.TrainingCompletedOn);
        Assert.Throws<DomainRuleException>(() => volunteer.RecordTraining(Today));

        volunteer.Perform(VolunteerAction.TrainingNotDone, Today);
        Assert.False(volunteer.TrainingCompleted);
        Assert.Null(volunteer.TrainingCompletedOn);
        Assert.Throws<DomainRuleException>(volunteer.ClearTraining);
    }

    [Fact]
    public void AllowedActions_ListWhatTheListOffers_ForEachStanding()
    {
        Assert.Equal([VolunteerAction.Approve, VolunteerAction.Pause, VolunteerAction.TrainingDone], Volunteer(VolunteerStatus.Submitted).AllowedActions);
        Assert.Equal([VolunteerAction.Pause, VolunteerAction.TrainingNotDone], Volunteer(VolunteerStatus.Approved, trained: true).AllowedActions);
        Assert.Equal([VolunteerAction.Approve, VolunteerAction.TrainingDone], Volunteer(VolunteerStatus.Paused).AllowedActions);
        Assert.Empty(Volunteer(VolunteerStatus.Withdrawn).AllowedActions);
        Assert.Empty(new MentorVolunteer(1, 2).AllowedActions);
    }

    [Theory]
    [InlineData(VolunteerStatus.Submitted)]
    [InlineData(VolunteerStatus.Approved)]
    [InlineData(VolunteerStatus.Paused)]
    public void Withdraw_FromAnyActiveStanding_Withdraws_AndASecondWithdrawIsRefused(VolunteerStatus from)
    {
        var volunteer = Volunteer(from);

        volunteer.Withdraw();

        Assert.Equal(VolunteerStatus.Withdrawn, volunteer.Status);
        Assert.Throws<DomainRuleException>(volunteer.Withdraw);
    }

    [Fact]
    public void Withdraw_AnOfferNeverSent_IsRefused() =>
        Assert.Throws<DomainRuleException>(new MentorVolunteer(1, 2).Withdraw);

    [Fact]
    public void Submit_AgainAfterWithdrawing_SendsTheOfferAgain()
    {
        var volunteer = Volunteer(VolunteerStatus.Withdrawn);

        volunteer.Submit(Now.AddDays(1));

        Assert.Equal(VolunteerStatus.Submitted, volunteer.Status);
        Assert.Equal(Now.AddDays(1), volunteer.SubmittedAt);
    }

    [Theory]
    [InlineData(VolunteerStatus.Submitted)]
    [InlineData(VolunteerStatus.Approved)]
    [InlineData(VolunteerStatus.Paused)]
    public void Submit_AnOfferThatIsIn_IsRefused(VolunteerStatus from)
    {
        var volunteer = Volunteer(from);

        Assert.Throws<DomainRuleException>(() => volunteer.Submit(Now.AddDays(1)));
        Assert.Equal(Now, volunteer.SubmittedAt);
    }

    [Fact]
    public void TakePlace_UpToTheCapacity_ThenRefuses_AndAReleasedPlaceCanBeTakenAgain()
    {
        var volunteer = Volunteer(VolunteerStatus.Approved);
        volunteer.Capacity = 2;

        volunteer.TakePlace();
        volunteer.TakePlace();

        Assert.Equal(2, volunteer.PlacesTaken);
        Assert.Equal(0, volunteer.PlacesLeft);
        var refused = Assert.Throws<DomainRuleException>(volunteer.TakePlace);
        Assert.Contains("already has 2 mentees", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, volunteer.PlacesTaken);

        volunteer.ReleasePlace();
        Assert.Equal(1, volunteer.PlacesLeft);
        volunteer.TakePlace();
        Assert.Equal(2, volunteer.PlacesTaken);
    }

    [Theory]
    [InlineData(VolunteerStatus.Submitted)]
    [InlineData(VolunteerStatus.Paused)]
    [InlineData(VolunteerStatus.Withdrawn)]
    public void TakePlace_ForAMentorNotApproved_IsRefused(VolunteerStatus status)
    {
        var volunteer = Volunteer(status);

        Assert.Throws<DomainRuleException>(volunteer.TakePlace);
        Assert.Equal(0, volunteer.PlacesTaken);
    }

    [Fact]
    public void ReleasePlace_WithNoPlaceTaken_IsRefused() =>
        Assert.Throws<DomainRuleException>(Volunteer(VolunteerStatus.Approved).ReleasePlace);

    [Fact]
    public void Withdraw_WithAMenteeMatched_IsRefused_UntilThePlaceIsFreed()
    {
        var volunteer = Volunteer(VolunteerStatus.Approved);
        volunteer.TakePlace();

        Assert.False(volunteer.CanWithdraw);
        var refused = Assert.Throws<DomainRuleException>(volunteer.Withdraw);
        Assert.Contains("ask the coordinator", refused.Message, StringComparison.Ordinal);
        Assert.Equal(VolunteerStatus.Approved, volunteer.Status);

        volunteer.ReleasePlace();
        volunteer.Withdraw();
        Assert.Equal(VolunteerStatus.Withdrawn, volunteer.Status);
    }
}
