namespace MentoringProgram.Web.Features.Home;

/// <summary>What is waiting for the coordinator, at a glance.</summary>
public sealed record CoordinatorQueue(int RequestsWaiting, int VolunteersToReview, int FailedMail, int StaffWithoutAccount);
