using FluentValidation;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Setup;

[Authorize(Policy = Policies.Coordinator)]
[Route("Departments")]
public sealed class DepartmentsController(ManageDepartments.Handler handler, IValidator<ManageDepartments.Command> validator)
    : SetupListController<ManageDepartments.Command, ManageDepartments.Page>(handler, validator, "Departments", "Department");
