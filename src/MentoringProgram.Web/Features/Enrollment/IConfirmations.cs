namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>The two confirmations every applicant gives, as in the seed programs.</summary>
public interface IConfirmations
{
    bool ReadExpectations { get; }
    bool InformedSupervisor { get; }
}
