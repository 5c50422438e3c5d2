using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.CheckIns;

/// <summary>A check-in answer in the words of the mail's buttons, the same on the answer page and the progress board.</summary>
public static class CheckInWords
{
    public static string Of(CheckInReply reply) => reply switch
    {
        CheckInReply.GoingWell => "Going well",
        CheckInReply.CouldBeBetter => "Could be better",
        _ => "I'd like the coordinator to get in touch",
    };
}
