using Hangfire;
using Hangfire.PostgreSql;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;

namespace MentoringProgram.Web.Jobs;

public static class JobsServiceCollectionExtensions
{
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        builder.Services.AddSingleton(jobs);
        builder.Services.AddSingleton(new Domain.PrivateContentRetention(jobs.PrivateContentRetentionMonths));
        builder.Services.AddScoped<OutboxDeliveryJob>();
        builder.Services.AddScoped<AskExpiryJob>();
        builder.Services.AddScoped<CadenceReminderJob>();
        builder.Services.AddScoped<TermEndJob>();
        builder.Services.AddScoped<ContinuationNoticeJob>();
        builder.Services.AddScoped<CoordinatorDigestJob>();
        builder.Services.AddScoped<PairingQuestionsJob>();
        builder.Services.AddScoped<RetentionJob>();
        builder.Services.AddScoped<SurveyInvitationJob>();

        builder.Services.AddHangfire((sp, config) =>
        {
            var database = sp.GetRequiredService<DatabaseOptions>();
            config.UseLogProvider(new HangfireLogBridge(sp.GetRequiredService<ILoggerFactory>()));
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            // Shared storage on server databases so several instances share one queue; in memory on SQLite,
            // which is safe because the work itself (the outbox) is in the database.
            switch (database.Provider)
            {
                case DatabaseProvider.SqlServer:
                    config.UseSqlServerStorage(database.ConnectionString);
                    break;
                case DatabaseProvider.PostgreSql:
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString),
                        new PostgreSqlStorageOptions { QueuePollInterval = jobs.PostgresQueuePollInterval });
                    break;
                default:
                    config.UseInMemoryStorage();
                    break;
            }
        });
        if (jobs.RunServer)
        {
            builder.Services.AddHangfireServer(o => o.SchedulePollingInterval = TimeSpan.FromSeconds(5));
        }
        return builder;
    }

    public static WebApplication UseJobs(this WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<JobsOptions>();
        // An endpoint under the app's own Coordinator policy, so a signed-out visitor goes to the login page and
        // staff get the app's access-denied page (as on /Outbox) instead of Hangfire's bare 401/403.
        // The dashboard's own filter stays as a second check.
        app.MapHangfireDashboard("/jobs", new DashboardOptions
        {
            Authorization = [new CoordinatorDashboardAuthorization()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        }).RequireAuthorization(Policies.Coordinator);
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<OutboxDeliveryJob>(OutboxDeliveryJob.Id, j => j.RunAsync(CancellationToken.None), jobs.OutboxCron);
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<AskExpiryJob>(AskExpiryJob.Id, j => j.RunAsync(CancellationToken.None), jobs.AskExpiryCron);
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<CadenceReminderJob>(CadenceReminderJob.Id, j => j.RunAsync(CancellationToken.None), jobs.CadenceReminderCron);
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<TermEndJob>(TermEndJob.Id, j => j.RunAsync(CancellationToken.None), jobs.TermEndCron);
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<ContinuationNoticeJob>(ContinuationNoticeJob.Id, j => j.RunAsync(CancellationToken.None), jobs.ContinuationNoticeCron);
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<CoordinatorDigestJob>(CoordinatorDigestJob.Id, j => j.RunAsync(CancellationToken.None), jobs.CoordinatorDigestCron,
                new RecurringJobOptions { TimeZone = app.Services.GetRequiredService<LibraryCalendar>().Zone });
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<PairingQuestionsJob>(PairingQuestionsJob.Id, j => j.RunAsync(CancellationToken.None), jobs.PairingQuestionsCron);
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<RetentionJob>(RetentionJob.Id, j => j.RunAsync(CancellationToken.None), jobs.RetentionCron);
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<SurveyInvitationJob>(SurveyInvitationJob.Id, j => j.RunAsync(CancellationToken.None), jobs.SurveyInvitationsCron);
        return app;
    }
}
