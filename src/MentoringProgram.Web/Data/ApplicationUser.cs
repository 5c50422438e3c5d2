using Microsoft.AspNetCore.Identity;

namespace MentoringProgram.Web.Data;

public class ApplicationUser : IdentityUser
{
}
