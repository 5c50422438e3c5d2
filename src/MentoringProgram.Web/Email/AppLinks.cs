using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Email;

/// <summary>Absolute links for mail, which is read outside any request.</summary>
public sealed class AppLinks(IOptions<EmailOptions> options)
{
    public string To(string path) => options.Value.PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
