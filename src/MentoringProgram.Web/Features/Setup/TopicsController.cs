using FluentValidation;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Setup;

[Authorize(Policy = Policies.Coordinator)]
[Route("Topics")]
public sealed class TopicsController(ManageTopics.Handler handler, IValidator<ManageTopics.Command> validator)
    : SetupListController<ManageTopics.Command, ManageTopics.Page>(handler, validator, "Topics", "Topic");
