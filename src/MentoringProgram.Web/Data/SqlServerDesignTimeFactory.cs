using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MentoringProgram.Web.Data;

// Used by `dotnet ef migrations add --context <Provider>AppDbContext`; no database is contacted.

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer("Server=localhost;Database=MentoringProgram;Integrated Security=true;TrustServerCertificate=true").Options);
}
