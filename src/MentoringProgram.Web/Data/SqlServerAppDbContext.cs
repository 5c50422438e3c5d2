using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

// One subclass per provider so each keeps its own migrations and model snapshot (Data/Migrations/<Provider>).

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
