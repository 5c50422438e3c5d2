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

if (args is ["create-coordinator", var coordinatorEmail, ..])
{
    return await StartupTasks.CreateCoordinatorAsync(app, coordinatorEmail);
}

await StartupTasks.PrepareDatabaseAsync(app);

app.UseWebPipeline();
app.UseJobs();
// WithStaticAssets: views link to the fingerprinted file names of the static assets manifest.
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}").WithStaticAssets();
app.MapRazorPages().WithStaticAssets();

StartupTasks.PrintWelcomeWhenStarted(app);
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
