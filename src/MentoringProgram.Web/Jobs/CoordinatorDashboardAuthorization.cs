using Hangfire.Dashboard;
using MentoringProgram.Web.Infrastructure;

namespace MentoringProgram.Web.Jobs;

/// <summary>The Hangfire dashboard shows job arguments and can trigger jobs: coordinators only.</summary>
public sealed class CoordinatorDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.IsInRole(Roles.Coordinator);
}
