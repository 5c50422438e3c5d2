using MentoringProgram.Web.Features.SignedLinks;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Continuation;

/// <summary>The signed links of the continuation notice.</summary>
[Route("Continuation/{token}")]
public sealed class ContinuationController(AnswerContinuation.Handler answers) : SignedLinkAnswerController<AnswerContinuation.View>(answers);
