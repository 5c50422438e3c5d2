using MentoringProgram.Web.Features.SignedLinks;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.CheckIns;

/// <summary>The signed links of the check-in mail: the token names the mentee's answer for one period.</summary>
[Route("CheckIn/{token}")]
public sealed class CheckInController(AnswerCheckIn.Handler answers) : SignedLinkAnswerController<AnswerCheckIn.View>(answers);
