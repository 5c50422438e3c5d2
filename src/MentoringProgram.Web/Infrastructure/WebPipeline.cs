namespace MentoringProgram.Web.Infrastructure;

public static class WebPipeline
{
    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        // First, so that the scheme and client address of a request through the trusted proxy are the visitor's
        // before HSTS, cookies and authentication look at them.
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            // A generic page with a correlation id: no stack trace, SQL or secrets (ASVS V16.5.1).
            app.UseExceptionHandler("/Home/Error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UsePlainHttpGuard();
        }
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// Every route of the app. Mapped as soon as the app is built, before any command-line verb runs, because links in
    /// mail are generated from them (LinkGenerator); static assets first, as WithStaticAssets reads their manifest.
    /// </summary>
    public static WebApplication MapAppEndpoints(this WebApplication app)
    {
        // Fingerprinted, pre-compressed files with immutable caching, from the build's static assets manifest.
        // Public like the login page that needs them (the fallback policy would otherwise send them to it too).
        app.MapStaticAssets().AllowAnonymous();
        // WithStaticAssets: views link to the fingerprinted file names of the static assets manifest.
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}").WithStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
