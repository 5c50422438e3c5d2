using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

// One subclass per provider so each keeps its own migrations and model snapshot (Data/Migrations/<Provider>).

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
