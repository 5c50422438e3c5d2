using MentoringProgram.Web.Features.SignedLinks;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.EarlyCheckByMail;

/// <summary>The signed links of the early-check mail.</summary>
[Route("EarlyCheck/{token}")]
public sealed class EarlyCheckLinkController(AnswerEarlyCheckByMail.Handler answers) : SignedLinkAnswerController<AnswerEarlyCheckByMail.View>(answers);
