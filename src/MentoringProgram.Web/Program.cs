using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Infrastructure;
using MentoringProgram.Web.Jobs;

var builder = WebApplication.CreateBuilder(args);

builder.AddWeb();
builder.AddData();
builder.AddAccounts();
builder.AddEmail();
builder.AddJobs();
builder.Services.AddScoped<CoordinatorBootstrapper>();

var app = builder.Build();
app.MapAppEndpoints();

if (args is ["create-coordinator", var coordinatorEmail, ..])
{
    // The server never starts for a command, so hand the routes to the link generator now (UseEndpoints does
    // that as it is called; otherwise it would happen when the first request pipeline is built).
    app.UseRouting();
    app.UseEndpoints(_ => { });
    return await StartupTasks.CreateCoordinatorAsync(app, coordinatorEmail);
}

await StartupTasks.PrepareDatabaseAsync(app);

app.UseWebPipeline();
app.UseJobs();

StartupTasks.PrintWelcomeWhenStarted(app);
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
