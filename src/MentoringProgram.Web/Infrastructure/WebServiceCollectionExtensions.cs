using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;

namespace MentoringProgram.Web.Infrastructure;

public static class WebServiceCollectionExtensions
{
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsProduction())
        {
            ProductionSettings.EnsureReady(builder.Configuration);
        }
        builder.AddTrustedProxies();
        builder.Services.AddSingleton(TimeProvider.System);
        // Read now, so that a zone this server does not know stops start-up with a message rather than a later page.
        var libraryZone = LibraryCalendar.ZoneFrom(builder.Configuration);
        builder.Services.AddSingleton(sp => new LibraryCalendar(libraryZone, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddHttpContextAccessor();
        builder.Services
            .AddControllersWithViews(o =>
            {
                // MVC controllers are not antiforgery-checked by default: every unsafe request must be (ASVS V3.5.1).
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // FluentValidation owns the messages; MVC would otherwise add its own "field is required" for non-nullable strings.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                // A route id never comes from the form or the query string (issue 10, item 2).
                o.Conventions.Add(new RouteValuesFromRouteOnly());
                // An edited checkbox value never reaches the tag helpers that would throw on it.
                o.ModelBinderProviders.Insert(0, new CheckboxModelBinderProvider());
                // What a field shows when its text cannot be read as its type ("abc" in a number): plain words, never
                // the property's name in the code ("is not valid for MenteeChoices").
                o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, _) => $"\"{value}\" is not a value this field takes: check what you typed.");
                o.ModelBindingMessageProvider.SetValueIsInvalidAccessor(_ => "Fill this in with a value it takes.");
                o.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "Fill this in.");
                o.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(_ => "Fill this in.");
                o.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(_ => "Enter a number.");
                o.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"\"{value}\" is not a value this field takes: check what you typed.");
                o.ModelBindingMessageProvider.SetNonPropertyValueMustBeANumberAccessor(() => "Enter a number.");
            })
            .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureViewLocations()));
        builder.Services.AddRazorPages();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, SparingTempDataProvider>();
        // Handlers call validators themselves and copy errors to ModelState (see docs/adr/0001).
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
        builder.Services.AddFluentValidationClientsideAdapters();
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = 2 * 1024 * 1024);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        // Route segments that name an action are checked against the action's enum (see EnumNameRouteConstraint).
        builder.Services.Configure<RouteOptions>(o => o.ConstraintMap[nameof(VolunteerAction)] = typeof(EnumNameRouteConstraint<VolunteerAction>));
        builder.Services.AddFeatureHandlers();
        builder.Services.AddOptions<Features.Assessment.AssessmentOptions>().Bind(builder.Configuration.GetSection(Features.Assessment.AssessmentOptions.Section))
            .Validate(o => o.MinimumGroupSize >= 3, "Assessment:MinimumGroupSize must be at least 3: smaller groups would protect no one.").ValidateOnStart();
        // What matching a request reads, shared by the suggestions and the handlers that propose a match.
        builder.Services.AddScoped<Features.Matching.MatchPool>();
        builder.Services.AddScoped<Features.MenteeChoice.ExpireAsks>();
        builder.Services.AddScoped<Features.Reminders.CadenceReminders>();
        builder.Services.AddScoped<Features.Reminders.CompleteEndedTerms>();
        builder.Services.AddScoped<Features.Reminders.CoordinatorDigest>();
        builder.Services.AddScoped<Features.Continuation.SendContinuationNotices>();
        builder.Services.AddSingleton<Features.SignedLinks.SignedLink>();
        builder.Services.AddScoped<Features.Pairings.DeleteExpiredPrivateContent>();
        builder.Services.AddScoped<Features.Programs.ProgramNoticeRecipients>();
        builder.Services.AddSingleton<Features.Calendar.CalendarFeedTokens>();
        builder.Services.AddScoped<Features.Calendar.MeetingCalendar>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<StampedCache>();
        builder.Services.AddSingleton(Features.Enrollment.EnrollmentStamp.Rule);
        builder.Services.AddSingleton<Features.Resources.ResourceRenderer>();
        return builder;
    }

    /// <summary>Registers every class named *Handler or *Notices under Features/ as scoped.</summary>
    private static void AddFeatureHandlers(this IServiceCollection services)
    {
        var handlers = typeof(Program).Assembly.GetTypes()
            // Classes only, never records: a record named *Notices (a bag of messages) is not a service.
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethod("<Clone>$") is null
                && (t.Name.EndsWith("Handler", StringComparison.Ordinal) || t.Name.EndsWith("Notices", StringComparison.Ordinal))
                && t.Namespace?.Contains(".Features.", StringComparison.Ordinal) == true);
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }
    }
}
